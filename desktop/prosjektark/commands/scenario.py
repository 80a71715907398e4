"""`prosjektark scenario new|list|export`: the secretariat's scenarios on the command line.

`scenario new NAME --profile P` makes a scenario of every delivered sheet of the
programme in the portfolio's review states, at its latest delivered revision, in the
programme's default rank order (profile `portfolio.rank_by`), all included.
Exit 0 made; 1 the programme has a scenario of that name already (nothing is changed);
2 an unknown profile or one without a portfolio, an empty name, or a database that
cannot be read or written.

`scenario list [--profile P] [--format text|json]` shows every scenario: name,
programme, sheets, how many are included, version, and who changed it last, when.
Exit 0; 2 the database cannot be read.

`scenario export NAME --out DIR [--profile P] [--passphrase-env VAR]` writes the proposal
(«Forslag til handlingsprogram …», exchange/proposal.py) as PDF and Excel to DIR; with
--passphrase-env both are signed with the user's own identity and packed in a signed
package (.asice). The numbers are the scenario's, at the revisions it names: a sheet
withdrawn or delivered again since is named on the output, never silently recomputed.
The passphrase is only read from the environment variable named by --passphrase-env.
Exit 0 written; 2 no such scenario (or a name several programmes use, without
--profile), no identity or a wrong passphrase, a folder or database that cannot be used.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prosjektark.commands import (
    CommandFailed,
    catalog_or_fail,
    error_printer,
    failing_on,
    print_line,
    profile_or_fail,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.domain.catalog import Catalog
    from prosjektark.domain.profile import Profile
    from prosjektark.domain.scenario import Scenario

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def run(args: argparse.Namespace) -> int:
    for name in ("pyhanko", "pyhanko_certvalidator"):  # they log expected failures loudly
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    handler = {"new": _new, "list": _list, "export": _export}[args.scenario_command]
    return handler(args)


def _profile(catalog: Catalog, profile_id: str) -> Profile:
    """The profile, which must say what a scenario takes in (its `[portfolio]`)."""
    profile = profile_or_fail(catalog, profile_id)
    if profile.portfolio is None:
        raise CommandFailed(
            translate(
                "scenario",
                "Avtaleprofilen {programme} har ikke satt opp porteføljen (hvilke saksstatuser "
                "et scenario tar med), så det kan ikke lages scenarioer for den.",
            ).format(programme=profile.name)
        )
    return profile


# ---------------------------------------------------------------------------- new


_new_err = error_printer("scenario new")


@reports_failures(_new_err)
def _new(args: argparse.Namespace) -> int:
    from prosjektark.domain.portfolio import new_scenario
    from prosjektark.exchange.portfolio_items import load_portfolio_items
    from prosjektark.store.errors import StoreError

    name = " ".join(args.name.split())
    if not name:
        raise CommandFailed(translate("scenario", "Scenarioet må ha et navn."))
    catalog = catalog_or_fail()
    profile = _profile(catalog, args.profile)
    assert profile.portfolio is not None
    with store_or_fail() as store, failing_on(StoreError):
        if store.find_scenario(name, profile.id) is not None:
            _new_err(
                translate(
                    "scenario",
                    "{programme} har allerede et scenario som heter «{name}». Velg et annet "
                    "navn; det som finnes, er ikke endret.",
                ).format(programme=profile.name, name=name)
            )
            return EXIT_REFUSED
        items = load_portfolio_items(store, catalog, profile.id, states=profile.portfolio.states)
        made = store.create_scenario(new_scenario(name, profile, items))
    states = ", ".join(_state_name(profile, s) for s in profile.portfolio.states)
    print_line(
        translate(
            "scenario", "Laget scenarioet «{name}» for {programme} med {n} prosjektark."
        ).format(name=made.name, programme=profile.name, n=len(made.entries))
    )
    print_line(
        translate("scenario", "Med er de leverte arkene med saksstatus {states}.").format(
            states=states
        )
    )
    return EXIT_OK


def _state_name(profile: Profile, state: str) -> str:
    return profile.review.name(state) if profile.review else state


# ---------------------------------------------------------------------------- list


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@reports_failures(error_printer("scenario list"))
def _list(args: argparse.Namespace) -> int:
    from prosjektark.domain.nb_format import format_datetime
    from prosjektark.store.errors import StoreError

    profile_id = getattr(args, "profile", None)
    if profile_id:
        _profile(catalog_or_fail(), profile_id)
    with store_or_fail() as store, failing_on(StoreError):
        scenarios = store.scenarios(profile_id or None)
    if getattr(args, "format", "text") == "json":
        print_line(
            json.dumps(
                [
                    {
                        "id": str(s.id),
                        "name": s.name,
                        "profile": s.profile,
                        "sheets": len(s.entries),
                        "included": sum(1 for e in s.entries if e.included),
                        "version": s.version,
                        "created_by": s.created_by,
                        "created_at": _iso(s.created_at),
                        "modified_by": s.modified_by,
                        "modified_at": _iso(s.modified_at),
                    }
                    for s in scenarios
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not scenarios:
        print_line(
            translate(
                "scenario",
                "Ingen scenarioer ennå. Lag et med «prosjektark scenario new NAVN --profile P».",
            )
        )
        return EXIT_OK
    for s in scenarios:
        included = sum(1 for e in s.entries if e.included)
        who = s.modified_by or s.created_by or translate("scenario", "ukjent")
        when = format_datetime(s.modified_at or s.created_at) or "–"
        print_line(
            translate(
                "scenario",
                "{name} ({programme}): {included} av {n} prosjektark med, versjon {version}, "
                "sist endret av {who} {when}",
            ).format(
                name=s.name,
                programme=s.profile,
                included=included,
                n=len(s.entries),
                version=s.version,
                who=who,
                when=when,
            )
        )
    return EXIT_OK


# ---------------------------------------------------------------------------- export


def _identity(args: argparse.Namespace):
    """The user's own identity when --passphrase-env is given; None for an unsigned export."""
    from prosjektark.paths import identity_dir
    from prosjektark.signing.identity import IdentityError, default_identity_path, load_identity

    variable = getattr(args, "passphrase_env", None)
    if not variable:
        return None
    passphrase = os.environ.get(variable)
    if not passphrase:
        raise CommandFailed(
            translate(
                "scenario",
                "Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet "
                "til identiteten din.",
            ).format(var=variable)
        )
    path = default_identity_path(identity_dir())
    if not path.is_file():
        raise CommandFailed(
            translate(
                "scenario",
                "Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new», "
                "eller importer organisasjonens med «prosjektark identity import».",
            )
        )
    with failing_on(IdentityError):
        return load_identity(path, passphrase)


