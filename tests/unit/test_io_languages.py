"""Packages, intake, delivery and the store speak the user's language (issue 14).

A refused package, an intake's outcome and summary, a delivery's outcome, a store error, a
recovery summary and the labels of content-search hits are written in nynorsk or English
when that is the language; what the program decides (statuses, exit codes, which files,
whether a package is valid) is the same in every language.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from reportlab.pdfgen import canvas

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_to_json
from prosjektark.exchange.delivery import folder_problem, send_to_folder
from prosjektark.exchange.intake import import_package, summary_line
from prosjektark.exchange.intake_folder import folder_problem as intake_folder_problem
from prosjektark.exchange.package import MANIFEST_NAME, build_package
from prosjektark.exchange.package_reader import verify_package
from prosjektark.exchange.remarks_package import import_remarks_package
from prosjektark.i18n import use_language
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.database import marker_path
from prosjektark.store.errors import CorruptDatabaseError, StoreError
from prosjektark.store.recovery import recover
from prosjektark.store.repository import Store

PASS = "sprak-passord"
LANGUAGES = ("nb", "nn", "en")
SEC = Actor("Sekretariatet", "ab" * 32)
R = TypeVar("R")


def in_each_language(make: Callable[[], R]) -> dict[str, R]:
    """`make()` run once in each language."""
    results = {}
    for language in LANGUAGES:
        with use_language(language):
            results[language] = make()
    return results


def says(texts: dict[str, str], **phrases: str) -> None:
    """Each language's text holds its phrase, and no other language's phrase."""
    for language, phrase in phrases.items():
        assert phrase in texts[language], (language, texts[language])
        for other, other_phrase in phrases.items():
            if other != language:
                assert other_phrase not in texts[language], (language, texts[language])


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def mallory(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Mallory", "mallory@example.no", "Ingen", PASS, tmp_path_factory.mktemp("m")
    )


@pytest.fixture
def trust(kare: Identity) -> TrustStore:
    return TrustStore.from_certificates([kare.certificate])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as opened:
        opened.actor = lambda: SEC
        yield opened


@pytest.fixture
def sheet(catalog: Catalog) -> Sheet:
    return example_sheets(catalog)[0]


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


def package(folder: Path, sheet: Sheet, identity: Identity, name: str = "ark.asice") -> Path:
    files = {"prosjektark.json": sheet_to_json(sheet).encode("utf-8"), "prosjektark.pdf": _pdf()}
    path = folder / name
    path.write_bytes(build_package(files, identity, revision=sheet.revision))
    return path


def with_changed_manifest(path: Path) -> Path:
    """The package with one digest in its signed manifest changed (still valid base64)."""
    out = path.with_name("endret-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == MANIFEST_NAME:
                start = data.index(b"<ds:DigestValue>") + len(b"<ds:DigestValue>")
                swapped = b"B" if data[start : start + 1] != b"B" else b"C"
                data = data[:start] + swapped + data[start + 1 :]
            dst.writestr(info, data)
    return out


def structure(result) -> tuple:
    return (
        result.valid,
        result.unreadable,
        result.exit_code,
        tuple(result.files),
        result.fingerprint,
    )


# -- refused packages ---------------------------------------------------------------------


def test_an_untrusted_signer_is_refused_in_the_users_language(
    tmp_path: Path, sheet: Sheet, mallory: Identity, trust: TrustStore
) -> None:
    path = package(tmp_path, sheet, mallory)

    results = in_each_language(lambda: verify_package(path, trust))

    assert len({structure(r) for r in results.values()}) == 1
    assert not results["nb"].valid
    reasons = {language: " ".join(r.reasons) for language, r in results.items()}
    says(
        reasons,
        nb="som ikke er i tillitslisten",
        nn="som ikkje er i tillitslista",
        en="who is not in the trust list",
    )
    says(
        reasons,
        nb="Filene i pakken er ikke kontrollert videre",
        nn="Filene i pakken er ikkje kontrollerte vidare",
        en="have not been checked further",
    )


def test_a_broken_zip_is_unreadable_in_the_users_language(
    tmp_path: Path, trust: TrustStore
) -> None:
    path = tmp_path / "knust.asice"
    path.write_bytes(b"PK\x03\x04 dette er ingen pakke" * 10)

    results = in_each_language(lambda: verify_package(path, trust))

    assert {structure(r) for r in results.values()} == {(False, True, 2, (), None)}
    says(
        {language: r.reasons[0] for language, r in results.items()},
        nb="kan ikke leses som en pakke",
        nn="kan ikkje lesast som ein pakke",
        en="cannot be read as a package",
    )


def test_a_changed_manifest_is_refused_in_the_users_language(
    tmp_path: Path, sheet: Sheet, kare: Identity, trust: TrustStore
) -> None:
    path = with_changed_manifest(package(tmp_path, sheet, kare))

    results = in_each_language(lambda: verify_package(path, trust))

    assert len({structure(r) for r in results.values()}) == 1
    assert not results["nb"].valid
    says(
        {language: " ".join(r.reasons) for language, r in results.items()},
        nb="Signaturen stemmer ikke med manifestet; manifestet er endret.",
        nn="Signaturen stemmer ikkje med manifestet; manifestet er endra.",
        en="The signature does not match the manifest; the manifest has been changed.",
    )


def test_a_refused_import_says_so_in_the_users_language_with_the_same_outcome(
    tmp_path: Path,
    sheet: Sheet,
    mallory: Identity,
    trust: TrustStore,
    catalog: Catalog,
    store: Store,
) -> None:
    path = package(tmp_path, sheet, mallory)

    outcomes = in_each_language(lambda: import_package(store, path, trust, catalog))

    assert {(o.status, o.exit_code, o.unreadable) for o in outcomes.values()} == {
        ("avvist", 1, False)
    }
    # A line is written when it is shown, in the language of that moment.
    lines = {}
    for language, outcome in outcomes.items():
        with use_language(language):
            lines[language] = "\n".join(outcome.lines())
    says(
        lines,
        nb="avvist – Pakken besto ikke kontrollen og er ikke importert.",
        nn="avvist – Pakken stod ikkje kontrollen og er ikkje importert.",
        en="refused – The package failed the check and has not been imported.",
    )
    assert store.list_summaries() == []


# -- intake outcome and summary -----------------------------------------------------------


def test_an_intake_outcome_and_its_summary_follow_the_language(
    tmp_path: Path, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog
) -> None:
    path = package(tmp_path, sheet, kare)
    outcomes = {}
    for language in LANGUAGES:
        # A store of its own each time, so each language sees the same first import.
        with Store.open(tmp_path / f"{language}.sqlite3", tmp_path / f"v-{language}") as s:
            s.actor = lambda: SEC
            with use_language(language):
                outcomes[language] = import_package(s, path, trust, catalog)

    decided = {(o.status, o.revision, o.exit_code, o.sheet_id) for o in outcomes.values()}
    assert decided == {("importert", sheet.revision, 0, sheet.id)}
    messages = {language: o.message for language, o in outcomes.items()}
    says(
        messages,
        nb=f"revisjon {sheet.revision} lagt inn, signert av Kåre Øvrebø",
        nn=f"revisjon {sheet.revision} lagd inn, signert av Kåre Øvrebø",
        en=f"revision {sheet.revision} added, signed by Kåre Øvrebø",
    )
    summaries = {}
    for language, outcome in outcomes.items():
        with use_language(language):
            summaries[language] = summary_line([outcome, outcome])
    assert summaries == {
        "nb": "2 pakker: 2 importert, 0 oppdatert, 0 uendret, 0 avvist.",
        "nn": "2 pakkar: 2 importert, 0 oppdatert, 0 uendra, 0 avvist.",
        "en": "2 packages: 2 imported, 0 updated, 0 unchanged, 0 refused.",
    }


def test_a_missing_intake_folder_is_named_in_the_users_language(tmp_path: Path) -> None:
    missing = tmp_path / "deling" / "inntak"
    problems = in_each_language(lambda: intake_folder_problem(missing))
    says(problems, nb="finnes ikke", nn="finst ikkje", en="does not exist")
    assert all(str(missing) in p for p in problems.values())


# -- delivery -------------------------------------------------------------------------------


def test_a_delivery_outcome_follows_the_language_and_decides_the_same(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    (out / "a_r2.asice").write_bytes(b"pakke")
    entry = store.add_outbox_entry(uuid.uuid4(), 2, "Ark", out / "a_r2.asice")
    missing = tmp_path / "nettverk" / "levering"

    outcomes = in_each_language(lambda: send_to_folder(store, None, missing))

    assert {tuple((o.entry.id, o.ok) for o in found) for found in outcomes.values()} == {
        ((entry.id, False),)
    }
    lines = {}
    for language, found in outcomes.items():
        with use_language(language):
            lines[language] = found[0].line()
    says(
        lines,
        nb="ikke sendt – Leveringsmappen",
        nn="ikkje sendt – Leveringsmappa",
        en="not sent – The delivery folder",
    )
    says(
        lines,
        nb="Pakken ligger fortsatt i utboksen som klar.",
        nn="Pakken ligg framleis i utboksen som klar.",
        en="The package is still in the outbox as ready.",
    )
    assert lines["en"].count(str(missing)) == 1
    states = in_each_language(lambda: [e.state_label for e in store.list_outbox()])
    assert states == {
        "nb": ["Klar til opplasting"],
        "nn": ["Klar til opplasting"],
        "en": ["Ready for upload"],
    }


def test_a_delivered_package_says_where_it_went_in_english(store: Store, tmp_path: Path) -> None:
    out, target = tmp_path / "ut", tmp_path / "levering"
    out.mkdir()
    target.mkdir()
    (out / "a_r2.asice").write_bytes(b"pakke")
    store.add_outbox_entry(uuid.uuid4(), 2, "Ark", out / "a_r2.asice")

    with use_language("en"):
        (outcome,) = send_to_folder(store, None, target)
        problem = folder_problem(target / "mangler")
        line = outcome.line()

    assert outcome.ok and (target / "a_r2.asice").read_bytes() == b"pakke"
    assert line == f"a_r2.asice: sent – Copied to {target}."
    assert problem is not None and problem.startswith("The delivery folder")
    assert [e.state for e in store.list_outbox()] == ["levert"]


# -- store errors and recovery --------------------------------------------------------------


def test_a_store_error_is_in_the_users_language(store: Store) -> None:
    unknown = uuid.uuid4()
    messages = {}
    for language in LANGUAGES:
        with use_language(language), pytest.raises(StoreError) as caught:
            store.load(unknown)
        messages[language] = str(caught.value)
    assert messages == {
        "nb": f"Fant ikke prosjektarket {unknown}.",
        "nn": f"Fann ikkje prosjektarket {unknown}.",
        "en": f"Project sheet {unknown} was not found.",
    }


def test_a_damaged_database_and_its_recovery_are_described_in_english(
    tmp_path: Path, catalog: Catalog
) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    with Store.open(db_path, tmp_path / "vedlegg") as s:
        s.create(example_sheets(catalog)[0])
    assert marker_path(db_path).exists()
    db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)

    with use_language("en"), pytest.raises(CorruptDatabaseError) as caught:
        Store.open(db_path, tmp_path / "vedlegg")
    message = str(caught.value)
    assert message.startswith(f"The database «{db_path}» is damaged.")
    assert "the file is empty (0 bytes)" in message
    assert "er skadet" not in message and "Filen er ikke endret" not in message

    with use_language("en"):
        recovery = recover(caught.value, tmp_path / "vedlegg", use_backup=False)
        summary = recovery.summary()
    with recovery.store:
        pass
    assert summary.startswith("Prosjektark started with an empty database.")


# -- remarks package --------------------------------------------------------------------------


def test_a_refused_remarks_package_says_so_in_nynorsk(
    tmp_path: Path, store: Store, trust: TrustStore
) -> None:
    path = tmp_path / "merknader.asice"
    path.write_bytes(b"ingen zip")

    outcomes = in_each_language(lambda: import_remarks_package(store, path, trust))

    assert {(o.status, o.exit_code) for o in outcomes.values()} == {("avvist", 2)}
    says(
        {language: o.message for language, o in outcomes.items()},
        nb="Kan ikke leses; ingenting er importert.",
        nn="Kan ikkje lesast; ingenting er importert.",
        en="Cannot be read; nothing has been imported.",
    )


# -- content search -------------------------------------------------------------------------


def test_the_labels_of_content_search_hits_follow_the_language(
    store: Store, catalog: Catalog
) -> None:
    sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
    sheet.identification.title = "Sykkelveg Lade"
    sheet.description.purpose = "Ny gang- og sykkelvegbru over jernbanen"
    store.create(sheet)
    store.add_remark(sheet.id, "Vegbrua manglar kostnadsanslag", "description.purpose")

    hits = in_each_language(
        lambda: sorted((h.kind, h.step_title, h.label) for h in store.search_content("vegbru"))
    )

    assert hits["nb"] == [
        ("field", "Beskrivelse", "Formålet med tiltaket"),
        ("remark", "Beskrivelse", "Merknad"),
    ]
    assert [kind for kind, _, _ in hits["en"]] == ["field", "remark"]
    assert hits["en"][1][2] == "Remark"
    for language in ("nn", "en"):
        field_step, field_label = hits[language][0][1:]
        assert field_step and field_label
        assert (field_step, field_label) != ("Beskrivelse", "Formålet med tiltaket"), language
