"""导入台账: read a ledger off the GUI thread, preview every problem, then import in one go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QHeaderView, QPushButton, QWidget

from app.db import thread_connection
from app.errors import HouqinError
from app.io.headers import IGNORE
from app.io.rows import SKIP_BLANK, SKIP_HEADER, SKIP_NOTE, SKIP_TOTAL, column_label
from app.services.asset_import_apply import ImportResult
from app.services.sheet_import import PreviewBase
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_import_assets import Ui_ImportAssetsDialog
from app.ui.register.import_flow import ImportFlow, asset_flow
from app.ui.register.import_mapping_dialog import ImportMappingDialog
from app.ui.register.import_preview_model import (
    FILTER_ALL,
    FILTER_BELOW,
    FILTER_CHECK,
    FILTER_ERRORS,
    RESULT_TEXTS,
    ImportPreviewModel,
)
from app.ui.stored_values import fitting_width
from app.ui.worker import CancelToken, Task, TaskRunner

LAST_FOLDER_KEY = "import/last_folder"
# Rows get their wrapped height only while this few are shown; past it, the tooltip has it all.
_WRAP_ROWS = 1000
_FILTERS = (
    (FILTER_ALL, QT_TRANSLATE_NOOP("ImportDialog", "全部 {count} 行")),
    (FILTER_ERRORS, QT_TRANSLATE_NOOP("ImportDialog", "有错误的 {count} 行")),
    (FILTER_CHECK, QT_TRANSLATE_NOOP("ImportDialog", "需核对的 {count} 行")),
    (FILTER_BELOW, QT_TRANSLATE_NOOP("ImportDialog", "低于固定资产标准的 {count} 行")),
)
_SKIP_REASONS = {
    SKIP_BLANK: QT_TRANSLATE_NOOP("ImportDialog", "空行"),
    SKIP_TOTAL: QT_TRANSLATE_NOOP("ImportDialog", "合计行"),
    SKIP_HEADER: QT_TRANSLATE_NOOP("ImportDialog", "重复的表头"),
    SKIP_NOTE: QT_TRANSLATE_NOOP("ImportDialog", "标题或说明行"),
}
Progress = Callable[[int, int, str], None]
Work = Callable[[Progress], Any]


class ImportDialog(BaseDialog):
    """Preview one file and import it; ``outcome`` is the import's result (ImportResult …)."""

    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        runner: TaskRunner,
        actor: str = "",
        flow: ImportFlow | None = None,
    ) -> None:
        super().__init__(Ui_ImportAssetsDialog(), parent)
        self.flow = flow or asset_flow()
        if self.flow.window_title:
            self.setWindowTitle(self.flow.window_title)
        self.path = Path(path)
        self.runner = runner
        self.actor = actor
        self.preview: Any = None  # the flow's preview (PreviewBase)
        self.options: Any = None  # the mapping dialog's options (CategoryChoice for assets)
        self._task: Task | None = None
        self._busy = False
        ui = self.ui
        self.model = ImportPreviewModel(
            self,
            self.flow.columns,
            self.flow.cell_text,
            self.flow.right_aligned,
            self.flow.column_fields,
        )
        view = ui.preview_view
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(self.flow.column_widths):
            view.setColumnWidth(column, width)
        keys = [key for key, _ in self.flow.columns]
        if "result" in keys:  # whole on one line: a wrapped verdict doubles every row's height
            result = keys.index("result")
            texts = [QCoreApplication.translate("ImportPreviewModel", t) for t in RESULT_TEXTS]
            view.setColumnWidth(result, fitting_width(view, texts, view.columnWidth(result)))
        self.model.modelReset.connect(self._fit_rows)
        if self._settings.value(self.geometry_key) is None:
            self._fit_to_screen()
        self.import_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("全部导入(&I)"))
        self.good_button: QPushButton = ui.button_box.addButton(
            self.tr("只导入无误的行(&G)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.good_button.setObjectName("good_button")
        self.good_button.clicked.connect(self.import_good_rows)
        for button in ui.button_box.buttons():
            button.setAutoDefault(False)
        ui.filter_combo.currentIndexChanged.connect(self._filter_chosen)
        ui.mapping_button.clicked.connect(self.edit_mapping)
        ui.stop_button.clicked.connect(self.stop)
        ui.file_label.setText(self.tr("台账文件：{path}").format(path=self.path))
        ui.summary_label.setStyleSheet("font-weight: bold;")
        self._show(None)
        self.load()

    def _fit_to_screen(self) -> None:
        """Open wide enough for every column where the screen allows, centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted = sum(self.flow.column_widths) + 60
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(max(wanted, self.width()), room.width() - 40)
        height = min(max(self.height(), 700), room.height() - 60)
        self.resize(width, height)
        self.move(room.center().x() - width // 2, room.center().y() - height // 2)

    def _fit_rows(self) -> None:
        """Let a wrapped reason take the lines it needs (cheap only for a screenful or so)."""
        view = self.ui.preview_view
        if self.model.rowCount() <= _WRAP_ROWS:
            view.resizeRowsToContents()

    # --- running work off the GUI thread ------------------------------------------------
    def _start(self, text: str, work: Work, on_success: Callable[[Any], None]) -> None:
        self.clear_error()
        self._set_busy(True, text)

        def run(token: CancelToken) -> Any:
            def progress(done: int, total: int, what: str) -> None:
                token.raise_if_cancelled()  # inside an import this rolls everything back
                token.progress(done, total, what)

            with thread_connection():
                return work(progress)

        self._task = self.runner.run(
            run,
            on_success=lambda value: self._finished(on_success, value),
            on_failure=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def _finished(self, on_success: Callable[[Any], None], value: Any) -> None:
        self._set_busy(False)
        on_success(value)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, HouqinError):
            raise error  # a bug: the crash handler logs it
        self.show_error(error.message)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.show_error(self.tr("已停止，数据库没有任何改动。"))

    def _progress(self, done: int, total: int, text: str) -> None:
        bar = self.ui.progress_bar
        bar.setMaximum(max(total, 0))
        bar.setValue(min(done, total) if total else 0)
        self.ui.progress_label.setText(self._progress_text(text))

    def _progress_text(self, text: str) -> str:
        # The services describe their steps in Chinese; the dialog names them in its language.
        steps = {
            "正在读取工作表…": self.tr("正在读取工作表…"),
            "正在读取 CSV…": self.tr("正在读取 CSV…"),
            "正在检查数据…": self.tr("正在检查数据…"),
            "正在核对分类、编号和地点…": self.tr("正在核对分类、编号和地点…"),
            "正在登记资产…": self.tr("正在登记资产…"),
            "正在核对编码、单位和期初库存…": self.tr("正在核对编码、单位和期初库存…"),
            "正在导入物资和期初库存…": self.tr("正在导入物资和期初库存…"),
        }
        return steps.get(text, text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        ui = self.ui
        for widget in (ui.progress_label, ui.progress_bar, ui.stop_button):
            widget.setVisible(busy)
        if busy:
            ui.progress_label.setText(text)
            ui.progress_bar.setRange(0, 0)
        ui.mapping_button.setEnabled(not busy and self.preview is not None)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        """Whether reading or importing is under way."""
        return self._busy

    def stop(self) -> None:
        """Ask the running work to stop; an import under way is rolled back."""
        if self._task is not None and not self._task.is_done:
            self._task.cancel()

    # --- reading and previewing ---------------------------------------------------------
    def load(self, header_row: int | None = None, mapping: dict[int, str] | None = None) -> None:
        """Read the file (first time) and check every row; writes nothing."""
        ledger = self.preview.ledger if self.preview is not None else None

        flow = self.flow
        options = self.options

        def work(progress: Progress) -> PreviewBase:
            current = ledger if ledger is not None else flow.open_file(self.path, progress)
            return flow.preview(current, mapping, header_row, progress, options)

        self._start(self.tr("正在读取台账…"), work, self._show)

    def _show(self, preview: PreviewBase | None) -> None:
        self.preview = preview
        ui = self.ui
        self.model.set_rows(
            preview.rows if preview is not None else [], self._field_of_label(preview)
        )
        ui.mapping_button.setEnabled(preview is not None and not self._busy)
        if preview is None:
            ui.summary_label.clear()
            ui.details_label.clear()
            self._update_buttons()
            return
        table = preview.ledger.table
        header_line = table.lines[preview.header.row_index] if preview.header else 0
        ui.file_label.setText(
            QCoreApplication.translate("ImportDialog", self.flow.file_text).format(
                source=preview.ledger.source, line=header_line
            )
        )
        if preview.file_problems:
            ui.summary_label.setText(
                self.tr("无法导入：{problems}。请点“调整列对应”指定表头和各列。").format(
                    problems="；".join(preview.file_problems)
                )
            )
        else:
            ui.summary_label.setText(self.flow.summary(preview))
        ui.details_label.setText("\n".join(self._details(preview)))
        self._fill_filters()
        self._update_buttons()

    @staticmethod
    def _field_of_label(preview: PreviewBase | None) -> dict[str, str]:
        """ "H 列（单价）" → unit_price for every mapped column: the field a problem is in."""
        if preview is None or preview.header is None:
            return {}
        titles = preview.header.titles
        return {
            column_label(column, titles[column] if column < len(titles) else ""): field
            for column, field in preview.mapping.items()
            if field != IGNORE
        }

    def _fill_filters(self) -> None:
        """The 显示 list with each filter's count; the errors first, then what to check."""
        combo = self.ui.filter_combo
        combo.blockSignals(True)
        combo.clear()
        for mode, text in _FILTERS:
            count = self.model.count(mode)
            if mode == FILTER_ALL or count:
                label = QCoreApplication.translate("ImportDialog", text)
                combo.addItem(label.format(count=f"{count:,}"), mode)
        first = next(
            (mode for mode in (FILTER_ERRORS, FILTER_CHECK) if combo.findData(mode) >= 0),
            FILTER_ALL,
        )
        combo.setCurrentIndex(combo.findData(first))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)
        self.model.set_filter(first)

    def _filter_chosen(self, index: int) -> None:
        mode = self.ui.filter_combo.itemData(index)
        if mode:
            self.model.set_filter(mode)

    def _details(self, preview: PreviewBase) -> list[str]:
        lines = []
        if preview.parsed is not None and preview.parsed.skipped:
            counts = preview.parsed.skipped_counts()
            lines.append(
                self.tr("已跳过：{skipped}").format(
                    skipped=self.tr("，").join(
                        self.tr("{reason} {count} 行").format(
                            reason=QCoreApplication.translate("ImportDialog", _SKIP_REASONS[why]),
                            count=count,
                        )
                        for why, count in counts.items()
                    )
                )
            )
        if not preview.file_problems:
            lines += self.flow.details(preview)
            checks = self.model.count(FILTER_CHECK)
            if checks:
                lines.append(
                    self.tr(
                        "需核对 {count} 行：可以导入，但请先看一眼（在“显示”中选“需核对的行”）。"
                    ).format(count=f"{checks:,}")
                )
            if preview.error_rows:
                lines.append(self._errors_text(preview))
        return lines

    def _errors_text(self, preview: PreviewBase) -> str:
        bad = f"{len(preview.error_rows):,}"
        if preview.can_import_good_rows:
            return self.tr(
                "有错误的 {bad} 行不会导入：可以先只导入无误的 {good} 行，"
                "改正台账中的这 {bad} 行后再导入它们。"
            ).format(bad=bad, good=f"{len(preview.good_rows):,}")
        return self.tr("有错误的 {bad} 行不会导入，请改正台账后重新导入。").format(bad=bad)

    def _update_buttons(self) -> None:
        preview = self.preview
        clean = preview is not None and preview.is_clean
        partial = preview is not None and bool(preview.error_rows) and preview.can_import_good_rows
        self.import_button.setEnabled(clean and not self._busy)
        if clean:
            self.import_button.setText(
                self.tr("全部导入 {rows} 行(&I)").format(rows=f"{len(preview.rows):,}")
            )
            self.import_button.setToolTip("")
        elif preview is not None and preview.error_rows:
            self.import_button.setToolTip(self._errors_text(preview))
        else:
            self.import_button.setToolTip("")
        self.good_button.setVisible(partial)
        self.good_button.setEnabled(partial and not self._busy)
        if partial:
            self.good_button.setText(
                self.tr("只导入无误的 {rows} 行(&G)").format(rows=f"{len(preview.good_rows):,}")
            )

    def edit_mapping(self) -> None:
        """Let the user point at the header and map the columns, then check the file again."""
        if self.preview is None:
            return
        dialog = ImportMappingDialog(
            self,
            self.preview.ledger,
            self.preview.header,
            self.preview.mapping,
            self.flow,
            self.options,
        )
        if dialog.exec():
            header_row, mapping, self.options = dialog.outcome
            self.load(header_row, mapping)

    # --- importing ----------------------------------------------------------------------
    def accept(self) -> None:
        """全部导入: every row, only when the preview found no problem."""
        if self.preview is not None and self.preview.is_clean and not self._busy:
            self._import(skip_errors=False)

    def import_good_rows(self) -> None:
        """只导入无误的行: the rows without problems; the others stay out."""
        if self.preview is not None and self.preview.can_import_good_rows and not self._busy:
            self._import(skip_errors=True)

    def _import(self, skip_errors: bool) -> None:
        preview = self.preview

        apply = self.flow.apply

        def work(progress: Progress) -> Any:
            return apply(preview, skip_errors, self.actor, progress)

        self._start(self.tr("正在导入…"), work, self._imported)

    def _imported(self, result: Any) -> None:
        self.outcome = result
        super().accept()

    def reject(self) -> None:
        """Esc or 取消: stop the work under way, or close when nothing runs."""
        if self._busy:
            self.stop()
            return
        super().reject()


def choose_and_import(
    parent: QWidget,
    runner: TaskRunner,
    actor: str,
    flow: ImportFlow | None = None,
    caption: str = "",
) -> ImportResult | Any | None:
    """文件 → 导入台账: pick a file, preview it, import it; the result, or None if nothing was."""
    settings = QSettings()
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        caption or QCoreApplication.translate("ImportDialog", "选择要导入的台账"),
        str(settings.value(LAST_FOLDER_KEY, "") or ""),
        QCoreApplication.translate(
            "ImportDialog", "台账 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)"
        ),
    )
    if not path:
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    dialog = ImportDialog(parent, Path(path), runner, actor, flow)
    if dialog.exec():
        return dialog.outcome
    return None