def _find(store, name: str, profile_id: str | None) -> Scenario:
    found = store.find_scenario(name, profile_id)
    if found is None:
        if profile_id:
            text = translate(
                "scenario",
                "Fant ikke scenarioet «{name}» i {programme}. «prosjektark scenario list» viser "
                "dem som finnes.",
            )
        else:
            text = translate(
                "scenario",
                "Fant ikke scenarioet «{name}». «prosjektark scenario list» viser dem som finnes.",
            )
        raise CommandFailed(text.format(name=name, programme=profile_id))
    return found


@reports_failures(error_printer("scenario export"))
def _export(args: argparse.Namespace) -> int:
    from prosjektark.exchange.export import ExportError
    from prosjektark.exchange.portfolio_items import proposal_inputs
    from prosjektark.exchange.proposal import write_proposal
    from prosjektark.store.errors import StoreError

    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        raise CommandFailed(
            translate("scenario", "«{path}» finnes og er ikke en mappe.").format(path=out_dir)
        )
    catalog = catalog_or_fail()
    profile_id = getattr(args, "profile", None)
    if profile_id:
        _profile(catalog, profile_id)
    identity = _identity(args)  # before the work: a wrong passphrase fails fast
    with store_or_fail() as store, failing_on(StoreError):
        scenario = _find(store, " ".join(args.name.split()), profile_id or None)
        profile = _profile(catalog, scenario.profile)
        # The same reading as the app's «Eksporter forslag …»: the same proposal.
        inputs = proposal_inputs(store, catalog, scenario)
    items, frames, stale, latest = inputs.items, inputs.frames, inputs.stale, inputs.latest
    with failing_on(ExportError):
        paths = write_proposal(
            out_dir,
            scenario,
            items,
            frames,
            profile,
            stale=stale,
            reassess=inputs.reassess,
            identity=identity,
            overwrite=bool(getattr(args, "overwrite", False)),
        )
    if stale:
        count = len(stale)
        if count == 1:
            text = translate(
                "scenario",
                "Merk: ett ark i scenarioet er endret siden det ble laget. Forslaget bruker "
                "revisjonen scenarioet bygger på; åpne scenarioet og ta stilling til det:",
            )
        else:
            text = translate(
                "scenario",
                "Merk: {n} ark i scenarioet er endret siden det ble laget. Forslaget bruker "
                "revisjonene scenarioet bygger på; åpne scenarioet og ta stilling til dem:",
            )
        print_line(text.format(n=count))
        titles = {sheet_id: item.title for sheet_id, item in latest.items()}
        titles.update({sheet_id: item.title for sheet_id, item in items.items()})
        for entry in scenario.entries:
            if entry.sheet_id in stale:
                title = titles.get(entry.sheet_id, str(entry.sheet_id))
                print_line(f"  - «{title}»: {stale[entry.sheet_id]}")
    if not frames:
        print_line(
            translate(
                "scenario",
                "Merk: {programme} har ingen rammer registrert; balansen viser bare hva "
                "tiltakene bruker.",
            ).format(programme=profile.name)
        )
    for path in paths:
        print_line(translate("scenario", "Skrev {path}").format(path=path))
    if identity is not None:
        print_line(
            translate("scenario", "PDF-en og pakken er signert med identiteten til {name}.").format(
                name=identity.name
            )
        )
    else:
        print_line(
            translate(
                "scenario",
                "Filene er ikke signert (ingen --passphrase-env). Bruk --passphrase-env for et "
                "signert forslag.",
            )
        )
    return EXIT_OK
