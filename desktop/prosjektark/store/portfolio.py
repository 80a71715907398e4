"""Prioritisation kept beside the sheets: the programme's frames, the secretariat's
scenarios and what was changed in them, and the delivered sheets a portfolio is made of.

Functions take an open connection; `SqlStore` wraps them in its transactions. Frames and
scenarios follow the conflict rule of the sheets: a change names the version it was based
on, and is refused (ConflictError, nothing written) when someone else changed it first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from prosjektark.domain.caseflow import Actor, Delivery
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.scenario import Scenario, ScenarioChange, ScenarioEntry
from prosjektark.domain.sheet import Sheet, SheetError, sheet_from_json
from prosjektark.i18n import translate
from prosjektark.store import timestamps
from prosjektark.store.engine import dialect_insert, json_text
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.store.models import (
    FrameRow,
    FramesMetaRow,
    ScenarioChangeRow,
    ScenarioEntryRow,
    ScenarioRow,
)
from prosjektark.store.repository import DELIVERED_CTE

# -- the delivered sheets ----------------------------------------------------------------------

# One query for the whole portfolio: the delivered revision's own JSON (the working copy is
# the fallback for a missing revision, as in the intake list), with who delivered it.
_DELIVERED_SHEETS = (
    DELIVERED_CTE
    + """
SELECT p.sheet_id, COALESCE(p.revision, s.revision) AS revision,
    COALESCE(p.received_at, v.saved_at, s.saved_at) AS received_at,
    p.signer, p.fingerprint, p.signed_at, COALESCE(v.json, s.json) AS body
FROM picked p
JOIN sheets s ON s.id = p.sheet_id
LEFT JOIN sheet_revisions v ON v.sheet_id = p.sheet_id AND v.revision = p.revision
{where}
ORDER BY p.sheet_id
"""
)


def delivered_sheets(conn: Connection, profile: str | None = None) -> list[tuple[Delivery, Sheet]]:
    """Every delivered sheet not in the bin, parsed at its latest delivered revision, with
    who delivered it; only the sheets of `profile` when given. One query."""
    if profile is None:
        rows = conn.execute(text(_DELIVERED_SHEETS.format(where=""))).all()
    else:
        # The profile is read from the JSON in SQL, so another programme's sheets are
        # never parsed.
        profile_of = json_text(conn.dialect.name, "COALESCE(v.json, s.json)", "profile")
        where = f"WHERE {profile_of} = :profile"
        rows = conn.execute(text(_DELIVERED_SHEETS.format(where=where)), {"profile": profile}).all()
    result: list[tuple[Delivery, Sheet]] = []
    for row in rows:
        sheet_id = uuid.UUID(row.sheet_id)
        try:
            sheet = sheet_from_json(row.body)
        except SheetError as exc:
            raise StoreError(
                translate(
                    "portfolio",
                    "Kunne ikke lese revisjon {revision} av prosjektarket {id} fra databasen. "
                    "{error}",
                ).format(revision=row.revision, id=sheet_id, error=exc)
            ) from exc
        delivery = Delivery(
            sheet_id=sheet_id,
            revision=row.revision,
            signer=row.signer or "",
            fingerprint=row.fingerprint or "",
            signed_at=None if row.signed_at is None else timestamps.from_db(row.signed_at),
            received_at=timestamps.from_db(row.received_at),
        )
        result.append((delivery, sheet))
    return result


# -- frames -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FramesInfo:
    """How often a programme's frames were set, and who set them last."""

    version: int  # 0: never set
    changed_at: datetime | None = None
    changed_by: str = ""
    changed_fingerprint: str = ""


def frames(conn: Connection, profile: str) -> list[FrameLine]:
    """The programme's frame lines by year, source and party."""
    rows = conn.execute(
        select(FrameRow)
        .where(FrameRow.profile == profile)
        .order_by(FrameRow.year, FrameRow.source, FrameRow.party)
    ).all()
    return [FrameLine(row.year, row.source, row.party, _decimal(row.amount_mnok)) for row in rows]


def frames_info(conn: Connection, profile: str) -> FramesInfo:
    row = conn.execute(select(FramesMetaRow).where(FramesMetaRow.profile == profile)).first()
    if row is None:
        return FramesInfo(0)
    return FramesInfo(row.version, row.changed_at, row.changed_by, row.changed_fingerprint)


