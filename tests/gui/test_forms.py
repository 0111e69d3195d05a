"""The compiled forms match forms/*.ui, keep their widget names, and set up without warnings."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.ui.compile_forms import GENERATED_DIR, compile_form, form_paths, generated_path

pytestmark = pytest.mark.gui

FORMS = form_paths()

# The names other modules rely on: the contract between forms/ and the dialog classes.
REQUIRED_WIDGETS: dict[str, dict[str, type]] = {
    "school_setup": {"school_name_edit": QLineEdit, "hint_label": QLabel},
    "settings": {
        "school_name_edit": QLineEdit,
        "asset_number_pattern_edit": QLineEdit,
        "asset_number_pattern_hint_label": QLabel,
        "threshold_edit": QLineEdit,
        "depreciation_start_combo": QComboBox,
        "tabs": QTabWidget,
        "prefix_form": QFormLayout,
        "forbid_self_approval_check": QCheckBox,
        "requisition_two_copies_check": QCheckBox,
        "director_limit_edit": QLineEdit,
        "principal_limit_edit": QLineEdit,
    },
    "asset_edit": {
        "number_edit": QLineEdit,
        "name_edit": QLineEdit,
        "category_combo": QComboBox,
        "spec_edit": QLineEdit,
        "brand_edit": QLineEdit,
        "unit_combo": QComboBox,
        "value_edit": QLineEdit,
        "quantity_spin": QSpinBox,
        "purchase_date_edit": QDateEdit,
        "acquisition_combo": QComboBox,
        "funding_combo": QComboBox,
        "supplier_combo": QComboBox,
        "invoice_edit": QLineEdit,
        "serial_edit": QLineEdit,
        "warranty_check": QCheckBox,
        "warranty_date_edit": QDateEdit,
        "status_combo": QComboBox,
        "room_combo": QComboBox,
        "custodian_combo": QComboBox,
        "department_combo": QComboBox,
        "old_number_edit": QLineEdit,
        "note_edit": QPlainTextEdit,
    },
    "handover": {
        "kind_combo": QComboBox,
        "date_edit": QDateEdit,
        "search_edit": QLineEdit,
        "available_view": QTableView,
        "add_button": QPushButton,
        "remove_button": QPushButton,
        "selected_view": QTableView,
        "selection_summary_label": QLabel,
        "to_person_combo": QComboBox,
        "to_room_combo": QComboBox,
        "to_department_combo": QComboBox,
        "handed_by_edit": QLineEdit,
        "received_by_edit": QLineEdit,
        "manager_edit": QLineEdit,
        "approver_edit": QLineEdit,
        "note_edit": QLineEdit,
    },
    "reference_data": {
        "kind_list": QListWidget,
        "filter_edit": QLineEdit,
        "show_inactive_check": QCheckBox,
        "table_view": QTableView,
        "new_button": QPushButton,
        "edit_button": QPushButton,
        "toggle_active_button": QPushButton,
    },
    "record_edit": {"form_layout": QFormLayout},
}

ASSET_EDIT_TAB_ORDER = [
    "name_edit",
    "category_combo",
    "number_edit",
    "spec_edit",
    "brand_edit",
    "unit_combo",
    "value_edit",
    "quantity_spin",
    "purchase_date_edit",
    "acquisition_combo",
    "funding_combo",
    "supplier_combo",
    "invoice_edit",
    "status_combo",
    "room_combo",
    "custodian_combo",
    "department_combo",
    "serial_edit",
    "warranty_check",
    "old_number_edit",
    "note_edit",
]


def _setup(qtbot, stem: str) -> tuple[QDialog, object]:
    """Build the compiled form ``stem`` on a fresh QDialog."""
    module = importlib.import_module(f"app.ui.generated.ui_{stem}")
    (ui_class,) = [value for name, value in vars(module).items() if name.startswith("Ui_")]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    ui = ui_class()
    ui.setupUi(dialog)
    return dialog, ui


def _tab_sequence(dialog: QDialog) -> list[str]:
    """Names of the widgets Tab visits, in order, starting from the dialog."""
    names: list[str] = []
    widget: QWidget = dialog.nextInFocusChain()
    while widget is not dialog:
        tabbable = (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget.focusProxy() is None
            and widget.isVisibleTo(dialog)
        )
        if tabbable:
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def test_forms_exist() -> None:
    """Every dialog of the brief has a form (the parametrized tests below rely on this)."""
    assert {path.stem for path in FORMS} >= set(REQUIRED_WIDGETS)


@pytest.mark.parametrize("ui_path", FORMS, ids=lambda path: path.stem)
def test_generated_module_matches_form(ui_path: Path) -> None:
    """The committed module is exactly what compiling the form gives now."""
    committed = generated_path(ui_path)
    assert committed.is_file(), "run: python -m app.ui.compile_forms"
    assert committed.read_text(encoding="utf-8") == compile_form(ui_path), (
        f"{committed.name} is stale or hand-edited; run: python -m app.ui.compile_forms"
    )


def test_no_generated_module_without_its_form() -> None:
    """A form that was deleted or renamed leaves no orphan module behind."""
    expected = {generated_path(path).name for path in FORMS}
    assert {path.name for path in GENERATED_DIR.glob("ui_*.py")} == expected


@pytest.mark.parametrize("ui_path", FORMS, ids=lambda path: path.stem)
def test_form_sets_up_with_its_contract(qtbot, ui_path: Path) -> None:
    """Each form builds without Qt warnings and has its named widgets, error line and buttons."""
    dialog, ui = _setup(qtbot, ui_path.stem)
    assert dialog.windowTitle()
    assert isinstance(ui.error_label, QLabel)
    assert ui.error_label.isHidden()
    assert "color" in ui.error_label.styleSheet()
    assert isinstance(ui.button_box, QDialogButtonBox)
    for name, kind in REQUIRED_WIDGETS.get(ui_path.stem, {}).items():
        assert isinstance(getattr(ui, name, None), kind), name


def test_asset_edit_tab_order_runs_top_to_bottom(qtbot) -> None:
    """Tab starts at the asset name and walks the fields column by column."""
    dialog, _ui = _setup(qtbot, "asset_edit")
    sequence = _tab_sequence(dialog)
    assert sequence[: len(ASSET_EDIT_TAB_ORDER)] == ASSET_EDIT_TAB_ORDER


def test_asset_edit_warranty_date_follows_its_check_box(qtbot) -> None:
    """The warranty date can be edited only while 保修截止 is ticked."""
    _dialog, ui = _setup(qtbot, "asset_edit")
    assert not ui.warranty_date_edit.isEnabled()
    ui.warranty_check.setChecked(True)
    assert ui.warranty_date_edit.isEnabled()


def test_asset_edit_quantity_range(qtbot) -> None:
    """Batch registration allows 1 to 999 items."""
    _dialog, ui = _setup(qtbot, "asset_edit")
    assert (ui.quantity_spin.minimum(), ui.quantity_spin.maximum()) == (1, 999)


def test_reference_data_has_only_close(qtbot) -> None:
    """The reference data browser closes; it has no OK/Cancel of its own."""
    _dialog, ui = _setup(qtbot, "reference_data")
    assert ui.button_box.standardButtons() == QDialogButtonBox.StandardButton.Close
