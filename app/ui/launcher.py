"""Start the GUI: one instance per database, open it, ask for the school's name, show the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import close_database, open_database
from app.errors import HouqinError
from app.paths import data_dir, log_dir
from app.services.settings import load_settings
from app.ui.crash import install_crash_handler, setup_logging
from app.ui.main_window import MainWindow
from app.ui.pdf_output import PdfOutput
from app.ui.qt_app import create_application
from app.ui.worker import TaskRunner

log = logging.getLogger("app.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("launcher", text)


def lock_path_for(db_path: Path) -> Path:
    """The lock file that marks a database as open in a running Houqin."""
    return db_path.with_name(db_path.name + ".lock")


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """Lock the database for this process; None if another running Houqin holds it.

    QLockFile records the owner's PID, so a lock left by a crashed instance is taken over.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path_for(db_path)))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    return None


def ensure_school_name(parent=None) -> bool:
    """On first start ask for the school's name; False if the user declines."""
    if load_settings().school_name:
        return True
    from app.ui.dialogs.school_setup_dialog import SchoolSetupDialog

    return bool(SchoolSetupDialog(parent).exec())


def run_gui(db_path: Path, argv: list[str]) -> int:
    """The GUI's main loop; returns the process exit code."""
    app = QApplication.instance() or create_application(argv)
    crash_handler = install_crash_handler(setup_logging(log_dir()))
    try:
        return _run(app, Path(db_path).expanduser().resolve())
    finally:
        crash_handler.uninstall()


def _run(app: QApplication, db_path: Path) -> int:
    try:
        lock = acquire_instance_lock(db_path)
    except OSError as exc:
        QMessageBox.critical(
            None,
            _tr("后勤管家"),
            _tr("无法使用数据库所在的文件夹 {folder}：{error}").format(
                folder=db_path.parent, error=exc
            ),
        )
        return 1
    if lock is None:
        QMessageBox.critical(
            None,
            _tr("后勤管家"),
            _tr(
                "数据库 {path} 已经在另一个后勤管家窗口中打开。\n"
                "同一个数据库只能由一个窗口使用，请切换到已打开的窗口。"
            ).format(path=db_path),
        )
        return 1
    try:
        try:
            open_database(db_path)
        except HouqinError as exc:
            QMessageBox.critical(None, _tr("后勤管家"), exc.message)
            return 1
        if not ensure_school_name():
            return 0
        window = MainWindow(db_path, TaskRunner(), PdfOutput(data_dir() / "prints"))
        window.show()
        log.info("main window shown for %s", db_path)
        return app.exec()
    finally:
        close_database()
        lock.unlock()
