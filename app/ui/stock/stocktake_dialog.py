"""The stocktake dialog (库房盘点): load the book, type the counts, print the sheet, post the differences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import QWidget

from app.errors import HouqinError
from app.models import ItemCategory
from app.money import format_fen
from app.services.errors import DomainError
from app.services.stock_docs import LineError
from app.services.stock_stocktake import StocktakeInput, count_sheet, post_stocktake
from app.services.stock_stocktake_print import count_sheet_pdf
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_stock_stocktake import Ui_StockStocktakeDialog
from app.ui.stock.dialog_keys import enter_types_ctrl_enter_saves, size_columns
from app.ui.stock.quantity_delegate import QuantityDelegate
from app.ui.stock.stocktake_model import COUNTED, StocktakeModel

# Renders a PDF off the GUI thread and publishes it under a name (StockTab.print_rendered).
PrintPdf = Callable[[Callable[[], bytes], str], None]


class StocktakeDialog(BaseDialog):
    """Count the stock room; ``outcome`` is the number of the posted 盘点调整单."""

    def __init__(
        self, parent: QWidget | None = None, actor: str = "", print_pdf: PrintPdf | None = None
    ) -> None:
        super().__init__(Ui_StockStocktakeDialog(), parent)
        self.actor = actor
        self.print_pdf = print_pdf
        ui = self.ui
        today = QDate.currentDate()
        ui.date_edit.setDate(today)
        ui.date_edit.setMaximumDate(today)
        ui.category_combo.addItem(self.tr("全部类别"), None)
        for category in ItemCategory.select().where(ItemCategory.active).order_by(ItemCategory.id):
            ui.category_combo.addItem(category.name, category.id)
        ui.counted_by_edit.setText(actor)
        ui.keeper_edit.setText(actor)
        self.model = StocktakeModel(self)
        ui.counts_view.setModel(self.model)
        size_columns(ui.counts_view, (80, 140, 150, 50, 90, 90, 80, 100), stretch=2)
        ok = ui.button_box.button(ui.button_box.StandardButton.Ok)
        QuantityDelegate(ui.counts_view, after_last=ok)
        enter_types_ctrl_enter_saves(self, ui.button_box, self.tr("过账(&S)"))
        ui.load_button.clicked.connect(lambda _checked=False: self.load())
        ui.print_sheet_button.clicked.connect(lambda _checked=False: self.print_sheet())
        ui.print_sheet_button.setEnabled(print_pdf is not None)
        self.model.dataChanged.connect(lambda *_: self._summarise())
        self.load()
        ui.reason_edit.setFocus()

    def scope(self) -> str:
        """What the sheet covers, as printed: 全部物资, 类别：办公用品, 货位：A-01 …"""
        parts = []
        if self.ui.category_combo.currentData() is not None:
            parts.append(self.tr("类别：{name}").format(name=self.ui.category_combo.currentText()))
        shelf = self.ui.shelf_edit.text().strip()
        if shelf:
            parts.append(self.tr("货位：{shelf}").format(shelf=shelf))
        return "，".join(parts) or self.tr("全部物资")

    def load(self) -> None:
        """List the chosen items with their book quantity now (typed counts are dropped)."""
        self.clear_error()
        rows = count_sheet(self.ui.category_combo.currentData(), self.ui.shelf_edit.text())
        self.model.load(rows)
        self._summarise()
        if rows:
            self.ui.counts_view.setCurrentIndex(self.model.index(0, COUNTED))

    def _summarise(self) -> None:
        counted, gains, gain_fen, losses, loss_fen = self.model.summary()
        self.ui.summary_label.setText(
            self.tr(
                "共 {total} 种，已盘 {counted} 种；盘盈 {gains} 种 {gain} 元，盘亏 {losses} 种 {loss} 元"
            ).format(
                total=self.model.rowCount(),
                counted=counted,
                gains=gains,
                gain=format_fen(gain_fen),
                losses=losses,
                loss=format_fen(loss_fen),
            )
        )

    def print_sheet(self) -> None:
        """Print the loaded items as a 库存盘点表 with a blank 实盘 column."""
        if self.print_pdf is None:
            return
        if not self.model.rows:
            self.show_error(self.tr("盘点表上没有物资：请换一个类别或货位后重新载入。"))
            return
        rows, scope = list(self.model.rows), self.scope()
        date = self.ui.date_edit.date().toPython()
        self.print_pdf(lambda: count_sheet_pdf(rows, scope, date), self.tr("库存盘点表"))

    def collect(self) -> StocktakeInput:
        """What the form holds, as service input."""
        ui = self.ui
        return StocktakeInput(
            date=ui.date_edit.date().toPython(),
            counts=self.model.count_inputs(),
            reason=ui.reason_edit.text(),
            counted_by=ui.counted_by_edit.text(),
            supervised_by=ui.supervised_by_edit.text(),
            keeper=ui.keeper_edit.text(),
            approved_by=ui.approved_by_edit.text(),
            note=ui.note_edit.text(),
        )

    def accept(self) -> None:
        """Post; a refusal keeps everything typed and puts the cursor where the cause is."""
        failed: list[HouqinError] = []

        def post() -> str:
            try:
                return post_stocktake(self.collect(), actor=self.actor)
            except HouqinError as exc:
                failed.append(exc)
                raise

        if self.try_accept(post) or not failed:
            return
        error = failed[0]
        if isinstance(error, LineError):
            self._focus_cell(error.row)
        elif isinstance(error, DomainError):
            widget = self._fields().get(error.field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def _focus_cell(self, row: int) -> None:
        index: QModelIndex = self.model.index(row, COUNTED)
        self.ui.counts_view.setCurrentIndex(index)
        self.ui.counts_view.scrollTo(index)
        self.ui.counts_view.setFocus()

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "date": ui.date_edit,
            "reason": ui.reason_edit,
            "counted_by": ui.counted_by_edit,
            "supervised_by": ui.supervised_by_edit,
            "keeper": ui.keeper_edit,
            "approved_by": ui.approved_by_edit,
            "note": ui.note_edit,
            "lines": ui.counts_view,
        }
