# Generated from forms/reference_data.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_data.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReferenceDataDialog(object):
    def setupUi(self, ReferenceDataDialog):
        if not ReferenceDataDialog.objectName():
            ReferenceDataDialog.setObjectName(u"ReferenceDataDialog")
        ReferenceDataDialog.resize(940, 580)
        self.main_layout = QVBoxLayout(ReferenceDataDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(10)
        self.body_layout.setObjectName(u"body_layout")
        self.kind_list = QListWidget(ReferenceDataDialog)
        self.kind_list.setObjectName(u"kind_list")
        self.kind_list.setMinimumSize(QSize(120, 0))
        self.kind_list.setMaximumSize(QSize(160, 16777215))
        self.kind_list.setSpacing(3)

        self.body_layout.addWidget(self.kind_list)

        self.records_layout = QVBoxLayout()
        self.records_layout.setObjectName(u"records_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.filter_edit = QLineEdit(ReferenceDataDialog)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setMinimumSize(QSize(200, 0))
        self.filter_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.filter_edit)

        self.show_inactive_check = QCheckBox(ReferenceDataDialog)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.toolbar_layout.addWidget(self.show_inactive_check)

        self.toolbar_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.new_button = QPushButton(ReferenceDataDialog)
        self.new_button.setObjectName(u"new_button")

        self.toolbar_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(ReferenceDataDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.toolbar_layout.addWidget(self.edit_button)

        self.toggle_active_button = QPushButton(ReferenceDataDialog)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.toolbar_layout.addWidget(self.toggle_active_button)


        self.records_layout.addLayout(self.toolbar_layout)

        self.table_view = QTableView(ReferenceDataDialog)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.records_layout.addWidget(self.table_view)


        self.body_layout.addLayout(self.records_layout)

        self.body_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.body_layout)

        self.error_label = QLabel(ReferenceDataDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReferenceDataDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(0, 1)
        QWidget.setTabOrder(self.kind_list, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.show_inactive_check)
        QWidget.setTabOrder(self.show_inactive_check, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.toggle_active_button)
        QWidget.setTabOrder(self.toggle_active_button, self.table_view)

        self.retranslateUi(ReferenceDataDialog)
        self.button_box.rejected.connect(ReferenceDataDialog.reject)

        QMetaObject.connectSlotsByName(ReferenceDataDialog)
    # setupUi

    def retranslateUi(self, ReferenceDataDialog):
        ReferenceDataDialog.setWindowTitle(QCoreApplication.translate("ReferenceDataDialog", u"\u57fa\u7840\u6570\u636e", None))
#if QT_CONFIG(tooltip)
        self.kind_list.setToolTip(QCoreApplication.translate("ReferenceDataDialog", u"\u9009\u62e9\u8981\u7ef4\u62a4\u7684\u8d44\u6599\u7c7b\u522b", None))
#endif // QT_CONFIG(tooltip)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("ReferenceDataDialog", u"\u8f93\u5165\u540d\u79f0\u6216\u7f16\u7801\u7b5b\u9009", None))
        self.show_inactive_check.setText(QCoreApplication.translate("ReferenceDataDialog", u"\u663e\u793a\u5df2\u505c\u7528", None))
        self.new_button.setText(QCoreApplication.translate("ReferenceDataDialog", u"\u65b0\u589e", None))
        self.edit_button.setText(QCoreApplication.translate("ReferenceDataDialog", u"\u7f16\u8f91", None))
#if QT_CONFIG(tooltip)
        self.toggle_active_button.setToolTip(QCoreApplication.translate("ReferenceDataDialog", u"\u505c\u7528\u7684\u8d44\u6599\u4e0d\u518d\u51fa\u73b0\u5728\u4e0b\u62c9\u5217\u8868\u4e2d\uff0c\u5386\u53f2\u8bb0\u5f55\u4ecd\u7136\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.toggle_active_button.setText(QCoreApplication.translate("ReferenceDataDialog", u"\u505c\u7528/\u542f\u7528", None))
    # retranslateUi