def set_frames(
    conn: Connection,
    profile: str,
    lines: Iterable[FrameLine],
    who: Actor,
    at: datetime,
    *,
    expected_version: int | None,
) -> int:
    """Replace every frame line of the programme; returns the new version. ConflictError
    when `expected_version` is given and someone else set the frames since."""
    lines = list(lines)
    seen: set[tuple[int, str, str]] = set()
    for line in lines:
        if line.key in seen:
            party = f", {line.party}" if line.party else ""
            raise StoreError(
                translate(
                    "portfolio",
                    "Rammen for {year}, {source} står mer enn én gang. Slå linjene sammen og "
                    "prøv igjen.",
                ).format(year=line.year, source=f"{line.source}{party}")
            )
        seen.add(line.key)
    current = frames_info(conn, profile)
    if expected_version is not None and expected_version != current.version:
        raise ConflictError(_frames_conflict(profile, current))
    version = current.version + 1
    values = {
        "version": version,
        "changed_at": at,
        "changed_by": who.name,
        "changed_fingerprint": who.fingerprint,
    }
    if current.version == 0:
        # Two first imports at once both read «never set»; insert-if-absent, so on a server
        # the second waits for the first to commit and inserts nothing: a conflict (seen in
        # RETURNING; SQLAlchemy gives no rowcount for an INSERT on PostgreSQL).
        result = conn.execute(
            dialect_insert(conn, FramesMetaRow)
            .values(profile=profile, **values)
            .on_conflict_do_nothing(index_elements=[FramesMetaRow.profile])
            .returning(FramesMetaRow.profile)
        )
        if result.first() is None:
            raise ConflictError(_frames_conflict(profile, frames_info(conn, profile)))
    else:
        result = conn.execute(
            update(FramesMetaRow)
            .where(FramesMetaRow.profile == profile, FramesMetaRow.version == current.version)
            .values(**values)
        )
        if result.rowcount != 1:  # another writer between the read and this update
            raise ConflictError(_frames_conflict(profile, frames_info(conn, profile)))
    conn.execute(delete(FrameRow).where(FrameRow.profile == profile))
    if lines:
        conn.execute(
            insert(FrameRow),
            [
                {
                    "profile": profile,
                    "year": line.year,
                    "source": line.source,
                    "party": line.party,
                    "amount_mnok": str(line.amount_mnok),
                }
                for line in lines
            ],
        )
    return version


def _frames_conflict(profile: str, current: FramesInfo) -> str:
    return translate(
        "portfolio",
        "Rammene for {profile} ble endret av {who}, etter at du hentet dem. Endringene dine er "
        "ikke lagret. Last inn rammene på nytt og gjør endringene der.",
    ).format(profile=profile, who=_by(current.changed_by, current.changed_at))


# -- scenarios ----------------------------------------------------------------------------------


def create_scenario(
    conn: Connection, scenario: Scenario, who: Actor, at: datetime, change_text: str
) -> Scenario:
    """Store a new scenario at version 1 and record its creation; StoreError when its
    programme has a scenario of that name already."""
    name = _checked_name(scenario.name)
    _check_entries(scenario.entries)
    _check_name_free(conn, name, scenario.profile, scenario.id)
    if conn.execute(select(ScenarioRow.id).where(ScenarioRow.id == str(scenario.id))).first():
        raise StoreError(
            translate("portfolio", "Scenarioet «{name}» finnes allerede.").format(name=name)
        )
    # Insert-if-absent: another user creating one of the same name at the same moment
    # (on a server) makes this insert nothing instead of failing on the unique name.
    created = conn.execute(
        dialect_insert(conn, ScenarioRow)
        .values(
            id=str(scenario.id),
            profile=scenario.profile,
            name=name,
            version=1,
            created_at=at,
            created_by=who.name,
            created_fingerprint=who.fingerprint,
            modified_at=at,
            modified_by=who.name,
            modified_fingerprint=who.fingerprint,
        )
        .on_conflict_do_nothing()
        .returning(ScenarioRow.id)
    )
    if created.first() is None:
        _check_name_free(conn, name, scenario.profile, scenario.id)
        raise StoreError(
            translate("portfolio", "Scenarioet «{name}» finnes allerede.").format(name=name)
        )
    _write_entries(conn, scenario.id, scenario.entries)
    _record_change(conn, scenario.id, who, at, 1, change_text)
    return replace(
        scenario,
        name=name,
        version=1,
        created_at=at,
        created_by=who.name,
        modified_at=at,
        modified_by=who.name,
    )


def scenarios(conn: Connection, profile: str | None = None) -> list[Scenario]:
    """The scenarios (of one programme when given) with their entries, by name. Two
    queries, whatever the number of scenarios."""
    query = select(ScenarioRow)
    entries = select(ScenarioEntryRow).order_by(
        ScenarioEntryRow.scenario_id, ScenarioEntryRow.position
    )
    if profile is not None:
        query = query.where(ScenarioRow.profile == profile)
        entries = entries.where(
            ScenarioEntryRow.scenario_id.in_(
                select(ScenarioRow.id).where(ScenarioRow.profile == profile)
            )
        )
    # Sorted here, not in SQL: by name as people read it, whatever the letter case.
    rows = sorted(conn.execute(query).all(), key=lambda r: (_name_key(r.name), r.profile))
    by_scenario: dict[str, list[ScenarioEntry]] = {}
    for entry in conn.execute(entries).all():
        by_scenario.setdefault(entry.scenario_id, []).append(_entry(entry))
    return [_scenario(row, by_scenario.get(row.id, [])) for row in rows]


