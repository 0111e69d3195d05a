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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 420)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_form = QFormLayout(self.general_tab)
        self.general_form.setObjectName(u"general_form")
        self.general_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.general_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.school_name_label = QLabel(self.general_tab)
        self.school_name_label.setObjectName(u"school_name_label")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.school_name_label)

        self.school_name_edit = QLineEdit(self.general_tab)
        self.school_name_edit.setObjectName(u"school_name_edit")
        self.school_name_edit.setMaxLength(100)

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school_name_edit)

        self.school_name_hint_label = QLabel(self.general_tab)
        self.school_name_hint_label.setObjectName(u"school_name_hint_label")
        self.school_name_hint_label.setStyleSheet(u"color: #666666;")
        self.school_name_hint_label.setWordWrap(True)

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.school_name_hint_label)

        self.tabs.addTab(self.general_tab, "")
        self.asset_tab = QWidget()
        self.asset_tab.setObjectName(u"asset_tab")
        self.asset_form = QFormLayout(self.asset_tab)
        self.asset_form.setObjectName(u"asset_form")
        self.asset_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.asset_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.asset_number_pattern_label = QLabel(self.asset_tab)
        self.asset_number_pattern_label.setObjectName(u"asset_number_pattern_label")

        self.asset_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.asset_number_pattern_label)

        self.asset_number_pattern_edit = QLineEdit(self.asset_tab)
        self.asset_number_pattern_edit.setObjectName(u"asset_number_pattern_edit")
        self.asset_number_pattern_edit.setPlaceholderText(u"{year}-{cat}-{seq:05d}")

        self.asset_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.asset_number_pattern_edit)

        self.asset_number_pattern_hint_label = QLabel(self.asset_tab)
        self.asset_number_pattern_hint_label.setObjectName(u"asset_number_pattern_hint_label")
        self.asset_number_pattern_hint_label.setStyleSheet(u"color: #666666;")
        self.asset_number_pattern_hint_label.setWordWrap(True)

        self.asset_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.asset_number_pattern_hint_label)

        self.asset_number_example_label = QLabel(self.asset_tab)
        self.asset_number_example_label.setObjectName(u"asset_number_example_label")
        self.asset_number_example_label.setText(u"")

        self.asset_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.asset_number_example_label)

        self.threshold_label = QLabel(self.asset_tab)
        self.threshold_label.setObjectName(u"threshold_label")

        self.asset_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.threshold_label)

        self.threshold_edit = QLineEdit(self.asset_tab)
        self.threshold_edit.setObjectName(u"threshold_edit")
        self.threshold_edit.setMaximumSize(QSize(160, 16777215))
        self.threshold_edit.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.threshold_edit.setPlaceholderText(u"1000.00")

        self.asset_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.threshold_edit)

        self.threshold_hint_label = QLabel(self.asset_tab)
        self.threshold_hint_label.setObjectName(u"threshold_hint_label")
        self.threshold_hint_label.setStyleSheet(u"color: #666666;")
        self.threshold_hint_label.setWordWrap(True)

        self.asset_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.threshold_hint_label)

        self.depreciation_start_label = QLabel(self.asset_tab)
        self.depreciation_start_label.setObjectName(u"depreciation_start_label")

        self.asset_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.depreciation_start_label)

        self.depreciation_start_combo = QComboBox(self.asset_tab)
        self.depreciation_start_combo.addItem("")
        self.depreciation_start_combo.addItem("")
        self.depreciation_start_combo.setObjectName(u"depreciation_start_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.depreciation_start_combo.sizePolicy().hasHeightForWidth())
        self.depreciation_start_combo.setSizePolicy(sizePolicy)

        self.asset_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.depreciation_start_combo)

        self.depreciation_hint_label = QLabel(self.asset_tab)
        self.depreciation_hint_label.setObjectName(u"depreciation_hint_label")
        self.depreciation_hint_label.setStyleSheet(u"color: #666666;")
        self.depreciation_hint_label.setWordWrap(True)

        self.asset_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.depreciation_hint_label)

        self.tabs.addTab(self.asset_tab, "")
        self.numbering_tab = QWidget()
        self.numbering_tab.setObjectName(u"numbering_tab")
        self.prefix_form = QFormLayout(self.numbering_tab)
        self.prefix_form.setObjectName(u"prefix_form")
        self.prefix_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.prefix_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.prefix_hint_label = QLabel(self.numbering_tab)
        self.prefix_hint_label.setObjectName(u"prefix_hint_label")
        self.prefix_hint_label.setStyleSheet(u"color: #666666;")
        self.prefix_hint_label.setWordWrap(True)

        self.prefix_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.prefix_hint_label)

        self.tabs.addTab(self.numbering_tab, "")
        self.stock_tab = QWidget()
        self.stock_tab.setObjectName(u"stock_tab")
        self.stock_form = QFormLayout(self.stock_tab)
        self.stock_form.setObjectName(u"stock_form")
        self.stock_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.stock_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.forbid_self_approval_check = QCheckBox(self.stock_tab)
        self.forbid_self_approval_check.setObjectName(u"forbid_self_approval_check")

        self.stock_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.forbid_self_approval_check)

        self.requisition_two_copies_check = QCheckBox(self.stock_tab)
        self.requisition_two_copies_check.setObjectName(u"requisition_two_copies_check")

        self.stock_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.requisition_two_copies_check)

        self.tabs.addTab(self.stock_tab, "")
        self.disposal_tab = QWidget()
        self.disposal_tab.setObjectName(u"disposal_tab")
        self.disposal_form = QFormLayout(self.disposal_tab)
        self.disposal_form.setObjectName(u"disposal_form")
        self.disposal_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.disposal_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.disposal_hint_label = QLabel(self.disposal_tab)
        self.disposal_hint_label.setObjectName(u"disposal_hint_label")
        self.disposal_hint_label.setStyleSheet(u"color: #666666;")
        self.disposal_hint_label.setWordWrap(True)

        self.disposal_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.disposal_hint_label)

        self.director_limit_label = QLabel(self.disposal_tab)
        self.director_limit_label.setObjectName(u"director_limit_label")

        self.disposal_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.director_limit_label)

        self.director_limit_edit = QLineEdit(self.disposal_tab)
        self.director_limit_edit.setObjectName(u"director_limit_edit")
        self.director_limit_edit.setMaximumSize(QSize(160, 16777215))
        self.director_limit_edit.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.director_limit_edit.setPlaceholderText(u"500.00")

        self.disposal_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.director_limit_edit)

        self.principal_limit_label = QLabel(self.disposal_tab)
        self.principal_limit_label.setObjectName(u"principal_limit_label")

        self.disposal_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.principal_limit_label)

        self.principal_limit_edit = QLineEdit(self.disposal_tab)
        self.principal_limit_edit.setObjectName(u"principal_limit_edit")
        self.principal_limit_edit.setMaximumSize(QSize(160, 16777215))
        self.principal_limit_edit.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.principal_limit_edit.setPlaceholderText(u"10000.00")

        self.disposal_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.principal_limit_edit)

        self.tabs.addTab(self.disposal_tab, "")

        self.main_layout.addWidget(self.tabs)

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
        self.director_limit_label.setBuddy(self.director_limit_edit)
        self.principal_limit_label.setBuddy(self.principal_limit_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.school_name_edit)
        QWidget.setTabOrder(self.school_name_edit, self.asset_number_pattern_edit)
        QWidget.setTabOrder(self.asset_number_pattern_edit, self.threshold_edit)
        QWidget.setTabOrder(self.threshold_edit, self.depreciation_start_combo)
        QWidget.setTabOrder(self.depreciation_start_combo, self.forbid_self_approval_check)
        QWidget.setTabOrder(self.forbid_self_approval_check, self.requisition_two_copies_check)
        QWidget.setTabOrder(self.requisition_two_copies_check, self.director_limit_edit)
        QWidget.setTabOrder(self.director_limit_edit, self.principal_limit_edit)

        self.retranslateUi(SettingsDialog)
        self.button_box.accepted.connect(SettingsDialog.accept)
        self.button_box.rejected.connect(SettingsDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.school_name_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5b66\u6821\u540d\u79f0*", None))
        self.school_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u5728\u5404\u7c7b\u5355\u636e\u548c\u62a5\u8868\u7684\u62ac\u5934", None))
        self.school_name_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5b66\u6821\u540d\u79f0\u5370\u5728\u6bcf\u4e00\u5f20\u5355\u636e\u3001\u5361\u7247\u548c\u53f0\u8d26\u7684\u62ac\u5934\uff0c\u8bf7\u586b\u5199\u5168\u79f0\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("SettingsDialog", u"\u5e38\u89c4", None))
        self.asset_number_pattern_label.setText(QCoreApplication.translate("SettingsDialog", u"\u7f16\u53f7\u89c4\u5219*", None))
        self.asset_number_pattern_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u53ef\u7528\u5360\u4f4d\u7b26\uff1a{year} \u5e74\u4efd\uff0c{cat} \u5206\u7c7b\u7b80\u7801\uff08\u5982 XX\uff09\uff0c\n"
