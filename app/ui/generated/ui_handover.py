# Generated from forms/handover.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(1180, 660)
        self.main_layout = QVBoxLayout(HandoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(8)
        self.header_layout.setObjectName(u"header_layout")
        self.kind_label = QLabel(HandoverDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.header_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(HandoverDialog)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setMinimumSize(QSize(120, 0))

        self.header_layout.addWidget(self.kind_combo)

        self.header_gap = QSpacerItem(24, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_gap)

        self.date_label = QLabel(HandoverDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_layout.addWidget(self.date_label)

        self.date_edit = QDateEdit(HandoverDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)

        self.header_layout.addWidget(self.date_edit)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)


        self.main_layout.addLayout(self.header_layout)

        self.picker_layout = QGridLayout()
        self.picker_layout.setObjectName(u"picker_layout")
        self.available_label = QLabel(HandoverDialog)
        self.available_label.setObjectName(u"available_label")

        self.picker_layout.addWidget(self.available_label, 0, 0, 1, 1)

        self.selected_label = QLabel(HandoverDialog)
        self.selected_label.setObjectName(u"selected_label")

        self.picker_layout.addWidget(self.selected_label, 0, 2, 1, 1)

        self.search_edit = QLineEdit(HandoverDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.picker_layout.addWidget(self.search_edit, 1, 0, 1, 1)

        self.selection_summary_label = QLabel(HandoverDialog)
        self.selection_summary_label.setObjectName(u"selection_summary_label")

        self.picker_layout.addWidget(self.selection_summary_label, 1, 2, 1, 1)

        self.available_view = QTableView(HandoverDialog)
        self.available_view.setObjectName(u"available_view")
        self.available_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.available_view.setAlternatingRowColors(True)
        self.available_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.available_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.available_view.horizontalHeader().setStretchLastSection(True)
        self.available_view.verticalHeader().setVisible(False)

        self.picker_layout.addWidget(self.available_view, 2, 0, 1, 1)

        self.move_buttons_layout = QVBoxLayout()
        self.move_buttons_layout.setObjectName(u"move_buttons_layout")
        self.move_buttons_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.move_buttons_layout.addItem(self.move_buttons_top_spacer)

        self.add_button = QPushButton(HandoverDialog)
        self.add_button.setObjectName(u"add_button")

        self.move_buttons_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(HandoverDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.move_buttons_layout.addWidget(self.remove_button)

        self.move_buttons_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.move_buttons_layout.addItem(self.move_buttons_bottom_spacer)


        self.picker_layout.addLayout(self.move_buttons_layout, 2, 1, 1, 1)

        self.selected_view = QTableView(HandoverDialog)
        self.selected_view.setObjectName(u"selected_view")
        self.selected_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.selected_view.setAlternatingRowColors(True)
        self.selected_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.selected_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.selected_view.horizontalHeader().setStretchLastSection(True)
        self.selected_view.verticalHeader().setVisible(False)

        self.picker_layout.addWidget(self.selected_view, 2, 2, 1, 1)

        self.picker_layout.setRowStretch(2, 1)
        self.picker_layout.setColumnStretch(0, 1)
        self.picker_layout.setColumnStretch(2, 1)

        self.main_layout.addLayout(self.picker_layout)

        self.parties_layout = QHBoxLayout()
        self.parties_layout.setSpacing(12)
        self.parties_layout.setObjectName(u"parties_layout")
        self.receiver_group = QGroupBox(HandoverDialog)
        self.receiver_group.setObjectName(u"receiver_group")
        self.receiver_form = QFormLayout(self.receiver_group)
        self.receiver_form.setObjectName(u"receiver_form")
        self.receiver_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.receiver_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.to_person_label = QLabel(self.receiver_group)
        self.to_person_label.setObjectName(u"to_person_label")

        self.receiver_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.to_person_label)

        self.to_person_combo = QComboBox(self.receiver_group)
        self.to_person_combo.setObjectName(u"to_person_combo")

        self.receiver_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.to_person_combo)

        self.to_room_label = QLabel(self.receiver_group)
        self.to_room_label.setObjectName(u"to_room_label")

        self.receiver_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_room_label)

        self.to_room_combo = QComboBox(self.receiver_group)
        self.to_room_combo.setObjectName(u"to_room_combo")

        self.receiver_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.to_room_combo)

        self.to_department_label = QLabel(self.receiver_group)
        self.to_department_label.setObjectName(u"to_department_label")

        self.receiver_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.to_department_label)

        self.to_department_combo = QComboBox(self.receiver_group)
        self.to_department_combo.setObjectName(u"to_department_combo")

        self.receiver_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.to_department_combo)


        self.parties_layout.addWidget(self.receiver_group)

        self.signature_group = QGroupBox(HandoverDialog)
        self.signature_group.setObjectName(u"signature_group")
        self.signature_grid = QGridLayout(self.signature_group)
        self.signature_grid.setObjectName(u"signature_grid")
        self.signature_grid.setHorizontalSpacing(8)
        self.handed_by_label = QLabel(self.signature_group)
        self.handed_by_label.setObjectName(u"handed_by_label")
        self.handed_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.handed_by_label, 0, 0, 1, 1)

        self.handed_by_edit = QLineEdit(self.signature_group)
        self.handed_by_edit.setObjectName(u"handed_by_edit")
        self.handed_by_edit.setMaxLength(40)

        self.signature_grid.addWidget(self.handed_by_edit, 0, 1, 1, 1)

        self.received_by_label = QLabel(self.signature_group)
        self.received_by_label.setObjectName(u"received_by_label")
        self.received_by_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.received_by_label, 0, 2, 1, 1)

        self.received_by_edit = QLineEdit(self.signature_group)
        self.received_by_edit.setObjectName(u"received_by_edit")
        self.received_by_edit.setMaxLength(40)

        self.signature_grid.addWidget(self.received_by_edit, 0, 3, 1, 1)

        self.manager_label = QLabel(self.signature_group)
        self.manager_label.setObjectName(u"manager_label")
        self.manager_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.manager_label, 1, 0, 1, 1)

        self.manager_edit = QLineEdit(self.signature_group)
        self.manager_edit.setObjectName(u"manager_edit")
        self.manager_edit.setMaxLength(40)

        self.signature_grid.addWidget(self.manager_edit, 1, 1, 1, 1)

        self.approver_label = QLabel(self.signature_group)
        self.approver_label.setObjectName(u"approver_label")
        self.approver_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.approver_label, 1, 2, 1, 1)

        self.approver_edit = QLineEdit(self.signature_group)
        self.approver_edit.setObjectName(u"approver_edit")
        self.approver_edit.setMaxLength(40)

        self.signature_grid.addWidget(self.approver_edit, 1, 3, 1, 1)

        self.note_label = QLabel(self.signature_group)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.signature_grid.addWidget(self.note_label, 2, 0, 1, 1)

        self.note_edit = QLineEdit(self.signature_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.signature_grid.addWidget(self.note_edit, 2, 1, 1, 3)


        self.parties_layout.addWidget(self.signature_group)

        self.parties_layout.setStretch(0, 2)
        self.parties_layout.setStretch(1, 3)

        self.main_layout.addLayout(self.parties_layout)

        self.error_label = QLabel(HandoverDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.date_label.setBuddy(self.date_edit)
        self.available_label.setBuddy(self.available_view)
        self.selected_label.setBuddy(self.selected_view)
        self.to_person_label.setBuddy(self.to_person_combo)
        self.to_room_label.setBuddy(self.to_room_combo)
        self.to_department_label.setBuddy(self.to_department_combo)
        self.handed_by_label.setBuddy(self.handed_by_edit)
        self.received_by_label.setBuddy(self.received_by_edit)
        self.manager_label.setBuddy(self.manager_edit)
        self.approver_label.setBuddy(self.approver_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.available_view)
        QWidget.setTabOrder(self.available_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.selected_view)
        QWidget.setTabOrder(self.selected_view, self.to_person_combo)
        QWidget.setTabOrder(self.to_person_combo, self.to_room_combo)
        QWidget.setTabOrder(self.to_room_combo, self.to_department_combo)
        QWidget.setTabOrder(self.to_department_combo, self.handed_by_edit)
        QWidget.setTabOrder(self.handed_by_edit, self.received_by_edit)
        QWidget.setTabOrder(self.received_by_edit, self.manager_edit)
        QWidget.setTabOrder(self.manager_edit, self.approver_edit)
        QWidget.setTabOrder(self.approver_edit, self.note_edit)

        self.retranslateUi(HandoverDialog)
        self.button_box.accepted.connect(HandoverDialog.accept)
        self.button_box.rejected.connect(HandoverDialog.reject)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"\u8d44\u4ea7\u4ea4\u63a5", None))
        self.kind_label.setText(QCoreApplication.translate("HandoverDialog", u"\u4ea4\u63a5\u7c7b\u578b", None))
        self.date_label.setText(QCoreApplication.translate("HandoverDialog", u"\u4ea4\u63a5\u65e5\u671f", None))
        self.available_label.setText(QCoreApplication.translate("HandoverDialog", u"\u53ef\u9009\u8d44\u4ea7", None))
        self.selected_label.setText(QCoreApplication.translate("HandoverDialog", u"\u672c\u6b21\u4ea4\u63a5\u8d44\u4ea7", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"\u8f93\u5165\u8d44\u4ea7\u7f16\u53f7\u3001\u540d\u79f0\u6216\u4fdd\u7ba1\u4eba\u7b5b\u9009", None))
        self.selection_summary_label.setText(QCoreApplication.translate("HandoverDialog", u"\u5df2\u9009 0 \u4ef6\uff0c\u539f\u503c\u5408\u8ba1 \u00a50.00", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("HandoverDialog", u"\u628a\u9009\u4e2d\u7684\u8d44\u4ea7\u52a0\u5165\u672c\u6b21\u4ea4\u63a5", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("HandoverDialog", u"\u6dfb\u52a0 \u2192", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("HandoverDialog", u"\u628a\u9009\u4e2d\u7684\u8d44\u4ea7\u79fb\u51fa\u672c\u6b21\u4ea4\u63a5", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("HandoverDialog", u"\u2190 \u79fb\u9664", None))
        self.receiver_group.setTitle(QCoreApplication.translate("HandoverDialog", u"\u63a5\u6536\u65b9", None))
        self.to_person_label.setText(QCoreApplication.translate("HandoverDialog", u"\u63a5\u6536\u4eba", None))
        self.to_room_label.setText(QCoreApplication.translate("HandoverDialog", u"\u5b58\u653e\u5730\u70b9", None))
        self.to_department_label.setText(QCoreApplication.translate("HandoverDialog", u"\u4f7f\u7528\u90e8\u95e8", None))
        self.signature_group.setTitle(QCoreApplication.translate("HandoverDialog", u"\u7b7e\u5b57", None))
        self.handed_by_label.setText(QCoreApplication.translate("HandoverDialog", u"\u79fb\u4ea4\u4eba", None))
        self.received_by_label.setText(QCoreApplication.translate("HandoverDialog", u"\u63a5\u6536\u4eba\u7b7e\u5b57", None))
        self.manager_label.setText(QCoreApplication.translate("HandoverDialog", u"\u8d44\u4ea7\u7ba1\u7406\u5458", None))
        self.approver_label.setText(QCoreApplication.translate("HandoverDialog", u"\u5ba1\u6279\u4eba", None))
        self.note_label.setText(QCoreApplication.translate("HandoverDialog", u"\u5907\u6ce8", None))
    # retranslateUi

