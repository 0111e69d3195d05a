"""The asset dialog: register one asset or a batch (新增资产), or edit one (编辑资产)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QWidget

from app.models import ASSET_STATUSES
from app.models.assets import ACQUIRED_PURCHASE, ACQUISITION_METHODS, DISPOSAL_STATUSES
from app.money import AmountError, parse_amount
from app.services import assets
from app.services.errors import ConflictError, ValidationError
from app.services.pickers import person_info
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs import combos
from app.ui.generated.ui_asset_edit import Ui_AssetEditDialog
from app.ui.stored_values import add_stored_items, set_stored, stored

DEFAULT_UNIT = "台"
DEFAULT_WARRANTY_YEARS = 3


class AssetEditDialog(BaseDialog):
    """New: a batch of identical assets (outcome = new ids). Edit: one asset (outcome = labels)."""

    def __init__(
        self, parent: QWidget | None = None, asset_id: int | None = None, actor: str = ""
    ) -> None:
        super().__init__(Ui_AssetEditDialog(), parent)
        self.asset_id = asset_id
        self.actor = actor
        # The value the user already confirmed as a fixed asset although under the threshold.
        self._confirmed_low_value: Decimal | None = None
        self._original_value: Decimal | None = None
        self._failed_field = ""
        ui = self.ui
        for combo in (
            ui.category_combo,
            ui.funding_combo,
            ui.supplier_combo,
            ui.room_combo,
            ui.custodian_combo,
            ui.department_combo,
        ):
            combos.make_searchable(combo)
        add_stored_items(ui.acquisition_combo, ACQUISITION_METHODS)
        ui.purchase_date_edit.setMinimumDate(QDate(1950, 1, 1))
        ui.warranty_check.toggled.connect(self._warranty_toggled)
        ui.quantity_spin.valueChanged.connect(self._quantity_changed)
        self._widgets = {
            "name": ui.name_edit,
            "category": ui.category_combo,
            "number": ui.number_edit,
            "old_number": ui.old_number_edit,
            "spec": ui.spec_edit,
            "brand": ui.brand_edit,
            "unit": ui.unit_combo,
            "original_value": ui.value_edit,
            "quantity": ui.quantity_spin,
            "purchase_date": ui.purchase_date_edit,
            "acquisition": ui.acquisition_combo,
            "funding_source": ui.funding_combo,
            "supplier": ui.supplier_combo,
            "invoice_no": ui.invoice_edit,
            "serial_no": ui.serial_edit,
            "warranty_end": ui.warranty_date_edit,
            "status": ui.status_combo,
            "room": ui.room_combo,
            "custodian": ui.custodian_combo,
            "department": ui.department_combo,
            "note": ui.note_edit,
        }
        _align_labels(ui.basic_form, ui.value_form)
        _align_labels(ui.usage_form, ui.other_form)
        if asset_id is None:
            self._start_new()
        else:
            self._start_edit(asset_id)
        # Connected after filling, so opening an asset never changes its department by itself.
        ui.custodian_combo.currentTextChanged.connect(self._custodian_chosen)
        ui.name_edit.setFocus()

    # --- filling ------------------------------------------------------------------------
    def _fill_choices(self, data: assets.AssetInput | None) -> None:
        ui = self.ui
        for combo, kind, current in (
            (ui.category_combo, "category", data.category_id if data else None),
            (ui.unit_combo, "unit", data.unit_id if data else None),
            (ui.funding_combo, "funding_source", data.funding_source_id if data else None),
            (ui.supplier_combo, "supplier", data.supplier_id if data else None),
            (ui.room_combo, "room", data.room_id if data else None),
            (ui.custodian_combo, "person", data.custodian_id if data else None),
            (ui.department_combo, "department", data.department_id if data else None),
        ):
            combos.fill_reference(combo, kind, current=current)

    def _start_new(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("新增资产"))
        self._fill_choices(None)
        unit_index = ui.unit_combo.findText(DEFAULT_UNIT)
        if unit_index >= 0:
            ui.unit_combo.setCurrentIndex(unit_index)
        # 待报废/已报废 come only from a disposal request, never from this dialog.
        add_stored_items(ui.status_combo, [s for s in ASSET_STATUSES if s not in DISPOSAL_STATUSES])
        set_stored(ui.status_combo, ASSET_STATUSES[0])
        set_stored(ui.acquisition_combo, ACQUIRED_PURCHASE)
        ui.purchase_date_edit.setDate(QDate.currentDate())
        ui.warranty_date_edit.setDate(QDate.currentDate().addYears(DEFAULT_WARRANTY_YEARS))
        ui.number_edit.setPlaceholderText(self.tr("留空自动编号"))

    def _start_edit(self, asset_id: int) -> None:
        ui = self.ui
        asset = assets.get_asset(asset_id)
        data = assets.asset_input_of(asset)
        self.setWindowTitle(self.tr("编辑资产 — {number}").format(number=asset.number))
        self._fill_choices(data)
        ui.name_edit.setText(data.name)
        ui.number_edit.setText(data.number)
        ui.number_edit.setPlaceholderText("")
        ui.old_number_edit.setText(data.old_number)
        ui.spec_edit.setText(data.spec)
        ui.brand_edit.setText(data.brand)
        value = Decimal(data.original_value)
        self._original_value = value
        ui.value_edit.setText(f"{value:.2f}")
        ui.quantity_spin.setValue(1)
        ui.quantity_spin.setEnabled(False)
        ui.quantity_spin.setToolTip(self.tr("编辑时不能批量登记"))
        if data.purchase_date is not None:
            ui.purchase_date_edit.setDate(_qdate(data.purchase_date))
        ui.invoice_edit.setText(data.invoice_no)
        ui.serial_edit.setText(data.serial_no)
        if data.warranty_end is not None:
            ui.warranty_date_edit.setDate(_qdate(data.warranty_end))
            ui.warranty_check.setChecked(True)
        if data.status in DISPOSAL_STATUSES:
            # Its disposal request decides the status; the dialog shows it but cannot change it.
            add_stored_items(ui.status_combo, [data.status])
            ui.status_combo.setEnabled(False)
            ui.status_combo.setToolTip(self.tr("待报废、已报废的状态由报废申请决定"))
        else:
            add_stored_items(
                ui.status_combo,
                [s for s in ASSET_STATUSES if s not in DISPOSAL_STATUSES or s == data.status],
            )
        set_stored(ui.status_combo, data.status)
        set_stored(ui.acquisition_combo, data.acquisition)
        ui.note_edit.setPlainText(data.note)

    # --- reactions ----------------------------------------------------------------------
    def _warranty_toggled(self, checked: bool) -> None:
        if checked:
            self.ui.warranty_date_edit.setFocus()

    def _quantity_changed(self, quantity: int) -> None:
        # A batch gets consecutive numbers from the pattern; a typed number would clash.
        batch = quantity > 1
        self.ui.number_edit.setEnabled(not batch)
        if batch:
            self.ui.number_edit.clear()
            self.ui.number_edit.setPlaceholderText(self.tr("批量登记时自动编号"))
        else:
            self.ui.number_edit.setPlaceholderText(self.tr("留空自动编号"))

    def _custodian_chosen(self) -> None:
        person_id = combos.current_id(self.ui.custodian_combo)
        if person_id is None or combos.current_id(self.ui.department_combo) is not None:
            return
        info = person_info(person_id)
        if info is not None and info.department_id is not None:
            combos.select_id(self.ui.department_combo, info.department_id)

    # --- saving -------------------------------------------------------------------------
    def collect(self) -> assets.AssetInput:
        """What the form holds, as service input."""
        ui = self.ui
        return assets.AssetInput(
            name=ui.name_edit.text(),
            category_id=combos.current_id(ui.category_combo),
            original_value=ui.value_edit.text(),
            purchase_date=ui.purchase_date_edit.date().toPython(),
            acquisition=stored(ui.acquisition_combo),
            number=ui.number_edit.text() if ui.number_edit.isEnabled() else "",
            old_number=ui.old_number_edit.text(),
            spec=ui.spec_edit.text(),
            brand=ui.brand_edit.text(),
            unit_id=combos.current_id(ui.unit_combo),
            funding_source_id=combos.current_id(ui.funding_combo),
            supplier_id=combos.current_id(ui.supplier_combo),
            invoice_no=ui.invoice_edit.text(),
            serial_no=ui.serial_edit.text(),
            warranty_end=(
                ui.warranty_date_edit.date().toPython() if ui.warranty_check.isChecked() else None
            ),
            status=stored(ui.status_combo),
            room_id=combos.current_id(ui.room_combo),
            custodian_id=combos.current_id(ui.custodian_combo),
            department_id=combos.current_id(ui.department_combo),
            note=ui.note_edit.toPlainText(),
        )

    def accept(self) -> None:
        """Check the obvious quickly, confirm a low value once, then save through the service."""
        self.clear_error()
        problem = self._quick_check()
        if problem is not None:
            message, widget = problem
            self.show_error(message, widget)
            return
        value = parse_amount(self.ui.value_edit.text())
        if not self._value_confirmed(value):
            self.ui.value_edit.setFocus()
            return
        self._failed_field = ""
        if not self.try_accept(self._save):
            widget = self._widgets.get(self._failed_field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def _quick_check(self) -> tuple[str, QWidget] | None:
        ui = self.ui
        if not ui.name_edit.text().strip():
            return self.tr("请填写资产名称。"), ui.name_edit
        if combos.current_id(ui.category_combo) is None:
            return self.tr("请从列表中选择资产分类。"), ui.category_combo
        try:
            value = parse_amount(ui.value_edit.text())
        except AmountError as exc:
            return self.tr("原值：{reason}").format(reason=exc.args[0]), ui.value_edit
        if value <= 0:
            return self.tr("原值必须大于零。"), ui.value_edit
        for combo, label in (
            (ui.unit_combo, self.tr("计量单位")),
            (ui.funding_combo, self.tr("经费来源")),
            (ui.supplier_combo, self.tr("供应商")),
            (ui.room_combo, self.tr("存放地点")),
            (ui.custodian_combo, self.tr("保管人")),
            (ui.department_combo, self.tr("使用部门")),
        ):
            if combos.has_unknown_text(combo):
                return self._unknown_choice(combo, label), combo
        return None

    def _unknown_choice(self, combo: QComboBox, label: str) -> str:
        return self.tr("没有名为“{text}”的{label}，请从列表中选择。").format(
            text=combo.currentText().strip(), label=label
        )

    def _value_confirmed(self, value: Decimal) -> bool:
        """Below the fixed-asset threshold: ask once whether to register it anyway."""
        if value == self._original_value or value == self._confirmed_low_value:
            return True
        if not assets.is_below_threshold(value):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("低于固定资产标准"),
            self.tr(
                "单价 ¥{value} 低于固定资产价值标准。\n"
                "低值物品通常按低值易耗品在库房管理。\n\n"
                "仍要作为固定资产登记吗？（批量管理的低值耐用品）"
            ).format(value=f"{value:,.2f}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._confirmed_low_value = value
        return True

    def _save(self) -> list[int] | list[str]:
        data = self.collect()
        try:
            if self.asset_id is None:
                return assets.register_assets(
                    data, quantity=self.ui.quantity_spin.value(), actor=self.actor
                )
            return assets.update_asset(self.asset_id, data, actor=self.actor)
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
        except ConflictError as exc:
            # Without a field the conflict is an asset number already in use.
            self._failed_field = exc.field or "number"
            raise


def _align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of stacked group boxes one width, so their fields line up."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
        if isinstance(label, QLabel):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
