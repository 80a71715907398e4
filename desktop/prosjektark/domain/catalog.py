"""Loads the configuring data (form, profiles, checklists) from a resources folder.

The machine-wide configuration (machine_config.py) may add to it: profile files in its
profiles/ folder replace the shipped profile of the same id or add a new one, and its
`programme` names the default profile instead of resources/programmes.toml. What is
wrong there is a problem of the machine's configuration (`Catalog.machine_problems`,
noted on the MachineConfig too), and what was shipped applies.
"""

from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from prosjektark import machine_config
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the models pull in pydantic; loading them is deferred to load_catalog()
    from prosjektark.domain.checklist import ChecklistDefinition
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.price_index import OverrideProblem
    from prosjektark.domain.profile import Profile
    from prosjektark.machine_config import MachineConfig, MachineProblem

MACHINE_PROFILE_UNUSABLE = QT_TRANSLATE_NOOP(
    "catalog",
    "{file}: avtaleprofilen blir ikke brukt, og den som fulgte med programmet gjelder. {error}",
)
MACHINE_PROGRAMME_UNKNOWN = QT_TRANSLATE_NOOP(
    "catalog",
    "{file}: programme = «{value}» er ingen avtaleprofil (kjente: {known}). Nye ark får {default}.",
)


class CatalogError(ValueError):
    """A resource file that is missing or malformed."""


@dataclass(frozen=True)
class Catalog:
    form: FormDefinition
    profiles: dict[str, Profile]
    checklists: dict[str, ChecklistDefinition]
    # The profiles as the programme publishes them (shipped, or the machine's update),
    # before the user's price-index tables (see price_index.py).
    programme_profiles: dict[str, Profile] = field(default_factory=dict)
    override_problems: list[OverrideProblem] = field(default_factory=list)
    # resources/programmes.toml names it; never "whichever file sorts first".
    default_profile_id: str = ""
    # The language of every text in it (the data's own tables, see i18n.localize), and
    # what it was read from, so that the same data can be had in another language.
    language: str = "nb"
    source: tuple[Path, str, Path | None] | None = None
    # What was wrong in the machine's profiles/ or `programme` (and so not used).
    machine_problems: list[MachineProblem] = field(default_factory=list)

    def in_language(self, language: str) -> Catalog:
        """The same data with its texts in `language` (a sheet's PDF is written in the
        sheet's language, whatever the UI's is)."""
        if language == self.language or self.source is None:
            return self
        resources, form_name, overrides = self.source
        return _load_cached(resources, form_name, overrides, language)

    def profile(self, profile_id: str) -> Profile:
        try:
            return self.profiles[profile_id]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            raise CatalogError(
                translate("catalog", "Ukjent avtaleprofil «{profile}». Kjente: {known}").format(
                    profile=profile_id, known=known
                )
            ) from None

    @property
    def default_profile(self) -> Profile:
        return self.profiles[self.default_profile_id]


def _read(path: Path, model: type, language: str):
    from prosjektark.i18n import localize

    try:
        with path.open("rb") as fh:
            return model.model_validate(localize(tomllib.load(fh), language))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise CatalogError(
            translate("catalog", "Kunne ikke lese {file}: {error}").format(
                file=path.name, error=exc
            )
        ) from exc


def load_catalog(
    resources: Path,
    form_name: str = "prosjektark",
    overrides: Path | None = None,
    language: str | None = None,
    machine: MachineConfig | None = None,
) -> Catalog:
    """`overrides`: a folder with the user's price-index files (prisindeks-<id>.toml).
    `language`: of the texts; the current language (i18n.language()) when None.
    `machine`: the machine-wide configuration; this machine's when None."""
    from prosjektark import i18n
    from prosjektark.domain.checklist import ChecklistDefinition
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.price_index import apply_overrides
    from prosjektark.domain.profile import Profile

    language = i18n.check_language(language or i18n.language())
    form = _read(resources / "forms" / f"{form_name}.toml", FormDefinition, language)
    profiles = {
        p.id: p
        for p in (
            _read(f, Profile, language) for f in sorted((resources / "profiles").glob("*.toml"))
        )
    }
    checklists = {
        c.id: c
        for c in (
            _read(f, ChecklistDefinition, language)
            for f in sorted((resources / "checklists").glob("*.toml"))
        )
    }
    if not profiles:
        raise CatalogError(
            translate("catalog", "Ingen avtaleprofiler funnet i resources/profiles/")
        )
    if machine is None:
        machine = machine_config.current()
    machine_problems: list[MachineProblem] = []
    profiles.update(_machine_profiles(machine, language, machine_problems))
    problems = form.checklist_problems(checklists)
    if problems:
        raise CatalogError(
            translate("catalog", "Kunne ikke lese {file}: {error}").format(
                file=f"{form_name}.toml", error="; ".join(problems)
            )
        )
    default = _default_profile_id(resources / PROGRAMMES_FILE, profiles)
    default = _machine_programme(machine, profiles, default, machine_problems)
    for found in machine_problems:
        machine.note(found)
    shipped, problems = dict(profiles), []
    if overrides is not None:
        profiles, problems = apply_overrides(shipped, overrides)
    source = (resources, form_name, overrides)
    return Catalog(
        form, profiles, checklists, shipped, problems, default, language, source, machine_problems
    )


