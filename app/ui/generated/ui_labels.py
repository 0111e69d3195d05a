# Generated from forms/labels.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'labels.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from app.ui.dialogs.label_sheet_preview import SheetPreview

class Ui_LabelsDialog(object):
    def setupUi(self, LabelsDialog):
        if not LabelsDialog.objectName():
            LabelsDialog.setObjectName(u"LabelsDialog")
        LabelsDialog.resize(600, 470)
        self.main_layout = QVBoxLayout(LabelsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.settings_layout = QVBoxLayout()
        self.settings_layout.setObjectName(u"settings_layout")
        self.sheet_group = QGroupBox(LabelsDialog)
        self.sheet_group.setObjectName(u"sheet_group")
        self.sheet_form = QFormLayout(self.sheet_group)
        self.sheet_form.setObjectName(u"sheet_form")
        self.sheet_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sheet_form.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.sheet_label = QLabel(self.sheet_group)
        self.sheet_label.setObjectName(u"sheet_label")

        self.sheet_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.sheet_combo = QComboBox(self.sheet_group)
        self.sheet_combo.setObjectName(u"sheet_combo")

        self.sheet_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheet_combo)

        self.top_label = QLabel(self.sheet_group)
        self.top_label.setObjectName(u"top_label")

        self.sheet_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.top_label)

        self.top_spin = QDoubleSpinBox(self.sheet_group)
        self.top_spin.setObjectName(u"top_spin")
        self.top_spin.setDecimals(1)
        self.top_spin.setMaximum(50.000000000000000)
        self.top_spin.setSingleStep(0.500000000000000)

        self.sheet_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.top_spin)

        self.left_label = QLabel(self.sheet_group)
        self.left_label.setObjectName(u"left_label")

        self.sheet_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.left_label)

        self.left_spin = QDoubleSpinBox(self.sheet_group)
        self.left_spin.setObjectName(u"left_spin")
        self.left_spin.setDecimals(1)
        self.left_spin.setMaximum(50.000000000000000)
        self.left_spin.setSingleStep(0.500000000000000)

        self.sheet_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.left_spin)

        self.gap_x_label = QLabel(self.sheet_group)
        self.gap_x_label.setObjectName(u"gap_x_label")

        self.sheet_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gap_x_label)

        self.gap_x_spin = QDoubleSpinBox(self.sheet_group)
        self.gap_x_spin.setObjectName(u"gap_x_spin")
        self.gap_x_spin.setDecimals(1)
        self.gap_x_spin.setMaximum(50.000000000000000)
        self.gap_x_spin.setSingleStep(0.500000000000000)

        self.sheet_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gap_x_spin)

        self.gap_y_label = QLabel(self.sheet_group)
        self.gap_y_label.setObjectName(u"gap_y_label")

        self.sheet_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gap_y_label)

        self.gap_y_spin = QDoubleSpinBox(self.sheet_group)
        self.gap_y_spin.setObjectName(u"gap_y_spin")
        self.gap_y_spin.setDecimals(1)
        self.gap_y_spin.setMaximum(50.000000000000000)
        self.gap_y_spin.setSingleStep(0.500000000000000)

        self.sheet_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gap_y_spin)

        self.reset_button = QPushButton(self.sheet_group)
        self.reset_button.setObjectName(u"reset_button")

        self.sheet_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reset_button)

        self.start_label = QLabel(self.sheet_group)
        self.start_label.setObjectName(u"start_label")

        self.sheet_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_spin = QSpinBox(self.sheet_group)
        self.start_spin.setObjectName(u"start_spin")
        self.start_spin.setMinimum(1)
        self.start_spin.setMaximum(24)

        self.sheet_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.start_spin)

        self.start_hint_label = QLabel(self.sheet_group)
        self.start_hint_label.setObjectName(u"start_hint_label")
        self.start_hint_label.setStyleSheet(u"color: #666666;")
        self.start_hint_label.setWordWrap(True)

        self.sheet_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.start_hint_label)

        self.outline_check = QCheckBox(self.sheet_group)
        self.outline_check.setObjectName(u"outline_check")

        self.sheet_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outline_check)


        self.settings_layout.addWidget(self.sheet_group)

        self.assets_group = QGroupBox(LabelsDialog)
        self.assets_group.setObjectName(u"assets_group")
        self.assets_layout = QVBoxLayout(self.assets_group)
        self.assets_layout.setObjectName(u"assets_layout")
        self.selected_radio = QRadioButton(self.assets_group)
        self.selected_radio.setObjectName(u"selected_radio")
        self.selected_radio.setText(u"")

        self.assets_layout.addWidget(self.selected_radio)

        self.filter_radio = QRadioButton(self.assets_group)
        self.filter_radio.setObjectName(u"filter_radio")
        self.filter_radio.setText(u"")

        self.assets_layout.addWidget(self.filter_radio)


        self.settings_layout.addWidget(self.assets_group)


        self.body_layout.addLayout(self.settings_layout)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_label = QLabel(LabelsDialog)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setAlignment(Qt.AlignCenter)

        self.preview_layout.addWidget(self.preview_label)

        self.preview = SheetPreview(LabelsDialog)
        self.preview.setObjectName(u"preview")

        self.preview_layout.addWidget(self.preview)


        self.body_layout.addLayout(self.preview_layout)


        self.main_layout.addLayout(self.body_layout)

        self.summary_label = QLabel(LabelsDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.error_label = QLabel(LabelsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(LabelsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.top_label.setBuddy(self.top_spin)
        self.left_label.setBuddy(self.left_spin)
        self.gap_x_label.setBuddy(self.gap_x_spin)
        self.gap_y_label.setBuddy(self.gap_y_spin)
        self.start_label.setBuddy(self.start_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sheet_combo, self.top_spin)
        QWidget.setTabOrder(self.top_spin, self.left_spin)
        QWidget.setTabOrder(self.left_spin, self.gap_x_spin)
        QWidget.setTabOrder(self.gap_x_spin, self.gap_y_spin)
        QWidget.setTabOrder(self.gap_y_spin, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.start_spin)
        QWidget.setTabOrder(self.start_spin, self.outline_check)
        QWidget.setTabOrder(self.outline_check, self.selected_radio)
        QWidget.setTabOrder(self.selected_radio, self.filter_radio)

        self.retranslateUi(LabelsDialog)
        self.button_box.accepted.connect(LabelsDialog.accept)
        self.button_box.rejected.connect(LabelsDialog.reject)

        QMetaObject.connectSlotsByName(LabelsDialog)
    # setupUi

    def retranslateUi(self, LabelsDialog):
        LabelsDialog.setWindowTitle(QCoreApplication.translate("LabelsDialog", u"\u6253\u5370\u8d44\u4ea7\u6807\u7b7e", None))
        self.sheet_group.setTitle(QCoreApplication.translate("LabelsDialog", u"\u6807\u7b7e\u7eb8", None))
        self.sheet_label.setText(QCoreApplication.translate("LabelsDialog", u"\u89c4\u683c", None))
        self.top_label.setText(QCoreApplication.translate("LabelsDialog", u"\u4e0a\u8fb9\u8ddd\uff08\u6beb\u7c73\uff09", None))
        self.left_label.setText(QCoreApplication.translate("LabelsDialog", u"\u5de6\u8fb9\u8ddd\uff08\u6beb\u7c73\uff09", None))
        self.gap_x_label.setText(QCoreApplication.translate("LabelsDialog", u"\u5de6\u53f3\u95f4\u8ddd\uff08\u6beb\u7c73\uff09", None))
        self.gap_y_label.setText(QCoreApplication.translate("LabelsDialog", u"\u4e0a\u4e0b\u95f4\u8ddd\uff08\u6beb\u7c73\uff09", None))
        self.reset_button.setText(QCoreApplication.translate("LabelsDialog", u"\u6062\u590d\u6b64\u89c4\u683c\u7684\u9ed8\u8ba4\u8fb9\u8ddd", None))
        self.start_label.setText(QCoreApplication.translate("LabelsDialog", u"\u4ece\u7b2c\u51e0\u679a\u5f00\u59cb", None))
        self.start_hint_label.setText(QCoreApplication.translate("LabelsDialog", u"\u7528\u8fc7\u4e00\u90e8\u5206\u7684\u6807\u7b7e\u7eb8\u53ef\u4ee5\u63a5\u7740\u7528\uff1a\u5de6\u4e0a\u89d2\u4e3a\u7b2c 1 \u679a\uff0c\u4ece\u5de6\u5230\u53f3\u3001\u4ece\u4e0a\u5230\u4e0b\u6570\u3002", None))
        self.outline_check.setText(QCoreApplication.translate("LabelsDialog", u"\u5370\u51fa\u6807\u7b7e\u8fb9\u6846\uff08\u7528\u666e\u901a\u7eb8\u8bd5\u5370\u65f6\uff09", None))
        self.assets_group.setTitle(QCoreApplication.translate("LabelsDialog", u"\u6253\u5370\u54ea\u4e9b\u8d44\u4ea7", None))
        self.preview_label.setText(QCoreApplication.translate("LabelsDialog", u"\u7b2c\u4e00\u5f20\u6807\u7b7e\u7eb8", None))
    # retranslateUi

