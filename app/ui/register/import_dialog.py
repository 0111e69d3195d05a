"""导入台账: read a ledger off the GUI thread, preview every problem, then import in one go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QHeaderView, QPushButton, QWidget

from app.db import thread_connection
from app.errors import HouqinError
from app.io.asset_fields import ASSET_FIELDS
from app.io.fields import FieldSet
from app.io.rows import SKIP_BLANK, SKIP_HEADER, SKIP_NOTE, SKIP_TOTAL
from app.money import format_yuan
from app.services.asset_import import (
    ImportPreview,
    build_preview,
    open_ledger,
    remember_mapping,
    saved_mapping,
)
from app.services.asset_import_apply import ImportResult, import_assets
from app.services.sheet_import import Ledger, PreviewBase
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_import_assets import Ui_ImportAssetsDialog
from app.ui.register.import_mapping_dialog import FIELD_TITLES, ImportMappingDialog
from app.ui.register.import_preview_model import COLUMNS, ImportPreviewModel, asset_text
from app.ui.worker import CancelToken, Task, TaskRunner

LAST_FOLDER_KEY = "import/last_folder"
_COLUMN_WIDTHS = (52, 66, 330, 110, 110, 150, 40, 84, 84, 130, 60)
_SKIP_REASONS = {
    SKIP_BLANK: QT_TRANSLATE_NOOP("ImportDialog", "空行"),
    SKIP_TOTAL: QT_TRANSLATE_NOOP("ImportDialog", "合计行"),
    SKIP_HEADER: QT_TRANSLATE_NOOP("ImportDialog", "重复的表头"),
    SKIP_NOTE: QT_TRANSLATE_NOOP("ImportDialog", "标题或说明行"),
}
Progress = Callable[[int, int, str], None]
Work = Callable[[Progress], Any]


@dataclass(frozen=True)
class ImportFlow:
    """One kind of import as the dialog drives it: reading, checking, importing, showing."""

    fields: FieldSet
    open_file: Callable[[Path, Progress], Ledger]
    preview: Callable[[Ledger, dict[int, str] | None, int | None, Progress], PreviewBase]
    apply: Callable[[Any, bool, str, Progress], Any]  # (preview, skip_errors, actor, progress)
    summary: Callable[[Any], str]  # the totals line, translated
    details: Callable[[Any], list[str]]  # what the import creates or warns of, translated
    saved_mapping: Callable[[], dict[str, str]]
    remember_mapping: Callable[[list[str], dict[int, str]], dict[str, str]]
    field_titles: dict[str, str]  # marked for the ImportMappingDialog context
    columns: list[tuple[str, str]]  # preview columns, marked for the ImportPreviewModel context
    cell_text: Callable[[Any, str], str]
    right_aligned: tuple[str, ...]
    column_widths: tuple[int, ...]
    window_title: str = ""  # "" keeps the form's 导入台账
    file_text: str = QT_TRANSLATE_NOOP("ImportDialog", "台账文件：{source}；表头在第 {line} 行")


def _asset_summary(preview: ImportPreview) -> str:
    return QCoreApplication.translate(
        "ImportDialog",
        "共 {rows} 行数据：可导入 {good} 行（{assets} 件资产，原值合计 ¥{total}），有错误 {bad} 行。",
    ).format(
        rows=f"{len(preview.rows):,}",
        good=f"{len(preview.good_rows):,}",
        assets=f"{preview.asset_count:,}",
        total=format_yuan(preview.total_value),
        bad=f"{len(preview.error_rows):,}",
    )


def _asset_details(preview: ImportPreview) -> list[str]:
    lines = []
    new = preview.new_record_lines()
    if new:
        lines.append(
            QCoreApplication.translate("ImportDialog", "将新建：{records}").format(
                records="；".join(new)
            )
        )
    if preview.below_threshold:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "其中 {count} 件单价低于固定资产标准 ¥{threshold}。"
            ).format(count=f"{preview.below_threshold:,}", threshold=format_yuan(preview.threshold))
        )
    return lines


def asset_flow() -> ImportFlow:
    """导入台账: the asset register's import."""
    return ImportFlow(
        fields=ASSET_FIELDS,
        open_file=open_ledger,
        preview=lambda ledger, mapping, row, progress: build_preview(
            ledger, mapping, row, progress=progress
        ),
        apply=lambda preview, skip, actor, progress: import_assets(
            preview, skip_errors=skip, actor=actor, progress=progress
        ),
        summary=_asset_summary,
        details=_asset_details,
        saved_mapping=saved_mapping,
        remember_mapping=remember_mapping,
        field_titles=FIELD_TITLES,
        columns=COLUMNS,
        cell_text=asset_text,
        right_aligned=("count", "value"),
        column_widths=_COLUMN_WIDTHS,
    )


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
        self._task: Task | None = None
        self._busy = False
        ui = self.ui
        self.model = ImportPreviewModel(
            self, self.flow.columns, self.flow.cell_text, self.flow.right_aligned
        )
        ui.preview_view.setModel(self.model)
        ui.preview_view.verticalHeader().setVisible(False)
        ui.preview_view.horizontalHeader().setStretchLastSection(True)
        ui.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(self.flow.column_widths):
            ui.preview_view.setColumnWidth(column, width)
        self.import_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("全部导入(&I)"))
        self.good_button: QPushButton = ui.button_box.addButton(
            self.tr("只导入无误的行(&G)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.good_button.setObjectName("good_button")
        self.good_button.clicked.connect(self.import_good_rows)
        for button in ui.button_box.buttons():
            button.setAutoDefault(False)
        ui.errors_only_check.toggled.connect(self.model.set_errors_only)
        ui.mapping_button.clicked.connect(self.edit_mapping)
        ui.stop_button.clicked.connect(self.stop)
        ui.file_label.setText(self.tr("台账文件：{path}").format(path=self.path))
        ui.summary_label.setStyleSheet("font-weight: bold;")
        self._show(None)
        self.load()

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

        def work(progress: Progress) -> PreviewBase:
            current = ledger if ledger is not None else flow.open_file(self.path, progress)
            return flow.preview(current, mapping, header_row, progress)

        self._start(self.tr("正在读取台账…"), work, self._show)

    def _show(self, preview: PreviewBase | None) -> None:
        self.preview = preview
        ui = self.ui
        self.model.set_rows(preview.rows if preview is not None else [])
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
        has_errors = bool(preview.error_rows)
        ui.errors_only_check.setEnabled(has_errors)
        ui.errors_only_check.setChecked(has_errors)
        self._update_buttons()

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
        return lines

    def _update_buttons(self) -> None:
        preview = self.preview
        clean = preview is not None and preview.is_clean
        partial = preview is not None and bool(preview.error_rows) and preview.can_import_good_rows
        self.import_button.setEnabled(clean and not self._busy)
        if clean:
            self.import_button.setText(
                self.tr("全部导入 {rows} 行(&I)").format(rows=f"{len(preview.rows):,}")
            )
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
            self, self.preview.ledger, self.preview.header, self.preview.mapping, self.flow
        )
        if dialog.exec():
            header_row, mapping = dialog.outcome
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