def load_scenario(conn: Connection, scenario_id: uuid.UUID) -> Scenario:
    row = conn.execute(select(ScenarioRow).where(ScenarioRow.id == str(scenario_id))).first()
    if row is None:
        raise StoreError(
            translate("portfolio", "Fant ikke scenarioet. Det kan være slettet av en annen.")
        )
    return _scenario(row, _entries(conn, row.id))


def find_scenario(conn: Connection, name: str, profile: str | None = None) -> Scenario | None:
    """The scenario of that name (letter case and surrounding spaces aside), in `profile`
    when given. StoreError when no profile is given and several programmes have one."""
    key = _name_key(name)
    query = select(ScenarioRow)
    if profile is not None:
        query = query.where(ScenarioRow.profile == profile)
    matches = [row for row in conn.execute(query).all() if _name_key(row.name) == key]
    exact = [row for row in matches if row.name == name.strip()]
    matches = exact or matches
    if not matches:
        return None
    if len(matches) > 1:
        first, *rest = sorted(row.profile for row in matches)
        raise StoreError(
            translate(
                "portfolio",
                "Det finnes et scenario som heter «{name}» i både {first} og {second}. Velg "
                "program (--profile).",
            ).format(name=name.strip(), first=first, second=" og ".join(rest))
        )
    row = matches[0]
    return _scenario(row, _entries(conn, row.id))


def save_scenario(
    conn: Connection,
    scenario: Scenario,
    change_text: str,
    who: Actor,
    at: datetime,
    *,
    expected_version: int,
) -> Scenario:
    """Write the scenario's name and entries as the next version and record the change.
    ConflictError, with nothing written, when the stored version is not `expected_version`
    (someone else saved first, or deleted it)."""
    name = _checked_name(scenario.name)
    _check_entries(scenario.entries)
    stored = conn.execute(select(ScenarioRow).where(ScenarioRow.id == str(scenario.id))).first()
    if stored is not None and stored.version == expected_version and stored.name != name:
        _check_name_free(conn, name, stored.profile, scenario.id)
    version = expected_version + 1
    try:
        # A savepoint: a name another user took meanwhile (on a server) fails this update on
        # the unique name, and the transaction must live on to say so.
        with conn.begin_nested():
            result = conn.execute(
                update(ScenarioRow)
                .where(ScenarioRow.id == str(scenario.id), ScenarioRow.version == expected_version)
                .values(
                    name=name,
                    version=version,
                    modified_at=at,
                    modified_by=who.name,
                    modified_fingerprint=who.fingerprint,
                )
            )
    except IntegrityError:
        _check_name_free(conn, name, stored.profile if stored else scenario.profile, scenario.id)
        raise
    # The entries are rewritten only after this conditional update: on a server it holds
    # the scenario's row until commit, so a second save of the same version waits here and
    # then updates nothing (a conflict), never mixing its entries with the winner's.
    if result.rowcount != 1:
        raise _scenario_conflict(conn, scenario)
    conn.execute(delete(ScenarioEntryRow).where(ScenarioEntryRow.scenario_id == str(scenario.id)))
    _write_entries(conn, scenario.id, scenario.entries)
    _record_change(conn, scenario.id, who, at, version, change_text)
    row = conn.execute(select(ScenarioRow).where(ScenarioRow.id == str(scenario.id))).one()
    return _scenario(row, list(scenario.entries))


def scenario_changes(conn: Connection, scenario_id: uuid.UUID) -> list[ScenarioChange]:
    rows = conn.execute(
        select(ScenarioChangeRow)
        .where(ScenarioChangeRow.scenario_id == str(scenario_id))
        .order_by(ScenarioChangeRow.id)
    ).all()
    return [ScenarioChange(row.at, row.who, row.fingerprint, row.text, row.version) for row in rows]


def delete_scenario(conn: Connection, scenario_id: uuid.UUID) -> None:
    """Remove the scenario with its entries and what was changed in it."""
    key = str(scenario_id)
    # Locks the row (on a server) before touching entries: a save in progress finishes
    # first and its entries are then deleted too, and the two cannot deadlock.
    found = conn.execute(select(ScenarioRow.id).where(ScenarioRow.id == key).with_for_update())
    if found.first() is None:
        raise StoreError(
            translate("portfolio", "Fant ikke scenarioet. Det kan være slettet av en annen.")
        )
    # Explicit rather than by cascade: the foreign-key pragma is a per-connection setting.
    conn.execute(delete(ScenarioEntryRow).where(ScenarioEntryRow.scenario_id == key))
    conn.execute(delete(ScenarioChangeRow).where(ScenarioChangeRow.scenario_id == key))
    conn.execute(delete(ScenarioRow).where(ScenarioRow.id == key))


