"""Small builders of realistic test data through the real services."""

from __future__ import annotations

import datetime as dt

from app.models import Category, Unit
from app.services import assets, reference, settings


def make_school() -> dict[str, int]:
    """A school with two departments, three people, a building with rooms; returns their ids."""
    settings.save_settings(school_name="北京市第一实验中学")
    ids = {
        "dept_office": reference.save_record("department", {"name": "后勤处"}),
        "dept_physics": reference.save_record("department", {"name": "物理组"}),
        "building": reference.save_record("building", {"name": "科技楼", "code": "B2"}),
    }
    ids["alice"] = reference.save_record(
        "person", {"name": "王芳", "department": ids["dept_physics"], "phone": "13800000001"}
    )
    ids["bob"] = reference.save_record("person", {"name": "李强", "department": ids["dept_office"]})
    ids["carol"] = reference.save_record(
        "person", {"name": "张敏", "department": ids["dept_physics"]}
    )
    ids["lab"] = reference.save_record(
        "room", {"building": ids["building"], "number": "303", "name": "物理实验室"}
    )
    ids["store"] = reference.save_record(
        "room", {"building": ids["building"], "number": "101", "name": "器材库"}
    )
    return ids


def computer_category() -> Category:
    """The 信息化设备 category from the seeded reference data."""
    return Category.get(Category.code == "A02010000")


def asset_input(**overrides: object) -> assets.AssetInput:
    """A valid desktop-computer input; override any field."""
    values: dict[str, object] = {
        "name": "台式计算机",
        "category_id": computer_category().id,
        "original_value": "4999.00",
        "purchase_date": dt.date(2024, 9, 1),
        "spec": "联想启天M437 i5/16G/512G",
        "brand": "联想",
        "unit_id": Unit.get(Unit.name == "台").id,
    }
    values.update(overrides)
    return assets.AssetInput(**values)  # type: ignore[arg-type]
