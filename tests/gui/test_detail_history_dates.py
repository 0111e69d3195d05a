"""The detail pane dates each history line by its document, with the recording time as a tooltip."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Person
from app.services import assets, handover
from app.services.asset_card import asset_card
from app.ui.register.detail import AssetDetailPane
from tests.factories import asset_input

pytestmark = pytest.mark.gui


def test_a_slip_entered_late_shows_its_own_date(qtbot, school) -> None:
    today = dt.date.today()
    handed = today - dt.timedelta(days=40)
    (asset_id,) = assets.register_assets(asset_input(purchase_date=today - dt.timedelta(days=400)))
    to = Person.get(Person.name == "张敏").id
    handover.post_handover(
        handover.HandoverInput(kind="调拨", date=handed, asset_ids=[asset_id], to_person_id=to)
    )
    pane = AssetDetailPane()
    qtbot.addWidget(pane)
    pane.show_card(asset_card(asset_id))

    table = pane.history_table
    kinds = {table.item(row, 1).text(): table.item(row, 0) for row in range(table.rowCount())}
    slip = kinds["交接"]
    assert slip.text() == handed.isoformat()  # not today, the day the clerk typed it in
    assert slip.toolTip().startswith(f"记录于 {today.isoformat()}")
    assert kinds["登记"].text().startswith(today.isoformat() + "\n")  # booked and recorded today
