"""What the receipt, requisition and write-off dialogs share: a date, typed lines, Ctrl+Enter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from app.errors import HouqinError
from app.services.errors import DomainError
from app.services.stock_docs import LineError
from app.ui.base_dialog import BaseDialog, DialogForm
from app.ui.dialogs import combos
from app.ui.stock.dialog_keys import enter_takes_first_match, enter_types_ctrl_enter_saves
from app.ui.stock.line_entry import LineEntry, line_summary


class LinesDialog(BaseDialog):
    """A stock document typed line by line; each subclass defines ``save()`` (its service call)."""

    def __init__(
        self,
        form: DialogForm,
        parent: QWidget | None,
        *,
        priced: bool,
        actor: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(form, parent)
        self.actor = actor
        ui = self.ui
        today = QDate.currentDate()
        ui.date_edit.setDate(today)
        ui.date_edit.setMaximumDate(today)
        self.entry = LineEntry(
            ui, priced=priced, show_error=self.show_error, clear_error=self.clear_error, parent=self
        )
        self.entry.changed.connect(self._lines_changed)
        enter_types_ctrl_enter_saves(self, ui.button_box, ok_text)
        # Esc and 取消 ask before throwing typed lines away (reject() itself stays silent).
        ui.button_box.rejected.disconnect()
        ui.button_box.rejected.connect(self.cancel_asked)
        self._failed: BaseException | None = None
        self._lines_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes only after asking, when lines have been typed."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel_asked()
            return
        super().keyPressEvent(event)

    def cancel_asked(self) -> None:
        """Close without saving; if lines were typed, only once the user confirms."""
        count = self.entry.model.rowCount() + (1 if self.entry.pending() else 0)
        if count:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("放弃这张单据？已录入的 {n} 行物资不会保存。").format(n=count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.reject()

    def summary_label(self) -> Any:
        """The label under the lines that counts them (total_label or summary_label)."""
        return getattr(self.ui, "total_label", None) or self.ui.summary_label

    def _lines_changed(self) -> None:
        self.summary_label().setText(line_summary(self.entry.model))

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → the widget to put the cursor on when it is refused."""
        return {"date": self.ui.date_edit, "lines": self.ui.item_edit}

    def unknown_combo(self) -> tuple[QComboBox, str] | None:
        """An editable combo holding text that matches none of its entries, with its label."""
        return None

    def accept(self) -> None:
        """Save; a line still in the entry row is added first; a refusal points at its cause."""
        self.clear_error()
        unknown = self.unknown_combo()
        if unknown is not None:
            combo, label = unknown
            self.show_error(
                self.tr("没有名为“{text}”的{label}，请从列表中选择。").format(
                    text=combo.currentText().strip(), label=label
                ),
                combo,
            )
            return
        if self.entry.pending() and not self.entry.add_line():
            return
        if not self.entry.model.rowCount():
            self.show_error(self.tr("单据上至少要有一行物资。"), self.ui.item_edit)
            return
        self.run_service(self.save)  # type: ignore[attr-defined]

    def run_service(self, call: Callable[[], Any]) -> bool:
        """Run the service call; on a refusal keep the dialog open with the cursor at the cause."""
        self._failed = None

        def guarded() -> Any:
            try:
                return call()
            except HouqinError as exc:
                self._failed = exc
                raise

        if self.try_accept(guarded):
            return True
        error = self._failed
        if isinstance(error, LineError):
            self.entry.focus_line_error(error)
        elif isinstance(error, DomainError):
            widget = self.field_widgets().get(error.field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)
        return False


def searchable_reference(combo: QComboBox, kind: str, current: int | None = None) -> None:
    """A combo of reference records the user can type into to search."""
    combos.make_searchable(combo)
    enter_takes_first_match(combo)
    combos.fill_reference(combo, kind, current=current)


def first_unknown(pairs: list[tuple[QComboBox, str]]) -> tuple[QComboBox, str] | None:
    """The first combo whose typed text matches none of its entries."""
    for combo, label in pairs:
        if combos.has_unknown_text(combo):
            return combo, label
    return None
