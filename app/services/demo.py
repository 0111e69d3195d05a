"""The demo school: realistic data, deterministic for a seed, built through the real services."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from app.models import (
    Asset,
    Building,
    Category,
    Department,
    FundingSource,
    Person,
    Room,
    RoomType,
    Supplier,
    Unit,
)
from app.models.assets import (
    ACQUIRED_PURCHASE,
    STATUS_IDLE,
    STATUS_IN_USE,
    STATUS_REPAIR,
)
from app.money import CENT, from_fen
from app.services.assets import AssetInput, change_status, register_assets
from app.services.audit import record
from app.services.demo_data import (
    BUILDINGS,
    DEPARTMENTS,
    DISTRICTS,
    GIVEN_FEMALE,
    GIVEN_MALE,
    HOMEROOM_DEPARTMENTS,
    MOBILE_PREFIXES,
    PRODUCTS,
    REPAIR_REASONS,
    ROADS,
    ROOMS,
    SCHOOLS,
    STORAGE_ROOM,
    SUPPLIERS,
    SURNAMES,
    Product,
)
from app.services.demo_disposals import file_demo_disposals, with_oldest
from app.services.demo_handovers import HandoverPlanner
from app.services.demo_records import ACTOR, DemoRoom, Held, Staff
from app.services.errors import ConflictError, ValidationError
from app.services.handover import MAX_LINES
from app.services.reference import save_record
from app.services.settings import load_settings, save_settings
from app.services.stock_demo import StockDemoSummary, build_stock_room, check_moves
from app.services.transaction import action

DEFAULT_ASSETS = 500
DEFAULT_SEED = 20260901
MAX_ASSETS = 1_000_000


# Shares of the register that are not simply "in use", and of assets that changed hands.
IDLE_SHARE = 0.05
REPAIR_SHARE = 0.035
DISPOSAL_SHARE_OF_OLD = 0.08
HANDOVER_SHARE = 0.02
# A big register is mostly furniture and bulk equipment: a person or room gets only so many of
# one personal or per-room product (a replacement over ten years), and repairs are few at a time.
PERSONAL_LIMIT = 2
ROOM_ROUNDS = 2
MAX_REPAIRS = 300
MAX_PENDING_DISPOSAL = 600
# Purchases per year going back from this year, and per month (summer and year-end peaks).
YEAR_WEIGHTS = (10, 11, 11, 10, 10, 9, 8, 8, 7, 6)
MONTH_WEIGHTS = (2, 2, 4, 4, 4, 5, 9, 10, 5, 4, 6, 7)
FUNDING_WEIGHTS = {"财政拨款": 70, "上级补助": 12, "自筹资金": 10, "事业收入": 5, "捐赠": 3}
SERIAL_TRADES = ("it", "office", "lab", "security")
SERIAL_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

Progress = Callable[[int, int], None]


@dataclass
class DemoSummary:
    """What the demo put into the database."""

    school_name: str
    departments: int
    people: int
    buildings: int
    rooms: int
    suppliers: int
    assets: int
    total_value: Decimal
    status_counts: dict[str, int] = field(default_factory=dict)
    handovers: list[str] = field(default_factory=list)
    stock: StockDemoSummary | None = None


def build_demo(
    n_assets: int = DEFAULT_ASSETS,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
    moves: int | None = None,
    stock_progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo school; raising from ``progress`` cancels everything.

    The same seed (and the same ``today``, which must not be later than the real date) always
    gives the same school. ``moves`` sizes the stock room's year (about that many ledger
    moves; 0 leaves the stock room empty, None is an ordinary year); ``stock_progress``
    follows that part (moves posted of the target) and may cancel it the same way.
    """
    if not 1 <= n_assets <= MAX_ASSETS:
        raise ValidationError(f"演示资产数量应在 1 到 {MAX_ASSETS:,} 之间。", "assets")
    check_moves(moves)
    builder = _Builder(n_assets, seed, progress, today or dt.date.today())
    # The whole demo is one action: a failure or a cancel leaves the database as it was.
    with action():
        _refuse_if_in_use()
        builder.build()
        stock = build_stock_room(builder, moves, stock_progress)
        record(ACTOR, "生成演示数据", detail=f"{n_assets} 件资产，随机种子 {seed}")
    summary = _summary(builder.handover_numbers)
    summary.stock = stock
    return summary


