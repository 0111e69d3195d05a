"""Keyboard line entry for the stock dialogs: code or name → pick → quantity (→ price) → next line.

The widgets come from each dialog's form (item_edit, qty_edit, unit_label, price_edit,
add_button, lines_view, remove_button, stock_hint_label); this controller gives them their
behaviour. Typing in the item box lists matching items (SQL, by code then name); Enter takes
the highlighted match or the best one, Enter after the quantity adds the line and returns to
the item box for the next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.money import format_fen
from app.services.stock_docs import LineError
from app.services.stock_quantity import format_qty
from app.services.stock_queries import ItemRow, find_items, items_by_ids, last_receipt_price
from app.ui.stock.dialog_keys import size_columns
from app.ui.stock.lines_model import EditLine, EditLinesModel, UnitInfo, check_quantity, price_fen
from app.ui.stock.quantity_delegate import QuantityDelegate

MATCH_LIMIT = 30
# The text a picked match puts into the item box (the list also shows the stock on hand).
COMPLETION_ROLE = Qt.ItemDataRole.UserRole
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def item_text(row: ItemRow) -> str:
    """How an item is listed and shown once picked: code, name, spec."""
    return "  ".join(part for part in (row.code, row.name, row.spec) if part)


class LineEntry(QObject):
    """Gives a dialog's entry row and lines table their keyboard behaviour."""

    changed = Signal()

    def __init__(
        self,
        ui: Any,
        *,
        priced: bool,
        show_error: Callable[[str, QWidget | None], None],
        clear_error: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.item_edit: QLineEdit = ui.item_edit
        self.qty_edit: QLineEdit = ui.qty_edit
        self.price_edit: QLineEdit | None = ui.price_edit if priced else None
        self.unit_label: QLabel = ui.unit_label
        self.hint_label: QLabel = ui.stock_hint_label
        self.add_button: QPushButton = ui.add_button
        self.view: QTableView = ui.lines_view
        self.remove_button: QPushButton = ui.remove_button
        self._show_error = show_error
        self._clear_error = clear_error
        self.model = EditLinesModel(priced, self)
        self.model.lines_changed.connect(self.changed)
        self.view.setModel(self.model)
        # Enter after correcting a cell goes down a line, and from the last back to typing.
        self.delegate = QuantityDelegate(self.view, after_last=self.item_edit)
        self._set_up_view()
        self._matches: list[ItemRow] = []
        self._by_text: dict[str, ItemRow] = {}
        self._chosen: ItemRow | None = None
        self._match_model = QStandardItemModel(self)
        self.completer = QCompleter(self._match_model, self)
        # The list is filtered in SQL (code, name, spec); the completer only shows it.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.item_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._picked_text)
        self.item_edit.textEdited.connect(self._search)
        for widget in (self.item_edit, self.qty_edit, self.price_edit, self.view):
            if widget is not None:
                widget.installEventFilter(self)
        # The open list takes the keys first: Enter with nothing highlighted must still pick.
        self.completer.popup().installEventFilter(self)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_selected)
        self.qty_edit.textEdited.connect(self._clear_error)
        self._show_chosen()

    def _set_up_view(self) -> None:
        view = self.view
        view.setTabKeyNavigation(False)
        view.verticalHeader().setDefaultSectionSize(24)
        # The name takes the spare width, so the figures stay together on the right.
        size_columns(view, (80, 150, 150, 44, 70, 80, 80, 90))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

    # --- picking the item ---------------------------------------------------------------
    def _search(self, text: str) -> None:
        """List the items matching what is typed (the previous pick no longer holds)."""
        self._chosen = None
        self._show_chosen()
        self._clear_error()
        self._matches = find_items(text, MATCH_LIMIT) if text.strip() else []
        self._match_model.clear()
        self._by_text = {}
        for row in self._matches:
            shown = item_text(row)
            self._by_text[shown] = row
            entry = QStandardItem(
                f"{shown}    "
                + self.tr("库存 {qty} {unit}").format(qty=format_qty(row.on_hand_m), unit=row.unit)
            )
            entry.setData(shown, COMPLETION_ROLE)
            self._match_model.appendRow(entry)
        if self._matches:
            self.completer.complete()

    def _picked_text(self, text: str) -> None:
        row = self._by_text.get(text)
        if row is not None:
            self.choose(row)

    def choose(self, row: ItemRow) -> None:
        """Take ``row`` as the item of the line being typed; the cursor goes to the quantity."""
        self._chosen = row
        self.item_edit.setText(item_text(row))
        self.completer.popup().hide()
        self._show_chosen()
        if self.price_edit is not None and not self.price_edit.text().strip():
            last = last_receipt_price(row.id)
            if last is not None:
                self.price_edit.setText(format_fen(last).replace(",", ""))
        self.qty_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.qty_edit.selectAll()

    def choose_item(self, item_id: int) -> None:
        """Pick an item by id (one just created from the dialog)."""
        rows = items_by_ids([item_id])
        if rows:
            self.choose(rows[0])

    def _show_chosen(self) -> None:
        row = self._chosen
        self.unit_label.setText(row.unit if row else "")
        if row is None:
            self.hint_label.setText("")
            return
        hint = self.tr("库存 {qty} {unit}").format(qty=format_qty(row.on_hand_m), unit=row.unit)
        if row.low:
            hint += self.tr("（低于最低库存 {level}）").format(level=format_qty(row.reorder_m))
        self.hint_label.setText(hint)

    def _take_best_match(self) -> bool:
        """Enter in the item box: the highlighted match, or else the best one."""
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            shown = popup.currentIndex().data(COMPLETION_ROLE)
            row = self._by_text.get(shown)
        elif self._chosen is not None:
            row = self._chosen
        else:
            text = self.item_edit.text().strip()
            if text and not self._matches:
                self._search(text)
            row = self._matches[0] if self._matches else None
        if row is None:
            text = self.item_edit.text().strip()
            message = (
                self.tr("没有找到“{text}”。请换个写法，或先新建物资。").format(text=text)
                if text
                else self.tr("请输入物资编码或名称。")
            )
            self._show_error(message, self.item_edit)
            return False
        self.choose(row)
        return True

    # --- adding the line ----------------------------------------------------------------
    def _quantity_done(self) -> None:
        if self._chosen is None:
            self._show_error(self.tr("请先选择物资。"), self.item_edit)
            return
        unit = UnitInfo(self._chosen.unit, self._chosen.allows_fraction)
        message = check_quantity(self.qty_edit.text(), unit)
        if message:
            self._show_error(message, self.qty_edit)
            return
        if self.price_edit is not None:
            self.price_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.price_edit.selectAll()
            return
        self.add_line()

    def add_line(self) -> bool:
        """Add the line being typed to the table and start the next one."""
        if self._chosen is None and not self._take_best_match():
            return False
        row: ItemRow = self._chosen  # type: ignore[assignment]
        unit = UnitInfo(row.unit, row.allows_fraction)
        message = check_quantity(self.qty_edit.text(), unit)
        if message:
            self._show_error(message, self.qty_edit)
            return False
        price = ""
        if self.price_edit is not None:
            price = self.price_edit.text().strip()
            if price_fen(price) is None:
                self._show_error(
                    self.tr("请填写大于零的单价（元，最多两位小数）。"), self.price_edit
                )
                return False
        existing = self.model.row_of_id(row.id)
        if existing is not None:
            self.view.setCurrentIndex(self.model.index(existing, self.model.column_of("quantity")))
            self._show_error(
                self.tr("{name} 已在第 {n} 行，请直接修改那一行的数量。").format(
                    name=row.name, n=existing + 1
                ),
                self.item_edit,
            )
            return False
        added = self.model.append(EditLine(row, self.qty_edit.text().strip(), price))
        self.view.scrollTo(self.model.index(added, 0))
        self._clear_error()
        self._start_next_line()
        return True

    def _start_next_line(self) -> None:
        self._chosen = None
        self._matches = []
        self._match_model.clear()
        self.item_edit.clear()
        self.qty_edit.clear()
        if self.price_edit is not None:
            self.price_edit.clear()
        self._show_chosen()
        self.item_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        """Remove the lines with a selected cell (or the current one)."""
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        self.model.remove_rows(sorted(rows))

    # --- what the dialog reads and shows ------------------------------------------------
    def pending(self) -> bool:
        """Whether something is typed in the entry row that is not in the table yet."""
        return bool(self.item_edit.text().strip() or self.qty_edit.text().strip())

    def set_lines(self, lines: list[EditLine]) -> None:
        """Start from existing lines (editing a draft)."""
        self.model.set_lines(lines)

    def focus_line_error(self, error: LineError) -> None:
        """Put the cursor on the cell a service refusal is about."""
        column = "price" if error.column == "unit_price" else "quantity"
        if column not in self.model.keys:
            column = "quantity"
        if 0 <= error.row < self.model.rowCount():
            index = self.model.index(error.row, self.model.column_of(column))
            self.view.setCurrentIndex(index)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter moves along the entry row; Delete on the table removes a line."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().eventFilter(watched, event)
        key = event.key()
        popup = self.completer.popup()
        if watched is popup and key in _ENTER_KEYS and not popup.currentIndex().isValid():
            popup.hide()
            self._take_best_match()
            return True
        if watched is self.item_edit and key in _ENTER_KEYS:
            self._take_best_match()
            return True
        if watched is self.item_edit and key == Qt.Key.Key_Down and not self._matches:
            self._search(self.item_edit.text())
            return True
        if watched is self.qty_edit and key in _ENTER_KEYS:
            self._quantity_done()
            return True
        if watched is self.price_edit and key in _ENTER_KEYS:
            self.add_line()
            return True
        if watched is self.view and key in (Qt.Key.Key_Delete,):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)


def line_summary(model: EditLinesModel) -> str:
    """ "共 N 行" and, for priced lines, the total amount."""
    count = model.rowCount()
    if model.priced:
        return QCoreApplication.translate("LineEntry", "共 {n} 行，金额合计 ¥{total}").format(
            n=count, total=format_fen(model.total_fen())
        )
    return QCoreApplication.translate("LineEntry", "共 {n} 行").format(n=count)
