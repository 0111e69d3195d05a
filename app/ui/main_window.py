"""The main window: menus, the tabs, and the status bar naming the database file."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import __version__
from app.db import thread_connection
from app.errors import HouqinError
from app.services import assets, handover
from app.services.printing import handover_slip_pdf
from app.services.settings import load_settings
from app.ui.pdf_output import PdfOutput
from app.ui.register.print_actions import RegisterPrinting
from app.ui.register.tab import RegisterTab
from app.ui.stock.tab import StockTab
from app.ui.stored_values import shown
from app.ui.worker import TaskRunner


class MainWindow(QMainWindow):
    """Houqin's one main window."""

    data_changed = Signal()

    def __init__(
        self,
        db_path: Path,
        runner: TaskRunner,
        pdf_output: PdfOutput,
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db_path = db_path
        self.runner = runner
        self.pdf_output = pdf_output
        self.actor = actor if actor is not None else _login_name()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.register_tab = RegisterTab()
        self.tabs.addTab(self.register_tab, self.tr("校产台账"))
        self.stock_tab = StockTab(runner, pdf_output, self.actor)
        self.tabs.addTab(self.stock_tab, self.tr("库房"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.register_printing = RegisterPrinting(self, self.register_tab, runner, pdf_output)
        self._build_menus()
        self.db_label = QLabel(self.tr("数据库：{path}").format(path=db_path))
        self.db_label.setObjectName("db_label")
        self.statusBar().addPermanentWidget(self.db_label)
        self.register_tab.activated.connect(self.edit_asset)
        self.register_tab.selection_changed.connect(self._update_actions)
        self.register_tab.new_button.clicked.connect(self.new_asset)
        self.register_tab.import_button.clicked.connect(self.import_ledger)
        self.register_tab.edit_button.clicked.connect(self.edit_selected)
        self.register_tab.handover_button.clicked.connect(self.hand_over)
        self.register_tab.print_button.clicked.connect(self.print_selected_handover)
        self.stock_tab.data_changed.connect(self.data_changed)
        self.stock_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.data_changed.connect(self.refresh)
        self.resize(1280, 760)
        self.refresh()

    # --- actions and menus --------------------------------------------------------------
    def _action(
        self, text: str, slot, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("新增资产(&N)…"), self.new_asset, QKeySequence.StandardKey.New, "new_action"
        )
        self.edit_action = self._action(
            self.tr("编辑资产(&E)…"), self.edit_selected, None, "edit_action"
        )
        self.handover_action = self._action(
            self.tr("资产交接(&H)…"), self.hand_over, "Ctrl+H", "handover_action"
        )
        self.status_action = self._action(
            self.tr("变更状态(&S)…"), self.change_status, None, "status_action"
        )
        self.disposal_action = self._action(
            self.tr("申请报废(&D)…"), self.request_disposal, None, "disposal_action"
        )
        self.disposal_list_action = self._action(
            self.tr("报废申请(&L)…"), self.show_disposals, None, "disposal_list_action"
        )
        self.print_action = self._action(
            self.tr("打印交接单(&P)"),
            self.print_selected_handover,
            QKeySequence.StandardKey.Print,
            "print_action",
        )
        self.reprint_action = self._action(
            self.tr("交接单记录(&R)…"), self.reprint_handover, None, "reprint_action"
        )
        self.save_pdf_action = self._action(
            self.tr("另存为 PDF(&A)…"), self.save_last_pdf, "Ctrl+Shift+S", "save_pdf_action"
        )
        self.import_action = self._action(
            self.tr("导入台账(&I)…"), self.import_ledger, None, "import_action"
        )
        self.export_action = self._action(
            self.tr("导出台账(&E)…"), self.export_register, None, "export_action"
        )
        self.quit_action = self._action(
            self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit, "quit_action"
        )
        self.reference_action = self._action(
            self.tr("基础数据(&B)…"), self.edit_reference_data, None, "reference_action"
        )
        self.settings_action = self._action(
            self.tr("设置(&O)…"), self.edit_settings, None, "settings_action"
        )
        self.find_action = self._action(
            self.tr("查找(&F)"), self.focus_search, QKeySequence.StandardKey.Find, "find_action"
        )
        self.refresh_action = self._action(
            self.tr("刷新(&R)"), self.refresh, QKeySequence.StandardKey.Refresh, "refresh_action"
        )
        self.data_folder_action = self._action(
            self.tr("打开数据文件夹(&D)"), self.open_data_folder, None, "data_folder_action"
        )
        self.about_action = self._action(
            self.tr("关于后勤管家(&A)"), self.about, None, "about_action"
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for action in (
            self.new_action,
            self.import_action,
            self.export_action,
            None,
            self.register_printing.cards_menu.menuAction(),
            self.register_printing.labels_action,
            self.register_printing.register_action,
            None,
            self.print_action,
            self.reprint_action,
            self.save_pdf_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        for action in (
            self.edit_action,
            self.handover_action,
            self.status_action,
            self.disposal_action,
            self.disposal_list_action,
            None,
            self.reference_action,
            self.settings_action,
        ):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        stock_menu = bar.addMenu(self.tr("库房(&K)"))
        for action in self.stock_tab.menu_actions():
            stock_menu.addSeparator() if action is None else stock_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.data_folder_action)
        help_menu.addAction(self.about_action)

    def _update_actions(self) -> None:
        count = len(self.register_tab.selected_ids())
        for widget in (self.edit_action, self.status_action, self.register_tab.edit_button):
            widget.setEnabled(count == 1)
        self.print_action.setEnabled(count == 1)
        self.disposal_action.setEnabled(count > 0)
        self.register_tab.print_button.setEnabled(count == 1)
        self.register_printing.update_enabled()

    # --- slots --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything shown (after any change)."""
        school = load_settings().school_name
        # Ends with the display name, so the platform does not append "— 后勤管家" a second time.
        self.setWindowTitle(
            self.tr("{school} — 后勤管家").format(school=school or self.tr("未命名学校"))
        )
        self.register_tab.refresh()
        self.stock_tab.refresh()
        self._update_actions()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box (the stock room's, when it is shown)."""
        if self.tabs.currentWidget() is self.stock_tab:
            self.stock_tab.focus_search()
            return
        self.tabs.setCurrentWidget(self.register_tab)
        self.register_tab.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.register_tab.search_edit.selectAll()

    def new_asset(self) -> None:
        """Ctrl+N: register one asset or a batch."""
        from app.ui.dialogs.asset_dialog import AssetEditDialog

        dialog = AssetEditDialog(self, asset_id=None, actor=self.actor)
        if dialog.exec():
            self.data_changed.emit()
            created = dialog.outcome or []
            if created:
                self.register_tab.select_asset(created[0])
                self.statusBar().showMessage(
                    self.tr("已登记 {n} 件资产").format(n=len(created)), 5000
                )

    def import_ledger(self) -> None:
        """文件 → 导入台账: preview a school's Excel/CSV ledger, then import it."""
        from app.ui.register.import_dialog import choose_and_import

        result = choose_and_import(self, self.runner, self.actor)
        if result is not None:
            self.data_changed.emit()
            self.statusBar().showMessage(result.summary(), 15000)

    def export_register(self) -> None:
        """文件 → 导出台账: the register as filtered now, to an .xlsx workbook."""
        from app.ui.register.export_register import export_register_file

        export_register_file(self, self.runner, self.register_tab.model.filter)

    def edit_selected(self) -> None:
        """Open the selected asset for editing."""
        ids = self.register_tab.selected_ids()
        if ids:
            self.edit_asset(ids[0])

    def edit_asset(self, asset_id: int) -> None:
        """Edit one asset (Enter or double-click on the table)."""
        from app.ui.dialogs.asset_dialog import AssetEditDialog

        dialog = AssetEditDialog(self, asset_id=asset_id, actor=self.actor)
        if dialog.exec():
            self.data_changed.emit()
            self.register_tab.select_asset(asset_id)

    def hand_over(self) -> None:
        """Hand the selected assets (or ones picked in the dialog) over, then print the slip."""
        from app.ui.dialogs.handover_dialog import HandoverDialog

        dialog = HandoverDialog(
            self, preselected_ids=self.register_tab.selected_ids(), actor=self.actor
        )
        if dialog.exec() and dialog.outcome:
            self.data_changed.emit()
            self.print_handover(dialog.outcome)

    def change_status(self) -> None:
        """Change the status of the selected asset with a reason."""
        ids = self.register_tab.selected_ids()
        if len(ids) != 1:
            return
        current = assets.get_asset(ids[0])
        # 待报废/已报废 are set by disposal requests only, and an asset on one is decided there.
        choices = assets.settable_statuses(current.status, assets.on_pending_request(current.id))
        if not choices:
            self._warn(
                self.tr(
                    "资产 {number} 的状态为“{status}”，由报废申请决定，不能直接变更。"
                    "请在“报废申请”中审批或驳回。"
                ).format(number=current.number, status=shown(current.status))
            )
            return
        # Shown translated; what is passed on is the stored value at the same position.
        labels = [shown(choice) for choice in choices]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("变更状态"),
            self.tr("资产 {number} 当前状态：{status}\n新状态：").format(
                number=current.number, status=shown(current.status)
            ),
            labels,
            0,
            False,
        )
        if not ok:
            return
        status = choices[labels.index(label)]
        reason, ok = QInputDialog.getText(self, self.tr("变更状态"), self.tr("原因："))
        if not ok:
            return
        if self._run(lambda: assets.change_status(ids[0], status, reason, self.actor)):
            self.data_changed.emit()

    def request_disposal(self) -> None:
        """File a disposal request for the selected assets, then print the 报废申请表."""
        from app.ui.dialogs.disposal_dialog import request_disposal

        request_disposal(self, self.register_tab.selected_ids())

    def show_disposals(self) -> None:
        """The disposal requests: approve, reject or print them."""
        from app.ui.dialogs.disposal_list_dialog import show_disposals

        show_disposals(self)

    def print_selected_handover(self) -> None:
        """Ctrl+P: print the latest handover slip of the selected asset."""
        ids = self.register_tab.selected_ids()
        if len(ids) != 1:
            self._warn(self.tr("请先在台账中选择一件资产。"))
            return
        numbers = handover.handovers_of_asset(ids[0])
        if not numbers:
            self._warn(self.tr("这件资产还没有交接单。可以用“资产交接”办理后打印。"))
            return
        self.print_handover(numbers[-1])

    def reprint_handover(self) -> None:
        """Pick any posted slip and print it again."""
        numbers = list(reversed(handover.list_handover_numbers()))
        if not numbers:
            self._warn(self.tr("还没有任何交接单。"))
            return
        number, ok = QInputDialog.getItem(
            self, self.tr("交接单记录"), self.tr("选择要打印的交接单："), numbers, 0, False
        )
        if ok and number:
            self.print_handover(number)

    def print_handover(self, number: str) -> None:
        """Render a slip off the GUI thread, then save and open it."""
        self.statusBar().showMessage(self.tr("正在生成交接单 {number}…").format(number=number))

        def render(_token) -> bytes:
            with thread_connection():
                return handover_slip_pdf(number)

        def done(pdf: bytes) -> None:
            if not self._run(lambda: self.pdf_output.publish(pdf, number)):
                return
            path = self.pdf_output.last_path
            self.statusBar().showMessage(self.tr("交接单已生成：{path}").format(path=path), 10000)
            if not self.pdf_output.last_opened:
                QMessageBox.information(
                    self,
                    self.tr("交接单已生成"),
                    self.tr(
                        "交接单已保存为：\n{path}\n\n这台电脑没有能自动打开 PDF 的程序，"
                        "请安装 PDF 阅读器，或用“文件 → 另存为 PDF”复制到别处打印。"
                    ).format(path=path),
                )

        self.runner.run(render, on_success=done, on_failure=self._show_failure)

    def save_last_pdf(self) -> None:
        """Save a copy of the last printed PDF where the user chooses."""
        self._run(lambda: self.pdf_output.save_as(self))

    def edit_reference_data(self) -> None:
        """Departments, people, rooms, categories, units, suppliers."""
        from app.ui.dialogs.reference_dialog import ReferenceDataDialog

        ReferenceDataDialog(self, actor=self.actor).exec()
        self.data_changed.emit()

    def edit_settings(self) -> None:
        """School name, numbering, thresholds."""
        from app.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self).exec():
            self.data_changed.emit()

    def open_data_folder(self) -> None:
        """Show the folder with the database and printed PDFs."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.parent)))

    def about(self) -> None:
        """Version and where the data lives."""
        QMessageBox.about(
            self,
            self.tr("关于后勤管家"),
            self.tr(
                "后勤管家 Houqin {version}\n学校后勤处的校产、库房、维修与预算管理。\n\n数据库：{path}"
            ).format(version=__version__, path=self.db_path),
        )

    # --- helpers ------------------------------------------------------------------------
    def _run(self, call) -> bool:
        try:
            call()
        except HouqinError as exc:
            self._warn(exc.message)
            return False
        return True

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, HouqinError):
            self._warn(error.message)
        else:
            raise error

    def _warn(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, self.tr("后勤管家"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let running work finish before the window goes."""
        self.runner.cancel_all()
        self.runner.shutdown()
        super().closeEvent(event)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
