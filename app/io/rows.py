"""Turn a spreadsheet's rows into typed values: skip blanks, totals and notes, report every bad cell."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.io.asset_fields import ASSET_FIELDS
from app.io.fields import FieldSet, FieldSpec
from app.io.headers import IGNORE, HeaderGuess, scale_of
from app.io.tables import RawTable, column_letter
from app.io.values import (
    CellProblem,
    cell_text,
    is_blank,
    normalise,
    parse_date,
    parse_money,
    parse_quantity,
)

Progress = Callable[[int, int, str], None]

SKIP_BLANK = "空行"
SKIP_TOTAL = "合计行"
SKIP_HEADER = "重复的表头"
SKIP_NOTE = "标题或说明行"

# The register's acquisition methods (取得方式) and the words ledgers and finance software use.
ACQUISITION_WORDS = {
    "购置": "购置",
    "购入": "购置",
    "购买": "购置",
    "采购": "购置",
    "直接购入": "购置",
    "新购": "购置",
    "调入": "调入",
    "调拨": "调入",
    "调拨调入": "调入",
    "划拨": "调入",
    "无偿调入": "调入",
    "接受捐赠": "接受捐赠",
    "捐赠": "接受捐赠",
    "受赠": "接受捐赠",
    "捐赠转入": "接受捐赠",
    "自建": "自建",
    "自制": "自建",
    "自行建造": "自建",
    "置换": "置换",
    "置换换入": "置换",
    "盘盈": "盘盈",
    "其他": "其他",
    "其它": "其他",
}
# The register's statuses and the words ledgers use for them.
STATUS_WORDS = {
    "在用": "在用",
    "正常": "在用",
    "正常使用": "在用",
    "使用中": "在用",
    "闲置": "闲置",
    "未使用": "闲置",
    "备用": "闲置",
    "维修中": "维修中",
    "维修": "维修中",
    "待修": "维修中",
    "损坏": "维修中",
    "待报废": "待报废",
    "待处置": "待报废",
    "拟报废": "待报废",
    "已报废": "已报废",
    "报废": "已报废",
    "已处置": "已报废",
    "丢失": "丢失",
    "遗失": "丢失",
    "盘亏": "丢失",
}
# The whole cell: "合计", "合  计：", "本页小计(元)" — not "合计器" or a note "合计3台".
_TOTAL = re.compile(r"(本页|本表)?(合计|总计|小计|共计)([:(].*)?")
_LABEL = re.compile(r"\D{1,10}[:：]")
_PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported, with where it is."""

    line: int  # the row number in the file
    column: str  # "E 列（单价）", or "" for the row as a whole
    reason: str
    order: int = -1  # the column's index, to list a row's problems left to right

    def __str__(self) -> str:
        where = f"第 {self.line} 行" + (f" · {self.column}" if self.column else "")
        return f"{where}：{self.reason}"


