"""The demo stock room's year of business: restocking, requisitions and returns, day by day.

The year plans each document and hands it to a poster (stock_demo_post: the services, or in
bulk); a mirror of the stock on hand tells the year when to buy, so no issue is ever refused
for want of stock.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.models import ItemCategory
from app.models.stock import (
    QTY_SCALE,
    STATE_APPROVED,
    STATE_CANCELLED,
    STATE_DRAFT,
    STATE_ISSUED,
    STATE_REJECTED,
    STATE_SUBMITTED,
)
from app.services.demo_records import ACTOR, Staff
from app.services.stock_demo_data import (
    CANCEL_REASONS,
    DEPARTMENT_USE,
    ONLY_FOR,
    PURPOSES,
    REJECT_REASONS,
    REQUESTER_ROLES,
    RETURN_REASONS,
    TEACHING_USE,
    StockProduct,
)
from app.services.stock_demo_post import Poster, ReceiptPlan, RequisitionPlan, ReturnPlan
from app.services.stock_stocktake import CountInput, StocktakeInput, count_sheet, post_stocktake

# Without --moves: a year of ordinary business in a school of about a hundred staff.
REQUISITIONS_PER_SCHOOL_DAY = 3.5
# What one requisition brings into the ledger on average (its issue lines, its share of the
# restocking receipts and returns): about 3.1 in an ordinary year, 2.7 at a million moves.
MOVES_PER_REQUISITION = 2.9
MAX_LINES = 4
MONTH_FACTOR = {1: 0.8, 2: 0.6, 3: 1.3, 4: 1.0, 5: 1.0, 6: 1.1, 7: 0.2, 8: 0.3}
# July and August are the summer holiday: teaching stops, repairs (总务处) peak.
SUMMER_REPAIRS = 2.5
RETURN_SHARE = 0.02
REJECT_SHARE = 0.015
CANCEL_SHARE = 0.01
PENDING_DAYS = 4  # requisitions this recent may still wait for approval or issue
# Mid-term exam printing (期中考试印卷) takes paper and toner down to about half their reorder
# level this many days before today, and the order it prompted has not arrived yet: the demo
# store ends with items below their reorder level, as a real one does between deliveries.
EXAM_PRINTING_DAYS = 10
EXAM_PRINTING_ITEMS = 8

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class DemoItem:
    """A stock item of the demo with what the year needs to know about it."""

    id: int
    product: StockProduct
    category: str
    trade: str
    price: Decimal
    whole: bool


@dataclass(slots=True)
class PendingReturn:
    """A return planned for a later day."""

    day: dt.date
    requisition_id: int
    item: DemoItem
    quantity: Decimal
    person: Staff
    issued_m: int
    issued_fen: int


class StockYear:
    """Posts the year day by day, keeping a mirror of the stock to know when to buy."""

    def __init__(
        self,
        builder: Any,
        items: list[DemoItem],
        suppliers: dict[str, list[int]],
        progress: Progress | None,
        poster: Poster,
    ) -> None:
        self.b = builder
        self.poster = poster
        self.rng = builder.rng
        self.today: dt.date = builder.today
        self.progress = progress
        self.items = items
        self.by_category: dict[str, list[DemoItem]] = defaultdict(list)
        for item in items:
            self.by_category[item.category].append(item)
        self.suppliers = suppliers
        self.on_hand: dict[int, int] = defaultdict(int)
        self.returns: list[PendingReturn] = []
        self.moves = 0
        self.requisitions = 0
        self.target = 0
        self.start = self.today - dt.timedelta(days=364)
        general = self._one("总务处", "总务主任")
        self.director = general.name if general else "总务主任"
        keeper = self._one("总务处", "库管员")
        self.keeper = keeper.name if keeper else "库管员"
        accountant = self._one("总务处", "会计")
        self.checker = accountant.name if accountant else self.director
        # Who buys: the director or a repair worker, never the keeper who takes the goods in.
        buyers = [s.name for s in self.b.staff.get("总务处", []) if s.role == "维修工"]
        self.buyers = [self.director, *buyers]
        principal = self._one("校长室", "校长")
        self.principal = principal.name if principal else "校长"

    def _one(self, department: str, role: str) -> Staff | None:
        found = [s for s in self.b.staff.get(department, []) if s.role == role]
        return found[0] if found else None

    def run(self, moves: int | None) -> None:
        """An ordinary year, or one sized to about ``moves`` ledger moves."""
        expected = sum(self._day_weight(self.start + dt.timedelta(days=i)) for i in range(365))
        if moves is None:
            self.target = round(REQUISITIONS_PER_SCHOOL_DAY * expected * MOVES_PER_REQUISITION)
            self._year(REQUISITIONS_PER_SCHOOL_DAY, steer=False)
        else:
            self.target = moves
            self._year(moves / MOVES_PER_REQUISITION / expected, steer=True)
        self.poster.finish()
        self._stocktake()

    def _stocktake(self) -> None:
        """Today's count of the office supplies: a few packs more or fewer than the book."""
        office = ItemCategory.get_or_none(ItemCategory.name == "办公用品")
        rows = [row for row in count_sheet(office.id if office else None) if row.book_m >= 2000]
        if not rows:
            return
        picked = self.rng.sample(rows, min(len(rows), 4))
        counts = [
            CountInput(row.item_id, str(row.book_m // 1000 + self.rng.choice((-1, 1))), row.book_m)
            for row in picked
        ]
        post_stocktake(
            StocktakeInput(
                date=self.today,
                counts=counts,
                reason="学期中库房盘点",
                counted_by=self.keeper,
                supervised_by=self.checker,
                keeper=self.keeper,
                approved_by=self.director,
            ),
            actor=ACTOR,
        )

    def _day_weight(self, day: dt.date) -> float:
        weekend = day.weekday() >= 5
        return (0.05 if weekend else 1.0) * MONTH_FACTOR.get(day.month, 1.0)

    def _year(self, rate: float, *, steer: bool) -> None:
        """Post day by day; ``steer`` re-aims the daily rate so the year ends near the target."""
        # Opening stock: the store is filled on the first day, then restocked as it runs low.
        self._restock(self.start, self.items, full=True)
        days = (self.today - self.start).days + 1
        weight_left = sum(self._day_weight(self.start + dt.timedelta(days=i)) for i in range(days))
        day = self.start
        while day <= self.today:
            weight = self._day_weight(day)
            if steer:
                # Receipts and returns add moves at a rate that depends on the volume; looking
                # at what is still missing each day keeps the total close to what was asked.
                # The moves a requisition brings (with its receipts and returns) are measured as
                # the year goes, so the total lands on the target rather than short of it.
                per = self.moves / self.requisitions if self.requisitions > 100 else 0
                per = per or MOVES_PER_REQUISITION
                rate = max(0, self.target - self.moves) / per / weight_left
            weight_left -= weight
            if day != self.start and self._term_start(day):
                self._restock(day, self.items, full=True)
            elif day.weekday() == 0 and (self.today - day).days > EXAM_PRINTING_DAYS:
                self._restock(day, [i for i in self.items if self._low(i)], full=False)
            expected = rate * weight
            count = int(expected) + (1 if self.rng.random() < expected - int(expected) else 0)
            for _ in range(count):
                self._requisition(day)
            if (self.today - day).days == EXAM_PRINTING_DAYS:
                self._exam_printing(day)
            self._due_returns(day)
            if self.progress is not None:
                self.progress(min(self.moves, self.target), max(self.target, 1))
            day += dt.timedelta(days=1)
        if steer:
            # Requisitions of the last few days often still wait, so the year ends a little
            # short of what was asked; today's queue makes up the rest (bounded in case
            # nothing can be issued at all).
            for _ in range(self.target):
                if self.moves >= self.target:
                    break
                self._requisition(self.today)

    def _term_start(self, day: dt.date) -> bool:
        """The week before each term: the big purchase of the term's supplies."""
        return (day.month, day.day) in ((8, 25), (2, 15))

    def _low(self, item: DemoItem) -> bool:
        return self.on_hand[item.id] < item.product.reorder * QTY_SCALE

    def _restock(self, day: dt.date, items: list[DemoItem], *, full: bool) -> None:
        """Buy what ``items`` need, one receipt per supplier trade (split at 100 lines)."""
        by_trade: dict[str, list[tuple[DemoItem, int]]] = defaultdict(list)
        for item in items:
            level = item.product.reorder * (3 if full else 2) + item.product.use * 2
            need = level * QTY_SCALE - self.on_hand[item.id]
            if need > 0:
                by_trade[item.trade].append((item, need))
        for trade, lines in by_trade.items():
            for start in range(0, len(lines), 100):
                self._receipt(day, trade, lines[start : start + 100])

    def _receipt(self, day: dt.date, trade: str, lines: list[tuple[DemoItem, int]]) -> None:
        handler = self.director if self.rng.random() < 0.6 else self.rng.choice(self.buyers)
        self.poster.receipt(
            ReceiptPlan(
                day=day,
                supplier_id=self.rng.choice(self.suppliers[trade]),
                invoice_no=f"{day.year % 100:02d}{self.rng.randrange(10**18):018d}",
                handled_by=handler,
                checked_by=self.checker if handler != self.checker else self.director,
                keeper=self.keeper,
                lines=[(item.id, need, self._price(item, day)) for item, need in lines],
            )
        )
        for item, need in lines:
            self.on_hand[item.id] += need
        self.moves += len(lines)

    def _price(self, item: DemoItem, day: dt.date) -> Decimal:
        """Prices creep up about 3 % a year and vary a little from one purchase to the next."""
        drift = Decimal(1) + Decimal("0.03") * Decimal((day - self.start).days) / 365
        jitter = Decimal(100 + self.rng.randint(-3, 3)) / 100
        price = item.price * drift * jitter
        step = Decimal("0.1") if price >= 10 else Decimal("0.01")
        return max(Decimal("0.01"), (price / step).quantize(Decimal(1), ROUND_HALF_UP) * step)

    # --- requisitions --------------------------------------------------------------------
    def _department(self, day: dt.date) -> str:
        names = [name for name in self.b.departments if self.b.staff.get(name)]
        summer = day.month in (7, 8)
        weights = [
            (SUMMER_REPAIRS if name == "总务处" else 0.15) if summer else len(self.b.staff[name])
            for name in names
        ]
        return self.rng.choices(names, weights)[0]

    def _requester(self, department: str) -> Staff:
        people = self.b.staff[department]
        for role in REQUESTER_ROLES.get(department, ()):
            found = [s for s in people if s.role == role]
            if found:
                return self.rng.choice(found)
        return self.rng.choice(people)

    def _choices(self, department: str) -> tuple[str, list[DemoItem]]:
        uses = DEPARTMENT_USE.get(department, TEACHING_USE)
        categories, weights = zip(*uses, strict=True)
        category = self.rng.choices(categories, weights)[0]
        items = [
            item
            for item in self.by_category[category]
            if department in ONLY_FOR.get(item.product.name, (department,))
        ]
        return category, items

    def _requisition(self, day: dt.date) -> None:
        self.requisitions += 1
        department = self._department(day)
        requester = self._requester(department)
        category, items = self._choices(department)
        if not items:
            return
        picked = self.rng.sample(items, min(len(items), self.rng.randint(1, MAX_LINES)))
        lines = [(item, self._quantity(item)) for item in picked]
        plan = RequisitionPlan(
            day=day,
            department_id=self.b.departments[department],
            person_id=requester.id,
            purpose=self.rng.choice(PURPOSES.get(category, ("日常工作",))),
            lines=[(item.id, int(quantity * QTY_SCALE)) for item, quantity in lines],
            outcome=self._outcome(day),
        )
        if plan.outcome == STATE_CANCELLED:
            plan.reason = self.rng.choice(CANCEL_REASONS)
        plan.approver = self.principal if requester.name == self.director else self.director
        if plan.outcome == STATE_REJECTED:
            plan.reason = self.rng.choice(REJECT_REASONS)
        if plan.outcome != STATE_ISSUED:
            self.poster.requisition(plan)
            return
        self._issue(day, plan, lines, requester)

    def _exam_printing(self, day: dt.date) -> None:
        """The exam office prints the papers: a few supplies drop below their reorder level."""
        department = "教务处" if self.b.staff.get("教务处") else self._department(day)
        stocked = [
            item
            for category in ("办公用品", "印刷耗材")
            for item in self.by_category[category]
            if item.whole and self.on_hand[item.id] >= item.product.reorder * QTY_SCALE
        ]
        picked = self.rng.sample(stocked, min(len(stocked), EXAM_PRINTING_ITEMS))
        lines = []
        for item in picked:
            left = item.product.reorder // 2
            taken = self.on_hand[item.id] // QTY_SCALE - left
            if taken > 0:
                lines.append((item, Decimal(taken)))
        if not lines:
            return
        requester = self._requester(department)
        plan = RequisitionPlan(
            day=day,
            department_id=self.b.departments[department],
            person_id=requester.id,
            purpose="期中考试印卷",
            lines=[(item.id, int(quantity * QTY_SCALE)) for item, quantity in lines],
            outcome=STATE_ISSUED,
            approver=self.principal if requester.name == self.director else self.director,
        )
        self._issue(day, plan, lines, requester)

    def _outcome(self, day: dt.date) -> str:
        """How far a requisition gets: recent ones may still wait, a few are turned down."""
        recent = (self.today - day).days < PENDING_DAYS
        draw = self.rng.random()
        if recent and draw < 0.15:
            return STATE_DRAFT
        if draw > 1 - CANCEL_SHARE:
            return STATE_CANCELLED
        if recent and draw < 0.35:
            return STATE_SUBMITTED
        if draw > 1 - CANCEL_SHARE - REJECT_SHARE:
            return STATE_REJECTED
        if recent and draw < 0.5:
            return STATE_APPROVED
        return STATE_ISSUED

    def _quantity(self, item: DemoItem) -> Decimal:
        use = max(1, item.product.use)
        amount = Decimal(self.rng.randint(1, use))
        if not item.whole and amount > 1 and self.rng.random() < 0.5:
            amount -= Decimal("0.5")  # 2.5 米, 1.5 千克
        return amount

    def _issue(
        self,
        day: dt.date,
        plan: RequisitionPlan,
        lines: list[tuple[DemoItem, Decimal]],
        person: Staff,
    ) -> None:
        short = [item for item, quantity in lines if self.on_hand[item.id] < quantity * QTY_SCALE]
        if short:
            self._restock(day, short, full=False)
        plan.issued_by = self.keeper
        doc_id, values = self.poster.requisition(plan)
        for item, quantity in lines:
            self.on_hand[item.id] -= int(quantity * QTY_SCALE)
        self.moves += len(lines)
        if self.rng.random() < RETURN_SHARE:
            item, quantity = lines[0]
            back = quantity if quantity <= 1 else Decimal(self.rng.randint(1, int(quantity)))
            when = day + dt.timedelta(days=self.rng.randint(1, 10))
            if when <= self.today:
                issued_m = int(quantity * QTY_SCALE)
                self.returns.append(
                    PendingReturn(when, doc_id, item, back, person, issued_m, values[0])
                )

    def _due_returns(self, day: dt.date) -> None:
        due = [r for r in self.returns if r.day == day]
        self.returns = [r for r in self.returns if r.day != day]
        for pending in due:
            self.poster.return_(
                ReturnPlan(
                    day=day,
                    requisition_id=pending.requisition_id,
                    item_id=pending.item.id,
                    qty_m=int(pending.quantity * QTY_SCALE),
                    issued_m=pending.issued_m,
                    issued_fen=pending.issued_fen,
                    person_id=pending.person.id,
                    reason=self.rng.choice(RETURN_REASONS),
                    keeper=self.keeper,
                )
            )
            self.on_hand[pending.item.id] += int(pending.quantity * QTY_SCALE)
            self.moves += 1
