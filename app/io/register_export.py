"""Write the register as an .xlsx workbook: one header row, typed cells, ready to filter and sum."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.errors import HouqinError

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
QUANTITY_FORMAT = "#,##0.###"  # 12 or 2.5 千克, up to the three decimals stock keeps
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E4E4E4")
_PROGRESS_EVERY = 500


class ExportFileError(HouqinError):
    """The workbook cannot be saved where the user asked (no folder, no permission, file open)."""


@dataclass(frozen=True)
class Column:
    """One column of the workbook."""

    title: str
    kind: str  # text | int | quantity | money | date
    width: int = 12


def write_workbook(
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    sheet_title: str,
    total: int = 0,
    progress: Callable[[int, int, str], None] | None = None,
) -> bytes:
    """The rows as .xlsx bytes: money as numbers with two decimals, dates as dates, text as text."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(total, 1) + 1}"
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
        header.append(cell)
    sheet.append(header)
    out = io.BytesIO()
    try:
        for done, row in enumerate(rows, start=1):
            sheet.append([_cell(sheet, c, value) for c, value in zip(columns, row, strict=True)])
            if progress is not None and done % _PROGRESS_EVERY == 0:
                progress(done, total, "正在写入工作簿…")
    finally:
        # Saving also closes the sheet's writer and removes its temporary file, after a
        # failure (or a cancel raised from ``progress``) too; the bytes are then dropped.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book.save(out)
    return out.getvalue()


def _cell(sheet, column: Column, value: object) -> object:  # type: ignore[no-untyped-def]
    if value is None or value == "":
        return None
    if column.kind == "money":
        if not isinstance(value, Decimal):
            raise TypeError(f"金额列“{column.title}”需要 Decimal，得到 {type(value).__name__}")
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = MONEY_FORMAT
        return cell
    if column.kind == "date":
        if not isinstance(value, dt.date):
            raise TypeError(f"日期列“{column.title}”需要日期，得到 {type(value).__name__}")
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell
    if column.kind == "int":
        return int(value)  # type: ignore[call-overload]
    if column.kind == "quantity":
        if not isinstance(value, Decimal):
            raise TypeError(f"数量列“{column.title}”需要 Decimal，得到 {type(value).__name__}")
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = QUANTITY_FORMAT
        return cell
    text = str(value)
    if text.startswith("="):
        # openpyxl would store "=…" as a formula; a ledger's text must stay text.
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"
        return cell
    return text


def save_file(path: Path, data: bytes) -> None:
    """Write through a temporary file beside the target: never half a workbook, even on failure."""
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".houqin-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportFileError(_save_message(exc, path)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportFileError(_save_message(exc, path)) from exc
        raise


def _save_message(exc: OSError, path: Path) -> str:
    reasons = {
        errno.ENOENT: "所在的文件夹不存在",
        errno.EACCES: "没有写入权限，或文件正被 Excel/WPS 打开",
        errno.EPERM: "没有写入权限，或文件正被 Excel/WPS 打开",
        errno.ENOSPC: "磁盘空间不足",
        errno.EROFS: "位于只读的磁盘上",
    }
    return f"无法保存文件 {path}：{reasons.get(exc.errno or 0, exc.strerror or str(exc))}。"
