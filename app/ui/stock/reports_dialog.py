"""库房统计报表: consumption by department and item, and next term's supply plan, with export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from app.db import thread_connection
from app.errors import HouqinError
from app.money import format_fen
from app.services import stock_reports
from app.services.stock_quantity import format_qty
from app.services.stock_reports import ConsumptionReport, SupplyPlan
from app.services.terms import Period, Term, parse_term, recent_terms, term_containing
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs.combos import fill_reference
from app.ui.generated.ui_stock_reports import Ui_StockReportsDialog
from app.ui.row_model import Index, RowTableModel
from app.ui.worker import CancelToken, Task, TaskRunner

CONSUMPTION = 0
SUPPLY_PLAN = 1
TERMS_SHOWN = 8
SORT_ROLE = Qt.ItemDataRole.UserRole
_TO_BUY = QColor("#FFF2CC")


class ReportTableModel(RowTableModel):
    """The rows of either report: display texts, sort keys and which columns are numbers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._numeric: set[int] = set()
        self._shaded: list[bool] = []

    def headers(self) -> list[str]:
        """The column titles of the report shown."""
        return self._headers

    def set_rows(
        self,
        headers: list[str],
        rows: list[tuple[list[str], list[object]]],
        numeric: set[int],
        shaded: list[bool] | None = None,
    ) -> None:
        """Show new rows: for each, its cell texts and the keys the columns sort by."""
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self._numeric = numeric
        self._shaded = shaded or []
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        texts, keys = row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == SORT_ROLE:
            return keys[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() < len(self._shaded):
            return QBrush(_TO_BUY) if self._shaded[index.row()] else None
        return None


class StockReportsDialog(BaseDialog):
    """Pick a report and a period, see the table, export it to Excel; work runs off the GUI."""

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(Ui_StockReportsDialog(), parent, **kwargs)
        self.runner = runner
        self.today = today or dt.date.today()
        self.report: ConsumptionReport | SupplyPlan | None = None
        self._summary = ""
        self.task: Task | None = None
        ui = self.ui
        self.model = ReportTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.table_view.setModel(self.proxy)
        ui.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.table_view.verticalHeader().setDefaultSectionSize(24)
        for term in recent_terms(self.today, TERMS_SHOWN):
            ui.term_combo.addItem(term.name, term.key)
        fill_reference(ui.department_combo, "department")
        ui.department_combo.setItemText(0, self.tr("全部部门"))
        current = term_containing(self.today) or recent_terms(self.today, 1)[0]
        ui.from_edit.setDate(QDate(current.start.year, current.start.month, current.start.day))
        ui.to_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        ui.report_combo.currentIndexChanged.connect(self._report_changed)
        ui.term_radio.toggled.connect(self._period_mode_changed)
        ui.run_button.clicked.connect(self.run_report)
        ui.cancel_button.clicked.connect(self.cancel)
        ui.export_button.clicked.connect(lambda: self.export())
        self._report_changed(ui.report_combo.currentIndex())
        self._period_mode_changed(True)
        self._set_busy(False)
        self._shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it opens, the default report runs, so the table is never blank."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # After the show: the dialog paints first, then the work starts off the GUI thread.
            QTimer.singleShot(0, self.run_report)

    # --- choices ---------------------------------------------------------------------------
    def _report_changed(self, index: int) -> None:
        """Each report starts from its natural period: this term, or the last complete one."""
        ui = self.ui
        plan = index == SUPPLY_PLAN
        ui.period_group.setTitle(self.tr("依据期间（上学期消耗）") if plan else self.tr("统计期间"))
        ui.department_label.setVisible(not plan)
        ui.department_combo.setVisible(not plan)
        default = stock_reports.default_basis(self.today) if plan else self._this_term()
        position = ui.term_combo.findData(default.key)
        if position >= 0:
            ui.term_combo.setCurrentIndex(position)
        self.model.set_rows([], [], set())
        self.report = None
        self._set_summary(self.tr("选择期间后点“统计”。"))
        ui.export_button.setEnabled(False)

    def _this_term(self) -> Term:
        return term_containing(self.today) or recent_terms(self.today, 1)[0]

    def _period_mode_changed(self, by_term: bool) -> None:
        ui = self.ui
        ui.term_combo.setEnabled(by_term)
        ui.from_edit.setEnabled(not by_term)
        ui.to_edit.setEnabled(not by_term)

    def period(self) -> Period:
        """The chosen period (a ValidationError if the dates are the wrong way round)."""
        ui = self.ui
        if ui.term_radio.isChecked():
            return parse_term(ui.term_combo.currentData()).period()
        start, end = ui.from_edit.date().toPython(), ui.to_edit.date().toPython()
        return Period(start, end)

    # --- running ---------------------------------------------------------------------------
    def run_report(self) -> None:
        """Compute the chosen report off the GUI thread, with progress and a stop button."""
        self.clear_error()
        try:
            period = self.period()
        except HouqinError as exc:
            self.show_error(exc.message, self.ui.from_edit)
            return
        report = self.ui.report_combo.currentIndex()
        department = self.ui.department_combo.currentData()
        today = self.today

        def work(token: CancelToken) -> ConsumptionReport | SupplyPlan:
            with thread_connection():
                token.progress(0, 0, "")
                if report == SUPPLY_PLAN:

                    def step(done: int, total: int) -> None:
                        token.raise_if_cancelled()
                        token.progress(done, total, "")

                    return stock_reports.supply_plan(period, today=today, progress=step)
                result = stock_reports.consumption(period, department)
                token.raise_if_cancelled()
                return result

        self._set_busy(True)
        self.task = self.runner.run(
            work,
            on_success=self._show,
            on_failure=self._failed,
            on_progress=self._progress,
            on_cancelled=lambda: self._stopped(self.tr("已停止统计。")),
        )

    def cancel(self) -> None:
        """Stop the running report."""
        if self.task is not None and not self.task.is_done:
            self.task.cancel()

    def _progress(self, done: int, total: int, _text: str) -> None:
        bar = self.ui.progress_bar
        bar.setRange(0, total)
        if total:
            bar.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.progress_bar.setVisible(busy)
        ui.cancel_button.setVisible(busy)
        ui.run_button.setEnabled(not busy)
        ui.report_combo.setEnabled(not busy)
        ui.export_button.setEnabled(not busy and self.report is not None)

    def _stopped(self, message: str) -> None:
        self.task = None
        self._set_busy(False)
        self.ui.summary_label.setText(message)

    def _failed(self, error: BaseException) -> None:
        self._stopped("")
        if not isinstance(error, HouqinError):
            raise error
        self.show_error(error.message)

    def _show(self, result: ConsumptionReport | SupplyPlan) -> None:
        self.task = None
        self.report = result
        if isinstance(result, SupplyPlan):
            self._show_plan(result)
        else:
            self._show_consumption(result)
        # The services' order (department or category, then code) until a header is clicked.
        self.ui.table_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.ui.table_view.resizeColumnsToContents()
        self._set_busy(False)

    def _show_consumption(self, report: ConsumptionReport) -> None:
        headers = [
            self.tr("领用部门"),
            self.tr("物资编码"),
            self.tr("物资名称"),
            self.tr("规格型号"),
            self.tr("单位"),
            self.tr("领用数量"),
            self.tr("退库数量"),
            self.tr("消耗数量"),
            self.tr("消耗金额（元）"),
        ]
        rows = []
        for row in report.rows:
            item = row.item
            texts = [row.department, item.code, item.name, item.spec, item.unit]
            keys: list[object] = list(texts)
            for value in (row.issued_m, row.returned_m, row.net_m):
                texts.append(format_qty(value))
                keys.append(value)
            texts.append(format_fen(row.net_fen))
            keys.append(row.net_fen)
            rows.append((texts, keys))
        self.model.set_rows(headers, rows, {5, 6, 7, 8})
        self._set_summary(
            self.tr("{period}：{departments} 个部门，{rows} 行，消耗金额合计 ¥{total}").format(
                period=report.period.title,
                departments=len(report.by_department()),
                rows=len(report.rows),
                total=format_fen(report.total_fen),
            )
        )

    def _show_plan(self, plan: SupplyPlan) -> None:
        headers = [
            self.tr("物资类别"),
            self.tr("物资编码"),
            self.tr("物资名称"),
            self.tr("规格型号"),
            self.tr("单位"),
            self.tr("上学期消耗"),
            self.tr("当前库存"),
            self.tr("最低库存"),
            self.tr("建议采购量"),
            self.tr("参考单价（元）"),
            self.tr("预计金额（元）"),
        ]
        rows = []
        for row in plan.rows:
            item = row.item
            texts = [item.category, item.code, item.name, item.spec, item.unit]
            keys: list[object] = list(texts)
            for value in (row.consumed_m, row.on_hand_m, row.reorder_m, row.suggested_m):
                texts.append(format_qty(value))
                keys.append(value)
            price = row.unit_cost_fen
            texts += ["" if price is None else format_fen(price), format_fen(row.estimate_fen)]
            keys += [-1 if price is None else price, row.estimate_fen]
            rows.append((texts, keys))
        shaded = [row.suggested_m > 0 for row in plan.rows]
        self.model.set_rows(headers, rows, {5, 6, 7, 8, 9, 10}, shaded)
        self._set_summary(
            self.tr(
                "{target}供需计划（依据 {basis}）：{items} 种物资，建议采购 {buy} 种（底色标出），"
                "预计金额 ¥{total}。建议采购量 = 上学期消耗 + 最低库存 − 当前库存（不足零记零）。"
            ).format(
                target=plan.target,
                basis=plan.basis.title,
                items=len(plan.rows),
                buy=len(plan.to_buy),
                total=format_fen(plan.estimate_fen),
            )
        )

    def _set_summary(self, text: str) -> None:
        self._summary = text
        self.ui.summary_label.setText(text)

    # --- export ----------------------------------------------------------------------------
    def export(self, target: str | None = None) -> Path | None:
        """Save the shown report as .xlsx where the user chooses; None if cancelled."""
        result = self.report
        if result is None:
            self.show_error(self.tr("请先统计，再导出。"))
            return None
        if target is None:
            title = (
                self.tr("{target}物资供需计划").format(target=result.target)
                if isinstance(result, SupplyPlan)
                else self.tr("物资消耗统计（{period}）").format(period=result.period.title)
            )
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出 Excel"), str(Path.home() / f"{title}.xlsx"), "Excel (*.xlsx)"
            )
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        if isinstance(result, SupplyPlan):
            data = stock_reports.supply_plan_xlsx(result)
        else:
            data = stock_reports.consumption_xlsx(result)
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.show_error(
                self.tr("无法保存 {path}：{reason}").format(path=path, reason=exc.strerror or exc)
            )
            return None
        self.clear_error()
        exported = self.tr("已导出：{path}").format(path=path)
        self.ui.summary_label.setText(f"{self._summary}\n{exported}" if self._summary else exported)
        return path

    def done(self, result: int) -> None:
        """Stop a running report before the dialog goes."""
        self.cancel()
        super().done(result)
