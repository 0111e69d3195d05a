"""Monthly straight-line depreciation in exact fen."""

from __future__ import annotations

import datetime as dt

from app.services.depreciation import depreciation, months_elapsed
from app.services.settings import DEPRECIATION_NEXT_MONTH, DEPRECIATION_SAME_MONTH

BOUGHT = dt.date(2024, 9, 15)


def test_next_month_rule_starts_the_month_after_purchase():
    assert months_elapsed(BOUGHT, dt.date(2024, 9, 30), DEPRECIATION_NEXT_MONTH) == 0
    assert months_elapsed(BOUGHT, dt.date(2024, 10, 1), DEPRECIATION_NEXT_MONTH) == 1
    assert months_elapsed(BOUGHT, dt.date(2025, 9, 1), DEPRECIATION_NEXT_MONTH) == 12


def test_same_month_rule_counts_the_purchase_month():
    assert months_elapsed(BOUGHT, dt.date(2024, 9, 30), DEPRECIATION_SAME_MONTH) == 1


def test_december_purchase_starts_in_january():
    assert months_elapsed(dt.date(2024, 12, 3), dt.date(2025, 1, 31), DEPRECIATION_NEXT_MONTH) == 1


def test_a_computer_over_six_years():
    # 4,999.00 over 72 months: 69.43 a month, the remainder in the last month
    first = depreciation(499900, BOUGHT, 6, True, dt.date(2024, 10, 31), DEPRECIATION_NEXT_MONTH)
    assert (first.months, first.accumulated_fen, first.net_fen) == (1, 6943, 492957)
    year = depreciation(499900, BOUGHT, 6, True, dt.date(2025, 9, 30), DEPRECIATION_NEXT_MONTH)
    assert year.accumulated_fen == 499900 * 12 // 72
    done = depreciation(499900, BOUGHT, 6, True, dt.date(2030, 9, 30), DEPRECIATION_NEXT_MONTH)
    assert (done.months, done.accumulated_fen, done.net_fen) == (72, 499900, 0)
    later = depreciation(499900, BOUGHT, 6, True, dt.date(2040, 1, 1), DEPRECIATION_NEXT_MONTH)
    assert later.net_fen == 0


def test_books_and_relics_never_depreciate():
    d = depreciation(120000, BOUGHT, None, False, dt.date(2030, 1, 1), DEPRECIATION_NEXT_MONTH)
    assert (d.accumulated_fen, d.net_fen, d.life_months) == (0, 120000, None)
