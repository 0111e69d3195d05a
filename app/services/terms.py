"""School terms (学期) by the national calendar: 第一学期 September–January, 第二学期 February–June.

A school year starts in September, so "2025-2026学年第一学期" runs from 2025-09-01 to 2026-01-31
and "2025-2026学年第二学期" from 2026-02-01 to 2026-06-30; July and August are the summer holiday
and belong to no term. Reports take a Period: a term, or any date range the user picks.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from app.services.errors import ValidationError

FIRST = 1
SECOND = 2
_HALF_NAMES = {FIRST: "第一学期", SECOND: "第二学期"}
_HALF_DIGITS = {"1": FIRST, "2": SECOND, "一": FIRST, "二": SECOND, "上": FIRST, "下": SECOND}
# "2025-2026学年第一学期", "2025-2026-1", "2025—2026 学年 第2学期", "2025-2026上"
_TERM_TEXT = re.compile(
    r"(?P<y1>\d{4})\s*[-–—~至]\s*(?P<y2>\d{4})\s*(?:学年)?\s*[-–—]?\s*"
    r"(?:第\s*(?P<n>[12一二])\s*学期|(?P<d>[12])|(?P<h>[上下])(?:学期)?)"
)
EARLIEST_YEAR = 1950


@dataclass(frozen=True, order=True)
class Period:
    """A closed date range with the words reports print for it."""

    start: dt.date
    end: dt.date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                f"结束日期 {self.end.isoformat()} 早于开始日期 {self.start.isoformat()}。", "end"
            )

    @property
    def title(self) -> str:
        """The label, or the range written out (2026年2月1日至2026年6月30日)."""
        return self.label or f"{_cn(self.start)}至{_cn(self.end)}"

    @property
    def days(self) -> int:
        """How many days the period covers, both ends included."""
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls inside the period."""
        return self.start <= day <= self.end


@dataclass(frozen=True, order=True)
class Term:
    """One term of a school year; ``year`` is the calendar year in which the school year starts."""

    year: int
    half: int

    def __post_init__(self) -> None:
        if self.half not in _HALF_NAMES:
            raise ValueError(f"学期只能是第一或第二学期，不是 {self.half}")

    @property
    def name(self) -> str:
        """2025-2026学年第一学期."""
        return f"{self.year}-{self.year + 1}学年{_HALF_NAMES[self.half]}"

    @property
    def key(self) -> str:
        """The short form the command line accepts: 2025-2026-1."""
        return f"{self.year}-{self.year + 1}-{self.half}"

    @property
    def start(self) -> dt.date:
        """The first day: 1 September or 1 February."""
        return dt.date(self.year, 9, 1) if self.half == FIRST else dt.date(self.year + 1, 2, 1)

    @property
    def end(self) -> dt.date:
        """The last day: 31 January or 30 June."""
        return (
            dt.date(self.year + 1, 1, 31) if self.half == FIRST else dt.date(self.year + 1, 6, 30)
        )

    def period(self) -> Period:
        """The term as a report period, labelled with its name."""
        return Period(self.start, self.end, self.name)

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` is a day of this term."""
        return self.start <= day <= self.end

    def previous(self) -> Term:
        """The term before this one."""
        return Term(self.year, FIRST) if self.half == SECOND else Term(self.year - 1, SECOND)

    def next(self) -> Term:
        """The term after this one."""
        return Term(self.year, SECOND) if self.half == FIRST else Term(self.year + 1, FIRST)


def term_containing(day: dt.date) -> Term | None:
    """The term ``day`` belongs to, or None in the summer holiday (July and August)."""
    if day.month >= 9:
        return Term(day.year, FIRST)
    if day.month == 1:
        return Term(day.year - 1, FIRST)
    if day.month <= 6:
        return Term(day.year - 1, SECOND)
    return None


def describe_day(day: dt.date) -> str:
    """What part of the school year a day is in: a term's name, or the summer holiday."""
    term = term_containing(day)
    return term.name if term is not None else f"{day.year}年暑假"


def last_completed_term(day: dt.date) -> Term:
    """The latest term that ended before ``day`` (the basis of the next term's supply plan)."""
    term = term_containing(day)
    if term is None:  # summer: the second term has just ended
        return Term(day.year - 1, SECOND)
    return term.previous()


def upcoming_term(day: dt.date) -> Term:
    """The next term to start after ``day`` (the term a supply plan made on ``day`` is for)."""
    term = term_containing(day)
    if term is None:
        return Term(day.year, FIRST)
    return term.next()


def recent_terms(day: dt.date, count: int = 6) -> list[Term]:
    """The term of ``day`` (or the one just ended) and those before it, newest first."""
    term = term_containing(day) or last_completed_term(day)
    terms = []
    for _ in range(count):
        terms.append(term)
        term = term.previous()
    return terms


def parse_term(text: str) -> Term:
    """Read a term the way people write it: 2025-2026学年第一学期, 2025-2026-1, 2025-2026上."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _TERM_TEXT.fullmatch(cleaned)
    if match is None:
        raise ValidationError(
            f"学期“{text.strip()}”无法识别，请写成“2025-2026学年第一学期”或“2025-2026-1”。",
            "term",
        )
    first, second = int(match["y1"]), int(match["y2"])
    if second != first + 1:
        raise ValidationError(f"学年“{first}-{second}”不对：后一个年份应为 {first + 1}。", "term")
    if not EARLIEST_YEAR <= first <= 9998:
        raise ValidationError(f"学年“{first}-{second}”超出范围。", "term")
    half = _HALF_DIGITS[match["n"] or match["d"] or match["h"]]
    return Term(first, half)


def parse_date(text: str, field: str = "date") -> dt.date:
    """A date typed as 2026-03-05, 2026/3/5, 20260305 or 2026年3月5日."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = re.fullmatch(
        r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{4})(\d{2})(\d{2})", cleaned
    )
    if match is None:
        raise ValidationError(f"日期“{text.strip()}”无法识别，请写成 2026-03-05。", field)
    parts = [int(p) for p in match.groups() if p is not None]
    year, month, day = parts
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(max(year, 1), month)[1]:
        raise ValidationError(f"日期“{text.strip()}”不存在。", field)
    if year < EARLIEST_YEAR:
        raise ValidationError(f"日期“{text.strip()}”太早。", field)
    return dt.date(year, month, day)


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
