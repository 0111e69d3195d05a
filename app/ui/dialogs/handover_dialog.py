"""The handover dialog (资产交接): pick assets, name the receiver, post the slip."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QWidget,
)

from app.models.assets import HANDOVER_KINDS, KIND_HANDOVER, KIND_ISSUE
from app.money import format_yuan
from app.services.errors import ConflictError, ValidationError
from app.services.handover import HandoverInput, post_handover
from app.services.pickers import asset_rows, handover_candidates, person_info
from app.ui.base_dialog import BaseDialog
from app.ui.dialogs import combos
from app.ui.dialogs.asset_pick_model import AssetPickModel
from app.ui.generated.ui_handover import Ui_HandoverDialog
from app.ui.stored_values import add_stored_items, stored

SEARCH_DELAY_MS = 200
PICK_LIMIT = 300
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COLUMN_WIDTHS = (112, 96, 130, 56, 100)


class HandoverDialog(BaseDialog):
    """Post one handover slip; ``outcome`` is its number."""

    def __init__(
        self,
        parent: QWidget | None = None,
        preselected_ids: list[int] | None = None,
        actor: str = "",
    ) -> None:
        super().__init__(Ui_HandoverDialog(), parent)
        self.actor = actor
        self._failed_field = ""
        self._auto_handed_by = ""
        self._auto_received_by = ""
        self._truncated = False
        ui = self.ui
        self.available = AssetPickModel(self)
        self.chosen = AssetPickModel(self)
        ui.available_view.setModel(self.available)
        ui.selected_view.setModel(self.chosen)
        for view in (ui.available_view, ui.selected_view):
            self._set_up_view(view)

        add_stored_items(ui.kind_combo, HANDOVER_KINDS)
        today = QDate.currentDate()
        ui.date_edit.setDate(today)
        ui.date_edit.setMaximumDate(today)
        for combo in (ui.to_person_combo, ui.to_room_combo, ui.to_department_combo):
            combos.make_searchable(combo)
        combos.fill_reference(ui.to_person_combo, "person")
        combos.fill_reference(ui.to_room_combo, "room")
        combos.fill_reference(ui.to_department_combo, "department")

        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("过账并打印"))
        ok.setToolTip(self.tr("过账并生成交接单 PDF（Ctrl+Enter）"))
        # Enter belongs to the picker (search, add); posting needs Ctrl+Enter or the button.
        for button in ui.button_box.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_available)
        ui.search_edit.textChanged.connect(self._search_timer.start)
        ui.search_edit.installEventFilter(self)
        ui.available_view.installEventFilter(self)
        ui.selected_view.installEventFilter(self)
        ui.add_button.clicked.connect(self.add_selected)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.available_view.doubleClicked.connect(self.add_selected)
        ui.selected_view.doubleClicked.connect(self.remove_selected)
        ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        # currentTextChanged covers the list, the completer and a name typed out in full.
        ui.to_person_combo.currentTextChanged.connect(self._person_chosen)

        self.chosen.append_rows(asset_rows(list(preselected_ids or [])))
        self.refresh_available()
        self._chosen_changed()
        self._kind_changed()
        if self.chosen.rowCount():
            ui.to_person_combo.setFocus()
        else:
            ui.search_edit.setFocus()

    def _set_up_view(self, view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setDefaultSectionSize(22)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    # --- the picker ---------------------------------------------------------------------
    def refresh_available(self) -> None:
        """Show the assets matching the search box that are not chosen yet."""
        self._search_timer.stop()
        rows = handover_candidates(self.ui.search_edit.text().strip(), limit=PICK_LIMIT)
        chosen = set(self.chosen.ids())
        shown = [row for row in rows if row.id not in chosen]
        self.available.set_rows(shown)
        self._truncated = len(rows) >= PICK_LIMIT
        self._update_available_label()

    def _update_available_label(self) -> None:
        count = self.available.rowCount()
        if self._truncated:
            text = self.tr("可选资产（只列出前 {n} 件，请输入更多文字缩小范围）")
        else:
            text = self.tr("可选资产（{n} 件）")
        self.ui.available_label.setText(text.format(n=count))

    def add_selected(self) -> None:
        """Move the selected available rows into the slip."""
        self._move(self.ui.available_view, self.available, self.chosen)

    def remove_selected(self) -> None:
        """Move the selected slip rows back to the available list."""
        self._move(self.ui.selected_view, self.chosen, self.available)

    def _move(self, view: QTableView, source: AssetPickModel, target: AssetPickModel) -> None:
        numbers = sorted({index.row() for index in view.selectionModel().selectedRows()})
        if not numbers and view.currentIndex().isValid():
            numbers = [view.currentIndex().row()]
        if not numbers:
            return
        target.append_rows(source.take_rows(numbers))
        # Keep the cursor where it was, so Enter, Enter, Enter takes the next rows in turn.
        if source.rowCount():
            view.setCurrentIndex(source.index(min(numbers[0], source.rowCount() - 1), 0))
        self._update_available_label()
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        self.ui.selection_summary_label.setText(
            self.tr("已选 {count} 件，原值合计 ¥{total}").format(
                count=self.chosen.rowCount(), total=format_yuan(self.chosen.total_value())
            )
        )
        custodians = {row.custodian for row in self.chosen.rows}
        shared = custodians.pop() if len(custodians) == 1 else ""
        edit = self.ui.handed_by_edit
        if edit.text().strip() in ("", self._auto_handed_by):
            edit.setText(shared)
            self._auto_handed_by = shared

    # --- the receiver -------------------------------------------------------------------
    def _kind_changed(self) -> None:
        required = stored(self.ui.kind_combo) in (KIND_ISSUE, KIND_HANDOVER)
        self.ui.to_person_label.setText(self.tr("接收人*") if required else self.tr("接收人"))

    def _person_chosen(self) -> None:
        person_id = combos.current_id(self.ui.to_person_combo)
        if person_id is None:
            return
        info = person_info(person_id)
        if info is None:
            return
        if info.department_id is not None:
            combos.select_id(self.ui.to_department_combo, info.department_id)
        edit = self.ui.received_by_edit
        if edit.text().strip() in ("", self._auto_received_by):
            edit.setText(info.name)
            self._auto_received_by = info.name

    # --- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter/Down leave the search box for the list; Enter adds; Delete removes."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().eventFilter(watched, event)
        key = event.key()
        ui = self.ui
        if watched is ui.search_edit and (key in _ENTER_KEYS or key == Qt.Key.Key_Down):
            if self._search_timer.isActive():
                self.refresh_available()
            self._enter_list()
            return True
        if watched is ui.available_view:
            if key in _ENTER_KEYS:
                self.add_selected()
                return True
            if key == Qt.Key.Key_Up and ui.available_view.currentIndex().row() <= 0:
                ui.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        if watched is ui.selected_view and (
            key in _ENTER_KEYS or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        view = self.ui.available_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.available.rowCount() and not view.selectionModel().hasSelection():
            view.setCurrentIndex(self.available.index(0, 0))

    # --- posting ------------------------------------------------------------------------
    def collect(self) -> HandoverInput:
        """What the form holds, as service input."""
        ui = self.ui
        return HandoverInput(
            kind=stored(ui.kind_combo),
            asset_ids=self.chosen.ids(),
            date=ui.date_edit.date().toPython(),
            to_person_id=combos.current_id(ui.to_person_combo),
            to_room_id=combos.current_id(ui.to_room_combo),
            to_department_id=combos.current_id(ui.to_department_combo),
            handed_by=ui.handed_by_edit.text(),
            received_by=ui.received_by_edit.text(),
            manager=ui.manager_edit.text(),
            approver=ui.approver_edit.text(),
            note=ui.note_edit.text(),
        )

    def accept(self) -> None:
        """Post the slip; a refusal keeps everything and says why next to the buttons."""
        ui = self.ui
        self.clear_error()
        for combo, label in (
            (ui.to_person_combo, self.tr("接收人")),
            (ui.to_room_combo, self.tr("存放地点")),
            (ui.to_department_combo, self.tr("使用部门")),
        ):
            if combos.has_unknown_text(combo):
                self.show_error(
                    self.tr("没有名为“{text}”的{label}，请从列表中选择。").format(
                        text=combo.currentText().strip(), label=label
                    ),
                    combo,
                )
                return
        self._failed_field = ""
        if not self.try_accept(self._post):
            widget = self._widget_for(self._failed_field)
            if widget is not None:
                self.show_error(ui.error_label.text(), widget)

    def _widget_for(self, field: str) -> QWidget | None:
        ui = self.ui
        if field == "assets":
            return ui.selected_view if self.chosen.rowCount() else ui.search_edit
        return {
            "kind": ui.kind_combo,
            "date": ui.date_edit,
            "to_person": ui.to_person_combo,
            "to_room": ui.to_room_combo,
            "to_department": ui.to_department_combo,
            "handed_by": ui.handed_by_edit,
            "received_by": ui.received_by_edit,
            "manager": ui.manager_edit,
            "approver": ui.approver_edit,
            "note": ui.note_edit,
        }.get(field)

    def _post(self) -> str:
        try:
            return post_handover(self.collect(), actor=self.actor)
        except ValidationError as exc:
            self._failed_field = exc.field
            raise
        except ConflictError:
            # A conflict is about one of the chosen assets (scrapped, already there).
            self._failed_field = "assets"
            raise
