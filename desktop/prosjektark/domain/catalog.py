"""Loads the configuring data (form, profiles, checklists) from a resources folder."""

from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models pull in pydantic; loading them is deferred to load_catalog()
    from prosjektark.domain.checklist import ChecklistDefinition
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.price_index import OverrideProblem
    from prosjektark.domain.profile import Profile


class CatalogError(ValueError):
    """A resource file that is missing or malformed."""


@dataclass(frozen=True)
class Catalog:
    form: FormDefinition
    profiles: dict[str, Profile]
    checklists: dict[str, ChecklistDefinition]
    # The profiles as shipped, before the user's price-index tables (see price_index.py).
    programme_profiles: dict[str, Profile] = field(default_factory=dict)
    override_problems: list[OverrideProblem] = field(default_factory=list)
    # resources/programmes.toml names it; never "whichever file sorts first".
    default_profile_id: str = ""

    def profile(self, profile_id: str) -> Profile:
        try:
            return self.profiles[profile_id]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            raise CatalogError(f"Ukjent avtaleprofil «{profile_id}». Kjente: {known}") from None

    @property
    def default_profile(self) -> Profile:
        return self.profiles[self.default_profile_id]


def _read(path: Path, model: type):
    try:
        with path.open("rb") as fh:
            return model.model_validate(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise CatalogError(f"Kunne ikke lese {path.name}: {exc}") from exc


def load_catalog(
    resources: Path, form_name: str = "prosjektark", overrides: Path | None = None
) -> Catalog:
    """`overrides`: a folder with the user's price-index files (prisindeks-<id>.toml)."""
    from prosjektark.domain.checklist import ChecklistDefinition
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.price_index import apply_overrides
    from prosjektark.domain.profile import Profile

    form = _read(resources / "forms" / f"{form_name}.toml", FormDefinition)
    profiles = {
        p.id: p
        for p in (_read(f, Profile) for f in sorted((resources / "profiles").glob("*.toml")))
    }
    checklists = {
        c.id: c
        for c in (
            _read(f, ChecklistDefinition) for f in sorted((resources / "checklists").glob("*.toml"))
        )
    }
    if not profiles:
        raise CatalogError("Ingen avtaleprofiler funnet i resources/profiles/")
    problems = form.checklist_problems(checklists)
    if problems:
        raise CatalogError(f"Kunne ikke lese {form_name}.toml: " + "; ".join(problems))
    default = _default_profile_id(resources / PROGRAMMES_FILE, profiles)
    shipped, problems = dict(profiles), []
    if overrides is not None:
        profiles, problems = apply_overrides(shipped, overrides)
    return Catalog(form, profiles, checklists, shipped, problems, default)


PROGRAMMES_FILE = "programmes.toml"


def _default_profile_id(path: Path, profiles: dict) -> str:
    try:
        with path.open("rb") as fh:
            default = tomllib.load(fh).get("default_profile")
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"Kunne ikke lese {path.name}: {exc}") from exc
    if default not in profiles:
        known = ", ".join(sorted(profiles))
        raise CatalogError(
            f"{path.name}: default_profile må være id-en til en avtaleprofil (kjente: {known}),"
            f" ikke {default!r}."
        )
    return default


class LazyCatalog:
    """The catalog, loaded on first use (from any thread, once).

    Start-up needs only the action-area names for the sheet list; they are read from the
    profile files directly so the window can show before the models are built.
    """

    def __init__(
        self, resources: Path, loaded: Catalog | None = None, overrides: Path | None = None
    ) -> None:
        self._resources = resources
        self._catalog = loaded
        self._overrides = overrides
        self._lock = threading.Lock()

    @classmethod
    def of(cls, catalog: Catalog) -> LazyCatalog:
        return cls(Path(), loaded=catalog)

    def get(self) -> Catalog:
        with self._lock:
            if self._catalog is None:
                self._catalog = load_catalog(self._resources, overrides=self._overrides)
            return self._catalog

    @property
    def overrides(self) -> Path | None:
        return self._overrides

    def reload_price_index(self, overrides: Path | None = None) -> None:
        """Re-reads the user's price-index files (from `overrides` if given) after they
        changed.

        The catalog's profile mapping is updated in place (each Profile is replaced, not
        changed) so every widget holding this catalog sees the new tables.
        """
        from prosjektark.domain.price_index import apply_overrides

        with self._lock:
            if overrides is not None:
                self._overrides = overrides
            catalog = self._catalog
            if catalog is None or self._overrides is None:
                return
            if not catalog.programme_profiles:  # a catalog built without load_catalog()
                catalog.programme_profiles.update(catalog.profiles)
            profiles, problems = apply_overrides(catalog.programme_profiles, self._overrides)
            catalog.profiles.update(profiles)
            catalog.override_problems[:] = problems

    def area_names(self) -> dict[str, str]:
        """Action-area id -> name over every profile."""
        if self._catalog is not None:
            profiles = self._catalog.profiles.values()
            return {a.id: a.name for p in profiles for a in p.action_areas}
        names: dict[str, str] = {}
        for path in sorted((self._resources / "profiles").glob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue  # load_catalog() reports it properly when the catalog is needed
            for area in data.get("action_areas", []):
                if isinstance(area, dict) and "id" in area and "name" in area:
                    names[str(area["id"])] = str(area["name"])
        return names
