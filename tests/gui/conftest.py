"""GUI fixtures: per-test Qt settings, a school with reference data, and the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

# A completer popup on the offscreen platform: it cannot raise windows or grab the keyboard.
popup_warnings = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """Dialog geometry goes to this test's folder, never to the user's or another test's."""
    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    yield


@pytest.fixture
def school_ids(db_path: Path) -> dict[str, int]:
    """A school with departments, people and rooms (tests/factories.py); their ids."""
    from tests.factories import make_school

    return make_school()


@pytest.fixture
def main_window(qtbot, school_ids: dict[str, int], db_path: Path, tmp_path: Path):
    """The main window as app/selftest.py builds it: synchronous runner, PDFs into tmp_path."""
    from app.ui.main_window import MainWindow
    from app.ui.pdf_output import PdfOutput
    from app.ui.worker import TaskRunner

    opened: list[Path] = []
    window = MainWindow(
        db_path,
        TaskRunner(synchronous=True),
        PdfOutput(tmp_path / "prints", opener=lambda path: opened.append(path) or True),
        actor="测试员",
    )
    window.opened_pdfs = opened  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    return window


def activate(qtbot, widget) -> None:
    """Show ``widget`` and wait until it is the active window (window shortcuts need that)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` as a person would: ASCII as key presses, Chinese as an input method commits.

    QTest cannot press keys for characters outside Latin-1; a Chinese IME delivers its words
    to the widget as committed QInputMethodEvents, which is what this sends.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def on_next_dialog(action: Callable[[Any], None]) -> list[Any]:
    """Run ``action(dialog)`` on the modal dialog the next exec() opens; returns what was seen.

    Call it just before the click or key that opens the dialog: the timer fires once exec()
    runs its event loop, so nothing blocks. It gives up after about a second without a dialog.
    """
    seen: list[Any] = []

    def act(tries_left: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # exec() has not started its loop yet
            if tries_left:
                QTimer.singleShot(10, lambda: act(tries_left - 1))
            return
        seen.append(dialog)
        action(dialog)

    QTimer.singleShot(0, act)
    return seen
