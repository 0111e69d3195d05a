# Generated from forms/record_edit.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_edit.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecordEditDialog(object):
    def setupUi(self, RecordEditDialog):
        if not RecordEditDialog.objectName():
            RecordEditDialog.setObjectName(u"RecordEditDialog")
        RecordEditDialog.resize(420, 160)
        RecordEditDialog.setMinimumSize(QSize(380, 0))
        self.main_layout = QVBoxLayout(RecordEditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.error_label = QLabel(RecordEditDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(RecordEditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(RecordEditDialog)
        self.button_box.accepted.connect(RecordEditDialog.accept)
        self.button_box.rejected.connect(RecordEditDialog.reject)

        QMetaObject.connectSlotsByName(RecordEditDialog)
    # setupUi

    def retranslateUi(self, RecordEditDialog):
        RecordEditDialog.setWindowTitle(QCoreApplication.translate("RecordEditDialog", u"\u7f16\u8f91", None))
    # retranslateUi

