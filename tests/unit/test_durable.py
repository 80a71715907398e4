"""Atomic writes: the old file stays whole until the new one is complete on disk."""

from __future__ import annotations

import os
import stat

import pytest

from prosjektark import durable


def test_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "ark.pdf"
    target.write_bytes(b"gammel")
    durable.write_atomic(target, b"ny")
    assert target.read_bytes() == b"ny"
    assert [p.name for p in tmp_path.iterdir()] == ["ark.pdf"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "ark.pdf"
    target.write_bytes(b"gammel")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(durable.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        durable.write_atomic(target, b"ny" * 1000)
    assert target.read_bytes() == b"gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["ark.pdf"]


def test_a_missing_folder_is_an_oserror(tmp_path):
    with pytest.raises(OSError):
        durable.write_atomic(tmp_path / "finnes-ikke" / "ark.pdf", b"x")


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_mode_sets_the_permission_bits(tmp_path):
    target = tmp_path / "identitet.p12"
    durable.write_atomic(target, b"hemmelig", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_fsync_dir_tolerates_a_folder_that_cannot_be_opened(tmp_path):
    durable.fsync_dir(tmp_path / "finnes-ikke")  # no exception: the files are on disk


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_without_mode_a_file_gets_what_the_umask_allows(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "ark.pdf"
    durable.write_atomic(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_a_failing_chmod_closes_the_file_and_removes_it(tmp_path, monkeypatch):
    def refuse(fd, mode):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(durable.os, "fchmod", refuse)
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    with pytest.raises(PermissionError):
        durable.write_atomic(tmp_path / "identitet.p12", b"k", mode=0o600)
    durable.write_atomic(tmp_path / "ark.pdf", b"x")  # without mode: best effort, written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ark.pdf"]
    if before:
        assert len(os.listdir("/proc/self/fd")) == before
