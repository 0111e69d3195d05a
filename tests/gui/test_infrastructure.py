"""The GUI plumbing: application set-up, the task runner, the dialog base and the crash hook."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import PySide6
import pytest
from PySide6.QtCore import QLocale, QObject, QSettings, QThread, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from app.errors import HouqinError
from app.ui import crash
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_record_edit import Ui_RecordEditDialog
from app.ui.qt_app import configure_application, register_cjk_font, requested_language
from app.ui.worker import CancelToken, TaskRunner

pytestmark = pytest.mark.gui


def _on_gui_thread() -> bool:
    """Whether the caller runs on the thread that owns the QApplication."""
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


# --- application set-up ------------------------------------------------------------------


def test_bundled_cjk_font_registers_with_its_family() -> None:
    """The embedded font loads from resources/ and Qt reports WenQuanYi Micro Hei."""
    family = register_cjk_font()
    assert family == "WenQuanYi Micro Hei"
    assert family in QFontDatabase.families()


@pytest.fixture
def restored_app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, with names, font and translators put back after the test."""
    font = qapp.font()
    names = (qapp.organizationName(), qapp.applicationName(), qapp.applicationDisplayName())
    yield qapp
    qapp.setFont(font)
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    qapp.setApplicationDisplayName(names[2])


def test_configure_application_names_and_cjk_fallback(restored_app: QApplication) -> None:
    """The app gets its names, and the CJK family follows the system font as a fallback."""
    setup = configure_application(restored_app, ["houqin", "--lang", "zh"])
    try:
        assert restored_app.organizationName() == "Houqin"
        assert restored_app.applicationDisplayName() == "后勤管家"
        families = restored_app.font().families()
        assert setup.cjk_family in families
        assert families.index(setup.cjk_family) == len(families) - 1
        assert setup.language == "zh"
    finally:
        for translator in setup.translators:
            restored_app.removeTranslator(translator)


@pytest.mark.parametrize(
    ("argv", "locale", "expected"),
    [
        (["houqin", "--lang", "en"], QLocale(QLocale.Language.Chinese), "en"),
        (["houqin", "--lang=zh_CN"], QLocale(QLocale.Language.English), "zh"),
        (["houqin"], QLocale(QLocale.Language.English), "en"),
        (["houqin"], QLocale(QLocale.Language.Chinese), "zh"),
        (["houqin", "--lang", "fr"], QLocale(QLocale.Language.Chinese), "zh"),
    ],
)
def test_requested_language(argv: list[str], locale: QLocale, expected: str) -> None:
    """An explicit --lang wins; otherwise only an English locale switches away from Chinese."""
    assert requested_language(argv, locale) == expected


# --- the Qt binding itself -----------------------------------------------------------------


@pytest.mark.xfail(
    PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12),
    reason="PySide6 6.12.0 Signal.emit() frees a reference to True it does not own; on Python "
    "3.11 the interpreter aborts (bool_dealloc) after a few hundred emits. Use another PySide6.",
    strict=True,
)
def test_signal_emit_keeps_reference_counts(qapp: QApplication) -> None:
    """Emitting a Python-defined signal leaves the refcount of True unchanged."""

    class Emitter(QObject):
        ping = Signal()

    emitter = Emitter()
    emitter.ping.emit()  # the first emit may set up caches that hold a reference
    before = sys.getrefcount(True)
    for _ in range(10):
        emitter.ping.emit()
    # Read into a local first: pytest's assertion rewriting would hold an extra reference.
    after = sys.getrefcount(True)
    assert after == before


