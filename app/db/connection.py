"""Open the SQLite database once at start-up: pragmas, migrations, and storage errors in plain words."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

from app.errors import HouqinError

log = logging.getLogger("app.db")

# Deferred: the path is only known once the command line has been read.
database = SqliteDatabase(None)

DEFAULT_BUSY_TIMEOUT_MS = 5000


class StorageError(HouqinError):
    """The database file cannot be used (locked, read-only, damaged, missing folder...)."""


class DatabaseTooNewError(StorageError):
    """The file was written by a newer Houqin; we refuse to touch it."""


class ForeignDatabaseError(StorageError):
    """The file is some other program's SQLite database; we refuse to touch it."""


def _pragmas(busy_timeout_ms: int) -> dict[str, object]:
    return {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,  # FULL: a power cut never loses a committed action
        "busy_timeout": busy_timeout_ms,
        "cache_size": -32_000,  # 32 MB page cache keeps 100k-row sorts in memory
    }


def _sqlite_code(exc: BaseException) -> int | None:
    # peewee wraps sqlite3 errors: the original is its first argument (and its __context__).
    candidates = [exc, *(exc.args[:1]), exc.__cause__, exc.__context__]
    for candidate in candidates:
        if isinstance(candidate, sqlite3.Error):
            return getattr(candidate, "sqlite_errorcode", None)
    return None


def storage_error_message(exc: BaseException, path: str | Path | None = None) -> str | None:
    """Explain a sqlite failure by its result code; None when it is not a storage condition."""
    code = _sqlite_code(exc)
    if code is None:
        return None
    primary = code & 0xFF
    where = f"（{path}）" if path else ""
    messages = {
        sqlite3.SQLITE_BUSY: f"数据库{where}正被其他程序占用，请稍后再试或关闭占用它的程序。",
        sqlite3.SQLITE_LOCKED: f"数据库{where}被锁定，请稍后再试。",
        sqlite3.SQLITE_READONLY: f"数据库文件{where}是只读的，无法保存。请检查文件权限或换一个位置。",
        sqlite3.SQLITE_CANTOPEN: f"无法打开数据库文件{where}，请检查路径和权限。",
        sqlite3.SQLITE_FULL: f"磁盘已满，无法写入数据库{where}。",
        sqlite3.SQLITE_CORRUPT: f"数据库文件{where}已损坏，请从备份恢复。",
        sqlite3.SQLITE_NOTADB: f"文件{where}不是后勤管家的数据库。",
        sqlite3.SQLITE_IOERR: f"读写数据库文件{where}时发生磁盘错误。",
        sqlite3.SQLITE_PERM: f"没有权限访问数据库文件{where}。",
    }
    return messages.get(primary)


def open_database(path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Path:
    """Initialise the deferred database at ``path``, migrate it to this version, return the path."""
    from app.db.migrations import migrate

    path = Path(path).expanduser().resolve()
    if not database.deferred and not database.is_closed():
        database.close()
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建数据库所在的文件夹 {path.parent}：{exc.strerror}") from exc
    _refuse_unusable_file(path)
    database.init(str(path), pragmas=_pragmas(busy_timeout_ms))
    try:
        database.connect(reuse_if_open=True)
        migrate(database)
    except HouqinError:
        database.close()
        raise
    except Exception as exc:
        database.close()
        message = storage_error_message(exc, path)
        if message is None:
            raise
        raise StorageError(message) from exc
    log.info("database open: %s", path)
    return path


def _refuse_unusable_file(path: Path) -> None:
    """Look at an existing file read-only first: setting WAL would already rewrite its header.

    A newer Houqin's database and another program's SQLite file (version 0 with tables) are
    refused untouched.
    """
    from app.db.migrations import LATEST_VERSION, too_new_message

    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            objects = raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            raw.close()
    except sqlite3.Error as exc:
        raise StorageError(
            storage_error_message(exc, path) or f"无法读取数据库文件 {path}：{exc}"
        ) from exc
    if version > LATEST_VERSION:
        raise DatabaseTooNewError(too_new_message(version))
    if version == 0 and objects:
        raise ForeignDatabaseError(
            f"文件（{path}）是其他程序的 SQLite 数据库，不是后勤管家的数据库。"
            "为保护其中的数据，本程序不会修改它。"
        )


def close_database() -> None:
    """Close the connection of this thread if one is open."""
    if not database.deferred and not database.is_closed():
        database.close()


@contextlib.contextmanager
def thread_connection() -> Iterator[None]:
    """Give a worker thread its own connection for the body, and close it afterwards.

    peewee keeps one connection per thread; a thread that already has one keeps it open.
    """
    opened_here = database.is_closed()
    if opened_here:
        database.connect()
    try:
        yield
    finally:
        if opened_here:
            database.close()
