"""Read a ledger file (.xlsx, or CSV in any common Chinese encoding) into plain rows of cells."""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import HouqinError

# (done, total, text); raising from it stops the reading.
Progress = Callable[[int, int, str], None]

_ZIP_MAGIC = b"PK\x03\x04"
# An OLE compound file: a .xls/.et workbook, or an .xlsx saved with a password.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DELIMITERS = (",", "\t", ";", "|")
_PROGRESS_EVERY = 500


class LedgerFileError(HouqinError):
    """The file cannot be read as a ledger (missing, empty, damaged, an unsupported format)."""


@dataclass
class RawTable:
    """The cells of one sheet as read: strings from a CSV, typed values from a workbook."""

    rows: list[tuple[object, ...]]
    lines: list[int]  # the row number in the file (Excel row, CSV line) of each row
    kind: str  # "xlsx" or "csv"
    detail: str  # which sheet, which encoding — shown in the report

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(row) for row in self.rows), default=0)


def column_letter(index: int) -> str:
    """The spreadsheet name of a 0-based column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_table(path: Path, progress: Progress | None = None) -> RawTable:
    """Read the ledger at ``path``; the format is told by the content, not the file name."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise LedgerFileError(f"找不到文件：{path}") from None
    except IsADirectoryError:
        raise LedgerFileError(f"{path} 是一个文件夹，请选择台账文件。") from None
    except PermissionError:
        raise LedgerFileError(f"没有权限读取文件：{path}") from None
    if not head:
        raise LedgerFileError(f"文件是空的：{path.name}")
    if head.startswith(_OLE_MAGIC):
        raise LedgerFileError(
            f"{path.name} 是旧版 Excel（.xls/.et）或设有打开密码的文件，无法直接读取。"
            "请在 Excel 或 WPS 中去掉密码并“另存为”.xlsx 或 CSV 后再导入。"
        )
    if head.startswith(_ZIP_MAGIC):
        return _read_workbook(path, progress)
    return _read_csv(path, progress)


# --- workbooks ------------------------------------------------------------------------------


def _read_workbook(path: Path, progress: Progress | None) -> RawTable:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # A file object, not the path: openpyxl would refuse a workbook whose name is not .xlsx.
    with path.open("rb") as fh:
        try:
            with warnings.catch_warnings():
                # openpyxl warns about styles and extensions it ignores; not about the data.
                warnings.simplefilter("ignore")
                book = load_workbook(fh, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
            raise LedgerFileError(
                f"{path.name} 已损坏或不是 Excel 工作簿。请用 Excel 或 WPS 打开检查，另存为 .xlsx 后再导入。"
            ) from exc
        try:
            active = book.active
            sheets = [active, *book.worksheets] if active is not None else book.worksheets
            for sheet in sheets:
                if not hasattr(sheet, "iter_rows"):  # a chart sheet
                    continue
                table = _read_sheet(sheet, progress)
                if any(_has_value(row) for row in table.rows):
                    return table
        finally:
            book.close()
    raise LedgerFileError(f"{path.name} 的工作表都是空的。")


def _read_sheet(sheet, progress: Progress | None) -> RawTable:  # type: ignore[no-untyped-def]
    total = sheet.max_row or 0
    # A workbook written by another program may state a wrong size; read to the real end.
    sheet.reset_dimensions()
    rows: list[tuple[object, ...]] = []
    lines: list[int] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for number, row in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            rows.append(_trimmed(row))
            lines.append(number)
            if progress is not None and number % _PROGRESS_EVERY == 0:
                progress(number, max(total, number), "正在读取工作表…")
    return RawTable(rows, lines, "xlsx", f"工作表“{sheet.title}”")


# --- CSV ------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: a BOM decides, else UTF-8 if it fits, else GB18030 (which covers GBK)."""
    for bom, encoding, name in (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8（带 BOM）"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), name
            except UnicodeDecodeError as exc:
                raise LedgerFileError(f"文件以 {name} 标记开头，但内容无法按该编码读取。") from exc
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GBK/GB18030"
    except UnicodeDecodeError as exc:
        raise LedgerFileError(
            "无法识别文件的文字编码（既不是 UTF-8 也不是 GBK）。"
            "请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"
        ) from exc


def _sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines most consistently (comma when in doubt)."""
    sample = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in sample]
        score = sum(1 for count in counts if count) * (max(counts) if counts else 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, progress: Progress | None) -> RawTable:
    try:
        data = path.read_bytes()
    except PermissionError:
        raise LedgerFileError(f"没有权限读取文件：{path}") from None
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LedgerFileError(f"{path.name} 不是文本表格（CSV）也不是 .xlsx 工作簿，无法导入。")
    text, encoding = decode_text(data)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[object, ...]] = []
    lines: list[int] = []
    previous_end = 0
    try:
        for record in reader:
            rows.append(_trimmed(tuple(_unwrap(cell) for cell in record)))
            lines.append(previous_end + 1)
            previous_end = reader.line_num
            if progress is not None and len(rows) % _PROGRESS_EVERY == 0:
                progress(len(rows), 0, "正在读取 CSV…")
    except csv.Error as exc:
        raise LedgerFileError(f"CSV 文件第 {reader.line_num} 行格式有误：{exc}") from exc
    names = {",": "逗号", "\t": "制表符", ";": "分号", "|": "竖线"}
    return RawTable(rows, lines, "csv", f"{encoding} 编码，{names[delimiter]}分隔")


def _unwrap(cell: str) -> str:
    """Excel writes ="00123" to keep leading zeros in a CSV; the value is what is quoted."""
    if len(cell) >= 3 and cell.startswith('="') and cell.endswith('"'):
        return cell[2:-1]
    return cell


def _trimmed(row: tuple[object, ...]) -> tuple[object, ...]:
    """The row without its trailing empty cells."""
    end = len(row)
    while end and _is_empty(row[end - 1]):
        end -= 1
    return tuple(row[:end])


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_value(row: tuple[object, ...]) -> bool:
    return any(not _is_empty(value) for value in row)
