"""The demo school: deterministic for a seed, realistic in shape, and sound for `houqin check`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import fn

from app.db import close_database, open_database
from app.models import (
    Asset,
    AssetEvent,
    Department,
    DisposalDoc,
    DisposalLine,
    HandoverDoc,
    HandoverLine,
    Person,
    Room,
)
from app.money import from_fen
from app.services import assets, demo
from app.services.check import run_checks
from app.services.errors import ConflictError, ValidationError
from app.services.handover import list_handover_numbers
from app.services.settings import load_settings
from tests.factories import asset_input

TODAY = dt.date.today()


def _snapshot() -> dict[str, list[tuple[object, ...]]]:
    """Everything the demo decides, without the wall-clock timestamps."""
    return {
        "school": [(load_settings().school_name,)],
        "people": list(Person.select(Person.name, Person.phone, Person.department).tuples()),
        "assets": list(
            Asset.select(
                Asset.number,
                Asset.name,
                Asset.spec,
                Asset.brand,
                Asset.original_value_fen,
                Asset.purchase_date,
                Asset.status,
                Asset.room,
                Asset.custodian,
                Asset.department,
                Asset.category,
                Asset.invoice_no,
                Asset.serial_no,
            )
            .order_by(Asset.id)
            .tuples()
        ),
        "handovers": list(
            HandoverDoc.select(
                HandoverDoc.number,
                HandoverDoc.kind,
                HandoverDoc.date,
                HandoverDoc.to_person,
                HandoverDoc.to_room,
                HandoverDoc.handed_by,
                HandoverDoc.approver,
            )
            .order_by(HandoverDoc.id)
            .tuples()
        ),
        "lines": list(HandoverLine.select(HandoverLine.doc, HandoverLine.asset).tuples()),
    }


def _build_in(path: Path, n_assets: int, seed: int) -> dict[str, list[tuple[object, ...]]]:
    open_database(path, busy_timeout_ms=200)
    try:
        demo.build_demo(n_assets, seed)
        return _snapshot()
    finally:
        close_database()


def test_same_seed_gives_the_same_school_and_another_seed_a_different_one(tmp_path):
    first = _build_in(tmp_path / "a.sqlite3", 150, seed=7)
    again = _build_in(tmp_path / "b.sqlite3", 150, seed=7)
    other = _build_in(tmp_path / "c.sqlite3", 150, seed=8)
    assert first == again
    assert first["assets"] != other["assets"]


def test_demo_builds_a_sound_realistic_school(db_path):
    summary = demo.build_demo(400, seed=3)

    assert run_checks() == []
    assert Asset.select().count() == summary.assets == 400
    assert 75 <= Person.select().count() == summary.people <= 90
    assert Department.select().count() >= 12
    assert Room.select().count() == summary.rooms > 50
    assert summary.school_name == load_settings().school_name
    assert summary.school_name.endswith("中学")
    assert len(summary.handovers) >= 10
    assert summary.handovers == list_handover_numbers()
    assert summary.total_value == sum(
        (from_fen(a.original_value_fen) for a in Asset.select()), start=Decimal(0)
    )
    statuses = Counter(a.status for a in Asset.select(Asset.status))
    assert statuses["在用"] > 0.8 * 400
    assert set(statuses) <= {"在用", "闲置", "维修中", "待报废", "已报废"}
    # Worn-out items left through real disposal requests: approved, one rejected, some pending.
    states = Counter(d.state for d in DisposalDoc.select())
    assert states["已批准"] >= 2 and states["已驳回"] == 1 and states["待审批"] == 2
    approved = DisposalLine.select().join(DisposalDoc).where(DisposalDoc.state == "已批准")
    assert statuses["已报废"] == approved.count()
    # Every asset has a place, a keeping department and its registration in the history.
    assert not Asset.select().where(Asset.room.is_null() | Asset.department.is_null()).exists()
    assert AssetEvent.select().where(AssetEvent.kind == "登记").count() == 400


def test_purchases_are_in_the_past_ten_years_and_batches_share_a_number_run(db_path):
    demo.build_demo(300, seed=11)
    oldest, newest = Asset.select(fn.MIN(Asset.purchase_date), fn.MAX(Asset.purchase_date)).scalar(
        as_tuple=True
    )
    assert newest <= TODAY
    assert oldest >= TODAY.replace(year=TODAY.year - 11)
    batch_sizes = (
        Asset.select(fn.COUNT(Asset.id))
        .group_by(Asset.name, Asset.spec, Asset.purchase_date, Asset.room)
        .tuples()
    )
    assert max(size for (size,) in batch_sizes) >= 10  # e.g. a classroom of desks and chairs


def test_handovers_are_dated_in_the_past_after_the_purchase_of_their_assets(db_path):
    demo.build_demo(300, seed=5)
    docs = list(HandoverDoc.select().order_by(HandoverDoc.id))
    assert [d.date for d in docs] == sorted(d.date for d in docs)
    assert all(d.date < TODAY for d in docs)
    assert {d.kind for d in docs} <= {"领用", "调拨", "归还", "移交"}
    late = (
        HandoverLine.select()
        .join(HandoverDoc)
        .switch(HandoverLine)
        .join(Asset)
        .where(Asset.purchase_date > HandoverDoc.date)
    )
    assert not late.exists()


def test_demo_refuses_a_database_that_already_holds_assets(school):
    assets.register_assets(asset_input())
    with pytest.raises(ConflictError, match="已有 1 件资产"):
        demo.build_demo(50)
    assert Asset.select().count() == 1


def test_cancelling_the_demo_leaves_the_database_untouched(db_path):
    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        demo.build_demo(100, progress=cancel)
    assert Asset.select().count() == 0
    assert Person.select().count() == 0
    assert load_settings().school_name == ""


def test_progress_reaches_the_total(db_path):
    seen: list[tuple[int, int]] = []
    demo.build_demo(120, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (120, 120)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_asset_count_must_be_positive(db_path):
    with pytest.raises(ValidationError):
        demo.build_demo(0)
