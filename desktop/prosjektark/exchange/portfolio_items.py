"""The portfolio's items read from the store: every delivered sheet of a programme at its
latest delivered revision, checked against its profile (domain/portfolio.py), the items a
saved scenario names at the revisions it was built from, and everything a proposal is made
of (`proposal_inputs`: one reading for the app and the command line alike).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.portfolio import PortfolioItem, build_item, stale_entries
from prosjektark.domain.scenario import Scenario
from prosjektark.store.repository import Store, StoreError


def load_portfolio_items(
    store: Store,
    catalog: Catalog,
    profile_id: str,
    *,
    states: Iterable[str] | None = None,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> list[PortfolioItem]:
    """Every delivered sheet of `profile_id` not in the bin, at its latest delivered
    revision; only those in `states` when given. The rules run on each sheet (a few ms
    each), so `progress(done, total)` is called as it goes; when it returns False the
    reading stops and the items so far are returned."""
    profile = catalog.profile(profile_id)
    wanted = None if states is None else set(states)
    pairs = store.delivered_sheets(profile_id)
    statuses = store.review_statuses()
    items: list[PortfolioItem] = []
    for n, (delivery, sheet) in enumerate(pairs):
        if progress is not None and not progress(n, len(pairs)):
            break
        status = statuses.get(sheet.id)
        state = status.state if status else ""
        if wanted is not None and state not in wanted:
            continue
        items.append(
            build_item(
                sheet,
                catalog,
                profile,
                review_state=state,
                signer=delivery.signer,
                fingerprint=delivery.fingerprint,
                signed_at=delivery.signed_at,
                today=today,
            )
        )
    return items


def scenario_items(
    store: Store,
    catalog: Catalog,
    scenario: Scenario,
    latest: dict[uuid.UUID, PortfolioItem],
    *,
    today: date | None = None,
) -> dict[uuid.UUID, PortfolioItem]:
    """The items at the revisions `scenario` names: the latest item where it is the same
    revision, else the named revision read again, so a newer delivery never changes a
    scenario's numbers behind its back. A sheet the store no longer has is left out (the
    scenario's stale list says so)."""
    profile = catalog.profile(scenario.profile)
    out: dict[uuid.UUID, PortfolioItem] = {}
    for entry in scenario.entries:
        item = latest.get(entry.sheet_id)
        if item is not None and item.revision == entry.revision:
            out[entry.sheet_id] = item
            continue
        try:
            sheet = store.load_revision(entry.sheet_id, entry.revision)
        except StoreError:  # purged, or never stored here: the stale list says so
            continue
        signer, fingerprint, signed_at = _delivered_by(store, entry.sheet_id, entry.revision)
        out[entry.sheet_id] = build_item(
            sheet,
            catalog,
            profile,
            review_state=item.review_state if item else "",
            signer=signer,
            fingerprint=fingerprint,
            signed_at=signed_at,
            today=today,
        )
    return out


def _delivered_by(
    store: Store, sheet_id: uuid.UUID, revision: int
) -> tuple[str, str, datetime | None]:
    """Who signed `revision` when it was delivered, and when: its own «received» event,
    never the newest delivery's (empty when the history has none)."""
    received = [
        e for e in store.history(sheet_id) if e.kind == "received" and e.revision == revision
    ]
    if not received:
        return "", "", None
    last = received[-1]
    return last.who, last.fingerprint, last.signed_at


@dataclass(frozen=True)
class ProposalInputs:
    """What a proposal is made of, read from the store at the moment of export."""

    items: dict[uuid.UUID, PortfolioItem]  # at the revisions the scenario names
    frames: list[FrameLine]
    frames_version: int
    stale: dict[uuid.UUID, str]  # domain.portfolio.stale_entries
    reassess: list[PortfolioItem]  # the scenario's sheets due for reassessment
    latest: dict[uuid.UUID, PortfolioItem]  # every delivered sheet at its latest revision


def proposal_inputs(
    store: Store,
    catalog: Catalog,
    scenario: Scenario,
    *,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> ProposalInputs:
    """Everything the proposal of `scenario` needs, read fresh from the store: the items
    at the scenario's revisions, the frames as stored now, what has happened to its sheets
    since (withdrawn, gone, delivered again), and the reassessment list (the scenario's
    own sheets with a reassessment text). The app and the command line both call this,
    so the same scenario gives the same proposal. `progress` as in load_portfolio_items
    (returning False stops the reading; the inputs are then incomplete and the caller
    must not use them). Raises StoreError."""
    profile = catalog.profile(scenario.profile)
    # The version before the lines: a change in between makes the version look old (read
    # again later), never the lines look current.
    frames_version = store.frames_version(scenario.profile)
    frames = store.frames(scenario.profile)
    latest = {
        item.sheet_id: item
        for item in load_portfolio_items(
            store, catalog, scenario.profile, today=today, progress=progress
        )
    }
    items = scenario_items(store, catalog, scenario, latest, today=today)
    withdrawn = profile.review.withdrawn if profile.review else ""
    stale = stale_entries(scenario, latest, withdrawn)
    reassess = [
        items[e.sheet_id]
        for e in scenario.entries
        if e.sheet_id in items and items[e.sheet_id].reassess
    ]
    return ProposalInputs(items, frames, frames_version, stale, reassess, latest)
