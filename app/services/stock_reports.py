"""Stock room reports: consumption by department and item, and next term's supply plan (供需计划).

Consumption is what was issued (领用) minus what came back (退库), in quantity and in value at
the cost it left the store with. The supply plan sets each item's consumption over a basis
period (by default the last complete term) against the stock on hand and its reorder level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from app.db import database
from app.models import Department
from app.models.stock import DOC_RECEIPT, MOVE_ISSUE, MOVE_RETURN, QTY_SCALE
from app.money import from_fen
from app.services.errors import NotFoundError
from app.services.settings import load_settings
from app.services.stock_quantity import from_qty_m, mul_div_round
from app.services.terms import Period, Term, last_completed_term, upcoming_term

NO_DEPARTMENT = "（未指定部门）"
SUPPLY_RULE = "建议采购量 = max(0, 依据期间消耗量 + 最低库存 − 当前库存)"
SUPPLY_RULE_NOTE = (
    "建议采购量 = 依据期间（默认为上一个完整学期）的消耗量 + 最低库存 − 当前库存，不足零记为零；"
    "按整数计量的物资向上取整。参考单价为当前库存的移动加权平均成本，"
    "无库存时取最近一次入库单价；预计金额 = 建议采购量 × 参考单价。"
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ItemInfo:
    """How reports name an item."""

    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str


@dataclass(frozen=True)
class ConsumptionRow:
    """One department's consumption of one item over the period."""

    department: str
    item: ItemInfo
    issued_m: int
    issued_fen: int
    returned_m: int
    returned_fen: int

    @property
    def net_m(self) -> int:
        """Consumed quantity in thousandths: issued minus returned."""
        return self.issued_m - self.returned_m

    @property
    def net_fen(self) -> int:
        """Consumed value in fen: issued minus returned."""
        return self.issued_fen - self.returned_fen

    @property
    def quantity(self) -> Decimal:
        """Consumed quantity."""
        return from_qty_m(self.net_m)

    @property
    def value(self) -> Decimal:
        """Consumed value in yuan."""
        return from_fen(self.net_fen)


@dataclass(frozen=True)
class DepartmentTotal:
    """One department's consumption over the period, all items together."""

    department: str
    items: int
    value_fen: int

    @property
    def value(self) -> Decimal:
        """Consumed value in yuan."""
        return from_fen(self.value_fen)


@dataclass
class ConsumptionReport:
    """Consumption by department × item over one period."""

    school_name: str
    period: Period
    rows: list[ConsumptionRow] = field(default_factory=list)
    department_filter: str = ""

    @property
    def total_fen(self) -> int:
        """The value consumed by everyone, in fen."""
        return sum(row.net_fen for row in self.rows)

    @property
    def total(self) -> Decimal:
        """The value consumed by everyone, in yuan."""
        return from_fen(self.total_fen)

    def by_department(self) -> list[DepartmentTotal]:
        """Per department: how many items and what value, largest value first."""
        totals: dict[str, list[int]] = {}
        for row in self.rows:
            entry = totals.setdefault(row.department, [0, 0])
            entry[0] += 1
            entry[1] += row.net_fen
        result = [DepartmentTotal(name, n, fen) for name, (n, fen) in totals.items()]
        return sorted(result, key=lambda d: (-d.value_fen, d.department))

    def by_item(self) -> list[ConsumptionRow]:
        """Per item, all departments together (department column left blank), by code."""
        merged: dict[int, ConsumptionRow] = {}
        for row in self.rows:
            seen = merged.get(row.item.item_id)
            if seen is None:
                merged[row.item.item_id] = ConsumptionRow(
                    "", row.item, row.issued_m, row.issued_fen, row.returned_m, row.returned_fen
                )
            else:
                merged[row.item.item_id] = ConsumptionRow(
                    "",
                    row.item,
                    seen.issued_m + row.issued_m,
                    seen.issued_fen + row.issued_fen,
                    seen.returned_m + row.returned_m,
                    seen.returned_fen + row.returned_fen,
                )
        return sorted(merged.values(), key=lambda r: r.item.code)


