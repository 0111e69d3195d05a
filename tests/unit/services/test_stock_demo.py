"""The demo stock room: ~300 items and a year of business (services first, then in bulk)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import fn

from app.db import close_database, open_database
from app.models import AuditEntry, Item, StockDoc, StockDocLine, StockMove, Supplier
from app.models.stock import (
    DOC_RECEIPT,
    DOC_REQUISITION,
    DOC_RETURN,
    STATE_ISSUED,
    STATE_POSTED,
)
from app.services import demo
from app.services.check import run_checks
from app.services.errors import ConflictError, ValidationError
from app.services.stock_demo import MAX_MOVES, build_stock_room
from app.services.stock_reports import consumption, supply_plan
from app.services.terms import Period, last_completed_term

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def stock_school(tmp_path_factory) -> Path:
    """One demo school with an ordinary year in its stock room, shared by the read-only tests."""
    path = tmp_path_factory.mktemp("stock_demo") / "demo.sqlite3"
    open_database(path)
    try:
        summary = demo.build_demo(40, seed=5)
        assert summary.stock is not None
    finally:
        close_database()
    return path


@pytest.fixture
def opened(stock_school: Path):
    open_database(stock_school)
    yield
    close_database()


def test_the_stock_room_is_sound_for_houqin_check(opened):
    assert run_checks() == []


def test_about_three_hundred_items_with_categories_and_reorder_levels(opened):
    assert 280 <= Item.select().count() <= 320
    assert not Item.select().where(Item.category.is_null()).exists()
    assert Item.select().where(Item.reorder_level_m > 0).count() == Item.select().count()
    codes = [code for (code,) in Item.select(Item.code).tuples()]
    assert len(set(codes)) == len(codes)
    assert {code[:2] for code in codes} >= {"BG", "JX", "QJ", "DG", "SN", "WJ", "ST", "YW"}


def test_a_year_of_receipts_requisitions_and_returns(opened):
    first, last = StockDoc.select(fn.MIN(StockDoc.date), fn.MAX(StockDoc.date)).scalar(
        as_tuple=True
    )
    assert first == TODAY - dt.timedelta(days=364)
    assert last <= TODAY
    counts = {
        doc_type: StockDoc.select().where(StockDoc.doc_type == doc_type).count()
        for doc_type in (DOC_RECEIPT, DOC_REQUISITION, DOC_RETURN)
    }
    assert counts[DOC_RECEIPT] >= 20
    assert 500 <= counts[DOC_REQUISITION] <= 1200
    assert counts[DOC_RETURN] >= 3
    issued = StockDoc.select().where(
        (StockDoc.doc_type == DOC_REQUISITION) & (StockDoc.state == STATE_ISSUED)
    )
    assert issued.count() > 0.9 * counts[DOC_REQUISITION]
    departments = {d for (d,) in issued.select(StockDoc.department).distinct().tuples()}
    assert len(departments) >= 12
    # Every receipt comes from one of the stock room's suppliers, signed for by the keeper.
    receipts = StockDoc.select().where(StockDoc.doc_type == DOC_RECEIPT)
    assert all(doc.state == STATE_POSTED and doc.supplier_id and doc.issued_by for doc in receipts)
    assert Supplier.select().where(Supplier.name.contains("文具")).exists()


def test_some_requisitions_are_still_in_the_workflow_or_were_turned_down(opened):
    states = {
        state
        for (state,) in StockDoc.select(StockDoc.state)
        .where(StockDoc.doc_type == DOC_REQUISITION)
        .distinct()
        .tuples()
    }
    assert {"已发放", "已驳回", "已取消"} <= states
    assert states & {"草稿", "已提交", "已批准"}


def test_every_posted_document_has_its_moves_and_its_audit_entry(opened):
    moves = StockMove.select().count()
    lines = StockDocLine.select().join(StockDoc).where(StockDoc.state.in_(["已发放", "已过账"]))
    assert moves == lines.count()
    posted = AuditEntry.select().where(
        AuditEntry.action.in_(["入库过账", "发放领用单", "退库过账", "盘点调整过账"])
    )
    assert (
        posted.count() == StockDoc.select().where(StockDoc.state.in_(["已发放", "已过账"])).count()
    )


def test_the_reports_have_something_to_say(opened):
    report = consumption(Period(TODAY - dt.timedelta(days=364), TODAY))
    assert report.total > 0
    assert len(report.by_department()) >= 12
    summer = [
        r for r in report.rows if r.department == "总务处" and r.item.code[:2] in ("DG", "SN")
    ]
    assert summer
    plan = supply_plan(today=TODAY)
    assert plan.basis == last_completed_term(TODAY).period()
    assert len(plan.rows) == Item.select().count()


def test_moves_sizes_the_year(db_path):
    summary = demo.build_demo(10, seed=2, moves=2500)
    assert summary.stock is not None
    assert 2000 <= summary.stock.moves <= 3000
    assert summary.stock.moves == StockMove.select().count()
    assert run_checks() == []


def test_no_stock_room_when_asked_for_none(db_path):
    summary = demo.build_demo(10, seed=2, moves=0)
    assert summary.stock is not None and summary.stock.items == 0
    assert not Item.select().exists()


def test_the_same_seed_gives_the_same_stock_room(tmp_path):
    def build(name: str) -> list[tuple[object, ...]]:
        open_database(tmp_path / name)
        try:
            demo.build_demo(10, seed=9, moves=600, today=dt.date(2025, 6, 30))
            return list(
                StockMove.select(
                    StockMove.item, StockMove.date, StockMove.qty_m, StockMove.value_fen
                )
                .order_by(StockMove.id)
                .tuples()
            )
        finally:
            close_database()

    assert build("a.sqlite3") == build("b.sqlite3")


@pytest.mark.parametrize("moves", [-1, MAX_MOVES + 1])
def test_moves_out_of_range_are_refused_before_anything_is_written(db_path, moves):
    with pytest.raises(ValidationError, match="收发记录数"):
        demo.build_demo(10, moves=moves)
    assert not StockDoc.select().exists()


def test_a_database_with_a_stock_room_is_refused(db_path):
    from tests.stock_factories import make_stock_room

    make_stock_room()
    before = StockMove.select().count()
    with pytest.raises(ConflictError, match="已有库房物资"):
        build_stock_room(object())
    assert StockMove.select().count() == before


def test_cancelling_during_the_stock_room_leaves_nothing(db_path):
    def cancel(done: int, total: int) -> None:
        if done > 100:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        demo.build_demo(10, seed=1, moves=1000, stock_progress=cancel)
    assert not StockDoc.select().exists()
    assert not Item.select().exists()


def test_who_keeps_the_goods_never_buys_or_approves_them(opened):
    receipts = StockDoc.select().where(StockDoc.doc_type == DOC_RECEIPT)
    assert all(doc.handled_by not in ("", doc.issued_by) for doc in receipts)
    assert all(doc.checked_by not in ("", doc.handled_by) for doc in receipts)
    issued = StockDoc.select().where(StockDoc.state == STATE_ISSUED)
    assert all(doc.approved_by not in ("", doc.person.name, doc.issued_by) for doc in issued)
