"""Machine-wide configuration (issue 15): the folder, the file's checks, the order a
setting is resolved in, the roaming data folder, profile updates and trusted signers.

Every test gets an empty folder of its own in PROSJEKTARK_MACHINE_CONFIG (conftest.py);
the tests here write into it what IT would.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from prosjektark import machine_config, paths
from prosjektark.domain.catalog import LazyCatalog, load_catalog
from prosjektark.machine_config import SettingLocked, expand
from prosjektark.paths import resource_dir
from prosjektark.signing.identity import create_identity, fingerprint_sha256
from prosjektark.signing.trust import TrustError, TrustStore, load_trust, machine_trust

PASS = "maskinoppsett passord som er langt nok"


@pytest.fixture
def machine(_empty_machine_config: Path) -> Path:
    return _empty_machine_config


def configure(folder: Path, text: str) -> machine_config.MachineConfig:
    (folder / "prosjektark.toml").write_text(text, encoding="utf-8")
    return machine_config.reload()


def messages(config: machine_config.MachineConfig) -> list[str]:
    return [p.message for p in config.problems]


# ------------------------------------------------------------------ the folder


def test_the_folder_is_the_environment_variable_else_the_site_configuration(
    machine: Path, monkeypatch
) -> None:
    assert machine_config.machine_folder() == machine
    monkeypatch.delenv("PROSJEKTARK_MACHINE_CONFIG")
    if sys.platform == "linux":
        monkeypatch.setenv("XDG_CONFIG_DIRS", "/srv/xdg-a:/srv/xdg-b")
        assert machine_config.machine_folder() == Path("/srv/xdg-a/Prosjektark")


def test_nothing_there_means_nothing_set_and_nothing_wrong(machine: Path) -> None:
    config = machine_config.reload()
    assert not config.exists
    assert config.problems == []
    assert config.trust_dir is None and config.profiles_dir is None
    assert config.data_folder is None
    assert config.resolve("role") == "arbeidsgruppe"  # the built-in default
    assert config.resolve("language") is None  # the system's, decided by the reader
    assert machine_config.database_url() is None  # the user's own SQLite file


def test_every_setting_is_read(machine: Path, monkeypatch) -> None:
    monkeypatch.setenv("APPDATA", str(machine / "roaming"))
    config = configure(
        machine,
        """