def _refuse_if_in_use() -> None:
    """Demo data never goes into a database that already holds a school's own records."""
    count = Asset.select().count()
    if count:
        raise ConflictError(
            f"数据库中已有 {count:,} 件资产，不能再生成演示数据，以免和学校的真实数据混在一起。"
            "请新建一个空的数据库文件来生成演示数据。"
        )
    for model, label in (
        (Department, "部门"),
        (Person, "教职工"),
        (Building, "楼栋"),
        (Supplier, "供应商"),
    ):
        if model.select().exists():
            raise ConflictError(
                f"数据库中已录入{label}，不能再生成演示数据，以免和学校的真实数据混在一起。"
                "请新建一个空的数据库文件来生成演示数据。"
            )


def _summary(handover_numbers: list[str]) -> DemoSummary:
    count, total = Asset.select(fn.COUNT(Asset.id), fn.SUM(Asset.original_value_fen)).scalar(
        as_tuple=True
    )
    statuses = Asset.select(Asset.status, fn.COUNT(Asset.id)).group_by(Asset.status).tuples()
    return DemoSummary(
        school_name=load_settings().school_name,
        departments=Department.select().count(),
        people=Person.select().count(),
        buildings=Building.select().count(),
        rooms=Room.select().count(),
        suppliers=Supplier.select().count(),
        assets=count,
        total_value=from_fen(total or 0),
        status_counts=dict(sorted(statuses, key=lambda pair: -pair[1])),
        handovers=handover_numbers,
    )


