"""The return dialog (退库单): goods of an issued requisition come back into stock."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from app.errors import HouqinError
from app.models.stock import DOC_REQUISITION, STATE_ISSUED
from app.services.stock_doc_queries import DocFilter, doc_view, fetch_docs
from app.services.stock_docs import LineError
from app.services.stock_returns import ReturnInput, post_return, returnable
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs import combos
from app.ui.generated.ui_stock_return import Ui_StockReturnDialog
from app.ui.stock.dialog_keys import (
    enter_takes_first_match,
    enter_types_ctrl_enter_saves,
    size_columns,
)
from app.ui.stock.quantity_delegate import QuantityDelegate
from app.ui.stock.quantity_models import ReturnLinesModel

REQUISITIONS_LISTED = 500


class ReturnDialog(BaseDialog):
    """Post one return against an issued requisition; ``outcome`` is its number."""

    def __init__(
        self, parent: QWidget | None = None, actor: str = "", requisition_id: int | None = None
    ) -> None:
        super().__init__(Ui_StockReturnDialog(), parent)
        self.actor = actor
        ui = self.ui
        today = QDate.currentDate()
        ui.date_edit.setDate(today)
        ui.date_edit.setMaximumDate(today)
        ui.keeper_edit.setText(actor)
        combos.make_searchable(ui.person_combo)
        combos.fill_reference(ui.person_combo, "person")
        combos.make_searchable(ui.requisition_combo)
        for combo in (ui.person_combo, ui.requisition_combo):
            enter_takes_first_match(combo)
        issued = fetch_docs(
            DocFilter(doc_type=DOC_REQUISITION, state=STATE_ISSUED), limit=REQUISITIONS_LISTED
        )
        pairs = [
            (row.id, f"{row.number}  {row.date.isoformat()}  {row.department} {row.party}")
            for row in issued
        ]
        if requisition_id is not None and all(pid != requisition_id for pid, _ in pairs):
            view = doc_view(requisition_id)
            pairs.insert(
                0,
                (
                    view.id,
                    f"{view.number}  {view.date.isoformat()}  {view.department} {view.person}",
                ),
            )
        combos.fill_combo(ui.requisition_combo, pairs, current=requisition_id)
        self.model = ReturnLinesModel(self)
        self.model.quantities_changed.connect(self._update_total)
        ui.lines_view.setModel(self.model)
        self.delegate = QuantityDelegate(ui.lines_view, after_last=ui.keeper_edit)
        size_columns(ui.lines_view, (80, 150, 140, 44, 70, 60, 60))
        ui.requisition_combo.currentTextChanged.connect(self._requisition_chosen)
        enter_types_ctrl_enter_saves(self, ui.button_box, self.tr("过账(&S)"))
        self._shown: int | None = None
        self._requisition_chosen()
        if self.model.rowCount():
            ui.lines_view.setCurrentIndex(self.model.index(0, self.model.entry_column()))
            ui.lines_view.setFocus()
        else:
            ui.requisition_combo.setFocus()

    def _requisition_chosen(self) -> None:
        doc_id = combos.current_id(self.ui.requisition_combo)
        if doc_id == self._shown:
            return
        self._shown = doc_id
        self.model.show(returnable(doc_id) if doc_id is not None else [])
        if doc_id is not None:
            view = doc_view(doc_id)
            combos.select_id(self.ui.person_combo, view.person_id)

    def _update_total(self) -> None:
        typed = sum(1 for n in range(self.model.rowCount()) if self.model.quantity_m(n))
        self.ui.total_label.setText(
            self.tr("共 {n} 行可退，本次退回 {typed} 行").format(
                n=self.model.rowCount(), typed=typed
            )
        )

    def _focus_row(self, row: int) -> None:
        view = self.ui.lines_view
        view.setCurrentIndex(self.model.index(row, self.model.entry_column()))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Post the return; a bad quantity keeps the dialog open with the cursor on its line."""
        ui = self.ui
        self.clear_error()
        for combo, label in (
            (ui.requisition_combo, self.tr("领用单")),
            (ui.person_combo, self.tr("退库人")),
        ):
            if combos.has_unknown_text(combo):
                self.show_error(
                    self.tr("没有“{text}”这个{label}，请从列表中选择。").format(
                        text=combo.currentText().strip(), label=label
                    ),
                    combo,
                )
                return
        problem = self.model.first_problem()
        if problem is not None:
            row, message = problem
            self.show_error(self.tr("第 {n} 行：{message}").format(n=row + 1, message=message))
            self._focus_row(row)
            return
        typed = self.model.line_inputs()
        if combos.current_id(ui.requisition_combo) is not None and not typed:
            self.show_error(self.tr("请在“退回数量”一栏填写要退回的数量。"))
            if self.model.rowCount():
                self._focus_row(0)
            return
        failed: list[HouqinError] = []

        def post() -> str:
            try:
                return post_return(
                    ReturnInput(
                        requisition_id=combos.current_id(ui.requisition_combo),
                        date=ui.date_edit.date().toPython(),
                        lines=[line for _, line in typed],
                        person_id=combos.current_id(ui.person_combo),
                        reason=ui.reason_edit.text(),
                        keeper=ui.keeper_edit.text(),
                        note=ui.note_edit.text(),
                    ),
                    actor=self.actor,
                )
            except HouqinError as exc:
                failed.append(exc)
                raise

        if not self.try_accept(post) and failed and isinstance(failed[0], LineError):
            self._focus_row(typed[failed[0].row][0])
