# Generated from forms/stock_issue.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_issue.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_StockIssueDialog(object):
    def setupUi(self, StockIssueDialog):
        if not StockIssueDialog.objectName():
            StockIssueDialog.setObjectName(u"StockIssueDialog")
        StockIssueDialog.resize(860, 520)
        self.main_layout = QVBoxLayout(StockIssueDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(StockIssueDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(8)
        self.header_layout.setObjectName(u"header_layout")
        self.date_label = QLabel(StockIssueDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_layout.addWidget(self.date_label)

        self.date_edit = QDateEdit(StockIssueDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.header_layout.addWidget(self.date_edit)

        self.issued_by_label = QLabel(StockIssueDialog)
        self.issued_by_label.setObjectName(u"issued_by_label")

        self.header_layout.addWidget(self.issued_by_label)

        self.issued_by_edit = QLineEdit(StockIssueDialog)
        self.issued_by_edit.setObjectName(u"issued_by_edit")
        self.issued_by_edit.setMaxLength(30)

        self.header_layout.addWidget(self.issued_by_edit)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)


        self.main_layout.addLayout(self.header_layout)

        self.lines_view = QTableView(StockIssueDialog)
        self.lines_view.setObjectName(u"lines_view")
        self.lines_view.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.verticalHeader().setVisible(True)

        self.main_layout.addWidget(self.lines_view)

        self.hint_label = QLabel(StockIssueDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #555555;")

        self.main_layout.addWidget(self.hint_label)

        self.total_label = QLabel(StockIssueDialog)
        self.total_label.setObjectName(u"total_label")

        self.main_layout.addWidget(self.total_label)

        self.error_label = QLabel(StockIssueDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(StockIssueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.issued_by_label.setBuddy(self.issued_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.issued_by_edit)
        QWidget.setTabOrder(self.issued_by_edit, self.lines_view)

        self.retranslateUi(StockIssueDialog)
        self.button_box.accepted.connect(StockIssueDialog.accept)
        self.button_box.rejected.connect(StockIssueDialog.reject)

        QMetaObject.connectSlotsByName(StockIssueDialog)
    # setupUi

    def retranslateUi(self, StockIssueDialog):
        StockIssueDialog.setWindowTitle(QCoreApplication.translate("StockIssueDialog", u"\u53d1\u653e\u9886\u7528\u5355", None))
        self.summary_label.setText("")
        self.date_label.setText(QCoreApplication.translate("StockIssueDialog", u"\u53d1\u653e\u65e5\u671f", None))
        self.issued_by_label.setText(QCoreApplication.translate("StockIssueDialog", u"\u53d1\u653e\u4eba", None))
        self.hint_label.setText(QCoreApplication.translate("StockIssueDialog", u"\u5b9e\u53d1\u6570\u91cf\u5df2\u6309\u201c\u7533\u8bf7\u6570\u91cf\u4e0e\u5e93\u5b58\u7684\u8f83\u5c0f\u8005\u201d\u586b\u597d\uff1b\u53ef\u76f4\u63a5\u4fee\u6539\uff0c\u56de\u8f66\u5230\u4e0b\u4e00\u884c\u3002\u5e93\u5b58\u4e0d\u8db3\u7684\u884c\u4ee5\u7ea2\u8272\u663e\u793a\u3002", None))
        self.total_label.setText("")
    # retranslateUi

