"""What the 库房 tab does with documents: open the dialogs, move requisitions through their states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from app.models.stock import (
    DOC_RECEIPT,
    DOC_REQUISITION,
    DOC_STOCKTAKE,
    STATE_APPROVED,
    STATE_DRAFT,
    STATE_ISSUED,
    STATE_POSTED,
    STATE_SUBMITTED,
)
from app.services import stock_receipts
from app.services import stock_requisitions as rq
from app.services.stock_doc_queries import DocView
from app.services.stock_docs import doc_id_of

if TYPE_CHECKING:
    from app.ui.stock.requisition_dialog import RequisitionDialog
    from app.ui.stock.tab import StockTab

PRINTABLE = (DOC_REQUISITION, DOC_RECEIPT, DOC_STOCKTAKE)


class DocActions(QObject):
    """The document actions of one stock tab (dialogs open on the tab, refusals are shown)."""

    def __init__(self, tab: StockTab) -> None:
        super().__init__(tab)
        self.tab = tab

    @property
    def actor(self) -> str:
        """Who is working (recorded as the operator)."""
        return self.tab.actor

    def _current(self) -> DocView | None:
        return self.tab.docs_panel.current

    def _posted(self, number: str, message: str) -> None:
        self.tab.changed(message.format(number=number))
        self.tab.show_documents(doc_id_of(number))

    # --- new documents ------------------------------------------------------------------
    def receive(self) -> None:
        """Post a receipt (入库单)."""
        from app.ui.stock.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.tab, actor=self.actor)
        if dialog.exec() and dialog.outcome:
            self._posted(dialog.outcome, self.tr("入库单 {number} 已过账"))

    def new_requisition(self) -> None:
        """Write a requisition (saved as a draft, or submitted at once)."""
        from app.ui.stock.requisition_dialog import RequisitionDialog

        dialog = RequisitionDialog(self.tab, actor=self.actor)
        if dialog.exec() and dialog.outcome:
            self._saved(dialog)

    def _saved(self, dialog: RequisitionDialog) -> None:
        message = (
            self.tr("领用单 {number} 已保存并提交审批")
            if dialog.submitted
            else self.tr("领用单 {number} 已保存")
        )
        self._posted(dialog.outcome, message)

    def write_off(self) -> None:
        """Post a write-off (报损单)."""
        from app.ui.stock.write_off_dialog import WriteOffDialog

        dialog = WriteOffDialog(self.tab, actor=self.actor)
        if dialog.exec() and dialog.outcome:
            self._posted(dialog.outcome, self.tr("报损单 {number} 已过账"))

    def stocktake(self) -> None:
        """Count the stock room and post the differences (盘点调整单)."""
        from app.ui.stock.stocktake_dialog import StocktakeDialog

        dialog = StocktakeDialog(self.tab, actor=self.actor, print_pdf=self.tab.print_rendered)
        if dialog.exec() and dialog.outcome:
            self._posted(dialog.outcome, self.tr("盘点调整单 {number} 已过账"))

    def return_goods(self) -> None:
        """Post a return (退库单): the requisition is picked in the dialog."""
        self.return_for(None)

    def return_for(self, requisition_id: int | None) -> None:
        """Post a return (退库单) against an issued requisition."""
        from app.ui.stock.return_dialog import ReturnDialog

        dialog = ReturnDialog(self.tab, actor=self.actor, requisition_id=requisition_id)
        if dialog.exec() and dialog.outcome:
            self._posted(dialog.outcome, self.tr("退库单 {number} 已过账"))

    def return_selected(self) -> None:
        """A return against the selected issued requisition."""
        view = self._current()
        if view is not None:
            self.return_for(view.id)

    # --- the selected requisition -------------------------------------------------------
    def open_document(self, doc_id: int) -> None:
        """Enter or double-click: the next step (edit a draft, approve, issue), or why there is none."""
        view = self._current()
        if view is None or view.id != doc_id:
            return
        if view.doc_type != DOC_REQUISITION:
            self._explain_posted(view)
        elif view.state == STATE_DRAFT:
            self.edit_draft()
        elif view.state == STATE_SUBMITTED:
            self.approve()
        elif view.state == STATE_APPROVED:
            self.issue()
        elif view.state == STATE_ISSUED:
            self.tab.warn(
                self.tr(
                    "领用单 {number} 已发放，不能再修改或发放；发错了请办理退库（退库(T)…）。"
                ).format(number=view.number)
            )
        else:
            # Rejected or cancelled: the Enter that would issue it says why it cannot, and the reason.
            self.tab.warn(rq.why_not_issued(view.id) or "")

    def _explain_posted(self, view: DocView) -> None:
        """A posted document is never edited: a receipt is corrected by its reversal (冲销)."""
        if self.tab.docs_panel.buttons["reverse"].isEnabled():
            answer = QMessageBox.question(
                self.tab,
                self.tr("入库单已过账"),
                self.tr(
                    "入库单 {number} 已过账，不能修改。\n"
                    "如有错误，请冲销整张入库单（红字冲回），再按正确内容重新入库。\n\n现在冲销吗？"
                ).format(number=view.number),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.reverse()
            return
        self.tab.warn(
            self.tr("{number} 已过账，不能修改；如有差错，请另开单据更正。").format(
                number=view.number
            )
        )

    def edit_draft(self) -> None:
        """Change the selected draft requisition."""
        from app.ui.stock.requisition_dialog import RequisitionDialog

        view = self._current()
        if view is None:
            return
        dialog = RequisitionDialog(self.tab, actor=self.actor, doc_id=view.id)
        if dialog.exec() and dialog.outcome:
            self._saved(dialog)

    def submit(self) -> None:
        """Hand the selected draft in for approval."""
        view = self._current()
        if view is not None and self.tab.run(lambda: rq.submit_requisition(view.id, self.actor)):
            self._posted(view.number, self.tr("领用单 {number} 已提交审批"))

    def _decide(self, title: str, ok_text: str, decide, *, person: bool, reason: bool) -> bool:  # type: ignore[no-untyped-def]
        from app.ui.stock.decision_dialog import DecisionDialog

        view = self._current()
        if view is None:
            return False
        summary = self.tr(
            "领用单 {number}　{department}　领用人：{person}　用途：{purpose}"
        ).format(
            number=view.number,
            department=view.department,
            person=view.person,
            purpose=view.purpose or "—",
        )
        dialog = DecisionDialog(
            self.tab,
            title=title,
            summary=summary,
            ok_text=ok_text,
            decide=lambda who, why: decide(view.id, who, why),
            person=self.actor if person else None,
            ask_reason=reason,
        )
        return bool(dialog.exec())

    def approve(self) -> None:
        """Approve the selected submitted requisition (not one's own, by default)."""
        view = self._current()
        if view is not None and self._decide(
            self.tr("批准领用单"),
            self.tr("批准"),
            lambda doc_id, who, _why: rq.approve_requisition(doc_id, who, self.actor),
            person=True,
            reason=False,
        ):
            self._posted(view.number, self.tr("领用单 {number} 已批准"))

    def reject(self) -> None:
        """Turn the selected submitted requisition down, with the reason."""
        view = self._current()
        if view is not None and self._decide(
            self.tr("驳回领用单"),
            self.tr("驳回"),
            lambda doc_id, who, why: rq.reject_requisition(doc_id, why, who, self.actor),
            person=True,
            reason=True,
        ):
            self._posted(view.number, self.tr("领用单 {number} 已驳回"))

    def cancel(self) -> None:
        """Cancel the selected requisition that was not issued."""
        view = self._current()
        if view is not None and self._decide(
            self.tr("取消领用单"),
            self.tr("取消领用单"),
            lambda doc_id, _who, why: rq.cancel_requisition(doc_id, why, self.actor),
            person=False,
            reason=True,
        ):
            self._posted(view.number, self.tr("领用单 {number} 已取消"))

    def issue(self) -> None:
        """Issue the selected approved requisition (in full or in part)."""
        from app.ui.stock.issue_dialog import IssueDialog

        view = self._current()
        if view is None:
            return
        dialog = IssueDialog(self.tab, view.id, actor=self.actor)
        if dialog.exec() and dialog.outcome:
            self._posted(dialog.outcome, self.tr("领用单 {number} 已发放"))

    def reverse(self) -> None:
        """Correct the selected receipt by posting its reversal (红字入库)."""
        view = self._current()
        if view is None:
            return
        reason, ok = QInputDialog.getText(
            self.tab,
            self.tr("冲销入库单"),
            self.tr("冲销入库单 {number}：整单以原金额冲回。\n冲销原因：").format(
                number=view.number
            ),
        )
        if not ok:
            return
        numbers: list[str] = []
        if self.tab.run(
            lambda: numbers.append(stock_receipts.reverse_receipt(view.id, reason, self.actor))
        ):
            self._posted(numbers[0], self.tr("已冲销，冲销单 {number}"))

    # --- which buttons apply ------------------------------------------------------------
    def update_buttons(self, view: DocView | None, buttons: dict[str, QPushButton]) -> None:
        """Enable the actions that the selected document's type and state allow."""
        requisition = view is not None and view.doc_type == DOC_REQUISITION
        state = view.state if view is not None else ""
        reversible = (
            view is not None
            and view.doc_type == DOC_RECEIPT
            and view.state == STATE_POSTED
            and view.related_id is None
            and stock_receipts.reversal_of(view.id) is None
        )
        allowed = {
            "open": requisition and state == STATE_DRAFT,
            "submit": requisition and state == STATE_DRAFT,
            "approve": requisition and state == STATE_SUBMITTED,
            "reject": requisition and state == STATE_SUBMITTED,
            "issue": requisition and state == STATE_APPROVED,
            "cancel": requisition and state in (STATE_DRAFT, STATE_SUBMITTED, STATE_APPROVED),
            "return": requisition and state == STATE_ISSUED,
            "reverse": reversible,
            "print": view is not None and view.doc_type in PRINTABLE,
        }
        for key, button in buttons.items():
            button.setEnabled(bool(allowed.get(key)))
