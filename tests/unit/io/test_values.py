"""Reading ledger cells: money in its many spellings, dates in every form offices type, quantities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.io.values import CellProblem, cell_text, parse_date, parse_money, parse_quantity

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("¥1,200.00", "1200.00"),
        ("￥1,200.00", "1200.00"),  # full-width, as a Chinese input method types it
        ("1200元", "1200.00"),
        ("人民币1200元整", "1200.00"),
        (" 1 200.5 ", "1200.50"),
        ("1.2万", "12000.00"),
        ("RMB 380", "380.00"),
        (4999, "4999.00"),
        (1580.5, "1580.50"),
        (1199.9999999999998, "1200.00"),  # a spreadsheet's float noise is the fen it shows
        (Decimal("0.10"), "0.10"),
    ],
)
def test_money_in_the_forms_ledgers_use(cell, expected) -> None:
    assert parse_money(cell) == Decimal(expected)


def test_money_in_ten_thousands_of_yuan() -> None:
    """A column headed 金额（万元） holds 1.5 for 15,000 yuan."""
    assert parse_money(1.5, scale=10_000) == Decimal("15000.00")
    assert parse_money("0.38", scale=10_000) == Decimal("3800.00")


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("面议", "无法识别的金额“面议”"),
        ("-50", "金额为负数（-50）"),
        ("(120.00)", "金额为负数"),
        ("¥-100", "金额为负数"),
        (-3, "金额为负数"),
        ("12.345", "最多只能有两位小数"),
        (333.3333, "最多只能有两位小数"),
        ("1,2,3", "无法识别的金额"),
        (True, "不是数字"),
    ],
)
def test_bad_money_says_why(cell, reason) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_money(cell)
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2019-09-01", dt.date(2019, 9, 1)),
        ("2019/9/1", dt.date(2019, 9, 1)),
        ("2019.9.1", dt.date(2019, 9, 1)),
        ("2019年9月1日", dt.date(2019, 9, 1)),
        ("2019年9月1号", dt.date(2019, 9, 1)),
        ("2019.9", dt.date(2019, 9, 1)),
        ("2019年9月", dt.date(2019, 9, 1)),
        ("2019-9", dt.date(2019, 9, 1)),
        ("20190901", dt.date(2019, 9, 1)),
        ("201909", dt.date(2019, 9, 1)),
        ("２０１９．９．１", dt.date(2019, 9, 1)),  # full-width digits
        ("2019/9/1 0:00", dt.date(2019, 9, 1)),  # what Excel writes into a CSV
        ("2019-09-01 00:00:00", dt.date(2019, 9, 1)),
        (dt.datetime(2019, 9, 1), dt.date(2019, 9, 1)),
        (dt.date(2019, 9, 1), dt.date(2019, 9, 1)),
        (43709, dt.date(2019, 9, 1)),  # an Excel serial in a cell formatted as a number
        ("43709", dt.date(2019, 9, 1)),
        (2019.09, dt.date(2019, 9, 1)),  # "2019.09" typed into a number cell
        (2019.12, dt.date(2019, 12, 1)),
        (20190901, dt.date(2019, 9, 1)),
    ],
)
def test_dates_in_every_form(cell, expected) -> None:
    assert parse_date(cell, TODAY) == expected


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("2099-01-01", "日期 2099-01-01 晚于今天"),
        ("1949-12-31", "早于 1950 年"),
        ("2019-02-30", "日期“2019-02-30”不存在"),
        ("2019-13-01", "不存在"),
        ("2019", "只有年份"),
        ("2019年", "只有年份"),
        (2019, "只有年份"),
        (2019.1, "不明确（是 1 月还是 10 月？）"),
        ("9/1/2019", "无法识别的日期"),
        ("去年九月", "无法识别的日期"),
        ("19.9.1", "无法识别的日期"),
    ],
)
def test_bad_dates_say_why(cell, reason) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_date(cell, TODAY)
    assert reason in caught.value.reason


def test_today_is_not_the_future() -> None:
    assert parse_date("2026-11-26", TODAY) == TODAY


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (3, (Decimal(3), "")),
        (3.0, (Decimal("3.0"), "")),
        ("3台", (Decimal(3), "台")),
        ("40 套", (Decimal(40), "套")),
        ("1200.5平方米", (Decimal("1200.5"), "平方米")),
    ],
)
def test_quantities(cell, expected) -> None:
    assert parse_quantity(cell) == expected


@pytest.mark.parametrize(("cell", "reason"), [("-2", "负数"), ("若干", "无法识别的数量")])
def test_bad_quantities(cell, reason) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_quantity(cell)
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        (123.0, "123"),
        (12.5, "12.5"),
        (dt.datetime(2019, 9, 1), "2019-09-01"),
        ("  实验室（二） ", "实验室（二）"),  # trimmed, its characters kept
    ],
)
def test_cell_text(cell, text) -> None:
    assert cell_text(cell) == text


def test_a_date_without_upper_limit() -> None:
    """A warranty end is read with no upper limit (None): it usually lies in the future."""
    assert parse_date("2029年9月", None) == dt.date(2029, 9, 1)