# Issues are stored as negative moves and returns as positive ones; a return counts against
# the department of its own document, or else of the requisition it returns goods from.
_CONSUMPTION_SQL = """
SELECT COALESCE(d.department_id, r.department_id) AS dept, m.item_id,
       SUM(CASE WHEN m.kind = ? THEN -m.qty_m ELSE 0 END),
       SUM(CASE WHEN m.kind = ? THEN -m.value_fen ELSE 0 END),
       SUM(CASE WHEN m.kind = ? THEN m.qty_m ELSE 0 END),
       SUM(CASE WHEN m.kind = ? THEN m.value_fen ELSE 0 END)
FROM stock_move m
LEFT JOIN stock_doc d ON d.id = m.doc_id
LEFT JOIN stock_doc r ON r.id = d.related_id
WHERE m.kind IN (?, ?) AND m.date >= ? AND m.date <= ?
GROUP BY dept, m.item_id
"""


def _consumption_sums(period: Period) -> list[tuple[int | None, int, int, int, int, int]]:
    params = (
        MOVE_ISSUE,
        MOVE_ISSUE,
        MOVE_RETURN,
        MOVE_RETURN,
        MOVE_ISSUE,
        MOVE_RETURN,
        period.start.isoformat(),
        period.end.isoformat(),
    )
    return list(database.execute_sql(_CONSUMPTION_SQL, params).fetchall())


def _item_infos(item_ids: set[int] | None = None) -> dict[int, ItemInfo]:
    sql = (
        "SELECT i.id, i.code, i.name, i.spec, u.name, COALESCE(c.name, '')"
        " FROM item i JOIN unit u ON u.id = i.unit_id"
        " LEFT JOIN item_category c ON c.id = i.category_id"
    )
    rows = database.execute_sql(sql).fetchall()
    return {row[0]: ItemInfo(*row) for row in rows if item_ids is None or row[0] in item_ids}


def consumption(period: Period, department_id: int | None = None) -> ConsumptionReport:
    """What each department consumed of each item over ``period``, by department then code.

    Departments come in the order they were entered, which is how schools list them.
    """
    department_name = ""
    if department_id is not None:
        department = Department.get_or_none(Department.id == department_id)
        if department is None:
            raise NotFoundError(f"部门不存在（内部编号 {department_id}）。")
        department_name = department.name
    sums = [row for row in _consumption_sums(period) if row[2] or row[4]]
    if department_id is not None:
        sums = [row for row in sums if row[0] == department_id]
    names = {d.id: d.name for d in Department.select(Department.id, Department.name)}
    infos = _item_infos({row[1] for row in sums})
    # Departments in the order the school entered them (校长室 before 语文组), the rest last.
    sums.sort(key=lambda row: (row[0] is None, row[0] or 0, infos[row[1]].code))
    rows = [
        ConsumptionRow(
            department=names.get(dept, NO_DEPARTMENT) if dept is not None else NO_DEPARTMENT,
            item=infos[item_id],
            issued_m=issued_m,
            issued_fen=issued_fen,
            returned_m=returned_m,
            returned_fen=returned_fen,
        )
        for dept, item_id, issued_m, issued_fen, returned_m, returned_fen in sums
    ]
    return ConsumptionReport(
        school_name=load_settings().school_name,
        period=period,
        rows=rows,
        department_filter=department_name,
    )


# --- the supply plan -----------------------------------------------------------------------


@dataclass(frozen=True)
class SupplyPlanRow:
    """One item of the plan; quantities in thousandths, money in fen."""

    item: ItemInfo
    consumed_m: int
    on_hand_m: int
    reorder_m: int
    suggested_m: int
    unit_cost_fen: int | None  # reference price per unit, rounded to fen; None if never priced
    estimate_fen: int

    @property
    def suggested(self) -> Decimal:
        """The suggested purchase quantity."""
        return from_qty_m(self.suggested_m)


@dataclass
class SupplyPlan:
    """Next term's supply plan: basis period, target term, and one row per active item."""

    school_name: str
    basis: Period
    target: str
    made_on: dt.date
    rows: list[SupplyPlanRow] = field(default_factory=list)

    @property
    def to_buy(self) -> list[SupplyPlanRow]:
        """Only the rows with something to buy."""
        return [row for row in self.rows if row.suggested_m > 0]

    @property
    def estimate_fen(self) -> int:
        """The estimated cost of everything suggested, in fen."""
        return sum(row.estimate_fen for row in self.rows)