"{code} \u5206\u7c7b\u4ee3\u7801\uff0c{seq:05d} \u4e94\u4f4d\u6d41\u6c34\u53f7\u3002", None))
        self.threshold_label.setText(QCoreApplication.translate("SettingsDialog", u"\u56fa\u5b9a\u8d44\u4ea7\u4ef7\u503c\u6807\u51c6\uff08\u5143\uff09", None))
        self.threshold_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4ef7\u8fbe\u5230\u6b64\u91d1\u989d\u7684\u767b\u8bb0\u4e3a\u56fa\u5b9a\u8d44\u4ea7\uff0c\u4f4e\u4e8e\u6b64\u91d1\u989d\u7684\u6309\u4f4e\u503c\u6613\u8017\u54c1\u7ba1\u7406\u3002", None))
        self.depreciation_start_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6298\u65e7\u8d77\u59cb\u6708\u4efd", None))
        self.depreciation_start_combo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"\u5f53\u6708", None))
        self.depreciation_start_combo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"\u6b21\u6708", None))

        self.depreciation_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6309\u300a\u653f\u5e9c\u4f1a\u8ba1\u5236\u5ea6\u300b\uff0c\u56fa\u5b9a\u8d44\u4ea7\u6309\u6708\u8ba1\u63d0\u6298\u65e7\uff0c\u901a\u5e38\u81ea\u53d6\u5f97\u7684\u6b21\u6708\u8d77\u8ba1\u63d0\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.asset_tab), QCoreApplication.translate("SettingsDialog", u"\u8d44\u4ea7\u7f16\u53f7\u4e0e\u6298\u65e7", None))
        self.prefix_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u636e\u7f16\u53f7\u5f62\u5982\u201c\u524d\u7f00-\u5e74\u4efd-\u6d41\u6c34\u53f7\u201d\uff0c\u6bcf\u5e74\u4ece 0001 \u8d77\u8fde\u7eed\u7f16\u53f7\u3002\u524d\u7f00\u7528 1 \u5230 6 \u4e2a\u82f1\u6587\u5927\u5199\u5b57\u6bcd\uff0c\u5404\u7c7b\u5355\u636e\u4e0d\u80fd\u76f8\u540c\u3002\u4fee\u6539\u524d\u7f00\u53ea\u5f71\u54cd\u4ee5\u540e\u5f00\u5177\u7684\u5355\u636e\uff0c\u5df2\u5f00\u5177\u7684\u5355\u636e\u7f16\u53f7\u4e0d\u53d8\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.numbering_tab), QCoreApplication.translate("SettingsDialog", u"\u5355\u636e\u7f16\u53f7", None))
        self.forbid_self_approval_check.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0d\u5141\u8bb8\u5ba1\u6279\u81ea\u5df1\u586b\u5199\u6216\u9886\u7528\u7684\u9886\u7528\u5355\uff08\u4e0d\u76f8\u5bb9\u5c97\u4f4d\u5206\u79bb\uff09", None))
        self.requisition_two_copies_check.setText(QCoreApplication.translate("SettingsDialog", u"\u9886\u7528\u5355\u4e00\u5f0f\u4e24\u8054\u6253\u5370\uff08\u9886\u7528\u4eba\u3001\u5e93\u623f\u5404\u7559\u4e00\u8054\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stock_tab), QCoreApplication.translate("SettingsDialog", u"\u5e93\u623f", None))
        self.disposal_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"\u62a5\u5e9f\u7533\u8bf7\u6309\u8d44\u4ea7\u51c0\u503c\u5408\u8ba1\u9010\u7ea7\u5ba1\u6279\uff1a\u4e0d\u8d85\u8fc7\u540e\u52e4\u4e3b\u4efb\u9650\u989d\u7684\u7531\u540e\u52e4\u4e3b\u4efb\u5ba1\u6279\uff1b\u8d85\u8fc7\u540e\u52e4\u4e3b\u4efb\u9650\u989d\u3001\u4e0d\u8d85\u8fc7\u6821\u957f\u9650\u989d\u7684\u8fd8\u987b\u6821\u957f\u5ba1\u6279\uff1b\u8d85\u8fc7\u6821\u957f\u9650\u989d\u7684\u987b\u63d0\u4ea4\u6821\u52a1\u4f1a\u96c6\u4f53\u51b3\u7b56\uff08\u4e09\u91cd\u4e00\u5927\uff09\u3002", None))
        self.director_limit_label.setText(QCoreApplication.translate("SettingsDialog", u"\u540e\u52e4\u4e3b\u4efb\u5ba1\u6279\u9650\u989d\uff08\u5143\uff09", None))
        self.principal_limit_label.setText(QCoreApplication.translate("SettingsDialog", u"\u6821\u957f\u5ba1\u6279\u9650\u989d\uff08\u5143\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.disposal_tab), QCoreApplication.translate("SettingsDialog", u"\u62a5\u5e9f\u5ba1\u6279", None))
    # retranslateUi

