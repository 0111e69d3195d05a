# Generated from forms/disposal.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disposal.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DisposalDialog(object):
    def setupUi(self, DisposalDialog):
        if not DisposalDialog.objectName():
            DisposalDialog.setObjectName(u"DisposalDialog")
        DisposalDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(DisposalDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.assets_label = QLabel(DisposalDialog)
        self.assets_label.setObjectName(u"assets_label")

        self.main_layout.addWidget(self.assets_label)

        self.assets_view = QTableView(DisposalDialog)
        self.assets_view.setObjectName(u"assets_view")
        self.assets_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assets_view.setAlternatingRowColors(True)
        self.assets_view.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.main_layout.addWidget(self.assets_view)

        self.assets_buttons_layout = QHBoxLayout()
        self.assets_buttons_layout.setObjectName(u"assets_buttons_layout")
        self.remove_button = QPushButton(DisposalDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.assets_buttons_layout.addWidget(self.remove_button)

        self.assets_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assets_buttons_layout.addItem(self.assets_spacer)

        self.summary_label = QLabel(DisposalDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.assets_buttons_layout.addWidget(self.summary_label)


        self.main_layout.addLayout(self.assets_buttons_layout)

        self.form_layout = QGridLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(10)
        self.kind_label = QLabel(DisposalDialog)
        self.kind_label.setObjectName(u"kind_label")
        self.kind_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.form_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(DisposalDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.date_label = QLabel(DisposalDialog)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.form_layout.addWidget(self.date_label, 0, 2, 1, 1)

        self.date_edit = QDateEdit(DisposalDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.date_edit, 0, 3, 1, 1)

        self.method_label = QLabel(DisposalDialog)
        self.method_label.setObjectName(u"method_label")
        self.method_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.form_layout.addWidget(self.method_label, 0, 4, 1, 1)

        self.method_combo = QComboBox(DisposalDialog)
        self.method_combo.setObjectName(u"method_combo")

        self.form_layout.addWidget(self.method_combo, 0, 5, 1, 1)

        self.reason_label = QLabel(DisposalDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignTop)

        self.form_layout.addWidget(self.reason_label, 1, 0, 1, 1)

        self.reason_edit = QPlainTextEdit(DisposalDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaximumSize(QSize(16777215, 64))
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.reason_edit, 1, 1, 1, 5)

        self.condition_label = QLabel(DisposalDialog)
        self.condition_label.setObjectName(u"condition_label")
        self.condition_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignTop)

        self.form_layout.addWidget(self.condition_label, 2, 0, 1, 1)

        self.condition_edit = QPlainTextEdit(DisposalDialog)
        self.condition_edit.setObjectName(u"condition_edit")
        self.condition_edit.setMaximumSize(QSize(16777215, 48))
        self.condition_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.condition_edit, 2, 1, 1, 5)

        self.repair_label = QLabel(DisposalDialog)
        self.repair_label.setObjectName(u"repair_label")
        self.repair_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.form_layout.addWidget(self.repair_label, 3, 0, 1, 1)

        self.repair_combo = QComboBox(DisposalDialog)
        self.repair_combo.setObjectName(u"repair_combo")

        self.form_layout.addWidget(self.repair_combo, 3, 1, 1, 1)

        self.assessors_label = QLabel(DisposalDialog)
        self.assessors_label.setObjectName(u"assessors_label")
        self.assessors_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.form_layout.addWidget(self.assessors_label, 3, 2, 1, 1)

        self.assessors_edit = QLineEdit(DisposalDialog)
        self.assessors_edit.setObjectName(u"assessors_edit")
        self.assessors_edit.setMaxLength(200)

        self.form_layout.addWidget(self.assessors_edit, 3, 3, 1, 3)

        self.requested_by_label = QLabel(DisposalDialog)
        self.requested_by_label.setObjectName(u"requested_by_label")
        self.requested_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.form_layout.addWidget(self.requested_by_label, 4, 0, 1, 1)

        self.requested_by_edit = QLineEdit(DisposalDialog)
        self.requested_by_edit.setObjectName(u"requested_by_edit")
        self.requested_by_edit.setMaxLength(30)

        self.form_layout.addWidget(self.requested_by_edit, 4, 1, 1, 1)

        self.approval_label = QLabel(DisposalDialog)
        self.approval_label.setObjectName(u"approval_label")
        self.approval_label.setWordWrap(True)

        self.form_layout.addWidget(self.approval_label, 4, 2, 1, 4)

        self.form_layout.setColumnStretch(1, 1)
        self.form_layout.setColumnStretch(3, 1)
        self.form_layout.setColumnStretch(5, 1)

        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(DisposalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DisposalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.assets_label.setBuddy(self.assets_view)
        self.kind_label.setBuddy(self.kind_combo)
        self.date_label.setBuddy(self.date_edit)
        self.method_label.setBuddy(self.method_combo)
        self.reason_label.setBuddy(self.reason_edit)
        self.condition_label.setBuddy(self.condition_edit)
        self.repair_label.setBuddy(self.repair_combo)
        self.assessors_label.setBuddy(self.assessors_edit)
        self.requested_by_label.setBuddy(self.requested_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assets_view, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.condition_edit)
        QWidget.setTabOrder(self.condition_edit, self.repair_combo)
        QWidget.setTabOrder(self.repair_combo, self.assessors_edit)
        QWidget.setTabOrder(self.assessors_edit, self.requested_by_edit)

        self.retranslateUi(DisposalDialog)
        self.button_box.accepted.connect(DisposalDialog.accept)
        self.button_box.rejected.connect(DisposalDialog.reject)

        QMetaObject.connectSlotsByName(DisposalDialog)
    # setupUi

    def retranslateUi(self, DisposalDialog):
        DisposalDialog.setWindowTitle(QCoreApplication.translate("DisposalDialog", u"\u7533\u8bf7\u62a5\u5e9f", None))
        self.assets_label.setText(QCoreApplication.translate("DisposalDialog", u"\u7533\u8bf7\u62a5\u5e9f\u7684\u8d44\u4ea7", None))
        self.remove_button.setText(QCoreApplication.translate("DisposalDialog", u"\u79fb\u51fa\u6240\u9009(&R)", None))
        self.kind_label.setText(QCoreApplication.translate("DisposalDialog", u"\u7533\u8bf7\u7c7b\u578b", None))
        self.date_label.setText(QCoreApplication.translate("DisposalDialog", u"\u7533\u8bf7\u65e5\u671f", None))
        self.method_label.setText(QCoreApplication.translate("DisposalDialog", u"\u62df\u5904\u7f6e\u65b9\u5f0f", None))
        self.reason_label.setText(QCoreApplication.translate("DisposalDialog", u"\u62a5\u5e9f\u539f\u56e0*", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("DisposalDialog", u"\u4e3a\u4ec0\u4e48\u8981\u62a5\u5e9f\uff1a\u635f\u574f\u60c5\u51b5\u3001\u7ef4\u4fee\u8d39\u7528\u3001\u4f7f\u7528\u5e74\u9650\u7b49", None))
        self.condition_label.setText(QCoreApplication.translate("DisposalDialog", u"\u8d44\u4ea7\u73b0\u72b6", None))
        self.condition_edit.setPlaceholderText(QCoreApplication.translate("DisposalDialog", u"\u5916\u89c2\u3001\u80fd\u5426\u4f7f\u7528\u3001\u7f3a\u5c11\u7684\u90e8\u4ef6", None))
        self.repair_label.setText(QCoreApplication.translate("DisposalDialog", u"\u4fee\u590d\u4ef7\u503c", None))
        self.assessors_label.setText(QCoreApplication.translate("DisposalDialog", u"\u9274\u5b9a\u4eba*", None))
        self.assessors_edit.setPlaceholderText(QCoreApplication.translate("DisposalDialog", u"\u81f3\u5c11\u4e09\u4eba\uff0c\u7528\u987f\u53f7\u6216\u9017\u53f7\u9694\u5f00\uff0c\u5982\uff1a\u738b\u82b3\u3001\u5f20\u654f\u3001\u8d75\u78ca", None))
        self.requested_by_label.setText(QCoreApplication.translate("DisposalDialog", u"\u7533\u8bf7\u4eba*", None))
    # retranslateUi

