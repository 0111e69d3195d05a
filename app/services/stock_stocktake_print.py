"""Printed stocktake forms: the 库存盘点表 to count on paper and the posted 盘点调整单."""

from __future__ import annotations

import datetime as dt

from app.models import StockDoc
from app.models.stock import DOC_STOCKTAKE
from app.money import from_fen
from app.reports.stocktake_form import (
    AdjustmentForm,
    AdjustmentLine,
    CountSheet,
    SheetLine,
    render_adjustment,
    render_count_sheet,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import load_settings
from app.services.stock_print import NO_SCHOOL
from app.services.stock_quantity import from_qty_m, mul_div_round
from app.services.stock_stocktake import CountRow, stocktake_lines


def _school() -> str:
    return load_settings().school_name or NO_SCHOOL


def list_stocktake_numbers() -> list[str]:
    """Every 盘点调整单 number, oldest first."""
    query = (
        StockDoc.select(StockDoc.number)
        .where(StockDoc.doc_type == DOC_STOCKTAKE)
        .order_by(StockDoc.date, StockDoc.id)
    )
    return [number for (number,) in query.tuples()]


def adjustment_form(number: str) -> AdjustmentForm:
    """The data printed on a posted 盘点调整单 (book = the balance before the adjustment)."""
    doc = StockDoc.get_or_none(
        (StockDoc.number == number.strip()) & (StockDoc.doc_type == DOC_STOCKTAKE)
    )
    if doc is None:
        raise NotFoundError(f"找不到盘点调整单 {number.strip()}。")
    lines = []
    for move, item in stocktake_lines(doc.id):
        book_m = move.balance_m - move.qty_m
        lines.append(
            AdjustmentLine(
                code=item.code,
                name=item.name,
                spec=item.spec,
                unit=item.unit.name,
                book=from_qty_m(book_m),
                counted=from_qty_m(move.balance_m),
                difference=from_qty_m(move.qty_m),
                unit_price=from_fen(mul_div_round(abs(move.value_fen), 1000, abs(move.qty_m))),
                amount=from_fen(move.value_fen),
            )
        )
    return AdjustmentForm(
        school_name=_school(),
        number=doc.number,
        date=doc.date,
        reason=doc.purpose,
        lines=lines,
        counted_by=doc.handled_by,
        supervised_by=doc.checked_by,
        keeper=doc.issued_by,
        approved_by=doc.approved_by,
        note=doc.note,
    )


def stocktake_pdf(number: str) -> bytes:
    """The 盘点调整单 as PDF."""
    return render_adjustment(adjustment_form(number))


def count_sheet_pdf(rows: list[CountRow], scope: str, date: dt.date | None = None) -> bytes:
    """The 库存盘点表 of the loaded items, with the book quantity and a blank 实盘 column."""
    if not rows:
        raise ValidationError("盘点表上没有物资：请换一个类别或货位。", "lines")
    sheet = CountSheet(
        school_name=_school(),
        date=date or dt.date.today(),
        scope=scope,
        lines=[
            SheetLine(row.shelf, row.code, row.name, row.spec, row.unit, from_qty_m(row.book_m))
            for row in rows
        ],
    )
    return render_count_sheet(sheet)
