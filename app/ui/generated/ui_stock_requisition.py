# Generated from forms/stock_requisition.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_requisition.ui'
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

class Ui_StockRequisitionDialog(object):
    def setupUi(self, StockRequisitionDialog):
        if not StockRequisitionDialog.objectName():
            StockRequisitionDialog.setObjectName(u"StockRequisitionDialog")
        StockRequisitionDialog.resize(900, 580)
        self.main_layout = QVBoxLayout(StockRequisitionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_grid = QGridLayout()
        self.header_grid.setObjectName(u"header_grid")
        self.header_grid.setHorizontalSpacing(8)
        self.date_label = QLabel(StockRequisitionDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_grid.addWidget(self.date_label, 0, 0, 1, 1)

        self.date_edit = QDateEdit(StockRequisitionDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.header_grid.addWidget(self.date_edit, 0, 1, 1, 1)

        self.department_label = QLabel(StockRequisitionDialog)
        self.department_label.setObjectName(u"department_label")

        self.header_grid.addWidget(self.department_label, 0, 2, 1, 1)

        self.department_combo = QComboBox(StockRequisitionDialog)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setMinimumSize(QSize(180, 0))

        self.header_grid.addWidget(self.department_combo, 0, 3, 1, 1)

        self.person_label = QLabel(StockRequisitionDialog)
        self.person_label.setObjectName(u"person_label")

        self.header_grid.addWidget(self.person_label, 0, 4, 1, 1)

        self.person_combo = QComboBox(StockRequisitionDialog)
        self.person_combo.setObjectName(u"person_combo")
        self.person_combo.setMinimumSize(QSize(180, 0))

        self.header_grid.addWidget(self.person_combo, 0, 5, 1, 1)

        self.purpose_label = QLabel(StockRequisitionDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.header_grid.addWidget(self.purpose_label, 1, 0, 1, 1)

        self.purpose_edit = QLineEdit(StockRequisitionDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMaxLength(100)

        self.header_grid.addWidget(self.purpose_edit, 1, 1, 1, 5)

        self.header_grid.setColumnStretch(3, 1)
        self.header_grid.setColumnStretch(5, 1)

        self.main_layout.addLayout(self.header_grid)

        self.entry_group = QGroupBox(StockRequisitionDialog)
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
        self.lines_view = QTableView(StockRequisitionDialog)
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
        self.remove_button = QPushButton(StockRequisitionDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.lines_buttons_layout.addWidget(self.remove_button)

        self.lines_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_buttons_layout.addItem(self.lines_spacer)

        self.summary_label = QLabel(StockRequisitionDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.lines_buttons_layout.addWidget(self.summary_label)


        self.lines_layout.addLayout(self.lines_buttons_layout)


        self.main_layout.addLayout(self.lines_layout)

        self.note_layout = QHBoxLayout()
        self.note_layout.setObjectName(u"note_layout")
        self.note_label = QLabel(StockRequisitionDialog)
        self.note_label.setObjectName(u"note_label")

        self.note_layout.addWidget(self.note_label)

        self.note_edit = QLineEdit(StockRequisitionDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.note_layout.addWidget(self.note_edit)


        self.main_layout.addLayout(self.note_layout)

        self.error_label = QLabel(StockRequisitionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(StockRequisitionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.department_label.setBuddy(self.department_combo)
        self.person_label.setBuddy(self.person_combo)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.item_label.setBuddy(self.item_edit)
        self.qty_label.setBuddy(self.qty_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.department_combo)
        QWidget.setTabOrder(self.department_combo, self.person_combo)
        QWidget.setTabOrder(self.person_combo, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.item_edit)
        QWidget.setTabOrder(self.item_edit, self.qty_edit)
        QWidget.setTabOrder(self.qty_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.lines_view)
        QWidget.setTabOrder(self.lines_view, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.note_edit)

        self.retranslateUi(StockRequisitionDialog)
        self.button_box.accepted.connect(StockRequisitionDialog.accept)
        self.button_box.rejected.connect(StockRequisitionDialog.reject)

        QMetaObject.connectSlotsByName(StockRequisitionDialog)
    # setupUi

    def retranslateUi(self, StockRequisitionDialog):
        StockRequisitionDialog.setWindowTitle(QCoreApplication.translate("StockRequisitionDialog", u"\u9886\u7528\u5355", None))
        self.date_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u9886\u7528\u65e5\u671f", None))
        self.department_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u9886\u7528\u90e8\u95e8*", None))
        self.person_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u9886\u7528\u4eba*", None))
        self.purpose_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u7528\u9014", None))
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("StockRequisitionDialog", u"\u5982\uff1a\u671f\u4e2d\u8003\u8bd5\u5370\u5377", None))
        self.entry_group.setTitle(QCoreApplication.translate("StockRequisitionDialog", u"\u5f55\u5165\u7269\u8d44\uff1a\u8f93\u5165\u7f16\u7801\u6216\u540d\u79f0 \u2192 \u56de\u8f66 \u2192 \u6570\u91cf \u2192 \u56de\u8f66\uff0c\u63a5\u7740\u5f55\u4e0b\u4e00\u884c", None))
        self.item_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u7269\u8d44(&W)", None))
        self.item_edit.setPlaceholderText(QCoreApplication.translate("StockRequisitionDialog", u"\u8f93\u5165\u7f16\u7801\u6216\u540d\u79f0\u7684\u51e0\u4e2a\u5b57\uff0c\u56de\u8f66\u9009\u62e9", None))
        self.qty_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u6570\u91cf(&Q)", None))
        self.unit_label.setText("")
        self.add_button.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u6dfb\u52a0(&A)", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("StockRequisitionDialog", u"\u628a\u8fd9\u4e00\u884c\u52a0\u5165\u5355\u636e\uff08\u56de\u8f66\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.stock_hint_label.setText("")
        self.remove_button.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u5220\u9664\u884c(&D)", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("StockRequisitionDialog", u"\u5220\u9664\u9009\u4e2d\u7684\u884c\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.summary_label.setText("")
        self.note_label.setText(QCoreApplication.translate("StockRequisitionDialog", u"\u5907\u6ce8", None))
    # retranslateUi