def suggested_quantity_m(consumed_m: int, reorder_m: int, on_hand_m: int, whole: bool) -> int:
    """max(0, consumption + reorder level − on hand), rounded up to whole units if ``whole``."""
    need = max(0, consumed_m + reorder_m - on_hand_m)
    if whole and need % QTY_SCALE:
        need += QTY_SCALE - need % QTY_SCALE
    return need


def default_basis(today: dt.date) -> Term:
    """The term a plan made on ``today`` looks back on: the last one that has ended."""
    return last_completed_term(today)


def supply_plan(
    basis: Period | None = None,
    *,
    today: dt.date | None = None,
    target: str = "",
    progress: Progress | None = None,
) -> SupplyPlan:
    """For every active item: basis-period consumption, stock, reorder level, what to buy."""
    today = today or dt.date.today()
    if basis is None:
        basis = default_basis(today).period()
    target = target or upcoming_term(today).name
    consumed: dict[int, int] = {}
    for _dept, item_id, issued_m, _fi, returned_m, _fr in _consumption_sums(basis):
        consumed[item_id] = consumed.get(item_id, 0) + issued_m - returned_m
    last_prices = _last_receipt_prices()
    infos = _item_infos()
    items = list(
        database.execute_sql(
            "SELECT i.id, i.on_hand_m, i.on_hand_value_fen, i.reorder_level_m, u.allows_fraction"
            " FROM item i JOIN unit u ON u.id = i.unit_id WHERE i.active ORDER BY i.code"
        ).fetchall()
    )
    rows = []
    for index, (item_id, on_hand_m, value_fen, reorder_m, fraction) in enumerate(items):
        used = max(0, consumed.get(item_id, 0))
        suggested = suggested_quantity_m(used, reorder_m, on_hand_m, whole=not fraction)
        rows.append(
            SupplyPlanRow(
                item=infos[item_id],
                consumed_m=used,
                on_hand_m=on_hand_m,
                reorder_m=reorder_m,
                suggested_m=suggested,
                unit_cost_fen=_reference_price(on_hand_m, value_fen, last_prices.get(item_id)),
                estimate_fen=_estimate(suggested, on_hand_m, value_fen, last_prices.get(item_id)),
            )
        )
        if progress is not None:
            progress(index + 1, len(items))
    rows.sort(key=lambda r: (r.item.category == "", r.item.category, r.item.code))
    return SupplyPlan(
        school_name=load_settings().school_name,
        basis=basis,
        target=target,
        made_on=today,
        rows=rows,
    )


def _last_receipt_prices() -> dict[int, int]:
    """Each item's latest invoice price per unit (fen), from its last ordinary receipt line."""
    sql = (
        "SELECT l.item_id, l.unit_price_fen FROM stock_doc_line l"
        " JOIN stock_doc d ON d.id = l.doc_id"
        " WHERE d.doc_type = ? AND d.related_id IS NULL AND l.unit_price_fen IS NOT NULL"
        " AND l.qty_m > 0 ORDER BY d.date, l.id"
    )
    # Later rows overwrite earlier ones: the dict keeps each item's latest price.
    return dict(database.execute_sql(sql, (DOC_RECEIPT,)).fetchall())


def _reference_price(on_hand_m: int, value_fen: int, last_price: int | None) -> int | None:
    """The moving-average cost per unit (to fen) while there is stock, else the last price."""
    if on_hand_m > 0:
        return mul_div_round(value_fen, QTY_SCALE, on_hand_m)
    return last_price


def _estimate(suggested_m: int, on_hand_m: int, value_fen: int, last_price: int | None) -> int:
    """suggested × reference price, in exact integers rounded half up to fen."""
    if suggested_m == 0:
        return 0
    if on_hand_m > 0:
        # Straight from the totals, so the average cost is not rounded twice.
        return mul_div_round(suggested_m, value_fen, on_hand_m)
    if last_price is None:
        return 0
    return mul_div_round(suggested_m, last_price, QTY_SCALE)


def consumption_xlsx(report: ConsumptionReport, made_on: dt.date | None = None) -> bytes:
    """The consumption report as an .xlsx workbook."""
    # openpyxl is loaded only when something is exported.
    from app.io.stock_export import consumption_workbook

    return consumption_workbook(report, made_on)


def supply_plan_xlsx(plan: SupplyPlan) -> bytes:
    """The supply plan as an .xlsx workbook whose header explains the rule."""
    from app.io.stock_export import supply_plan_workbook

    return supply_plan_workbook(plan, SUPPLY_RULE_NOTE)
