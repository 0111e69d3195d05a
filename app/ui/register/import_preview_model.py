"""The import preview's table: one line per file row, its problems in red, lazily painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.io.values import cell_text
from app.money import format_yuan
from app.services.asset_import_resolve import ResolvedRow
from app.services.sheet_import import CheckedRow
from app.ui.row_model import Index, RowTableModel

_CONTEXT = "ImportPreviewModel"
COLUMNS: list[tuple[str, str]] = [
    ("line", QT_TRANSLATE_NOOP("ImportPreviewModel", "行号")),
    ("result", QT_TRANSLATE_NOOP("ImportPreviewModel", "检查结果")),
    ("remarks", QT_TRANSLATE_NOOP("ImportPreviewModel", "问题或说明")),
    ("number", QT_TRANSLATE_NOOP("ImportPreviewModel", "资产编号")),
    ("name", QT_TRANSLATE_NOOP("ImportPreviewModel", "资产名称")),
    ("category", QT_TRANSLATE_NOOP("ImportPreviewModel", "资产分类")),
    ("count", QT_TRANSLATE_NOOP("ImportPreviewModel", "件数")),
    ("value", QT_TRANSLATE_NOOP("ImportPreviewModel", "单价（元）")),
    ("purchase_date", QT_TRANSLATE_NOOP("ImportPreviewModel", "购置日期")),
    ("location", QT_TRANSLATE_NOOP("ImportPreviewModel", "存放地点")),
    ("custodian", QT_TRANSLATE_NOOP("ImportPreviewModel", "保管人")),
    ("department", QT_TRANSLATE_NOOP("ImportPreviewModel", "使用部门")),
]
_ERROR_BACKGROUND = QColor("#fdecea")
_ERROR_TEXT = QColor("#c62828")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def asset_text(row: ResolvedRow, key: str) -> str:
    """A cell of an asset ledger's preview row."""
    values = row.row.values
    if key == "number":
        if row.number:
            return row.number
        if row.ok:
            return QCoreApplication.translate("ImportPreviewModel", "（自动编号）")
        return cell_text(values.get("number"))
    if key == "category":
        return row.category or cell_text(values.get("category"))
    if key == "count":
        return str(row.count) if row.count else cell_text(values.get("quantity"))
    if key == "value":
        return format_yuan(row.unit_value) if row.unit_value is not None else ""
    return cell_text(values.get(key))


class ImportPreviewModel(RowTableModel):
    """Holds the preview's rows (plain CheckedRow objects); shows all or only the faulty ones.

    ``columns`` (key, title marked for the ImportPreviewModel context) and ``text`` (the cell
    text of a kind's own keys) fit it to an import kind; the asset register's are the default.
    """

    def __init__(
        self,
        parent: Any = None,
        columns: list[tuple[str, str]] | None = None,
        text: Callable[[Any, str], str] | None = None,
        right_aligned: tuple[str, ...] = ("count", "value"),
    ) -> None:
        super().__init__(parent)
        self._all: list[CheckedRow] = []
        self._errors_only = False
        self.columns = columns or COLUMNS
        self.keys = [key for key, _title in self.columns]
        self._kind_text = text or asset_text
        self._right = ("line", *right_aligned)

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [_tr(title) for _key, title in self.columns]

    @property
    def errors_only(self) -> bool:
        """Whether only rows with problems are shown."""
        return self._errors_only

    def set_rows(self, rows: list[CheckedRow]) -> None:
        """Show a new preview."""
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._visible()
        self.endResetModel()

    def set_errors_only(self, errors_only: bool) -> None:
        """Show only the rows with problems (True) or every row."""
        if errors_only == self._errors_only:
            return
        self.beginResetModel()
        self._errors_only = errors_only
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[CheckedRow]:
        return [row for row in self._all if not row.ok] if self._errors_only else list(self._all)

    def _text(self, row: CheckedRow, key: str) -> str:
        if key == "line":
            return str(row.row.line)
        if key == "result":
            return (
                QCoreApplication.translate("ImportPreviewModel", "可导入")
                if row.ok
                else QCoreApplication.translate("ImportPreviewModel", "有错误")
            )
        if key == "remarks":
            if row.ok:
                return "；".join(row.notes)
            return "；".join(
                f"{problem.column}：{problem.reason}" if problem.column else problem.reason
                for problem in row.all_problems
            )
        return self._kind_text(row, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        key = self.keys[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, key)
            if role == Qt.ItemDataRole.ToolTipRole and key in ("remarks", "result"):
                return "\n".join(str(problem) for problem in row.all_problems) or text
            return text
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return QBrush(_ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok and key in ("result", "remarks"):
            return QBrush(_ERROR_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self._right:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.UserRole:
            return row.row.line
        return None
