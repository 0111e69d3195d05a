"""调整列对应: choose which field each column of a ledger fills, and which row is the header."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from app.io.headers import IGNORE, HeaderGuess, header_at
from app.io.tables import column_letter
from app.io.values import cell_text, is_blank
from app.services.asset_import_resolve import CategoryChoice
from app.services.reference import choices
from app.services.sheet_import import Ledger
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_import_mapping import Ui_ImportMappingDialog

if TYPE_CHECKING:
    from app.ui.register.import_flow import ImportFlow

MAX_HEADER_ROW = 60
SAMPLES = 3
# The fields as the combo boxes show them (app.io.headers.FIELDS holds the domain's labels).
FIELD_TITLES: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("ImportMappingDialog", "（不导入）"),
    "number": QT_TRANSLATE_NOOP("ImportMappingDialog", "资产编号"),
    "old_number": QT_TRANSLATE_NOOP("ImportMappingDialog", "原资产编号"),
    "name": QT_TRANSLATE_NOOP("ImportMappingDialog", "资产名称"),
    "category": QT_TRANSLATE_NOOP("ImportMappingDialog", "资产分类（代码或名称）"),
    "spec": QT_TRANSLATE_NOOP("ImportMappingDialog", "规格型号"),
    "brand": QT_TRANSLATE_NOOP("ImportMappingDialog", "品牌"),
    "unit": QT_TRANSLATE_NOOP("ImportMappingDialog", "计量单位"),
    "quantity": QT_TRANSLATE_NOOP("ImportMappingDialog", "数量"),
    "unit_price": QT_TRANSLATE_NOOP("ImportMappingDialog", "单价（原值）"),
    "amount": QT_TRANSLATE_NOOP("ImportMappingDialog", "金额（单价×数量）"),
    "purchase_date": QT_TRANSLATE_NOOP("ImportMappingDialog", "购置日期"),
    "acquisition": QT_TRANSLATE_NOOP("ImportMappingDialog", "取得方式"),
    "funding_source": QT_TRANSLATE_NOOP("ImportMappingDialog", "经费来源"),
    "supplier": QT_TRANSLATE_NOOP("ImportMappingDialog", "供应商"),
    "invoice_no": QT_TRANSLATE_NOOP("ImportMappingDialog", "发票号"),
    "serial_no": QT_TRANSLATE_NOOP("ImportMappingDialog", "序列号"),
    "warranty_end": QT_TRANSLATE_NOOP("ImportMappingDialog", "保修截止"),
    "status": QT_TRANSLATE_NOOP("ImportMappingDialog", "状态"),
    "building": QT_TRANSLATE_NOOP("ImportMappingDialog", "楼栋"),
    "location": QT_TRANSLATE_NOOP("ImportMappingDialog", "存放地点"),
    "custodian": QT_TRANSLATE_NOOP("ImportMappingDialog", "保管人（使用人）"),
    "department": QT_TRANSLATE_NOOP("ImportMappingDialog", "使用部门"),
    "note": QT_TRANSLATE_NOOP("ImportMappingDialog", "备注"),
}


class ImportMappingDialog(BaseDialog):
    """On OK the choice is remembered; ``outcome`` is (header row, column → field, options).

    For the asset register the options are a CategoryChoice: what rows without a category get
    (a guess from the name, then a default category); other imports have none.
    """

    def __init__(
        self,
        parent: QWidget | None,
        ledger: Ledger,
        header: HeaderGuess | None,
        mapping: dict[int, str],
        flow: ImportFlow | None = None,
        options: Any = None,
    ) -> None:
        super().__init__(Ui_ImportMappingDialog(), parent)
        if flow is None:
            from app.ui.register.import_flow import asset_flow

            flow = asset_flow()
        self.flow = flow
        self.ledger = ledger
        ui = self.ui
        rows = len(ledger.table.rows)
        ui.header_row_spin.setRange(1, max(1, min(rows, MAX_HEADER_ROW)))
        self.header = header if header is not None else self._header_at(0)
        ui.header_row_spin.setValue(self.header.row_index + 1)
        table_header = ui.mapping_table.horizontalHeader()
        table_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.mapping_table.setColumnWidth(1, 180)
        ui.mapping_table.setColumnWidth(2, 200)
        self.combos: list[QComboBox] = []
        self._fill(mapping if header is not None else self.header.mapping)
        ui.header_row_spin.valueChanged.connect(self._header_moved)
        ui.category_box.setVisible(flow.category_choice)
        if flow.category_choice:
            self._fill_categories(options if isinstance(options, CategoryChoice) else None)

    def _fill_categories(self, choice: CategoryChoice | None) -> None:
        choice = choice or CategoryChoice()
        combo = self.ui.default_category_combo
        combo.addItem(self.tr("（不指定：这些行报错）"), None)
        for category_id, text in choices("category"):
            combo.addItem(text, category_id)
        combo.setCurrentIndex(max(0, combo.findData(choice.default_id)))
        self.ui.guess_check.setChecked(choice.guess)
        self.ui.guess_check.toggled.connect(self._guess_toggled)
        self._guess_toggled(choice.guess)

    def _guess_toggled(self, guess: bool) -> None:
        label = self.tr("推断不出的行记为(&D)") if guess else self.tr("全部记为(&D)")
        self.ui.default_category_label.setText(label)

    def options(self) -> Any:
        """What rows without a category get (asset register), else None."""
        if not self.flow.category_choice:
            return None
        return CategoryChoice(
            self.ui.guess_check.isChecked(), self.ui.default_category_combo.currentData()
        )

    def _fill(self, mapping: dict[int, str]) -> None:
        table = self.ui.mapping_table
        titles = self.header.titles
        table.setRowCount(len(titles))
        self.combos = []
        for column, title in enumerate(titles):
            table.setItem(column, 0, QTableWidgetItem(column_letter(column)))
            table.setItem(column, 1, QTableWidgetItem(title))
            combo = QComboBox()
            combo.setObjectName(f"field_combo_{column}")
            for key, text in self.flow.field_titles.items():
                combo.addItem(QCoreApplication.translate("ImportMappingDialog", text), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, IGNORE))))
            table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
            table.setItem(column, 3, QTableWidgetItem(self._samples(column)))

    def _samples(self, column: int) -> str:
        found = []
        for cells in self.ledger.table.rows[self.header.data_start :]:
            if column < len(cells) and not is_blank(cells[column]):
                found.append(cell_text(cells[column]))
                if len(found) == SAMPLES:
                    break
        return "  |  ".join(found)

    def _header_moved(self, row: int) -> None:
        """The user says the header is on another row: read its titles and guess again."""
        self.header = self._header_at(row - 1)
        self._fill(self.header.mapping)

    def _header_at(self, row_index: int) -> HeaderGuess:
        flow = self.flow
        return header_at(self.ledger.table, row_index, flow.saved_mapping(), flow.fields)

    def mapping(self) -> dict[int, str]:
        """The field chosen for each column."""
        return {column: combo.currentData() for column, combo in enumerate(self.combos)}

    def accept(self) -> None:
        """Remember the choice (refused while a field is taken twice or a required one missing)."""
        mapping = self.mapping()
        options = self.options()

        def save() -> tuple[int, dict[int, str], Any]:
            self.flow.remember_mapping(self.header.titles, mapping)
            return self.header.row_index, mapping, options

        self.try_accept(save)
