"""Disposal through the GUI: file from the register, approve or reject from the list, print."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models import Asset, DisposalDoc
from app.services import assets
from app.services.disposal import DisposalInput, approve_disposal, file_disposal
from app.ui.dialogs.disposal_decision_dialog import DisposalDecisionDialog, DisposalLinesModel
from app.ui.dialogs.disposal_dialog import DisposalDialog
from app.ui.dialogs.disposal_list_dialog import DisposalListDialog, DisposalListModel
from app.ui.qt_app import install_translators
from tests.factories import asset_input
from tests.gui.conftest import activate, on_next_dialog, type_text

pytestmark = pytest.mark.gui
YEAR = dt.date.today().year
_SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def old_assets(school_ids) -> list[int]:
    """Three old computers in the lab and a newer projector, all in use."""
    ids = assets.register_assets(
        asset_input(room_id=school_ids["lab"], purchase_date=dt.date(2018, 3, 1)), quantity=3
    )
    ids += assets.register_assets(
        asset_input(
            name="投影仪",
            spec="爱普生CB-X50",
            original_value="3200.00",
            purchase_date=dt.date(2024, 9, 10),
        )
    )
    return ids


def _pending(asset_ids: list[int], requested_by: str = "李强") -> str:
    data = DisposalInput(
        asset_ids=asset_ids,
        reason="主板损坏",
        assessors="王芳、张敏、赵磊",
        requested_by=requested_by,
    )
    return file_disposal(data, actor="测试员")


def _fill(qtbot, dialog: DisposalDialog, assessors: str = "王芳、张敏、赵磊") -> None:
    ui = dialog.ui
    type_text(qtbot, ui.reason_edit, "主板损坏，无法修复")
    type_text(qtbot, ui.condition_edit, "不能开机")
    type_text(qtbot, ui.assessors_edit, assessors)
    type_text(qtbot, ui.requested_by_edit, "李强")


def _then_close(action: Callable[[Any], None]) -> Callable[[Any], None]:
    """Wrap a dialog action so the dialog closes even when an assertion in it fails.

    Otherwise a failed assertion leaves a modal dialog open and the test hangs in exec().
    """

    def run(dialog: Any) -> None:
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    return run


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


# --- filing from the register ---------------------------------------------------------------


def test_file_from_the_register_then_the_form_opens(qtbot, main_window, old_assets) -> None:
    window = main_window
    tab = window.register_tab
    window.refresh()
    activate(qtbot, window)
    assert not window.disposal_action.isEnabled()
    selection = tab.table.selectionModel()
    for row in (0, 1):
        selection.select(tab.model.index(row, 0), _SELECT_ROW)
    chosen = tab.selected_ids()
    assert len(chosen) == 2
    assert window.disposal_action.isEnabled()

    def fill_and_file(dialog: DisposalDialog) -> None:
        assert dialog.lines.asset_ids() == chosen
        ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "提交并打印"
        _fill(qtbot, dialog)
        dialog.ui.repair_combo.setCurrentIndex(0)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(_then_close(fill_and_file))
    window.disposal_action.trigger()
    (dialog,) = seen
    number = dialog.outcome
    assert number == f"BF-{YEAR}-0001"
    assert {Asset.get_by_id(i).status for i in chosen} == {"待报废"}
    (pdf_path,) = window.opened_pdfs
    assert pdf_path.name == f"{number}.pdf"
    text = _pdf_text(pdf_path)
    assert "报废申请表" in text and f"No.{number}" in text
    assert "鉴定人：王芳、张敏、赵磊" in text
    assert window.statusBar().currentMessage().startswith("报废申请表已生成")


def test_too_few_assessors_keeps_the_dialog_open_and_saves_nothing(qtbot, old_assets) -> None:
    dialog = DisposalDialog(None, old_assets[:2], actor="测试员")
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    _fill(qtbot, dialog, assessors="王芳、张敏")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.error_label.isVisible()
    assert "鉴定人至少需要 3 人" in dialog.ui.error_label.text()
    assert dialog.ui.assessors_edit.hasFocus()
    assert DisposalDoc.select().count() == 0
    assert {Asset.get_by_id(i).status for i in old_assets} == {"在用"}


def test_an_asset_on_another_request_is_named(qtbot, old_assets) -> None:
    first = _pending(old_assets[:1])
    dialog = DisposalDialog(None, old_assets[:2], actor="测试员")
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog)
    dialog.accept()
    assert f"已在待审批的报废申请 {first} 中" in dialog.ui.error_label.text()
    assert DisposalDoc.select().count() == 1


def test_delete_takes_an_asset_off_and_the_totals_follow(qtbot, old_assets) -> None:
    dialog = DisposalDialog(None, old_assets, actor="测试员")
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.ui.assets_label.text() == "申请报废的资产（4 件）"
    assert dialog.ui.summary_label.text().startswith("原值合计 ¥18,197.00")
    view = dialog.ui.assets_view
    view.setFocus()
    view.selectRow(3)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert dialog.lines.asset_ids() == old_assets[:3]
    assert dialog.ui.summary_label.text() == "原值合计 ¥14,997.00，净值合计 ¥0.00"
    assert dialog.ui.approval_label.text().endswith("须经后勤主任审批")


def test_net_values_follow_the_filing_date(qtbot, old_assets) -> None:
    dialog = DisposalDialog(None, old_assets[3:], actor="测试员")
    qtbot.addWidget(dialog)
    today_net = dialog.lines.total("net_value")
    dialog.ui.date_edit.setDate(QDate(2025, 1, 15))
    earlier_net = dialog.lines.total("net_value")
    # Bought 2024-09 for 3,200.00 over 72 months; by January 2025 four months are written off:
    # 320000 × 4 // 72 = 17777 fen.
    assert earlier_net == Decimal("3022.23")
    assert earlier_net > today_net


def test_kind_changes_the_reason_label(qtbot, old_assets) -> None:
    dialog = DisposalDialog(None, old_assets[:1], actor="测试员")
    qtbot.addWidget(dialog)
    dialog.ui.kind_combo.setCurrentText("报损")
    assert dialog.ui.reason_label.text() == "报损原因*"


# --- the list and the decision --------------------------------------------------------------


def test_approve_from_the_list_with_residuals(qtbot, main_window, old_assets) -> None:
    window = main_window
    number = _pending(old_assets[:2])
    window.refresh()
    assert window.register_tab.model.total_count == 4

    def decide(decision: DisposalDecisionDialog) -> None:
        assert decision.number == number
        assert decision.ui.approve_button.isVisible()
        lines = decision.lines
        assert lines.setData(lines.index(0, lines.columnCount() - 1), "120.5")
        type_text(qtbot, decision.ui.decided_by_edit, "赵校长")
        decision.ui.method_combo.setCurrentText("出售")
        type_text(qtbot, decision.ui.note_edit, "同意")
        qtbot.mouseClick(decision.ui.approve_button, Qt.MouseButton.LeftButton)

    def in_list(listing: DisposalListDialog) -> None:
        assert listing.selected_number() == number
        assert listing.model.rowCount() == 1
        on_next_dialog(_then_close(decide))
        qtbot.mouseClick(listing.ui.open_button, Qt.MouseButton.LeftButton)
        assert listing.changed
        assert listing.model.row_at(0).state == "已批准"

    seen = on_next_dialog(_then_close(in_list))
    window.disposal_list_action.trigger()
    assert seen
    assert {Asset.get_by_id(i).status for i in old_assets[:2]} == {"已报废"}
    history = assets.asset_history(old_assets[0])[-1]
    assert history.summary == f"报废（{number}）：处置方式 出售，残值 ¥120.50"
    # The register refreshed: the disposed assets left the active view.
    assert window.register_tab.model.total_count == 2


def test_the_requester_may_not_approve(qtbot, old_assets) -> None:
    number = _pending(old_assets[:1], requested_by="李强")
    dialog = DisposalDecisionDialog(None, number, actor="李强")
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.ui.decided_by_edit, "李强")
    dialog.approve()
    assert dialog.isVisible()
    assert "审批人不能是申请人本人" in dialog.ui.error_label.text()
    assert dialog.ui.decided_by_edit.hasFocus()
    assert Asset.get_by_id(old_assets[0]).status == "待报废"


def test_a_bad_residual_names_the_asset(qtbot, old_assets) -> None:
    number = _pending(old_assets[:2])
    dialog = DisposalDecisionDialog(None, number)
    qtbot.addWidget(dialog)
    lines = dialog.lines
    lines.setData(lines.index(1, lines.columnCount() - 1), "一百")
    dialog.ui.decided_by_edit.setText("赵校长")
    dialog.approve()
    second = assets.get_asset(old_assets[1]).number
    assert f"资产 {second} 的残值" in dialog.ui.error_label.text()
    assert lines.data(lines.index(1, lines.columnCount() - 1)) == "一百"  # kept for correcting


def test_reject_needs_a_reason_then_puts_assets_back(qtbot, old_assets) -> None:
    number = _pending(old_assets[:2])
    dialog = DisposalDecisionDialog(None, number)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.ui.decided_by_edit.setText("赵校长")
    dialog.reject_request()
    assert "请填写驳回理由" in dialog.ui.error_label.text()
    assert dialog.ui.note_edit.hasFocus()
    type_text(qtbot, dialog.ui.note_edit, "还能修")
    dialog.reject_request()
    assert dialog.outcome == "已驳回"
    assert {Asset.get_by_id(i).status for i in old_assets[:2]} == {"在用"}


def test_a_decided_request_is_read_only(qtbot, old_assets) -> None:
    number = _pending(old_assets[:1])
    approve_disposal(number, "赵校长", "捐赠", note="捐给希望小学")
    dialog = DisposalDecisionDialog(None, number, printer=lambda _n: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.approve_button.isVisible()
    assert not dialog.ui.reject_button.isVisible()
    assert not dialog.ui.decided_by_edit.isEnabled()
    assert dialog.ui.decided_by_edit.text() == "赵校长"
    assert dialog.ui.method_combo.currentText() == "捐赠"
    assert dialog.ui.state_value.text() == "已批准"
    lines = dialog.lines
    residual = lines.index(0, lines.columnCount() - 1)
    assert not lines.flags(residual) & Qt.ItemFlag.ItemIsEditable
    assert not lines.setData(residual, "10")


def test_state_filter_and_print_from_the_list(qtbot, main_window, old_assets) -> None:
    approve_disposal(_pending(old_assets[:1]), "赵校长", "报废")
    pending = _pending(old_assets[1:2])
    dialog = DisposalListDialog(
        main_window, printer=lambda n: main_window.pdf_output.publish(b"%PDF", n)
    )
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.ui.summary_label.text() == "共 2 张，其中待审批 1 张"
    dialog.ui.state_combo.setCurrentIndex(dialog.ui.state_combo.findData("待审批"))
    assert [dialog.model.row_at(r).number for r in range(dialog.model.rowCount())] == [pending]
    method = dialog.model.index(0, 7)
    assert dialog.model.data(method) == "报废（拟）"
    dialog.print_selected()
    assert [p.name for p in main_window.opened_pdfs] == [f"{pending}.pdf"]


def test_models_pass_the_model_tester(qtmodeltester, old_assets) -> None:
    number = _pending(old_assets)
    listing = DisposalListDialog(None)
    qtmodeltester.check(listing.model)
    assert isinstance(listing.model, DisposalListModel)
    decision = DisposalDecisionDialog(None, number)
    assert isinstance(decision.lines, DisposalLinesModel)
    qtmodeltester.check(decision.lines)


def test_english_dialogs(qapp, qtbot, old_assets) -> None:
    """With the English translation the fixed texts of the disposal dialogs are English."""
    translators = install_translators(qapp, "en")
    assert translators
    try:
        dialog = DisposalDialog(None, old_assets[:2], actor="测试员")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Request disposal"
        assert dialog.ui.assets_label.text() == "Assets to dispose of (2)"
        assert dialog.ui.reason_label.text() == "Reason*"
        ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "File and print"
        assert dialog.lines.headerData(0, Qt.Orientation.Horizontal) == "Asset no."
        decision = DisposalDecisionDialog(None, _pending(old_assets[:1]))
        qtbot.addWidget(decision)
        assert decision.ui.approve_button.text() == "&Approve"
        assert decision.lines.headerData(8, Qt.Orientation.Horizontal) == "Residual (yuan)"
        listing = DisposalListDialog(None)
        qtbot.addWidget(listing)
        assert listing.windowTitle() == "Disposal requests"
        assert listing.ui.summary_label.text() == "Requests: 1 (awaiting approval: 1)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
