"""The demo school booked its assets when they arrived, not on the day the demo was built."""

from __future__ import annotations

import datetime as dt

from app.models import Asset, HandoverDoc, HandoverLine
from app.services import demo
from app.services.asset_card import asset_card

TODAY = dt.date.today()


def test_assets_are_booked_days_after_purchase_and_a_purchase_on_one_day(db_path):
    demo.build_demo(300, seed=11)
    pairs = list(Asset.select(Asset.purchase_date, Asset.booked_date).tuples())
    delays = [(booked - bought).days for bought, booked in pairs]
    assert all(booked <= TODAY for _, booked in pairs)
    # Three days to three weeks after purchase (never later than today for recent buys).
    assert all(0 <= delay <= 21 for delay in delays)
    assert sum(delay >= 3 for delay in delays) > 0.95 * len(delays)
    assert len(set(delays)) > 5
    # The items of one purchase (same product, price and invoice) share their booking day.
    per_invoice: dict[str, set[dt.date]] = {}
    for invoice, booked in Asset.select(Asset.invoice_no, Asset.booked_date).tuples():
        per_invoice.setdefault(invoice, set()).add(booked)
    assert all(len(days) == 1 for days in per_invoice.values())


def test_the_card_history_starts_with_the_booking(db_path):
    demo.build_demo(120, seed=4)
    oldest = Asset.select().order_by(Asset.purchase_date).first()
    first = asset_card(oldest.id).history[0]
    assert first.kind == "登记"
    assert first.date == oldest.booked_date < TODAY


def test_no_slip_moves_an_asset_before_it_was_booked(db_path):
    demo.build_demo(300, seed=3)  # a seed whose slips once fell between purchase and booking
    early = (
        HandoverLine.select()
        .join(HandoverDoc)
        .switch(HandoverLine)
        .join(Asset)
        .where(HandoverDoc.date < Asset.booked_date)
        .count()
    )
    assert HandoverLine.select().count() > 0
    assert early == 0
