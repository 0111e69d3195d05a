"""Fixtures for the stock-room GUI tests: items on the shelves, and keyboard helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import ItemCategory, Unit
from app.services import reference, stock_items, stock_receipts
from app.services.stock_docs import LineInput
from tests.gui.conftest import type_text


@pytest.fixture
def stock(school_ids: dict[str, int]) -> dict[str, int]:
    """A supplier and four items, three of them in stock; their ids with the school's."""
    unit = {name: Unit.get(Unit.name == name).id for name in ("包", "千克", "个", "支")}
    office = ItemCategory.get(ItemCategory.name == "办公用品").id
    ids = dict(school_ids)
    ids["supplier"] = reference.save_record("supplier", {"name": "晨光文具"})
    for key, name, spec, unit_name, level in (
        ("paper", "A4复印纸", "70g 500张/包", "包", "20"),
        ("soap", "洗衣粉", "散装", "千克", "5"),
        ("toner", "硒鼓", "HP 88A", "个", "2"),
        ("pen", "中性笔", "0.5mm 黑", "支", "50"),
    ):
        ids[key] = stock_items.create_item(
            stock_items.ItemInput(
                name=name,
                spec=spec,
                unit_id=unit[unit_name],
                category_id=office,
                reorder_level=level,
            )
        )
    stock_receipts.post_receipt(
        stock_receipts.ReceiptInput(
            date=dt.date.today(),
            supplier_id=ids["supplier"],
            lines=[
                LineInput(ids["paper"], "50", "25.00"),
                LineInput(ids["soap"], "10", "8.00"),
                LineInput(ids["toner"], "1", "300.00"),
            ],
        )
    )
    return ids


def enter(qtbot, widget) -> None:
    """Press Enter on ``widget``."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_line(qtbot, ui, item: str, quantity: str, price: str | None = None) -> None:
    """One line by keyboard: item text, Enter, quantity, Enter (price, Enter)."""
    type_text(qtbot, ui.item_edit, item)
    enter(qtbot, ui.item_edit)
    assert QApplication.focusWidget() is ui.qty_edit
    type_text(qtbot, ui.qty_edit, quantity)
    enter(qtbot, ui.qty_edit)
    if price is not None:
        assert QApplication.focusWidget() is ui.price_edit
        ui.price_edit.selectAll()
        type_text(qtbot, ui.price_edit, price)
        enter(qtbot, ui.price_edit)


def save(qtbot, dialog) -> None:
    """Ctrl+Enter: save the dialog."""
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def type_in_cell(qtbot, view, text: str) -> None:
    """Type into the current cell of a table (the first key opens its editor), then Enter."""
    qtbot.keyClick(view, text[0])
    editor = QApplication.focusWidget()
    for char in text[1:]:
        qtbot.keyClick(editor, char)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def drive(qtbot, action) -> list:
    """Run ``action(dialog)`` on the next modal dialog, made active first; close it if it stays.

    A dialog left open would block its exec() for ever: an action that fails rejects it, so the
    test fails on its assertions instead of hanging.
    """
    from tests.gui.conftest import activate, on_next_dialog

    def run(dialog) -> None:
        try:
            activate(qtbot, dialog)
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    return on_next_dialog(run)