@dataclass
class LedgerRow:
    """One data row: its typed values by field key and the problems found in its cells."""

    line: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    # Each field's cells as the file writes them, so a faulty cell is shown as typed
    # ("-1150.00", "2099年1月1日"), not as what parsing made of it.
    raw: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the row can be imported."""
        return not self.problems

    def add(self, column: str, reason: str) -> None:
        """Record a problem with this row."""
        self.problems.append(Problem(self.line, column, reason, column_index(column)))


@dataclass
class ParsedLedger:
    """The data rows of a ledger and the rows skipped as not being data."""

    rows: list[LedgerRow]
    skipped: list[tuple[int, str]]  # (line, why)
    columns: dict[str, str]  # field key → how its (first) column is named in messages

    def skipped_counts(self) -> Counter[str]:
        """How many rows were skipped for each reason."""
        return Counter(why for _line, why in self.skipped)


def column_label(column: int, title: str) -> str:
    """How a column is named in a problem: E 列（单价）."""
    return f"{column_letter(column)} 列" + (f"（{title}）" if title else "")


def column_index(label: str) -> int:
    """The 0-based column a label names ("AB 列（…）" → 27), or -1 for none."""
    letters = label.partition(" ")[0]
    if not letters.isascii() or not letters.isalpha():
        return -1
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def parse_rows(
    table: RawTable,
    header: HeaderGuess,
    mapping: dict[int, str],
    today: dt.date,
    progress: Progress | None = None,
    fields: FieldSet = ASSET_FIELDS,
) -> ParsedLedger:
    """Read every row below the header with ``mapping`` (column → field key of ``fields``)."""
    used = {c: f for c, f in mapping.items() if f != IGNORE}
    labels = {c: column_label(c, header.titles[c] if c < len(header.titles) else "") for c in used}
    columns: dict[str, str] = {}
    for c in sorted(used):
        columns.setdefault(used[c], labels[c])
    scales = {c: scale_of(header.titles[c]) for c in used if c < len(header.titles)}
    name_columns = [c for c, f in used.items() if f == "name"]
    header_keys = [normalise(t) for t in header.titles]
    rows: list[LedgerRow] = []
    skipped: list[tuple[int, str]] = []
    total = len(table.rows) - header.data_start
    for done, index in enumerate(range(header.data_start, len(table.rows)), start=1):
        cells = table.rows[index]
        line = table.lines[index]
        why = _skip_reason(cells, header_keys, name_columns)
        if why:
            skipped.append((line, why))
        else:
            rows.append(_parse_row(line, cells, used, labels, scales, today, fields))
        if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
            progress(done, total, "正在检查数据…")
    _mark_duplicates(rows, columns.get(fields.key_field, ""), fields.by_key[fields.key_field])
    _mark_missing(rows, columns, fields)
    return ParsedLedger(rows, skipped, columns)


def _skip_reason(cells: tuple[object, ...], header_keys: list[str], name_columns: list[int]) -> str:
    texts = [(c, normalise(cell_text(v))) for c, v in enumerate(cells) if not is_blank(v)]
    if not texts:
        return SKIP_BLANK
    if any(_TOTAL.fullmatch(text.replace(" ", "")) for _c, text in texts):
        return SKIP_TOTAL
    same = sum(1 for c, text in texts if c < len(header_keys) and text == header_keys[c])
    if same >= 2 and same * 2 >= len(texts):
        return SKIP_HEADER
    # A footer ("制表人：张三  审核：李四") or a group heading ("一、办公设备") without a name.
    if all(_LABEL.match(text) for _c, text in texts):
        return SKIP_NOTE
    if len(texts) == 1 and texts[0][0] not in name_columns:
        return SKIP_NOTE
    return ""


def _parse_row(
    line: int,
    cells: tuple[object, ...],
    used: dict[int, str],
    labels: dict[int, str],
    scales: dict[int, int],
    today: dt.date,
    fields: FieldSet,
) -> LedgerRow:
    row = LedgerRow(line, {})
    for column, key in used.items():
        raw = cells[column] if column < len(cells) else None
        if is_blank(raw):
            continue
        shown = cell_text(raw)
        row.raw[key] = f"{row.raw[key]} {shown}" if key in row.raw else shown
        spec = fields.by_key[key]
        try:
            # Only a purchase lies in the past; a warranty usually ends in the future.
            limit = None if key == "warranty_end" else today
            value = _parse_cell(spec, raw, scales.get(column, 1), limit)
        except CellProblem as problem:
            row.add(labels[column], problem.reason)
            continue
        if spec.kind == "quantity":
            value, unit = value
            if unit and key == "quantity":
                row.values["quantity_unit"] = unit
        if isinstance(value, str):
            if spec.multi and key in row.values:
                value = f"{row.values[key]} {value}"
            if spec.max_length and len(value) > spec.max_length:
                row.add(labels[column], f"{spec.label}太长（最多 {spec.max_length} 个字）")
                continue
        row.values[key] = value
    _check_key(row, labels, used, fields.by_key[fields.key_field])
    return row


def _parse_cell(spec: FieldSpec, raw: object, scale: int, today: dt.date | None) -> Any:
    kind = spec.kind
    if kind == "money":
        return parse_money(raw, scale)
    if kind == "date":
        return parse_date(raw, today)
    if kind == "quantity":
        quantity, unit = parse_quantity(raw)
        if quantity < 0 and spec.allow_zero:
            raise CellProblem(f"{spec.label}不能为负数（{cell_text(raw)}）")
        if quantity <= 0 and not spec.allow_zero:
            raise CellProblem("数量必须大于零")
        return quantity, unit
    text = cell_text(raw)
    if kind == "acquisition":
        method = ACQUISITION_WORDS.get(normalise(text).replace(" ", ""))
        if method is None:
            raise CellProblem(
                f"未知的取得方式“{text}”（可用：购置、调入、接受捐赠、自建、置换、盘盈、其他）"
            )
        return method
    if kind == "status":
        status = STATUS_WORDS.get(normalise(text).replace(" ", ""))
        if status is None:
            raise CellProblem(
                f"未知的状态“{text}”（可用：在用、闲置、维修中、待报废、已报废、丢失）"
            )
        return status
    return text


def _check_key(
    row: LedgerRow, labels: dict[int, str], used: dict[int, str], spec: FieldSpec
) -> None:
    number = row.values.get(spec.key, "")
    if number and any(ch.isspace() for ch in number):
        column = next(labels[c] for c, f in used.items() if f == spec.key)
        row.add(column, f"{spec.label}“{number}”中有空格")
        del row.values[spec.key]


def _mark_duplicates(rows: list[LedgerRow], column: str, spec: FieldSpec) -> None:
    """A number that appears on several rows is wrong on all of them: which one is right is unknown.

    The message says so on each row, naming the others, so the user knows to correct one.
    """
    lines: dict[str, list[int]] = {}
    for row in rows:
        number = row.values.get(spec.key)
        if number:
            lines.setdefault(number, []).append(row.line)
    for row in rows:
        number = row.values.get(spec.key)
        if number and len(lines[number]) > 1:
            others = "、".join(str(line) for line in lines[number] if line != row.line)
            count = len(lines[number])
            rows_word = "两行" if count == 2 else f"这 {count} 行"
            row.add(
                column,
                f"{spec.label} {number} 与第 {others} 行重复，{rows_word}都不会导入，请改正其中一行",
            )


def _mark_missing(rows: list[LedgerRow], columns: dict[str, str], fields: FieldSet) -> None:
    """A required cell left empty (a required column missing altogether is the mapping's problem)."""
    for row in rows:
        bad_columns = {problem.column for problem in row.problems}
        for key in fields.required:
            column = columns.get(key)
            if column and key not in row.values and column not in bad_columns:
                row.add(column, f"缺少{fields.by_key[key].label}")
        price_columns = [columns[key] for key in fields.one_of if key in columns]
        if (
            price_columns
            and not any(key in row.values for key in fields.one_of)
            and not bad_columns.intersection(price_columns)
        ):
            row.add(price_columns[0], fields.one_of_missing_cell)


def quantity_of(row: LedgerRow) -> Decimal:
    """The row's quantity (1 when the ledger has no quantity)."""
    return row.values.get("quantity", Decimal(1))
