"""The one dialog base class: modal, remembers its geometry, shows validation errors inline."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from app.errors import HouqinError

log = logging.getLogger("app.ui")

_ERROR_STYLE = "color: #c62828;"


class DialogForm(Protocol):
    """What BaseDialog needs from a compiled Designer form (``Ui_X`` from app.ui.generated)."""

    error_label: QLabel
    button_box: QDialogButtonBox

    def setupUi(self, dialog: QDialog) -> None:
        """Build the form's widgets on ``dialog``."""


class BaseDialog(QDialog):
    """Modal dialog built from a compiled form, with saved geometry and inline errors.

    Subclasses pass their form, e.g. ``super().__init__(Ui_AssetEditDialog(), parent)``, then
    reach widgets through ``self.ui``. To save, override ``accept`` and call ``try_accept``.
    """

    def __init__(
        self,
        form: DialogForm,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        # Any: each subclass reaches its own form's widgets (self.ui.name_edit …).
        self.ui: Any = form
        self.ui.setupUi(self)
        self.setModal(True)
        # QSettings() is a view on the per-user store named by the application's names, not a
        # shared object; tests pass their own file-backed instance.
        self._settings = settings if settings is not None else QSettings()
        self.outcome: Any = None
        if not self.ui.error_label.styleSheet():
            self.ui.error_label.setStyleSheet(_ERROR_STYLE)
        self.clear_error()
        self._restore_geometry()

    @property
    def geometry_key(self) -> str:
        """The QSettings key under which this dialog class keeps its size and position."""
        return f"dialogs/{type(self).__name__}/geometry"

    def show_error(self, message: str, focus: QWidget | None = None) -> None:
        """Show ``message`` in red above the buttons and put the cursor on ``focus``."""
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(True)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def clear_error(self) -> None:
        """Hide the error line."""
        self.ui.error_label.clear()
        self.ui.error_label.setVisible(False)

    def try_accept(self, action: Callable[[], Any], focus: QWidget | None = None) -> bool:
        """Run ``action`` (a service call); close on success, else show its message and stay.

        Only HouqinError is a user-facing refusal; any other exception is a bug and goes on to
        the crash handler. The return value of ``action`` is kept in ``self.outcome``.
        """
        self.clear_error()
        try:
            self.outcome = action()
        except HouqinError as exc:
            log.info("%s refused: %s", type(self).__name__, exc.message)
            # The dialog stays open with everything the user typed, so nothing is lost.
            self.show_error(exc.message, focus)
            return False
        super().accept()
        return True

    def done(self, result: int) -> None:
        """Remember the geometry whichever way the dialog closes, then close it."""
        self._settings.setValue(self.geometry_key, self.saveGeometry())
        super().done(result)

    def _restore_geometry(self) -> None:
        """Apply the size and position saved the last time, if any."""
        saved = self._settings.value(self.geometry_key)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
