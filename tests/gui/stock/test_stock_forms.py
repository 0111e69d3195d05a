"""The stock forms keep their widget names and keyboard order, and the stock room speaks English."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.ui.qt_app import install_translators
from app.ui.stock.receipt_dialog import ReceiptDialog
from app.ui.stock.requisition_dialog import RequisitionDialog

pytestmark = pytest.mark.gui
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
ENTRY_ROW = {
    "item_edit": QLineEdit,
    "qty_edit": QLineEdit,
    "unit_label": QLabel,
    "add_button": QPushButton,
    "stock_hint_label": QLabel,
    "lines_view": QTableView,
    "remove_button": QPushButton,
}
CONTRACTS: dict[str, dict[str, type]] = {
    "stock_item": {
        "code_edit": QLineEdit,
        "name_edit": QLineEdit,
        "spec_edit": QLineEdit,
        "unit_combo": QComboBox,
        "category_combo": QComboBox,
        "shelf_edit": QLineEdit,
        "reorder_edit": QLineEdit,
        "note_edit": QLineEdit,
    },
    "stock_receipt": {
        **ENTRY_ROW,
        "date_edit": QDateEdit,
        "supplier_combo": QComboBox,
        "invoice_edit": QLineEdit,
        "price_edit": QLineEdit,
        "new_item_button": QPushButton,
        "total_label": QLabel,
        "handled_by_edit": QLineEdit,
        "checked_by_edit": QLineEdit,
        "keeper_edit": QLineEdit,
    },
    "stock_requisition": {
        **ENTRY_ROW,
        "date_edit": QDateEdit,
        "department_combo": QComboBox,
        "person_combo": QComboBox,
        "purpose_edit": QLineEdit,
        "summary_label": QLabel,
    },
    "stock_write_off": {
        **ENTRY_ROW,
        "date_edit": QDateEdit,
        "department_combo": QComboBox,
        "reason_edit": QLineEdit,
        "total_label": QLabel,
        "handled_by_edit": QLineEdit,
        "approved_by_edit": QLineEdit,
    },
    "stock_issue": {
        "summary_label": QLabel,
        "date_edit": QDateEdit,
        "issued_by_edit": QLineEdit,
        "lines_view": QTableView,
        "total_label": QLabel,
    },
    "stock_return": {
        "requisition_combo": QComboBox,
        "date_edit": QDateEdit,
        "person_combo": QComboBox,
        "reason_edit": QLineEdit,
        "lines_view": QTableView,
        "keeper_edit": QLineEdit,
    },
    "stock_decision": {
        "summary_label": QLabel,
        "person_edit": QLineEdit,
        "reason_edit": QPlainTextEdit,
    },
}


def _setup(qtbot, stem: str):
    module = importlib.import_module(f"app.ui.generated.ui_{stem}")
    (ui_class,) = [value for name, value in vars(module).items() if name.startswith("Ui_")]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = ui_class()
    ui.setupUi(dialog)
    return dialog, ui


def _tab_order(dialog: QDialog) -> list[str]:
    names, widget = [], dialog.nextInFocusChain()
    while widget is not dialog:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
        if tabbable and widget.focusProxy() is None and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


@pytest.mark.parametrize("stem", sorted(CONTRACTS))
def test_stock_form_has_its_widgets(qtbot, stem: str) -> None:
    dialog, ui = _setup(qtbot, stem)
    assert dialog.windowTitle()
    assert ui.error_label.isHidden()
    for name, kind in CONTRACTS[stem].items():
        assert isinstance(getattr(ui, name, None), kind), name


def test_receipt_entry_row_is_in_typing_order(qtbot) -> None:
    dialog, _ui = _setup(qtbot, "stock_receipt")
    order = _tab_order(dialog)
    wanted = ["item_edit", "qty_edit", "price_edit", "add_button", "lines_view"]
    assert [name for name in order if name in wanted] == wanted


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English for the widgets built during the test (the other tests expect Chinese)."""
    translators = install_translators(qapp, "en")
    assert translators
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _chinese_texts(widget: QWidget) -> dict[str, str]:
    found = {}
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        elif isinstance(child, QLineEdit):
            text = child.placeholderText()
        else:
            continue
        if _CHINESE.search(text):
            found[child.objectName()] = text
    return found


@pytest.mark.parametrize("cls", [ReceiptDialog, RequisitionDialog])
def test_english_stock_dialogs(english, qtbot, school_ids, cls) -> None:
    dialog = cls(None, actor="tester")
    qtbot.addWidget(dialog)
    assert not _CHINESE.search(dialog.windowTitle())
    # Names from the database (departments, people) may be Chinese; the fixed texts are not.
    assert _chinese_texts(dialog) == {}
    headers = [
        dialog.entry.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.entry.model.columnCount())
    ]
    assert headers[:2] == ["Code", "Item"]


def test_english_stock_tab(english, main_window) -> None:
    tab = main_window.stock_tab
    assert main_window.tabs.tabText(1) == "Stock room"
    assert tab.receive_button.text() == "Receive…"
    assert _chinese_texts(tab) == {}
    stock_menu = [a for a in main_window.menuBar().actions() if a.text() == "Stoc&k room"]
    assert stock_menu
