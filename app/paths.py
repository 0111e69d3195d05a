"""Where the database lives: --db, a portable data/ folder beside the executable, or the user's
data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "houqin.sqlite3"


def executable_dir() -> Path:
    """The folder of the frozen executable, or of the source checkout when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def user_data_dir() -> Path:
    """The per-user data folder (HOUQIN_DATA_DIR overrides, e.g. for tests)."""
    override = os.environ.get("HOUQIN_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or str(Path.home())
        return Path(base) / "Houqin"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Houqin"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "houqin"


def portable_data_dir() -> Path | None:
    """A data/ folder beside the frozen executable switches to portable mode."""
    if not getattr(sys, "frozen", False):
        return None
    candidate = executable_dir() / "data"
    return candidate if candidate.is_dir() else None


def data_dir() -> Path:
    """The folder holding the database, logs and backups."""
    if os.environ.get("HOUQIN_DATA_DIR"):
        return user_data_dir()
    return portable_data_dir() or user_data_dir()


def default_db_path() -> Path:
    """The database used when no --db is given."""
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    """Where the log file goes."""
    return data_dir() / "logs"
