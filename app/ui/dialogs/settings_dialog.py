"""The settings dialog (设置): every stored setting on five tabs, with examples and checks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QWidget

from app.services import numbering, settings
from app.services.errors import ValidationError
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_settings import Ui_SettingsDialog

# What the example under the pattern shows: a computer (信息化设备) bought today, the first one.
_EXAMPLE_SHORT_CODE = "XX"
_EXAMPLE_CODE = "A02010000"
_ERROR_STYLE = "color: #c62828;"
_EXAMPLE_STYLE = "color: #666666;"


class SettingsDialog(BaseDialog):
    """Edit the stored settings; ``outcome`` is the new Settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_SettingsDialog(), parent)
        self._failed_field = ""
        ui = self.ui
        combo = ui.depreciation_start_combo
        combo.setItemData(0, settings.DEPRECIATION_SAME_MONTH)
        combo.setItemData(1, settings.DEPRECIATION_NEXT_MONTH)
        current = settings.load_settings()
        ui.school_name_edit.setText(current.school_name)
        ui.asset_number_pattern_edit.setText(current.asset_number_pattern)
        ui.threshold_edit.setText(f"{current.fixed_asset_threshold:.2f}")
        combo.setCurrentIndex(max(0, combo.findData(current.depreciation_start)))
        ui.forbid_self_approval_check.setChecked(current.forbid_self_approval)
        ui.requisition_two_copies_check.setChecked(current.requisition_two_copies)
        ui.director_limit_edit.setText(f"{current.disposal_director_limit:.2f}")
        ui.principal_limit_edit.setText(f"{current.disposal_principal_limit:.2f}")
        ui.asset_number_pattern_edit.textChanged.connect(self._show_example)
        self._show_example(current.asset_number_pattern)
        self._widgets: dict[str, QWidget] = {
            "school_name": ui.school_name_edit,
            "asset_number_pattern": ui.asset_number_pattern_edit,
            "fixed_asset_threshold": ui.threshold_edit,
            "depreciation_start": combo,
            "disposal_director_limit": ui.director_limit_edit,
            "disposal_principal_limit": ui.principal_limit_edit,
        }
        self.prefix_edits: dict[str, QLineEdit] = {}
        self.prefix_examples: dict[str, QLabel] = {}
        self._add_prefix_rows(current)
        ui.school_name_edit.setFocus()

    # --- document prefixes --------------------------------------------------------------
    def _add_prefix_rows(self, current: settings.Settings) -> None:
        """One row per numbered document (settings.DOCUMENT_PREFIXES): prefix and an example."""
        form = self.ui.prefix_form
        letters = QRegularExpression(f"[A-Za-z]{{0,{settings.PREFIX_MAX_LENGTH}}}")
        previous: QWidget = self.ui.requisition_two_copies_check
        for key, document in settings.DOCUMENT_PREFIXES:
            if not hasattr(current, key):
                continue
            edit = QLineEdit(getattr(current, key))
            edit.setObjectName(f"{key}_edit")
            edit.setMaxLength(settings.PREFIX_MAX_LENGTH)
            edit.setMaximumWidth(90)
            edit.setValidator(QRegularExpressionValidator(letters, edit))
            example = QLabel()
            example.setObjectName(f"{key}_example_label")
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(example, 1)
            label = QLabel(self.tr("{document}前缀").format(document=document))
            label.setBuddy(edit)
            form.addRow(label, row)
            edit.textEdited.connect(lambda text, e=edit: self._upper(e, text))
            edit.textChanged.connect(lambda _text, k=key: self._show_prefix_example(k))
            self.prefix_edits[key] = edit
            self.prefix_examples[key] = example
            self._widgets[key] = edit
            QWidget.setTabOrder(previous, edit)
            previous = edit
        for key in self.prefix_edits:
            self._show_prefix_example(key)

    @staticmethod
    def _upper(edit: QLineEdit, text: str) -> None:
        # Prefixes are upper case; typing "rk" gives "RK" without fighting the cursor.
        if text != text.upper():
            position = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(position)

    def _show_prefix_example(self, key: str) -> None:
        label = self.prefix_examples[key]
        document = dict(settings.DOCUMENT_PREFIXES)[key]
        try:
            prefix = settings.validate_prefix(self.prefix_edits[key].text(), document, key)
        except ValidationError as exc:
            label.setStyleSheet(_ERROR_STYLE)
            label.setText(exc.message)
            return
        label.setStyleSheet(_EXAMPLE_STYLE)
        number = numbering.document_number(prefix, dt.date.today().year, 1)
        label.setText(self.tr("示例：{number}").format(number=number))

    # --- asset numbers ------------------------------------------------------------------
    def _show_example(self, pattern: str) -> None:
        label = self.ui.asset_number_example_label
        try:
            checked = settings.validate_asset_pattern(pattern)
        except ValidationError as exc:
            label.setStyleSheet(_ERROR_STYLE)
            label.setText(exc.message)
            return
        example = settings.format_asset_number(
            checked, dt.date.today(), _EXAMPLE_SHORT_CODE, _EXAMPLE_CODE, 1
        )
        label.setStyleSheet("")
        label.setText(self.tr("示例：{example}").format(example=example))

    # --- saving -------------------------------------------------------------------------
    def accept(self) -> None:
        """Validate and store every setting in one go; a refusal opens the tab of its field."""
        self._failed_field = ""
        if not self.try_accept(self._save):
            widget = self._widgets.get(self._failed_field)
            if widget is not None:
                self._show_tab_of(widget)
                self.show_error(self.ui.error_label.text(), widget)

    def _show_tab_of(self, widget: QWidget) -> None:
        tabs: QTabWidget = self.ui.tabs
        for index in range(tabs.count()):
            if tabs.widget(index).isAncestorOf(widget):
                tabs.setCurrentIndex(index)
                return

    def _save(self) -> settings.Settings:
        ui = self.ui
        try:
            return settings.save_settings(
                school_name=ui.school_name_edit.text(),
                asset_number_pattern=ui.asset_number_pattern_edit.text(),
                fixed_asset_threshold=ui.threshold_edit.text(),
                depreciation_start=ui.depreciation_start_combo.currentData(),
                forbid_self_approval=ui.forbid_self_approval_check.isChecked(),
                requisition_two_copies=ui.requisition_two_copies_check.isChecked(),
                disposal_director_limit=ui.director_limit_edit.text(),
                disposal_principal_limit=ui.principal_limit_edit.text(),
                prefixes={key: edit.text() for key, edit in self.prefix_edits.items()},
            )
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
