# Generated from forms/disposal_decision.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disposal_decision.ui'
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

class Ui_DisposalDecisionDialog(object):
    def setupUi(self, DisposalDecisionDialog):
        if not DisposalDecisionDialog.objectName():
            DisposalDecisionDialog.setObjectName(u"DisposalDecisionDialog")
        DisposalDecisionDialog.resize(940, 680)
        self.main_layout = QVBoxLayout(DisposalDecisionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_layout = QGridLayout()
        self.info_layout.setObjectName(u"info_layout")
        self.info_layout.setHorizontalSpacing(10)
        self.number_label = QLabel(DisposalDecisionDialog)
        self.number_label.setObjectName(u"number_label")
        self.number_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.number_label, 0, 0, 1, 1)

        self.number_value = QLabel(DisposalDecisionDialog)
        self.number_value.setObjectName(u"number_value")
        self.number_value.setWordWrap(True)
        self.number_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.number_value, 0, 1, 1, 1)

        self.state_label = QLabel(DisposalDecisionDialog)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.state_label, 0, 2, 1, 1)

        self.state_value = QLabel(DisposalDecisionDialog)
        self.state_value.setObjectName(u"state_value")
        self.state_value.setWordWrap(True)
        self.state_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.state_value, 0, 3, 1, 1)

        self.kind_label = QLabel(DisposalDecisionDialog)
        self.kind_label.setObjectName(u"kind_label")
        self.kind_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.kind_label, 1, 0, 1, 1)

        self.kind_value = QLabel(DisposalDecisionDialog)
        self.kind_value.setObjectName(u"kind_value")
        self.kind_value.setWordWrap(True)
        self.kind_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.kind_value, 1, 1, 1, 1)

        self.date_label = QLabel(DisposalDecisionDialog)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.date_label, 1, 2, 1, 1)

        self.date_value = QLabel(DisposalDecisionDialog)
        self.date_value.setObjectName(u"date_value")
        self.date_value.setWordWrap(True)
        self.date_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.date_value, 1, 3, 1, 1)

        self.requested_by_label = QLabel(DisposalDecisionDialog)
        self.requested_by_label.setObjectName(u"requested_by_label")
        self.requested_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.requested_by_label, 2, 0, 1, 1)

        self.requested_by_value = QLabel(DisposalDecisionDialog)
        self.requested_by_value.setObjectName(u"requested_by_value")
        self.requested_by_value.setWordWrap(True)
        self.requested_by_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.requested_by_value, 2, 1, 1, 1)

        self.repair_label = QLabel(DisposalDecisionDialog)
        self.repair_label.setObjectName(u"repair_label")
        self.repair_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.repair_label, 2, 2, 1, 1)

        self.repair_value = QLabel(DisposalDecisionDialog)
        self.repair_value.setObjectName(u"repair_value")
        self.repair_value.setWordWrap(True)
        self.repair_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.repair_value, 2, 3, 1, 1)

        self.assessors_label = QLabel(DisposalDecisionDialog)
        self.assessors_label.setObjectName(u"assessors_label")
        self.assessors_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.assessors_label, 3, 0, 1, 1)

        self.assessors_value = QLabel(DisposalDecisionDialog)
        self.assessors_value.setObjectName(u"assessors_value")
        self.assessors_value.setWordWrap(True)
        self.assessors_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.assessors_value, 3, 1, 1, 3)

        self.reason_label = QLabel(DisposalDecisionDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignTop)

        self.info_layout.addWidget(self.reason_label, 4, 0, 1, 1)

        self.reason_value = QLabel(DisposalDecisionDialog)
        self.reason_value.setObjectName(u"reason_value")
        self.reason_value.setWordWrap(True)
        self.reason_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.reason_value, 4, 1, 1, 3)

        self.condition_label = QLabel(DisposalDecisionDialog)
        self.condition_label.setObjectName(u"condition_label")
        self.condition_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignTop)

        self.info_layout.addWidget(self.condition_label, 5, 0, 1, 1)

        self.condition_value = QLabel(DisposalDecisionDialog)
        self.condition_value.setObjectName(u"condition_value")
        self.condition_value.setWordWrap(True)
        self.condition_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.condition_value, 5, 1, 1, 3)

        self.approval_label = QLabel(DisposalDecisionDialog)
        self.approval_label.setObjectName(u"approval_label")
        self.approval_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.info_layout.addWidget(self.approval_label, 6, 0, 1, 1)

        self.approval_value = QLabel(DisposalDecisionDialog)
        self.approval_value.setObjectName(u"approval_value")
        self.approval_value.setWordWrap(True)
        self.approval_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.info_layout.addWidget(self.approval_value, 6, 1, 1, 3)

        self.info_layout.setColumnStretch(1, 1)
        self.info_layout.setColumnStretch(3, 1)

        self.main_layout.addLayout(self.info_layout)

        self.lines_view = QTableView(DisposalDecisionDialog)
        self.lines_view.setObjectName(u"lines_view")
        self.lines_view.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectItems)

        self.main_layout.addWidget(self.lines_view)

        self.totals_label = QLabel(DisposalDecisionDialog)
        self.totals_label.setObjectName(u"totals_label")

        self.main_layout.addWidget(self.totals_label)

        self.decision_group = QGroupBox(DisposalDecisionDialog)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_layout = QGridLayout(self.decision_group)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decided_by_label = QLabel(self.decision_group)
        self.decided_by_label.setObjectName(u"decided_by_label")
        self.decided_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.decision_layout.addWidget(self.decided_by_label, 0, 0, 1, 1)

        self.decided_by_edit = QLineEdit(self.decision_group)
        self.decided_by_edit.setObjectName(u"decided_by_edit")
        self.decided_by_edit.setMaxLength(30)

        self.decision_layout.addWidget(self.decided_by_edit, 0, 1, 1, 1)

        self.decided_on_label = QLabel(self.decision_group)
        self.decided_on_label.setObjectName(u"decided_on_label")
        self.decided_on_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.decision_layout.addWidget(self.decided_on_label, 0, 2, 1, 1)

        self.decided_on_edit = QDateEdit(self.decision_group)
        self.decided_on_edit.setObjectName(u"decided_on_edit")
        self.decided_on_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.decided_on_edit.setCalendarPopup(True)

        self.decision_layout.addWidget(self.decided_on_edit, 0, 3, 1, 1)

        self.method_label = QLabel(self.decision_group)
        self.method_label.setObjectName(u"method_label")
        self.method_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.decision_layout.addWidget(self.method_label, 0, 4, 1, 1)

        self.method_combo = QComboBox(self.decision_group)
        self.method_combo.setObjectName(u"method_combo")

        self.decision_layout.addWidget(self.method_combo, 0, 5, 1, 1)

        self.note_label = QLabel(self.decision_group)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.decision_layout.addWidget(self.note_label, 1, 0, 1, 1)

        self.note_edit = QLineEdit(self.decision_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(300)

        self.decision_layout.addWidget(self.note_edit, 1, 1, 1, 5)

        self.residual_hint_label = QLabel(self.decision_group)
        self.residual_hint_label.setObjectName(u"residual_hint_label")
        self.residual_hint_label.setWordWrap(True)

        self.decision_layout.addWidget(self.residual_hint_label, 2, 1, 1, 5)

        self.decision_layout.setColumnStretch(1, 1)
        self.decision_layout.setColumnStretch(3, 1)
        self.decision_layout.setColumnStretch(5, 1)

        self.main_layout.addWidget(self.decision_group)

        self.error_label = QLabel(DisposalDecisionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.approve_button = QPushButton(DisposalDecisionDialog)
        self.approve_button.setObjectName(u"approve_button")
        self.approve_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.approve_button)

        self.reject_button = QPushButton(DisposalDecisionDialog)
        self.reject_button.setObjectName(u"reject_button")
        self.reject_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.reject_button)

        self.print_button = QPushButton(DisposalDecisionDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(DisposalDecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.decided_by_label.setBuddy(self.decided_by_edit)
        self.decided_on_label.setBuddy(self.decided_on_edit)
        self.method_label.setBuddy(self.method_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lines_view, self.decided_by_edit)
        QWidget.setTabOrder(self.decided_by_edit, self.decided_on_edit)
        QWidget.setTabOrder(self.decided_on_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.reject_button)
        QWidget.setTabOrder(self.reject_button, self.print_button)

        self.retranslateUi(DisposalDecisionDialog)
        self.button_box.rejected.connect(DisposalDecisionDialog.reject)

        QMetaObject.connectSlotsByName(DisposalDecisionDialog)
    # setupUi

    def retranslateUi(self, DisposalDecisionDialog):
        DisposalDecisionDialog.setWindowTitle(QCoreApplication.translate("DisposalDecisionDialog", u"\u62a5\u5e9f\u7533\u8bf7", None))
        self.number_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u7f16\u53f7", None))
        self.state_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u72b6\u6001", None))
        self.kind_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u7533\u8bf7\u7c7b\u578b", None))
        self.date_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u7533\u8bf7\u65e5\u671f", None))
        self.requested_by_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u7533\u8bf7\u4eba", None))
        self.repair_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u4fee\u590d\u4ef7\u503c", None))
        self.assessors_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u9274\u5b9a\u4eba", None))
        self.reason_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u539f\u56e0", None))
        self.condition_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u8d44\u4ea7\u73b0\u72b6", None))
        self.approval_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u5ba1\u6279\u6743\u9650", None))
        self.decision_group.setTitle(QCoreApplication.translate("DisposalDecisionDialog", u"\u5ba1\u6279", None))
        self.decided_by_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u5ba1\u6279\u4eba*", None))
        self.decided_on_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u5ba1\u6279\u65e5\u671f", None))
        self.method_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u5904\u7f6e\u65b9\u5f0f", None))
        self.note_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u5ba1\u6279\u610f\u89c1", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("DisposalDecisionDialog", u"\u6279\u51c6\u65f6\u53ef\u5199\u610f\u89c1\uff1b\u9a73\u56de\u65f6\u5fc5\u987b\u5199\u660e\u7406\u7531", None))
        self.residual_hint_label.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u6279\u51c6\u524d\uff0c\u5728\u4e0a\u8868\u201c\u6b8b\u503c\uff08\u5143\uff09\u201d\u4e00\u680f\u586b\u5199\u6bcf\u4ef6\u8d44\u4ea7\u7684\u6b8b\u503c\u6536\u5165\uff08\u51fa\u552e\u6240\u5f97\u3001\u56de\u6536\u4ef7\uff09\uff0c\u6ca1\u6709\u53ef\u7559\u7a7a\u3002", None))
        self.approve_button.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u6279\u51c6(&A)", None))
        self.reject_button.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u9a73\u56de(&J)", None))
        self.print_button.setText(QCoreApplication.translate("DisposalDecisionDialog", u"\u6253\u5370\u7533\u8bf7\u8868(&P)", None))
    # retranslateUi

