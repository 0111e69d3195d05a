"""The register's print menu: asset cards, QR labels and the register print-out.

Each print runs off the GUI thread through the TaskRunner with a progress dialog that can
cancel it; the finished PDF goes to PdfOutput, which saves it and opens the viewer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QProgressDialog

from app.db import thread_connection
from app.errors import HouqinError
from app.services import card_print, label_print, register_print
from app.ui.pdf_output import PdfOutput
from app.ui.register.tab import RegisterTab
from app.ui.worker import CancelToken, Task, TaskRunner

# (done, total, text): what the print services report while they work.
Progress = Callable[[int, int, str], None]
_STEPS = 1000


class RegisterPrinting(QObject):
    """Owns the print actions of the 文件 menu and runs the prints they ask for."""

    def __init__(
        self, window: QMainWindow, tab: RegisterTab, runner: TaskRunner, pdf_output: PdfOutput
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tab = tab
        self.runner = runner
        self.pdf_output = pdf_output
        self.progress_dialog: QProgressDialog | None = None
        self.task: Task | None = None
        self.cards_menu = QMenu(self.tr("打印资产卡片(&C)"), window)
        self.cards_menu.setObjectName("cards_menu")
        self.card_action = self._action(self.tr("每页一张(&1)"), "card_action", self.print_cards)
        self.card_two_action = self._action(
            self.tr("每页两张(&2)"), "card_two_action", lambda: self.print_cards(2)
        )
        self.cards_menu.addAction(self.card_action)
        self.cards_menu.addAction(self.card_two_action)
        self.labels_action = self._action(self.tr("打印标签(&L)…"), "labels_action", self.labels)
        self.register_action = self._action(
            self.tr("打印台账(&T)"), "register_print_action", self.print_register
        )
        self.update_enabled()

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update_enabled(self) -> None:
        """Cards need a selection; nothing starts while a print is still being made."""
        idle = self.task is None
        selected = bool(self.tab.selected_ids())
        self.cards_menu.setEnabled(idle and selected)
        for action in (self.card_action, self.card_two_action):
            action.setEnabled(idle and selected)
        self.labels_action.setEnabled(idle)
        self.register_action.setEnabled(idle)

    # --- the three prints ---------------------------------------------------------------
    def print_cards(self, per_page: int = 1) -> Task | None:
        """The cards of the selected assets, one or two to a page."""
        ids = self.tab.selected_ids()
        if not ids:
            self._warn(self.tr("请先在台账中选择要打印资产卡片的资产。"))
            return None
        as_of = self.tab.as_of()
        # Selected rows are always among the rows the model has fetched.
        first = self.tab.model.row_at(self.tab.model.row_of_id(ids[0]) or 0).number
        name = f"资产卡片-{first}" + (f"-等{len(ids)}张" if len(ids) > 1 else "")
        return self._render(
            self.tr("正在生成资产卡片…"),
            name,
            lambda progress: card_print.asset_cards_pdf(ids, per_page, as_of, progress),
        )

    def labels(self) -> Task | None:
        """Ask for the sheet and the assets, then make the labels."""
        from app.ui.dialogs.labels_dialog import LabelsDialog

        ids = self.tab.selected_ids()
        flt = self.tab.current_filter()
        dialog = LabelsDialog(
            self.window, selected_count=len(ids), filter_count=self.tab.model.total_count
        )
        if not dialog.exec():
            return None
        request = dialog.outcome
        chosen = ids if request.selected_only else None

        def work(progress: Progress) -> bytes:
            return label_print.labels_pdf(
                chosen, flt, request.sheet, request.start, request.outline, progress
            )

        return self._render(self.tr("正在生成资产标签…"), _stamped("资产标签"), work)

    def print_register(self) -> Task | None:
        """The register print-out of the tab's current filter, in the tab's order."""
        flt = self.tab.current_filter()
        model = self.tab.model
        if model.total_count == 0:
            self._warn(self.tr("没有符合筛选条件的资产，没有可打印的台账。"))
            return None
        sort, descending = model.sort_key, model.descending
        return self._render(
            self.tr("正在生成固定资产台账…"),
            _stamped("固定资产台账"),
            lambda progress: register_print.register_pdf(flt, sort, descending, progress),
        )

    # --- running one print --------------------------------------------------------------
    def _render(self, title: str, name: str, work: Callable[[Progress], bytes]) -> Task:
        """Run ``work`` on the pool with a cancellable progress dialog, then publish the PDF."""
        dialog = QProgressDialog(title, self.tr("取消"), 0, _STEPS, self.window)
        dialog.setObjectName("print_progress")
        dialog.setWindowTitle(self.tr("正在打印"))
        # Not modal: a modal progress dialog pumps events inside setValue, and the main window
        # stays usable meanwhile (the print actions wait until this one is done).
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        dialog.show()
        self.progress_dialog = dialog

        def run(token: CancelToken) -> bytes:
            def progress(done: int, total: int, text: str) -> None:
                token.raise_if_cancelled()
                token.progress(done, total, text)

            with thread_connection():
                return work(progress)

        def show_progress(done: int, total: int, text: str) -> None:
            if total:
                dialog.setValue(min(_STEPS, done * _STEPS // total))
            if text:
                dialog.setLabelText(text)

        def succeeded(pdf: bytes) -> None:
            self._finish()
            self._publish(pdf, name)

        def failed(error: BaseException) -> None:
            self._finish()
            if not isinstance(error, HouqinError):
                raise error
            self._warn(error.message)

        def cancelled() -> None:
            self._finish()
            self.window.statusBar().showMessage(self.tr("已取消打印。"), 5000)

        task = self.runner.run(
            run,
            on_success=succeeded,
            on_failure=failed,
            on_progress=show_progress,
            on_cancelled=cancelled,
        )
        # A synchronous runner (tests) has already delivered the outcome and closed the dialog.
        if not task.is_done:
            self.task = task
            dialog.canceled.connect(task.cancel)
            self.update_enabled()
        return task

    def cancel(self) -> None:
        """Stop the print being made (the progress dialog's 取消 does the same)."""
        if self.task is not None:
            self.task.cancel()

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.task = None
        self.update_enabled()

    def _publish(self, pdf: bytes, name: str) -> None:
        try:
            path = self.pdf_output.publish(pdf, name)
        except HouqinError as exc:
            self._warn(exc.message)
            return
        self.window.statusBar().showMessage(self.tr("已生成：{path}").format(path=path), 10000)
        if not self.pdf_output.last_opened:
            QMessageBox.information(
                self.window,
                self.tr("PDF 已生成"),
                self.tr(
                    "PDF 已保存为：\n{path}\n\n这台电脑没有能自动打开 PDF 的程序，"
                    "请安装 PDF 阅读器，或用“文件 → 另存为 PDF”复制到别处打印。"
                ).format(path=path),
            )

    def _warn(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self.window, self.tr("后勤管家"), message)


def _stamped(title: str) -> str:
    """A file name that does not overwrite the previous print of the same kind."""
    return f"{title}-{dt.datetime.now():%Y%m%d-%H%M%S}"
