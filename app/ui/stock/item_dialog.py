"""The item dialog (物资): code, name, spec, unit, category, shelf, reorder level."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import stock_items
from app.services.errors import DomainError
from app.services.stock_item_codes import suggest_code
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs import combos
from app.ui.generated.ui_stock_item import Ui_StockItemDialog


class ItemDialog(BaseDialog):
    """Create an item (``item_id`` None, in ``category_id`` if given) or edit one.

    ``outcome`` is the item's id.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        actor: str = "",
        item_id: int | None = None,
        name: str = "",
        category_id: int | None = None,
    ) -> None:
        super().__init__(Ui_StockItemDialog(), parent)
        self.actor = actor
        self.item_id = item_id
        ui = self.ui
        data = stock_items.item_input(item_id) if item_id is not None else None
        combos.make_searchable(ui.unit_combo)
        combos.fill_reference(ui.unit_combo, "unit", current=data.unit_id if data else None)
        combos.fill_combo(
            ui.category_combo,
            stock_items.category_choices(),
            current=data.category_id if data else category_id,
        )
        if data is None:
            self.setWindowTitle(self.tr("新建物资"))
            ui.name_edit.setText(name)
            ui.category_combo.currentIndexChanged.connect(self._suggest_code)
            self._suggest_code()
        else:
            self.setWindowTitle(self.tr("编辑物资 {code}").format(code=data.code))
            ui.code_edit.setText(data.code)
            ui.name_edit.setText(data.name)
            ui.spec_edit.setText(data.spec)
            ui.shelf_edit.setText(data.shelf)
            ui.reorder_edit.setText(str(data.reorder_level))
            ui.note_edit.setText(data.note)
            if stock_items.has_history(item_id):
                # Quantities already booked would change meaning (the service refuses it too).
                ui.unit_combo.setEnabled(False)
                ui.unit_combo.setToolTip(self.tr("已有出入库记录的物资不能修改计量单位。"))
        ui.name_edit.setFocus()

    def _suggest_code(self) -> None:
        """Show the code an empty code field will get: the chosen category's own pattern."""
        code = suggest_code(self.ui.category_combo.currentData())
        self.suggested_code = code
        self.ui.code_edit.setPlaceholderText(self.tr("留空则编为 {code}").format(code=code))

    def collect(self) -> stock_items.ItemInput:
        """What the form holds, as service input."""
        ui = self.ui
        return stock_items.ItemInput(
            name=ui.name_edit.text(),
            unit_id=combos.current_id(ui.unit_combo),
            code=ui.code_edit.text(),
            spec=ui.spec_edit.text(),
            category_id=ui.category_combo.currentData(),
            shelf=ui.shelf_edit.text(),
            reorder_level=ui.reorder_edit.text(),
            note=ui.note_edit.text(),
        )

    def accept(self) -> None:
        """Save; a refusal puts the cursor on the field at fault."""
        ui = self.ui
        if combos.has_unknown_text(ui.unit_combo):
            self.show_error(
                self.tr("没有名为“{text}”的计量单位，请从列表中选择，或在基础数据中添加。").format(
                    text=ui.unit_combo.currentText().strip()
                ),
                ui.unit_combo,
            )
            return
        failed: list[str] = []

        def save() -> int:
            try:
                if self.item_id is None:
                    return stock_items.create_item(self.collect(), actor=self.actor)
                stock_items.update_item(self.item_id, self.collect(), actor=self.actor)
                return self.item_id
            except DomainError as exc:
                failed.append(exc.field)
                raise

        if not self.try_accept(save) and failed:
            widget = {
                "code": ui.code_edit,
                "name": ui.name_edit,
                "spec": ui.spec_edit,
                "unit": ui.unit_combo,
                "category": ui.category_combo,
                "shelf": ui.shelf_edit,
                "quantity": ui.reorder_edit,
                "note": ui.note_edit,
            }.get(failed[0])
            if widget is not None:
                self.show_error(ui.error_label.text(), widget)
