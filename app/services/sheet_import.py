"""The steps every spreadsheet import shares: read, find the header, parse, remember the mapping.

An import kind (assets, stock items) names its fields and where its mapping is remembered;
its own modules resolve the parsed rows against the database and write them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from app.io.fields import FieldSet
from app.io.headers import IGNORE, HeaderGuess, guess_header, guess_mapping, header_at, header_key
from app.io.headers import mapping_problems as _mapping_problems
from app.io.rows import LedgerRow, ParsedLedger, Problem, Progress, column_index, parse_rows
from app.io.tables import RawTable, read_table
from app.models import Setting
from app.services.errors import ValidationError
from app.services.transaction import action


@dataclass(frozen=True)
class ImportKind:
    """One kind of import: its fields and the setting that remembers the user's mapping."""

    fields: FieldSet
    mapping_key: str  # import_mapping:assets
    what: str  # how messages name the file: 台账, 物资清单


@dataclass
class Ledger:
    """A spreadsheet as read, with where its header is and how its columns map."""

    path: Path
    table: RawTable
    header: HeaderGuess | None

    @property
    def source(self) -> str:
        """What was read: the file name and the sheet or encoding."""
        kind = "Excel 工作簿" if self.table.kind == "xlsx" else "CSV 文件"
        return f"{self.path.name}（{kind}，{self.table.detail}）"


@dataclass
class CheckedRow:
    """A parsed row with the problems found against the database and notes on what will happen."""

    row: LedgerRow
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Importable, but worth a look first: a guessed category, a place whose name differs.
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> int:
        """The file's row number (table models find rows by id)."""
        return self.row.line

    @property
    def all_problems(self) -> list[Problem]:
        """Problems in the cells and against the database, left to right."""
        return sorted(self.row.problems + self.problems, key=lambda problem: problem.order)

    @property
    def ok(self) -> bool:
        """True when the row can be imported."""
        return not self.row.problems and not self.problems

    @property
    def needs_check(self) -> bool:
        """True when the row can be imported but something about it deserves a look."""
        return self.ok and bool(self.warnings)

    def add(self, column: str, reason: str) -> None:
        """Record a problem found against the database."""
        self.problems.append(Problem(self.row.line, column, reason, column_index(column)))


@dataclass
class PreviewBase:
    """A dry run: the file, its header and mapping, and every checked row."""

    KIND: ClassVar[ImportKind]  # set by each kind's preview class
    ledger: Ledger
    header: HeaderGuess | None
    mapping: dict[int, str]
    file_problems: list[str]
    parsed: ParsedLedger | None
    rows: list = field(default_factory=list)  # CheckedRow subclasses

    @property
    def good_rows(self) -> list:
        """The rows that can be imported."""
        return [row for row in self.rows if row.ok]

    @property
    def error_rows(self) -> list:
        """The rows with at least one problem."""
        return [row for row in self.rows if not row.ok]

    @property
    def problems(self) -> list[Problem]:
        """Every problem of every row, in file order."""
        return [problem for row in self.rows for problem in row.all_problems]

    @property
    def is_clean(self) -> bool:
        """True when every row can be imported (and there is at least one)."""
        return not self.file_problems and bool(self.rows) and not self.error_rows

    @property
    def can_import_good_rows(self) -> bool:
        """True when the file as a whole is readable and some rows are good."""
        return not self.file_problems and bool(self.good_rows)


def created_lines(groups: list[tuple[str, str, list[str]]]) -> list[str]:
    """“房间 3 间（B2-101、…）” for each (label, measure word, names) with any names."""
    lines = []
    for label, measure, names in groups:
        if names:
            shown = "、".join(names[:5]) + ("等" if len(names) > 5 else "")
            lines.append(f"{label} {len(names)} {measure}（{shown}）")
    return lines


def open_ledger(kind: ImportKind, path: Path | str, progress: Progress | None = None) -> Ledger:
    """Read a spreadsheet and find its header (using the remembered column names)."""
    table = read_table(Path(path), progress)
    return Ledger(Path(path), table, guess_header(table, saved_mapping(kind), kind.fields))


@dataclass
class Parsed:
    """The file-level outcome of a dry run, before the kind checks rows against the database."""

    header: HeaderGuess | None
    mapping: dict[int, str]
    problems: list[str]
    parsed: ParsedLedger | None


def parse_ledger(
    kind: ImportKind,
    ledger: Ledger,
    mapping: dict[int, str] | None,
    header_row: int | None,
    today: dt.date,
    progress: Progress | None,
) -> Parsed:
    """Parse the rows below the header; ``header_row`` and ``mapping`` override the guess."""
    header = ledger.header
    if header_row is not None:
        header = header_at(ledger.table, header_row, saved_mapping(kind), kind.fields)
    if header is None:
        example = kind.fields.header_example
        return Parsed(None, {}, [f"找不到表头行：前 30 行中没有{example}这样的列名。"], None)
    if mapping is None:
        mapping = header.mapping
    problems = _mapping_problems(mapping, kind.fields)
    parsed = parse_rows(ledger.table, header, mapping, today, progress, kind.fields)
    if not parsed.rows and not problems:
        problems.append("表头下面没有数据行。")
    return Parsed(header, dict(mapping), problems, parsed)


def rows_to_import(preview: PreviewBase, rows: list, skip_errors: bool) -> list:
    """The rows an import writes; refused while the file or (without ``skip_errors``) a row is bad."""
    what = preview.KIND.what
    if preview.file_problems or preview.parsed is None:
        raise ValidationError(f"{what}文件有问题，无法导入：" + "；".join(preview.file_problems))
    bad = [row for row in rows if not row.ok]
    if bad and not skip_errors:
        first = bad[0].all_problems[0]
        raise ValidationError(
            f"{what}有 {len(bad):,} 行存在错误，没有导入任何数据（例如 {first}）。"
            f"请修改{what}后重新导入，或选择只导入无误的行。"
        )
    good = [row for row in rows if row.ok]
    if not good:
        raise ValidationError(f"{what}中没有可以导入的行。")
    return good


# --- the remembered mapping -------------------------------------------------------------------


def saved_mapping(kind: ImportKind) -> dict[str, str]:
    """The user's corrections to the guessed mapping: header text → field key (or "" = skip)."""
    row = Setting.get_or_none(Setting.key == kind.mapping_key)
    if row is None:
        return {}
    try:
        stored = json.loads(row.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def remember_mapping(
    kind: ImportKind, titles: list[str], mapping: dict[int, str]
) -> dict[str, str]:
    """Keep where the user's mapping differs from the guess, for the next file with such headers."""
    problems = _mapping_problems(mapping, kind.fields)
    if problems:
        raise ValidationError("；".join(problems) + "。", "mapping")
    stored = saved_mapping(kind)
    guessed = guess_mapping(titles, None, kind.fields)
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
            key=kind.mapping_key, value=json.dumps(stored, ensure_ascii=False)
        ).on_conflict_replace().execute()
    return stored
