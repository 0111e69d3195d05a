"""Keyboard rules of the stock dialogs: Enter belongs to typing, Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterMovesOn(QObject):
    """Enter that no field used moves to the next field (a focused button is pressed instead).

    QDialogButtonBox makes its OK button the default when it is shown, so without this an
    Enter in the supplier or invoice box would post a half-typed document.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take a plain Enter that reached the dialog unused."""
        # The parent is read from Qt each time: the filter outlives Python attributes at teardown.
        dialog = self.parent()
        if isinstance(dialog, QDialog) and watched is dialog and event.type() == QEvent.Type.Show:
            # The button box made OK the default as it was shown; its frame would promise Enter.
            for button in dialog.findChildren(QPushButton):
                button.setDefault(False)
        if (
            isinstance(dialog, QDialog)
            and watched is dialog
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and dialog.isAncestorOf(focus):
                focus.click()
            else:
                _next_field(dialog)
            return True
        return super().eventFilter(watched, event)


def _next_field(dialog: QDialog) -> None:
    """Move along the tab order to the next field, passing over buttons (Tab reaches them)."""
    start = QApplication.focusWidget()
    for _ in range(64):  # a bound, in case the chain holds nothing but buttons
        dialog.focusNextChild()
        focus = QApplication.focusWidget()
        if focus is start or not isinstance(focus, QAbstractButton):
            return


class _FirstMatchOnEnter(QObject):
    """Enter on a combo's open match list with nothing highlighted takes the first match."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pick the first match, then go on to the next field as Enter does elsewhere."""
        combo = self.parent()
        if (
            isinstance(combo, QComboBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            completer = combo.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and watched is popup and not popup.currentIndex().isValid():
                first = completer.completionModel().index(0, 0)
                popup.hide()
                if first.isValid():
                    index = combo.findText(str(first.data()), Qt.MatchFlag.MatchFixedString)
                    if index >= 0:
                        combo.setCurrentIndex(index)
                dialog = combo.window()
                if isinstance(dialog, QDialog):
                    _next_field(dialog)
                return True
        return super().eventFilter(watched, event)


def enter_takes_first_match(combo: QComboBox) -> None:
    """A searchable combo where typing a few characters and Enter picks the first match."""
    completer = combo.completer()
    if completer is not None:
        completer.popup().installEventFilter(_FirstMatchOnEnter(combo))


def enter_types_ctrl_enter_saves(
    dialog: QDialog, button_box: QDialogButtonBox, ok_text: str
) -> None:
    """No default button (Enter moves along the fields); Ctrl+Enter or the OK button saves."""
    ok = button_box.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    ok.setToolTip(QCoreApplication.translate("dialog_keys", "保存（Ctrl+Enter）"))
    for button in button_box.buttons():
        button.setAutoDefault(False)
        button.setDefault(False)
    dialog.installEventFilter(_EnterMovesOn(dialog))
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.accept)


def size_columns(view: QTableView, widths: tuple[int, ...], stretch: int = 1) -> None:
    """Set the column widths; column ``stretch`` (the name) takes the spare width."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
