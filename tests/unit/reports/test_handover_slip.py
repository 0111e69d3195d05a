"""Tests for the 资产交接单: render it and read the printed text back."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

import pytest

from app.money import amount_in_capitals, format_yuan
from app.reports.fonts import CJK_FONT
from app.reports.handover_slip import (
    COPIES_NOTE,
    HandoverSlip,
    HandoverSlipLine,
    render_handover_slip,
)

PageTexts = Callable[[bytes], list[str]]
ROLES = ["移交人", "接收人", "资产管理员", "审批人"]
COLUMN_TITLES = ["序号", "资产编号", "资产名称", "规格型号", "单位", "原值（元）", "存放地点"]


def squash(text: str) -> str:
    """Drop all whitespace, so text wrapped inside a cell or spaced out still matches."""
    return "".join(text.split())


def make_slip(count: int, **changes: object) -> HandoverSlip:
    """A 移交 slip with `count` computers of slightly different values."""
    lines = [
        HandoverSlipLine(
            asset_number=f"2026A02010100-{i:04d}",
            name="台式计算机",
            spec="联想启天M430 i5/16G/512G",
            unit="台",
            original_value=Decimal("4899.00") + Decimal(i) / 100,
            location="B12-303",
        )
        for i in range(1, count + 1)
    ]
    slip = HandoverSlip(
        school_name="阳光市第一中学",
        number="JJ-2026-0001",
        kind="移交",
        date=datetime.date(2026, 3, 5),
        from_text="总务处 王建国",
        to_text="初二年级组 李春梅",
        lines=lines,
        handed_by="王建国",
        received_by="李春梅",
        manager="赵敏",
        approver="",
        note="教师岗位调整",
    )
    for name, value in changes.items():
        setattr(slip, name, value)
    return slip


def total_of(slip: HandoverSlip) -> Decimal:
    """The sum of the slip's original values."""
    return sum((line.original_value for line in slip.lines), Decimal("0"))


def test_three_line_slip_prints_everything(page_texts: PageTexts) -> None:
    slip = make_slip(3)
    (text,) = page_texts(render_handover_slip(slip))
    flat = squash(text)
    for expected in ["阳光市第一中学", "资产交接单", "No.JJ-2026-0001", "日期：2026年3月5日"]:
        assert expected in flat
    for expected in ["交接类型：移交", "移交方：总务处王建国", "接收方：初二年级组李春梅"]:
        assert expected in flat
    assert "资产数量：3件" in flat
    assert all(title in flat for title in COLUMN_TITLES)
    assert all(line.asset_number in flat for line in slip.lines)
    assert "4,899.03" in flat
    assert "第 1 页 / 共 1 页" in text


def test_total_is_printed_in_figures_and_capitals(page_texts: PageTexts) -> None:
    slip = make_slip(3)
    total = total_of(slip)
    assert total == Decimal("14697.06")
    flat = squash(page_texts(render_handover_slip(slip))[0])
    assert f"合计{format_yuan(total)}" in flat
    assert f"合计金额（小写）：¥{format_yuan(total)}" in flat
    assert "（大写）：人民币壹万肆仟陆佰玖拾柒元零陆分" in flat
    assert amount_in_capitals(total) == "壹万肆仟陆佰玖拾柒元零陆分"


def test_all_four_roles_sign_with_names_preprinted(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_handover_slip(make_slip(3)))[0])
    assert all(f"{role}：" in flat for role in ROLES)
    assert "移交人：王建国签字：" in flat
    assert "接收人：李春梅签字：" in flat
    assert "资产管理员：赵敏签字：" in flat
    assert "审批人：签字：" in flat  # no name given: left blank for the pen
    assert flat.count("签字：") == 4


def test_copies_note_and_remark_are_printed(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_handover_slip(make_slip(3)))[0])
    assert COPIES_NOTE in flat
    assert "备注：教师岗位调整" in flat


def test_remark_line_is_left_out_when_there_is_none(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_handover_slip(make_slip(3, note="")))[0])
    assert "备注" not in flat
    assert COPIES_NOTE in flat


def test_long_slip_spans_pages_with_header_and_page_numbers(page_texts: PageTexts) -> None:
    slip = make_slip(120)
    texts = page_texts(render_handover_slip(slip))
    pages = len(texts)
    assert pages > 2
    for number, text in enumerate(texts, start=1):
        assert "资产编号" in text, f"column titles missing on page {number}"
        assert f"第 {number} 页 / 共 {pages} 页" in text
    everything = squash("".join(texts))
    for line in slip.lines:
        assert everything.count(line.asset_number) == 1
    last = squash(texts[-1])
    assert f"（大写）：人民币{amount_in_capitals(total_of(slip))}" in last
    assert all(f"{role}：" in last for role in ROLES)


def test_font_is_embedded(pdf_fonts: Callable) -> None:
    fonts = pdf_fonts(render_handover_slip(make_slip(3)))
    assert fonts
    assert all(CJK_FONT in name and embedded for name, embedded in fonts)


@pytest.mark.parametrize("kind", ["领用", "调拨", "归还", "移交"])
def test_every_kind_is_printed(kind: str, page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_handover_slip(make_slip(1, kind=kind)))[0])
    assert f"交接类型：{kind}" in flat


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="交接类型"):
        render_handover_slip(make_slip(1, kind="借用"))


def test_slip_without_assets_is_refused() -> None:
    with pytest.raises(ValueError, match="至少"):
        render_handover_slip(make_slip(0))
