# Generated from forms/stock_reports.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_reports.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_StockReportsDialog(object):
    def setupUi(self, StockReportsDialog):
        if not StockReportsDialog.objectName():
            StockReportsDialog.setObjectName(u"StockReportsDialog")
        StockReportsDialog.resize(1100, 640)
        self.main_layout = QVBoxLayout(StockReportsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.report_layout = QHBoxLayout()
        self.report_layout.setObjectName(u"report_layout")
        self.report_label = QLabel(StockReportsDialog)
        self.report_label.setObjectName(u"report_label")

        self.report_layout.addWidget(self.report_label)

        self.report_combo = QComboBox(StockReportsDialog)
        self.report_combo.addItem("")
        self.report_combo.addItem("")
        self.report_combo.setObjectName(u"report_combo")
        self.report_combo.setMinimumSize(QSize(200, 0))

        self.report_layout.addWidget(self.report_combo)

        self.report_gap = QSpacerItem(24, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.report_layout.addItem(self.report_gap)

        self.department_label = QLabel(StockReportsDialog)
        self.department_label.setObjectName(u"department_label")

        self.report_layout.addWidget(self.department_label)

        self.department_combo = QComboBox(StockReportsDialog)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setMinimumSize(QSize(160, 0))

        self.report_layout.addWidget(self.department_combo)

        self.report_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_layout.addItem(self.report_spacer)


        self.main_layout.addLayout(self.report_layout)

        self.period_group = QGroupBox(StockReportsDialog)
        self.period_group.setObjectName(u"period_group")
        self.period_layout = QHBoxLayout(self.period_group)
        self.period_layout.setObjectName(u"period_layout")
        self.term_radio = QRadioButton(self.period_group)
        self.term_radio.setObjectName(u"term_radio")
        self.term_radio.setChecked(True)

        self.period_layout.addWidget(self.term_radio)

        self.term_combo = QComboBox(self.period_group)
        self.term_combo.setObjectName(u"term_combo")
        self.term_combo.setMinimumSize(QSize(220, 0))

        self.period_layout.addWidget(self.term_combo)

        self.period_gap = QSpacerItem(24, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_gap)

        self.range_radio = QRadioButton(self.period_group)
        self.range_radio.setObjectName(u"range_radio")

        self.period_layout.addWidget(self.range_radio)

        self.from_edit = QDateEdit(self.period_group)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.from_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.from_edit)

        self.to_label = QLabel(self.period_group)
        self.to_label.setObjectName(u"to_label")

        self.period_layout.addWidget(self.to_label)

        self.to_edit = QDateEdit(self.period_group)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.to_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.to_edit)

        self.period_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.run_button = QPushButton(self.period_group)
        self.run_button.setObjectName(u"run_button")

        self.period_layout.addWidget(self.run_button)


        self.main_layout.addWidget(self.period_group)

        self.summary_label = QLabel(StockReportsDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.table_view = QTableView(StockReportsDialog)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_bar = QProgressBar(StockReportsDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.cancel_button = QPushButton(StockReportsDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.progress_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.progress_layout)

        self.error_label = QLabel(StockReportsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.export_button = QPushButton(StockReportsDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.button_box = QDialogButtonBox(StockReportsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.report_label.setBuddy(self.report_combo)
        self.department_label.setBuddy(self.department_combo)
        self.to_label.setBuddy(self.to_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.report_combo, self.department_combo)
        QWidget.setTabOrder(self.department_combo, self.term_radio)
        QWidget.setTabOrder(self.term_radio, self.term_combo)
        QWidget.setTabOrder(self.term_combo, self.range_radio)
        QWidget.setTabOrder(self.range_radio, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.run_button)
        QWidget.setTabOrder(self.run_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.export_button)

        self.retranslateUi(StockReportsDialog)
        self.button_box.rejected.connect(StockReportsDialog.reject)

        self.run_button.setDefault(True)


        QMetaObject.connectSlotsByName(StockReportsDialog)
    # setupUi

    def retranslateUi(self, StockReportsDialog):
        StockReportsDialog.setWindowTitle(QCoreApplication.translate("StockReportsDialog", u"\u5e93\u623f\u7edf\u8ba1\u62a5\u8868", None))
        self.report_label.setText(QCoreApplication.translate("StockReportsDialog", u"\u62a5\u8868(&R)", None))
        self.report_combo.setItemText(0, QCoreApplication.translate("StockReportsDialog", u"\u7269\u8d44\u6d88\u8017\u7edf\u8ba1\uff08\u6309\u90e8\u95e8\u3001\u7269\u8d44\uff09", None))
        self.report_combo.setItemText(1, QCoreApplication.translate("StockReportsDialog", u"\u4e0b\u5b66\u671f\u7269\u8d44\u4f9b\u9700\u8ba1\u5212", None))

        self.department_label.setText(QCoreApplication.translate("StockReportsDialog", u"\u90e8\u95e8(&D)", None))
        self.period_group.setTitle(QCoreApplication.translate("StockReportsDialog", u"\u7edf\u8ba1\u671f\u95f4", None))
        self.term_radio.setText(QCoreApplication.translate("StockReportsDialog", u"\u5b66\u671f(&T)", None))
        self.range_radio.setText(QCoreApplication.translate("StockReportsDialog", u"\u65e5\u671f\u8303\u56f4(&G)", None))
        self.to_label.setText(QCoreApplication.translate("StockReportsDialog", u"\u81f3", None))
        self.run_button.setText(QCoreApplication.translate("StockReportsDialog", u"\u7edf\u8ba1(&Q)", None))
        self.cancel_button.setText(QCoreApplication.translate("StockReportsDialog", u"\u505c\u6b62", None))
        self.export_button.setText(QCoreApplication.translate("StockReportsDialog", u"\u5bfc\u51fa Excel(&E)\u2026", None))
    # retranslateUi

