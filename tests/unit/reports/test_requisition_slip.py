"""Tests for the 物资领用单: one copy on a page, or 存根联 and 领用联 on one sheet."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.money import amount_in_capitals
from app.reports.requisition_slip import (
    COPY_LABELS,
    NOT_ISSUED_NOTE,
    RequisitionSlip,
    RequisitionSlipLine,
    format_quantity,
    render_requisition_slip,
)

PageTexts = Callable[[bytes], list[str]]
TITLES = [
    "序号",
    "物资编码",
    "物资名称",
    "规格型号",
    "单位",
    "请领数量",
    "实发数量",
    "单价（元）",
    "金额（元）",
]


def squash(text: str) -> str:
    """Drop all whitespace, so text wrapped inside a cell or spaced out still matches."""
    return "".join(text.split())


def make_slip(count: int, *, issued: bool = True, **changes: object) -> RequisitionSlip:
    """A slip of `count` lines: paper at 23.50 a pack, the last line issued short."""
    lines = []
    for i in range(1, count + 1):
        requested = Decimal(i + 4)
        given = requested - (1 if i == count and count > 1 else 0)
        lines.append(
            RequisitionSlipLine(
                code=f"BG{i:04d}",
                name="A4复印纸",
                spec="70g 500张/包",
                unit="包",
                requested=requested,
                issued=given if issued else None,
                unit_price=Decimal("23.50") if issued else None,
                amount=Decimal("23.50") * given if issued else None,
            )
        )
    slip = RequisitionSlip(
        school_name="阳光市第一中学",
        number="LY-2026-0012",
        date=datetime.date(2026, 3, 5),
        department="语文组",
        requester="王芳",
        purpose="期中考试试卷印制",
        lines=lines,
        issued_by="李强" if issued else "",
        approved_by="张敏",
    )
    for name, value in changes.items():
        setattr(slip, name, value)
    return slip


def total(slip: RequisitionSlip) -> Decimal:
    return sum((line.amount or Decimal(0) for line in slip.lines), Decimal(0))


def test_issued_slip_prints_header_lines_and_total_in_capitals(page_texts: PageTexts) -> None:
    slip = make_slip(3)
    (text,) = page_texts(render_requisition_slip(slip))
    flat = squash(text)
    for expected in ["阳光市第一中学", "物资领用单", "No.LY-2026-0012", "日期：2026年3月5日"]:
        assert expected in flat
    for expected in ["领用部门：语文组", "领用人：王芳", "用途：期中考试试卷印制", "物资品种：3种"]:
        assert expected in flat
    assert all(title in flat for title in TITLES)
    assert total(slip) == Decimal("399.50")
    assert "合计399.50" in flat
    assert "合计金额（小写）：¥399.50" in flat
    assert f"（大写）：人民币{amount_in_capitals(Decimal('399.50'))}" in flat
    assert "人民币叁佰玖拾玖元伍角" in flat
    assert NOT_ISSUED_NOTE not in flat
    assert "第 1 页 / 共 1 页" in text


def test_requested_and_issued_quantities_differ_when_issued_short(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_requisition_slip(make_slip(3)))[0])
    # Line 3 asked for 7 packs and got 6: 6 × 23.50 = 141.00.
    assert "BG0003A4复印纸70g500张/包包7623.50141.00" in flat


def test_four_roles_sign_with_known_names_preprinted(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_requisition_slip(make_slip(2)))[0])
    assert "领用人：王芳签字：" in flat
    assert "发放人（库管员）：李强签字：" in flat
    assert "审批人：张敏签字：" in flat
    assert "部门负责人：签字：" in flat
    assert flat.count("签字：") == 4


def test_a_slip_not_yet_issued_leaves_issue_and_money_blank(page_texts: PageTexts) -> None:
    slip = make_slip(2, issued=False, state="已批准（未发放）")
    flat = squash(page_texts(render_requisition_slip(slip))[0])
    assert NOT_ISSUED_NOTE in flat
    assert "单据状态：已批准（未发放）" in flat
    assert "合计金额" not in flat
    assert "23.50" not in flat
    assert "BG0002A4复印纸70g500张/包包6" in flat


def test_two_copies_share_one_sheet(page_texts: PageTexts) -> None:
    pdf = render_requisition_slip(make_slip(4), two_copies=True)
    (text,) = page_texts(pdf)
    flat = squash(text)
    assert flat.count("物资领用单") == 2
    assert flat.count("No.LY-2026-0012") == 2
    assert flat.count("BG0004") == 2
    assert flat.count("人民币") == 2
    for label in COPY_LABELS:
        assert squash(label) in flat
    assert "沿此线裁开" in flat
    assert flat.count("签字") == 0  # the half sheet signs on ruled lines, one row of roles
    assert flat.count("发放人（库管员）：李强") == 2
    assert flat.count("审批人：张敏") == 2
    assert flat.count("部门负责人：") == 2
    assert flat.count("领用人：王芳") == 4  # in each copy's header and on its signature line
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_two_copies_of_a_long_slip_are_full_pages_numbered_per_copy(
    page_texts: PageTexts,
) -> None:
    texts = page_texts(render_requisition_slip(make_slip(40), two_copies=True))
    assert len(texts) >= 4
    flats = [squash(t) for t in texts]
    half = len(texts) // 2
    first, second = flats[:half], flats[half:]
    assert all(squash(COPY_LABELS[0]) in page for page in first)
    assert all(squash(COPY_LABELS[1]) in page for page in second)
    for pages in (texts[:half], texts[half:]):
        for number, text in enumerate(pages, start=1):
            assert f"第 {number} 页 / 共 {half} 页" in text
    assert "物资领用单（续）" not in first[0] and "物资领用单（续）" not in second[0]
    assert "物资领用单（续）" in first[1] and "物资领用单（续）" in second[1]
    for pages in (first, second):
        joined = "".join(pages)
        assert all(joined.count(f"BG{i:04d}") == 1 for i in range(1, 41))
        assert "部门负责人：" in pages[-1] and "BG0040" in pages[-1]


def test_one_copy_is_the_default(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_requisition_slip(make_slip(2)))[0])
    assert flat.count("物资领用单") == 1
    assert squash(COPY_LABELS[0]) not in flat


def test_font_is_embedded_in_both_layouts(pdf_fonts: Callable) -> None:
    for two in (False, True):
        fonts = pdf_fonts(render_requisition_slip(make_slip(2), two_copies=two))
        assert fonts and all(embedded for _name, embedded in fonts)


def test_rendering_is_deterministic() -> None:
    slip = make_slip(3)
    assert render_requisition_slip(slip, two_copies=True) == render_requisition_slip(
        slip, two_copies=True
    )


def test_slip_without_lines_is_refused() -> None:
    with pytest.raises(ValueError, match="至少"):
        render_requisition_slip(make_slip(0))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("12.000"), "12"),
        (Decimal("2.500"), "2.5"),
        (Decimal("1200"), "1,200"),
        (Decimal("0.125"), "0.125"),
        (Decimal("0"), "0"),
    ],
)
def test_quantities_print_without_trailing_zeros(value: Decimal, text: str) -> None:
    assert format_quantity(value) == text
