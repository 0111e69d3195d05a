"""What the searchable list panels share: the debounced search box and selecting a row by id."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QTableView

from app.ui.row_model import RowTableModel

SEARCH_DELAY_MS = 250


def debounced_search(
    parent: QObject,
    edit: QLineEdit,
    apply: Callable[[], None],
    delay_ms: int = SEARCH_DELAY_MS,
) -> QTimer:
    """Run ``apply`` once typing in ``edit`` pauses, or at once on Enter; returns the timer.

    ``apply`` should stop the timer first, so Enter does not search a second time later.
    """
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(apply)
    edit.textChanged.connect(timer.start)
    edit.returnPressed.connect(apply)
    return timer


def select_row_of_id(table: QTableView, model: RowTableModel, record_id: int) -> bool:
    """Select and show the row of a record if it is among the fetched rows."""
    row = model.row_of_id(record_id)
    if row is None:
        return False
    index = model.index(row, 0)
    selection = table.selectionModel()
    selection.select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    # Not table.setCurrentIndex: with Ctrl held (Ctrl+N just closed its dialog) the view
    # would toggle the row off again.
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    table.scrollTo(index)
    return True


def selected_ids(table: QTableView, model: RowTableModel) -> list[int]:
    """Ids of the selected rows, in table order."""
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    return [model.row_at(row).id for row in rows]


def first_selected_id(table: QTableView, model: RowTableModel) -> int | None:
    """The id of the first selected row (single-selection tables), if any."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()).id if rows else None
