"""Migration 4 (取得方式): a version-3 register with history keeps every row, as 购置."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from app.db import close_database, database, open_database
from app.db.migrations import MIGRATIONS
from app.models import Asset, AssetEvent, DisposalLine


def _version_3_file(path: Path) -> None:
    """A database as Houqin 0.3 left it: one asset with an event and a disposal request."""
    old = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    with old.atomic():
        for step in MIGRATIONS[:3]:
            step(old)
        old.execute_sql("PRAGMA user_version = 3")
        category = old.execute_sql("SELECT id FROM category WHERE code = 'A02010000'").fetchone()[0]
        old.execute_sql(
            "INSERT INTO asset (id, number, old_number, name, category_id, spec, brand, quantity,"
            " original_value_fen, purchase_date, booked_date, invoice_no, serial_no, status, note,"
            " created_at, updated_at) VALUES (7, '2019-XX-00001', 'OLD-1', '台式计算机', ?, 'i5',"
            " '联想', 1, 499900, '2019-09-01', '2019-09-02', 'FP1', 'SN1', '待报废', '',"
            " '2019-09-02 08:00:00', '2019-09-02 08:00:00')",
            (category,),
        )
        old.execute_sql(
            "INSERT INTO asset_event (asset_id, at, kind, summary, field, old_value, new_value,"
            " doc_type, doc_number, operator) VALUES (7, '2019-09-02 08:00:00', '登记', '登记入账',"
            " '', '', '', '', '', '李强')"
        )
        old.execute_sql(
            "INSERT INTO disposal_doc (id, number, date, kind, reason, condition, assessors,"
            " method, state, requested_by, decided_by, decision_note, operator, created_at)"
            " VALUES (1, 'BF-2025-0001', '2025-03-01', '报废', '老化', '', '甲、乙、丙', '报废',"
            " '待审批', '李强', '', '', '李强', '2025-03-01 09:00:00')"
        )
        old.execute_sql(
            "INSERT INTO disposal_line (doc_id, asset_id, original_value_fen, net_value_fen,"
            " residual_value_fen, status_before) VALUES (1, 7, 499900, 0, 0, '在用')"
        )
    old.close()


def test_a_version_3_register_keeps_its_assets_as_purchased(tmp_path, db_path) -> None:
    """The asset keeps every value and id, gets 购置, and its history still points at it."""
    close_database()
    path = tmp_path / "v3.sqlite3"
    _version_3_file(path)
    open_database(path)
    try:
        asset = Asset.get_by_id(7)
        assert (asset.number, asset.old_number, asset.status) == (
            "2019-XX-00001",
            "OLD-1",
            "待报废",
        )
        assert asset.original_value_fen == 499900
        assert asset.acquisition == "购置"
        assert AssetEvent.get(AssetEvent.asset == 7).summary == "登记入账"
        assert DisposalLine.get(DisposalLine.asset == 7).original_value_fen == 499900
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        # The rebuilt table still refuses what the old one refused.
        names = {row[1] for row in database.execute_sql("PRAGMA index_list(asset)").fetchall()}
        assert "asset_number" in names and "asset_status" in names
    finally:
        close_database()
