"""Approve, reject or cancel a requisition: who decides and, for a refusal, why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.errors import HouqinError
from app.services.errors import DomainError
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_stock_decision import Ui_StockDecisionDialog

DecideAction = Callable[[str, str], None]  # (person, reason) → the service call


class DecisionDialog(BaseDialog):
    """One decision on a requisition; the service call runs on OK and refusals stay in view."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        summary: str,
        ok_text: str,
        decide: DecideAction,
        person: str | None = None,
        person_label: str = "",
        ask_reason: bool = False,
    ) -> None:
        super().__init__(Ui_StockDecisionDialog(), parent)
        ui = self.ui
        self._decide = decide
        self.setWindowTitle(title)
        ui.summary_label.setText(summary)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        asks_person = person is not None
        ui.person_label.setVisible(asks_person)
        ui.person_edit.setVisible(asks_person)
        if asks_person:
            ui.person_label.setText(person_label or self.tr("审批人"))
            ui.person_edit.setText(person or "")
        ui.reason_label.setVisible(ask_reason)
        ui.reason_edit.setVisible(ask_reason)
        (ui.reason_edit if ask_reason else ui.person_edit).setFocus()

    def accept(self) -> None:
        """Make the decision; the service says what is wrong if it refuses."""
        ui = self.ui
        failed: list[HouqinError] = []

        def decide() -> bool:
            try:
                self._decide(ui.person_edit.text(), ui.reason_edit.toPlainText())
            except HouqinError as exc:
                failed.append(exc)
                raise
            return True

        if not self.try_accept(decide) and failed and isinstance(failed[0], DomainError):
            field = failed[0].field
            if field in ("approver", "reason"):
                widget = ui.person_edit if field == "approver" else ui.reason_edit
                self.show_error(ui.error_label.text(), widget)
