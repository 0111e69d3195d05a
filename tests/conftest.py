"""Shared fixtures: offscreen Qt, and a fresh temporary database for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data folder or settings."""
    monkeypatch.setenv("HOUQIN_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh, migrated database for one test (closed afterwards)."""
    from app.db import close_database, open_database

    path = open_database(tmp_path / "test.sqlite3", busy_timeout_ms=200)
    yield path
    close_database()


@pytest.fixture
def school(db_path: Path) -> Path:
    """A database with a school name and a little reference data (see tests/factories.py)."""
    from tests.factories import make_school

    make_school()
    return db_path
