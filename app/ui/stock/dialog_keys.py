"""Keyboard rules of the stock dialogs: Enter belongs to typing, Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView


def enter_types_ctrl_enter_saves(
    dialog: QDialog, button_box: QDialogButtonBox, ok_text: str
) -> None:
    """No default button (Enter moves along the lines); Ctrl+Enter or the OK button saves."""
    ok = button_box.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    ok.setToolTip(QCoreApplication.translate("dialog_keys", "保存（Ctrl+Enter）"))
    for button in button_box.buttons():
        button.setAutoDefault(False)
        button.setDefault(False)
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
