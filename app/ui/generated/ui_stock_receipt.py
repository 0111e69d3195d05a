# Generated from forms/stock_receipt.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_receipt.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_StockReceiptDialog(object):
    def setupUi(self, StockReceiptDialog):
        if not StockReceiptDialog.objectName():
            StockReceiptDialog.setObjectName(u"StockReceiptDialog")
        StockReceiptDialog.resize(980, 620)
        self.main_layout = QVBoxLayout(StockReceiptDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(8)
        self.header_layout.setObjectName(u"header_layout")
        self.date_label = QLabel(StockReceiptDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_layout.addWidget(self.date_label)

        self.date_edit = QDateEdit(StockReceiptDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.header_layout.addWidget(self.date_edit)

        self.supplier_label = QLabel(StockReceiptDialog)
        self.supplier_label.setObjectName(u"supplier_label")

        self.header_layout.addWidget(self.supplier_label)

        self.supplier_combo = QComboBox(StockReceiptDialog)
        self.supplier_combo.setObjectName(u"supplier_combo")
        self.supplier_combo.setMinimumSize(QSize(220, 0))

        self.header_layout.addWidget(self.supplier_combo)

        self.invoice_label = QLabel(StockReceiptDialog)
        self.invoice_label.setObjectName(u"invoice_label")

        self.header_layout.addWidget(self.invoice_label)

        self.invoice_edit = QLineEdit(StockReceiptDialog)
        self.invoice_edit.setObjectName(u"invoice_edit")
        self.invoice_edit.setMaxLength(60)

        self.header_layout.addWidget(self.invoice_edit)

        self.new_item_button = QPushButton(StockReceiptDialog)
        self.new_item_button.setObjectName(u"new_item_button")

        self.header_layout.addWidget(self.new_item_button)

        self.header_layout.setStretch(3, 2)
        self.header_layout.setStretch(5, 1)

        self.main_layout.addLayout(self.header_layout)

        self.entry_group = QGroupBox(StockReceiptDialog)
        self.entry_group.setObjectName(u"entry_group")
        self.entry_box_layout = QVBoxLayout(self.entry_group)
        self.entry_box_layout.setObjectName(u"entry_box_layout")
        self.entry_layout = QHBoxLayout()
        self.entry_layout.setSpacing(6)
        self.entry_layout.setObjectName(u"entry_layout")
        self.item_label = QLabel(self.entry_group)
        self.item_label.setObjectName(u"item_label")

        self.entry_layout.addWidget(self.item_label)

        self.item_edit = QLineEdit(self.entry_group)
        self.item_edit.setObjectName(u"item_edit")
        self.item_edit.setMaxLength(60)

        self.entry_layout.addWidget(self.item_edit)

        self.qty_label = QLabel(self.entry_group)
        self.qty_label.setObjectName(u"qty_label")

        self.entry_layout.addWidget(self.qty_label)

        self.qty_edit = QLineEdit(self.entry_group)
        self.qty_edit.setObjectName(u"qty_edit")
        self.qty_edit.setMaximumSize(QSize(110, 16777215))
        self.qty_edit.setMaxLength(20)

        self.entry_layout.addWidget(self.qty_edit)

        self.unit_label = QLabel(self.entry_group)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setMinimumSize(QSize(36, 0))

        self.entry_layout.addWidget(self.unit_label)

        self.price_label = QLabel(self.entry_group)
        self.price_label.setObjectName(u"price_label")

        self.entry_layout.addWidget(self.price_label)

        self.price_edit = QLineEdit(self.entry_group)
        self.price_edit.setObjectName(u"price_edit")
        self.price_edit.setMaximumSize(QSize(110, 16777215))
        self.price_edit.setMaxLength(20)

        self.entry_layout.addWidget(self.price_edit)

        self.add_button = QPushButton(self.entry_group)
        self.add_button.setObjectName(u"add_button")

        self.entry_layout.addWidget(self.add_button)

        self.entry_layout.setStretch(1, 3)

        self.entry_box_layout.addLayout(self.entry_layout)

        self.stock_hint_label = QLabel(self.entry_group)
        self.stock_hint_label.setObjectName(u"stock_hint_label")
        self.stock_hint_label.setStyleSheet(u"color: #555555;")

        self.entry_box_layout.addWidget(self.stock_hint_label)


        self.main_layout.addWidget(self.entry_group)

        self.lines_layout = QVBoxLayout()
        self.lines_layout.setObjectName(u"lines_layout")
        self.lines_view = QTableView(StockReceiptDialog)
        self.lines_view.setObjectName(u"lines_view")
        self.lines_view.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.verticalHeader().setVisible(True)

        self.lines_layout.addWidget(self.lines_view)

        self.lines_buttons_layout = QHBoxLayout()
        self.lines_buttons_layout.setObjectName(u"lines_buttons_layout")
        self.remove_button = QPushButton(StockReceiptDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.lines_buttons_layout.addWidget(self.remove_button)

        self.lines_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_buttons_layout.addItem(self.lines_spacer)

        self.total_label = QLabel(StockReceiptDialog)
        self.total_label.setObjectName(u"total_label")

        self.lines_buttons_layout.addWidget(self.total_label)


        self.lines_layout.addLayout(self.lines_buttons_layout)


        self.main_layout.addLayout(self.lines_layout)

        self.signature_group = QGroupBox(StockReceiptDialog)
        self.signature_group.setObjectName(u"signature_group")
        self.signature_grid = QGridLayout(self.signature_group)
        self.signature_grid.setObjectName(u"signature_grid")
        self.signature_grid.setHorizontalSpacing(8)
        self.handled_by_label = QLabel(self.signature_group)
        self.handled_by_label.setObjectName(u"handled_by_label")
        self.handled_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.handled_by_label, 0, 0, 1, 1)

        self.handled_by_edit = QLineEdit(self.signature_group)
        self.handled_by_edit.setObjectName(u"handled_by_edit")
        self.handled_by_edit.setMaxLength(30)

        self.signature_grid.addWidget(self.handled_by_edit, 0, 1, 1, 1)

        self.checked_by_label = QLabel(self.signature_group)
        self.checked_by_label.setObjectName(u"checked_by_label")
        self.checked_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.checked_by_label, 0, 2, 1, 1)

        self.checked_by_edit = QLineEdit(self.signature_group)
        self.checked_by_edit.setObjectName(u"checked_by_edit")
        self.checked_by_edit.setMaxLength(30)

        self.signature_grid.addWidget(self.checked_by_edit, 0, 3, 1, 1)

        self.keeper_label = QLabel(self.signature_group)
        self.keeper_label.setObjectName(u"keeper_label")
        self.keeper_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.keeper_label, 1, 0, 1, 1)

        self.keeper_edit = QLineEdit(self.signature_group)
        self.keeper_edit.setObjectName(u"keeper_edit")
        self.keeper_edit.setMaxLength(30)

        self.signature_grid.addWidget(self.keeper_edit, 1, 1, 1, 1)

        self.note_label = QLabel(self.signature_group)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.note_label, 1, 2, 1, 1)

        self.note_edit = QLineEdit(self.signature_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.signature_grid.addWidget(self.note_edit, 1, 3, 1, 1)

        self.signature_grid.setColumnStretch(1, 1)
        self.signature_grid.setColumnStretch(3, 1)

        self.main_layout.addWidget(self.signature_group)

        self.error_label = QLabel(StockReceiptDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(StockReceiptDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.supplier_label.setBuddy(self.supplier_combo)
        self.invoice_label.setBuddy(self.invoice_edit)
        self.item_label.setBuddy(self.item_edit)
        self.qty_label.setBuddy(self.qty_edit)
        self.price_label.setBuddy(self.price_edit)
        self.handled_by_label.setBuddy(self.handled_by_edit)
        self.checked_by_label.setBuddy(self.checked_by_edit)
        self.keeper_label.setBuddy(self.keeper_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.supplier_combo)
        QWidget.setTabOrder(self.supplier_combo, self.invoice_edit)
        QWidget.setTabOrder(self.invoice_edit, self.new_item_button)
        QWidget.setTabOrder(self.new_item_button, self.item_edit)
        QWidget.setTabOrder(self.item_edit, self.qty_edit)
        QWidget.setTabOrder(self.qty_edit, self.price_edit)
        QWidget.setTabOrder(self.price_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.lines_view)
        QWidget.setTabOrder(self.lines_view, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.handled_by_edit)
        QWidget.setTabOrder(self.handled_by_edit, self.checked_by_edit)
        QWidget.setTabOrder(self.checked_by_edit, self.keeper_edit)
        QWidget.setTabOrder(self.keeper_edit, self.note_edit)

        self.retranslateUi(StockReceiptDialog)
        self.button_box.accepted.connect(StockReceiptDialog.accept)
        self.button_box.rejected.connect(StockReceiptDialog.reject)

        QMetaObject.connectSlotsByName(StockReceiptDialog)
    # setupUi

    def retranslateUi(self, StockReceiptDialog):
        StockReceiptDialog.setWindowTitle(QCoreApplication.translate("StockReceiptDialog", u"\u5165\u5e93\u5355", None))
        self.date_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u5165\u5e93\u65e5\u671f", None))
        self.supplier_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u4f9b\u5e94\u5546", None))
        self.invoice_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u53d1\u7968\u53f7", None))
        self.new_item_button.setText(QCoreApplication.translate("StockReceiptDialog", u"\u65b0\u5efa\u7269\u8d44(&N)\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_item_button.setToolTip(QCoreApplication.translate("StockReceiptDialog", u"\u767b\u8bb0\u4e00\u4e2a\u8fd8\u6ca1\u6709\u7684\u7269\u8d44\uff0c\u5e76\u5f55\u5165\u5230\u672c\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.entry_group.setTitle(QCoreApplication.translate("StockReceiptDialog", u"\u5f55\u5165\u7269\u8d44\uff1a\u8f93\u5165\u7f16\u7801\u6216\u540d\u79f0 \u2192 \u56de\u8f66 \u2192 \u6570\u91cf \u2192 \u56de\u8f66\uff0c\u63a5\u7740\u5f55\u4e0b\u4e00\u884c", None))
        self.item_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u7269\u8d44(&W)", None))
        self.item_edit.setPlaceholderText(QCoreApplication.translate("StockReceiptDialog", u"\u8f93\u5165\u7f16\u7801\u6216\u540d\u79f0\u7684\u51e0\u4e2a\u5b57\uff0c\u56de\u8f66\u9009\u62e9", None))
        self.qty_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u6570\u91cf(&Q)", None))
        self.unit_label.setText("")
        self.price_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u5355\u4ef7(&J)", None))
        self.price_edit.setPlaceholderText(QCoreApplication.translate("StockReceiptDialog", u"\u5143", None))
        self.add_button.setText(QCoreApplication.translate("StockReceiptDialog", u"\u6dfb\u52a0(&A)", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("StockReceiptDialog", u"\u628a\u8fd9\u4e00\u884c\u52a0\u5165\u5355\u636e\uff08\u56de\u8f66\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.stock_hint_label.setText("")
        self.remove_button.setText(QCoreApplication.translate("StockReceiptDialog", u"\u5220\u9664\u884c(&D)", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("StockReceiptDialog", u"\u5220\u9664\u9009\u4e2d\u7684\u884c\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.total_label.setText("")
        self.signature_group.setTitle(QCoreApplication.translate("StockReceiptDialog", u"\u7b7e\u5b57", None))
        self.handled_by_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u7ecf\u624b\u4eba", None))
        self.checked_by_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u9a8c\u6536\u4eba", None))
        self.keeper_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u5e93\u7ba1\u5458", None))
        self.note_label.setText(QCoreApplication.translate("StockReceiptDialog", u"\u5907\u6ce8", None))
    # retranslateUi

