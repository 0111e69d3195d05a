"""Gapless number series per year, allocated inside the transaction that posts the document."""

from __future__ import annotations

from app.db import database
from app.models import NumberSeries


def allocate(series: str, year: int) -> int:
    """Take the next number of ``series`` for ``year``; call inside the posting transaction."""
    if not database.in_transaction():
        raise RuntimeError("numbers must be allocated inside the posting transaction")
    NumberSeries.insert(series=series, year=year, last=0).on_conflict_ignore().execute()
    NumberSeries.update(last=NumberSeries.last + 1).where(
        (NumberSeries.series == series) & (NumberSeries.year == year)
    ).execute()
    return NumberSeries.get((NumberSeries.series == series) & (NumberSeries.year == year)).last


def document_number(prefix: str, year: int, seq: int, width: int = 4) -> str:
    """Format a document number such as JJ-2026-0001."""
    return f"{prefix}-{year}-{seq:0{width}d}"
