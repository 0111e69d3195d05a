"""编辑 → 报废申请…: every request with its state; open one to approve, reject or print it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from app.db import thread_connection
from app.errors import HouqinError
from app.models.disposal import DISPOSAL_PENDING, DISPOSAL_STATES
from app.money import format_yuan
from app.services.disposal_query import DisposalSummary, disposal_form_pdf, list_disposals
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs.disposal_decision_dialog import DisposalDecisionDialog
from app.ui.generated.ui_disposal_list import Ui_DisposalListDialog
from app.ui.row_model import Index, RowTableModel
from app.ui.stored_values import add_stored_items, shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.ui.main_window import MainWindow

COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("DisposalListModel", "编号")),
    ("date", QT_TRANSLATE_NOOP("DisposalListModel", "申请日期")),
    ("kind", QT_TRANSLATE_NOOP("DisposalListModel", "类型")),
    ("state", QT_TRANSLATE_NOOP("DisposalListModel", "状态")),
    ("count", QT_TRANSLATE_NOOP("DisposalListModel", "件数")),
    ("original_value", QT_TRANSLATE_NOOP("DisposalListModel", "原值合计")),
    ("net_value", QT_TRANSLATE_NOOP("DisposalListModel", "净值合计")),
    ("method", QT_TRANSLATE_NOOP("DisposalListModel", "处置方式")),
    ("requested_by", QT_TRANSLATE_NOOP("DisposalListModel", "申请人")),
    ("decided_by", QT_TRANSLATE_NOOP("DisposalListModel", "审批人")),
    ("decided_on", QT_TRANSLATE_NOOP("DisposalListModel", "审批日期")),
]
_RIGHT = ("count", "original_value", "net_value")
_STORED = ("kind", "state", "method")  # Chinese in the database, shown in the chosen language
_STATE_COLOURS = {"待审批": "#b26a00", "已驳回": "#888888"}
_COLUMN_WIDTHS = (112, 86, 48, 60, 48, 96, 96, 70, 70, 70)


class DisposalListModel(RowTableModel):
    """Plain DisposalSummary rows, newest first."""

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("DisposalListModel", t) for _, t in COLUMNS]

    def set_rows(self, rows: list[DisposalSummary]) -> None:
        """Show exactly ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key in ("original_value", "net_value"):
                return format_yuan(value)
            if key in ("date", "decided_on"):
                return value.isoformat() if value else ""
            if key == "method" and row.state == DISPOSAL_PENDING:
                return QCoreApplication.translate("DisposalListModel", "{method}（拟）").format(
                    method=shown(value)
                )
            if key in _STORED:
                return shown(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            colour = _STATE_COLOURS.get(row.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row.number
        return None


class DisposalListDialog(BaseDialog):
    """Browse the requests; ``changed`` tells whether any was decided while it was open."""

    def __init__(
        self,
        parent: QWidget | None = None,
        actor: str = "",
        printer: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(Ui_DisposalListDialog(), parent)
        self.actor = actor
        self.printer = printer
        self.changed = False
        ui = self.ui
        self.model = DisposalListModel(self)
        ui.requests_view.setModel(self.model)
        ui.requests_view.verticalHeader().setDefaultSectionSize(22)
        header = ui.requests_view.horizontalHeader()
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.state_combo.addItem(self.tr("全部"), "")
        add_stored_items(ui.state_combo, DISPOSAL_STATES)
        ui.state_combo.currentIndexChanged.connect(self.refresh)
        ui.open_button.clicked.connect(self.open_selected)
        ui.print_button.clicked.connect(self.print_selected)
        # activated: a double-click or Enter, as the platform has it.
        ui.requests_view.activated.connect(self.open_selected)
        ui.requests_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        ui.requests_view.setFocus()

    def refresh(self) -> None:
        """Reload the list for the chosen state, keeping the selected request if shown."""
        keep = self.selected_number()
        rows = list_disposals(self.ui.state_combo.currentData() or "")
        self.model.set_rows(rows)
        pending = sum(1 for row in rows if row.state == DISPOSAL_PENDING)
        self.ui.summary_label.setText(
            self.tr("共 {count} 张，其中待审批 {pending} 张").format(
                count=len(rows), pending=pending
            )
        )
        numbers = [row.number for row in rows]
        if numbers:
            self.ui.requests_view.selectRow(numbers.index(keep) if keep in numbers else 0)
        self._update_buttons()

    def selected_number(self) -> str:
        """The number of the selected request, or "" when none is."""
        rows = self.ui.requests_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).number if rows else ""

    def _update_buttons(self, *_args: object) -> None:
        chosen = bool(self.selected_number())
        self.ui.open_button.setEnabled(chosen)
        self.ui.print_button.setEnabled(chosen and self.printer is not None)

    def open_selected(self, _index: QModelIndex | None = None) -> None:
        """Open the selected request to read, decide or print it."""
        number = self.selected_number()
        if not number:
            return
        dialog = DisposalDecisionDialog(self, number, actor=self.actor, printer=self.printer)
        if dialog.exec():
            self.changed = True
            self.refresh()

    def print_selected(self) -> None:
        """Print the selected request's 报废申请表."""
        number = self.selected_number()
        if number and self.printer is not None:
            self.printer(number)


def show_disposals(window: MainWindow) -> None:
    """编辑 → 报废申请…: the list dialog; the register refreshes if anything was decided."""
    dialog = DisposalListDialog(
        window, actor=window.actor, printer=lambda number: print_disposal_form(window, number)
    )
    dialog.exec()
    if dialog.changed:
        window.data_changed.emit()


def print_disposal_form(window: MainWindow, number: str) -> None:
    """Render a 报废申请表 off the GUI thread, then save it and open it in the PDF viewer."""

    window.statusBar().showMessage(
        QCoreApplication.translate("DisposalListDialog", "正在生成报废申请表 {number}…").format(
            number=number
        )
    )

    def render(_token: object) -> bytes:
        with thread_connection():
            return disposal_form_pdf(number)

    def done(pdf: bytes) -> None:
        try:
            path = window.pdf_output.publish(pdf, number)
        except HouqinError as exc:
            failed(exc)
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("DisposalListDialog", "报废申请表已生成：{path}").format(
                path=path
            ),
            10000,
        )
        if not window.pdf_output.last_opened:
            QMessageBox.information(
                window,
                QCoreApplication.translate("DisposalListDialog", "报废申请表已生成"),
                QCoreApplication.translate(
                    "DisposalListDialog",
                    "报废申请表已保存为：\n{path}\n\n这台电脑没有能自动打开 PDF 的程序，"
                    "请安装 PDF 阅读器，或用“文件 → 另存为 PDF”复制到别处打印。",
                ).format(path=path),
            )

    def failed(error: BaseException) -> None:
        if not isinstance(error, HouqinError):
            raise error
        window.statusBar().showMessage(error.message, 8000)
        QMessageBox.warning(
            window, QCoreApplication.translate("DisposalListDialog", "后勤管家"), error.message
        )

    window.runner.run(render, on_success=done, on_failure=failed)
