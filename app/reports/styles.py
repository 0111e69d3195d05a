"""Paragraph styles and text helpers in the embedded CJK font, shared by every form."""

from __future__ import annotations

import datetime
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.reports.cjk_wrap import CJKParagraph
from app.reports.fonts import register_cjk_font

Align = Literal["left", "center", "right"]
_ALIGNMENT = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def cjk_style(
    size: float = 9, align: Align = "left", leading: float | None = None
) -> ParagraphStyle:
    """A paragraph style in the embedded CJK font, wrapped by Chinese line-breaking rules."""
    return ParagraphStyle(
        f"cjk-{size}-{align}",
        fontName=register_cjk_font(),
        fontSize=size,
        leading=leading or size * 1.35,
        alignment=_ALIGNMENT[align],
        wordWrap="CJK",
    )


def para(text: str, style: ParagraphStyle) -> CJKParagraph:
    """A paragraph of plain text: markup escaped, newlines kept, never cut inside a number."""
    return CJKParagraph(escape(text).replace("\n", "<br/>"), style)


def format_date(day: datetime.date) -> str:
    """Dates the way Chinese forms print them: 2026年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"