programme = "miljoloftet"
role = "Sekretariat"
delivery_folder = '\\\\fil01\\miljopakken\\levert'
language = "nn"
database_url = "postgresql+psycopg:///prosjektark?service=prosjektark"
data_folder = '%APPDATA%/Prosjektark'
locked = ["role", "delivery_folder"]
""",
    )
    assert config.problems == []
    assert config.value("programme") == "miljoloftet"
    assert config.value("role") == "sekretariat"
    assert config.value("delivery_folder") == "\\\\fil01\\miljopakken\\levert"
    assert config.value("language") == "nn"
    assert config.data_folder == machine / "roaming" / "Prosjektark"
    assert config.is_locked("role") and config.is_locked("delivery_folder")
    assert not config.is_locked("language")
    assert machine_config.database_url() == (
        "postgresql+psycopg:///prosjektark?service=prosjektark"
    )
    with pytest.raises(KeyError):
        config.value("colour")


def test_read_once_per_process_until_reloaded(machine: Path) -> None:
    first = configure(machine, 'role = "sekretariat"\n')
    (machine / "prosjektark.toml").write_text('role = "arbeidsgruppe"\n', encoding="utf-8")
    assert machine_config.current() is first
    assert machine_config.current().value("role") == "sekretariat"
    assert machine_config.reload().value("role") == "arbeidsgruppe"


# ------------------------------------------------------------------ resolving a setting


def test_the_user_wins_unless_the_machine_locks_it(machine: Path) -> None:
    config = configure(machine, 'language = "nn"\nrole = "sekretariat"\nlocked = ["role"]\n')
    assert config.resolve("language", "en") == "en"  # the user's own
    assert config.resolve("language", None) == "nn"  # else the machine's
    assert config.resolve("language", "") == "nn"  # "" is no choice
    assert config.resolve("role", "arbeidsgruppe") == "sekretariat"  # locked
    with pytest.raises(SettingLocked, match="IT-avdelingen"):
        config.refuse_if_locked("role")
    config.refuse_if_locked("language")  # not locked: no error


def test_the_environment_variable_wins_over_everything(machine: Path, monkeypatch) -> None:
    config = configure(
        machine,
        'database_url = "postgresql+psycopg:///maskin?service=a"\nlocked = ["database_url"]\n',
    )
    assert config.resolve("database_url", "sqlite:///bruker.db") == (
        "postgresql+psycopg:///maskin?service=a"
    )
    monkeypatch.setenv("PROSJEKTARK_DATABASE_URL", "postgresql+psycopg:///test")
    assert machine_config.database_url("sqlite:///bruker.db") == "postgresql+psycopg:///test"


# ------------------------------------------------------------------ a broken file


def test_a_file_that_is_not_toml_is_reported_and_ignored(machine: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="prosjektark.machine_config"):
        config = configure(machine, 'role = "sekretariat"\nlocked = [role\n')
    assert config.values == {} and config.locked == frozenset()
    [text] = messages(config)
    assert str(machine / "prosjektark.toml") in text and "ikke gyldig TOML" in text
    assert text in caplog.text
    assert config.resolve("role") == "arbeidsgruppe"


def test_a_file_that_is_not_utf8_is_reported_and_ignored(machine: Path) -> None:
    (machine / "prosjektark.toml").write_bytes('role = "sekretær"\n'.encode("latin-1"))
    config = machine_config.reload()
    assert config.values == {}
    assert "kan ikke leses" in messages(config)[0]


def test_an_unknown_key_is_named_and_the_rest_still_applies(machine: Path) -> None:
    config = configure(machine, 'rolle = "sekretariat"\nlanguage = "en"\n')
    [text] = messages(config)
    assert "prosjektark.toml" in text and "«rolle» er ingen innstilling" in text
    assert "role" in text  # the settings there are
    assert config.value("language") == "en"


@pytest.mark.parametrize("raw", ["3", "true", '["sekretariat"]', '{ nb = "sekretariat" }'])
def test_a_value_of_the_wrong_type_is_named(machine: Path, raw: str) -> None:
    config = configure(machine, f"role = {raw}\n")
    assert messages(config) == [
        f"{machine / 'prosjektark.toml'}: «role» må være en tekst i anførselstegn og blir "
        "ikke brukt."
    ]
    assert config.value("role") is None


def test_an_unknown_role_or_language_is_named(machine: Path) -> None:
    config = configure(machine, 'role = "leder"\nlanguage = "sv"\n')
    texts = messages(config)
    assert any("role = «leder» er ingen rolle" in t for t in texts)
    assert any("language = «sv» er ikke et språk" in t for t in texts)
    assert config.value("role") is None and config.value("language") is None


def test_a_lock_naming_no_setting_is_named_and_the_others_still_lock(machine: Path) -> None:
    config = configure(machine, 'locked = ["role", "leveringsmappe"]\n')
    [text] = messages(config)
    assert "«locked» nevner «leveringsmappe», som ikke er en innstilling" in text
    assert config.locked == frozenset({"role"})


def test_locked_that_is_not_a_list_locks_nothing(machine: Path) -> None:
    config = configure(machine, 'locked = "role"\n')
    assert "«locked» må være en liste" in messages(config)[0]
    assert config.locked == frozenset()


def test_a_database_url_with_a_password_is_refused_without_showing_it(machine: Path) -> None:
    config = configure(machine, 'database_url = "postgresql://ola:hemmelig@db01/prosjektark"\n')
    [text] = messages(config)
    assert "inneholder et passord" in text and "hemmelig" not in text
    assert machine_config.database_url() is None
    config = configure(machine, 'database_url = "fil01/prosjektark"\n')
    assert "er ikke en database-adresse" in messages(config)[0]


def test_problems_are_translated_when_shown(machine: Path) -> None:
    from prosjektark.i18n import translate

    config = configure(machine, 'role = "leder"\n')
    [found] = config.problems
    assert found.message == translate("machine_config", found.template).format(
        file=machine / "prosjektark.toml", key="role", value="leder"
    )


# ------------------------------------------------------------------ the roaming data folder


def test_expand_reads_windows_and_unix_variables() -> None:
    env = {"APPDATA": "/r/Roaming", "USERNAME": "kari", "HOME": "/home/kari"}
    assert expand("%APPDATA%/Prosjektark", env) == "/r/Roaming/Prosjektark"
    assert expand("/srv/$USERNAME/data", env) == "/srv/kari/data"
    assert expand("/srv/${USERNAME}x", env) == "/srv/karix"
    with pytest.raises(machine_config.MissingVariable) as missing:
        expand("%NOSUCH%/x", env)
    assert missing.value.name == "NOSUCH"


def test_the_data_folder_moves_to_the_machines_roaming_folder(machine, monkeypatch, tmp_path):
    monkeypatch.delenv("PROSJEKTARK_HOME")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    configure(machine, "data_folder = '%APPDATA%/Prosjektark'\n")
    roaming = tmp_path / "Roaming" / "Prosjektark"
    assert paths.data_dir() == roaming and roaming.is_dir()
    assert paths.database_path() == roaming / "prosjektark.sqlite3"
    assert paths.identity_dir() == roaming / "identitet"
    assert paths.attachments_dir().parent == roaming


def test_prosjektark_home_still_wins_over_the_machine(machine, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PROSJEKTARK_HOME", str(tmp_path / "home"))
    configure(machine, f"data_folder = '{tmp_path / 'roaming'}'\n")
    assert paths.data_dir() == tmp_path / "home" / "data"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG directories are Linux only")
def test_a_data_folder_that_cannot_be_expanded_leaves_the_usual_one(
    machine, monkeypatch, tmp_path
) -> None:
    monkeypatch.delenv("PROSJEKTARK_HOME")
    monkeypatch.delenv("ROAMING_PROFILE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    config = configure(machine, "data_folder = '%ROAMING_PROFILE%/Prosjektark'\n")
    assert "miljøvariabelen ROAMING_PROFILE, som ikke finnes" in messages(config)[0]
    assert paths.data_dir() == tmp_path / "xdg-data" / "Prosjektark"
    config = configure(machine, "data_folder = 'Prosjektark/data'\n")
    assert "er ikke en fullstendig sti" in messages(config)[0]
    assert paths.data_dir() == tmp_path / "xdg-data" / "Prosjektark"


# ------------------------------------------------------------------ profile updates


def _profile_text(source: str, new_id: str, new_name: str) -> str:
    text = (resource_dir() / "profiles" / f"{source}.toml").read_text(encoding="utf-8")
    old_name = {"miljopakken": "Miljøpakken", "miljoloftet": "Miljøløftet"}[source]
    assert f'id = "{source}"' in text and f'name = "{old_name}"' in text
    return text.replace(f'id = "{source}"', f'id = "{new_id}"', 1).replace(
        f'name = "{old_name}"', f'name = "{new_name}"', 1
    )


def test_machine_profiles_replace_and_add(machine: Path) -> None:
    (machine / "profiles").mkdir()
    (machine / "profiles" / "miljoloftet.toml").write_text(
        _profile_text("miljoloftet", "miljoloftet", "Miljøløftet 2028"), encoding="utf-8"
    )
    (machine / "profiles" / "nyby.toml").write_text(
        _profile_text("miljoloftet", "nyby", "Nyby-pakken"), encoding="utf-8"
    )
    machine_config.reload()
    catalog = load_catalog(resource_dir(), language="nb")
    assert catalog.profile("miljoloftet").name == "Miljøløftet 2028"
    assert catalog.profile("nyby").name == "Nyby-pakken"
    assert catalog.programme_profiles["nyby"].name == "Nyby-pakken"
    assert catalog.profile("miljopakken").name == "Miljøpakken"  # untouched
    assert catalog.default_profile_id == "miljopakken"  # programmes.toml still decides
    assert catalog.machine_problems == []


def test_a_bad_machine_profile_is_a_problem_and_the_shipped_one_stays(machine: Path) -> None:
    (machine / "profiles").mkdir()
    broken = _profile_text("miljopakken", "miljopakken", "Miljøpakken 2028") + "\ntull = 1\n"
    (machine / "profiles" / "miljopakken.toml").write_text(broken, encoding="utf-8")
    (machine / "profiles" / "ikke-toml.toml").write_text("id = \n", encoding="utf-8")
    config = machine_config.reload()
    catalog = load_catalog(resource_dir(), language="nb")
    assert catalog.profile("miljopakken").name == "Miljøpakken"
    assert {p.file.name for p in catalog.machine_problems} == {
        "miljopakken.toml",
        "ikke-toml.toml",
    }
    texts = messages(config)
    assert len(texts) == 2
    assert all("den som fulgte med programmet gjelder" in t for t in texts)
    assert any(str(machine / "profiles" / "miljopakken.toml") in t for t in texts)


def test_the_machines_programme_is_the_default_for_new_sheets(machine: Path) -> None:
    configure(machine, 'programme = "miljoloftet"\n')
    assert load_catalog(resource_dir()).default_profile.id == "miljoloftet"


def test_a_programme_that_is_no_profile_keeps_the_shipped_default(machine: Path) -> None:
    config = configure(machine, 'programme = "oslopakken"\n')
    catalog = load_catalog(resource_dir())
    assert catalog.default_profile_id == "miljopakken"
    [text] = messages(config)
    assert "programme = «oslopakken» er ingen avtaleprofil" in text
    assert "miljoloftet" in text and "Nye ark får miljopakken" in text


def test_the_cached_catalog_follows_the_machines_profile_files(machine: Path) -> None:
    machine_config.reload()
    catalog = load_catalog(resource_dir(), language="nb")
    assert "nyby" not in catalog.in_language("nn").profiles
    (machine / "profiles").mkdir()
    (machine / "profiles" / "nyby.toml").write_text(
        _profile_text("miljoloftet", "nyby", "Nyby-pakken"), encoding="utf-8"
    )
    assert "nyby" in catalog.in_language("nn").profiles
    configure(machine, 'programme = "nyby"\n')
    assert catalog.in_language("nn").default_profile_id == "nyby"


def test_area_names_at_start_up_include_the_machines_profiles(machine: Path) -> None:
    (machine / "profiles").mkdir()
    text = _profile_text("miljoloftet", "nyby", "Nyby-pakken")
    assert "action_areas = [\n" in text
    text = text.replace(
        "action_areas = [\n", 'action_areas = [\n  { id = "nyby-ferje", name = "Ferje" },\n', 1
    )
    (machine / "profiles" / "nyby.toml").write_text(text, encoding="utf-8")
    machine_config.reload()
    assert LazyCatalog(resource_dir()).area_names().get("nyby-ferje") == "Ferje"


# ------------------------------------------------------------------ trusted signers


@pytest.fixture(scope="module")
def signers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("signers")
    return [
        create_identity(name, f"{name.lower()}@example.no", "", PASS, folder / name)
        for name in ("Kari", "Ola")
    ]


def _pem(identity) -> bytes:
    return identity.certificate.public_bytes(serialization.Encoding.PEM)


def test_the_machines_trusted_signers_are_always_added(machine, signers, tmp_path) -> None:
    kari, ola = signers
    (machine / "trust").mkdir()
    (machine / "trust" / "kari.pem").write_bytes(_pem(kari))
    (machine / "trust" / "ola.sha256").write_text(
        f"# Ola\n{fingerprint_sha256(ola.certificate)}\n", encoding="utf-8"
    )
    machine_config.reload()
    own = tmp_path / "egen.pem"
    own.write_bytes(_pem(ola))
    assert TrustStore.from_path(own).contains(ola.certificate)
    assert not TrustStore.from_path(own).contains(kari.certificate)

    combined = load_trust(own)
    assert combined.contains(kari.certificate) and combined.contains(ola.certificate)
    alone = load_trust(None)
    assert alone.contains(kari.certificate) and alone.is_pinned(ola.certificate)


def test_without_any_trust_list_there_is_nothing_to_verify_against(machine) -> None:
    machine_config.reload()
    assert machine_trust() is None
    with pytest.raises(TrustError, match="Ingen tillitsliste"):
        load_trust(None)
    with pytest.raises(TrustError, match="Fant ikke tillitslisten"):
        load_trust(machine / "ingen.pem")  # the user's own list must still be readable


def test_a_bad_machine_trust_file_is_a_problem_and_the_others_count(machine, signers) -> None:
    kari, _ola = signers
    (machine / "trust").mkdir()
    (machine / "trust" / "kari.pem").write_bytes(_pem(kari))
    (machine / "trust" / "skadet.crt").write_bytes(b"-----BEGIN CERTIFICATE-----\ntull\n")
    config = machine_config.reload()
    store = load_trust(None)
    assert store.contains(kari.certificate)
    [text] = messages(config)
    assert str(machine / "trust" / "skadet.crt") in text
    assert "Den delen av maskinens tillitsliste blir ikke brukt" in text
