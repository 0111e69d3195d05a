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
# The reason comes right after the row and its name, so it shows without scrolling sideways.
COLUMNS: list[tuple[str, str]] = [
    ("line", QT_TRANSLATE_NOOP("ImportPreviewModel", "行号")),
    ("name", QT_TRANSLATE_NOOP("ImportPreviewModel", "资产名称")),
    ("result", QT_TRANSLATE_NOOP("ImportPreviewModel", "检查结果")),
    ("remarks", QT_TRANSLATE_NOOP("ImportPreviewModel", "问题或说明")),
    ("number", QT_TRANSLATE_NOOP("ImportPreviewModel", "资产编号")),
    ("category", QT_TRANSLATE_NOOP("ImportPreviewModel", "资产分类")),
    ("count", QT_TRANSLATE_NOOP("ImportPreviewModel", "件数")),
    ("value", QT_TRANSLATE_NOOP("ImportPreviewModel", "单价（元）")),
    ("purchase_date", QT_TRANSLATE_NOOP("ImportPreviewModel", "购置日期")),
    ("location", QT_TRANSLATE_NOOP("ImportPreviewModel", "存放地点")),
    ("place", QT_TRANSLATE_NOOP("ImportPreviewModel", "将存放于")),
    ("custodian", QT_TRANSLATE_NOOP("ImportPreviewModel", "保管人")),
    ("department", QT_TRANSLATE_NOOP("ImportPreviewModel", "使用部门")),
]
# The file's fields each preview column shows (a problem in any of them marks the cell).
COLUMN_FIELDS: dict[str, tuple[str, ...]] = {
    "count": ("quantity",),
    "value": ("unit_price", "amount"),
    "location": ("location", "building"),
    "place": ("location", "building"),
}
# What the preview can be narrowed to (the dialog's 显示 list).
FILTER_ALL, FILTER_ERRORS, FILTER_CHECK, FILTER_BELOW = "all", "errors", "check", "below"
_ERROR_BACKGROUND = QColor("#fdecea")
_ERROR_TEXT = QColor("#c62828")
_CHECK_TEXT = QColor("#9a5b00")  # dark amber: importable, but look first
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# What the 检查结果 column can say (the dialog sizes the column to the longest).
RESULT_TEXTS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "有错误"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "可导入（低于固定资产标准）"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "可导入（请核对）"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "可导入"),
)


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
    if key == "place":
        return row.place
    return cell_text(values.get(key))


def matches(row: CheckedRow, mode: str) -> bool:
    """Whether a preview row is shown under a filter (FILTER_ALL, FILTER_ERRORS …)."""
    if mode == FILTER_ERRORS:
        return not row.ok
    if mode == FILTER_CHECK:
        return row.needs_check or (row.ok and getattr(row, "below_threshold", False))
    if mode == FILTER_BELOW:
        return row.ok and getattr(row, "below_threshold", False)
    return True


class ImportPreviewModel(RowTableModel):
    """Holds the preview's rows (plain CheckedRow objects); shows all of them or a filtered few.

    ``columns`` (key, title marked for the ImportPreviewModel context) and ``text`` (the cell
    text of a kind's own keys) fit it to an import kind; the asset register's are the default.
    A cell whose field has a problem shows the file's own text in red, whatever parsing made
    of it, so "-1150.00" or "2099年1月1日" is what the user sees and corrects.
    """

    def __init__(
        self,
        parent: Any = None,
        columns: list[tuple[str, str]] | None = None,
        text: Callable[[Any, str], str] | None = None,
        right_aligned: tuple[str, ...] = ("count", "value"),
        column_fields: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._all: list[CheckedRow] = []
        self._filter = FILTER_ALL
        self.columns = columns or COLUMNS
        self.keys = [key for key, _title in self.columns]
        self._kind_text = text or asset_text
        self._right = ("line", *right_aligned)
        fields = COLUMN_FIELDS if column_fields is None else column_fields
        self._fields = {key: fields.get(key, (key,)) for key in self.keys}
        self._field_of_label: dict[str, str] = {}

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [_tr(title) for _key, title in self.columns]

    @property
    def filter(self) -> str:
        """Which rows are shown: FILTER_ALL, FILTER_ERRORS, FILTER_CHECK or FILTER_BELOW."""
        return self._filter

    def set_rows(
        self, rows: list[CheckedRow], field_of_label: dict[str, str] | None = None
    ) -> None:
        """Show a new preview; ``field_of_label`` maps "H 列（单价）" to the field it fills."""
        self.beginResetModel()
        self._all = list(rows)
        self._field_of_label = dict(field_of_label or {})
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, mode: str) -> None:
        """Show only the rows a filter lets through."""
        if mode == self._filter:
            return
        self.beginResetModel()
        self._filter = mode
        self._rows = self._visible()
        self.endResetModel()

    def count(self, mode: str) -> int:
        """How many of the preview's rows a filter would show."""
        return sum(1 for row in self._all if matches(row, mode))

    def _visible(self) -> list[CheckedRow]:
        if self._filter == FILTER_ALL:
            return list(self._all)
        return [row for row in self._all if matches(row, self._filter)]

    def _cell_problems(self, row: CheckedRow, key: str) -> list[Any]:
        fields = self._fields.get(key, ())
        return [
            problem
            for problem in row.all_problems
            if self._field_of_label.get(problem.column) in fields
        ]

    def _file_text(self, row: CheckedRow, key: str, problems: list[Any]) -> str:
        """The faulty cell as the file writes it (the field with the problem first)."""
        raw = row.row.raw
        faulty = [self._field_of_label[p.column] for p in problems]
        for field in (*faulty, *self._fields.get(key, ())):
            if raw.get(field):
                return raw[field]
        return ""

    def _result(self, row: CheckedRow) -> str:
        if not row.ok:
            return QCoreApplication.translate("ImportPreviewModel", "有错误")
        if getattr(row, "below_threshold", False):
            return QCoreApplication.translate("ImportPreviewModel", "可导入（低于固定资产标准）")
        if row.warnings:
            return QCoreApplication.translate("ImportPreviewModel", "可导入（请核对）")
        return QCoreApplication.translate("ImportPreviewModel", "可导入")

    def _text(self, row: CheckedRow, key: str) -> str:
        if key == "line":
            return str(row.row.line)
        if key == "result":
            return self._result(row)
        if key == "remarks":
            if row.ok:
                below = (
                    [QCoreApplication.translate("ImportPreviewModel", "单价低于固定资产标准")]
                    if getattr(row, "below_threshold", False)
                    else []
                )
                return "；".join([*below, *row.warnings, *row.notes])
            return "；".join(
                f"{problem.column}：{problem.reason}" if problem.column else problem.reason
                for problem in row.all_problems
            )
        if not row.ok and key != "place" and self._cell_problems(row, key):
            return self._file_text(row, key, self._cell_problems(row, key))
        return self._kind_text(row, key)

    def _tooltip(self, row: CheckedRow, key: str, text: str) -> str:
        if key in ("remarks", "result"):
            lines = [str(problem) for problem in row.all_problems] + row.warnings + row.notes
            return "\n".join(lines) or text
        problems = self._cell_problems(row, key)
        if problems:
            return "\n".join(str(problem) for problem in problems)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        key = self.keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, self._text(row, key))
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return QBrush(_ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.ok and (key in ("result", "remarks") or self._cell_problems(row, key)):
                return QBrush(_ERROR_TEXT)
            if row.ok and key in ("result", "remarks") and matches(row, FILTER_CHECK):
                return QBrush(_CHECK_TEXT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self._right:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.UserRole:
            return row.row.line
        return None
