"""How the UI shows values stored in Chinese (statuses, kinds, states) in the chosen language.

The database keeps the Chinese words (they are compared, filtered on and printed on forms);
only what a widget displays goes through ``shown``. Every stored value is listed below so
lupdate collects it into the "StoredValue" context of the translation file.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.models.stock import DOC_REQUISITION

CONTEXT = "StoredValue"

ASSET_STATUS_TEXTS = (
    QT_TRANSLATE_NOOP("StoredValue", "在用"),
    QT_TRANSLATE_NOOP("StoredValue", "闲置"),
    QT_TRANSLATE_NOOP("StoredValue", "维修中"),
    QT_TRANSLATE_NOOP("StoredValue", "待报废"),
    QT_TRANSLATE_NOOP("StoredValue", "已报废"),
    QT_TRANSLATE_NOOP("StoredValue", "丢失"),
)
ACQUISITION_TEXTS = (
    QT_TRANSLATE_NOOP("StoredValue", "购置"),
    QT_TRANSLATE_NOOP("StoredValue", "调入"),
    QT_TRANSLATE_NOOP("StoredValue", "接受捐赠"),
    QT_TRANSLATE_NOOP("StoredValue", "自建"),
    QT_TRANSLATE_NOOP("StoredValue", "置换"),
    QT_TRANSLATE_NOOP("StoredValue", "盘盈"),
    QT_TRANSLATE_NOOP("StoredValue", "其他"),
)
# 领用 here is handing an asset (or, as a ledger move, goods) out to someone: "Issue".
HANDOVER_KIND_TEXTS = (
    QT_TRANSLATE_NOOP("StoredValue", "领用"),
    QT_TRANSLATE_NOOP("StoredValue", "调拨"),
    QT_TRANSLATE_NOOP("StoredValue", "归还"),
    QT_TRANSLATE_NOOP("StoredValue", "移交"),
)
DISPOSAL_TEXTS = (
    QT_TRANSLATE_NOOP("StoredValue", "待审批"),
    QT_TRANSLATE_NOOP("StoredValue", "已批准"),
    QT_TRANSLATE_NOOP("StoredValue", "已驳回"),
    QT_TRANSLATE_NOOP("StoredValue", "报废"),
    QT_TRANSLATE_NOOP("StoredValue", "调出"),
    QT_TRANSLATE_NOOP("StoredValue", "出售"),
    QT_TRANSLATE_NOOP("StoredValue", "捐赠"),
)
STOCK_TEXTS = (
    # Document types; 领用 as a document is shown by ``shown_doc_type`` (a requisition).
    QT_TRANSLATE_NOOP("StoredValue", "入库"),
    QT_TRANSLATE_NOOP("StoredValue", "退库"),
    QT_TRANSLATE_NOOP("StoredValue", "报损"),
    QT_TRANSLATE_NOOP("StoredValue", "盘点"),
    # Document states.
    QT_TRANSLATE_NOOP("StoredValue", "草稿"),
    QT_TRANSLATE_NOOP("StoredValue", "已提交"),
    QT_TRANSLATE_NOOP("StoredValue", "已发放"),
    QT_TRANSLATE_NOOP("StoredValue", "已取消"),
    QT_TRANSLATE_NOOP("StoredValue", "已过账"),
    # Ledger move kinds (入库, 领用, 退库, 报损 are listed above).
    QT_TRANSLATE_NOOP("StoredValue", "期初"),
    QT_TRANSLATE_NOOP("StoredValue", "调整"),
)
STORED_TEXTS = frozenset(
    ASSET_STATUS_TEXTS + ACQUISITION_TEXTS + HANDOVER_KIND_TEXTS + DISPOSAL_TEXTS + STOCK_TEXTS
)


def shown(value: str) -> str:
    """A stored value as the UI shows it; unknown values (and Chinese) come back unchanged."""
    return QCoreApplication.translate(CONTEXT, value)


def shown_doc_type(doc_type: str) -> str:
    """A stock document type as the UI shows it: 领用 as a document is a requisition."""
    if doc_type == DOC_REQUISITION:
        return QCoreApplication.translate("StoredValue", "领用", "stock document type")
    return shown(doc_type)


def add_stored_items(combo: QComboBox, values: Iterable[str]) -> None:
    """Add stored values to a combo: shown translated, the stored value kept as item data."""
    for value in values:
        combo.addItem(shown(value), value)


def set_stored(combo: QComboBox, value: str) -> None:
    """Make the item holding a stored value current (no change if the combo lacks it)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def stored(combo: QComboBox) -> str:
    """The stored value of a combo's current item ("" when none is chosen)."""
    value = combo.currentData()
    return value if isinstance(value, str) else ""


def fitting_width(widget: QWidget, texts: Iterable[str], minimum: int, extra: int = 16) -> int:
    """A column width for a widget's font that shows the longest text whole, at least ``minimum``.

    English words are wider than the Chinese ones the fixed widths were chosen for.
    """
    metrics = widget.fontMetrics()
    return max([minimum, *(metrics.horizontalAdvance(text) + extra for text in texts)])
