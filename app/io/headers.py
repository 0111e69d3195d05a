"""Recognise a spreadsheet's header row and map its columns to the fields of one import."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.io.asset_fields import ASSET_FIELDS
from app.io.fields import FieldSet
from app.io.tables import RawTable, column_letter
from app.io.values import cell_text, normalise

HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2
IGNORE = ""  # the mapping's "not imported"
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>")


def header_key(title: str) -> str:
    """A header as compared: no spaces, brackets (units such as “（元）”), stars or case."""
    text = normalise(title)
    text = _BRACKETS.sub("", text)
    return re.sub(r"[\s*:：]", "", text).lower()


def scale_of(title: str) -> int:
    """10000 when a money column is headed in 万元, else 1."""
    return 10_000 if "万元" in normalise(title) else 1


def field_for(title: str, fields: FieldSet = ASSET_FIELDS) -> tuple[str, int] | None:
    """The field a header names and how good a name it is (lower is better), or None."""
    key = header_key(title)
    if not key:
        return None
    if key in fields.synonyms:
        return fields.synonyms[key]
    # "固定资产编号" or "购置日期（年月日）" spelled differently: a long synonym inside the header.
    for synonym, (field, rank) in fields.synonyms.items():
        if len(synonym) >= 4 and synonym in key:
            return field, rank + 100
    return None


@dataclass
class HeaderGuess:
    """Where the header is, what each column is called, and which field each column fills."""

    row_index: int  # index in RawTable.rows of the (last) header row
    titles: list[str]
    mapping: dict[int, str]  # column → field key; IGNORE for columns not imported

    @property
    def data_start(self) -> int:
        """Index of the first row after the header."""
        return self.row_index + 1


def guess_mapping(
    titles: list[str],
    remembered: dict[str, str] | None = None,
    fields: FieldSet = ASSET_FIELDS,
) -> dict[int, str]:
    """Map each titled column to a field: the user's remembered choice first, then the synonyms.

    When two columns claim one field (分类代码 and 分类名称), the better-named one keeps it.
    """
    remembered = remembered or {}
    claims: dict[int, tuple[str, int]] = {}
    for column, title in enumerate(titles):
        key = header_key(title)
        if not key:
            continue
        if key in remembered:
            if remembered[key] in fields.by_key:
                claims[column] = (remembered[key], -1)
            continue
        found = field_for(title, fields)
        if found is not None:
            claims[column] = found
    mapping = {column: IGNORE for column, title in enumerate(titles) if header_key(title)}
    best: dict[str, tuple[int, int]] = {}
    for column, (field, rank) in claims.items():
        if fields.by_key[field].multi:
            mapping[column] = field
        elif field not in best or rank < best[field][0]:
            best[field] = (rank, column)
    for field, (_rank, column) in best.items():
        mapping[column] = field
    return mapping


def _score(titles: list[str], fields: FieldSet) -> int:
    return len({found[0] for title in titles if (found := field_for(title, fields)) is not None})


def _titles(row: tuple[object, ...], width: int) -> list[str]:
    return [cell_text(row[c]) if c < len(row) else "" for c in range(width)]


def guess_header(
    table: RawTable,
    remembered: dict[str, str] | None = None,
    fields: FieldSet = ASSET_FIELDS,
) -> HeaderGuess | None:
    """Find the header among the first rows (below any title), or None if there is none."""
    width = table.width
    best_index, best_score = -1, MIN_HEADER_FIELDS - 1
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        score = _score(_titles(row, width), fields)
        if score > best_score:
            best_index, best_score = index, score
    if best_index < 0:
        return None
    titles = _titles(table.rows[best_index], width)
    if best_index + 1 < len(table.rows):
        # A two-level header: a group title (使用情况) above its sub-columns (存放地点, 使用人).
        below = _titles(table.rows[best_index + 1], width)
        combined = [
            low if field_for(low, fields) is not None or not high else high
            for high, low in zip(titles, below, strict=True)
        ]
        if _score(combined, fields) > best_score:
            return HeaderGuess(
                best_index + 1, combined, guess_mapping(combined, remembered, fields)
            )
    return HeaderGuess(best_index, titles, guess_mapping(titles, remembered, fields))


def header_at(
    table: RawTable,
    row_index: int,
    remembered: dict[str, str] | None = None,
    fields: FieldSet = ASSET_FIELDS,
) -> HeaderGuess:
    """The header the user pointed at (row index into the table)."""
    titles = _titles(table.rows[row_index], table.width)
    return HeaderGuess(row_index, titles, guess_mapping(titles, remembered, fields))


def mapping_problems(mapping: dict[int, str], fields: FieldSet = ASSET_FIELDS) -> list[str]:
    """What is wrong with a mapping as a whole: a field taken twice, a required field missing."""
    problems = []
    used: dict[str, list[int]] = {}
    for column, field in sorted(mapping.items()):
        if field != IGNORE:
            used.setdefault(field, []).append(column)
    for field, columns in used.items():
        if len(columns) > 1 and not fields.by_key[field].multi:
            shown = "、".join(f"{column_letter(c)} 列" for c in columns)
            problems.append(f"“{fields.by_key[field].label}”对应了多列（{shown}），只能对应一列")
    for field in fields.required:
        if field not in used:
            problems.append(f"没有“{fields.by_key[field].label}”列")
    if fields.one_of and not any(field in used for field in fields.one_of):
        problems.append(fields.one_of_missing_column)
    return problems
