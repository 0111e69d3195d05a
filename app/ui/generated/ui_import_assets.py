# Generated from forms/import_assets.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_assets.ui'
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
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ImportAssetsDialog(object):
    def setupUi(self, ImportAssetsDialog):
        if not ImportAssetsDialog.objectName():
            ImportAssetsDialog.setObjectName(u"ImportAssetsDialog")
        ImportAssetsDialog.resize(1280, 760)
        self.main_layout = QVBoxLayout(ImportAssetsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_label = QLabel(ImportAssetsDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.file_label)

        self.summary_label = QLabel(ImportAssetsDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.details_label = QLabel(ImportAssetsDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.details_label)

        self.tools_layout = QHBoxLayout()
        self.tools_layout.setObjectName(u"tools_layout")
        self.filter_label = QLabel(ImportAssetsDialog)
        self.filter_label.setObjectName(u"filter_label")

        self.tools_layout.addWidget(self.filter_label)

        self.filter_combo = QComboBox(ImportAssetsDialog)
        self.filter_combo.setObjectName(u"filter_combo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.tools_layout.addWidget(self.filter_combo)

        self.tools_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tools_layout.addItem(self.tools_spacer)

        self.mapping_button = QPushButton(ImportAssetsDialog)
        self.mapping_button.setObjectName(u"mapping_button")
        self.mapping_button.setAutoDefault(False)

        self.tools_layout.addWidget(self.mapping_button)


        self.main_layout.addLayout(self.tools_layout)

        self.preview_view = QTableView(ImportAssetsDialog)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_view.setWordWrap(True)
        self.preview_view.setTextElideMode(Qt.ElideRight)

        self.main_layout.addWidget(self.preview_view)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_label = QLabel(ImportAssetsDialog)
        self.progress_label.setObjectName(u"progress_label")

        self.progress_layout.addWidget(self.progress_label)

        self.progress_bar = QProgressBar(ImportAssetsDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.stop_button = QPushButton(ImportAssetsDialog)
        self.stop_button.setObjectName(u"stop_button")
        self.stop_button.setAutoDefault(False)

        self.progress_layout.addWidget(self.stop_button)


        self.main_layout.addLayout(self.progress_layout)

        self.error_label = QLabel(ImportAssetsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ImportAssetsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preview_view, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.mapping_button)

        self.retranslateUi(ImportAssetsDialog)
        self.button_box.accepted.connect(ImportAssetsDialog.accept)
        self.button_box.rejected.connect(ImportAssetsDialog.reject)

        QMetaObject.connectSlotsByName(ImportAssetsDialog)
    # setupUi

    def retranslateUi(self, ImportAssetsDialog):
        ImportAssetsDialog.setWindowTitle(QCoreApplication.translate("ImportAssetsDialog", u"\u5bfc\u5165\u53f0\u8d26", None))
        self.filter_label.setText(QCoreApplication.translate("ImportAssetsDialog", u"\u663e\u793a(&W)", None))
        self.mapping_button.setText(QCoreApplication.translate("ImportAssetsDialog", u"\u8c03\u6574\u5217\u5bf9\u5e94(&M)\u2026", None))
        self.stop_button.setText(QCoreApplication.translate("ImportAssetsDialog", u"\u505c\u6b62(&S)", None))
    # retranslateUi

