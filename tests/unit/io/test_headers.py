"""Finding the header under a title, naming each column's field, and the user's remembered choices."""

from __future__ import annotations

import pytest

from app.io.headers import (
    IGNORE,
    field_for,
    guess_header,
    guess_mapping,
    header_key,
    mapping_problems,
    scale_of,
)
from app.io.tables import RawTable


def _table(*rows: tuple[object, ...]) -> RawTable:
    return RawTable(list(rows), list(range(1, len(rows) + 1)), "csv", "UTF-8")


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("资产编号", "number"),
        ("编号", "number"),
        ("资产名称", "name"),
        ("名称", "name"),
        ("规格型号", "spec"),
        ("型号", "spec"),
        ("品牌", "brand"),
        ("计量单位", "unit"),
        ("单位", "unit"),
        ("数量（台/套）", "quantity"),
        ("单价（元）", "unit_price"),
        ("原值", "unit_price"),
        ("金额", "amount"),
        ("购置日期", "purchase_date"),
        ("取得日期", "purchase_date"),
        ("入账日期", "purchase_date"),
        ("存放地点", "location"),
        ("使用地点", "location"),
        ("使用人", "custodian"),
        ("保管人", "custodian"),
        ("责任人", "custodian"),
        ("使用部门", "department"),
        ("管理部门", "department"),
        ("分类代码", "category"),
        ("资产分类", "category"),
        ("经费来源", "funding_source"),
        ("供应商", "supplier"),
        ("发票号", "invoice_no"),
        ("备注", "note"),
        ("原资产编号", "old_number"),
        ("固定资产编号", "number"),  # a longer spelling that contains a known one
        ("购置日期\n(年-月-日)", "purchase_date"),
        ("* 资产名称", "name"),
        ("SN", "serial_no"),
    ],
)
def test_common_chinese_headers(title, field) -> None:
    assert field_for(title)[0] == field


@pytest.mark.parametrize("title", ["序号", "净值", "累计折旧", "", "   "])
def test_columns_that_are_not_imported(title) -> None:
    """序号 counts lines and is never the asset number; depreciation is computed, not imported."""
    assert field_for(title) is None


def test_header_key_and_scale() -> None:
    assert header_key(" 单价（元） ") == "单价"
    assert scale_of("金额（万元）") == 10_000
    assert scale_of("金额（元）") == 1


def test_header_found_below_a_title_and_a_note() -> None:
    table = _table(
        ("XX学校固定资产明细账",),
        ("填报单位：XX学校", None, None, "单位：元"),
        ("序号", "资产编号", "资产名称", "单价", "购置日期"),
        (1, "GD-001", "电脑", 4999, "2019.9"),
    )
    header = guess_header(table)
    assert header is not None
    assert header.row_index == 2
    assert header.data_start == 3
    assert header.mapping == {
        0: IGNORE,
        1: "number",
        2: "name",
        3: "unit_price",
        4: "purchase_date",
    }


def test_two_level_header() -> None:
    """使用情况 spans 存放地点 and 使用人 on the row below; both levels make the header."""
    table = _table(
        ("资产编号", "资产名称", "单价", "购置日期", "使用情况", None),
        (None, None, None, None, "存放地点", "使用人"),
        ("GD-001", "电脑", 4999, "2019.9", "B2-303", "王芳"),
    )
    header = guess_header(table)
    assert header.row_index == 1
    assert header.titles == ["资产编号", "资产名称", "单价", "购置日期", "存放地点", "使用人"]
    assert header.mapping[4] == "location"
    assert header.mapping[5] == "custodian"


def test_no_header_found() -> None:
    assert guess_header(_table(("电脑", 4999), ("打印机", 1200))) is None


def test_the_better_named_column_keeps_a_field() -> None:
    """分类代码 and 分类名称 both name the category: the code column gets it."""
    mapping = guess_mapping(["分类名称", "分类代码", "资产名称"])
    assert mapping == {0: IGNORE, 1: "category", 2: "name"}


def test_spec_and_note_may_take_several_columns() -> None:
    mapping = guess_mapping(["规格", "型号", "备注", "说明"])
    assert mapping == {0: "spec", 1: "spec", 2: "note", 3: "note"}


def test_remembered_choice_wins_over_the_synonyms() -> None:
    """The user said “编号” is the old number and “备注” is not imported; that is kept."""
    remembered = {"编号": "old_number", "备注": IGNORE, "资产代码": "number"}
    mapping = guess_mapping(["编号", "资产代码", "备注", "名称"], remembered)
    assert mapping == {0: "old_number", 1: "number", 2: IGNORE, 3: "name"}


def test_mapping_problems() -> None:
    assert mapping_problems({0: "name", 1: "category", 2: "unit_price", 3: "purchase_date"}) == []
    problems = mapping_problems({0: "name", 1: "name", 2: "amount"})
    assert problems == [
        "“资产名称”对应了多列（A 列、B 列），只能对应一列",
        "没有“购置日期”列",
    ]
    # Many school ledgers have no category column: that is no reason to refuse the file.
    assert mapping_problems({0: "name", 1: "unit_price", 2: "purchase_date"}) == []
    assert "没有“单价”或“金额”列" in mapping_problems({0: "name"})
