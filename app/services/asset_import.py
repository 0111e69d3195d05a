"""Import the ledger a school already keeps: read it, map its columns, and preview every problem.

Nothing is written here: ``build_preview`` is the dry run. ``asset_import_apply.import_assets``
registers the rows of a preview in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.io.headers import IGNORE, HeaderGuess, guess_header, guess_mapping, header_at, header_key
from app.io.headers import mapping_problems as _mapping_problems
from app.io.rows import ParsedLedger, Problem, Progress, parse_rows
from app.io.tables import RawTable, read_table
from app.models import Setting
from app.services.asset_import_refs import KIND_LABELS
from app.services.asset_import_resolve import ResolvedRow, resolve_rows
from app.services.errors import ValidationError
from app.services.settings import load_settings
from app.services.transaction import action

MAPPING_KEY = "import_mapping:assets"


@dataclass
class Ledger:
    """A ledger file as read, with where its header is and how its columns map."""

    path: Path
    table: RawTable
    header: HeaderGuess | None

    @property
    def source(self) -> str:
        """What was read: the file name and the sheet or encoding."""
        kind = "Excel 工作簿" if self.table.kind == "xlsx" else "CSV 文件"
        return f"{self.path.name}（{kind}，{self.table.detail}）"


@dataclass
class ImportPreview:
    """The dry run: every row with its problems, what would be created, and the totals."""

    ledger: Ledger
    header: HeaderGuess | None
    mapping: dict[int, str]
    file_problems: list[str]
    parsed: ParsedLedger | None
    rows: list[ResolvedRow] = field(default_factory=list)
    new_records: dict[str, list[str]] = field(default_factory=dict)
    threshold: Decimal = Decimal("1000.00")

    @property
    def good_rows(self) -> list[ResolvedRow]:
        """The rows that can be imported."""
        return [row for row in self.rows if row.ok]

    @property
    def error_rows(self) -> list[ResolvedRow]:
        """The rows with at least one problem."""
        return [row for row in self.rows if not row.ok]

    @property
    def problems(self) -> list[Problem]:
        """Every problem of every row, in file order."""
        return [problem for row in self.rows for problem in row.all_problems]

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
        return sum(
            row.count
            for row in self.good_rows
            if row.unit_value is not None and row.unit_value < self.threshold
        )

    @property
    def is_clean(self) -> bool:
        """True when every row can be imported (and there is at least one)."""
        return not self.file_problems and bool(self.rows) and not self.error_rows

    @property
    def can_import_good_rows(self) -> bool:
        """True when the file as a whole is readable and some rows are good."""
        return not self.file_problems and bool(self.good_rows)

    def new_record_lines(self) -> list[str]:
        """“房间 3 间（B2-101、…）” for each kind of record the import would create."""
        lines = []
        for kind, names in self.new_records.items():
            label, measure = KIND_LABELS[kind]
            shown = "、".join(names[:5]) + ("等" if len(names) > 5 else "")
            lines.append(f"{label} {len(names)} {measure}（{shown}）")
        return lines


def open_ledger(path: Path | str, progress: Progress | None = None) -> Ledger:
    """Read a ledger file and find its header (using the remembered column names)."""
    table = read_table(Path(path), progress)
    return Ledger(Path(path), table, guess_header(table, saved_mapping()))


def build_preview(
    ledger: Ledger,
    mapping: dict[int, str] | None = None,
    header_row: int | None = None,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """The dry run of importing ``ledger``: parse, check against the database, write nothing.

    ``header_row`` (an index into the table) and ``mapping`` (column → field key) override
    what was guessed.
    """
    header = ledger.header
    if header_row is not None:
        header = header_at(ledger.table, header_row, saved_mapping())
    if header is None:
        return ImportPreview(
            ledger,
            None,
            {},
            ["找不到表头行：前 30 行中没有“资产名称”“单价”“购置日期”这样的列名。"],
            None,
        )
    if mapping is None:
        mapping = header.mapping
    problems = _mapping_problems(mapping)
    parsed = parse_rows(ledger.table, header, mapping, today or dt.date.today(), progress)
    if not parsed.rows and not problems:
        problems.append("表头下面没有数据行。")
    preview = ImportPreview(ledger, header, dict(mapping), problems, parsed)
    if problems:
        return preview
    preview.rows, resolver = resolve_rows(parsed.rows, parsed.columns, progress)
    preview.new_records = resolver.book.new_records(resolver.refs_of(preview.good_rows))
    preview.threshold = load_settings().fixed_asset_threshold
    return preview


def preview_import(path: Path | str, progress: Progress | None = None) -> ImportPreview:
    """Read and check a ledger file with the guessed (or remembered) mapping."""
    return build_preview(open_ledger(path, progress), progress=progress)


# --- the remembered mapping -------------------------------------------------------------------


def saved_mapping() -> dict[str, str]:
    """The user's corrections to the guessed mapping: header text → field key (or "" = skip)."""
    row = Setting.get_or_none(Setting.key == MAPPING_KEY)
    if row is None:
        return {}
    try:
        stored = json.loads(row.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def remember_mapping(titles: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """Keep where the user's mapping differs from the guess, for the next file with such headers."""
    problems = _mapping_problems(mapping)
    if problems:
        raise ValidationError("；".join(problems) + "。", "mapping")
    stored = saved_mapping()
    guessed = guess_mapping(titles)
    for column, title in enumerate(titles):
        key = header_key(title)
        if not key:
            continue
        chosen = mapping.get(column, IGNORE)
        if chosen == guessed.get(column, IGNORE):
            stored.pop(key, None)
        else:
            stored[key] = chosen
    with action():
        Setting.insert(
            key=MAPPING_KEY, value=json.dumps(stored, ensure_ascii=False)
        ).on_conflict_replace().execute()
    return stored