class _Builder:
    """Builds the demo step by step; every random choice comes from one seeded generator."""

    def __init__(self, n_assets: int, seed: int, progress: Progress | None, today: dt.date) -> None:
        self.n = n_assets
        self.rng = random.Random(seed)
        # Booking delays draw from their own generator so a seed's school stays the same.
        self.booking_rng = random.Random(seed + 1)
        self.booked: dict[dt.date, list[int]] = defaultdict(list)
        self.progress = progress
        self.today = today
        self.city = ""
        self.departments: dict[str, int] = {}
        self.staff: dict[str, list[Staff]] = defaultdict(list)
        self.names: set[str] = set()
        self.rooms: list[DemoRoom] = []
        self.by_place: dict[str, list[DemoRoom]] = defaultdict(list)
        self.storage: DemoRoom | None = None
        self.suppliers: dict[str, list[int]] = defaultdict(list)
        self.categories: dict[str, int] = {}
        self.units: dict[str, int] = {}
        self.funding: list[tuple[int, int]] = []
        self.held: list[Held] = []
        self.load: Counter[tuple[str, str, int]] = Counter()
        self.handover_numbers: list[str] = []
        self.disposal_numbers: list[str] = []
        self.funding_names: dict[int, str] = {}

    def build(self) -> None:
        """Run every step in order."""
        self._school()
        self._departments_and_staff()
        self._campus()
        self._suppliers()
        self._lookups()
        self._assets()
        self._handovers()
        self._statuses()

    # --- people and places -------------------------------------------------------------------

    def _school(self) -> None:
        self.city, school = self.rng.choice(SCHOOLS)
        if not load_settings().school_name:
            save_settings(school_name=school)

    def _name(self) -> str:
        while True:
            pool = GIVEN_MALE if self.rng.random() < 0.5 else GIVEN_FEMALE
            given = self.rng.choice(pool)
            if self.rng.random() < 0.65:
                given += self.rng.choice(pool)
            name = self.rng.choice(SURNAMES) + given
            if name not in self.names:
                self.names.add(name)
                return name

    def _mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def _departments_and_staff(self) -> None:
        for name, code, roles in DEPARTMENTS:
            dept_id = save_record("department", {"name": name, "code": code}, actor=ACTOR)
            self.departments[name] = dept_id
            for role, count in roles:
                for _ in range(count):
                    person = self._name()
                    person_id = save_record(
                        "person",
                        {
                            "name": person,
                            "department": dept_id,
                            "phone": self._mobile(),
                            "note": role,
                        },
                        actor=ACTOR,
                    )
                    self.staff[name].append(Staff(person_id, person, role, name))

    def role(self, department: str, role: str) -> Staff | None:
        """Someone with this role in the department (None if nobody has it)."""
        matches = [s for s in self.staff[department] if s.role == role]
        return self.rng.choice(matches) if matches else None

    def _campus(self) -> None:
        buildings = {
            code: save_record("building", {"name": name, "code": code}, actor=ACTOR)
            for name, code in BUILDINGS
        }
        room_types = {rt.name: rt.id for rt in RoomType.select()}
        homeroom = [s for d in HOMEROOM_DEPARTMENTS for s in self.staff[d] if s.role != "实验员"]
        self.rng.shuffle(homeroom)
        for spec in ROOMS:
            room_id = save_record(
                "room",
                {
                    "building": buildings[spec.building],
                    "number": spec.number,
                    "name": spec.name,
                    "room_type": room_types.get(spec.room_type),
                },
                actor=ACTOR,
            )
            if spec.keeper == "班主任":
                keeper = homeroom.pop() if homeroom else None
            elif spec.keeper:
                keeper = self.role(spec.department, spec.keeper)
            else:
                keeper = None
            room = DemoRoom(room_id, spec, keeper)
            self.rooms.append(room)
            self.by_place[spec.place].append(room)
            if (spec.building, spec.number) == STORAGE_ROOM:
                self.storage = room

    def _suppliers(self) -> None:
        city = self.city.removesuffix("市").removesuffix("县")
        area_code = self.rng.choice(("0716", "0728", "0739", "0577", "0851", "0917"))
        for name, trade in SUPPLIERS:
            supplier_id = save_record(
                "supplier",
                {
                    "name": city + name,
                    "contact": self._name(),
                    "phone": f"{area_code}-{self.rng.randint(8_000_000, 8_999_999)}"
                    if self.rng.random() < 0.5
                    else self._mobile(),
                    "address": f"{self.city}{self.rng.choice(DISTRICTS)}"
                    f"{self.rng.choice(ROADS)}{self.rng.randint(1, 399)}号",
                },
                actor=ACTOR,
            )
            self.suppliers[trade].append(supplier_id)

    def _lookups(self) -> None:
        categories = list(Category.select().where(Category.active == True).order_by(Category.code))  # noqa: E712
        if not categories:
            raise ValidationError("数据库中没有任何资产分类，无法生成演示数据。")
        by_code = {c.code: c.id for c in categories}
        for product in PRODUCTS:
            self.categories[product.key] = _category_for(product, categories, by_code)
        self.units = {u.name: u.id for u in Unit.select()}
        sources = list(FundingSource.select().order_by(FundingSource.id))
        self.funding = [(s.id, FUNDING_WEIGHTS.get(s.name, 0)) for s in sources]
        self.funding_names = {s.id: s.name for s in sources}
        if self.funding and not any(weight for _, weight in self.funding):
            self.funding = [(s.id, 1) for s in sources]

    # --- assets ------------------------------------------------------------------------------

    def _assets(self) -> None:
        usable = [p for p in PRODUCTS if any(self.by_place[place] for place in p.places)]
        weights = [p.weight for p in usable]
        done = 0
        while done < self.n:
            product = self.rng.choices(usable, weights)[0]
            registered = self._purchase(
                product, min(self.rng.randint(*product.batch), self.n - done)
            )
            if not registered:
                # Every person or room already has its share: buy other things from now on.
                index = usable.index(product)
                del usable[index], weights[index]
                continue
            done += registered
            if self.progress is not None:
                self.progress(done, self.n)
        # The register books an asset on the day it is entered; the demo school entered each
        # purchase a few days to three weeks after it arrived (入账 after the invoice is checked).
        for day, ids in self.booked.items():
            Asset.update(booked_date=day).where(Asset.id.in_(ids)).execute()

    def _purchase(self, product: Product, quantity: int) -> int:
        """Register one purchase (split between rooms and people); return how many items."""
        bought = self._purchase_date()
        brand, spec, base_price = self.rng.choice(product.models)
        price = self._price(base_price)
        supplier_id = self.rng.choice(self.suppliers[product.trade])
        funding_id = None
        if self.funding:
            ids, weights = zip(*self.funding, strict=True)
            funding_id = self.rng.choices(ids, weights)[0]
        invoice = (
            f"{bought.year % 100:02d}{self.rng.randrange(10**18):018d}"
            if bought.year >= 2023
            else f"{self.rng.randrange(10**8):08d}"
        )
        warranty = (
            bought.replace(year=bought.year + product.warranty_years)
            if product.warranty_years
            else None
        )
        registered = 0
        booked = min(bought + dt.timedelta(days=self.booking_rng.randint(3, 21)), self.today)
        for room, custodian, count, idle in self._placements(product, quantity):
            department = "总务处" if idle else room.spec.department
            data = AssetInput(
                name=product.name,
                category_id=self.categories[product.key],
                original_value=price,
                purchase_date=bought,
                acquisition=_acquisition(self.funding_names.get(funding_id, ""), bought),
                spec=spec,
                brand=brand,
                unit_id=self.units.get(product.unit),
                funding_source_id=funding_id,
                supplier_id=supplier_id,
                invoice_no=invoice,
                serial_no=self._serial() if count == 1 and product.trade in SERIAL_TRADES else "",
                warranty_end=warranty,
                status=STATUS_IDLE if idle else STATUS_IN_USE,
                room_id=room.id,
                custodian_id=custodian.id if custodian else None,
                department_id=self.departments[department],
            )
            for asset_id in register_assets(data, count, actor=ACTOR):
                self.booked[booked].append(asset_id)
                self.held.append(
                    Held(
                        asset_id,
                        product,
                        bought,
                        booked,
                        price,
                        room,
                        custodian,
                        department,
                        data.status,
                    )
                )
            registered += count
        return registered

    def _placements(
        self, product: Product, quantity: int
    ) -> list[tuple[DemoRoom, Staff | None, int, bool]]:
        """Where the items of one purchase go: (room, custodian, how many, idle in storage)."""
        if self.storage is not None and self.rng.random() < IDLE_SHARE:
            return [(self.storage, None, quantity, True)]
        places = [p for p in product.places if self._open_rooms(product, p)]
        if not places:
            return []
        rooms = self._open_rooms(product, self.rng.choice(places))
        if product.per_room:
            # One projector per classroom: a purchase for several rooms is spread over them.
            chosen = self.rng.sample(rooms, min(-(-quantity // product.per_room), len(rooms)))
            counts = [product.per_room] * len(chosen)
            counts[-1] = min(quantity, len(chosen) * product.per_room) - sum(counts[:-1])
        else:
            chosen, counts = [self.rng.choice(rooms)], [quantity]
        placements = []
        for room, count in zip(chosen, counts, strict=True):
            self.load[("room", product.key, room.id)] += count
            for custodian, share in self._holders(product, room, count):
                placements.append((room, custodian, share, False))
                if product.personal and custodian is not None:
                    self.load[("person", product.key, custodian.id)] += share
        return placements

    def _open_rooms(self, product: Product, place: str) -> list[DemoRoom]:
        """Rooms of a place that can still take this product (per-room and per-person limits)."""
        rooms = self.by_place[place]
        if product.per_room:
            limit = product.per_room * ROOM_ROUNDS
            rooms = [r for r in rooms if self.load[("room", product.key, r.id)] < limit]
        if product.personal:
            rooms = [r for r in rooms if self._open_people(product, r)]
        return rooms

    def _open_people(self, product: Product, room: DemoRoom) -> list[Staff]:
        """People of a room who have fewer than PERSONAL_LIMIT items of a personal product."""
        people = [room.keeper] if room.keeper is not None else self.staff[room.spec.department]
        return [p for p in people if self.load[("person", product.key, p.id)] < PERSONAL_LIMIT]

    def _holders(
        self, product: Product, room: DemoRoom, quantity: int
    ) -> list[tuple[Staff | None, int]]:
        """Who keeps the items: the room's keeper, or one item each for the office's staff."""
        if not product.personal:
            return [(self.keeper(room), quantity)]
        people = self._open_people(product, room)
        self.rng.shuffle(people)
        return [(person, 1) for person in people[:quantity]]

    def keeper(self, room: DemoRoom) -> Staff | None:
        """Who keeps what is in the room: its keeper, else anyone of its department."""
        if room.keeper is not None:
            return room.keeper
        people = self.staff[room.spec.department]
        return self.rng.choice(people) if people else None

    def _purchase_date(self) -> dt.date:
        back = self.rng.choices(range(len(YEAR_WEIGHTS)), YEAR_WEIGHTS)[0]
        month = self.rng.choices(range(1, 13), MONTH_WEIGHTS)[0]
        date = dt.date(self.today.year - back, month, self.rng.randint(1, 28))
        # Never in the future: a month still to come this year is moved to last year.
        return date if date <= self.today else date.replace(year=date.year - 1)

    def _price(self, base: str) -> Decimal:
        value = Decimal(base) * (100 + self.rng.randint(-8, 6)) / 100
        value = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if value > 100 and self.rng.random() < 0.15:
            value -= Decimal("0.50")
        return value.quantize(CENT)

    def _serial(self) -> str:
        return "".join(self.rng.choices(SERIAL_CHARS, k=10))

    # --- handovers and statuses --------------------------------------------------------------

    def _handovers(self) -> None:
        if not self.held:
            return
        target = min(len(self.held), max(12, round(len(self.held) * HANDOVER_SHARE)))
        slips = min(30, max(10, target // 5), target)
        per_slip = min(MAX_LINES, -(-target // slips))
        days = sorted(self.rng.randint(1, 540) for _ in range(slips))
        dates = [self.today - dt.timedelta(days=d) for d in reversed(days)]
        planner = HandoverPlanner(self)
        for date in dates:
            planner.post_one(date, per_slip)

    def _statuses(self) -> None:
        repairs = 0
        scrap: list[Held] = []
        for held in self.held:
            if held.status != STATUS_IN_USE:
                continue
            draw = self.rng.random()
            old = (self.today - held.bought).days >= 8 * 365
            if old and draw < DISPOSAL_SHARE_OF_OLD and len(scrap) < MAX_PENDING_DISPOSAL:
                scrap.append(held)
            elif draw > 1 - REPAIR_SHARE and repairs < MAX_REPAIRS:
                repairs += 1
                reasons = REPAIR_REASONS.get(held.product.trade, ("待检修",))
                change_status(held.id, STATUS_REPAIR, self.rng.choice(reasons), actor=ACTOR)
                held.status = STATUS_REPAIR
        # Old items leave through real disposal requests (filed, approved, one rejected),
        # never by setting 待报废/已报废 directly; staff are picked without the generator.
        self.disposal_numbers = file_demo_disposals(
            with_oldest(scrap, self.held, self.today),
            lambda dept, role: next((s for s in self.staff[dept] if s.role == role), None),
            self.today,
        )


def _acquisition(funding: str, bought: dt.date) -> str:
    """取得方式 from the money: gifts were donated; September's 上级补助 came as allocations (调入)."""
    if funding == "捐赠":
        return "接受捐赠"
    if funding == "上级补助" and bought.month == 9:
        return "调入"
    return ACQUIRED_PURCHASE


def _category_for(product: Product, categories: list[Category], by_code: dict[str, int]) -> int:
    """The most fitting seeded category: a listed code, then a name match, then the 门类."""
    for code in product.codes:
        if code in by_code:
            return by_code[code]
    for keyword in product.keywords:
        matches = [c for c in categories if keyword in c.name]
        if matches:
            return max(matches, key=lambda c: len(c.code.rstrip("0"))).id
    top = product.codes[0][:3] + "000000"
    return by_code.get(top, categories[0].id)
