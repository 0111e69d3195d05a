"""Printed stock forms from stored documents: 领用单, 入库单 (and its reversal), 物资明细账."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.services import stock_receipts, stock_requisitions
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import save_settings
from app.services.stock_docs import LineInput, doc_id_of
from app.services.stock_print import (
    find_item,
    item_ledger,
    item_ledger_pdf,
    list_receipt_numbers,
    list_requisition_numbers,
    receipt_form,
    receipt_form_pdf,
    requisition_slip,
    requisition_slip_pdf,
)
from app.services.terms import Period, Term
from tests.stock_factories import APPROVER, KEEPER, StockRoom, make_stock_room


@pytest.fixture
def room(db_path) -> StockRoom:
    return make_stock_room()


def _text(pdf: bytes) -> list[str]:
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_numbers_are_listed_oldest_first(room):
    assert list_requisition_numbers() == [
        room.requisitions[key]
        for key in ("physics_autumn", "office_autumn", "physics_spring", "draft", "summer")
    ]
    assert list_receipt_numbers() == [room.receipt]


def test_an_issued_requisition_prints_what_went_out(room):
    slip = requisition_slip(room.requisitions["physics_autumn"])
    assert (slip.department, slip.requester, slip.purpose) == ("物理组", "王芳", "实验室清洁")
    assert (slip.issued_by, slip.approved_by, slip.state) == (KEEPER, APPROVER, "")
    paper, soap = slip.lines
    assert (paper.requested, paper.issued, paper.unit_price, paper.amount) == (
        Decimal("12.000"),
        Decimal("12.000"),
        Decimal("23.50"),
        Decimal("282.00"),
    )
    assert (soap.unit, soap.issued, soap.amount) == ("千克", Decimal("2.500"), Decimal("24.50"))
    (page,) = _text(requisition_slip_pdf(slip.number))
    assert f"No.{slip.number}" in page
    assert "领用部门：物理组" in page
    assert "合计金额（小写）：¥306.50" in page
    assert "人民币叁佰零陆元伍角" in page
    assert f"发放人（库管员）：{KEEPER}" in page


def test_a_draft_prints_blank_issue_columns_and_its_state(room):
    slip = requisition_slip(room.requisitions["draft"])
    assert slip.state == "草稿（未发放）"
    assert [(line.issued, line.amount) for line in slip.lines] == [(None, None)]
    (page,) = _text(requisition_slip_pdf(slip.number))
    assert "单据状态：草稿（未发放）" in page
    assert "合计金额" not in page


def test_a_rejected_requisition_says_why_and_names_no_approver(room):
    doc_id = doc_id_of(room.requisitions["draft"])
    stock_requisitions.submit_requisition(doc_id)
    stock_requisitions.reject_requisition(doc_id, "数量过多", "赵校长")
    slip = requisition_slip(room.requisitions["draft"])
    assert slip.state == "已驳回（驳回原因：数量过多）"
    assert slip.approved_by == ""


def test_the_two_copies_setting_prints_both_halves_on_one_sheet(room):
    number = room.requisitions["office_autumn"]
    assert len(_text(requisition_slip_pdf(number))) == 1
    save_settings(requisition_two_copies=True)
    (page,) = _text(requisition_slip_pdf(number))
    assert page.count(f"No.{number}") == 2
    assert "存根联" in page and "领用联" in page
    (single,) = _text(requisition_slip_pdf(number, two_copies=False))
    assert single.count(f"No.{number}") == 1


def test_a_receipt_prints_its_supplier_lines_and_signers(room):
    form = receipt_form(room.receipt)
    assert (form.handled_by, form.checked_by, form.keeper) == ("李强", "张敏", KEEPER)
    assert [line.code for line in form.lines] == ["BG0001", "QJ0001", "YS0001", "JX0001"]
    assert sum(line.amount for line in form.lines) == Decimal("3366.00")
    (page,) = _text(receipt_form_pdf(room.receipt))
    assert "合计金额（小写）：¥3,366.00" in page
    assert "人民币叁仟叁佰陆拾陆元整" in page
    assert "发票号码：24420000000012345678" in page


def test_a_reversed_receipt_prints_as_a_red_receipt(room):
    # Bring the stock back up so the whole receipt can be reversed, then reverse a new one.
    extra = stock_receipts.post_receipt(
        stock_receipts.ReceiptInput(
            date=dt.date(2025, 8, 1),
            lines=[LineInput(room.chalk, "10", "8.00")],
        )
    )
    red = stock_receipts.reverse_receipt(doc_id_of(extra), "重复录入", date=dt.date(2025, 8, 2))
    form = receipt_form(red)
    assert form.reversal
    assert [(line.quantity, line.amount) for line in form.lines] == [
        (Decimal("-10.000"), Decimal("-80.00"))
    ]
    assert f"红字冲销入库单 {extra}" in form.note
    (page,) = _text(receipt_form_pdf(red))
    assert "入库单（红字冲销）" in page
    assert "人民币" not in page


def test_unknown_numbers_and_the_wrong_kind_are_not_found(room):
    with pytest.raises(NotFoundError, match="找不到领用单 LY-1999-0001"):
        requisition_slip_pdf("LY-1999-0001")
    with pytest.raises(NotFoundError, match="找不到入库单"):
        receipt_form_pdf(room.requisitions["draft"])


def test_item_ledger_has_opening_balance_moves_in_date_order_and_running_balances(room):
    ledger = item_ledger(room.paper, Term(2024, 2).period(), today=dt.date(2025, 8, 1))
    assert (ledger.opening, ledger.opening_value) == (Decimal("60.000"), Decimal("1410.00"))
    assert [(e.date, e.summary, e.quantity, e.balance) for e in ledger.entries] == [
        (dt.date(2025, 3, 3), "领用 物理组 张敏", Decimal("-20.000"), Decimal("40.000")),
    ]
    autumn = item_ledger(room.paper, Term(2024, 1).period())
    assert [(e.doc_number[:2], e.incoming, e.balance) for e in autumn.entries] == [
        ("RK", True, Decimal("100.000")),
        ("LY", False, Decimal("88.000")),
        ("TK", False, Decimal("90.000")),
        ("LY", False, Decimal("60.000")),
    ]
    assert autumn.entries[2].summary == "退库 物理组 王芳"
    assert autumn.entries[0].summary.startswith("入库")
    assert autumn.entries[-1].balance_value == Decimal("1410.00")


def test_item_ledger_pdf_and_lookup_by_code(room):
    item = find_item(" bg0001 ")
    assert item.id == room.paper
    pages = _text(item_ledger_pdf(item.id, Period(dt.date(2024, 1, 1), dt.date(2025, 12, 31))))
    joined = "".join(pages)
    assert "物资明细账" in joined
    assert "期初结存00.00" in joined
    assert "本期合计共6笔" in joined
    with pytest.raises(NotFoundError, match="找不到物资 XX9"):
        find_item("XX9")
    with pytest.raises(ValidationError):
        find_item("  ")
    with pytest.raises(NotFoundError):
        item_ledger(9999, Term(2024, 1).period())
