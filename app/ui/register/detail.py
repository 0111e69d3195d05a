"""The detail pane beside the register: the asset card and its history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.asset_card import AssetCard
from app.ui.stored_values import shown as stored_shown


class AssetDetailPane(QWidget):
    """Shows one asset; empty until an asset is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("asset_detail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._register_empty = False
        self.title_label = QLabel()
        self.title_label.setObjectName("detail_title")
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("detail_hint")
        self.hint_label.setStyleSheet("color: #666666;")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint_label, 1)

        card_box = QGroupBox(self.tr("资产卡片"))
        self.card_box = card_box
        self.card_form = QFormLayout(card_box)
        self.card_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.card_form.setVerticalSpacing(3)
        layout.addWidget(card_box)

        history_box = QGroupBox(self.tr("资产履历"))
        self.history_box = history_box
        history_layout = QVBoxLayout(history_box)
        self.history_table = QTableWidget(0, 4)
        self.history_table.setObjectName("history_table")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("类型"), self.tr("内容"), self.tr("经办人")]
        )
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setWordWrap(True)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        history_layout.addWidget(self.history_table)
        layout.addWidget(history_box, 1)
        self.clear()

    def _set_empty(self, empty: bool) -> None:
        # An empty card and history table look broken; show the hint instead.
        self.hint_label.setVisible(empty)
        self.card_box.setVisible(not empty)
        self.history_box.setVisible(not empty)

    def set_register_empty(self, empty: bool) -> None:
        """Say whether the register holds no asset at all (the hint then shows first steps)."""
        if empty != self._register_empty:
            self._register_empty = empty
            if self.hint_label.isVisibleTo(self):
                self.clear()

    def clear(self) -> None:
        """Show nothing (no selection): how to start, or how to work with the register."""
        if self._register_empty:
            self.title_label.setText(self.tr("台账还是空的"))
            self.hint_label.setText(
                self.tr(
                    "第一步，把学校已有的台账搬进来：\n"
                    "点“导入台账…”（文件 → 导入台账），选择 Excel 或 CSV 文件，"
                    "先看预览，确认后才写入。\n\n"
                    "没有旧台账时，按 Ctrl+N 逐件新增资产。"
                )
            )
        else:
            self.title_label.setText(self.tr("请在左侧选择一件资产"))
            self.hint_label.setText(
                self.tr(
                    "这里显示所选资产的资产卡片和履历。\n\n"
                    "双击或按 Enter 编辑资产；\n"
                    "选中一件或多件后按 Ctrl+H 办理交接；\n"
                    "Ctrl+F 查找，在搜索框中按 ↓ 进入列表；Ctrl+N 新增资产。"
                )
            )
        while self.card_form.rowCount():
            self.card_form.removeRow(0)
        self.history_table.setRowCount(0)
        self._set_empty(True)

    def show_card(self, card: AssetCard) -> None:
        """Fill the pane with one asset."""
        self.clear()
        self._set_empty(False)
        self.title_label.setText(f"{card.number}  {card.name}（{stored_shown(card.status)}）")
        for label, value in card.fields:
            if not value:
                continue
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.card_form.addRow(label + "：", shown)
        self.history_table.setRowCount(len(card.history))
        for row, line in enumerate(reversed(card.history)):  # newest first
            # The day it happened (a slip's or a request's date); the time only when that is
            # also the day it was recorded, and the recording time always in the tooltip.
            when = line.date.isoformat()
            if line.date == line.at.date():
                when += line.at.strftime("\n%H:%M")
            cells = [when, stored_shown(line.kind), line.summary, line.operator]
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
            recorded = self.tr("记录于 {at}").format(at=line.at.strftime("%Y-%m-%d %H:%M"))
            self.history_table.item(row, 0).setToolTip(recorded)
        self.history_table.resizeRowsToContents()
