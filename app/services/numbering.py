"""Gapless number series per year, allocated inside the transaction that posts the document."""

from __future__ import annotations

from app.db import database
from app.models import NumberSeries


def allocate(series: str, year: int, count: int = 1) -> int:
    """Take the next ``count`` numbers of ``series`` for ``year`` and return the first.

    Call inside the posting transaction, so a rolled-back posting gives its numbers back.
    """
    if not database.in_transaction():
        raise RuntimeError("numbers must be allocated inside the posting transaction")
    NumberSeries.insert(series=series, year=year, last=0).on_conflict_ignore().execute()
    NumberSeries.update(last=NumberSeries.last + count).where(
        (NumberSeries.series == series) & (NumberSeries.year == year)
    ).execute()
    last = NumberSeries.get((NumberSeries.series == series) & (NumberSeries.year == year)).last
    return last - count + 1


def document_number(prefix: str, year: int, seq: int, width: int = 4) -> str:
    """Format a document number such as JJ-2026-0001."""
    return f"{prefix}-{year}-{seq:0{width}d}"
