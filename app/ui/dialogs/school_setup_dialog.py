"""The first-start dialog (初始设置): the school's name, printed on every form."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.settings import load_settings, save_settings
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_school_setup import Ui_SchoolSetupDialog


class SchoolSetupDialog(BaseDialog):
    """Ask for the school's name and store it; ``outcome`` is the saved name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_SchoolSetupDialog(), parent)
        self.ui.school_name_edit.setText(load_settings().school_name)
        self.ui.school_name_edit.setFocus()

    def accept(self) -> None:
        """Save the name; an empty or overlong name is refused with the reason."""
        self.try_accept(self._save, focus=self.ui.school_name_edit)

    def _save(self) -> str:
        return save_settings(school_name=self.ui.school_name_edit.text()).school_name
