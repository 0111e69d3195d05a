"""The label dialog (打印资产标签): sheet, margins, where to start, and which assets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.services import label_print
from app.services.errors import ValidationError
from app.ui.base_dialog import BaseDialog
from app.ui.generated.ui_labels import Ui_LabelsDialog


@dataclass(frozen=True)
class LabelRequest:
    """What the dialog settled on; the caller renders it off the GUI thread."""

    sheet: label_print.SheetLayout
    start: int
    outline: bool
    selected_only: bool


class LabelsDialog(BaseDialog):
    """Choose the sheet and the assets; ``outcome`` is a LabelRequest."""

    def __init__(
        self, parent: QWidget | None = None, *, selected_count: int = 0, filter_count: int = 0
    ) -> None:
        super().__init__(Ui_LabelsDialog(), parent)
        ui = self.ui
        self._counts = (selected_count, filter_count)
        self._failed_field = ""
        for key, name in label_print.sheet_choices():
            ui.sheet_combo.addItem(name, key)
        ui.selected_radio.setText(self.tr("所选资产（{n} 件）").format(n=selected_count))
        ui.filter_radio.setText(self.tr("台账当前筛选结果（{n} 件）").format(n=filter_count))
        ui.selected_radio.setEnabled(selected_count > 0)
        # One selected asset is usually a replacement label; many selected, a batch to tag.
        (ui.selected_radio if selected_count else ui.filter_radio).setChecked(True)
        ui.button_box.button(ui.button_box.StandardButton.Ok).setText(self.tr("生成标签"))
        self._widgets = {
            "top": ui.top_spin,
            "left": ui.left_spin,
            "gap_x": ui.gap_x_spin,
            "gap_y": ui.gap_y_spin,
            "start": ui.start_spin,
            "sheet": ui.sheet_combo,
            "assets": ui.filter_radio,
        }
        ui.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        ui.reset_button.clicked.connect(self.reset_margins)
        for spin in (ui.top_spin, ui.left_spin, ui.gap_x_spin, ui.gap_y_spin, ui.start_spin):
            spin.valueChanged.connect(self._update_summary)
        ui.selected_radio.toggled.connect(self._update_summary)
        self._sheet_changed()

    # --- what the person sees -----------------------------------------------------------
    def _preset(self) -> label_print.SheetLayout:
        return label_print.SHEETS[self.ui.sheet_combo.currentData()]

    def reset_margins(self) -> None:
        """Put the chosen sheet's own margins and gaps back."""
        sheet, ui = self._preset(), self.ui
        for spin, value in (
            (ui.top_spin, sheet.top_mm),
            (ui.left_spin, sheet.left_mm),
            (ui.gap_x_spin, sheet.gap_x_mm),
            (ui.gap_y_spin, sheet.gap_y_mm),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update_summary()

    def _sheet_changed(self) -> None:
        self.ui.start_spin.setMaximum(self._preset().per_sheet)
        self.reset_margins()

    def _count(self) -> int:
        selected, filtered = self._counts
        return selected if self.ui.selected_radio.isChecked() else filtered

    def _update_summary(self) -> None:
        """Redraw the preview and say how many labels and sheets it takes, or what is wrong."""
        self.clear_error()
        ui = self.ui
        try:
            sheet = self._sheet()
        except ValidationError as exc:
            ui.preview.show_sheet(None, 1, 0)
            ui.summary_label.setText("")
            self.show_error(exc.message)
            return
        start = ui.start_spin.value()
        ui.preview.show_sheet(sheet, start, self._count())
        ui.summary_label.setText(label_print.label_summary(sheet, self._count(), start))

    def _sheet(self) -> label_print.SheetLayout:
        ui = self.ui
        return label_print.label_sheet(
            ui.sheet_combo.currentData(),
            f"{ui.top_spin.value():.1f}",
            f"{ui.left_spin.value():.1f}",
            f"{ui.gap_x_spin.value():.1f}",
            f"{ui.gap_y_spin.value():.1f}",
        )

    # --- accepting ----------------------------------------------------------------------
    def accept(self) -> None:
        """Check the sheet and the choice of assets; a refusal focuses the field it is about."""
        self._failed_field = ""
        if not self.try_accept(self._request):
            widget = self._widgets.get(self._failed_field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def _request(self) -> LabelRequest:
        ui = self.ui
        try:
            sheet = self._sheet()
            start = label_print.check_start(sheet, ui.start_spin.value())
            if self._count() == 0:
                raise ValidationError(
                    self.tr("没有要打印标签的资产：请先在台账中选择资产，或调整筛选条件。"),
                    "assets",
                )
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
        return LabelRequest(
            sheet, start, ui.outline_check.isChecked(), ui.selected_radio.isChecked()
        )
