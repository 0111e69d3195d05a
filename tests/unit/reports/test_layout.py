"""Tests for the shared form layout: header, table, totals, signatures, page furniture."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.reports.fonts import CJK_FONT, register_cjk_font
from app.reports.layout import Column, FormSpec, Signature, render_form

PageTexts = Callable[[bytes], list[str]]
COLUMNS = [
    Column("序号", 12, "center"),
    Column("物资名称", 60, "left"),
    Column("数量", 20, "right"),
    Column("金额（元）", 30, "right"),
]


def squash(text: str) -> str:
    """Drop all whitespace, so text wrapped inside a cell or spaced out still matches."""
    return "".join(text.split())


def make_spec(count: int = 3, **changes: object) -> FormSpec:
    """A requisition-like form with `count` numbered rows."""
    spec = FormSpec(
        school_name="阳光市第二小学",
        title="物资领用单",
        number="LY-2026-0007",
        date=datetime.date(2026, 9, 1),
        meta=[("领用部门", "三年级组"), ("用途", "开学布置教室")],
        columns=COLUMNS,
        rows=[[str(i), f"物品-{i:03d}", "2", "10.00"] for i in range(1, count + 1)],
        total_row=["合计", "", str(2 * count), f"{10 * count}.00"],
        amount_total=Decimal(10 * count),
        signatures=[Signature("领用人", "陈小红"), "发放人", "审批人"],
        notes="请妥善保管所领物品。",
        copy_label="第一联 存根",
    )
    for name, value in changes.items():
        setattr(spec, name, value)
    return spec


def test_first_page_shows_header_table_totals_and_signatures(page_texts: PageTexts) -> None:
    (text,) = page_texts(render_form(make_spec(3)))
    flat = squash(text)
    for expected in ["阳光市第二小学", "物资领用单", "No.LY-2026-0007", "日期：2026年9月1日"]:
        assert expected in flat
    for expected in ["领用部门：", "三年级组", "用途：", "开学布置教室"]:
        assert expected in flat
    for expected in ["序号", "物资名称", "数量", "金额（元）", "物品-001", "物品-003"]:
        assert expected in flat
    assert "合计金额（小写）：¥30.00" in flat
    assert "（大写）：人民币叁拾元整" in flat
    assert "请妥善保管所领物品。" in flat
    assert "第 1 页 / 共 1 页" in text


def test_signature_lines_print_roles_names_and_blank_dates(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_form(make_spec(3)))[0])
    assert "领用人：陈小红" in flat
    assert "发放人：" in flat
    assert "审批人：" in flat
    assert flat.count("签字：") == 3
    assert flat.count("日期：＿＿＿年＿＿月＿＿日") == 3


def test_copy_label_is_printed(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_form(make_spec(3)))[0])
    assert "第一联存根" in flat


def test_optional_parts_can_be_left_out(page_texts: PageTexts) -> None:
    spec = make_spec(2, meta=[], total_row=None, amount_total=None, signatures=[], notes=None)
    spec.copy_label = None
    flat = squash(page_texts(render_form(spec))[0])
    assert "物品-002" in flat
    assert "合计" not in flat
    assert "签字" not in flat


def test_long_table_repeats_its_header_and_numbers_every_page(page_texts: PageTexts) -> None:
    texts = page_texts(render_form(make_spec(120)))
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, start=1):
        assert "物资名称" in text, f"header row missing on page {number}"
        assert f"第 {number} 页 / 共 {total} 页" in text
    for number, text in enumerate(texts[1:], start=2):
        assert "物资领用单（续）" in squash(text), f"running head missing on page {number}"
    everything = squash("".join(texts))
    assert all(f"物品-{i:03d}" in everything for i in range(1, 121))
    assert "（大写）：人民币壹仟贰佰元整" in squash(texts[-1])


@pytest.mark.parametrize("rows", range(1, 45))
def test_signatures_never_start_a_page_without_rows(rows: int, page_texts: PageTexts) -> None:
    last_page = squash(page_texts(render_form(make_spec(rows)))[-1])
    assert "审批人：" in last_page
    assert f"物品-{rows:03d}" in last_page


def test_long_cell_text_wraps_inside_its_cell(page_texts: PageTexts) -> None:
    long_name = "多功能交互式电子白板一体机（含推拉式绿板、壁挂支架和无线传屏器）" * 2
    spec = make_spec(1, rows=[["1", long_name, "1", "10.00"]])
    (text,) = page_texts(render_form(spec))
    assert long_name in squash(text)
    assert not any(long_name in line for line in text.splitlines())


def test_markup_in_user_text_is_printed_literally(page_texts: PageTexts) -> None:
    spec = make_spec(1, rows=[["1", "<b>粉笔 & 板擦</b>", "1", "10.00"]])
    assert "<b>粉笔&板擦</b>" in squash(page_texts(render_form(spec))[0])


def test_landscape_pages_are_wider_than_tall() -> None:
    box = PdfReader(io.BytesIO(render_form(make_spec(3, landscape=True)))).pages[0].mediabox
    assert box.width > box.height


def test_portrait_pages_are_a4() -> None:
    box = PdfReader(io.BytesIO(render_form(make_spec(3)))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_only_the_embedded_cjk_font_is_used(pdf_fonts: Callable) -> None:
    fonts = pdf_fonts(render_form(make_spec(60)))
    assert fonts
    for name, embedded in fonts:
        assert CJK_FONT in name
        assert embedded


def test_font_registration_is_idempotent() -> None:
    assert register_cjk_font() == register_cjk_font() == CJK_FONT


def test_rendering_is_deterministic() -> None:
    assert render_form(make_spec(5)) == render_form(make_spec(5))


def test_row_with_wrong_number_of_cells_is_refused() -> None:
    with pytest.raises(ValueError, match="第 2 行"):
        render_form(make_spec(1, rows=[["1", "a", "1", "1"], ["2", "b"]]))


def test_total_row_with_wrong_number_of_cells_is_refused() -> None:
    with pytest.raises(ValueError, match="合计行"):
        render_form(make_spec(1, total_row=["合计"]))


def _boxes(width: float) -> list:
    """A closing block as tall as a disposal form's approval boxes."""
    from reportlab.platypus import Spacer

    from app.reports.styles import cjk_style, para

    return [para("审批意见：同意。", cjk_style(10)), Spacer(width, 300)]


@pytest.mark.parametrize("rows", [1, 18, 30])
def test_a_form_adds_its_own_parts_below_the_table(rows: int, page_texts: PageTexts) -> None:
    """below_table follows the rows; closing replaces the signatures and stays with rows."""
    from app.reports.styles import cjk_style, para

    pdf = render_form(
        make_spec(rows),
        below_table=lambda width: [para("合计说明：见附表。", cjk_style(10))],
        closing=_boxes,
    )
    texts = [squash(text) for text in page_texts(pdf)]
    everything = "".join(texts)
    assert everything.index(f"物品-{rows:03d}") < everything.index("合计说明：见附表。")
    assert everything.index("合计说明：见附表。") < everything.index("审批意见：同意。")
    assert "审批人：" not in everything  # the closing replaced the signature lines
    assert "请妥善保管所领物品。" not in everything  # and the notes with them
    assert f"物品-{rows:03d}" in texts[-1] and "审批意见：同意。" in texts[-1]
