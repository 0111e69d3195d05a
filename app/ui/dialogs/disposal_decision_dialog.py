"""One disposal request: read it, type the residual values, approve or reject it, print it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.models.disposal import (
    DISPOSAL_APPROVED,
    DISPOSAL_METHODS,
    DISPOSAL_PENDING,
    DISPOSAL_REJECTED,
)
from app.money import format_yuan
from app.services.disposal import approve_disposal, reject_disposal
from app.services.disposal_query import DisposalLineView, approval_text, disposal_view
from app.services.errors import ValidationError
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_disposal_decision import Ui_DisposalDecisionDialog
from app.ui.row_model import Index, RowTableModel
from app.ui.stored_values import add_stored_items, set_stored, shown, stored

COLUMNS: list[tuple[str, str]] = [
    ("asset_number", QT_TRANSLATE_NOOP("DisposalLinesModel", "资产编号")),
    ("name", QT_TRANSLATE_NOOP("DisposalLinesModel", "名称")),
    ("spec", QT_TRANSLATE_NOOP("DisposalLinesModel", "规格型号")),
    ("purchase_date", QT_TRANSLATE_NOOP("DisposalLinesModel", "购置日期")),
    ("original_value", QT_TRANSLATE_NOOP("DisposalLinesModel", "原值（元）")),
    ("net_value", QT_TRANSLATE_NOOP("DisposalLinesModel", "净值（元）")),
    ("status", QT_TRANSLATE_NOOP("DisposalLinesModel", "状态")),
    ("location", QT_TRANSLATE_NOOP("DisposalLinesModel", "存放地点")),
    ("residual", QT_TRANSLATE_NOOP("DisposalLinesModel", "残值（元）")),
]
_MONEY = ("original_value", "net_value", "residual")
_COLUMN_WIDTHS = (112, 96, 130, 84, 84, 84, 60, 120, 84)


class DisposalLinesModel(RowTableModel):
    """The assets of a request; with ``residuals`` on, a last column takes each residual value.

    Residuals are kept as typed text: the service parses them and names the asset if one is
    not an amount, so nothing is lost while the user corrects it.
    """

    def __init__(self, parent: Any = None, *, residuals: bool = False) -> None:
        super().__init__(parent)
        self._columns = COLUMNS if residuals else COLUMNS[:-1]
        self._residuals: dict[int, str] = {}
        self.editable = False

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("DisposalLinesModel", t) for _, t in self._columns]

    def set_lines(self, lines: list[DisposalLineView]) -> None:
        """Show exactly these lines; residuals start from the stored values (blank for 0)."""
        self.beginResetModel()
        self._rows = list(lines)
        self._residuals = {
            line.asset_id: format_yuan(line.residual_value) if line.residual_value else ""
            for line in lines
        }
        self.endResetModel()

    def take_rows(self, row_numbers: list[int]) -> None:
        """Remove the given rows (the filing dialog's 移出所选)."""
        for number in sorted(set(row_numbers), reverse=True):
            if 0 <= number < len(self._rows):
                self.beginRemoveRows(QModelIndex(), number, number)
                self._residuals.pop(self._rows.pop(number).asset_id, None)
                self.endRemoveRows()

    @property
    def lines(self) -> list[DisposalLineView]:
        """The lines shown, in order (a copy)."""
        return list(self._rows)

    def asset_ids(self) -> list[int]:
        """The asset ids shown, in order."""
        return [line.asset_id for line in self._rows]

    def residuals(self) -> dict[int, str]:
        """Asset id -> residual text as typed, for the assets with one."""
        return {asset_id: text for asset_id, text in self._residuals.items() if text.strip()}

    def total(self, name: str) -> Decimal:
        """The sum of one value over the lines: original_value or net_value."""
        return sum((getattr(line, name) for line in self._rows), Decimal("0.00"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.valid_row(index)
        if line is None:
            return None
        key = self._columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "residual":
                return self._residuals.get(line.asset_id, "")
            value = getattr(line, key)
            if key in _MONEY:
                return format_yuan(value)
            return value.isoformat() if key == "purchase_date" else value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return line.asset_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and self._columns[index.column()][0] == "residual":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.valid_row(index)
        if line is None or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        if self._columns[index.column()][0] != "residual":
            return False
        self._residuals[line.asset_id] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True


def set_up_lines_view(view: QTableView) -> None:
    """Row selection off, fixed row height and sensible column widths for a lines table."""
    view.setTabKeyNavigation(False)
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(_COLUMN_WIDTHS):
        header.resizeSection(column, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


DECIDED_BY_KEY = "disposal/decided_by"


class DisposalDecisionDialog(BaseDialog):
    """Approve or reject one request; ``outcome`` is the new state (已批准/已驳回)."""

    def __init__(
        self,
        parent: QWidget | None,
        number: str,
        actor: str = "",
        printer: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(Ui_DisposalDecisionDialog(), parent)
        self.actor = actor
        self.printer = printer
        self._failed_field = ""
        ui = self.ui
        self.view = disposal_view(number)
        self.number = self.view.number
        self.lines = DisposalLinesModel(self, residuals=True)
        self.lines.set_lines(self.view.lines)
        ui.lines_view.setModel(self.lines)
        set_up_lines_view(ui.lines_view)
        add_stored_items(ui.method_combo, DISPOSAL_METHODS)
        today = QDate.currentDate()
        ui.decided_on_edit.setMaximumDate(today)
        ui.decided_on_edit.setMinimumDate(QDate(self.view.date))
        ui.approve_button.clicked.connect(self.approve)
        ui.reject_button.clicked.connect(self.reject_request)
        ui.print_button.clicked.connect(self.print_form)
        ui.print_button.setEnabled(printer is not None)
        self._show()

    def _show(self) -> None:
        ui, view = self.ui, self.view
        self.setWindowTitle(self.tr("报废申请 {number}").format(number=view.number))
        ui.reason_label.setText(self.tr("{kind}原因").format(kind=shown(view.kind)))
        repair = {
            True: self.tr("有修复价值"),
            False: self.tr("无修复价值"),
            None: self.tr("未作结论"),
        }[view.repair_worthwhile]
        for label, text in (
            (ui.number_value, view.number),
            (ui.state_value, shown(view.state)),
            (ui.kind_value, shown(view.kind)),
            (ui.date_value, view.date.isoformat()),
            (ui.requested_by_value, view.requested_by),
            (ui.repair_value, repair),
            (ui.assessors_value, "、".join(view.assessors)),
            (ui.reason_value, view.reason),
            (ui.condition_value, view.condition),
            (ui.approval_value, approval_text(view.total("net_value"))),
        ):
            label.setText(text)
        ui.totals_label.setText(
            self.tr("共 {count} 件，原值合计 ¥{original}，净值合计 ¥{net}").format(
                count=len(view.lines),
                original=format_yuan(view.total("original_value")),
                net=format_yuan(view.total("net_value")),
            )
        )
        pending = view.state == DISPOSAL_PENDING
        self.lines.editable = pending
        set_stored(ui.method_combo, view.method)
        if pending:
            ui.decided_on_edit.setDate(QDate.currentDate())
            ui.decided_by_edit.setText(str(self._settings.value(DECIDED_BY_KEY, "") or ""))
            ui.decided_by_edit.setFocus()
            ui.decided_by_edit.selectAll()
        else:
            ui.decided_by_edit.setText(view.decided_by)
            if view.decided_on is not None:
                ui.decided_on_edit.setDate(QDate(view.decided_on))
            ui.note_edit.setText(view.decision_note)
            ui.residual_hint_label.setText(
                self.tr("本申请已于 {date} {state}，不能再修改。").format(
                    date=view.decided_on.isoformat() if view.decided_on else "",
                    state=shown(view.state),
                )
            )
        for widget in (ui.decided_by_edit, ui.decided_on_edit, ui.method_combo, ui.note_edit):
            widget.setEnabled(pending)
        ui.approve_button.setVisible(pending)
        ui.reject_button.setVisible(pending)
        ui.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if pending
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    # --- actions ------------------------------------------------------------------------
    def approve(self) -> None:
        """Approve with the method, residuals and note typed; stay open with a message if refused."""
        ui = self.ui

        def call() -> str:
            approve_disposal(
                self.number,
                ui.decided_by_edit.text(),
                stored(ui.method_combo),
                self.lines.residuals(),
                note=ui.note_edit.text(),
                decided_on=ui.decided_on_edit.date().toPython(),
                actor=self.actor,
            )
            return DISPOSAL_APPROVED

        self._decide(call)

    def reject_request(self) -> None:
        """Reject with the reason typed in 审批意见; the assets go back as they were."""
        ui = self.ui

        def call() -> str:
            reject_disposal(
                self.number,
                ui.decided_by_edit.text(),
                ui.note_edit.text(),
                decided_on=ui.decided_on_edit.date().toPython(),
                actor=self.actor,
            )
            return DISPOSAL_REJECTED

        self._decide(call)

    def _decide(self, call: Callable[[], str]) -> None:
        self._failed_field = ""

        def run() -> str:
            try:
                state = call()
            except ValidationError as exc:
                self._failed_field = exc.field
                raise
            # The approver is usually the same director each time: offer the name next time.
            self._settings.setValue(DECIDED_BY_KEY, self.ui.decided_by_edit.text().strip())
            return state

        if not self.try_accept(run):
            widget = {
                "decided_by": self.ui.decided_by_edit,
                "decided_on": self.ui.decided_on_edit,
                "method": self.ui.method_combo,
                "note": self.ui.note_edit,
                "residuals": self.ui.lines_view,
            }.get(self._failed_field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def print_form(self) -> None:
        """Print this request's 报废申请表 (as it stands now)."""
        if self.printer is not None:
            self.printer(self.number)
