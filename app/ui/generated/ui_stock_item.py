# Generated from forms/stock_item.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_item.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StockItemDialog(object):
    def setupUi(self, StockItemDialog):
        if not StockItemDialog.objectName():
            StockItemDialog.setObjectName(u"StockItemDialog")
        StockItemDialog.resize(460, 360)
        self.main_layout = QVBoxLayout(StockItemDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.code_label = QLabel(StockItemDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(StockItemDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(30)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.name_label = QLabel(StockItemDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(StockItemDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(60)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.spec_label = QLabel(StockItemDialog)
        self.spec_label.setObjectName(u"spec_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spec_label)

        self.spec_edit = QLineEdit(StockItemDialog)
        self.spec_edit.setObjectName(u"spec_edit")
        self.spec_edit.setMaxLength(100)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.spec_edit)

        self.unit_label = QLabel(StockItemDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(StockItemDialog)
        self.unit_combo.setObjectName(u"unit_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_combo)

        self.category_label = QLabel(StockItemDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(StockItemDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.shelf_label = QLabel(StockItemDialog)
        self.shelf_label.setObjectName(u"shelf_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.shelf_label)

        self.shelf_edit = QLineEdit(StockItemDialog)
        self.shelf_edit.setObjectName(u"shelf_edit")
        self.shelf_edit.setMaxLength(30)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.shelf_edit)

        self.reorder_label = QLabel(StockItemDialog)
        self.reorder_label.setObjectName(u"reorder_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reorder_label)

        self.reorder_edit = QLineEdit(StockItemDialog)
        self.reorder_edit.setObjectName(u"reorder_edit")
        self.reorder_edit.setMaxLength(20)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reorder_edit)

        self.note_label = QLabel(StockItemDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(StockItemDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.error_label = QLabel(StockItemDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(StockItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.spec_label.setBuddy(self.spec_edit)
        self.unit_label.setBuddy(self.unit_combo)
        self.category_label.setBuddy(self.category_combo)
        self.shelf_label.setBuddy(self.shelf_edit)
        self.reorder_label.setBuddy(self.reorder_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.spec_edit)
        QWidget.setTabOrder(self.spec_edit, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.shelf_edit)
        QWidget.setTabOrder(self.shelf_edit, self.reorder_edit)
        QWidget.setTabOrder(self.reorder_edit, self.note_edit)

        self.retranslateUi(StockItemDialog)
        self.button_box.accepted.connect(StockItemDialog.accept)
        self.button_box.rejected.connect(StockItemDialog.reject)

        QMetaObject.connectSlotsByName(StockItemDialog)
    # setupUi

    def retranslateUi(self, StockItemDialog):
        StockItemDialog.setWindowTitle(QCoreApplication.translate("StockItemDialog", u"\u7269\u8d44", None))
        self.code_label.setText(QCoreApplication.translate("StockItemDialog", u"\u7269\u8d44\u7f16\u7801", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("StockItemDialog", u"\u7559\u7a7a\u5219\u81ea\u52a8\u7f16\u53f7\uff08W00001\u2026\uff09", None))
        self.name_label.setText(QCoreApplication.translate("StockItemDialog", u"\u7269\u8d44\u540d\u79f0*", None))
        self.spec_label.setText(QCoreApplication.translate("StockItemDialog", u"\u89c4\u683c\u578b\u53f7", None))
        self.unit_label.setText(QCoreApplication.translate("StockItemDialog", u"\u8ba1\u91cf\u5355\u4f4d*", None))
        self.category_label.setText(QCoreApplication.translate("StockItemDialog", u"\u7269\u8d44\u5206\u7c7b", None))
        self.shelf_label.setText(QCoreApplication.translate("StockItemDialog", u"\u8d27\u67b6\u4f4d\u7f6e", None))
        self.shelf_edit.setPlaceholderText(QCoreApplication.translate("StockItemDialog", u"\u5982 A-03", None))
        self.reorder_label.setText(QCoreApplication.translate("StockItemDialog", u"\u6700\u4f4e\u5e93\u5b58", None))
        self.reorder_edit.setPlaceholderText(QCoreApplication.translate("StockItemDialog", u"\u5e93\u5b58\u4f4e\u4e8e\u6b64\u6570\u91cf\u65f6\u63d0\u9192\u8865\u8d27", None))
        self.note_label.setText(QCoreApplication.translate("StockItemDialog", u"\u5907\u6ce8", None))
    # retranslateUi