def _machine_profile_files(machine: MachineConfig) -> list[Path]:
    folder = machine.profiles_dir
    if folder is None:
        return []
    try:
        return sorted(folder.glob("*.toml"))
    except OSError:
        return []


def _machine_profiles(
    machine: MachineConfig, language: str, problems: list[MachineProblem]
) -> dict[str, Profile]:
    """The machine's valid profiles by id; each file that cannot be used is a problem."""
    from prosjektark.domain.profile import Profile

    found: dict[str, Profile] = {}
    for path in _machine_profile_files(machine):
        try:
            profile = _read(path, Profile, language)
        except CatalogError as exc:
            problems.append(
                machine_config.problem(
                    path, None, MACHINE_PROFILE_UNUSABLE, context="catalog", error=exc
                )
            )
            continue
        found[profile.id] = profile
    return found


def _machine_programme(
    machine: MachineConfig, profiles: dict, default: str, problems: list[MachineProblem]
) -> str:
    """The machine's `programme` when it names a profile, else `default`."""
    chosen = machine.value("programme")
    if chosen is None:
        return default
    if chosen in profiles:
        return chosen
    problems.append(
        machine_config.problem(
            machine.config_file,
            "programme",
            MACHINE_PROGRAMME_UNKNOWN,
            context="catalog",
            value=chosen,
            known=", ".join(sorted(profiles)),
            default=default,
        )
    )
    return default


_cache_lock = threading.Lock()
_cache: dict[tuple, Catalog] = {}


def _overrides_stamp(overrides: Path | None) -> tuple:
    """Changes when the user's price-index files change, so a cached catalog is not
    older than them."""
    if overrides is None:
        return ()
    try:
        return tuple(
            (p.name, p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(overrides.glob("prisindeks-*.toml"))
        )
    except OSError:
        return ("unreadable",)


def _machine_stamp(machine: MachineConfig) -> tuple:
    """Changes when what the machine adds to the catalog changes: its folder, its
    `programme` and its profile files."""
    try:
        files = tuple(
            (p.name, p.stat().st_mtime_ns, p.stat().st_size)
            for p in _machine_profile_files(machine)
        )
    except OSError:
        files = ("unreadable",)
    return (machine.folder, machine.value("programme"), files)


def _load_cached(resources: Path, form_name: str, overrides: Path | None, language: str) -> Catalog:
    # A sheet list exports many sheets in the same few languages; read each once.
    machine = machine_config.current()
    key = (
        resources,
        form_name,
        overrides,
        _overrides_stamp(overrides),
        _machine_stamp(machine),
        language,
    )
    with _cache_lock:
        found = _cache.get(key)
    if found is None:
        found = load_catalog(resources, form_name, overrides, language, machine)
        with _cache_lock:
            _cache[key] = found
    else:
        for known in found.machine_problems:  # a configuration read again has them too
            machine.note(known)
    return found


PROGRAMMES_FILE = "programmes.toml"


def _default_profile_id(path: Path, profiles: dict) -> str:
    try:
        with path.open("rb") as fh:
            default = tomllib.load(fh).get("default_profile")
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(
            translate("catalog", "Kunne ikke lese {file}: {error}").format(
                file=path.name, error=exc
            )
        ) from exc
    if default not in profiles:
        known = ", ".join(sorted(profiles))
        raise CatalogError(
            translate(
                "catalog",
                "{file}: default_profile må være id-en til en avtaleprofil (kjente: {known}),"
                " ikke {value}.",
            ).format(file=path.name, known=known, value=repr(default))
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
        from prosjektark.i18n import localize

        names: dict[str, str] = {}
        machine = _machine_profile_files(machine_config.current())
        for path in [*sorted((self._resources / "profiles").glob("*.toml")), *machine]:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue  # load_catalog() reports it properly when the catalog is needed
            data = localize(data)
            for area in data.get("action_areas", []):
                if isinstance(area, dict) and "id" in area and "name" in area:
                    names[str(area["id"])] = str(area["name"])
        return names
