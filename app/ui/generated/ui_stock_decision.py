# Generated from forms/stock_decision.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_decision.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StockDecisionDialog(object):
    def setupUi(self, StockDecisionDialog):
        if not StockDecisionDialog.objectName():
            StockDecisionDialog.setObjectName(u"StockDecisionDialog")
        StockDecisionDialog.resize(460, 260)
        self.main_layout = QVBoxLayout(StockDecisionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(StockDecisionDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.person_label = QLabel(StockDecisionDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(StockDecisionDialog)
        self.person_edit.setObjectName(u"person_edit")
        self.person_edit.setMaxLength(30)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.reason_label = QLabel(StockDecisionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(StockDecisionDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(StockDecisionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(StockDecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.person_label.setBuddy(self.person_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_edit, self.reason_edit)

        self.retranslateUi(StockDecisionDialog)
        self.button_box.accepted.connect(StockDecisionDialog.accept)
        self.button_box.rejected.connect(StockDecisionDialog.reject)

        QMetaObject.connectSlotsByName(StockDecisionDialog)
    # setupUi

    def retranslateUi(self, StockDecisionDialog):
        StockDecisionDialog.setWindowTitle(QCoreApplication.translate("StockDecisionDialog", u"\u9886\u7528\u5355\u5ba1\u6279", None))
        self.summary_label.setText("")
        self.person_label.setText(QCoreApplication.translate("StockDecisionDialog", u"\u5ba1\u6279\u4eba", None))
        self.reason_label.setText(QCoreApplication.translate("StockDecisionDialog", u"\u539f\u56e0", None))
    # retranslateUi

