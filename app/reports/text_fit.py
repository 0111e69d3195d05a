"""Fit text into a box drawn straight on the canvas: wrap between any two characters, cut with …"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

ELLIPSIS = "…"


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, remembered (reportlab measures TrueType in pure Python,
    and a ledger repeats its names, rooms and people thousands of times)."""
    return pdfmetrics.stringWidth(text, font, size)


# Chinese typesetting never starts a line with closing punctuation (避头点).
_NO_LINE_START = set("）】》」』、，。；：？！,.;:?!)]%")
# …nor ends one with opening punctuation (避尾点).
_NO_LINE_END = set("（【《「『([")


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width`` points; the last ends in … if cut.

    Chinese wraps between any two characters; a run of Latin letters and digits is kept
    together when it fits on a line of its own, as word processors do.
    """
    text = " ".join(text.split())
    if not text or max_lines < 1:
        return []
    if text_width(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(ellipsize(rest, font, size, width))
            break
        cut = _break_at(rest, font, size, width)
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return lines


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` if it fits in ``width`` points, else its longest head that fits followed by …"""
    if text_width(text, font, size) <= width:
        return text
    room = width - text_width(ELLIPSIS, font, size)
    cut = _fitting_length(text, font, size, room)
    return text[:cut].rstrip() + ELLIPSIS


def shrink_to_fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest font size from ``size`` down to ``smallest`` at which ``text`` fits ``width``."""
    natural = text_width(text, font, size)
    if natural <= width or natural == 0:
        return size
    return max(smallest, size * width / natural)


def _fitting_length(text: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``text`` fit in ``width`` points (binary search)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _break_at(text: str, font: str, size: float, width: float) -> int:
    """Where the first line of ``text`` ends: at least one character, never inside a Latin word
    that would fit whole on the next line."""
    cut = max(1, _fitting_length(text, font, size, width))
    if cut >= len(text):
        return cut
    kept = cut
    while kept > 1 and (text[kept] in _NO_LINE_START or text[kept - 1] in _NO_LINE_END):
        kept -= 1
    if kept < cut:
        return kept
    start = cut
    while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    if 0 < start < cut:
        return start
    return cut


def _is_word_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "-_./")
