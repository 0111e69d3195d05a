"""Where the database lives: the user's data folder, or portable data/ beside the program."""

from __future__ import annotations

import sys

from app import paths


def test_portable_data_folder_beside_the_frozen_program_wins(tmp_path, monkeypatch):
    monkeypatch.delenv("HOUQIN_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Houqin" / "houqin.exe"))
    (tmp_path / "Houqin" / "data").mkdir(parents=True)
    assert paths.default_db_path() == tmp_path / "Houqin" / "data" / "houqin.sqlite3"


def test_without_a_data_folder_the_user_data_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv("HOUQIN_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Houqin" / "houqin.exe"))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert paths.data_dir() == tmp_path / "AppData" / "Local" / "Houqin"


def test_linux_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("HOUQIN_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert paths.default_db_path() == tmp_path / "share" / "houqin" / "houqin.sqlite3"
