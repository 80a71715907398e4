"""Loads the configuring data (form, profiles, checklists) from a resources folder."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.profile import Profile


class CatalogError(ValueError):
    """A resource file that is missing or malformed."""


@dataclass(frozen=True)
class Catalog:
    form: FormDefinition
    profiles: dict[str, Profile]
    checklists: dict[str, ChecklistDefinition]

    def profile(self, profile_id: str) -> Profile:
        try:
            return self.profiles[profile_id]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            raise CatalogError(f"Ukjent avtaleprofil «{profile_id}». Kjente: {known}") from None

    @property
    def default_profile(self) -> Profile:
        return next(iter(self.profiles.values()))


def _read(path: Path, model: type):
    try:
        with path.open("rb") as fh:
            return model.model_validate(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise CatalogError(f"Kunne ikke lese {path.name}: {exc}") from exc


def load_catalog(resources: Path, form_name: str = "prosjektark") -> Catalog:
    form = _read(resources / "forms" / f"{form_name}.toml", FormDefinition)
    profiles = {
        p.id: p
        for p in (_read(f, Profile) for f in sorted((resources / "profiles").glob("*.toml")))
    }
    checklists = {
        c.id: c
        for c in (
            _read(f, ChecklistDefinition)
            for f in sorted((resources / "checklists").glob("*.toml"))
        )
    }
    if not profiles:
        raise CatalogError("Ingen avtaleprofiler funnet i resources/profiles/")
    return Catalog(form=form, profiles=profiles, checklists=checklists)
