"""The register print-out: header on every page, every row once, totals in figures and capitals."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.money import amount_in_capitals, format_yuan
from app.reports.ledger_table import LedgerColumn, LedgerTable
from app.reports.register_report import (
    RegisterLine,
    RegisterReport,
    register_sums,
    render_register,
)
from app.services.errors import ValidationError
from app.services.register_print import describe_filter, filter_from_names, register_pdf
from app.services.register_query import AssetFilter
from tests.factories import asset_input

AS_OF = dt.date(2026, 8, 31)


def _lines(count: int) -> list[RegisterLine]:
    return [
        RegisterLine(
            number=f"2024-XX-{index:05d}",
            name="台式计算机"
            if index % 2
            else "交互式电子白板一体机（教室用，含推拉黑板和安装支架）",
            spec="联想启天M437 i5/16G/512G",
            category="信息化设备",
            purchase_date=dt.date(2024, 9, 1),
            location="B2-303 物理实验室",
            custodian="王芳",
            original_value=Decimal("4999.00") + index,
            accumulated=Decimal("1666.33"),
            net_value=Decimal("3332.67") + index,
        )
        for index in range(1, count + 1)
    ]


def _report(count: int) -> RegisterReport:
    return RegisterReport(
        school_name="北京市第一实验中学",
        printed_on=dt.date(2026, 9, 1),
        as_of=AS_OF,
        filter_text="在册资产；地点：B2-303 物理实验室",
        lines=_lines(count),
    )


def test_a_short_register_has_its_head_rows_totals_and_capitals(page_texts, pdf_fonts):
    report = _report(3)
    (text,) = page_texts(render_register(report))
    for expected in (
        "北京市第一实验中学",
        "固定资产台账",
        "范围：在册资产；地点：B2-303 物理实验室",
        "折旧计算截至：2026年8月31日",
        "2024-XX-00001",
        "2024-XX-00003",
        "合计（共 3 件）",
        "资产数量：3 件",
        "制表人",
        "第 1 页 / 共 1 页",
    ):
        assert expected in text, expected
    sums = register_sums(report.lines)
    assert sums.original_value == Decimal("15003.00")
    assert f"¥{format_yuan(sums.original_value)}" in text
    assert f"人民币{amount_in_capitals(sums.original_value)}" in text
    assert f"人民币{amount_in_capitals(sums.net_value)}" in text
    assert format_yuan(sums.accumulated) in text
    assert all(embedded for _, embedded in pdf_fonts(render_register(report)))


def test_a_long_register_repeats_its_header_and_lists_every_row_once(page_texts):
    texts = page_texts(render_register(_report(120)))
    assert len(texts) >= 4
    for number, page in enumerate(texts, start=1):
        assert "资产编号" in page and "净值（元）" in page  # the header row on every page
        assert f"第 {number} 页 / 共 {len(texts)} 页" in page
        if number > 1:
            assert "固定资产台账（续）" in page
    whole = "\n".join(texts)
    for index in range(1, 121):
        assert whole.count(f"2024-XX-{index:05d}") == 1
    assert "合计（共 120 件）" in texts[-1]
    assert "合计" not in texts[0]


def test_long_names_are_cut_to_two_lines_with_an_ellipsis(page_texts):
    (text,) = page_texts(render_register(_report(2)))
    assert "…" in text
    assert "安装支架" not in text


def test_progress_reaches_every_row_and_can_stop_the_rendering():
    seen: list[tuple[int, int]] = []
    render_register(_report(200), lambda done, total: seen.append((done, total)))
    assert seen[-1] == (200, 200)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        render_register(_report(200), stop)


def test_a_row_with_the_wrong_number_of_cells_is_refused():
    columns = [LedgerColumn("甲", 10), LedgerColumn("乙", 10)]
    with pytest.raises(ValueError, match="第 2 行"):
        LedgerTable(columns, [["1", "2"], ["3"]])


# --- the service: the filter's rows, in SQL order ---------------------------------------------


def test_register_pdf_prints_only_the_filtered_assets_with_their_depreciation(school, page_texts):
    from app.services.assets import register_assets

    lab = filter_from_names(room="B2-303")
    computers = register_assets(
        asset_input(
            original_value="7200.00", purchase_date=dt.date(2024, 9, 1), room_id=lab.room_id
        ),
        quantity=2,
    )
    register_assets(asset_input(name="投影仪", original_value="3000"))
    flt = AssetFilter(room_id=lab.room_id, as_of=dt.date(2025, 9, 30))
    text = "\n".join(page_texts(register_pdf(flt)))
    assert "投影仪" not in text
    assert text.count("台式计算机") == 2
    assert "合计（共 2 件）" in text
    assert "1,200.00" in text and "6,000.00" in text  # 12 of 72 months gone, per computer
    assert "人民币壹万肆仟肆佰元整" in text  # 14,400.00 original value
    assert "人民币壹万贰仟元整" in text  # 12,000.00 net value
    assert "地点：B2-303 物理实验室" in text
    assert len(computers) == 2


def test_an_empty_register_is_refused_with_a_message(school):
    with pytest.raises(ValidationError, match="没有符合筛选条件的资产"):
        register_pdf(AssetFilter(text="不存在的资产"))


def test_the_filter_is_described_in_words(school):
    flt = filter_from_names(room="B2-303", department="物理组", status="全部")
    assert (
        describe_filter(flt) == "全部资产（含已报废、丢失）；部门：物理组；地点：B2-303 物理实验室"
    )
    assert describe_filter(AssetFilter(text="电脑")) == "在册资产；搜索：“电脑”"


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"room": "B9-999"}, "room", "找不到地点“B9-999”"),
        ({"department": "火星部"}, "department", "找不到部门“火星部”"),
        ({"category": "Z99"}, "category", "找不到资产分类“Z99”"),
        ({"status": "报废"}, "status", "状态“报废”无效"),
    ],
)
def test_unknown_filter_names_are_refused(school, kwargs, field, message):
    with pytest.raises(ValidationError, match=message) as caught:
        filter_from_names(**kwargs)
    assert caught.value.field == field


def test_pages_are_readable_by_pypdf(school):
    from app.services.assets import register_assets

    register_assets(asset_input(), quantity=3)
    reader = PdfReader(io.BytesIO(register_pdf(AssetFilter())))
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_the_closing_block_never_stands_on_a_page_without_rows(page_texts):
    # Some count of rows fills the last page so that the totals in words would not fit under
    # it; whichever count that is, the last page still carries rows.
    for count in range(18, 48):
        last = page_texts(render_register(_report(count)))[-1]
        assert "资产数量" in last and "审核人" in last
        assert f"2024-XX-{count:05d}" in last, count


def test_lines_never_start_with_closing_or_end_with_opening_brackets():
    from app.reports.fonts import register_cjk_font
    from app.reports.text_fit import text_width, wrap_text

    font = register_cjk_font()
    for width in range(30, 80, 5):
        lines = wrap_text("累计折旧（元）", font, 8.5, width, 2)
        assert all(not line.startswith("）") and not line.endswith("（") for line in lines)
    assert wrap_text("累计折旧（元）", font, 8.5, 45, 2) == ["累计折旧", "（元）"]
    (cut,) = wrap_text("很长的名称" * 10, font, 9, 60, 1)
    assert cut.endswith("…") and text_width(cut, font, 9) <= 60


def test_common_names_categories_and_places_fit_their_columns_on_one_line():
    """A wrapped name doubles the row's height: the everyday ones must fit in one line."""
    from app.reports.fonts import register_cjk_font
    from app.reports.ledger_table import _Layout
    from app.reports.register_report import COLUMNS

    line = [
        "1",
        "2018-DQ-00001",
        "交互式智能平板（班班通）",
        "钢木 1400×700mm 带副柜",
        "电子和通信测量仪器",
        "2018-06-26",
        "K-301 生物实验室（一）",
        "欧阳晓燕",
        "1,234,567.00",
        "1,234,567.00",
        "1,234,567.00",
    ]
    register_cjk_font()
    layout = _Layout(COLUMNS, [line], None, 8.5, None)
    layout.fit(273 * 72 / 25.4)  # the landscape A4 frame inside 12 mm margins
    # One line each, and the whole text: a one-line column would cut the rest off with …
    assert layout.lines(0) == [[text] for text in line]


def test_a_totals_line_of_a_large_register_is_printed_whole(page_texts):
    """Ten thousand assets total tens of millions: the totals row is not cut to "20,842,025…"."""
    lines = [
        RegisterLine(
            number=f"2024-XX-{index:05d}",
            name="教学楼",
            spec="",
            category="房屋",
            purchase_date=dt.date(2024, 9, 1),
            location="校本部",
            custodian="王芳",
            original_value=Decimal("45000000.00"),
            accumulated=Decimal("4000000.00"),
            net_value=Decimal("41000000.00"),
        )
        for index in range(1, 4)
    ]
    report = RegisterReport(
        school_name="北京市第一实验中学",
        printed_on=dt.date(2026, 9, 1),
        as_of=AS_OF,
        filter_text="在册资产",
        lines=lines,
    )
    (text,) = page_texts(render_register(report))
    assert "…" not in text
    # Once in the totals row, once after ¥ in the amounts under the table.
    for total in ("135,000,000.00", "12,000,000.00", "123,000,000.00"):
        assert text.count(total) == 2, total
