"""The requisition dialog (领用单): department, requester, purpose and the lines asked for.

Saving keeps a draft (its number is given at once); 保存并提交 also hands it in for approval.
An existing draft opens here for editing.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from app.services import stock_requisitions as rq
from app.services.pickers import person_info
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import doc_id_of
from app.services.stock_quantity import format_qty
from app.services.stock_queries import items_by_ids
from app.ui.dialogs import combos
from app.ui.generated.ui_stock_requisition import Ui_StockRequisitionDialog
from app.ui.stock.lines_dialog import LinesDialog, first_unknown, searchable_reference
from app.ui.stock.lines_model import EditLine


class RequisitionDialog(LinesDialog):
    """Create (or edit) a draft requisition; ``outcome`` is its number."""

    def __init__(
        self, parent: QWidget | None = None, actor: str = "", doc_id: int | None = None
    ) -> None:
        super().__init__(
            Ui_StockRequisitionDialog(),
            parent,
            priced=False,
            actor=actor,
            ok_text=self.tr("保存草稿(&S)"),
        )
        self.doc_id = doc_id
        self.submit_after_save = False
        self.submitted = False
        ui = self.ui
        department = person = None
        if doc_id is not None:
            view = doc_view(doc_id)
            department, person = view.department_id, view.person_id
        searchable_reference(ui.department_combo, "department", current=department)
        searchable_reference(ui.person_combo, "person", current=person)
        self.submit_button = ui.button_box.addButton(
            self.tr("保存并提交(&T)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.submit_button.setObjectName("submit_button")
        self.submit_button.setAutoDefault(False)
        self.submit_button.clicked.connect(self.save_and_submit)
        # currentTextChanged covers the list, the completer and a name typed out in full.
        ui.person_combo.currentTextChanged.connect(self._person_chosen)
        if doc_id is not None:
            self._load(doc_id)
        ui.department_combo.setFocus()

    def _load(self, doc_id: int) -> None:
        view = doc_view(doc_id)
        ui = self.ui
        self.setWindowTitle(self.tr("领用单 {number}（草稿）").format(number=view.number))
        ui.date_edit.setDate(QDate(view.date.year, view.date.month, view.date.day))
        ui.purpose_edit.setText(view.purpose)
        ui.note_edit.setText(view.note)
        rows = {row.id: row for row in items_by_ids([line.item_id for line in view.lines])}
        self.entry.set_lines(
            [EditLine(rows[line.item_id], format_qty(line.qty_m)) for line in view.lines]
        )

    def _person_chosen(self) -> None:
        person_id = combos.current_id(self.ui.person_combo)
        info = person_info(person_id) if person_id is not None else None
        # The requester's own department, unless one was chosen already.
        department = self.ui.department_combo
        if (
            info is not None
            and info.department_id is not None
            and not combos.current_id(department)
        ):
            combos.select_id(department, info.department_id)

    def field_widgets(self) -> dict[str, QWidget]:
        """Where the cursor goes when the service refuses a field."""
        ui = self.ui
        return {
            **super().field_widgets(),
            "department": ui.department_combo,
            "person": ui.person_combo,
            "purpose": ui.purpose_edit,
            "note": ui.note_edit,
        }

    def unknown_combo(self) -> tuple[QComboBox, str] | None:
        """A department or person typed that is not in the list."""
        ui = self.ui
        return first_unknown(
            [(ui.department_combo, self.tr("领用部门")), (ui.person_combo, self.tr("领用人"))]
        )

    def collect(self) -> rq.RequisitionInput:
        """What the form holds, as service input."""
        ui = self.ui
        return rq.RequisitionInput(
            date=ui.date_edit.date().toPython(),
            department_id=combos.current_id(ui.department_combo),
            person_id=combos.current_id(ui.person_combo),
            lines=self.entry.model.line_inputs(),
            purpose=ui.purpose_edit.text(),
            note=ui.note_edit.text(),
        )

    def save_and_submit(self) -> None:
        """Save the draft and hand it in for approval in one go."""
        self.submit_after_save = True
        self.accept()
        self.submit_after_save = False

    def save(self) -> str:
        """Store the draft (new or edited), submitting it if asked."""
        data = self.collect()
        if self.doc_id is None:
            number = rq.create_requisition(data, actor=self.actor)
            self.doc_id = doc_id_of(number)
        else:
            rq.edit_requisition(self.doc_id, data, actor=self.actor)
            number = doc_view(self.doc_id).number
        if self.submit_after_save:
            rq.submit_requisition(self.doc_id, actor=self.actor)
            self.submitted = True
        return number
