"""The settings dialog (设置): school name, asset numbering, fixed-asset threshold, depreciation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.services import settings
from app.services.errors import ValidationError
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_settings import Ui_SettingsDialog

# What the example under the pattern shows: a computer (信息化设备) bought today, the first one.
_EXAMPLE_SHORT_CODE = "XX"
_EXAMPLE_CODE = "A02010000"


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
        ui.asset_number_pattern_edit.textChanged.connect(self._show_example)
        self._show_example(current.asset_number_pattern)
        self._widgets = {
            "school_name": ui.school_name_edit,
            "asset_number_pattern": ui.asset_number_pattern_edit,
            "fixed_asset_threshold": ui.threshold_edit,
            "depreciation_start": combo,
        }
        ui.school_name_edit.setFocus()

    def _show_example(self, pattern: str) -> None:
        label = self.ui.asset_number_example_label
        try:
            checked = settings.validate_asset_pattern(pattern)
        except ValidationError as exc:
            label.setStyleSheet("color: #c62828;")
            label.setText(exc.message)
            return
        example = settings.format_asset_number(
            checked, dt.date.today(), _EXAMPLE_SHORT_CODE, _EXAMPLE_CODE, 1
        )
        label.setStyleSheet("")
        label.setText(self.tr("示例：{example}").format(example=example))

    def accept(self) -> None:
        """Validate and store every setting in one go; a refusal focuses the field it is about."""
        self._failed_field = ""
        if not self.try_accept(self._save):
            widget = self._widgets.get(self._failed_field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def _save(self) -> settings.Settings:
        ui = self.ui
        try:
            return settings.save_settings(
                school_name=ui.school_name_edit.text(),
                asset_number_pattern=ui.asset_number_pattern_edit.text(),
                fixed_asset_threshold=ui.threshold_edit.text(),
                depreciation_start=ui.depreciation_start_combo.currentData(),
            )
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
