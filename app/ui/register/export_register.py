"""文件 → 导出台账: write the filtered register to .xlsx off the GUI thread, with progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.db import thread_connection
from app.errors import HouqinError
from app.io.register_export import save_file
from app.services.asset_export import export_register
from app.services.register_query import AssetFilter
from app.ui.worker import CancelToken, Task, TaskRunner

LAST_FOLDER_KEY = "export/last_folder"


def ask_export_path(parent: QWidget) -> Path | None:
    """Where to save the workbook (remembering the folder), or None if the user cancelled."""
    settings = QSettings()
    folder = Path(str(settings.value(LAST_FOLDER_KEY, "") or Path.home()))
    suggested = folder / QCoreApplication.translate(
        "RegisterExport", "资产台账-{date}.xlsx"
    ).format(date=dt.date.today().isoformat())
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RegisterExport", "导出台账"),
        str(suggested),
        QCoreApplication.translate("RegisterExport", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return None
    chosen = Path(path)
    if chosen.suffix.lower() != ".xlsx":
        chosen = chosen.with_name(chosen.name + ".xlsx")
    settings.setValue(LAST_FOLDER_KEY, str(chosen.parent))
    return chosen


def export_to_file(parent: QWidget, runner: TaskRunner, flt: AssetFilter, path: Path) -> Task:
    """Export the assets matching ``flt`` to ``path``; progress in a dialog that can cancel."""
    progress = QProgressDialog(
        QCoreApplication.translate("RegisterExport", "正在导出台账…"),
        QCoreApplication.translate("RegisterExport", "取消"),
        0,
        0,
        parent,
    )
    progress.setObjectName("export_progress")
    progress.setWindowTitle(QCoreApplication.translate("RegisterExport", "导出台账"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def work(token: CancelToken) -> int:
        def report(done: int, total: int, _text: str) -> None:
            token.raise_if_cancelled()
            token.progress(done, total)

        with thread_connection():
            data, count = export_register(flt, report)
        token.raise_if_cancelled()
        save_file(path, data)
        return count

    def on_progress(done: int, total: int, _text: str) -> None:
        progress.setMaximum(total)
        progress.setValue(min(done, total))

    def close(message: str = "") -> None:
        progress.reset()
        progress.deleteLater()
        if message and isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(message, 10000)

    def done(count: int) -> None:
        close(
            QCoreApplication.translate("RegisterExport", "已导出 {count} 件资产：{path}").format(
                count=f"{count:,}", path=path
            )
        )

    def cancelled() -> None:
        close(QCoreApplication.translate("RegisterExport", "已取消导出。"))

    def failed(error: BaseException) -> None:
        close()
        if not isinstance(error, HouqinError):
            raise error
        QMessageBox.warning(
            parent, QCoreApplication.translate("RegisterExport", "导出台账"), error.message
        )

    task = runner.run(
        work,
        on_success=done,
        on_failure=failed,
        on_progress=on_progress,
        on_cancelled=cancelled,
    )
    progress.canceled.connect(task.cancel)
    return task


def export_register_file(parent: QWidget, runner: TaskRunner, flt: AssetFilter) -> Task | None:
    """文件 → 导出台账: ask where, then export what the register shows."""
    path = ask_export_path(parent)
    if path is None:
        return None
    return export_to_file(parent, runner, flt, path)
