"""Import an item list: create the items and post their opening balances in one transaction."""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.io.rows import Progress
from app.models import ItemCategory
from app.models.base import now
from app.models.stock import MOVE_OPENING
from app.money import format_fen
from app.services.asset_import_refs import compact
from app.services.audit import record
from app.services.errors import DomainError, ValidationError
from app.services.reference import save_record
from app.services.sheet_import import rows_to_import
from app.services.stock_docs import PostedDoc
from app.services.stock_import import ItemImportPreview
from app.services.stock_import_resolve import ItemRow, resolve_item_rows
from app.services.stock_items import ItemInput, create_item
from app.services.stock_ledger import append_doc_moves, posting

OPENING_DOC_NUMBER = "期初导入"


@dataclass
class ItemImportResult:
    """What an item import created and posted."""

    rows: int
    new_items: int
    existing_items: int
    openings: int
    opening_value_fen: int
    skipped_rows: int
    new_units: int = 0
    new_categories: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for the status bar and the command line."""
        text = (
            f"已导入 {self.rows:,} 行：新建物资 {self.new_items:,} 种，已有 {self.existing_items:,} 种；"
            f"期初库存 {self.openings:,} 种，金额合计 ¥{format_fen(self.opening_value_fen)}"
        )
        made = [
            f"{label} {count} 个"
            for label, count in (("计量单位", self.new_units), ("物资分类", self.new_categories))
            if count
        ]
        if made:
            text += "；新建 " + "，".join(made)
        if self.skipped_rows:
            text += f"；有错误的 {self.skipped_rows:,} 行未导入"
        return text + "。"


def import_items(
    preview: ItemImportPreview,
    *,
    skip_errors: bool = False,
    actor: str = "",
    progress: Progress | None = None,
) -> ItemImportResult:
    """Create the preview's items and post their openings in ONE transaction.

    Raising from ``progress`` undoes it all. Without ``skip_errors`` any row with a problem
    stops the import before anything is written. The rows are checked again inside the
    transaction, so an item that moved since the preview cannot get an opening balance.
    """
    if preview.parsed is None:
        rows_to_import(preview, [], skip_errors)  # raises: the file has problems
    started = time.perf_counter()
    file_name = preview.ledger.path.name
    with posting():
        rows, _plan = resolve_item_rows(preview.parsed.rows, preview.parsed.columns)
        good: list[ItemRow] = rows_to_import(preview, rows, skip_errors)
        units: dict[str, int] = {}
        categories: dict[str, int] = {}
        result = ItemImportResult(len(good), 0, 0, 0, 0, len(rows) - len(good))
        openings: list[tuple[int, int, int | None]] = []
        for done, row in enumerate(good, start=1):
            item_id = row.item_id
            if item_id is None:
                item_id = _create(row, units, categories, actor)
                result.new_items += 1
            else:
                result.existing_items += 1
            if row.qty_m:
                openings.append((item_id, row.qty_m, row.value_fen))
                result.openings += 1
                result.opening_value_fen += row.value_fen
            if progress is not None:
                progress(done, len(good), "正在导入物资和期初库存…")
        # The openings are posted like a document's lines, though no document stands behind
        # them: no numbered slip, the moves are named 期初导入 and dated the opening date.
        opening = PostedDoc(None, OPENING_DOC_NUMBER, preview.opening_date, actor, now())
        append_doc_moves(opening, MOVE_OPENING, openings)
        result.new_units, result.new_categories = len(units), len(categories)
        record(actor, "导入物资", "item", None, f"{file_name}：{result.summary()}")
    result.seconds = time.perf_counter() - started
    return result


def _create(row: ItemRow, units: dict[str, int], categories: dict[str, int], actor: str) -> int:
    """Create one row's item (and its new unit or category) through the items' own verb."""
    unit = row.unit
    if unit is None:  # a row without a unit is never good; this names it if that changes
        raise ValidationError(f"第 {row.row.line} 行：缺少计量单位", "unit")
    unit_id = unit.id
    if unit_id is None:
        key = compact(unit.name)
        if key not in units:
            units[key] = save_record(
                "unit", {"name": unit.name, "allows_fraction": False}, actor=actor
            )
        unit_id = units[key]
    category_id = row.category_id
    if row.category and category_id is None:
        key = compact(row.category)
        if key not in categories:
            categories[key] = ItemCategory.insert(name=row.category, active=True).execute()
            record(actor, "新增物资分类", "item_category", categories[key], row.category)
        category_id = categories[key]
    values = row.row.values
    data = ItemInput(
        name=values["name"],
        unit_id=unit_id,
        code=values["code"],
        spec=values.get("spec", ""),
        category_id=category_id,
        shelf=values.get("shelf", ""),
        reorder_level=row.reorder_level,
        note=values.get("note", ""),
    )
    try:
        return create_item(data, actor)
    except DomainError as exc:
        # The preview checks what create_item checks; this names the row if they ever differ.
        raise ValidationError(f"第 {row.row.line} 行：{exc.message}", exc.field) from exc
