# Generated from forms/stock_return.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_return.ui'
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
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_StockReturnDialog(object):
    def setupUi(self, StockReturnDialog):
        if not StockReturnDialog.objectName():
            StockReturnDialog.setObjectName(u"StockReturnDialog")
        StockReturnDialog.resize(860, 540)
        self.main_layout = QVBoxLayout(StockReturnDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_grid = QGridLayout()
        self.header_grid.setObjectName(u"header_grid")
        self.header_grid.setHorizontalSpacing(8)
        self.requisition_label = QLabel(StockReturnDialog)
        self.requisition_label.setObjectName(u"requisition_label")

        self.header_grid.addWidget(self.requisition_label, 0, 0, 1, 1)

        self.requisition_combo = QComboBox(StockReturnDialog)
        self.requisition_combo.setObjectName(u"requisition_combo")
        self.requisition_combo.setMinimumSize(QSize(320, 0))

        self.header_grid.addWidget(self.requisition_combo, 0, 1, 1, 3)

        self.date_label = QLabel(StockReturnDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_grid.addWidget(self.date_label, 1, 0, 1, 1)

        self.date_edit = QDateEdit(StockReturnDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.header_grid.addWidget(self.date_edit, 1, 1, 1, 1)

        self.person_label = QLabel(StockReturnDialog)
        self.person_label.setObjectName(u"person_label")

        self.header_grid.addWidget(self.person_label, 1, 2, 1, 1)

        self.person_combo = QComboBox(StockReturnDialog)
        self.person_combo.setObjectName(u"person_combo")
        self.person_combo.setMinimumSize(QSize(180, 0))

        self.header_grid.addWidget(self.person_combo, 1, 3, 1, 1)

        self.reason_label = QLabel(StockReturnDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.header_grid.addWidget(self.reason_label, 2, 0, 1, 1)

        self.reason_edit = QLineEdit(StockReturnDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(100)

        self.header_grid.addWidget(self.reason_edit, 2, 1, 1, 3)

        self.header_grid.setColumnStretch(3, 1)

        self.main_layout.addLayout(self.header_grid)

        self.lines_label = QLabel(StockReturnDialog)
        self.lines_label.setObjectName(u"lines_label")

        self.main_layout.addWidget(self.lines_label)

        self.lines_view = QTableView(StockReturnDialog)
        self.lines_view.setObjectName(u"lines_view")
        self.lines_view.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.verticalHeader().setVisible(True)

        self.main_layout.addWidget(self.lines_view)

        self.total_label = QLabel(StockReturnDialog)
        self.total_label.setObjectName(u"total_label")

        self.main_layout.addWidget(self.total_label)

        self.sign_layout = QHBoxLayout()
        self.sign_layout.setSpacing(8)
        self.sign_layout.setObjectName(u"sign_layout")
        self.keeper_label = QLabel(StockReturnDialog)
        self.keeper_label.setObjectName(u"keeper_label")

        self.sign_layout.addWidget(self.keeper_label)

        self.keeper_edit = QLineEdit(StockReturnDialog)
        self.keeper_edit.setObjectName(u"keeper_edit")
        self.keeper_edit.setMaxLength(30)

        self.sign_layout.addWidget(self.keeper_edit)

        self.note_label = QLabel(StockReturnDialog)
        self.note_label.setObjectName(u"note_label")

        self.sign_layout.addWidget(self.note_label)

        self.note_edit = QLineEdit(StockReturnDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.sign_layout.addWidget(self.note_edit)

        self.sign_layout.setStretch(1, 1)
        self.sign_layout.setStretch(3, 2)

        self.main_layout.addLayout(self.sign_layout)

        self.error_label = QLabel(StockReturnDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(StockReturnDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.requisition_label.setBuddy(self.requisition_combo)
        self.date_label.setBuddy(self.date_edit)
        self.person_label.setBuddy(self.person_combo)
        self.reason_label.setBuddy(self.reason_edit)
        self.keeper_label.setBuddy(self.keeper_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.requisition_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.person_combo)
        QWidget.setTabOrder(self.person_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.lines_view)
        QWidget.setTabOrder(self.lines_view, self.keeper_edit)
        QWidget.setTabOrder(self.keeper_edit, self.note_edit)

        self.retranslateUi(StockReturnDialog)
        self.button_box.accepted.connect(StockReturnDialog.accept)
        self.button_box.rejected.connect(StockReturnDialog.reject)

        QMetaObject.connectSlotsByName(StockReturnDialog)
    # setupUi

    def retranslateUi(self, StockReturnDialog):
        StockReturnDialog.setWindowTitle(QCoreApplication.translate("StockReturnDialog", u"\u9000\u5e93\u5355", None))
        self.requisition_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u9886\u7528\u5355*", None))
        self.date_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u9000\u5e93\u65e5\u671f", None))
        self.person_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u9000\u5e93\u4eba", None))
        self.reason_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u9000\u5e93\u539f\u56e0", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("StockReturnDialog", u"\u5982\uff1a\u591a\u9886\u3001\u672a\u7528\u5b8c", None))
        self.lines_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u5728\u201c\u9000\u56de\u6570\u91cf\u201d\u4e00\u680f\u586b\u5199\u8981\u9000\u56de\u7684\u6570\u91cf\uff08\u56de\u8f66\u5230\u4e0b\u4e00\u884c\uff09\uff1b\u4e0d\u9000\u7684\u884c\u7559\u7a7a\u3002", None))
        self.total_label.setText("")
        self.keeper_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u5e93\u7ba1\u5458", None))
        self.note_label.setText(QCoreApplication.translate("StockReturnDialog", u"\u5907\u6ce8", None))
    # retranslateUi

