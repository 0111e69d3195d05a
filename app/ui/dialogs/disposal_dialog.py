"""The 申请报废 dialog: the assets chosen in the register, the reason and the assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from app.models.disposal import DISPOSAL_METHODS
from app.money import format_yuan
from app.services.disposal import file_disposal
from app.services.disposal_query import approval_text, preview_lines
from app.services.disposal_rules import DISPOSAL_KINDS, DisposalInput
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs.disposal_decision_dialog import DisposalLinesModel, set_up_lines_view
from app.ui.generated.ui_disposal import Ui_DisposalDialog
from app.ui.stored_values import add_stored_items, stored

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# The office's applicant is nearly always the same person, so the last one typed comes back.
# The login name is no fallback: a Windows account ("Administrator") is nobody's signature.
REQUESTED_BY_KEY = "disposal/requested_by"


class DisposalDialog(BaseDialog):
    """File one disposal request; ``outcome`` is its number."""

    def __init__(self, parent: QWidget | None, asset_ids: list[int], actor: str = "") -> None:
        super().__init__(Ui_DisposalDialog(), parent)
        self.actor = actor
        self._failed_field = ""
        ui = self.ui
        self.lines = DisposalLinesModel(self)
        ui.assets_view.setModel(self.lines)
        set_up_lines_view(ui.assets_view)
        add_stored_items(ui.kind_combo, DISPOSAL_KINDS)
        add_stored_items(ui.method_combo, DISPOSAL_METHODS)
        for text, value in (
            (self.tr("无修复价值"), False),
            (self.tr("有修复价值"), True),
            (self.tr("未作结论"), None),
        ):
            ui.repair_combo.addItem(text, value)
        today = QDate.currentDate()
        ui.date_edit.setDate(today)
        ui.date_edit.setMaximumDate(today)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("提交并打印"))
        ok.setToolTip(self.tr("提交报废申请（资产转为待报废）并生成报废申请表 PDF"))
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.assets_view.installEventFilter(self)
        ui.kind_combo.currentTextChanged.connect(self._kind_changed)
        ui.date_edit.dateChanged.connect(self._revalue)
        self.lines.set_lines(preview_lines(asset_ids, today.toPython()))
        self._lines_changed()
        ui.requested_by_edit.setText(str(self._settings.value(REQUESTED_BY_KEY, "") or ""))
        ui.reason_edit.setFocus()

    def _kind_changed(self, kind: str) -> None:
        self.ui.reason_label.setText(self.tr("{kind}原因*").format(kind=kind))

    def _revalue(self) -> None:
        """Net values are as of the filing date: recompute them when the date changes."""
        as_of = self.ui.date_edit.date().toPython()
        self.lines.set_lines(preview_lines(self.lines.asset_ids(), as_of))
        self._lines_changed()

    def remove_selected(self) -> None:
        """Take the selected assets off the request."""
        view = self.ui.assets_view
        rows = {index.row() for index in view.selectionModel().selectedIndexes()}
        if not rows and view.currentIndex().isValid():
            rows = {view.currentIndex().row()}
        self.lines.take_rows(sorted(rows))
        self._lines_changed()

    def _lines_changed(self) -> None:
        ui, lines = self.ui, self.lines
        net = lines.total("net_value")
        ui.assets_label.setText(self.tr("申请报废的资产（{n} 件）").format(n=lines.rowCount()))
        ui.summary_label.setText(
            self.tr("原值合计 ¥{original}，净值合计 ¥{net}").format(
                original=format_yuan(lines.total("original_value")), net=format_yuan(net)
            )
        )
        ui.approval_label.setText(approval_text(net) if lines.rowCount() else "")
        ui.remove_button.setEnabled(lines.rowCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete on the asset table takes the selected assets off the request."""
        if (
            watched is self.ui.assets_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # --- filing -------------------------------------------------------------------------
    def collect(self) -> DisposalInput:
        """What the form holds, as service input."""
        ui = self.ui
        return DisposalInput(
            asset_ids=self.lines.asset_ids(),
            reason=ui.reason_edit.toPlainText(),
            assessors=ui.assessors_edit.text(),
            requested_by=ui.requested_by_edit.text(),
            kind=stored(ui.kind_combo),
            condition=ui.condition_edit.toPlainText(),
            repair_worthwhile=ui.repair_combo.currentData(),
            method=stored(ui.method_combo),
            date=ui.date_edit.date().toPython(),
        )

    def accept(self) -> None:
        """File the request; a refusal keeps everything typed and says why."""
        self._failed_field = ""
        if not self.try_accept(self._file):
            widget = {
                "assets": self.ui.assets_view,
                "kind": self.ui.kind_combo,
                "method": self.ui.method_combo,
                "date": self.ui.date_edit,
                "reason": self.ui.reason_edit,
                "condition": self.ui.condition_edit,
                "assessors": self.ui.assessors_edit,
                "requested_by": self.ui.requested_by_edit,
            }.get(self._failed_field)
            if widget is not None:
                self.show_error(self.ui.error_label.text(), widget)

    def _file(self) -> str:
        data = self.collect()
        try:
            number = file_disposal(data, actor=self.actor)
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
        except (ConflictError, NotFoundError):
            # About one of the assets: already disposed of, lost, or on another request.
            self._failed_field = "assets"
            raise
        # Only a name the service accepted is remembered for the next request.
        self._settings.setValue(REQUESTED_BY_KEY, data.requested_by.strip())
        return number


def request_disposal(window: MainWindow, asset_ids: list[int]) -> None:
    """编辑 → 申请报废: file a request for the register's selection, then print its form."""
    from app.ui.dialogs.disposal_list_dialog import print_disposal_form

    if not asset_ids:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("DisposalDialog", "申请报废"),
            QCoreApplication.translate(
                "DisposalDialog", "请先在台账中选择要报废的资产（按住 Ctrl 或 Shift 可以多选）。"
            ),
        )
        return
    dialog = DisposalDialog(window, asset_ids, actor=window.actor)
    if dialog.exec() and dialog.outcome:
        window.data_changed.emit()
        print_disposal_form(window, dialog.outcome)
