"""School terms: which term a day is in, the terms around it, and reading terms and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.errors import ValidationError
from app.services.terms import (
    FIRST,
    SECOND,
    Period,
    Term,
    describe_day,
    last_completed_term,
    parse_date,
    parse_term,
    recent_terms,
    term_containing,
    upcoming_term,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2025, 9, 1), Term(2025, FIRST)),
        (D(2025, 12, 31), Term(2025, FIRST)),
        (D(2026, 1, 31), Term(2025, FIRST)),
        (D(2026, 2, 1), Term(2025, SECOND)),
        (D(2026, 6, 30), Term(2025, SECOND)),
        (D(2026, 7, 1), None),
        (D(2026, 8, 31), None),
    ],
)
def test_term_containing_follows_the_national_calendar(day, expected):
    assert term_containing(day) == expected


def test_a_term_has_its_name_key_and_dates():
    first, second = Term(2025, FIRST), Term(2025, SECOND)
    assert first.name == "2025-2026学年第一学期"
    assert second.name == "2025-2026学年第二学期"
    assert first.key == "2025-2026-1"
    assert (first.start, first.end) == (D(2025, 9, 1), D(2026, 1, 31))
    assert (second.start, second.end) == (D(2026, 2, 1), D(2026, 6, 30))
    assert first.period() == Period(D(2025, 9, 1), D(2026, 1, 31), "2025-2026学年第一学期")


def test_terms_chain_backwards_and_forwards():
    term = Term(2025, FIRST)
    assert term.previous() == Term(2024, SECOND)
    assert term.next() == Term(2025, SECOND)
    assert term.next().next() == Term(2026, FIRST)
    assert term.previous().next() == term
    with pytest.raises(ValueError, match="学期"):
        Term(2025, 3)


@pytest.mark.parametrize(
    ("day", "last", "upcoming"),
    [
        (D(2026, 7, 15), Term(2025, SECOND), Term(2026, FIRST)),  # summer
        (D(2026, 11, 26), Term(2025, SECOND), Term(2026, SECOND)),  # during the first term
        (D(2026, 3, 10), Term(2025, FIRST), Term(2026, FIRST)),  # during the second term
        (D(2026, 9, 1), Term(2025, SECOND), Term(2026, SECOND)),
    ],
)
def test_last_completed_and_upcoming_terms(day, last, upcoming):
    assert last_completed_term(day) == last
    assert last.end < day
    assert upcoming_term(day) == upcoming
    assert upcoming.start > day


def test_recent_terms_are_newest_first_without_gaps():
    terms = recent_terms(D(2026, 3, 10), 4)
    assert [t.key for t in terms] == ["2025-2026-2", "2025-2026-1", "2024-2025-2", "2024-2025-1"]
    assert recent_terms(D(2026, 8, 1), 1) == [Term(2025, SECOND)]


def test_describe_day_names_the_summer_holiday():
    assert describe_day(D(2026, 8, 1)) == "2026年暑假"
    assert describe_day(D(2026, 10, 1)) == "2026-2027学年第一学期"


@pytest.mark.parametrize(
    "text",
    [
        "2025-2026学年第一学期",
        "2025-2026-1",
        "2025—2026 学年 第1学期",
        "２０２５－２０２６－１",
        "2025-2026上",
        "2025-2026上学期",
    ],
)
def test_parse_term_accepts_the_ways_people_write_it(text):
    assert parse_term(text) == Term(2025, FIRST)


def test_parse_term_reads_the_second_term():
    assert parse_term("2025-2026学年第二学期") == Term(2025, SECOND)
    assert parse_term(" 2025-2026-2 ") == Term(2025, SECOND)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "无法识别"),
        ("第一学期", "无法识别"),
        ("2025-2026-3", "无法识别"),
        ("2025-2027-1", "后一个年份应为 2026"),
        ("1900-1901-1", "超出范围"),
    ],
)
def test_parse_term_refuses_what_it_cannot_read(text, message):
    with pytest.raises(ValidationError, match=message) as caught:
        parse_term(text)
    assert caught.value.field == "term"


@pytest.mark.parametrize(
    "text",
    ["2026-03-05", "2026/3/5", "2026.03.05", "20260305", "2026年3月5日", "２０２６-０３-０５"],
)
def test_parse_date_accepts_common_forms(text):
    assert parse_date(text) == D(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "不存在"),
        ("2026-13-01", "不存在"),
        ("明天", "无法识别"),
        ("1900-01-01", "太早"),
    ],
)
def test_parse_date_refuses_bad_dates(text, message):
    with pytest.raises(ValidationError, match=message) as caught:
        parse_date(text, "start")
    assert caught.value.field == "start"


def test_a_period_knows_its_days_and_title():
    period = Period(D(2026, 2, 1), D(2026, 2, 28))
    assert period.days == 28
    assert period.title == "2026年2月1日至2026年2月28日"
    assert period.contains(D(2026, 2, 28)) and not period.contains(D(2026, 3, 1))
    assert Term(2025, SECOND).period().title == "2025-2026学年第二学期"
    with pytest.raises(ValidationError) as caught:
        Period(D(2026, 3, 1), D(2026, 2, 1))
    assert caught.value.field == "end"
