"""The register's depreciation columns and totals, and printing cards, labels and the register."""

from __future__ import annotations

import datetime as dt
import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.services import assets
from app.ui.dialogs.labels_dialog import LabelsDialog
from app.ui.register.table_model import COLUMN_KEYS
from app.ui.worker import TaskRunner
from tests.factories import asset_input
from tests.gui.conftest import on_next_dialog

pytestmark = pytest.mark.gui


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _two_computers_and_a_projector(main_window) -> list[int]:
    computers = assets.register_assets(
        asset_input(original_value="7200.00", purchase_date=dt.date(2024, 9, 1)), quantity=2
    )
    assets.register_assets(
        asset_input(name="投影仪", original_value="3600.00", purchase_date=dt.date(2024, 9, 1))
    )
    main_window.refresh()
    return computers


def test_depreciation_columns_and_totals_follow_the_date(qtbot, main_window):
    _two_computers_and_a_projector(main_window)
    tab = main_window.register_tab
    assert tab.as_of_edit.date() == QDate.currentDate()
    tab.as_of_edit.setDate(QDate(2025, 9, 30))
    qtbot.waitUntil(lambda: tab.model.filter.as_of == dt.date(2025, 9, 30))
    headers = tab.model.headers()
    accumulated, net = COLUMN_KEYS.index("accumulated"), COLUMN_KEYS.index("net_value")
    assert (headers[accumulated], headers[net]) == ("累计折旧（元）", "净值（元）")
    values = {tab.model.index(r, accumulated).data() for r in range(tab.model.rowCount())}
    assert values == {"1,200.00", "600.00"}  # 12 of 72 months
    assert tab.totals_label.text() == "共 3 件，原值合计 ¥18,000.00"
    assert tab.depreciation_label.text() == "累计折旧 ¥3,000.00，净值 ¥15,000.00"
    tab.as_of_edit.setDate(QDate(2024, 9, 30))
    qtbot.waitUntil(lambda: tab.depreciation_label.text() == "累计折旧 ¥0.00，净值 ¥18,000.00")
    # The detail pane shows the card as of the same date.
    assert tab.select_asset(tab.model.row_at(0).id)
    form = tab.detail.card_form
    labels = [
        form.itemAt(i, form.ItemRole.LabelRole).widget().text() for i in range(form.rowCount())
    ]
    assert "累计折旧（截至 2024-09-30）：" in labels


def test_print_cards_of_the_selection(qtbot, main_window):
    computers = _two_computers_and_a_projector(main_window)
    tab = main_window.register_tab
    printing = main_window.register_printing
    assert not printing.card_action.isEnabled()
    tab.select_asset(computers[0])
    assert printing.card_action.isEnabled()
    printing.card_two_action.trigger()
    (path,) = main_window.opened_pdfs
    text = _pdf_text(path)
    assert assets.get_asset(computers[0]).number in text
    assert path.name.startswith("资产卡片-")
    qtbot.waitUntil(lambda: main_window.findChild(QProgressDialog, "print_progress") is None)


def test_print_the_register_of_the_current_filter(qtbot, main_window):
    _two_computers_and_a_projector(main_window)
    tab = main_window.register_tab
    tab.search_edit.setText("投影仪")
    tab.apply_filter()
    main_window.register_printing.register_action.trigger()
    (path,) = main_window.opened_pdfs
    text = _pdf_text(path)
    assert "投影仪" in text and "台式计算机" not in text
    assert "合计（共 1 件）" in text
    assert "人民币叁仟陆佰元整" in text
    assert main_window.statusBar().currentMessage().startswith("已生成：")


def test_print_labels_through_the_dialog(qtbot, main_window, tmp_path):
    computers = _two_computers_and_a_projector(main_window)
    tab = main_window.register_tab
    tab.select_asset(computers[1])

    def choose(dialog: LabelsDialog) -> None:
        ui = dialog.ui
        assert ui.selected_radio.isChecked() and "（1 件）" in ui.selected_radio.text()
        assert "（3 件）" in ui.filter_radio.text()
        ui.sheet_combo.setCurrentIndex(ui.sheet_combo.findData("2x5"))
        assert ui.start_spin.maximum() == 10
        ui.start_spin.setValue(4)
        ui.filter_radio.setChecked(True)
        assert "共 3 枚标签，从第 4 枚位置开始，需要 1 张标签纸" in ui.summary_label.text()
        assert [ui.preview.position_state(n) for n in (3, 4, 6, 7)] == [
            "used",
            "printed",
            "printed",
            "empty",
        ]
        dialog.grab().save(str(tmp_path / "labels_dialog.png"))
        dialog.accept()

    seen = on_next_dialog(choose)
    main_window.register_printing.labels_action.trigger()
    assert len(seen) == 1
    (path,) = main_window.opened_pdfs
    text = _pdf_text(path)
    assert text.count("资产标签") == 3
    assert "投影仪" in text


def test_the_labels_dialog_refuses_margins_off_the_paper(qtbot, main_window):
    _two_computers_and_a_projector(main_window)
    dialog = LabelsDialog(main_window, selected_count=0, filter_count=3)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.selected_radio.isEnabled() and ui.filter_radio.isChecked()
    ui.top_spin.setValue(20)
    assert "超出纸边" in ui.error_label.text()
    dialog.accept()
    assert dialog.result() == 0 and dialog.outcome is None
    assert "超出纸边" in ui.error_label.text()
    ui.reset_button.click()
    assert ui.top_spin.value() == pytest.approx(0.5)
    assert ui.error_label.isHidden()
    dialog.accept()
    assert dialog.outcome.start == 1 and not dialog.outcome.selected_only


def test_printing_with_nothing_to_print_says_so(qtbot, main_window):
    on_next_dialog(lambda box: box.accept())
    main_window.register_printing.print_register()
    assert main_window.opened_pdfs == []
    assert "没有符合筛选条件的资产" in main_window.statusBar().currentMessage()


def test_cancel_stops_a_register_print_in_the_background(qtbot, main_window, monkeypatch):
    """A real worker thread: the print waits inside the rendering until the test cancels."""
    _two_computers_and_a_projector(main_window)
    started, release = threading.Event(), threading.Event()
    from app.services import register_print

    real_render = register_print.render_register

    def held_render(report, progress):
        progress(1, 4)
        started.set()
        release.wait(10)
        progress(2, 4)  # cancelled by now: raises inside the worker
        return real_render(report, progress)

    monkeypatch.setattr(register_print, "render_register", held_render)
    runner = TaskRunner()
    printing = main_window.register_printing
    printing.runner = runner
    task = printing.print_register()
    qtbot.waitUntil(started.is_set)
    dialog = printing.progress_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value() > 0)
    assert not printing.register_action.isEnabled()  # one print at a time
    (cancel_button,) = dialog.findChildren(QPushButton)
    assert cancel_button.text() == "取消"
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        cancel_button.click()
        release.set()
    assert main_window.statusBar().currentMessage() == "已取消打印。"
    assert main_window.opened_pdfs == []
    assert printing.register_action.isEnabled()
    assert runner.shutdown()
