# Generated from forms/disposal_list.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disposal_list.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DisposalListDialog(object):
    def setupUi(self, DisposalListDialog):
        if not DisposalListDialog.objectName():
            DisposalListDialog.setObjectName(u"DisposalListDialog")
        DisposalListDialog.resize(1000, 520)
        self.main_layout = QVBoxLayout(DisposalListDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.state_label = QLabel(DisposalListDialog)
        self.state_label.setObjectName(u"state_label")

        self.filter_layout.addWidget(self.state_label)

        self.state_combo = QComboBox(DisposalListDialog)
        self.state_combo.setObjectName(u"state_combo")
        self.state_combo.setMinimumSize(QSize(120, 0))

        self.filter_layout.addWidget(self.state_combo)

        self.filter_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.summary_label = QLabel(DisposalListDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.filter_layout.addWidget(self.summary_label)


        self.main_layout.addLayout(self.filter_layout)

        self.requests_view = QTableView(DisposalListDialog)
        self.requests_view.setObjectName(u"requests_view")
        self.requests_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.requests_view.setAlternatingRowColors(True)
        self.requests_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requests_view.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.main_layout.addWidget(self.requests_view)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.open_button = QPushButton(DisposalListDialog)
        self.open_button.setObjectName(u"open_button")

        self.actions_layout.addWidget(self.open_button)

        self.print_button = QPushButton(DisposalListDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.print_button)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.error_label = QLabel(DisposalListDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DisposalListDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.state_label.setBuddy(self.state_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.state_combo, self.requests_view)
        QWidget.setTabOrder(self.requests_view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.print_button)

        self.retranslateUi(DisposalListDialog)
        self.button_box.rejected.connect(DisposalListDialog.reject)

        QMetaObject.connectSlotsByName(DisposalListDialog)
    # setupUi

    def retranslateUi(self, DisposalListDialog):
        DisposalListDialog.setWindowTitle(QCoreApplication.translate("DisposalListDialog", u"\u62a5\u5e9f\u7533\u8bf7", None))
        self.state_label.setText(QCoreApplication.translate("DisposalListDialog", u"\u5ba1\u6279\u72b6\u6001", None))
        self.open_button.setText(QCoreApplication.translate("DisposalListDialog", u"\u67e5\u770b/\u5ba1\u6279(&O)\u2026", None))
        self.print_button.setText(QCoreApplication.translate("DisposalListDialog", u"\u6253\u5370\u7533\u8bf7\u8868(&P)", None))
    # retranslateUi