# -- helpers ------------------------------------------------------------------------------------


def _decimal(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation as exc:  # written by this module only; a damaged database
        raise StoreError(
            translate("portfolio", "Et rammebeløp i databasen er ikke et tall: «{value}».").format(
                value=value
            )
        ) from exc


def _by(name: str, at: datetime | None) -> str:
    """«Kari Nordmann 07.12.2026 kl. 14:05» (or «en annen …» when nameless)."""
    when = f" {format_datetime(at)}" if at is not None else ""
    return (name or translate("portfolio", "en annen")) + when


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise StoreError(translate("portfolio", "Scenarioet må ha et navn."))
    return name


def _check_name_free(
    conn: Connection, name: str, profile: str, scenario_id: uuid.UUID | None
) -> None:
    # Letter case aside: «Forslag A» and «forslag a» would be mixed up when picked by name.
    key = _name_key(name)
    rows = conn.execute(
        select(ScenarioRow.id, ScenarioRow.name).where(ScenarioRow.profile == profile)
    ).all()
    if any(_name_key(row.name) == key and row.id != str(scenario_id) for row in rows):
        raise StoreError(
            translate(
                "portfolio",
                "Det finnes allerede et scenario som heter «{name}» i {profile}. Velg et annet "
                "navn.",
            ).format(name=name, profile=profile)
        )


def _check_entries(entries: Sequence[ScenarioEntry]) -> None:
    seen: set[uuid.UUID] = set()
    for entry in entries:
        if entry.sheet_id in seen:
            raise StoreError(
                translate(
                    "portfolio", "Prosjektarket {id} står mer enn én gang i scenarioet."
                ).format(id=entry.sheet_id)
            )
        seen.add(entry.sheet_id)


def _write_entries(
    conn: Connection, scenario_id: uuid.UUID, entries: Sequence[ScenarioEntry]
) -> None:
    if not entries:
        return
    conn.execute(
        insert(ScenarioEntryRow),
        [
            {
                "scenario_id": str(scenario_id),
                "sheet_id": str(e.sheet_id),
                "position": position,
                "revision": e.revision,
                "included": e.included,
                "shift_years": e.shift_years,
                "reason": e.reason,
            }
            for position, e in enumerate(entries)
        ],
    )


def _record_change(
    conn: Connection,
    scenario_id: uuid.UUID,
    who: Actor,
    at: datetime,
    version: int,
    change_text: str,
) -> None:
    conn.execute(
        insert(ScenarioChangeRow).values(
            scenario_id=str(scenario_id),
            at=at,
            who=who.name,
            fingerprint=who.fingerprint,
            version=version,
            text=change_text,
        )
    )


def _entries(conn: Connection, scenario_id: str) -> list[ScenarioEntry]:
    rows = conn.execute(
        select(ScenarioEntryRow)
        .where(ScenarioEntryRow.scenario_id == scenario_id)
        .order_by(ScenarioEntryRow.position)
    ).all()
    return [_entry(row) for row in rows]


def _entry(row) -> ScenarioEntry:
    return ScenarioEntry(
        sheet_id=uuid.UUID(row.sheet_id),
        revision=row.revision,
        included=bool(row.included),
        shift_years=row.shift_years,
        reason=row.reason,
    )


def _scenario(row, entries: Sequence[ScenarioEntry]) -> Scenario:
    return Scenario(
        id=uuid.UUID(row.id),
        name=row.name,
        profile=row.profile,
        entries=tuple(entries),
        version=row.version,
        created_at=row.created_at,
        created_by=row.created_by,
        modified_at=row.modified_at,
        modified_by=row.modified_by,
    )


def _scenario_conflict(conn: Connection, scenario: Scenario) -> ConflictError:
    row = conn.execute(select(ScenarioRow).where(ScenarioRow.id == str(scenario.id))).first()
    if row is None:
        return ConflictError(
            translate(
                "portfolio",
                "Scenarioet «{name}» er slettet av en annen mens du arbeidet med det. "
                "Endringene dine er ikke lagret.",
            ).format(name=scenario.name),
            deleted=True,
        )
    return ConflictError(
        translate(
            "portfolio",
            "Scenarioet «{name}» ble lagret av {who}, etter at du åpnet det. Endringene dine er "
            "ikke lagret. Last inn scenarioet på nytt og gjør endringene der.",
        ).format(name=row.name, who=_by(row.modified_by, row.modified_at))
    )
