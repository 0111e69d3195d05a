"""Requisitions: the states, approval rules, partial issue, and stock that never goes below zero."""

from __future__ import annotations

import pytest

from app.models import Item, StockDoc, StockMove
from app.models.stock import (
    MOVE_ISSUE,
    STATE_APPROVED,
    STATE_CANCELLED,
    STATE_DRAFT,
    STATE_ISSUED,
    STATE_REJECTED,
    STATE_SUBMITTED,
)
from app.services import settings
from app.services import stock_requisitions as rq
from app.services.errors import ConflictError, ValidationError
from app.services.stock_check import stock_checks
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineError, LineInput
from tests.unit.services.stock.helpers import (
    TODAY,
    approved,
    issued,
    receive,
    requisition,
    snapshot,
)

YEAR = TODAY.year


def _state(doc_id: int) -> str:
    return StockDoc.get_by_id(doc_id).state


def test_the_whole_way_from_draft_to_issued(room):
    receive([(room.paper, "30", "25.50"), (room.soap, "12.5", "8.00")])
    doc_id = requisition(room, [(room.paper, "5"), (room.soap, "2.25")])
    assert StockDoc.get_by_id(doc_id).number == f"LY-{YEAR}-0001"
    assert _state(doc_id) == STATE_DRAFT
    assert StockMove.select().count() == 2  # a draft moves nothing
    rq.submit_requisition(doc_id)
    assert _state(doc_id) == STATE_SUBMITTED
    rq.approve_requisition(doc_id, "赵校长")
    assert _state(doc_id) == STATE_APPROVED
    rq.issue_requisition(doc_id, issued_by="李强", actor="李强")
    view = doc_view(doc_id)
    assert (view.state, view.approved_by, view.issued_by) == (STATE_ISSUED, "赵校长", "李强")
    assert [(line.issued_m, line.amount_fen) for line in view.lines] == [
        (5_000, 12_750),
        (2_250, 1_800),
    ]
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (25_000, 63_750)
    # The issue's moves carry the requisition, the issue date, who issued and when.
    doc = StockDoc.get_by_id(doc_id)
    moves = StockMove.select().where(StockMove.doc == doc_id).order_by(StockMove.id)
    assert [
        (m.item_id, m.kind, m.qty_m, m.value_fen, m.doc_number, m.date, m.operator, m.at)
        for m in moves
    ] == [
        (room.paper, MOVE_ISSUE, -5_000, -12_750, doc.number, TODAY, "李强", doc.issued_at),
        (room.soap, MOVE_ISSUE, -2_250, -1_800, doc.number, TODAY, "李强", doc.issued_at),
    ]
    assert stock_checks() == []


def test_issue_takes_the_moving_average_and_the_last_issue_takes_what_is_left(room):
    receive([(room.paper, "1", "10.00")])
    receive([(room.paper, "2", "10.01")])  # 3 packs worth 30.02
    issued(room, [(room.paper, "1")])  # 30.02 / 3 = 10.0067 → 10.01
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (2_000, 2_001)
    issued(room, [(room.paper, "1")])  # 20.01 / 2 = 10.005 → 10.01 (half up)
    issued(room, [(room.paper, "1")])  # the last pack takes exactly the 10.00 left
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (0, 0)
    values = [m.value_fen for m in StockMove.select().order_by(StockMove.id)]
    assert values == [1000, 2002, -1001, -1001, -1000]


def test_partial_issue_is_recorded(room):
    receive([(room.paper, "3", "25.00"), (room.toner, "5", "300.00")])
    doc_id = approved(room, [(room.paper, "10"), (room.toner, "2")])
    lines = {line.item_id: line.line_id for line in doc_view(doc_id).lines}
    proposal = rq.default_issue(doc_id)
    assert proposal == {lines[room.paper]: 3_000, lines[room.toner]: 2_000}
    rq.issue_requisition(doc_id, {lines[room.paper]: "3", lines[room.toner]: "1"})
    view = doc_view(doc_id)
    assert [(line.qty_m, line.issued_m) for line in view.lines] == [(10_000, 3_000), (2_000, 1_000)]
    assert view.state == STATE_ISSUED
    assert Item.get_by_id(room.paper).on_hand_m == 0


