"""Numbered schema migrations; the version lives in PRAGMA user_version, each step is atomic."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from app.db.connection import DatabaseTooNewError
from app.resources import resource_path

log = logging.getLogger("app.db")

SCHEMA_DIR = Path(__file__).with_name("schema")


def _read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("reference", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _run_script(db: SqliteDatabase, filename: str) -> None:
    # executescript() would COMMIT; run statement by statement to stay in the step's transaction.
    text = (SCHEMA_DIR / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";\n"):
        if statement.strip():
            db.execute_sql(statement)


def _seed_reference_data(db: SqliteDatabase) -> None:
    for row in _read_csv("units.csv"):
        db.execute_sql(
            "INSERT INTO unit (name, allows_fraction, active) VALUES (?, ?, 1)",
            (row["name"], int(row["allows_fraction"] or 0)),
        )
    for row in _read_csv("room_types.csv"):
        db.execute_sql("INSERT INTO room_type (name) VALUES (?)", (row["name"],))
    for row in _read_csv("funding_sources.csv"):
        db.execute_sql("INSERT INTO funding_source (name) VALUES (?)", (row["name"],))
    ids: dict[str, int] = {}
    for row in _read_csv("categories.csv"):
        cursor = db.execute_sql(
            "INSERT INTO category (code, name, parent_id, short_code, useful_life_years,"
            " depreciates, active) VALUES (?, ?, ?, ?, ?, ?, 1)",
            (
                row["code"],
                row["name"],
                ids.get(row["parent_code"]) if row["parent_code"] else None,
                row["short_code"],
                int(row["useful_life_years"]) if row["useful_life_years"] else None,
                int(row["depreciates"]),
            ),
        )
        ids[row["code"]] = cursor.lastrowid


def _migration_1(db: SqliteDatabase) -> None:
    _run_script(db, "0001_initial.sql")
    _seed_reference_data(db)


def _migration_2(db: SqliteDatabase) -> None:
    _run_script(db, "0002_disposal.sql")


def _migration_3(db: SqliteDatabase) -> None:
    _run_script(db, "0003_stock.sql")
    for row in _read_csv("item_categories.csv"):
        db.execute_sql("INSERT INTO item_category (name, active) VALUES (?, 1)", (row["name"],))


def _migration_4(db: SqliteDatabase) -> None:
    # The asset table is rebuilt; its history, handover and disposal rows point at asset ids
    # that are dropped and inserted again, so their foreign keys are checked at commit instead.
    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    _run_script(db, "0004_acquisition.sql")


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
]
LATEST_VERSION = len(MIGRATIONS)


def too_new_message(version: int) -> str:
    """The refusal shown for a database written by a newer Houqin."""
    return (
        f"数据库文件由更新版本的后勤管家创建（数据库版本 {version}，本程序支持到 {LATEST_VERSION}）。"
        "为保护数据，本程序不会打开或修改它，请升级后勤管家。"
    )


def schema_version(db: SqliteDatabase) -> int:
    """The schema version recorded in the file (0 for a new, empty file)."""
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase) -> int:
    """Bring the database up to LATEST_VERSION, one atomic step per version; refuse a newer file."""
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise DatabaseTooNewError(too_new_message(current))
    for version in range(current + 1, LATEST_VERSION + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version}")
        log.info("migrated database to schema version %d", version)
    return LATEST_VERSION
