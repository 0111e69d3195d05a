"""Disposal requests: filing, approval, rejection, refusals that change nothing, and the check."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models import Asset, AssetEvent, AuditEntry, DisposalDoc, DisposalLine, NumberSeries
from app.services import assets, settings
from app.services.check import run_checks
from app.services.depreciation import depreciation
from app.services.disposal import (
    DisposalInput,
    approve_disposal,
    file_disposal,
    reject_disposal,
)
from app.services.disposal_query import (
    approval_level,
    approval_text,
    disposal_view,
    disposals_of_asset,
    list_disposal_numbers,
    list_disposals,
)
from app.services.disposal_rules import split_names
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.register_query import STATUS_ALL, AssetFilter, count_and_total, fetch_ids
from tests.disposal_factories import scrap
from tests.factories import asset_input, make_school

TODAY = dt.date.today()
YEAR = TODAY.year
ASSESSORS = "王芳、张敏、赵磊"


@pytest.fixture
def ids(db_path):
    return make_school()


@pytest.fixture
def computers(ids) -> list[int]:
    """Three old computers in the lab (fully depreciated) and a newer projector."""
    created = assets.register_assets(
        asset_input(room_id=ids["lab"], purchase_date=dt.date(2018, 3, 1)), quantity=3
    )
    created += assets.register_assets(
        asset_input(
            name="投影仪",
            spec="爱普生CB-X50",
            original_value="3200.00",
            purchase_date=dt.date(2024, 9, 10),
            status="闲置",
        )
    )
    return created


def _file(asset_ids: list[int], **changes: object) -> str:
    values: dict[str, object] = {
        "asset_ids": asset_ids,
        "reason": "主板损坏，维修费用超过新机价格的一半",
        "assessors": ASSESSORS,
        "requested_by": "李强",
        "condition": "无法开机",
        "repair_worthwhile": False,
    }
    values.update(changes)
    return file_disposal(DisposalInput(**values), actor="李强")  # type: ignore[arg-type]


def _set_status_behind_the_app(asset_id: int, status: str) -> None:
    """A status written straight into the file, as only an old version or an editor could."""
    Asset.update(status=status).where(Asset.id == asset_id).execute()


def _snapshot() -> tuple[object, ...]:
    """Everything a refused action must leave untouched."""
    return (
        [(a.id, a.status) for a in Asset.select().order_by(Asset.id)],
        [(d.number, d.state, d.decided_by) for d in DisposalDoc.select().order_by(DisposalDoc.id)],
        [(ln.id, ln.residual_value_fen) for ln in DisposalLine.select().order_by(DisposalLine.id)],
        AssetEvent.select().count(),
        AuditEntry.select().count(),
        [(s.series, s.year, s.last) for s in NumberSeries.select()],
    )


# --- filing ---------------------------------------------------------------------------------


def test_filing_numbers_gaplessly_and_sets_assets_pending(computers) -> None:
    first = _file(computers[:2])
    second = _file(computers[2:])
    assert (first, second) == (f"BF-{YEAR}-0001", f"BF-{YEAR}-0002")
    assert list_disposal_numbers() == [first, second]
    assert {Asset.get_by_id(i).status for i in computers} == {"待报废"}
    event = assets.asset_history(computers[0])[-1]
    assert (event.kind, event.doc_number, event.doc_type) == ("报废", first, "报废申请表")
    assert event.summary == f"申请报废（{first}）：状态 在用 → 待报废"
    assert AuditEntry.select().where(AuditEntry.action == "申请报废").count() == 2


def test_filing_snapshots_values_and_previous_status(computers) -> None:
    number = _file(computers)
    view = disposal_view(number)
    assert [line.status_before for line in view.lines] == ["在用", "在用", "在用", "闲置"]
    old = view.lines[0]
    assert (old.original_value, old.net_value) == (Decimal("4999.00"), Decimal("0.00"))
    projector = view.lines[3]
    expected = depreciation(320000, dt.date(2024, 9, 10), 6, True, TODAY, "next_month")
    assert projector.net_value == Decimal(expected.net_fen) / 100
    assert projector.accumulated == Decimal("3200.00") - projector.net_value
    assert view.assessors == ["王芳", "张敏", "赵磊"]
    assert (view.state, view.method, view.requested_by) == ("待审批", "报废", "李强")


def test_assessor_names_split_on_any_separator() -> None:
    assert split_names("王芳, 张敏，赵磊、 钱进 ;孙丽") == ["王芳", "张敏", "赵磊", "钱进", "孙丽"]
    assert split_names(["王芳", " ", "张敏 "]) == ["王芳", "张敏"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"asset_ids": []}, "assets", "至少要有一件资产"),
        ({"reason": "  "}, "reason", "请填写报废原因"),
        ({"assessors": "王芳、张敏"}, "assessors", "至少需要 3 人"),
        ({"assessors": "王芳、张敏、王芳"}, "assessors", "重复"),
        ({"requested_by": ""}, "requested_by", "请填写申请人"),
        ({"kind": "报丢"}, "kind", "报废、报损"),
        ({"method": "销毁"}, "method", "报废、调出、出售、捐赠"),
        ({"date": TODAY + dt.timedelta(days=1)}, "date", "不能晚于今天"),
        ({"date": dt.date(2017, 1, 1)}, "date", "早于资产"),
        ({"reason": "坏" * 501}, "reason", "太长"),
    ],
)
def test_bad_filing_is_refused_and_changes_nothing(computers, changes, field, words) -> None:
    changes = dict(changes)
    before = _snapshot()
    with pytest.raises(ValidationError, match=words) as caught:
        _file(changes.pop("asset_ids", computers[:2]), **changes)
    assert caught.value.field == field
    assert _snapshot() == before


def test_the_same_asset_twice_is_refused(computers) -> None:
    with pytest.raises(ValidationError, match="出现了两次"):
        _file([computers[0], computers[0]])


def test_an_asset_on_a_pending_request_cannot_be_filed_again(computers) -> None:
    first = _file(computers[:1])
    before = _snapshot()
    with pytest.raises(ConflictError, match=f"已在待审批的报废申请 {first} 中"):
        _file(computers[:2])
    assert _snapshot() == before


@pytest.mark.parametrize("status", ["已报废", "丢失"])
def test_disposed_or_lost_assets_are_refused(computers, status) -> None:
    if status == "已报废":
        scrap([computers[1]])
    else:
        assets.change_status(computers[1], status, "测试")
    before = _snapshot()
    with pytest.raises(ConflictError, match=f"状态为“{status}”，不能申请报废"):
        _file(computers[:2])
    assert _snapshot() == before


def test_an_unknown_asset_is_refused(computers) -> None:
    with pytest.raises(NotFoundError, match="资产不存在"):
        _file([computers[0], 99999])
    assert DisposalDoc.select().count() == 0


# --- approval -------------------------------------------------------------------------------


def test_approval_disposes_of_the_assets_and_keeps_their_history(computers) -> None:
    number = _file(computers[:3])
    approve_disposal(
        number,
        "赵校长",
        "出售",
        {computers[0]: "120", assets.get_asset(computers[1]).number: Decimal("80.50")},
        note="同意",
        actor="赵校长",
    )
    view = disposal_view(number)
    assert (view.state, view.method, view.decided_by, view.decided_on) == (
        "已批准",
        "出售",
        "赵校长",
        TODAY,
    )
    assert view.decision_note == "同意"
    assert [line.residual_value for line in view.lines] == [
        Decimal("120.00"),
        Decimal("80.50"),
        Decimal("0.00"),
    ]
    assert all(Asset.get_by_id(i).status == "已报废" for i in computers[:3])
    history = assets.asset_history(computers[0])
    assert [e.kind for e in history] == ["登记", "报废", "报废"]
    assert history[-1].summary == f"报废（{number}）：处置方式 出售，残值 ¥120.00"
    assert disposals_of_asset(computers[0]) == [number]


def test_disposed_assets_leave_the_active_register_but_not_the_full_one(computers) -> None:
    approve_disposal(_file(computers[:3]), "赵校长", "报废")
    assert fetch_ids(AssetFilter()) == [computers[3]]
    assert sorted(fetch_ids(AssetFilter(status=STATUS_ALL))) == sorted(computers)
    assert count_and_total(AssetFilter(status=STATUS_ALL))[0] == 4


def test_the_requester_cannot_approve_their_own_request(computers) -> None:
    number = _file(computers[:1], requested_by="李强")
    before = _snapshot()
    for approver in ("李强", " 李 强 "):
        with pytest.raises(ValidationError, match="审批人不能是申请人本人") as caught:
            approve_disposal(number, approver, "报废")
        assert caught.value.field == "decided_by"
        with pytest.raises(ValidationError, match="审批人不能是申请人本人"):
            reject_disposal(number, approver, "不同意")
    assert _snapshot() == before


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"decided_by": ""}, "decided_by", "请填写审批人"),
        ({"method": "烧掉"}, "method", "处置方式只能是"),
        ({"residuals": {"x": "-1"}}, "residuals", "不在这张报废申请上"),
        ({"residuals": "NEG"}, "residuals", "残值：金额不能为负数"),
        ({"residuals": "ABC"}, "residuals", "残值"),
        ({"decided_on": TODAY + dt.timedelta(days=1)}, "decided_on", "不能晚于今天"),
        ({"decided_on": dt.date(2019, 1, 1)}, "decided_on", "不能早于申请日期"),
    ],
)
def test_bad_approval_is_refused_and_changes_nothing(computers, kwargs, field, words) -> None:
    number = _file(computers[:2], date=dt.date(2025, 1, 6))
    values: dict[str, object] = {"decided_by": "赵校长", "method": "出售"}
    values.update(kwargs)
    if values.get("residuals") == "NEG":
        values["residuals"] = {computers[0]: "-5"}
    elif values.get("residuals") == "ABC":
        values["residuals"] = {computers[0]: "一百块"}
    before = _snapshot()
    with pytest.raises(ValidationError, match=words) as caught:
        approve_disposal(number, **values)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert _snapshot() == before


def test_a_decided_request_cannot_be_decided_again(computers) -> None:
    number = _file(computers[:1])
    approve_disposal(number, "赵校长", "报废")
    before = _snapshot()
    with pytest.raises(ConflictError, match="已批准，不能再审批"):
        approve_disposal(number, "赵校长", "出售")
    with pytest.raises(ConflictError, match="已批准"):
        reject_disposal(number, "赵校长", "改主意了")
    with pytest.raises(NotFoundError, match="找不到报废申请 BF-1999-0001"):
        approve_disposal("BF-1999-0001", "赵校长", "报废")
    assert _snapshot() == before


def test_approval_refuses_an_asset_changed_behind_the_request(computers) -> None:
    number = _file(computers[:2])
    # The app refuses this change; only an older version or a hand-edited file could have made it.
    _set_status_behind_the_app(computers[1], "在用")
    before = _snapshot()
    with pytest.raises(ConflictError, match="不再是待报废"):
        approve_disposal(number, "赵校长", "报废")
    assert _snapshot() == before


# --- rejection ------------------------------------------------------------------------------


def test_rejection_puts_every_asset_back_as_it_was(computers) -> None:
    number = _file([computers[0], computers[3]])
    reject_disposal(number, "赵校长", "还可以修", actor="赵校长")
    assert Asset.get_by_id(computers[0]).status == "在用"
    assert Asset.get_by_id(computers[3]).status == "闲置"
    view = disposal_view(number)
    assert (view.state, view.decided_by, view.decision_note) == ("已驳回", "赵校长", "还可以修")
    assert assets.asset_history(computers[3])[-1].summary == (
        f"报废申请驳回（{number}）：状态 待报废 → 闲置"
    )
    assert [line.residual_value for line in view.lines] == [Decimal("0.00")] * 2
    # Nothing holds the assets any more: they can be filed again.
    assert _file([computers[0]]) == f"BF-{YEAR}-0002"


def test_rejection_needs_a_reason(computers) -> None:
    number = _file(computers[:1])
    before = _snapshot()
    with pytest.raises(ValidationError, match="请填写驳回理由") as caught:
        reject_disposal(number, "赵校长", " ")
    assert caught.value.field == "note"
    assert _snapshot() == before


# --- lists and approval levels --------------------------------------------------------------


def test_list_shows_counts_totals_and_filters_by_state(computers) -> None:
    first = _file(computers[:3])
    second = _file(computers[3:], kind="报损")
    approve_disposal(first, "赵校长", "报废")
    rows = list_disposals()
    assert [r.number for r in rows] == [second, first]
    assert (rows[1].count, rows[1].original_value, rows[1].net_value) == (
        3,
        Decimal("14997.00"),
        Decimal("0.00"),
    )
    assert (rows[0].kind, rows[0].state) == ("报损", "待审批")
    assert [r.number for r in list_disposals("待审批")] == [second]
    with pytest.raises(ValidationError, match="未知的审批状态"):
        list_disposals("草稿")


def test_approval_level_follows_the_thresholds(db_path) -> None:
    assert [approval_level(Decimal(v)) for v in ("0", "500", "500.01", "10000", "10000.01")] == [
        0,
        0,
        1,
        1,
        2,
    ]
    assert approval_text(Decimal("622.23")) == (
        "净值合计 ¥622.23，超过 ¥500.00、不超过 ¥10,000.00，须经后勤主任 → 校长审批"
    )
    settings.save_settings(disposal_director_limit="1000", disposal_principal_limit="5000")
    assert approval_level(Decimal("800")) == 0
    assert approval_level(Decimal("6000")) == 2
    assert approval_text(Decimal("6000")).endswith(
        "超过 ¥5,000.00，须经后勤主任 → 校长 → 校务会审批"
    )


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"disposal_director_limit": "20000"}, "必须小于校长审批限额"),
        ({"disposal_principal_limit": "300"}, "必须小于校长审批限额"),
        ({"disposal_director_limit": "0"}, "必须大于零"),
        ({"disposal_principal_limit": "很多"}, "校长审批限额"),
    ],
)
def test_bad_thresholds_are_refused(db_path, kwargs, words) -> None:
    with pytest.raises(ValidationError, match=words):
        settings.save_settings(**kwargs)
    loaded = settings.load_settings()
    assert (loaded.disposal_director_limit, loaded.disposal_principal_limit) == (
        Decimal("500.00"),
        Decimal("10000.00"),
    )


# --- houqin check ---------------------------------------------------------------------------


def test_check_passes_after_a_full_workflow(computers) -> None:
    approve_disposal(_file(computers[:2]), "赵校长", "出售", {computers[0]: "50"})
    reject_disposal(_file(computers[2:3]), "赵校长", "能修")
    _file(computers[3:])
    assert run_checks() == []


def test_check_finds_a_disposed_asset_without_an_approved_request(computers) -> None:
    _set_status_behind_the_app(computers[0], "已报废")
    number = assets.get_asset(computers[0]).number
    assert f"资产 {number} 状态为已报废，但没有经批准的报废申请" in run_checks()


def test_check_finds_assets_changed_behind_a_request(computers) -> None:
    pending = _file(computers[:1])
    approved = _file(computers[1:2])
    approve_disposal(approved, "赵校长", "报废")
    _set_status_behind_the_app(computers[0], "在用")
    _set_status_behind_the_app(computers[1], "闲置")
    first, second = (assets.get_asset(i).number for i in computers[:2])
    problems = run_checks()
    assert f"报废申请 {pending} 待审批，但资产 {first} 的状态为“在用”，应为待报废" in problems
    assert f"报废申请 {approved} 已批准，但资产 {second} 的状态为“闲置”" in problems


def test_check_finds_a_gap_in_the_numbers(computers) -> None:
    _file(computers[:1])
    number = _file(computers[1:2])
    DisposalDoc.update(number=f"BF-{YEAR}-0005").where(DisposalDoc.number == number).execute()
    problems = run_checks()
    assert any(p.startswith(f"{YEAR} 年报废申请编号不连续") for p in problems)
