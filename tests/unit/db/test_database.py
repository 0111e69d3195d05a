"""Opening, migrating and refusing databases; storage failures in plain words."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app.db import DatabaseTooNewError, StorageError, close_database, database, open_database
from app.db.migrations import LATEST_VERSION
from app.models import ALL_MODELS, Category, Unit
from app.services import reference


def _schema(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    return {" ".join(r[0].split()) for r in rows}


def test_new_database_is_migrated_with_pragmas_and_reference_data(db_path):
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert Category.select().where(Category.parent.is_null()).count() == 7
    assert Unit.select().where(Unit.name == "台").exists()


def test_migrated_schema_matches_the_models(db_path):
    migrated = _schema(database.connection())
    memory = sqlite3.connect(":memory:")
    database_copy = database.__class__(None)
    database_copy.init(":memory:")
    database_copy.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    try:
        database_copy.create_tables(ALL_MODELS)
        from_models = _schema(database_copy.connection())
    finally:
        database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
        memory.close()
    assert migrated == from_models


def test_reopening_does_not_migrate_twice(db_path):
    close_database()
    open_database(db_path)
    assert Category.select().where(Category.code == "A02010000").count() == 1


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNewError, match="更新版本"):
        open_database(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "future.sqlite3-wal").exists()


def test_a_file_that_is_not_a_database_gets_a_message(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(StorageError, match="不是后勤管家的数据库"):
        open_database(path)


def test_locked_database_gives_a_clear_message_and_loses_nothing(db_path):
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="正被其他程序占用"):
            reference.save_record("department", {"name": "总务处"})
    finally:
        other.rollback()
        other.close()
    reference.save_record("department", {"name": "总务处"})
    assert [d.name for d in reference.list_records("department")] == ["总务处"]


def test_read_only_database_gives_a_clear_message(db_path):
    # As root a chmod does not stop writes, so make SQLite itself refuse them: query_only fails
    # writes with SQLITE_READONLY, the same code a file on a read-only share gives.
    database.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(StorageError, match="只读"):
            reference.save_record("department", {"name": "总务处"})
    finally:
        database.execute_sql("PRAGMA query_only = 0")
    assert reference.list_records("department") == []


def test_another_programs_database_is_refused_and_not_written(tmp_path):
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE books (title TEXT)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StorageError, match="其他程序"):
        open_database(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    close_database()
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert tables == ["books"]


def test_a_version_1_database_is_upgraded_to_the_same_schema_as_a_new_one(tmp_path, db_path):
    from peewee import SqliteDatabase

    from app.db.migrations import MIGRATIONS

    fresh = _schema(database.connection())
    close_database()
    old_path = tmp_path / "v1.sqlite3"
    old = SqliteDatabase(str(old_path))
    with old.atomic():
        MIGRATIONS[0](old)
        old.execute_sql("PRAGMA user_version = 1")
    old.close()
    open_database(old_path)
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert _schema(database.connection()) == fresh
