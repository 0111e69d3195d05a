"""The receipt dialog (入库单): supplier, invoice, lines with prices; a new item can be made here."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.stock_receipts import ReceiptInput, post_receipt
from app.ui.dialogs import combos
from app.ui.generated.ui_stock_receipt import Ui_StockReceiptDialog
from app.ui.stock.lines_dialog import LinesDialog, first_unknown, searchable_reference


class ReceiptDialog(LinesDialog):
    """Post one receipt; ``outcome`` is its number."""

    def __init__(self, parent: QWidget | None = None, actor: str = "") -> None:
        super().__init__(
            Ui_StockReceiptDialog(), parent, priced=True, actor=actor, ok_text=self.tr("过账(&S)")
        )
        ui = self.ui
        searchable_reference(ui.supplier_combo, "supplier")
        ui.keeper_edit.setText(actor)
        ui.new_item_button.setAutoDefault(False)
        ui.new_item_button.clicked.connect(self.new_item)
        # Top to bottom as the delivery note reads: supplier, invoice, then the lines.
        ui.supplier_combo.setFocus()

    def new_item(self) -> None:
        """Register an item that is not in the list yet and put it on the line being typed."""
        from app.ui.stock.item_dialog import ItemDialog

        typed = self.ui.item_edit.text().strip()
        dialog = ItemDialog(self, actor=self.actor, name=typed)
        if dialog.exec() and dialog.outcome:
            self.entry.choose_item(dialog.outcome)

    def field_widgets(self) -> dict[str, QWidget]:
        """Where the cursor goes when the service refuses a field."""
        ui = self.ui
        return {
            **super().field_widgets(),
            "supplier": ui.supplier_combo,
            "invoice_no": ui.invoice_edit,
            "handled_by": ui.handled_by_edit,
            "checked_by": ui.checked_by_edit,
            "keeper": ui.keeper_edit,
            "note": ui.note_edit,
        }

    def unknown_combo(self) -> tuple[QComboBox, str] | None:
        """A supplier typed that is not in the list."""
        return first_unknown([(self.ui.supplier_combo, self.tr("供应商"))])

    def collect(self) -> ReceiptInput:
        """What the form holds, as service input."""
        ui = self.ui
        return ReceiptInput(
            date=ui.date_edit.date().toPython(),
            lines=self.entry.model.line_inputs(),
            supplier_id=combos.current_id(ui.supplier_combo),
            invoice_no=ui.invoice_edit.text(),
            handled_by=ui.handled_by_edit.text(),
            checked_by=ui.checked_by_edit.text(),
            keeper=ui.keeper_edit.text(),
            note=ui.note_edit.text(),
        )

    def save(self) -> str:
        """Post the receipt."""
        return post_receipt(self.collect(), actor=self.actor)