def test_a_line_issued_as_zero_moves_nothing(room):
    receive([(room.paper, "3", "25.00")])
    doc_id = approved(room, [(room.paper, "2"), (room.toner, "1")])
    lines = {line.item_id: line.line_id for line in doc_view(doc_id).lines}
    rq.issue_requisition(doc_id, {lines[room.paper]: "2", lines[room.toner]: "0"})
    assert [line.issued_m for line in doc_view(doc_id).lines] == [2_000, 0]
    assert StockMove.select().where(StockMove.item == room.toner).count() == 0
    assert stock_checks() == []


def test_issuing_more_than_on_hand_names_every_short_item_and_changes_nothing(room):
    receive([(room.paper, "3", "25.00"), (room.soap, "1.5", "8.00")])
    doc_id = approved(room, [(room.paper, "5"), (room.soap, "2.25"), (room.toner, "1")])
    before = snapshot()
    with pytest.raises(ConflictError) as caught:
        rq.issue_requisition(doc_id)
    message = caught.value.message
    assert "A4复印纸（W00001）需要 5 包，库存只有 3 包，还差 2 包" in message
    assert "洗衣粉（W00002）需要 2.25 千克，库存只有 1.5 千克，还差 0.75 千克" in message
    assert "硒鼓（W00003）需要 1 个，库存只有 0 个，还差 1 个" in message
    assert snapshot() == before
    assert _state(doc_id) == STATE_APPROVED


@pytest.mark.parametrize(
    ("given", "message"),
    [("6", "不能超过申请数量"), ("-1", "不能是负数"), ("1.5", "只能是整数")],
)
def test_bad_issued_quantities_are_refused(room, given, message):
    receive([(room.paper, "30", "25.00")])
    doc_id = approved(room, [(room.paper, "5")])
    [line] = doc_view(doc_id).lines
    before = snapshot()
    with pytest.raises(LineError, match=message):
        rq.issue_requisition(doc_id, {line.line_id: given})
    assert snapshot() == before


def test_issuing_nothing_at_all_is_refused(room):
    doc_id = approved(room, [(room.paper, "5")])
    [line] = doc_view(doc_id).lines
    with pytest.raises(ValidationError, match="至少要发放一种物资"):
        rq.issue_requisition(doc_id, {line.line_id: "0"})


def test_own_requisition_cannot_be_approved_by_default(room):
    doc_id = requisition(room, [(room.paper, "1")], actor="李强")
    rq.submit_requisition(doc_id)
    for approver in ("李强", "王芳"):  # who filled it in, and who asks for the goods
        with pytest.raises(ConflictError, match="不能审批自己的领用单"):
            rq.approve_requisition(doc_id, approver)
    assert _state(doc_id) == STATE_SUBMITTED
    settings.save_settings(forbid_self_approval=False)
    rq.approve_requisition(doc_id, "李强")
    assert _state(doc_id) == STATE_APPROVED


@pytest.mark.parametrize("how", ["reject", "cancel"])
def test_rejected_or_cancelled_requisition_cannot_be_issued(room, how):
    receive([(room.paper, "30", "25.00")])
    doc_id = requisition(room, [(room.paper, "5")])
    rq.submit_requisition(doc_id)
    if how == "reject":
        rq.reject_requisition(doc_id, "本月已领过", "赵校长")
        expected = "已被驳回（驳回原因：本月已领过），不能发放"
    else:
        rq.cancel_requisition(doc_id, "不需要了")
        expected = "已取消（取消原因：不需要了），不能发放"
    before = snapshot()
    with pytest.raises(ConflictError, match=expected):
        rq.issue_requisition(doc_id)
    assert snapshot() == before


