"""The issue dialog (发放): what each line of an approved requisition actually gets."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from app.errors import HouqinError
from app.services import stock_requisitions as rq
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineError
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_stock_issue import Ui_StockIssueDialog
from app.ui.stock.dialog_keys import enter_types_ctrl_enter_saves, size_columns
from app.ui.stock.quantity_delegate import QuantityDelegate
from app.ui.stock.quantity_models import IssueLinesModel


class IssueDialog(BaseDialog):
    """Issue an approved requisition, in full or in part; ``outcome`` is its number."""

    def __init__(self, parent: QWidget | None, doc_id: int, actor: str = "") -> None:
        super().__init__(Ui_StockIssueDialog(), parent)
        self.doc_id = doc_id
        self.actor = actor
        ui = self.ui
        view = doc_view(doc_id)
        self.number = view.number
        self.setWindowTitle(self.tr("发放领用单 {number}").format(number=view.number))
        ui.summary_label.setText(
            self.tr(
                "领用单 {number}　{department}　领用人：{person}　用途：{purpose}　审批人：{approver}"
            ).format(
                number=view.number,
                department=view.department,
                person=view.person,
                purpose=view.purpose or "—",
                approver=view.approved_by,
            )
        )
        today = QDate.currentDate()
        ui.date_edit.setDate(today)
        ui.date_edit.setMaximumDate(today)
        ui.date_edit.setMinimumDate(QDate(view.date.year, view.date.month, view.date.day))
        ui.issued_by_edit.setText(actor)
        self.model = IssueLinesModel(self)
        self.model.show(view.lines, rq.default_issue(doc_id))
        self.model.quantities_changed.connect(self._update_total)
        ui.lines_view.setModel(self.model)
        self.delegate = QuantityDelegate(ui.lines_view)
        size_columns(ui.lines_view, (80, 160, 150, 44, 80, 80))
        enter_types_ctrl_enter_saves(self, ui.button_box, self.tr("发放(&F)"))
        self._update_total()
        if self.model.rowCount():
            ui.lines_view.setCurrentIndex(self.model.index(0, self.model.entry_column()))
        ui.lines_view.setFocus()

    def _update_total(self) -> None:
        rows = self.model.rowCount()
        full = sum(1 for n in range(rows) if self.model.quantity_m(n) == self.model.row_at(n).qty_m)
        self.ui.total_label.setText(
            self.tr("共 {n} 行，其中足额发放 {full} 行").format(n=rows, full=full)
        )

    def _focus_row(self, row: int) -> None:
        view = self.ui.lines_view
        view.setCurrentIndex(self.model.index(row, self.model.entry_column()))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Issue; a bad quantity or a shortage keeps the dialog open and says which line."""
        self.clear_error()
        problem = self.model.first_problem()
        if problem is not None:
            row, message = problem
            self.show_error(self.tr("第 {n} 行：{message}").format(n=row + 1, message=message))
            self._focus_row(row)
            return
        failed: list[HouqinError] = []

        def issue() -> str:
            try:
                rq.issue_requisition(
                    self.doc_id,
                    self.model.issued(),
                    issued_by=self.ui.issued_by_edit.text(),
                    actor=self.actor,
                    date=self.ui.date_edit.date().toPython(),
                )
            except HouqinError as exc:
                failed.append(exc)
                raise
            return self.number

        if not self.try_accept(issue) and failed and isinstance(failed[0], LineError):
            self._focus_row(failed[0].row)
