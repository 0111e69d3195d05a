"""The stock tab in English: document types, states and ledger moves shown translated."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.services import stock_requisitions as rq
from app.services.stock_docs import LineInput
from tests.gui.test_translations import english  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui


def test_stock_tables_show_translated_type_state_and_move(
    english,  # noqa: F811 - the fixture
    main_window,
    stock,
) -> None:
    ids = stock
    rq.create_requisition(
        rq.RequisitionInput(
            date=dt.date.today(),
            department_id=ids["dept_physics"],
            person_id=ids["alice"],
            lines=[LineInput(ids["paper"], "4")],
        )
    )
    main_window.refresh()
    docs = main_window.stock_tab.docs_panel
    model = docs.model
    rows = {
        (model.data(model.index(r, 1)), model.data(model.index(r, 3)))
        for r in range(model.rowCount())
    }
    assert ("Requisition", "Draft") in rows
    assert ("Receipt", "Posted") in rows
    types = docs.type_combo
    types.setCurrentIndex(types.findText("Requisition"))
    assert docs.current_filter().doc_type == "领用"
    assert model.rowCount() == 1
    panel = main_window.stock_tab.stock_panel
    assert panel.select_item(ids["paper"])
    ledger = panel.ledger.model
    first = ledger.data(ledger.index(0, 1), Qt.ItemDataRole.DisplayRole)
    assert first.startswith("Receipt ")
