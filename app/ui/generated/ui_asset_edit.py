# Generated from forms/asset_edit.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'asset_edit.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_AssetEditDialog(object):
    def setupUi(self, AssetEditDialog):
        if not AssetEditDialog.objectName():
            AssetEditDialog.setObjectName(u"AssetEditDialog")
        AssetEditDialog.resize(860, 490)
        self.main_layout = QVBoxLayout(AssetEditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(12)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.basic_group = QGroupBox(AssetEditDialog)
        self.basic_group.setObjectName(u"basic_group")
        self.basic_form = QFormLayout(self.basic_group)
        self.basic_form.setObjectName(u"basic_form")
        self.basic_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.basic_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.name_label = QLabel(self.basic_group)
        self.name_label.setObjectName(u"name_label")

        self.basic_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.basic_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.basic_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.category_label = QLabel(self.basic_group)
        self.category_label.setObjectName(u"category_label")

        self.basic_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.basic_group)
        self.category_combo.setObjectName(u"category_combo")

        self.basic_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.number_label = QLabel(self.basic_group)
        self.number_label.setObjectName(u"number_label")

        self.basic_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.basic_group)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(40)

        self.basic_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.spec_label = QLabel(self.basic_group)
        self.spec_label.setObjectName(u"spec_label")

        self.basic_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.spec_label)

        self.spec_edit = QLineEdit(self.basic_group)
        self.spec_edit.setObjectName(u"spec_edit")
        self.spec_edit.setMaxLength(100)

        self.basic_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.spec_edit)

        self.brand_label = QLabel(self.basic_group)
        self.brand_label.setObjectName(u"brand_label")

        self.basic_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.brand_label)

        self.brand_edit = QLineEdit(self.basic_group)
        self.brand_edit.setObjectName(u"brand_edit")
        self.brand_edit.setMaxLength(60)

        self.basic_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.brand_edit)

        self.unit_label = QLabel(self.basic_group)
        self.unit_label.setObjectName(u"unit_label")

        self.basic_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(self.basic_group)
        self.unit_combo.setObjectName(u"unit_combo")

        self.basic_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit_combo)


        self.left_column.addWidget(self.basic_group)

        self.value_group = QGroupBox(AssetEditDialog)
        self.value_group.setObjectName(u"value_group")
        self.value_form = QFormLayout(self.value_group)
        self.value_form.setObjectName(u"value_form")
        self.value_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.value_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.value_label = QLabel(self.value_group)
        self.value_label.setObjectName(u"value_label")

        self.value_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value_edit = QLineEdit(self.value_group)
        self.value_edit.setObjectName(u"value_edit")
        self.value_edit.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.value_edit.setPlaceholderText(u"0.00")

        self.value_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.value_edit)

        self.quantity_label = QLabel(self.value_group)
        self.quantity_label.setObjectName(u"quantity_label")

        self.value_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity_spin = QSpinBox(self.value_group)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(999)
        self.quantity_spin.setValue(1)

        self.value_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quantity_spin)

        self.purchase_date_label = QLabel(self.value_group)
        self.purchase_date_label.setObjectName(u"purchase_date_label")

        self.value_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purchase_date_label)

        self.purchase_date_edit = QDateEdit(self.value_group)
        self.purchase_date_edit.setObjectName(u"purchase_date_edit")
        self.purchase_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.purchase_date_edit.setCalendarPopup(True)

        self.value_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purchase_date_edit)

        self.acquisition_label = QLabel(self.value_group)
        self.acquisition_label.setObjectName(u"acquisition_label")

        self.value_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.acquisition_label)

        self.acquisition_combo = QComboBox(self.value_group)
        self.acquisition_combo.setObjectName(u"acquisition_combo")

        self.value_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.acquisition_combo)

        self.funding_label = QLabel(self.value_group)
        self.funding_label.setObjectName(u"funding_label")

        self.value_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.funding_label)

        self.funding_combo = QComboBox(self.value_group)
        self.funding_combo.setObjectName(u"funding_combo")
        self.funding_combo.setEditable(True)

        self.value_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.funding_combo)

        self.supplier_label = QLabel(self.value_group)
        self.supplier_label.setObjectName(u"supplier_label")

        self.value_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.supplier_label)

        self.supplier_combo = QComboBox(self.value_group)
        self.supplier_combo.setObjectName(u"supplier_combo")

        self.value_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.supplier_combo)

        self.invoice_label = QLabel(self.value_group)
        self.invoice_label.setObjectName(u"invoice_label")

        self.value_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.invoice_label)

        self.invoice_edit = QLineEdit(self.value_group)
        self.invoice_edit.setObjectName(u"invoice_edit")
        self.invoice_edit.setMaxLength(60)

        self.value_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.invoice_edit)


        self.left_column.addWidget(self.value_group)

        self.left_column_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_column_spacer)


        self.columns_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.usage_group = QGroupBox(AssetEditDialog)
        self.usage_group.setObjectName(u"usage_group")
        self.usage_form = QFormLayout(self.usage_group)
        self.usage_form.setObjectName(u"usage_form")
        self.usage_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.usage_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.status_label = QLabel(self.usage_group)
        self.status_label.setObjectName(u"status_label")

        self.usage_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.usage_group)
        self.status_combo.setObjectName(u"status_combo")

        self.usage_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.room_label = QLabel(self.usage_group)
        self.room_label.setObjectName(u"room_label")

        self.usage_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.room_label)

        self.room_combo = QComboBox(self.usage_group)
        self.room_combo.setObjectName(u"room_combo")

        self.usage_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.room_combo)

        self.custodian_label = QLabel(self.usage_group)
        self.custodian_label.setObjectName(u"custodian_label")

        self.usage_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.custodian_label)

        self.custodian_combo = QComboBox(self.usage_group)
        self.custodian_combo.setObjectName(u"custodian_combo")

        self.usage_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.custodian_combo)

        self.department_label = QLabel(self.usage_group)
        self.department_label.setObjectName(u"department_label")

        self.usage_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(self.usage_group)
        self.department_combo.setObjectName(u"department_combo")

        self.usage_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.department_combo)


        self.right_column.addWidget(self.usage_group)

        self.other_group = QGroupBox(AssetEditDialog)
        self.other_group.setObjectName(u"other_group")
        self.other_form = QFormLayout(self.other_group)
        self.other_form.setObjectName(u"other_form")
        self.other_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.other_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.serial_label = QLabel(self.other_group)
        self.serial_label.setObjectName(u"serial_label")

        self.other_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serial_label)

        self.serial_edit = QLineEdit(self.other_group)
        self.serial_edit.setObjectName(u"serial_edit")
        self.serial_edit.setMaxLength(100)

        self.other_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serial_edit)

        self.warranty_check = QCheckBox(self.other_group)
        self.warranty_check.setObjectName(u"warranty_check")

        self.other_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.warranty_check)

        self.warranty_date_edit = QDateEdit(self.other_group)
        self.warranty_date_edit.setObjectName(u"warranty_date_edit")
        self.warranty_date_edit.setEnabled(False)
        self.warranty_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.warranty_date_edit.setCalendarPopup(True)

        self.other_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warranty_date_edit)

        self.old_number_label = QLabel(self.other_group)
        self.old_number_label.setObjectName(u"old_number_label")

        self.other_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.old_number_label)

        self.old_number_edit = QLineEdit(self.other_group)
        self.old_number_edit.setObjectName(u"old_number_edit")
        self.old_number_edit.setMaxLength(60)

        self.other_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.old_number_edit)

        self.note_label = QLabel(self.other_group)
        self.note_label.setObjectName(u"note_label")

        self.other_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(self.other_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 72))
        self.note_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.note_edit.setTabChangesFocus(True)

        self.other_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.right_column.addWidget(self.other_group)

        self.right_column_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_column_spacer)


        self.columns_layout.addLayout(self.right_column)


        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(AssetEditDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AssetEditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.category_label.setBuddy(self.category_combo)
        self.number_label.setBuddy(self.number_edit)
        self.spec_label.setBuddy(self.spec_edit)
        self.brand_label.setBuddy(self.brand_edit)
        self.unit_label.setBuddy(self.unit_combo)
        self.value_label.setBuddy(self.value_edit)
        self.quantity_label.setBuddy(self.quantity_spin)
        self.purchase_date_label.setBuddy(self.purchase_date_edit)
        self.acquisition_label.setBuddy(self.acquisition_combo)
        self.funding_label.setBuddy(self.funding_combo)
        self.supplier_label.setBuddy(self.supplier_combo)
        self.invoice_label.setBuddy(self.invoice_edit)
        self.status_label.setBuddy(self.status_combo)
        self.room_label.setBuddy(self.room_combo)
        self.custodian_label.setBuddy(self.custodian_combo)
        self.department_label.setBuddy(self.department_combo)
        self.serial_label.setBuddy(self.serial_edit)
        self.old_number_label.setBuddy(self.old_number_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.number_edit)
        QWidget.setTabOrder(self.number_edit, self.spec_edit)
        QWidget.setTabOrder(self.spec_edit, self.brand_edit)
        QWidget.setTabOrder(self.brand_edit, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.value_edit)
        QWidget.setTabOrder(self.value_edit, self.quantity_spin)
        QWidget.setTabOrder(self.quantity_spin, self.purchase_date_edit)
        QWidget.setTabOrder(self.purchase_date_edit, self.acquisition_combo)
        QWidget.setTabOrder(self.acquisition_combo, self.funding_combo)
        QWidget.setTabOrder(self.funding_combo, self.supplier_combo)
        QWidget.setTabOrder(self.supplier_combo, self.invoice_edit)
        QWidget.setTabOrder(self.invoice_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.room_combo)
        QWidget.setTabOrder(self.room_combo, self.custodian_combo)
        QWidget.setTabOrder(self.custodian_combo, self.department_combo)
        QWidget.setTabOrder(self.department_combo, self.serial_edit)
        QWidget.setTabOrder(self.serial_edit, self.warranty_check)
        QWidget.setTabOrder(self.warranty_check, self.warranty_date_edit)
        QWidget.setTabOrder(self.warranty_date_edit, self.old_number_edit)
        QWidget.setTabOrder(self.old_number_edit, self.note_edit)

        self.retranslateUi(AssetEditDialog)
        self.button_box.accepted.connect(AssetEditDialog.accept)
        self.button_box.rejected.connect(AssetEditDialog.reject)
        self.warranty_check.toggled.connect(self.warranty_date_edit.setEnabled)

        QMetaObject.connectSlotsByName(AssetEditDialog)
    # setupUi

    def retranslateUi(self, AssetEditDialog):
        AssetEditDialog.setWindowTitle(QCoreApplication.translate("AssetEditDialog", u"\u8d44\u4ea7\u767b\u8bb0", None))
        self.basic_group.setTitle(QCoreApplication.translate("AssetEditDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.name_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u8d44\u4ea7\u540d\u79f0*", None))
        self.category_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u8d44\u4ea7\u5206\u7c7b*", None))
        self.number_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u8d44\u4ea7\u7f16\u53f7", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("AssetEditDialog", u"\u7559\u7a7a\u81ea\u52a8\u7f16\u53f7", None))
        self.spec_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u89c4\u683c\u578b\u53f7", None))
        self.brand_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u54c1\u724c", None))
        self.unit_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u8ba1\u91cf\u5355\u4f4d", None))
        self.value_group.setTitle(QCoreApplication.translate("AssetEditDialog", u"\u4ef7\u503c\u4e0e\u6765\u6e90", None))
        self.value_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u539f\u503c\uff08\u5143\uff09*", None))
        self.quantity_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u6570\u91cf\uff08\u6279\u91cf\u767b\u8bb0\uff09", None))
#if QT_CONFIG(tooltip)
        self.quantity_spin.setToolTip(QCoreApplication.translate("AssetEditDialog", u"\u5927\u4e8e 1 \u65f6\u4e00\u6b21\u767b\u8bb0\u591a\u4ef6\u76f8\u540c\u7684\u8d44\u4ea7\uff0c\u6bcf\u4ef6\u5355\u72ec\u7f16\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.purchase_date_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u8d2d\u7f6e\u65e5\u671f*", None))
        self.acquisition_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u53d6\u5f97\u65b9\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.acquisition_combo.setToolTip(QCoreApplication.translate("AssetEditDialog", u"\u8d44\u4ea7\u662f\u600e\u6837\u53d6\u5f97\u7684\uff1a\u8d2d\u7f6e\u3001\u8c03\u5165\u3001\u63a5\u53d7\u6350\u8d60\u3001\u81ea\u5efa\u3001\u7f6e\u6362\u3001\u76d8\u76c8\u6216\u5176\u4ed6", None))
#endif // QT_CONFIG(tooltip)
        self.funding_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u7ecf\u8d39\u6765\u6e90", None))
        self.supplier_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u4f9b\u5e94\u5546", None))
        self.invoice_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u53d1\u7968\u53f7", None))
        self.usage_group.setTitle(QCoreApplication.translate("AssetEditDialog", u"\u4f7f\u7528\u4e0e\u5b58\u653e", None))
        self.status_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u72b6\u6001", None))
        self.room_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u5b58\u653e\u5730\u70b9", None))
        self.custodian_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u4fdd\u7ba1\u4eba", None))
        self.department_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u4f7f\u7528\u90e8\u95e8", None))
        self.other_group.setTitle(QCoreApplication.translate("AssetEditDialog", u"\u5176\u4ed6", None))
        self.serial_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u5e8f\u5217\u53f7", None))
        self.warranty_check.setText(QCoreApplication.translate("AssetEditDialog", u"\u4fdd\u4fee\u622a\u6b62", None))
        self.old_number_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u539f\u8d44\u4ea7\u7f16\u53f7", None))
        self.old_number_edit.setPlaceholderText(QCoreApplication.translate("AssetEditDialog", u"\u65e7\u8d26\u6216\u8d22\u52a1\u7cfb\u7edf\u4e2d\u7684\u7f16\u53f7", None))
        self.note_label.setText(QCoreApplication.translate("AssetEditDialog", u"\u5907\u6ce8", None))
    # retranslateUi