# --- task runner ---------------------------------------------------------------------------


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A runner on its own pool, drained after the test."""
    task_runner = TaskRunner()
    yield task_runner
    assert task_runner.shutdown(5000)


def test_task_result_arrives_on_gui_thread(qtbot, runner: TaskRunner) -> None:
    """The callable runs on a pool thread; its result is delivered on the GUI thread."""
    seen: dict[str, object] = {}

    def work(token: CancelToken) -> int:
        seen["worker_on_gui"] = _on_gui_thread()
        return 6 * 7

    def on_success(result: object) -> None:
        seen["result"] = result
        seen["callback_on_gui"] = _on_gui_thread()

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    task = runner.run(work, on_success=on_success)
    # Outcomes travel as queued events, so none can arrive before the wait below runs the loop.
    blocker = qtbot.waitSignal(task.succeeded, timeout=5000)
    blocker.wait()
    assert blocker.args == [42]
    assert seen == {"worker_on_gui": False, "result": 42, "callback_on_gui": True}
    assert task.result == 42
    assert busy == [True, False]


def test_task_error_arrives_on_gui_thread(qtbot, runner: TaskRunner) -> None:
    """An exception raised in the callable reaches on_failure on the GUI thread."""
    errors: list[tuple[BaseException, bool]] = []

    def work(token: CancelToken) -> None:
        raise HouqinError("库存不足，无法出库")

    task = runner.run(work, on_failure=lambda exc: errors.append((exc, _on_gui_thread())))
    qtbot.waitSignal(task.failed, timeout=5000).wait()
    ((error, on_gui),) = errors
    assert isinstance(error, HouqinError)
    assert error.message == "库存不足，无法出库"
    assert on_gui


def test_unhandled_task_error_goes_to_excepthook(qtbot, runner: TaskRunner, monkeypatch) -> None:
    """Without on_failure the error is not swallowed: sys.excepthook (the crash hook) gets it."""
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: hooked.append(exc))

    def work(token: CancelToken) -> None:
        raise ValueError("bug")

    task = runner.run(work)
    qtbot.waitSignal(task.finished, timeout=5000).wait()
    assert [str(exc) for exc in hooked] == ["bug"]


def test_task_cancellation(qtbot, runner: TaskRunner) -> None:
    """cancel() stops a task at its next check and reports cancelled, not success."""
    started = threading.Event()
    outcomes: list[str] = []

    def work(token: CancelToken) -> str:
        started.set()
        token.wait(10)
        token.raise_if_cancelled()
        return "finished anyway"

    task = runner.run(
        work,
        on_success=lambda _result: outcomes.append("success"),
        on_cancelled=lambda: outcomes.append("cancelled"),
    )
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert outcomes == ["cancelled"]
    assert task.is_done
    assert not runner.busy


def test_task_progress_arrives_in_order_on_gui_thread(qtbot, runner: TaskRunner) -> None:
    """Progress reports reach the GUI thread before the result, and the last step always does."""
    reports: list[tuple[int, int, str, bool]] = []

    def work(token: CancelToken) -> str:
        for step in range(1, 4):
            token.progress(step, 3, f"第 {step} 步")
        return "done"

    task = runner.run(
        work,
        on_progress=lambda done, total, text: reports.append((done, total, text, _on_gui_thread())),
    )
    qtbot.waitSignal(task.succeeded, timeout=5000).wait()
    assert reports[0] == (1, 3, "第 1 步", True)
    assert reports[-1] == (3, 3, "第 3 步", True)


def test_synchronous_runner_finishes_inline(qapp: QApplication) -> None:
    """In synchronous mode (tests) the task has finished, on this thread, when run() returns."""
    runner = TaskRunner(synchronous=True)
    progress: list[int] = []
    task = runner.run(
        lambda token: token.progress(1, 1) or threading.get_ident(),
        on_progress=lambda done, _total, _text: progress.append(done),
    )
    assert task.is_done
    assert task.result == threading.get_ident()
    assert progress == [1]
    assert not runner.busy


# --- dialog base ---------------------------------------------------------------------------


class _RoomDialog(BaseDialog):
    """A minimal dialog on the generic record form, with one name field."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__(Ui_RecordEditDialog(), settings=settings)
        self.name_edit = QLineEdit()
        self.ui.form_layout.addRow("名称*", self.name_edit)
        self.saved: list[str] = []

    def accept(self) -> None:
        """Save through a stand-in service that refuses an empty name."""
        self.try_accept(self._save, focus=self.name_edit)

    def _save(self) -> int:
        """Pretend service call."""
        if not self.name_edit.text().strip():
            raise HouqinError("请填写名称。")
        self.saved.append(self.name_edit.text())
        return 7


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A throw-away settings file, so tests never touch the user's own settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_dialog_is_modal_and_starts_without_error(qtbot, settings: QSettings) -> None:
    """A fresh dialog is modal and shows no error line."""
    dialog = _RoomDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.isModal()
    assert dialog.ui.error_label.isHidden()


def test_show_error_and_clear_error(qtbot, settings: QSettings) -> None:
    """show_error puts red text above the buttons and the cursor on the field; clear hides it."""
    dialog = _RoomDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show_error("名称不能为空。", focus=dialog.name_edit)
    assert not dialog.ui.error_label.isHidden()
    assert dialog.ui.error_label.text() == "名称不能为空。"
    assert "#c62828" in dialog.ui.error_label.styleSheet()
    assert dialog.focusWidget() is dialog.name_edit
    dialog.clear_error()
    assert dialog.ui.error_label.isHidden()
    assert dialog.ui.error_label.text() == ""


