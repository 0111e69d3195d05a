# Generated from forms/stock_stocktake.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_stocktake.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_StockStocktakeDialog(object):
    def setupUi(self, StockStocktakeDialog):
        if not StockStocktakeDialog.objectName():
            StockStocktakeDialog.setObjectName(u"StockStocktakeDialog")
        StockStocktakeDialog.resize(960, 640)
        self.main_layout = QVBoxLayout(StockStocktakeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_grid = QGridLayout()
        self.header_grid.setObjectName(u"header_grid")
        self.header_grid.setHorizontalSpacing(8)
        self.date_label = QLabel(StockStocktakeDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_grid.addWidget(self.date_label, 0, 0, 1, 1)

        self.date_edit = QDateEdit(StockStocktakeDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.header_grid.addWidget(self.date_edit, 0, 1, 1, 1)

        self.category_label = QLabel(StockStocktakeDialog)
        self.category_label.setObjectName(u"category_label")

        self.header_grid.addWidget(self.category_label, 0, 2, 1, 1)

        self.category_combo = QComboBox(StockStocktakeDialog)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setMinimumSize(QSize(140, 0))

        self.header_grid.addWidget(self.category_combo, 0, 3, 1, 1)

        self.shelf_label = QLabel(StockStocktakeDialog)
        self.shelf_label.setObjectName(u"shelf_label")

        self.header_grid.addWidget(self.shelf_label, 0, 4, 1, 1)

        self.shelf_edit = QLineEdit(StockStocktakeDialog)
        self.shelf_edit.setObjectName(u"shelf_edit")
        self.shelf_edit.setMaxLength(30)

        self.header_grid.addWidget(self.shelf_edit, 0, 5, 1, 1)

        self.load_button = QPushButton(StockStocktakeDialog)
        self.load_button.setObjectName(u"load_button")

        self.header_grid.addWidget(self.load_button, 0, 6, 1, 1)

        self.reason_label = QLabel(StockStocktakeDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.header_grid.addWidget(self.reason_label, 1, 0, 1, 1)

        self.reason_edit = QLineEdit(StockStocktakeDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(100)

        self.header_grid.addWidget(self.reason_edit, 1, 1, 1, 3)

        self.counted_by_label = QLabel(StockStocktakeDialog)
        self.counted_by_label.setObjectName(u"counted_by_label")

        self.header_grid.addWidget(self.counted_by_label, 1, 4, 1, 1)

        self.counted_by_edit = QLineEdit(StockStocktakeDialog)
        self.counted_by_edit.setObjectName(u"counted_by_edit")
        self.counted_by_edit.setMaxLength(30)

        self.header_grid.addWidget(self.counted_by_edit, 1, 5, 1, 1)

        self.supervised_by_label = QLabel(StockStocktakeDialog)
        self.supervised_by_label.setObjectName(u"supervised_by_label")

        self.header_grid.addWidget(self.supervised_by_label, 2, 0, 1, 1)

        self.supervised_by_edit = QLineEdit(StockStocktakeDialog)
        self.supervised_by_edit.setObjectName(u"supervised_by_edit")
        self.supervised_by_edit.setMaxLength(30)

        self.header_grid.addWidget(self.supervised_by_edit, 2, 1, 1, 1)

        self.keeper_label = QLabel(StockStocktakeDialog)
        self.keeper_label.setObjectName(u"keeper_label")

        self.header_grid.addWidget(self.keeper_label, 2, 2, 1, 1)

        self.keeper_edit = QLineEdit(StockStocktakeDialog)
        self.keeper_edit.setObjectName(u"keeper_edit")
        self.keeper_edit.setMaxLength(30)

        self.header_grid.addWidget(self.keeper_edit, 2, 3, 1, 1)

        self.approved_by_label = QLabel(StockStocktakeDialog)
        self.approved_by_label.setObjectName(u"approved_by_label")

        self.header_grid.addWidget(self.approved_by_label, 2, 4, 1, 1)

        self.approved_by_edit = QLineEdit(StockStocktakeDialog)
        self.approved_by_edit.setObjectName(u"approved_by_edit")
        self.approved_by_edit.setMaxLength(30)

        self.header_grid.addWidget(self.approved_by_edit, 2, 5, 1, 1)

        self.note_label = QLabel(StockStocktakeDialog)
        self.note_label.setObjectName(u"note_label")

        self.header_grid.addWidget(self.note_label, 3, 0, 1, 1)

        self.note_edit = QLineEdit(StockStocktakeDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.header_grid.addWidget(self.note_edit, 3, 1, 1, 5)

        self.header_grid.setColumnStretch(3, 1)
        self.header_grid.setColumnStretch(5, 1)

        self.main_layout.addLayout(self.header_grid)

        self.hint_label = QLabel(StockStocktakeDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #555555;")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.counts_view = QTableView(StockStocktakeDialog)
        self.counts_view.setObjectName(u"counts_view")
        self.counts_view.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.counts_view.setAlternatingRowColors(True)
        self.counts_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.counts_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.counts_view.horizontalHeader().setStretchLastSection(True)

        self.main_layout.addWidget(self.counts_view)

        self.summary_label = QLabel(StockStocktakeDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.main_layout.addWidget(self.summary_label)

        self.error_label = QLabel(StockStocktakeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.print_sheet_button = QPushButton(StockStocktakeDialog)
        self.print_sheet_button.setObjectName(u"print_sheet_button")

        self.button_row.addWidget(self.print_sheet_button)

        self.button_box = QDialogButtonBox(StockStocktakeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.button_row.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_row)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.category_label.setBuddy(self.category_combo)
        self.shelf_label.setBuddy(self.shelf_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.counted_by_label.setBuddy(self.counted_by_edit)
        self.supervised_by_label.setBuddy(self.supervised_by_edit)
        self.keeper_label.setBuddy(self.keeper_edit)
        self.approved_by_label.setBuddy(self.approved_by_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.shelf_edit)
        QWidget.setTabOrder(self.shelf_edit, self.load_button)
        QWidget.setTabOrder(self.load_button, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.counted_by_edit)
        QWidget.setTabOrder(self.counted_by_edit, self.supervised_by_edit)
        QWidget.setTabOrder(self.supervised_by_edit, self.keeper_edit)
        QWidget.setTabOrder(self.keeper_edit, self.approved_by_edit)
        QWidget.setTabOrder(self.approved_by_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.counts_view)
        QWidget.setTabOrder(self.counts_view, self.print_sheet_button)
        QWidget.setTabOrder(self.print_sheet_button, self.button_box)

        self.retranslateUi(StockStocktakeDialog)
        self.button_box.accepted.connect(StockStocktakeDialog.accept)
        self.button_box.rejected.connect(StockStocktakeDialog.reject)

        QMetaObject.connectSlotsByName(StockStocktakeDialog)
    # setupUi

    def retranslateUi(self, StockStocktakeDialog):
        StockStocktakeDialog.setWindowTitle(QCoreApplication.translate("StockStocktakeDialog", u"\u5e93\u623f\u76d8\u70b9", None))
        self.date_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u76d8\u70b9\u65e5\u671f", None))
        self.category_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u7c7b\u522b(&G)", None))
        self.shelf_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u8d27\u4f4d(&H)", None))
        self.shelf_edit.setPlaceholderText(QCoreApplication.translate("StockStocktakeDialog", u"\u5982 A-01\uff0c\u7559\u7a7a\u4e3a\u5168\u90e8", None))
        self.load_button.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u8f7d\u5165\u8d26\u9762\u6570(&L)", None))
#if QT_CONFIG(tooltip)
        self.load_button.setToolTip(QCoreApplication.translate("StockStocktakeDialog", u"\u6309\u6240\u9009\u7c7b\u522b\u548c\u8d27\u4f4d\u5217\u51fa\u7269\u8d44\u53ca\u5f53\u524d\u8d26\u9762\u6570\u91cf", None))
#endif // QT_CONFIG(tooltip)
        self.reason_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u76d8\u70b9\u8bf4\u660e*", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("StockStocktakeDialog", u"\u5982\uff1a2026\u5e74\u79cb\u5b63\u5b66\u671f\u671f\u672b\u76d8\u70b9", None))
        self.counted_by_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u76d8\u70b9\u4eba*", None))
        self.supervised_by_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u76d1\u76d8\u4eba*", None))
        self.keeper_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u5e93\u7ba1\u5458", None))
        self.approved_by_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u5ba1\u6279\u4eba", None))
        self.note_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u5907\u6ce8", None))
        self.hint_label.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u5728\u201c\u5b9e\u76d8\u6570\u91cf\u201d\u680f\u76f4\u63a5\u8f93\u5165\u70b9\u5230\u7684\u6570\u91cf\uff0c\u56de\u8f66\u5230\u4e0b\u4e00\u884c\uff1b\u4e0d\u586b\u7684\u7269\u8d44\u4e0d\u8c03\u6574\u3002", None))
        self.summary_label.setText("")
        self.error_label.setText("")
        self.print_sheet_button.setText(QCoreApplication.translate("StockStocktakeDialog", u"\u6253\u5370\u76d8\u70b9\u8868(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_sheet_button.setToolTip(QCoreApplication.translate("StockStocktakeDialog", u"\u6253\u5370\u5e26\u7a7a\u767d\u201c\u5b9e\u76d8\u6570\u91cf\u201d\u680f\u7684\u5e93\u5b58\u76d8\u70b9\u8868\uff0c\u5230\u8d27\u67b6\u524d\u624b\u5de5\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

