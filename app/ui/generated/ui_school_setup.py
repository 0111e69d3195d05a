# Generated from forms/school_setup.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_setup.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SchoolSetupDialog(object):
    def setupUi(self, SchoolSetupDialog):
        if not SchoolSetupDialog.objectName():
            SchoolSetupDialog.setObjectName(u"SchoolSetupDialog")
        SchoolSetupDialog.resize(480, 230)
        self.main_layout = QVBoxLayout(SchoolSetupDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(SchoolSetupDialog)
        self.heading_label.setObjectName(u"heading_label")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading_label.setFont(font)

        self.main_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(SchoolSetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.school_name_label = QLabel(SchoolSetupDialog)
        self.school_name_label.setObjectName(u"school_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.school_name_label)

        self.school_name_edit = QLineEdit(SchoolSetupDialog)
        self.school_name_edit.setObjectName(u"school_name_edit")
        self.school_name_edit.setMaxLength(100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school_name_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(SchoolSetupDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #666666;")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.vertical_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.error_label = QLabel(SchoolSetupDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SchoolSetupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.school_name_label.setBuddy(self.school_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SchoolSetupDialog)
        self.button_box.accepted.connect(SchoolSetupDialog.accept)
        self.button_box.rejected.connect(SchoolSetupDialog.reject)

        QMetaObject.connectSlotsByName(SchoolSetupDialog)
    # setupUi

    def retranslateUi(self, SchoolSetupDialog):
        SchoolSetupDialog.setWindowTitle(QCoreApplication.translate("SchoolSetupDialog", u"\u521d\u59cb\u8bbe\u7f6e", None))
        self.heading_label.setText(QCoreApplication.translate("SchoolSetupDialog", u"\u6b22\u8fce\u4f7f\u7528\u540e\u52e4\u7ba1\u5bb6", None))
        self.intro_label.setText(QCoreApplication.translate("SchoolSetupDialog", u"\u5f00\u59cb\u4f7f\u7528\u524d\uff0c\u8bf7\u5148\u586b\u5199\u8d35\u6821\u7684\u540d\u79f0\u3002", None))
        self.school_name_label.setText(QCoreApplication.translate("SchoolSetupDialog", u"\u5b66\u6821\u540d\u79f0*", None))
        self.school_name_edit.setPlaceholderText(QCoreApplication.translate("SchoolSetupDialog", u"\u4f8b\u5982\uff1a\u67d0\u67d0\u5e02\u7b2c\u4e00\u4e2d\u5b66", None))
        self.hint_label.setText(QCoreApplication.translate("SchoolSetupDialog", u"\u5b66\u6821\u540d\u79f0\u4f1a\u5370\u5728\u4ea4\u63a5\u5355\u3001\u9886\u7528\u5355\u548c\u5404\u7c7b\u62a5\u8868\u7684\u62ac\u5934\u4e0a\uff0c\u4ee5\u540e\u53ef\u4ee5\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\u3002", None))
    # retranslateUi