def test_refused_service_call_keeps_dialog_open(qtbot, settings: QSettings) -> None:
    """A HouqinError from the service shows its message and the dialog does not close."""
    dialog = _RoomDialog(settings)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == "请填写名称。"
    assert dialog.name_edit.text() == "   "
    assert dialog.saved == []


def test_successful_service_call_accepts(qtbot, settings: QSettings) -> None:
    """When the service succeeds the dialog closes as accepted and keeps the outcome."""
    dialog = _RoomDialog(settings)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("计算机教室")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome == 7
    assert dialog.saved == ["计算机教室"]


def test_geometry_is_saved_and_restored(qtbot, settings: QSettings) -> None:
    """The size a user gave a dialog comes back the next time it opens."""
    first = _RoomDialog(settings)
    qtbot.addWidget(first)
    first.resize(640, 300)
    first.reject()
    assert settings.contains(first.geometry_key)
    second = _RoomDialog(settings)
    qtbot.addWidget(second)
    assert second.size().toTuple() == (640, 300)


# --- crash hook ----------------------------------------------------------------------------


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """A log folder; the root logger's handlers and level are restored afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield tmp_path / "logs"
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


class _FakeMessageBox:
    """Stands in for QMessageBox: records what would have been shown, never blocks."""

    Icon = crash.QMessageBox.Icon
    StandardButton = crash.QMessageBox.StandardButton
    shown: ClassVar[list[_FakeMessageBox]] = []
    during_exec: ClassVar[list[Callable[[], None]]] = []

    def __init__(self, icon: object, title: str, text: str, buttons: object) -> None:
        self.title = title
        self.text = text
        self.details = ""

    def setDetailedText(self, text: str) -> None:
        """Record the traceback shown under 显示详细信息."""
        self.details = text

    def exec(self) -> int:
        """Record the box and run whatever the test wants to happen while it is open."""
        type(self).shown.append(self)
        for action in type(self).during_exec:
            action()
        return 0


@pytest.fixture
def fake_box(monkeypatch) -> type[_FakeMessageBox]:
    """Replace the crash dialog with the recording fake."""
    monkeypatch.setattr(_FakeMessageBox, "shown", [])
    monkeypatch.setattr(_FakeMessageBox, "during_exec", [])
    monkeypatch.setattr(crash, "QMessageBox", _FakeMessageBox)
    return _FakeMessageBox


def _raise_and_handle(handler: crash.CrashHandler, message: str) -> None:
    """Raise a real exception and pass it to ``handler`` as Python would."""
    try:
        raise RuntimeError(message)
    except RuntimeError:
        handler(*sys.exc_info())


def test_setup_logging_returns_log_file(log_dir: Path) -> None:
    """setup_logging creates the folder and records go to houqin.log inside it."""
    path = crash.setup_logging(log_dir)
    logging.getLogger("app.test").warning("盘点开始")
    assert path == log_dir / "houqin.log"
    assert "盘点开始" in path.read_text(encoding="utf-8")


def test_crash_hook_logs_traceback_and_shows_one_dialog(
    qapp: QApplication, log_dir: Path, fake_box: type[_FakeMessageBox], capsys
) -> None:
    """An unexpected error is logged with its traceback; the dialog names the log file."""
    path = crash.setup_logging(log_dir)
    handler = crash.CrashHandler(path)
    _raise_and_handle(handler, "boom in register tab")
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: boom in register tab" in text
    (box,) = fake_box.shown
    assert box.text == f"程序遇到意外错误，详细信息已写入日志：{path}"
    assert "boom in register tab" in box.details


def test_crash_hook_never_stacks_dialogs(
    qapp: QApplication, log_dir: Path, fake_box: type[_FakeMessageBox], capsys
) -> None:
    """A second error while the crash dialog is open is logged but shows no second dialog."""
    path = crash.setup_logging(log_dir)
    handler = crash.CrashHandler(path)
    fake_box.during_exec.append(lambda: _raise_and_handle(handler, "second while open"))
    _raise_and_handle(handler, "first")
    assert len(fake_box.shown) == 1
    assert "second while open" in path.read_text(encoding="utf-8")
    fake_box.during_exec.clear()
    _raise_and_handle(handler, "later, after closing")
    assert len(fake_box.shown) == 2


def test_install_and_uninstall_crash_handler(log_dir: Path, monkeypatch) -> None:
    """install_crash_handler becomes sys.excepthook; uninstall puts the old hook back."""
    previous = sys.excepthook
    monkeypatch.setattr(sys, "excepthook", previous)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handler = crash.install_crash_handler(crash.setup_logging(log_dir))
    assert sys.excepthook is handler
    handler.uninstall()
    assert sys.excepthook is previous
