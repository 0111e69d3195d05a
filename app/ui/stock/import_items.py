"""导入物资: the item catalogue and opening balances through the shared import dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.io.headers import IGNORE
from app.io.item_fields import ITEM_FIELDS
from app.io.values import cell_text
from app.money import format_fen
from app.services.stock_import import (
    ItemImportPreview,
    build_item_preview,
    open_item_list,
    remember_item_mapping,
    saved_item_mapping,
)
from app.services.stock_import_apply import ItemImportResult, import_items
from app.services.stock_import_resolve import ItemRow
from app.services.stock_quantity import format_qty
from app.ui.register.import_dialog import choose_and_import
from app.ui.register.import_flow import ImportFlow
from app.ui.worker import TaskRunner

FIELD_TITLES: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("ImportMappingDialog", "（不导入）"),
    "code": QT_TRANSLATE_NOOP("ImportMappingDialog", "物资编码"),
    "name": QT_TRANSLATE_NOOP("ImportMappingDialog", "物资名称"),
    "spec": QT_TRANSLATE_NOOP("ImportMappingDialog", "规格型号"),
    "unit": QT_TRANSLATE_NOOP("ImportMappingDialog", "计量单位"),
    "category": QT_TRANSLATE_NOOP("ImportMappingDialog", "物资分类"),
    "shelf": QT_TRANSLATE_NOOP("ImportMappingDialog", "货架位置"),
    "reorder_level": QT_TRANSLATE_NOOP("ImportMappingDialog", "库存下限"),
    "quantity": QT_TRANSLATE_NOOP("ImportMappingDialog", "期初数量"),
    "unit_price": QT_TRANSLATE_NOOP("ImportMappingDialog", "期初单价"),
    "amount": QT_TRANSLATE_NOOP("ImportMappingDialog", "期初金额（单价×数量）"),
    "note": QT_TRANSLATE_NOOP("ImportMappingDialog", "备注"),
}
# As for assets: the reason right after the row and its name, visible without scrolling.
COLUMNS: list[tuple[str, str]] = [
    ("line", QT_TRANSLATE_NOOP("ImportPreviewModel", "行号")),
    ("name", QT_TRANSLATE_NOOP("ImportPreviewModel", "物资名称")),
    ("result", QT_TRANSLATE_NOOP("ImportPreviewModel", "检查结果")),
    ("remarks", QT_TRANSLATE_NOOP("ImportPreviewModel", "问题或说明")),
    ("code", QT_TRANSLATE_NOOP("ImportPreviewModel", "物资编码")),
    ("spec", QT_TRANSLATE_NOOP("ImportPreviewModel", "规格型号")),
    ("unit", QT_TRANSLATE_NOOP("ImportPreviewModel", "单位")),
    ("category", QT_TRANSLATE_NOOP("ImportPreviewModel", "分类")),
    ("shelf", QT_TRANSLATE_NOOP("ImportPreviewModel", "货架")),
    ("reorder_level", QT_TRANSLATE_NOOP("ImportPreviewModel", "库存下限")),
    ("quantity", QT_TRANSLATE_NOOP("ImportPreviewModel", "期初数量")),
    ("value", QT_TRANSLATE_NOOP("ImportPreviewModel", "期初金额（元）")),
]
_WIDTHS = (46, 130, 80, 300, 80, 110, 44, 80, 60, 70, 70, 90)
# The file's fields each preview column shows (a problem in any of them marks the cell).
_COLUMN_FIELDS = {"value": ("amount", "unit_price")}


def item_text(row: ItemRow, key: str) -> str:
    """A cell of an item list's preview row: what will be stored, or what the file says."""
    values = row.row.values
    if key == "unit":
        return row.unit.name if row.unit is not None else cell_text(values.get("unit"))
    if key == "quantity":
        return format_qty(row.qty_m) if row.qty_m else cell_text(values.get("quantity"))
    if key == "value":
        return format_fen(row.value_fen) if row.qty_m else ""
    if key == "reorder_level":
        level = values.get("reorder_level")
        return f"{level.normalize():f}" if level is not None else ""
    return cell_text(values.get(key))


def _summary(preview: ItemImportPreview) -> str:
    return QCoreApplication.translate(
        "ItemImport",
        "共 {rows} 行数据：可导入 {good} 行（新建物资 {new} 种，已有 {existing} 种；"
        "期初库存 {openings} 种，金额合计 ¥{total}），有错误 {bad} 行。",
    ).format(
        rows=f"{len(preview.rows):,}",
        good=f"{len(preview.good_rows):,}",
        new=f"{preview.new_items:,}",
        existing=f"{preview.existing_items:,}",
        openings=f"{preview.openings:,}",
        total=format_fen(preview.opening_value_fen),
        bad=f"{len(preview.error_rows):,}",
    )


def _details(preview: ItemImportPreview) -> list[str]:
    lines = []
    if preview.openings:
        lines.append(
            QCoreApplication.translate(
                "ItemImport", "期初库存记账日期：{date}（只能导入到还没有出入库记录的物资）"
            ).format(date=preview.opening_date.isoformat())
        )
    units, categories = preview.new_units, preview.new_categories
    if units:
        lines.append(
            QCoreApplication.translate(
                "ItemImport", "将新建计量单位（只能计整数）：{names}"
            ).format(names="、".join(units))
        )
    if categories:
        lines.append(
            QCoreApplication.translate("ItemImport", "将新建物资分类：{names}").format(
                names="、".join(categories)
            )
        )
    return lines


def item_flow() -> ImportFlow:
    """导入物资: the stock room's item list and opening balances."""
    return ImportFlow(
        fields=ITEM_FIELDS,
        open_file=open_item_list,
        preview=lambda ledger, mapping, row, progress, _options: build_item_preview(
            ledger, mapping, row, progress=progress
        ),
        apply=lambda preview, skip, actor, progress: import_items(
            preview, skip_errors=skip, actor=actor, progress=progress
        ),
        summary=_summary,
        details=_details,
        saved_mapping=saved_item_mapping,
        remember_mapping=remember_item_mapping,
        field_titles=FIELD_TITLES,
        columns=COLUMNS,
        cell_text=item_text,
        right_aligned=("reorder_level", "quantity", "value"),
        column_widths=_WIDTHS,
        column_fields=_COLUMN_FIELDS,
        window_title=QCoreApplication.translate("ItemImport", "导入物资和期初库存"),
        file_text=QT_TRANSLATE_NOOP("ImportDialog", "物资清单：{source}；表头在第 {line} 行"),
    )


def choose_and_import_items(
    parent: QWidget, runner: TaskRunner, actor: str
) -> ItemImportResult | Any | None:
    """库房 → 导入物资: pick a file, preview it, import it; the result, or None."""
    return choose_and_import(
        parent,
        runner,
        actor,
        item_flow(),
        QCoreApplication.translate("ItemImport", "选择要导入的物资清单"),
    )
