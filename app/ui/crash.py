"""Unexpected errors: log them with their traceback and tell the user once where the log is."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_FILE_NAME = "houqin.log"
_HANDLER_NAME = "houqin-file"
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("app.crash")


def setup_logging(log_dir: Path | str, level: int = logging.INFO) -> Path:
    """Send log records to a rotating ``houqin.log`` in ``log_dir``; return the file's path."""
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    # Calling this again (another data directory, a test) replaces the file, never doubles it.
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(_LOG_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


class CrashHandler:
    """A sys.excepthook that logs the traceback and shows one dialog naming the log file."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = Path(log_path)
        self._dialog_open = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        """Become sys.excepthook (and log exceptions escaping plain Python threads)."""
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self.handle_thread_exception

    def uninstall(self) -> None:
        """Put back the hooks that were active before install()."""
        if sys.excepthook is self:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.handle_thread_exception:
            threading.excepthook = self._previous_thread_hook

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Handle one uncaught exception: log it, then tell the user unless already telling."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        # A windowed (frozen) build has no stderr; from a console the developer sees it too.
        if sys.stderr is not None:
            sys.stderr.write(details)
        self._show_once(details)

    def handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        """Log an exception that escaped a non-Qt thread (no dialog: widgets are GUI-only)."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        thread_name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "unexpected error in thread %s",
            thread_name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    def message(self) -> str:
        """The text shown to the user."""
        text = QCoreApplication.translate(
            "CrashHandler", "程序遇到意外错误，详细信息已写入日志：{path}"
        )
        return text.format(path=self.log_path)

    def _show_once(self, details: str) -> None:
        """Show the crash dialog unless one is open or there is no GUI on this thread."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or self._dialog_open:
            return
        if QThread.currentThread() is not app.thread():
            return
        self._dialog_open = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("CrashHandler", "意外错误"),
                self.message(),
                QMessageBox.StandardButton.Ok,
            )
            box.setDetailedText(details)
            # exec() runs a nested event loop; further errors meanwhile are only logged.
            box.exec()
        finally:
            self._dialog_open = False


def install_crash_handler(log_path: Path) -> CrashHandler:
    """Create a CrashHandler for ``log_path``, install it, and return it."""
    handler = CrashHandler(log_path)
    handler.install()
    return handler
