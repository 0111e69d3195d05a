"""Tests for the printed 物资明细账: opening balance, one row per move, totals, closing balance."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from decimal import Decimal

from pypdf import PdfReader

from app.reports.stock_ledger_report import ItemLedger, LedgerEntry, render_item_ledger

PageTexts = Callable[[bytes], list[str]]
D = datetime.date


def squash(text: str) -> str:
    """Drop all whitespace, so text wrapped inside a cell or spaced out still matches."""
    return "".join(text.split())


def make_ledger(entries: list[LedgerEntry]) -> ItemLedger:
    return ItemLedger(
        school_name="阳光市第一中学",
        code="BG0001",
        name="A4复印纸",
        spec="70g 500张/包",
        unit="包",
        category="办公用品",
        shelf="A-01",
        reorder_level=Decimal("10"),
        start=D(2026, 2, 1),
        end=D(2026, 6, 30),
        opening=Decimal("40"),
        opening_value=Decimal("940.00"),
        entries=entries,
        printed_on=D(2026, 7, 1),
        keeper="李强",
    )


def entries() -> list[LedgerEntry]:
    return [
        LedgerEntry(
            D(2026, 3, 2),
            "RK-2026-0001",
            "入库 华联",
            Decimal(60),
            Decimal("1410.00"),
            Decimal(100),
            Decimal("2350.00"),
        ),
        LedgerEntry(
            D(2026, 3, 5),
            "LY-2026-0003",
            "领用 语文组 王芳",
            Decimal(-12),
            Decimal("-282.00"),
            Decimal(88),
            Decimal("2068.00"),
            incoming=False,
        ),
        LedgerEntry(
            D(2026, 3, 9),
            "TK-2026-0001",
            "退库 语文组 王芳",
            Decimal(2),
            Decimal("47.00"),
            Decimal(90),
            Decimal("2115.00"),
            incoming=False,
        ),
    ]


def test_ledger_prints_item_header_opening_moves_and_closing(page_texts: PageTexts) -> None:
    (text,) = page_texts(render_item_ledger(make_ledger(entries())))
    flat = squash(text)
    for expected in [
        "物资明细账",
        "No.BG0001",
        "物资名称：A4复印纸",
        "最低库存：10包",
        "账页期间：2026-02-01至2026-06-30",
        "库管员：李强",
    ]:
        assert expected in flat
    assert "2026-02-01期初结存40940.00" in flat
    assert "2026-03-02RK-2026-0001入库华联601,410.001002,350.00" in flat
    assert "2026-03-05LY-2026-0003领用语文组王芳12282.00882,068.00" in flat
    # A return is written as a negative issue.
    assert "2026-03-09TK-2026-0001退库语文组王芳-2-47.00902,115.00" in flat
    assert "本期合计共3笔601,410.0010235.00902,115.00" in flat


def test_a_period_without_moves_still_shows_the_balance(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_item_ledger(make_ledger([])))[0])
    assert "期初结存40940.00" in flat
    assert "本期合计共0笔00.0000.0040940.00" in flat


def test_ledger_is_landscape_and_long_ones_page(page_texts: PageTexts) -> None:
    many = entries() * 30
    pdf = render_item_ledger(make_ledger(many))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert box.width > box.height
    texts = page_texts(pdf)
    assert len(texts) > 2
    assert all("结存金额" in t for t in texts)
    assert "物资明细账（续）" in squash(texts[1])
