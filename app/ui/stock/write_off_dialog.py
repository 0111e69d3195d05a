"""The write-off dialog (报损单): a reason, the lines, who handled and approved it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.stock_returns import WriteOffInput, post_write_off
from app.ui.dialogs import combos
from app.ui.generated.ui_stock_write_off import Ui_StockWriteOffDialog
from app.ui.stock.lines_dialog import LinesDialog, first_unknown, searchable_reference


class WriteOffDialog(LinesDialog):
    """Post one write-off; ``outcome`` is its number."""

    def __init__(self, parent: QWidget | None = None, actor: str = "") -> None:
        super().__init__(
            Ui_StockWriteOffDialog(), parent, priced=False, actor=actor, ok_text=self.tr("过账(&S)")
        )
        ui = self.ui
        searchable_reference(ui.department_combo, "department")
        ui.handled_by_edit.setText(actor)
        ui.reason_edit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        """Where the cursor goes when the service refuses a field."""
        ui = self.ui
        return {
            **super().field_widgets(),
            "reason": ui.reason_edit,
            "department": ui.department_combo,
            "handled_by": ui.handled_by_edit,
            "approved_by": ui.approved_by_edit,
            "note": ui.note_edit,
        }

    def unknown_combo(self) -> tuple[QComboBox, str] | None:
        """A department typed that is not in the list."""
        return first_unknown([(self.ui.department_combo, self.tr("部门"))])

    def collect(self) -> WriteOffInput:
        """What the form holds, as service input."""
        ui = self.ui
        return WriteOffInput(
            date=ui.date_edit.date().toPython(),
            reason=ui.reason_edit.text(),
            lines=self.entry.model.line_inputs(),
            department_id=combos.current_id(ui.department_combo),
            handled_by=ui.handled_by_edit.text(),
            approved_by=ui.approved_by_edit.text(),
            note=ui.note_edit.text(),
        )

    def save(self) -> str:
        """Post the write-off."""
        return post_write_off(self.collect(), actor=self.actor)
