# Generated from forms/import_mapping.ui by app.ui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_mapping.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportMappingDialog(object):
    def setupUi(self, ImportMappingDialog):
        if not ImportMappingDialog.objectName():
            ImportMappingDialog.setObjectName(u"ImportMappingDialog")
        ImportMappingDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(ImportMappingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(ImportMappingDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.header_row_layout = QHBoxLayout()
        self.header_row_layout.setObjectName(u"header_row_layout")
        self.header_row_label = QLabel(ImportMappingDialog)
        self.header_row_label.setObjectName(u"header_row_label")

        self.header_row_layout.addWidget(self.header_row_label)

        self.header_row_spin = QSpinBox(ImportMappingDialog)
        self.header_row_spin.setObjectName(u"header_row_spin")
        self.header_row_spin.setMinimum(1)

        self.header_row_layout.addWidget(self.header_row_spin)

        self.header_row_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row_layout.addItem(self.header_row_spacer)


        self.main_layout.addLayout(self.header_row_layout)

        self.mapping_table = QTableWidget(ImportMappingDialog)
        if (self.mapping_table.columnCount() < 4):
            self.mapping_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.mapping_table.setColumnCount(4)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.mapping_table)

        self.category_box = QGroupBox(ImportMappingDialog)
        self.category_box.setObjectName(u"category_box")
        self.category_layout = QHBoxLayout(self.category_box)
        self.category_layout.setObjectName(u"category_layout")
        self.guess_check = QCheckBox(self.category_box)
        self.guess_check.setObjectName(u"guess_check")
        self.guess_check.setChecked(True)

        self.category_layout.addWidget(self.guess_check)

        self.default_category_label = QLabel(self.category_box)
        self.default_category_label.setObjectName(u"default_category_label")

        self.category_layout.addWidget(self.default_category_label)

        self.default_category_combo = QComboBox(self.category_box)
        self.default_category_combo.setObjectName(u"default_category_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.default_category_combo.sizePolicy().hasHeightForWidth())
        self.default_category_combo.setSizePolicy(sizePolicy)

        self.category_layout.addWidget(self.default_category_combo)


        self.main_layout.addWidget(self.category_box)

        self.error_label = QLabel(ImportMappingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ImportMappingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.header_row_label.setBuddy(self.header_row_spin)
        self.default_category_label.setBuddy(self.default_category_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportMappingDialog)
        self.button_box.accepted.connect(ImportMappingDialog.accept)
        self.button_box.rejected.connect(ImportMappingDialog.reject)

        QMetaObject.connectSlotsByName(ImportMappingDialog)
    # setupUi

    def retranslateUi(self, ImportMappingDialog):
        ImportMappingDialog.setWindowTitle(QCoreApplication.translate("ImportMappingDialog", u"\u8c03\u6574\u5217\u5bf9\u5e94", None))
        self.hint_label.setText(QCoreApplication.translate("ImportMappingDialog", u"\u4e3a\u53f0\u8d26\u7684\u6bcf\u4e00\u5217\u9009\u62e9\u5bfc\u5165\u4e3a\u54ea\u4e00\u9879\uff1b\u4e0d\u9700\u8981\u7684\u5217\u9009\u201c\u4e0d\u5bfc\u5165\u201d\u3002\u60a8\u7684\u9009\u62e9\u4f1a\u88ab\u8bb0\u4f4f\uff0c\u4e0b\u6b21\u5bfc\u5165\u8868\u5934\u76f8\u540c\u7684\u53f0\u8d26\u65f6\u81ea\u52a8\u4f7f\u7528\u3002", None))
        self.header_row_label.setText(QCoreApplication.translate("ImportMappingDialog", u"\u8868\u5934\u6240\u5728\u884c(&H)", None))
        ___qtablewidgetitem = self.mapping_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportMappingDialog", u"\u5217", None))
        ___qtablewidgetitem1 = self.mapping_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportMappingDialog", u"\u53f0\u8d26\u4e2d\u7684\u5217\u540d", None))
        ___qtablewidgetitem2 = self.mapping_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportMappingDialog", u"\u5bfc\u5165\u4e3a", None))
        ___qtablewidgetitem3 = self.mapping_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportMappingDialog", u"\u793a\u4f8b\u6570\u636e", None))
        self.category_box.setTitle(QCoreApplication.translate("ImportMappingDialog", u"\u53f0\u8d26\u4e2d\u6ca1\u6709\u8d44\u4ea7\u5206\u7c7b\u7684\u884c", None))
        self.guess_check.setText(QCoreApplication.translate("ImportMappingDialog", u"\u6309\u8d44\u4ea7\u540d\u79f0\u63a8\u65ad\u5206\u7c7b(&N)", None))
        self.default_category_label.setText(QCoreApplication.translate("ImportMappingDialog", u"\u5176\u4f59\u7684\u884c\u8bb0\u4e3a(&D)", None))
    # retranslateUi

