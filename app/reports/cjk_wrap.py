"""Line breaking for mixed Chinese and Latin text: between characters, never inside a number.

reportlab's ``wordWrap="CJK"`` cuts anywhere, so "2000×900×750mm" could print as "2000×90" over
"0×750mm". Here a line may end at a space, next to a Chinese character or after "/" or "×";
a run of Latin letters and digits is only cut when it alone is wider than the line. Chinese
line-start and line-end rules (no "，" or "）" at the start, no "（" or "¥" at the end) hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

# Punctuation that may not begin a line, and what may not end one.
CANNOT_START = ALL_CANNOT_START + "，。、：；？！）》」』】〉〗％…—·%"
CANNOT_END = ALL_CANNOT_END + "（《「『【〈〖“‘¥￥"
# After these a line may break even between Latin runs: "B2/303", "2000×900".
BREAK_AFTER = "/×"
# Used only when nothing better is on the line: hyphenated codes like "JJ-2026-0004".
WEAK_BREAK_AFTER = "-_.,:;"

NONE, WEAK, SOFT = 0, 1, 2


def is_wide(char: str) -> bool:
    """Chinese characters, fullwidth forms and CJK punctuation: a line may break beside them."""
    return ord(char) >= 0x2E80


def opportunity(before: str, after: str) -> int:
    """How good a line break between ``before`` and ``after`` is: NONE, WEAK or SOFT."""
    if not before or not after or after.isspace() or after in CANNOT_START:
        return NONE
    if before in CANNOT_END:
        return NONE
    if before.isspace() or is_wide(before) or is_wide(after) or before in BREAK_AFTER:
        return SOFT
    if before in WEAK_BREAK_AFTER:
        return WEAK
    return NONE


def break_lines(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    forced: Sequence[bool] | None = None,
) -> list[tuple[int, int]]:
    """Split characters into lines that fit; (start, end) index pairs, trailing spaces kept.

    ``forced`` marks line-break glyphs (a <br/>), which end their line.
    """
    forced = forced or [False] * len(chars)
    lines: list[tuple[int, int]] = []
    start, count = 0, len(chars)
    while start < count:
        while start < count and chars[start].isspace() and not forced[start]:
            start += 1
        if start >= count:
            break
        limit = max_widths[min(len(lines), len(max_widths) - 1)] + _FUZZ
        width, soft, weak, end = 0.0, 0, 0, count
        for index in range(start, count):
            if forced[index]:
                end = index + 1
                break
            if index > start:
                kind = opportunity(chars[index - 1], chars[index])
                soft = index if kind == SOFT else soft
                weak = index if kind == WEAK else weak
            width += widths[index]
            if width > limit and index > start and not chars[index].isspace():
                end = soft or weak or _hard_break(chars, start, index)
                break
        lines.append((start, end))
        start = end
    return lines


def _hard_break(chars: Sequence[str], start: int, index: int) -> int:
    """Cut before ``index``; a character that may not start a line takes its neighbour along."""
    if chars[index] in CANNOT_START and index - 1 > start:
        return index - 1
    return index


class CJKParagraph(Paragraph):
    """A Paragraph whose CJK word wrap breaks by ``break_lines`` instead of anywhere."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        """Lay the glyphs out in lines with the rules above."""
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara  # the second half of a split paragraph keeps its lines
        glyphs: list[cjkU] = []
        for frag in self.frags:
            text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
            glyphs += (
                [cjkU(char, frag, "utf8") for char in text] if text else [cjkU("", frag, "utf8")]
            )
        if not glyphs:
            style = self.style
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        autoleading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        bounds = autoleading not in ("", "off")
        forced = [hasattr(glyph.frag, "lineBreak") for glyph in glyphs]
        spans = break_lines(glyphs, [glyph.width for glyph in glyphs], maxWidths, forced)
        lines = []
        for number, (start, end) in enumerate(spans):
            width = maxWidths[min(number, len(maxWidths) - 1)]
            shown = end
            while shown > start and glyphs[shown - 1].isspace():
                shown -= 1  # a space ending the line takes no room (right or centred text)
            used = sum(glyph.width for glyph in glyphs[start:shown])
            lines.append(
                makeCJKParaLine(
                    glyphs[start:shown] or glyphs[start:end],
                    width,
                    used,
                    width - used,
                    forced[end - 1],
                    bounds,
                )
            )
        return ParaLines(kind=1, lines=lines)
