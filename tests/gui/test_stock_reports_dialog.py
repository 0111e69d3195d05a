"""The 库房统计报表 dialog: pick a report and a period, see the table, export to Excel."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.services import stock_reports
from app.ui.stock.reports_dialog import CONSUMPTION, SUPPLY_PLAN, StockReportsDialog
from app.ui.worker import TaskCancelled, TaskRunner
from tests.stock_factories import make_stock_room

pytestmark = pytest.mark.gui

TODAY = dt.date(2025, 7, 20)  # the summer after the stock room's school year


@pytest.fixture
def dialog(qtbot, db_path):
    make_stock_room()
    widget = StockReportsDialog(TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(widget)
    return widget


def _column(dialog: StockReportsDialog, title: str) -> list[str]:
    model = dialog.ui.table_view.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_consumption_of_a_term_is_shown_by_department_and_item(dialog):
    ui = dialog.ui
    assert ui.report_combo.currentIndex() == CONSUMPTION
    # In the summer, the report starts on the term that has just ended.
    assert ui.term_combo.currentText() == "2024-2025学年第二学期"
    ui.term_combo.setCurrentIndex(ui.term_combo.findText("2024-2025学年第一学期"))
    ui.run_button.click()
    assert _column(dialog, "领用部门") == ["后勤处", "后勤处", "物理组", "物理组"]
    assert _column(dialog, "消耗数量") == ["30", "1", "10", "2.5"]
    assert _column(dialog, "消耗金额（元）") == ["705.00", "85.00", "235.00", "24.50"]
    assert "消耗金额合计 ¥1,049.50" in ui.summary_label.text()
    assert ui.export_button.isEnabled()
    assert not ui.progress_bar.isVisible()


def test_one_department_over_a_date_range(dialog):
    ui = dialog.ui
    ui.range_radio.setChecked(True)
    assert ui.from_edit.isEnabled() and not ui.term_combo.isEnabled()
    ui.from_edit.setDate(QDate(2024, 9, 1))
    ui.to_edit.setDate(QDate(2024, 9, 30))
    ui.department_combo.setCurrentIndex(ui.department_combo.findText("物理组"))
    ui.run_button.click()
    assert _column(dialog, "物资编码") == ["BG0001", "QJ0001"]
    assert _column(dialog, "退库数量") == ["2", "0"]


def test_dates_the_wrong_way_round_are_refused_in_the_dialog(dialog):
    ui = dialog.ui
    ui.range_radio.setChecked(True)
    ui.from_edit.setDate(QDate(2025, 3, 1))
    ui.to_edit.setDate(QDate(2025, 2, 1))
    ui.run_button.click()
    assert not ui.error_label.isHidden()
    assert "早于开始日期" in ui.error_label.text()
    assert dialog.report is None
    assert not ui.export_button.isEnabled()


def test_supply_plan_shades_what_to_buy_and_exports(dialog, tmp_path):
    ui = dialog.ui
    ui.report_combo.setCurrentIndex(SUPPLY_PLAN)
    assert not ui.department_combo.isVisible()
    assert ui.term_combo.currentText() == "2024-2025学年第二学期"
    ui.run_button.click()
    codes = _column(dialog, "物资编码")
    suggested = dict(zip(codes, _column(dialog, "建议采购量"), strict=True))
    assert suggested == {"BG0001": "0", "BG0002": "3", "JX0001": "70", "QJ0001": "0", "YS0001": "0"}
    model = ui.table_view.model()
    chalk = codes.index("JX0001")
    assert model.index(chalk, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(codes.index("BG0001"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "建议采购 2 种" in ui.summary_label.text()
    assert "2025-2026学年第一学期" in ui.summary_label.text()

    path = dialog.export(str(tmp_path / "计划"))
    assert path == tmp_path / "计划.xlsx"
    assert load_workbook(path)["供需计划"]["A1"].value.endswith("物资供需计划")
    assert "已导出" in ui.summary_label.text()


def test_sorting_by_a_number_column_sorts_by_value(dialog):
    ui = dialog.ui
    ui.term_combo.setCurrentIndex(ui.term_combo.findText("2024-2025学年第一学期"))
    ui.run_button.click()
    ui.table_view.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    assert _column(dialog, "消耗金额（元）") == ["705.00", "235.00", "85.00", "24.50"]


def test_an_export_that_cannot_be_written_says_so(dialog, tmp_path):
    dialog.ui.run_button.click()
    assert dialog.export(str(tmp_path / "no" / "such" / "folder.xlsx")) is None
    assert "无法保存" in dialog.ui.error_label.text()


def test_stopping_a_report_keeps_the_old_table(dialog, monkeypatch):
    ui = dialog.ui
    ui.run_button.click()
    rows = ui.table_view.model().rowCount()
    real = stock_reports.consumption

    def slow(period, department=None):
        real(period, department)
        raise TaskCancelled  # what the token raises once 停止 was pressed

    monkeypatch.setattr(stock_reports, "consumption", slow)
    ui.term_combo.setCurrentIndex(ui.term_combo.findText("2024-2025学年第一学期"))
    ui.run_button.click()
    assert ui.summary_label.text() == "已停止统计。"
    assert ui.table_view.model().rowCount() == rows
    assert ui.run_button.isEnabled()


def test_the_report_runs_off_the_gui_thread(qtbot, db_path):
    make_stock_room()
    runner = TaskRunner()
    dialog = StockReportsDialog(runner, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.report_combo.setCurrentIndex(SUPPLY_PLAN)
    dialog.ui.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.ui.table_view.model().rowCount() == 5
    assert dialog.ui.run_button.isEnabled()
    runner.shutdown()


def test_stop_cancels_a_report_running_in_the_background(qtbot, db_path, monkeypatch):
    make_stock_room()
    release = threading.Event()
    real = stock_reports.consumption

    def blocking(period, department=None):
        release.wait(10)  # holds the worker until the user has pressed 停止
        return real(period, department)

    monkeypatch.setattr(stock_reports, "consumption", blocking)
    runner = TaskRunner()
    dialog = StockReportsDialog(runner, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.run_button.click()
    assert dialog.ui.cancel_button.isVisibleTo(dialog)
    assert not dialog.ui.run_button.isEnabled()
    dialog.ui.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: dialog.ui.summary_label.text() == "已停止统计。", timeout=10_000)
    assert dialog.report is None
    assert dialog.ui.run_button.isEnabled()
    runner.shutdown()
