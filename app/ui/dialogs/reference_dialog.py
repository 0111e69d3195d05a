"""The reference data browser (基础数据): departments, people, rooms, categories and the rest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from app.errors import HouqinError
from app.services import reference
from app.services.pickers import ReferenceRow, reference_rows
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs.record_dialog import RecordEditDialog
from app.ui.generated.ui_reference_data import Ui_ReferenceDataDialog
from app.ui.row_model import Index, RowTableModel

_INACTIVE_COLOUR = "#888888"


class ReferenceTableModel(RowTableModel):
    """The records of one kind as plain rows; columns follow the kind's FieldSpecs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spec = reference.kind_spec("department")

    def set_rows(self, kind: str, rows: list[ReferenceRow]) -> None:
        """Show ``rows`` of ``kind``."""
        self.beginResetModel()
        self._spec = reference.kind_spec(kind)
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        """The kind's field labels, then 状态 for kinds that can be deactivated."""
        headers = [f.label for f in self._spec.fields]
        if self._spec.has_active:
            headers.append(self.tr("状态"))
        return headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        fields = self._spec.fields
        if role == Qt.ItemDataRole.DisplayRole:
            if column == len(fields):
                return self.tr("启用") if row.active else self.tr("已停用")
            value = row.values[column]
            if fields[column].kind == "bool":
                return self.tr("是") if value else self.tr("否")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor(_INACTIVE_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class ReferenceDataDialog(BaseDialog):
    """Browse and maintain every kind of reference record; changes are saved one by one."""

    def __init__(self, parent: QWidget | None = None, actor: str = "") -> None:
        super().__init__(Ui_ReferenceDataDialog(), parent)
        self.actor = actor
        self.changed = False
        self._shown_kind = ""
        ui = self.ui
        self.model = ReferenceTableModel(self)
        ui.table_view.setModel(self.model)
        ui.table_view.verticalHeader().setDefaultSectionSize(24)
        for key, spec in reference.KINDS.items():
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            ui.kind_list.addItem(item)
        ui.kind_list.currentRowChanged.connect(self.reload)
        ui.filter_edit.textChanged.connect(self.reload)
        ui.show_inactive_check.toggled.connect(self.reload)
        ui.new_button.clicked.connect(self.new_record)
        ui.edit_button.clicked.connect(self.edit_current)
        ui.toggle_active_button.clicked.connect(self.toggle_active)
        ui.table_view.doubleClicked.connect(self.edit_current)
        ui.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.table_view.installEventFilter(self)
        for button in (ui.new_button, ui.edit_button, ui.toggle_active_button):
            button.setAutoDefault(False)
        ui.kind_list.setCurrentRow(0)
        ui.filter_edit.setFocus()

    @property
    def kind(self) -> str:
        """The key of the kind being shown."""
        item = self.ui.kind_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "department"

    def reload(self, *_args: object) -> None:
        """Re-read the records of the current kind with the filter and the 已停用 choice."""
        keep = self.current_id() if self._shown_kind == self.kind else None
        self._shown_kind = self.kind
        spec = reference.kind_spec(self.kind)
        self.ui.show_inactive_check.setEnabled(spec.has_active)
        rows = reference_rows(
            self.kind,
            include_inactive=self.ui.show_inactive_check.isChecked(),
            text=self.ui.filter_edit.text(),
        )
        self.model.set_rows(self.kind, rows)
        self._fit_columns()
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def _fit_columns(self) -> None:
        view = self.ui.table_view
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            view.setColumnWidth(column, min(max(view.columnWidth(column) + 16, 64), 260))
        # The longest free-text field (名称, 备注, 地址) takes the spare width, not 状态.
        fields = reference.kind_spec(self.kind).fields
        texts = [i for i, f in enumerate(fields) if f.kind == "text"]
        if texts:
            widest = max(texts, key=lambda i: (fields[i].max_length, i))
            header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)

    def current_id(self) -> int | None:
        """The id of the selected record, if any."""
        rows = self.ui.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_id(self, record_id: int) -> bool:
        """Select the row of a record if it is shown."""
        row = self.model.row_of_id(record_id)
        if row is None:
            return False
        self.ui.table_view.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        ui = self.ui
        rows = ui.table_view.selectionModel().selectedRows()
        spec = reference.kind_spec(self.kind)
        ui.edit_button.setEnabled(bool(rows))
        ui.toggle_active_button.setEnabled(bool(rows) and spec.has_active)
        if rows and not self.model.row_at(rows[0].row()).active:
            ui.toggle_active_button.setText(self.tr("启用"))
        elif rows:
            ui.toggle_active_button.setText(self.tr("停用"))
        else:
            ui.toggle_active_button.setText(self.tr("停用/启用"))

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        """Add a record of the current kind."""
        dialog = RecordEditDialog(self, self.kind, None, actor=self.actor)
        if dialog.exec():
            self._after_save(dialog.outcome)

    def edit_current(self, *_args: object) -> None:
        """Edit the selected record (button, double-click or Enter)."""
        record_id = self.current_id()
        if record_id is None:
            return
        dialog = RecordEditDialog(self, self.kind, record_id, actor=self.actor)
        if dialog.exec():
            self._after_save(record_id)

    def _after_save(self, record_id: int) -> None:
        self.changed = True
        self.clear_error()
        self.reload()
        if not self.select_id(record_id):
            # Saved, but the filter hides it: clear the filter so the user sees the result.
            self.ui.filter_edit.clear()
            self.select_id(record_id)

    def toggle_active(self) -> None:
        """Deactivate the selected record (or re-activate it); it stays in the history."""
        record_id = self.current_id()
        if record_id is None:
            return
        row = self.model.row_at(self.model.row_of_id(record_id) or 0)
        self.clear_error()
        try:
            reference.set_active(self.kind, record_id, not row.active, actor=self.actor)
        except HouqinError as exc:
            self.show_error(exc.message, self.ui.table_view)
            return
        self.changed = True
        self.reload()
        if not row.active or self.ui.show_inactive_check.isChecked():
            self.select_id(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table edits the selected record instead of closing the dialog."""
        if (
            watched is self.ui.table_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        """Closing reports whether anything changed (outcome True/False)."""
        self.outcome = self.changed
        super().done(result)
