"""Find the rooms, people, departments and units a ledger names; plan the ones to create."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from app.models import (
    Building,
    Department,
    FundingSource,
    Person,
    Room,
    RoomType,
    Supplier,
    Unit,
)
from app.services.reference import room_label, save_record

# Where a place outside any building (操场, 校门口, 门卫室) is kept: the Room model needs a
# building, and a clerk reads "校园-操场" where "未指定楼栋-操场" was jargon.
CAMPUS_BUILDING = "校园"
KIND_LABELS = {
    "department": ("部门", "个"),
    "person": ("教职工", "人"),
    "building": ("楼栋", "栋"),
    "room": ("存放地点", "处"),
    "unit": ("计量单位", "个"),
    "supplier": ("供应商", "家"),
    "funding_source": ("经费来源", "个"),
}
# Words in a room's name that tell its type (the seeded room types).
_ROOM_TYPE_WORDS = (
    ("实验室", "实验室"),
    ("教室", "教室"),
    ("办公室", "办公室"),
    ("会议室", "会议室"),
    ("阅览室", "图书室"),
    ("图书", "图书室"),
    ("宿舍", "宿舍"),
    ("食堂", "食堂"),
    ("仓库", "仓库"),
    ("库房", "仓库"),
    ("器材室", "仓库"),
    ("机房", "功能室"),
    ("功能室", "功能室"),
    ("音乐室", "功能室"),
    ("美术室", "功能室"),
    ("体育馆", "体育场馆"),
)
_DASHES = str.maketrans({"－": "-", "—": "-", "–": "-", "‐": "-", "_": "-"})
# Full-width letters, digits and dashes folded one character for one (unlike NFKC), so that a
# match in the folded text has the same spans in the ledger's own text.
_FOLD = str.maketrans(
    {
        **{chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E) if chr(0x21 + i).isalnum()},
        "－": "-",
        "—": "-",
        "–": "-",
        "‐": "-",
        "\u3000": " ",
    }
)
_CODED_ROOM = re.compile(r"([A-Za-z0-9]{1,10})\s*-\s*([A-Za-z0-9]{1,20})\s*(.*)")
_NAMED_ROOM = re.compile(
    r"(.{1,20}?(?:号楼|楼|栋|馆|舍|公寓|中心))\s*-?\s*([A-Za-z]?\d{1,5}[A-Za-z]?)\s*(?:室|房间)?\s*(.*)"
)
_PLAIN_ROOM = re.compile(r"(.{1,60}?)\s*-\s*([^\s-]{1,20})\s*(.*)")


def compact(text: str) -> str:
    """A name as compared: full-width folded, no spaces, one kind of dash, upper case."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return re.sub(r"\s+", "", text).upper()


Ref = tuple[str, str]  # (kind, key)
CAMPUS_REF: Ref = ("building", CAMPUS_BUILDING)


class PlaceProblem(ValueError):
    """A place that cannot become a room; the message says why in Chinese."""


@dataclass
class NewRecord:
    """A reference record the import will create; ``values`` may hold other Refs."""

    kind: str
    label: str
    values: dict[str, Any]


