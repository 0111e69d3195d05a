"""Consumption by department and item, the supply plan, and their .xlsx exports."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models import Department
from app.services import stock_items
from app.services.errors import NotFoundError, ValidationError
from app.services.stock_reports import (
    NO_DEPARTMENT,
    SUPPLY_RULE_NOTE,
    consumption,
    consumption_xlsx,
    suggested_quantity_m,
    supply_plan,
    supply_plan_xlsx,
)
from app.services.terms import Period, Term
from tests.stock_factories import StockRoom, make_stock_room

AUTUMN = Term(2024, 1).period()
SPRING = Term(2024, 2).period()
AFTER_SPRING = dt.date(2025, 7, 20)


@pytest.fixture
def room(db_path) -> StockRoom:
    return make_stock_room()


def _by_key(report) -> dict[tuple[str, str], tuple[Decimal, Decimal]]:
    return {(r.department, r.item.code): (r.quantity, r.value) for r in report.rows}


def test_consumption_is_issued_minus_returned_per_department_and_item(room):
    report = consumption(AUTUMN)
    assert _by_key(report) == {
        ("后勤处", "BG0001"): (Decimal("30"), Decimal("705.00")),
        ("后勤处", "YS0001"): (Decimal("1"), Decimal("85.00")),
        ("物理组", "BG0001"): (Decimal("10"), Decimal("235.00")),
        ("物理组", "QJ0001"): (Decimal("2.5"), Decimal("24.50")),
    }
    paper = next(r for r in report.rows if r.department == "物理组" and r.item.code == "BG0001")
    assert (paper.issued_m, paper.returned_m) == (12_000, 2_000)
    assert (paper.issued_fen, paper.returned_fen) == (28_200, 4_700)
    assert report.total == Decimal("1049.50")


def test_write_offs_drafts_and_other_terms_are_not_consumption(room):
    spring = consumption(SPRING)
    # The draft of 2025-03-05 was never issued; the summer requisition is outside the term.
    assert _by_key(spring) == {
        ("物理组", "BG0001"): (Decimal("20"), Decimal("470.00")),
        ("物理组", "JX0001"): (Decimal("40"), Decimal("320.00")),
    }
    # The soap written off in November is not in anybody's consumption.
    soap = [(r.department, r.quantity) for r in consumption(AUTUMN).rows if r.item.code == "QJ0001"]
    assert soap == [("物理组", Decimal("2.5"))]


def test_a_date_range_counts_both_ends(room):
    day = Period(dt.date(2024, 9, 10), dt.date(2024, 9, 10))
    assert _by_key(consumption(day))[("物理组", "BG0001")] == (Decimal("12"), Decimal("282.00"))
    after_issue = Period(dt.date(2024, 9, 11), dt.date(2024, 9, 20))
    # Only the return falls in here: the department consumed minus two packs.
    assert _by_key(consumption(after_issue))[("物理组", "BG0001")] == (
        Decimal("-2"),
        Decimal("-47.00"),
    )


def test_rows_are_ordered_by_department_then_code_and_totalled(room):
    report = consumption(AUTUMN)
    assert [(r.department, r.item.code) for r in report.rows] == [
        ("后勤处", "BG0001"),
        ("后勤处", "YS0001"),
        ("物理组", "BG0001"),
        ("物理组", "QJ0001"),
    ]
    departments = report.by_department()
    assert [(d.department, d.items, d.value) for d in departments] == [
        ("后勤处", 2, Decimal("790.00")),
        ("物理组", 2, Decimal("259.50")),
    ]
    by_item = {r.item.code: r.quantity for r in report.by_item()}
    assert by_item == {"BG0001": Decimal("40"), "QJ0001": Decimal("2.5"), "YS0001": Decimal("1")}


def test_departments_come_in_the_order_the_school_entered_them(room):
    # 化学组 sorts before 后勤处 by name, but 后勤处 was entered first.
    Department.update(name="化学组").where(Department.id == room.ids["dept_physics"]).execute()
    assert [r.department for r in consumption(AUTUMN).rows] == ["后勤处"] * 2 + ["化学组"] * 2


def test_one_department_only(room):
    report = consumption(AUTUMN, room.ids["dept_office"])
    assert report.department_filter == "后勤处"
    assert {r.department for r in report.rows} == {"后勤处"}
    with pytest.raises(NotFoundError, match="部门不存在"):
        consumption(AUTUMN, 9999)


def test_a_renamed_department_is_shown_by_its_current_name(room):
    Department.update(name="总务处").where(Department.id == room.ids["dept_office"]).execute()
    assert {r.department for r in consumption(AUTUMN).rows} == {"总务处", "物理组"}
    assert NO_DEPARTMENT not in {r.department for r in consumption(AUTUMN).rows}


def test_an_empty_period_gives_an_empty_report(room):
    report = consumption(Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    assert report.rows == []
    assert report.total == Decimal("0.00")
    assert report.by_department() == []


def test_a_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValidationError, match="早于开始日期"):
        Period(dt.date(2025, 3, 1), dt.date(2025, 2, 1))


# --- supply plan -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consumed", "reorder", "on_hand", "whole", "expected"),
    [
        (20_000, 10_000, 35_000, True, 0),  # enough on hand: nothing to buy
        (40_000, 50_000, 20_000, True, 70_000),
        (0, 3_000, 0, True, 3_000),
        (1_500, 0, 0, True, 2_000),  # whole units are bought whole
        (1_500, 0, 0, False, 1_500),  # 千克 may stay fractional
        (0, 0, 5_000, False, 0),
    ],
)
def test_suggested_quantity_rule(consumed, reorder, on_hand, whole, expected):
    assert suggested_quantity_m(consumed, reorder, on_hand, whole) == expected


def test_supply_plan_uses_the_last_complete_term_and_stock_on_hand(room):
    plan = supply_plan(today=AFTER_SPRING)
    assert plan.basis == SPRING
    assert plan.target == "2025-2026学年第一学期"
    rows = {row.item.code: row for row in plan.rows}
    assert set(rows) == {"BG0001", "BG0002", "JX0001", "QJ0001", "YS0001"}
    paper, chalk, stapler = rows["BG0001"], rows["JX0001"], rows["BG0002"]
    assert (paper.consumed_m, paper.on_hand_m, paper.reorder_m) == (20_000, 35_000, 10_000)
    assert paper.suggested_m == 0
    assert (chalk.consumed_m, chalk.on_hand_m, chalk.suggested_m) == (40_000, 20_000, 70_000)
    assert (chalk.unit_cost_fen, chalk.estimate_fen) == (800, 56_000)
    # Never bought: it still has to reach its reorder level, but there is no price to estimate.
    assert (stapler.suggested_m, stapler.unit_cost_fen, stapler.estimate_fen) == (3_000, None, 0)
    assert [r.item.code for r in plan.to_buy] == ["BG0002", "JX0001"]
    assert plan.estimate_fen == 56_000


def test_supply_plan_on_another_basis_and_without_inactive_items(room):
    stock_items.set_item_active(room.unused, False)
    plan = supply_plan(AUTUMN, today=AFTER_SPRING)
    rows = {row.item.code: row for row in plan.rows}
    assert "BG0002" not in rows
    assert rows["BG0001"].consumed_m == 40_000
    # 40 consumed + 10 reorder level − 35 on hand
    assert rows["BG0001"].suggested_m == 15_000
    assert rows["BG0001"].estimate_fen == 15 * 2350


def test_a_plan_after_a_stockout_prices_at_the_last_receipt(room):
    # Issue the remaining toner: no stock left, so the reference price is the last invoice.
    from tests.stock_factories import _issue, _requisition

    _number, doc = _requisition(
        dt.date(2025, 5, 6), room.ids["dept_office"], room.ids["bob"], [(room.toner, "3")], "办公"
    )
    _issue(doc, dt.date(2025, 5, 6))
    toner = next(r for r in supply_plan(today=AFTER_SPRING).rows if r.item.code == "YS0001")
    assert (toner.on_hand_m, toner.consumed_m, toner.suggested_m) == (0, 3_000, 5_000)
    assert (toner.unit_cost_fen, toner.estimate_fen) == (8500, 42_500)


# --- export ----------------------------------------------------------------------------------


def _table(sheet) -> tuple[list[str], list[list[object]], list[tuple[object, ...]]]:
    """Header, data rows (as cells) and the notes above the header of an exported sheet."""
    rows = list(sheet.iter_rows())
    header_at = next(
        i for i, row in enumerate(rows) if row[0].value in ("领用部门", "序号", "物资编码")
    )
    notes = [row[0].value for row in rows[1:header_at] if row[0].value]
    header = [cell.value for cell in rows[header_at]]
    return header, rows[header_at + 1 :], notes


def test_consumption_export_has_typed_cells_on_three_sheets(room):
    data = consumption_xlsx(consumption(AUTUMN), made_on=dt.date(2025, 2, 1))
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["部门物资明细", "按部门汇总", "按物资汇总"]
    header, rows, notes = _table(book["部门物资明细"])
    assert header[0] == "领用部门" and header[-1] == "消耗金额（元）"
    assert any("2024-2025学年第一学期" in note for note in notes)
    assert any("领用 − 退库" in note for note in notes)
    physics_paper = next(r for r in rows if r[0].value == "物理组" and r[1].value == "BG0001")
    issued, returned, net = (physics_paper[i] for i in (6, 7, 8))
    assert (issued.value, returned.value, net.value) == (12, 2, 10)
    assert all(cell.data_type == "n" for cell in (issued, returned, net))
    assert physics_paper[11].value == 235
    assert physics_paper[11].number_format == "#,##0.00"
    soap = next(r for r in rows if r[1].value == "QJ0001")
    assert soap[8].value == 2.5 and soap[8].data_type == "n"
    total = rows[-1]
    assert total[0].value == "合计" and total[-1].value == 1049.5
    _header, department_rows, _notes = _table(book["按部门汇总"])
    shares = [row[3].value for row in department_rows if row[0].value != "合计"]
    assert sum(shares) == pytest.approx(1)


def test_supply_plan_export_states_the_rule_and_highlights_what_to_buy(room):
    plan = supply_plan(today=AFTER_SPRING)
    book = load_workbook(io.BytesIO(supply_plan_xlsx(plan)))
    sheet = book["供需计划"]
    assert "2025-2026学年第一学期" in sheet["A1"].value
    header, rows, notes = _table(sheet)
    assert any(SUPPLY_RULE_NOTE in note for note in notes)
    assert any("依据期间：2024-2025学年第二学期" in note for note in notes)
    assert header[6:10] == ["依据期间消耗量", "当前库存", "最低库存", "建议采购量"]
    chalk = next(r for r in rows if r[2].value == "JX0001")
    assert [c.value for c in chalk[6:10]] == [40, 20, 50, 70]
    assert all(c.data_type == "n" for c in chalk[6:12])
    assert chalk[11].value == 560
    assert chalk[0].fill.fgColor.rgb.endswith("FFF2CC")
    paper = next(r for r in rows if r[2].value == "BG0001")
    assert paper[9].value == 0
    assert not paper[0].fill.fgColor.rgb.endswith("FFF2CC")
    assert rows[-1][0].value == "合计" and rows[-1][11].value == 560
