"""Document-number prefixes in the settings: checked, kept distinct, applied to the next number."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import HandoverDoc, Setting
from app.services import assets, handover, settings
from app.services.errors import ValidationError
from tests.factories import asset_input, make_school

TODAY = dt.date.today()


@pytest.fixture
def ids(db_path):
    return make_school()


def _stored() -> dict[str, str]:
    return {row.key: row.value for row in Setting.select()}


def _hand_over(ids, asset_id: int) -> str:
    return handover.post_handover(
        handover.HandoverInput(
            kind="领用",
            asset_ids=[asset_id],
            date=TODAY,
            to_person_id=ids["alice"],
            to_room_id=ids["lab"],
            handed_by="李强",
            received_by="王芳",
            manager="李强",
            approver="赵校长",
        )
    )


def test_every_prefix_field_is_listed_once() -> None:
    """The dialog's table names every *_prefix setting, so none is left out of the dialog."""
    keys = [key for key, _label in settings.DOCUMENT_PREFIXES]
    fields = [f for f in settings.Settings.__dataclass_fields__ if f.endswith("_prefix")]
    assert sorted(f for f in fields) == sorted(k for k in keys if k in fields)
    assert len(keys) == len(set(keys))
    defaults = [getattr(settings.Settings(), f) for f in fields]
    assert len(defaults) == len(set(defaults))


def test_prefixes_are_saved_in_upper_case(ids) -> None:
    saved = settings.save_settings(prefixes={"receipt_prefix": " rkd ", "handover_prefix": "ZCJJ"})
    assert (saved.receipt_prefix, saved.handover_prefix) == ("RKD", "ZCJJ")
    assert settings.load_settings().receipt_prefix == "RKD"


def test_a_new_prefix_applies_to_the_next_number_only(ids) -> None:
    first, second = assets.register_assets(asset_input(), quantity=2)
    before = _hand_over(ids, first)
    settings.save_settings(prefixes={"handover_prefix": "ZCJJ"})
    after = _hand_over(ids, second)
    assert before == f"JJ-{TODAY.year}-0001"
    # The series runs on: the new prefix carries the next serial, the old slip keeps its number.
    assert after == f"ZCJJ-{TODAY.year}-0002"
    assert [d.number for d in HandoverDoc.select().order_by(HandoverDoc.id)] == [before, after]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "请填写入库单的编号前缀。"),
        ("R1", "入库单的编号前缀“R1”无效：只能用 1 到 6 个英文大写字母"),
        ("ABCDEFG", "入库单的编号前缀“ABCDEFG”无效"),
        ("入库", "入库单的编号前缀“入库”无效"),
    ],
)
def test_a_bad_prefix_is_refused_and_nothing_saved(ids, typed, reason) -> None:
    before = _stored()
    with pytest.raises(ValidationError, match=reason) as caught:
        settings.save_settings(school_name="别的学校", prefixes={"receipt_prefix": typed})
    assert caught.value.field == "receipt_prefix"
    assert _stored() == before


def test_a_prefix_used_by_another_document_is_refused(ids) -> None:
    before = _stored()
    with pytest.raises(ValidationError) as caught:
        settings.save_settings(prefixes={"receipt_prefix": "ly"})
    assert caught.value.message == (
        "入库单的编号前缀“LY”与领用单相同，两种单据的编号会混在一起，请换一个前缀。"
    )
    assert caught.value.field == "receipt_prefix"
    # The whole dialog's prefixes at once: the changed one is named, not its unchanged twin.
    current = settings.load_settings()
    every = {
        key: getattr(current, key) for key, _ in settings.DOCUMENT_PREFIXES if hasattr(current, key)
    }
    every["return_prefix"] = "BF"
    with pytest.raises(ValidationError, match="退库单的编号前缀“BF”与报废申请表相同") as caught:
        settings.save_settings(prefixes=every)
    assert caught.value.field == "return_prefix"
    assert _stored() == before


def test_two_documents_may_swap_prefixes(ids) -> None:
    saved = settings.save_settings(prefixes={"receipt_prefix": "LY", "requisition_prefix": "RK"})
    assert (saved.receipt_prefix, saved.requisition_prefix) == ("LY", "RK")


def test_an_unknown_prefix_setting_is_refused(ids) -> None:
    with pytest.raises(ValidationError, match="未知的编号前缀设置：asset_prefix"):
        settings.save_settings(prefixes={"asset_prefix": "ZC"})
