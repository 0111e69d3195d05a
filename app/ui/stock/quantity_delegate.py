"""A cell editor for quantity tables: Enter saves the cell and moves to the line below."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QStyledItemDelegate, QTableView, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuantityDelegate(QStyledItemDelegate):
    """Edits cells of ``view``; Enter commits and puts the cursor on the same column one line down.

    At the last line, ``after_last`` (if given) says where the cursor goes instead.
    """

    def __init__(self, view: QTableView, after_last: QWidget | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.after_last = after_last
        view.setItemDelegate(self)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in an open editor, or on the table itself, moves down a line."""
        on_view = watched is self.view
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if plain and event.key() in _ENTER_KEYS:
                if isinstance(watched, QWidget) and not on_view:
                    self.commitData.emit(watched)
                    self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                self._move_down()
                return True
        if on_view:
            # The base class takes whatever it watches for an editor (focus-out commits it).
            return False
        return super().eventFilter(watched, event)

    def _move_down(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        below: QModelIndex = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.view.setCurrentIndex(below)
        elif self.after_last is not None:
            self.after_last.setFocus(Qt.FocusReason.OtherFocusReason)