def test_unapproved_or_issued_requisition_cannot_be_issued(room):
    receive([(room.paper, "30", "25.00")])
    doc_id = requisition(room, [(room.paper, "5")])
    with pytest.raises(ConflictError, match="还是草稿"):
        rq.issue_requisition(doc_id)
    rq.submit_requisition(doc_id)
    with pytest.raises(ConflictError, match="尚未批准"):
        rq.issue_requisition(doc_id)
    rq.approve_requisition(doc_id, "赵校长")
    rq.issue_requisition(doc_id)
    with pytest.raises(ConflictError, match="已经发放过"):
        rq.issue_requisition(doc_id)
    assert Item.get_by_id(room.paper).on_hand_m == 25_000


def test_wrong_transitions_are_refused(room):
    doc_id = requisition(room, [(room.paper, "5")])
    with pytest.raises(ConflictError, match="不能审批"):
        rq.approve_requisition(doc_id, "赵校长")
    with pytest.raises(ConflictError, match="不能驳回"):
        rq.reject_requisition(doc_id, "理由", "赵校长")
    rq.cancel_requisition(doc_id, "填错了")
    with pytest.raises(ConflictError, match="不能提交"):
        rq.submit_requisition(doc_id)
    with pytest.raises(ConflictError, match="不能取消"):
        rq.cancel_requisition(doc_id, "再取消")
    with pytest.raises(ValidationError, match="请填写驳回原因"):
        rq.reject_requisition(doc_id, "", "赵校长")


def test_draft_can_be_edited_but_a_submitted_or_issued_one_cannot(room):
    receive([(room.paper, "30", "25.00")])
    doc_id = requisition(room, [(room.paper, "5")])
    data = rq.RequisitionInput(
        date=TODAY,
        department_id=room.ids["dept_office"],
        person_id=room.ids["bob"],
        purpose="办公",
        lines=[LineInput(room.paper, "2"), LineInput(room.toner, "1")],
    )
    rq.edit_requisition(doc_id, data)
    view = doc_view(doc_id)
    assert (view.department, view.person, view.purpose) == ("后勤处", "李强", "办公")
    assert [line.qty_m for line in view.lines] == [2_000, 1_000]
    rq.submit_requisition(doc_id)
    rq.approve_requisition(doc_id, "赵校长")
    rq.issue_requisition(doc_id, {view.lines[0].line_id: "2", view.lines[1].line_id: "0"})
    before = snapshot()
    with pytest.raises(ConflictError, match=r"只有草稿可以修改.*请办理退库"):
        rq.edit_requisition(doc_id, data)
    assert snapshot() == before


def test_cancelled_drafts_keep_their_numbers_gapless(room):
    first = requisition(room, [(room.paper, "1")])
    rq.cancel_requisition(first, "填错")
    second = requisition(room, [(room.paper, "1")])
    numbers = [StockDoc.get_by_id(i).number for i in (first, second)]
    assert numbers == [f"LY-{YEAR}-0001", f"LY-{YEAR}-0002"]
    assert _state(first) == STATE_CANCELLED
    assert stock_checks() == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("department_id", None, "请选择领用部门"),
        ("person_id", None, "请选择领用人"),
        ("person_id", 99999, "不存在或已停用"),
    ],
)
def test_bad_requisition_header_is_refused(room, field, value, message):
    values = {
        "date": TODAY,
        "department_id": room.ids["dept_physics"],
        "person_id": room.ids["alice"],
        "lines": [LineInput(room.paper, "1")],
    }
    values[field] = value
    with pytest.raises(ValidationError, match=message):
        rq.create_requisition(rq.RequisitionInput(**values))
    assert StockDoc.select().count() == 0


def test_requisition_quantities_are_checked_when_drafted(room):
    with pytest.raises(LineError, match="只能是整数"):
        requisition(room, [(room.paper, "0.5")])
    with pytest.raises(LineError, match="必须大于零"):
        requisition(room, [(room.soap, "0")])
    assert StockDoc.select().count() == 0


def test_rejected_requisition_records_who_and_why(room):
    doc_id = requisition(room, [(room.paper, "1")])
    rq.submit_requisition(doc_id)
    rq.reject_requisition(doc_id, "本月已领过", "赵校长")
    view = doc_view(doc_id)
    assert (view.state, view.reject_reason, view.approved_by) == (
        STATE_REJECTED,
        "本月已领过",
        "赵校长",
    )
