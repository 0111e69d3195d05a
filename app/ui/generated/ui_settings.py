# Generated from forms/settings.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 390)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.school_group = QGroupBox(SettingsDialog)
        self.school_group.setObjectName(u"school_group")
        self.school_form = QFormLayout(self.school_group)
        self.school_form.setObjectName(u"school_form")
        self.school_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.school_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.school_name_label = QLabel(self.school_group)
        self.school_name_label.setObjectName(u"school_name_label")

        self.school_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.school_name_label)

        self.school_name_edit = QLineEdit(self.school_group)
        self.school_name_edit.setObjectName(u"school_name_edit")
        self.school_name_edit.setMaxLength(100)

        self.school_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school_name_edit)


        self.main_layout.addWidget(self.school_group)

        self.numbering_group = QGroupBox(SettingsDialog)
        self.numbering_group.setObjectName(u"numbering_group")
        self.numbering_form = QFormLayout(self.numbering_group)
        self.numbering_form.setObjectName(u"numbering_form")
        self.numbering_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.numbering_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.asset_number_pattern_label = QLabel(self.numbering_group)
        self.asset_number_pattern_label.setObjectName(u"asset_number_pattern_label")

        self.numbering_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.asset_number_pattern_label)

        self.asset_number_pattern_edit = QLineEdit(self.numbering_group)
        self.asset_number_pattern_edit.setObjectName(u"asset_number_pattern_edit")
        self.asset_number_pattern_edit.setPlaceholderText(u"{year}-{cat}-{seq:05d}")

        self.numbering_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.asset_number_pattern_edit)

        self.asset_number_pattern_hint_label = QLabel(self.numbering_group)
        self.asset_number_pattern_hint_label.setObjectName(u"asset_number_pattern_hint_label")
        self.asset_number_pattern_hint_label.setStyleSheet(u"color: #666666;")
        self.asset_number_pattern_hint_label.setWordWrap(True)

        self.numbering_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.asset_number_pattern_hint_label)

        self.asset_number_example_label = QLabel(self.numbering_group)
        self.asset_number_example_label.setObjectName(u"asset_number_example_label")
        self.asset_number_example_label.setText(u"")

        self.numbering_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.asset_number_example_label)


        self.main_layout.addWidget(self.numbering_group)

        self.fixed_asset_group = QGroupBox(SettingsDialog)
        self.fixed_asset_group.setObjectName(u"fixed_asset_group")
        self.fixed_asset_form = QFormLayout(self.fixed_asset_group)
        self.fixed_asset_form.setObjectName(u"fixed_asset_form")
        self.fixed_asset_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fixed_asset_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.threshold_label = QLabel(self.fixed_asset_group)
        self.threshold_label.setObjectName(u"threshold_label")

        self.fixed_asset_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.threshold_label)

        self.threshold_edit = QLineEdit(self.fixed_asset_group)
        self.threshold_edit.setObjectName(u"threshold_edit")
        self.threshold_edit.setMaximumSize(QSize(160, 16777215))
        self.threshold_edit.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.threshold_edit.setPlaceholderText(u"1000.00")

        self.fixed_asset_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.threshold_edit)

        self.threshold_hint_label = QLabel(self.fixed_asset_group)
        self.threshold_hint_label.setObjectName(u"threshold_hint_label")
        self.threshold_hint_label.setStyleSheet(u"color: #666666;")
        self.threshold_hint_label.setWordWrap(True)

        self.fixed_asset_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.threshold_hint_label)

        self.depreciation_start_label = QLabel(self.fixed_asset_group)
        self.depreciation_start_label.setObjectName(u"depreciation_start_label")

        self.fixed_asset_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.depreciation_start_label)

        self.depreciation_start_combo = QComboBox(self.fixed_asset_group)
        self.depreciation_start_combo.addItem("")
        self.depreciation_start_combo.addItem("")
        self.depreciation_start_combo.setObjectName(u"depreciation_start_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.depreciation_start_combo.sizePolicy().hasHeightForWidth())
        self.depreciation_start_combo.setSizePolicy(sizePolicy)

        self.fixed_asset_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.depreciation_start_combo)


        self.main_layout.addWidget(self.fixed_asset_group)

        self.vertical_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.error_label = QLabel(SettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.school_name_label.setBuddy(self.school_name_edit)
        self.asset_number_pattern_label.setBuddy(self.asset_number_pattern_edit)
        self.threshold_label.setBuddy(self.threshold_edit)
        self.depreciation_start_label.setBuddy(self.depreciation_start_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.school_name_edit, self.asset_number_pattern_edit)
        QWidget.setTabOrder(self.asset_number_pattern_edit, self.threshold_edit)
        QWidget.setTabOrder(self.threshold_edit, self.depreciation_start_combo)

        self.retranslateUi(SettingsDialog)
        self.button_box.accepted.connect(SettingsDialog.accept)
        self.button_box.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.school_group.setTitle(QCoreApplication.translate("SettingsDialog", u"\u5b66\u6821\u4fe1\u606f", None))
        self.school_name_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5b66\u6821\u540d\u79f0*", None))
        self.school_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u5728\u5404\u7c7b\u5355\u636e\u548c\u62a5\u8868\u7684\u62ac\u5934", None))
        self.numbering_group.setTitle(QCoreApplication.translate("SettingsDialog", u"\u8d44\u4ea7\u7f16\u53f7", None))
        self.asset_number_pattern_label.setText(QCoreApplication.translate("SettingsDialog", u"\u7f16\u53f7\u89c4\u5219*", None))
        self.asset_number_pattern_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u53ef\u7528\u5360\u4f4d\u7b26\uff1a{year} \u5e74\u4efd\uff0c{cat} \u5206\u7c7b\u7b80\u7801\uff08\u5982 XX\uff09\uff0c\n"
"{code} \u5206\u7c7b\u4ee3\u7801\uff0c{seq:05d} \u4e94\u4f4d\u6d41\u6c34\u53f7\u3002", None))
        self.fixed_asset_group.setTitle(QCoreApplication.translate("SettingsDialog", u"\u56fa\u5b9a\u8d44\u4ea7", None))
        self.threshold_label.setText(QCoreApplication.translate("SettingsDialog", u"\u56fa\u5b9a\u8d44\u4ea7\u4ef7\u503c\u6807\u51c6\uff08\u5143\uff09", None))
        self.threshold_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4ef7\u8fbe\u5230\u6b64\u91d1\u989d\u7684\u767b\u8bb0\u4e3a\u56fa\u5b9a\u8d44\u4ea7\uff0c\u4f4e\u4e8e\u6b64\u91d1\u989d\u7684\u6309\u4f4e\u503c\u6613\u8017\u54c1\u7ba1\u7406\u3002", None))
        self.depreciation_start_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6298\u65e7\u8d77\u59cb\u6708\u4efd", None))
        self.depreciation_start_combo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"\u5f53\u6708", None))
        self.depreciation_start_combo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"\u6b21\u6708", None))

    # retranslateUi

