"""Tests for the 入库单: render it and read the printed text back."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

import pytest

from app.reports.receipt_form import (
    ACCEPTANCE_NOTE,
    REVERSAL_TITLE,
    ReceiptForm,
    ReceiptFormLine,
    render_receipt_form,
)

PageTexts = Callable[[bytes], list[str]]


def squash(text: str) -> str:
    """Drop all whitespace, so text wrapped inside a cell or spaced out still matches."""
    return "".join(text.split())


def make_form(count: int, **changes: object) -> ReceiptForm:
    """A receipt of `count` lines of washing powder in half kilos at 9.80."""
    lines = [
        ReceiptFormLine(
            code=f"QJ{i:04d}",
            name="洗衣粉",
            spec="立白 1.5kg/袋",
            unit="千克",
            quantity=Decimal(20) + Decimal(i) / 2,
            unit_price=Decimal("9.80"),
            amount=(Decimal("9.80") * (Decimal(20) + Decimal(i) / 2)).quantize(Decimal("0.01")),
        )
        for i in range(1, count + 1)
    ]
    form = ReceiptForm(
        school_name="阳光市第一中学",
        number="RK-2026-0031",
        date=datetime.date(2026, 3, 2),
        supplier="阳光市华联日用百货有限公司",
        invoice_no="26420000000012345678",
        lines=lines,
        handled_by="陈伟",
        checked_by="刘洋",
        keeper="李强",
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def test_receipt_prints_supplier_invoice_lines_and_capitals(page_texts: PageTexts) -> None:
    form = make_form(3)
    (text,) = page_texts(render_receipt_form(form))
    flat = squash(text)
    for expected in ["阳光市第一中学", "入库单", "No.RK-2026-0031", "日期：2026年3月2日"]:
        assert expected in flat
    assert "供应商：阳光市华联日用百货有限公司" in flat
    assert "发票号码：26420000000012345678" in flat
    assert "物资品种：3种" in flat
    # 20.5 + 21 + 21.5 = 63 kg × 9.80 = 617.40
    assert "QJ0001洗衣粉立白1.5kg/袋千克20.59.80200.90" in flat
    assert "合计617.40" in flat
    assert "合计金额（小写）：¥617.40" in flat
    assert "（大写）：人民币陆佰壹拾柒元肆角" in flat
    assert ACCEPTANCE_NOTE in flat


def test_buyer_checker_and_keeper_sign(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_receipt_form(make_form(2)))[0])
    assert "经手人：陈伟签字：" in flat
    assert "验收人：刘洋签字：" in flat
    assert "库管员：李强签字：" in flat
    assert flat.count("签字：") == 3


def test_note_is_printed_above_the_acceptance_rule(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_receipt_form(make_form(1, note="开学补货")))[0])
    assert f"备注：开学补货{ACCEPTANCE_NOTE}" in flat


def test_a_reversal_prints_negative_figures_without_capitals(page_texts: PageTexts) -> None:
    form = make_form(1, reversal=True, note="红字冲销入库单 RK-2026-0030，原因：数量录错")
    form.lines = [
        ReceiptFormLine(
            "QJ0001", "洗衣粉", "", "千克", Decimal("-20"), Decimal("9.80"), Decimal("-196.00")
        )
    ]
    flat = squash(page_texts(render_receipt_form(form))[0])
    assert squash(REVERSAL_TITLE) in flat
    assert "-20" in flat and "-196.00" in flat
    assert "合计-196.00" in flat
    assert "人民币" not in flat
    assert "红字冲销入库单RK-2026-0030" in flat


def test_long_receipt_spans_pages_and_signs_on_the_last(page_texts: PageTexts) -> None:
    texts = page_texts(render_receipt_form(make_form(70)))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {len(texts)} 页" in text
        assert "物资编码" in text
    assert "库管员：李强" in squash(texts[-1])


def test_receipt_without_lines_is_refused() -> None:
    with pytest.raises(ValueError, match="至少"):
        render_receipt_form(make_form(0))


def test_font_is_embedded(pdf_fonts: Callable) -> None:
    fonts = pdf_fonts(render_receipt_form(make_form(2)))
    assert fonts and all(embedded for _name, embedded in fonts)
