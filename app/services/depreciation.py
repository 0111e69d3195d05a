"""Depreciation per 政府会计制度: monthly straight line, no residual value, per-category life.

The accumulated depreciation after m of N months is floor(value × m / N) fen, and the whole
value once m ≥ N: exact in integer fen, never above the value, and the last month takes the
remainder. The register's SQL (register_query) computes the same formula.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.settings import DEPRECIATION_NEXT_MONTH


@dataclass(frozen=True)
class Depreciation:
    """An asset's depreciation as of a date, in fen."""

    months: int  # months depreciated so far
    life_months: int | None  # None: the category does not depreciate
    accumulated_fen: int
    net_fen: int


def start_month(purchase: dt.date, rule: str) -> tuple[int, int]:
    """(year, month) of the first depreciated month under the settings' start rule."""
    if rule == DEPRECIATION_NEXT_MONTH:
        return (
            (purchase.year + 1, 1) if purchase.month == 12 else (purchase.year, purchase.month + 1)
        )
    return purchase.year, purchase.month


def months_elapsed(purchase: dt.date, as_of: dt.date, rule: str) -> int:
    """Whole months depreciated by the end of ``as_of``'s month (0 before the start month)."""
    year, month = start_month(purchase, rule)
    return max(0, (as_of.year - year) * 12 + (as_of.month - month) + 1)


def depreciation(
    value_fen: int,
    purchase: dt.date,
    life_years: int | None,
    depreciates: bool,
    as_of: dt.date,
    rule: str,
) -> Depreciation:
    """Accumulated depreciation and net value of one asset as of a date."""
    if not depreciates or not life_years:
        return Depreciation(0, None, 0, value_fen)
    life = life_years * 12
    months = min(months_elapsed(purchase, as_of, rule), life)
    accumulated = value_fen if months >= life else value_fen * months // life
    return Depreciation(months, life, accumulated, value_fen - accumulated)


def month_index_sql_offset(rule: str) -> int:
    """0 when depreciation starts in the purchase month, 1 when it starts the month after."""
    return 1 if rule == DEPRECIATION_NEXT_MONTH else 0
