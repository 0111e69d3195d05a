"""Import the ledger a school already keeps: read it, map its columns, and preview every problem.

Nothing is written here: ``build_preview`` is the dry run. ``asset_import_apply.import_assets``
registers the rows of a preview in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.io.asset_fields import ASSET_FIELDS
from app.io.rows import Progress
from app.services import sheet_import
from app.services.asset_import_refs import KIND_LABELS
from app.services.asset_import_resolve import CategoryChoice, ResolvedRow, resolve_rows
from app.services.settings import load_settings
from app.services.sheet_import import (
    ImportKind,
    Ledger,
    PreviewBase,
    created_lines,
    parse_ledger,
)

MAPPING_KEY = "import_mapping:assets"
ASSETS = ImportKind(ASSET_FIELDS, MAPPING_KEY, "台账")


@dataclass
class ImportPreview(PreviewBase):
    """The dry run: every row with its problems, what would be created, and the totals."""

    KIND = ASSETS
    rows: list[ResolvedRow] = field(default_factory=list)
    new_records: dict[str, list[str]] = field(default_factory=dict)
    threshold: Decimal = Decimal("1000.00")
    category_choice: CategoryChoice = field(default_factory=CategoryChoice)

    @property
    def asset_count(self) -> int:
        """How many assets the good rows register."""
        return sum(row.count for row in self.good_rows)

    @property
    def total_value(self) -> Decimal:
        """The total original value of the good rows' assets."""
        return sum(
            (row.unit_value * row.count for row in self.good_rows if row.unit_value is not None),
            Decimal("0.00"),
        )

    @property
    def below_threshold(self) -> int:
        """How many of the good rows' assets are worth less than the fixed-asset threshold."""
        return sum(row.count for row in self.good_rows if row.below_threshold)

    @property
    def below_threshold_rows(self) -> list[ResolvedRow]:
        """The good rows whose assets are worth less than the fixed-asset threshold."""
        return [row for row in self.good_rows if row.below_threshold]

    @property
    def check_rows(self) -> list[ResolvedRow]:
        """The good rows with something to check first (a guessed category, a place's name)."""
        return [row for row in self.rows if row.needs_check]

    def new_record_lines(self) -> list[str]:
        """“房间 3 间（B2-101、…）” for each kind of record the import would create."""
        return created_lines(
            [(*KIND_LABELS[kind], names) for kind, names in self.new_records.items()]
        )


def open_ledger(path: Path | str, progress: Progress | None = None) -> Ledger:
    """Read a ledger file and find its header (using the remembered column names)."""
    return sheet_import.open_ledger(ASSETS, path, progress)


def build_preview(
    ledger: Ledger,
    mapping: dict[int, str] | None = None,
    header_row: int | None = None,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
    categories: CategoryChoice | None = None,
) -> ImportPreview:
    """The dry run of importing ``ledger``: parse, check against the database, write nothing.

    ``header_row`` (an index into the table) and ``mapping`` (column → field key) override
    what was guessed; ``categories`` says what rows without a category get.
    """
    found = parse_ledger(ASSETS, ledger, mapping, header_row, today or dt.date.today(), progress)
    preview = ImportPreview(ledger, found.header, found.mapping, found.problems, found.parsed)
    preview.category_choice = categories or CategoryChoice()
    if found.problems or found.parsed is None:
        return preview
    parsed = found.parsed
    preview.rows, resolver = resolve_rows(
        parsed.rows, parsed.columns, progress, preview.category_choice
    )
    preview.new_records = resolver.book.new_records(resolver.refs_of(preview.good_rows))
    preview.threshold = load_settings().fixed_asset_threshold
    for row in preview.good_rows:
        if row.unit_value is not None and row.unit_value < preview.threshold:
            row.below_threshold = True
    return preview


def preview_import(path: Path | str, progress: Progress | None = None) -> ImportPreview:
    """Read and check a ledger file with the guessed (or remembered) mapping."""
    return build_preview(open_ledger(path, progress), progress=progress)


# --- the remembered mapping -------------------------------------------------------------------


def saved_mapping() -> dict[str, str]:
    """The user's corrections to the guessed asset mapping: header text → field key."""
    return sheet_import.saved_mapping(ASSETS)


def remember_mapping(titles: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """Keep where the user's mapping differs from the guess, for the next ledger."""
    return sheet_import.remember_mapping(ASSETS, titles, mapping)
