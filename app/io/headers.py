"""The register's fields as ledgers name them: recognise the header row and map its columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.io.tables import RawTable, column_letter
from app.io.values import cell_text, normalise

HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2
IGNORE = ""  # the mapping's "not imported"


@dataclass(frozen=True)
class FieldSpec:
    """One field an imported column can fill."""

    key: str
    label: str
    kind: str  # text | money | date | quantity | status
    synonyms: tuple[str, ...]  # best first: the first wins when two columns claim the field
    max_length: int = 0
    multi: bool = False  # several columns are joined (规格 + 型号)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "number",
        "资产编号",
        "text",
        (
            "资产编号",
            "编号",
            "资产编码",
            "资产代码",
            "固定资产编号",
            "卡片编号",
            "资产条码",
            "条码",
        ),
        40,
    ),
    FieldSpec(
        "old_number", "原资产编号", "text", ("原资产编号", "原编号", "旧编号", "原始编号"), 40
    ),
    FieldSpec(
        "name",
        "资产名称",
        "text",
        ("资产名称", "名称", "品名", "物品名称", "设备名称", "固定资产名称", "财产名称"),
        100,
    ),
    FieldSpec(
        "category",
        "资产分类",
        "text",
        (
            "分类代码",
            "资产分类代码",
            "分类编码",
            "资产分类",
            "分类",
            "资产类别",
            "类别",
            "分类名称",
        ),
        60,
    ),
    FieldSpec(
        "spec",
        "规格型号",
        "text",
        ("规格型号", "规格", "型号", "型号规格", "规格及型号", "配置"),
        200,
        multi=True,
    ),
    FieldSpec("brand", "品牌", "text", ("品牌", "厂牌", "生产厂家", "厂家", "制造商"), 60),
    FieldSpec("unit", "计量单位", "text", ("计量单位", "单位"), 10),
    FieldSpec("quantity", "数量", "quantity", ("数量", "件数", "台数", "实有数量", "账面数量")),
    FieldSpec(
        "unit_price",
        "单价（原值）",
        "money",
        ("单价", "原值", "资产原值", "账面原值", "原价", "购置单价", "单件原值", "价值", "价格"),
    ),
    FieldSpec(
        "amount", "金额（合计）", "money", ("金额", "总价", "总金额", "合计金额", "原值合计")
    ),
    FieldSpec(
        "purchase_date",
        "购置日期",
        "date",
        (
            "购置日期",
            "取得日期",
            "入账日期",
            "购买日期",
            "购入日期",
            "购置时间",
            "取得时间",
            "启用日期",
            "日期",
        ),
    ),
    FieldSpec("funding_source", "经费来源", "text", ("经费来源", "资金来源", "经费渠道"), 30),
    FieldSpec("supplier", "供应商", "text", ("供应商", "供货商", "供货单位", "销售单位"), 100),
    FieldSpec("invoice_no", "发票号", "text", ("发票号", "发票号码", "发票编号"), 60),
    FieldSpec("serial_no", "序列号", "text", ("序列号", "出厂编号", "sn", "产品序列号"), 80),
    FieldSpec(
        "warranty_end", "保修截止", "date", ("保修截止", "保修截止日期", "保修期至", "保修到期")
    ),
    FieldSpec("status", "状态", "status", ("状态", "资产状态", "使用状态", "使用状况")),
    FieldSpec("building", "楼栋", "text", ("楼栋", "所在楼栋", "楼宇"), 60),
    FieldSpec(
        "location",
        "存放地点",
        "text",
        ("存放地点", "使用地点", "存放位置", "放置地点", "所在位置", "位置", "地点", "房间"),
        80,
    ),
    FieldSpec(
        "custodian", "保管人", "text", ("保管人", "使用人", "责任人", "领用人", "管理人"), 30
    ),
    FieldSpec(
        "department",
        "使用部门",
        "text",
        ("使用部门", "管理部门", "部门", "使用单位", "所属部门", "领用部门"),
        60,
    ),
    FieldSpec("note", "备注", "text", ("备注", "说明"), 500, multi=True),
)
FIELD_BY_KEY = {spec.key: spec for spec in FIELDS}
# What a ledger cannot do without; 单价 may come from 金额 instead.
REQUIRED = ("name", "category", "purchase_date")
PRICE_FIELDS = ("unit_price", "amount")

_SYNONYMS: dict[str, tuple[str, int]] = {
    synonym: (spec.key, rank) for spec in FIELDS for rank, synonym in enumerate(spec.synonyms)
}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>")


def header_key(title: str) -> str:
    """A header as compared: no spaces, brackets (units such as “（元）”), stars or case."""
    text = normalise(title)
    text = _BRACKETS.sub("", text)
    return re.sub(r"[\s*:：]", "", text).lower()


def scale_of(title: str) -> int:
    """10000 when a money column is headed in 万元, else 1."""
    return 10_000 if "万元" in normalise(title) else 1


def field_for(title: str) -> tuple[str, int] | None:
    """The field a header names and how good a name it is (lower is better), or None."""
    key = header_key(title)
    if not key:
        return None
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    # "固定资产编号" or "购置日期（年月日）" spelled differently: a long synonym inside the header.
    for synonym, (field, rank) in _SYNONYMS.items():
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


def guess_mapping(titles: list[str], remembered: dict[str, str] | None = None) -> dict[int, str]:
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
            if remembered[key] in FIELD_BY_KEY:
                claims[column] = (remembered[key], -1)
            continue
        found = field_for(title)
        if found is not None:
            claims[column] = found
    mapping = {column: IGNORE for column, title in enumerate(titles) if header_key(title)}
    best: dict[str, tuple[int, int]] = {}
    for column, (field, rank) in claims.items():
        if FIELD_BY_KEY[field].multi:
            mapping[column] = field
        elif field not in best or rank < best[field][0]:
            best[field] = (rank, column)
    for field, (_rank, column) in best.items():
        mapping[column] = field
    return mapping


def _score(titles: list[str]) -> int:
    return len({found[0] for title in titles if (found := field_for(title)) is not None})


def _titles(row: tuple[object, ...], width: int) -> list[str]:
    return [cell_text(row[c]) if c < len(row) else "" for c in range(width)]


def guess_header(table: RawTable, remembered: dict[str, str] | None = None) -> HeaderGuess | None:
    """Find the header among the first rows (below any title), or None if there is none."""
    width = table.width
    best_index, best_score = -1, MIN_HEADER_FIELDS - 1
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        score = _score(_titles(row, width))
        if score > best_score:
            best_index, best_score = index, score
    if best_index < 0:
        return None
    titles = _titles(table.rows[best_index], width)
    if best_index + 1 < len(table.rows):
        # A two-level header: a group title (使用情况) above its sub-columns (存放地点, 使用人).
        below = _titles(table.rows[best_index + 1], width)
        combined = [
            low if field_for(low) is not None or not high else high
            for high, low in zip(titles, below, strict=True)
        ]
        if _score(combined) > best_score:
            return HeaderGuess(best_index + 1, combined, guess_mapping(combined, remembered))
    return HeaderGuess(best_index, titles, guess_mapping(titles, remembered))


def header_at(
    table: RawTable, row_index: int, remembered: dict[str, str] | None = None
) -> HeaderGuess:
    """The header the user pointed at (row index into the table)."""
    titles = _titles(table.rows[row_index], table.width)
    return HeaderGuess(row_index, titles, guess_mapping(titles, remembered))


def mapping_problems(mapping: dict[int, str]) -> list[str]:
    """What is wrong with a mapping as a whole: a field taken twice, a required field missing."""
    problems = []
    used: dict[str, list[int]] = {}
    for column, field in sorted(mapping.items()):
        if field != IGNORE:
            used.setdefault(field, []).append(column)
    for field, columns in used.items():
        if len(columns) > 1 and not FIELD_BY_KEY[field].multi:
            shown = "、".join(f"{column_letter(c)} 列" for c in columns)
            problems.append(f"“{FIELD_BY_KEY[field].label}”对应了多列（{shown}），只能对应一列")
    for field in REQUIRED:
        if field not in used:
            problems.append(f"没有“{FIELD_BY_KEY[field].label}”列")
    if not any(field in used for field in PRICE_FIELDS):
        problems.append("没有“单价”或“金额”列")
    return problems