@dataclass
class ReferenceBook:
    """Existing records by name, and the records the import plans to create."""

    ids: dict[Ref, int] = field(default_factory=dict)
    planned: dict[Ref, NewRecord] = field(default_factory=dict)
    fraction_units: set[str] = field(default_factory=set)
    people: dict[str, list[tuple[int, int | None]]] = field(default_factory=dict)
    room_keys: dict[str, int] = field(default_factory=dict)
    room_numbers: dict[tuple[int, str], int] = field(default_factory=dict)
    room_labels: dict[int, str] = field(default_factory=dict)  # room id → B2-303 物理实验室
    room_names: dict[int, str] = field(default_factory=dict)  # room id → 物理实验室
    named_rooms: dict[str, list[int]] = field(default_factory=dict)  # compact name → ids

    @classmethod
    def load(cls) -> ReferenceBook:
        """Read the reference tables once (a ledger of 10,000 rows needs no query per row)."""
        book = cls()
        for kind, model in (
            ("department", Department),
            ("unit", Unit),
            ("supplier", Supplier),
            ("funding_source", FundingSource),
            ("room_type", RoomType),
        ):
            for record in model.select().order_by(model.id):
                book.ids.setdefault((kind, compact(record.name)), record.id)
        book.fraction_units = {compact(u.name) for u in Unit.select() if u.allows_fraction}
        for person in Person.select().order_by(Person.active.desc(), Person.id):
            book.people.setdefault(compact(person.name), []).append(
                (person.id, person.department_id)
            )
        for building in Building.select():
            book.ids.setdefault(("building", compact(building.name)), building.id)
            if building.code:
                book.ids.setdefault(("building_code", compact(building.code)), building.id)
        named: dict[str, list[int]] = {}
        for room in Room.select(Room, Building).join(Building):
            b = room.building
            book.room_numbers[(b.id, compact(room.number))] = room.id
            book.room_labels[room.id] = room_label(room)
            book.room_names[room.id] = room.name
            keys = {room_label(room), f"{b.name}-{room.number}", f"{b.name}{room.number}"}
            if b.code:
                keys.add(f"{b.code}-{room.number}")
            if room.name:
                keys.add(f"{b.name}{room.number}{room.name}")
                named.setdefault(compact(room.name), []).append(room.id)
            for key in keys:
                book.room_keys.setdefault(compact(key), room.id)
        for key, rooms in named.items():
            if len(rooms) == 1:  # a room name is a place only when no other room shares it
                book.room_keys.setdefault(key, rooms[0])
        book.named_rooms = named
        return book

    # --- look-ups: each returns a Ref, planning a new record when none exists ---------------
    def _plain(self, kind: str, name: str, extra: dict[str, Any] | None = None) -> Ref:
        ref = (kind, compact(name))
        if ref not in self.ids and ref not in self.planned:
            self.planned[ref] = NewRecord(kind, name, {"name": name, **(extra or {})})
        return ref

    def department(self, name: str) -> Ref:
        """A department by name."""
        return self._plain("department", name)

    def unit(self, name: str) -> Ref:
        """A unit of measure by name."""
        return self._plain("unit", name, {"allows_fraction": False})

    def supplier(self, name: str) -> Ref:
        """A supplier by name."""
        return self._plain("supplier", name)

    def funding_source(self, name: str) -> Ref:
        """A funding source by name."""
        return self._plain("funding_source", name)

    def allows_fraction(self, unit_name: str) -> bool:
        """Whether a unit measures (平方米) rather than counts (台)."""
        return compact(unit_name) in self.fraction_units

    def person(self, name: str, department: Ref | None) -> Ref:
        """A member of staff by name; of two namesakes, the one in the row's department."""
        key = compact(name)
        known = self.people.get(key)
        if known:
            wanted = self.ids.get(department) if department else None
            chosen = next((pid for pid, dept in known if dept == wanted), known[0][0])
            ref = ("person", f"{key}#{chosen}")
            self.ids[ref] = chosen
            return ref
        ref = ("person", key)
        if ref not in self.planned:
            self.planned[ref] = NewRecord("person", name, {"name": name, "department": department})
        return ref

    def room(self, text: str, building_hint: str = "") -> Ref:
        """A room as a ledger writes it: B12-303, 科技楼303, 物理实验室 (matched, else planned)."""
        return self.place(text, building_hint)[0]

    def place(self, text: str, building_hint: str = "") -> tuple[Ref, str]:
        """The room a ledger's place names, and a warning when its name is not the room's.

        A room matches by building and number and, when the ledger names it, by name too.
        Building and number are the physical fact (the unique key): when the names differ the
        row still goes there, but the warning says so, for the user to check before importing.
        """
        for key in (
            compact(text),
            compact(building_hint + text),
            compact(f"{building_hint}-{text}"),
        ):
            if key in self.room_keys:
                return self._existing_room(self.room_keys[key]), ""
        building, number, name = self._split_place(text.strip(), building_hint.strip())
        building_id = self.ids.get(building)
        if building_id is not None:
            room_id = self.room_numbers.get((building_id, compact(number)))
            if room_id is not None:
                ref = self._existing_room(room_id)
                return ref, self._name_differs(text, name, self.room_names[room_id], ref)
        for value, label, limit in ((number, "房间号", 20), (name, "房间名称", 60)):
            if len(value) > limit:
                raise PlaceProblem(f"{label}“{value}”太长（最多 {limit} 个字）")
        ref = ("room", f"{building[0]}:{building[1]}|{compact(number)}")
        if ref in self.planned:
            planned = self.planned[ref].values["name"]
            return ref, self._name_differs(text, name, planned, ref)
        values = {"building": building, "number": number, "name": name}
        room_type = _room_type(name or text)
        if room_type and ("room_type", room_type) in self.ids:
            values["room_type"] = ("room_type", room_type)
        prefix = self._building_label(building)
        label = (f"{prefix}-{number}" if prefix else number) + (f" {name}" if name else "")
        self.planned[ref] = NewRecord("room", label, values)
        return ref, ""

    def _existing_room(self, room_id: int) -> Ref:
        ref = ("room", f"#{room_id}")
        self.ids[ref] = room_id
        return ref

    def _name_differs(self, text: str, name: str, known: str, ref: Ref) -> str:
        """The warning for a place whose room name is not the name of the room it resolves to."""
        if not name or not known or compact(name) == compact(known):
            return ""
        where = self.place_label(ref)
        others = [
            _without_name(self.room_labels[room_id], self.room_names[room_id])
            for room_id in self.named_rooms.get(compact(name), [])
            if ("room", f"#{room_id}") != ref
        ]
        also = f"（{name}是 {'、'.join(others)}）" if others else ""
        return (
            f"台账写的是“{text}”，但 {_without_name(where, known)} 是{known}{also}："
            f"将存放于 {where}，请核对"
        )

    def place_label(self, ref: Ref) -> str:
        """How the preview names the room a ref stands for: B2-303 物理实验室, or 操场."""
        if ref in self.planned:
            return self.planned[ref].label
        return self.room_labels.get(self.ids[ref], "")

    def is_new(self, ref: Ref) -> bool:
        """Whether the import would create the record a ref stands for."""
        return ref in self.planned and ref not in self.ids

    def _split_place(self, text: str, hint: str) -> tuple[Ref, str, str]:
        """(building, room number, room name) of a place that is not yet a known room."""
        folded = text.translate(_FOLD)
        for pattern in (_CODED_ROOM, _NAMED_ROOM, _PLAIN_ROOM):
            match = pattern.fullmatch(folded)
            if match:
                break
        else:
            return self._plan_building(hint or CAMPUS_BUILDING, ""), text, ""
        # Spans of the folded text are spans of the ledger's: names keep their own characters.
        building = text[match.start(1) : match.end(1)].strip()
        number = match.group(2)
        name = text[match.start(3) :].strip()
        if pattern is _CODED_ROOM:
            code = match.group(1)
            by_code = ("building_code", compact(code))
            if by_code in self.ids:
                return by_code, number, name
            if hint and ("building", compact(hint)) in self.ids:
                return ("building", compact(hint)), number, name
            return self._plan_building(hint or code, code), number, name
        return self._plan_building(building, ""), number, name

    def _plan_building(self, name: str, code: str) -> Ref:
        if len(name) > 60:
            raise PlaceProblem(f"楼栋名称“{name}”太长（最多 60 个字）")
        ref = ("building", compact(name))
        if ref not in self.ids and ref not in self.planned:
            self.planned[ref] = NewRecord("building", name, {"name": name, "code": code})
        return ref

    def _building_label(self, ref: Ref) -> str:
        """The prefix of a room's label; none for the campus, so a place reads 操场."""
        if ref == CAMPUS_REF:
            return ""
        if ref in self.planned:
            values = self.planned[ref].values
            return values["code"] or values["name"]
        building = Building.get_by_id(self.ids[ref])
        return building.code or building.name

    # --- creating what was planned (inside the import's transaction) -----------------------
    def materialise(self, ref: Ref, actor: str) -> int:
        """The id of a referenced record, creating it (and what it refers to) if it is new."""
        if ref in self.ids:
            return self.ids[ref]
        record = self.planned[ref]
        values = {
            name: (self.materialise(value, actor) if isinstance(value, tuple) else value)
            for name, value in record.values.items()
        }
        self.ids[ref] = save_record(record.kind, values, actor=actor)
        return self.ids[ref]

    def new_records(self, refs: set[Ref]) -> dict[str, list[str]]:
        """The records these refs would create, with those they need, by kind (for the preview)."""
        found: dict[Ref, NewRecord] = {}

        def visit(ref: Ref) -> None:
            if ref in self.planned and ref not in found:
                found[ref] = self.planned[ref]
                for value in found[ref].values.values():
                    if isinstance(value, tuple):
                        visit(value)

        for ref in refs:
            visit(ref)
        # The campus holds the places outside buildings; listing it as a building would puzzle.
        found.pop(CAMPUS_REF, None)
        grouped: dict[str, list[str]] = {}
        for kind in KIND_LABELS:
            # In the order the ledger first names them.
            names = [r.label for ref, r in self.planned.items() if r.kind == kind and ref in found]
            if names:
                grouped[kind] = names
        return grouped


def _without_name(label: str, name: str) -> str:
    """The building and number of a room's label: X-105 of "X-105 文印室"."""
    return label.removesuffix(name).strip() if name else label


def _room_type(name: str) -> str:
    for word, room_type in _ROOM_TYPE_WORDS:
        if word in name:
            return compact(room_type)
    return ""
