"""Turning rows into values: blanks, totals and footers skipped; every bad cell reported in place."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.io.headers import guess_header
from app.io.rows import SKIP_BLANK, SKIP_HEADER, SKIP_NOTE, SKIP_TOTAL, parse_rows
from app.io.tables import RawTable

TODAY = dt.date(2026, 11, 26)
HEADER = ("资产编号", "资产名称", "分类代码", "规格", "型号", "数量", "单价", "购置日期", "状态")


def _parse(*rows: tuple[object, ...]):  # type: ignore[no-untyped-def]
    table = RawTable(
        [("XX学校固定资产明细账",), HEADER, *rows], list(range(1, len(rows) + 3)), "csv", ""
    )
    header = guess_header(table)
    return parse_rows(table, header, header.mapping, TODAY)


def test_values_are_typed_and_columns_joined() -> None:
    parsed = _parse(
        ("GD-1", "投影仪", "A02020000", "爱普生", "CB-X50", "3台", "¥3,200.00", "2019.9", "正常")
    )
    (row,) = parsed.rows
    assert row.ok
    assert row.line == 3
    assert row.values == {
        "number": "GD-1",
        "name": "投影仪",
        "category": "A02020000",
        "spec": "爱普生 CB-X50",
        "quantity": Decimal(3),
        "quantity_unit": "台",
        "unit_price": Decimal("3200.00"),
        "purchase_date": dt.date(2019, 9, 1),
        "status": "在用",
    }


def test_blank_total_footer_and_repeated_header_rows_are_skipped() -> None:
    parsed = _parse(
        ("GD-1", "电脑", "A02010000", "", "", 1, 4999, "2019-9-1"),
        (),
        (None, "  ", None),
        ("一、办公设备",),
        HEADER,  # a printed ledger repeats its header on every page
        ("GD-2", "打印机", "A02020000", "", "", 1, 1200, "2020-1-1"),
        ("合  计", None, None, None, None, 2, 6199),
        ("制表人：张三", None, None, "审核：李四"),
    )
    assert [row.values["number"] for row in parsed.rows] == ["GD-1", "GD-2"]
    assert parsed.skipped == [
        (4, SKIP_BLANK),
        (5, SKIP_BLANK),
        (6, SKIP_NOTE),
        (7, SKIP_HEADER),
        (9, SKIP_TOTAL),
        (10, SKIP_NOTE),
    ]


def test_every_bad_cell_is_reported_with_row_and_column() -> None:
    parsed = _parse(
        ("GD-1", "", "A02010000", "", "", "若干", "面议", "2099-1-1", "借出"),
        ("GD 2", "电脑", "", "", "", 1, "-5", "", ""),
    )
    first, second = parsed.rows
    assert [str(p) for p in first.problems] == [
        "第 3 行 · F 列（数量）：无法识别的数量“若干”",
        "第 3 行 · G 列（单价）：无法识别的金额“面议”",
        "第 3 行 · H 列（购置日期）：日期 2099-01-01 晚于今天",
        "第 3 行 · I 列（状态）：未知的状态“借出”（可用：在用、闲置、维修中、待报废、已报废、丢失）",
        "第 3 行 · B 列（资产名称）：缺少资产名称",
    ]
    assert [str(p) for p in second.problems] == [
        "第 4 行 · G 列（单价）：金额为负数（-5）",
        "第 4 行 · A 列（资产编号）：资产编号“GD 2”中有空格",
        "第 4 行 · H 列（购置日期）：缺少购置日期",
    ]
    # An empty category is not a cell problem: the resolver guesses it from the name.


def test_a_number_used_twice_is_wrong_on_both_rows() -> None:
    parsed = _parse(
        ("GD-1", "电脑", "A02010000", "", "", 1, 4999, "2019-9-1"),
        ("GD-2", "电脑", "A02010000", "", "", 1, 4999, "2019-9-1"),
        ("GD-1", "打印机", "A02020000", "", "", 1, 1200, "2019-9-1"),
    )
    reasons = [[p.reason for p in row.problems] for row in parsed.rows]
    assert reasons == [
        ["资产编号 GD-1 与第 5 行重复，两行都不会导入，请改正其中一行"],
        [],
        ["资产编号 GD-1 与第 3 行重复，两行都不会导入，请改正其中一行"],
    ]


def test_text_too_long() -> None:
    parsed = _parse(("GD-1", "电" * 101, "A02010000", "", "", 1, 4999, "2019-9-1"))
    assert [p.reason for p in parsed.rows[0].problems] == ["资产名称太长（最多 100 个字）"]


def test_a_name_or_note_that_mentions_a_total_is_data() -> None:
    parsed = _parse(
        ("GD-1", "合计器", "A02020000", "", "合计3台", 1, 120, "2019-9-1"),
        ("本页小计(元)", None, None, None, None, None, 120),
    )
    assert [(row.values["name"], row.values["spec"]) for row in parsed.rows] == [
        ("合计器", "合计3台")
    ]
    assert parsed.rows[0].ok
    assert parsed.skipped == [(4, SKIP_TOTAL)]
