"""Import the item catalogue and opening balances (库房期初导入): the dry run.

Nothing is written here: ``build_item_preview`` reads and checks every row against the
database. ``stock_import_apply.import_items`` creates the items and posts the openings.

Unknown units and categories are created, not refused: a school's first catalogue names
dozens of them, and making the user type each into the reference data first would stop the
import for no gain. The preview lists every one it will create, so a typo shows before
anything is written. A new unit counts in whole numbers (a fraction for it is a problem);
a unit that measures (千克) must be allowed fractions in the reference data first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app.io.item_fields import ITEM_FIELDS
from app.io.rows import Progress
from app.money import format_fen
from app.services import sheet_import
from app.services.sheet_import import (
    ImportKind,
    Ledger,
    PreviewBase,
    created_lines,
    parse_ledger,
)
from app.services.stock_import_resolve import ItemRow, resolve_item_rows

MAPPING_KEY = "import_mapping:items"
ITEMS = ImportKind(ITEM_FIELDS, MAPPING_KEY, "物资清单")


@dataclass
class ItemImportPreview(PreviewBase):
    """The dry run of an item list: every row with its problems, and what would be created."""

    KIND = ITEMS
    rows: list[ItemRow] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    opening_date: dt.date = field(default_factory=dt.date.today)

    @property
    def new_items(self) -> int:
        """How many of the good rows create an item."""
        return sum(1 for row in self.good_rows if row.item_id is None)

    @property
    def existing_items(self) -> int:
        """How many of the good rows name an item already in the stock room."""
        return sum(1 for row in self.good_rows if row.item_id is not None)

    @property
    def openings(self) -> int:
        """How many of the good rows post an opening balance."""
        return sum(1 for row in self.good_rows if row.qty_m)

    @property
    def opening_value_fen(self) -> int:
        """The value of the good rows' opening balances, in fen."""
        return sum(row.value_fen for row in self.good_rows)

    def summary(self) -> str:
        """One line: rows, good and bad, what the good ones create and post."""
        return (
            f"共 {len(self.rows):,} 行数据：无误 {len(self.good_rows):,} 行"
            f"（新建物资 {self.new_items:,} 种，已有 {self.existing_items:,} 种；"
            f"期初库存 {self.openings:,} 种，金额合计 ¥{format_fen(self.opening_value_fen)}），"
            f"有错误 {len(self.error_rows):,} 行。"
        )

    def new_record_lines(self) -> list[str]:
        """“计量单位 2 个（桶、卷）” for the units and categories the import would create."""
        return created_lines(
            [("计量单位", "个", self.new_units), ("物资分类", "个", self.new_categories)]
        )


def open_item_list(path: Path | str, progress: Progress | None = None) -> Ledger:
    """Read an item list and find its header (using the remembered column names)."""
    return sheet_import.open_ledger(ITEMS, path, progress)


def build_item_preview(
    ledger: Ledger,
    mapping: dict[int, str] | None = None,
    header_row: int | None = None,
    *,
    opening_date: dt.date | None = None,
    progress: Progress | None = None,
) -> ItemImportPreview:
    """The dry run of importing ``ledger``: parse, check against the database, write nothing."""
    today = dt.date.today()
    found = parse_ledger(ITEMS, ledger, mapping, header_row, today, progress)
    preview = ItemImportPreview(
        ledger,
        found.header,
        found.mapping,
        found.problems,
        found.parsed,
        opening_date=opening_date or today,
    )
    if found.problems or found.parsed is None:
        return preview
    parsed = found.parsed
    preview.rows, plan = resolve_item_rows(parsed.rows, parsed.columns, progress)
    preview.new_units, preview.new_categories = plan.new_names(preview.good_rows)
    return preview


def preview_item_import(
    path: Path | str, progress: Progress | None = None, opening_date: dt.date | None = None
) -> ItemImportPreview:
    """Read and check an item list with the guessed (or remembered) mapping."""
    ledger = open_item_list(path, progress)
    return build_item_preview(ledger, opening_date=opening_date, progress=progress)


def saved_item_mapping() -> dict[str, str]:
    """The user's corrections to the guessed item-list mapping: header text → field key."""
    return sheet_import.saved_mapping(ITEMS)


def remember_item_mapping(titles: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """Keep where the user's mapping differs from the guess, for the next item list."""
    return sheet_import.remember_mapping(ITEMS, titles, mapping)
