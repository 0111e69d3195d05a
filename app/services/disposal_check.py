"""`houqin check` for disposal: request states, asset statuses and the number series agree."""

from __future__ import annotations

import re
from collections import defaultdict

from peewee import fn

from app.db import database
from app.models import DisposalDoc, DisposalLine, NumberSeries
from app.models.assets import STATUS_DISPOSED, STATUS_PENDING_DISPOSAL
from app.models.disposal import DISPOSAL_APPROVED, DISPOSAL_PENDING, DISPOSAL_STATES
from app.services.asset_import_apply import IMPORT_DOC_TYPE
from app.services.disposal import SERIES

_DOC_NUMBER = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<seq>\d+)$")
_LIMIT = 20


def disposal_problems() -> list[str]:
    """Every disposal inconsistency found, in Chinese; empty when all agree."""
    return _document_problems() + _status_problems() + _numbering_problems()


def _document_problems() -> list[str]:
    problems = []
    bad_state = DisposalDoc.select().where(DisposalDoc.state.not_in(DISPOSAL_STATES))
    problems += [f"报废申请 {d.number} 的状态“{d.state}”无效" for d in bad_state.limit(_LIMIT)]
    empty = DisposalDoc.select(DisposalDoc.number).where(
        DisposalDoc.id.not_in(DisposalLine.select(DisposalLine.doc))
    )
    problems += [f"报废申请 {d.number} 没有任何资产明细" for d in empty.limit(_LIMIT)]
    undecided = DisposalDoc.select(DisposalDoc.number).where(
        (DisposalDoc.state != DISPOSAL_PENDING)
        & ((DisposalDoc.decided_by == "") | DisposalDoc.decided_on.is_null())
    )
    problems += [
        f"报废申请 {d.number} 已审批，但没有审批人或审批日期" for d in undecided.limit(_LIMIT)
    ]
    return problems


def _status_problems() -> list[str]:
    """已报废 ⇔ on exactly one approved request; 待审批 requests hold only 待报废 assets."""
    approved_count = (
        "SELECT COUNT(*) FROM disposal_line l JOIN disposal_doc d ON d.id = l.doc_id"
        " WHERE l.asset_id = a.id AND d.state = ?"
    )
    # An old ledger lists assets written off before the office used Houqin: imported as
    # 已报废 and never on a request here, they have no approval to show and need none.
    # Only the import line's own status counts, and no status line may follow it: an asset
    # imported 在用 and set to 已报废 behind the app has no such line and is reported.
    imported_disposed = (
        "(NOT EXISTS (SELECT 1 FROM disposal_line l WHERE l.asset_id = a.id)"
        " AND EXISTS (SELECT 1 FROM asset_event e WHERE e.asset_id = a.id AND e.doc_type = ?"
        " AND e.field = '状态' AND e.new_value = a.status AND NOT EXISTS ("
        "SELECT 1 FROM asset_event later WHERE later.asset_id = a.id AND later.id > e.id"
        " AND later.field = '状态')))"
    )
    disposed = database.execute_sql(
        f"SELECT a.number, ({approved_count}) AS n FROM asset a"
        f" WHERE a.status = ? AND n != 1 AND NOT {imported_disposed} LIMIT ?",
        (DISPOSAL_APPROVED, STATUS_DISPOSED, IMPORT_DOC_TYPE, _LIMIT),
    ).fetchall()
    problems = [
        f"资产 {number} 状态为已报废，但没有经批准的报废申请"
        if count == 0
        else f"资产 {number} 出现在 {count} 张已批准的报废申请中"
        for number, count in disposed
    ]
    revived = database.execute_sql(
        "SELECT d.number, a.number, a.status FROM disposal_line l"
        " JOIN disposal_doc d ON d.id = l.doc_id JOIN asset a ON a.id = l.asset_id"
        " WHERE d.state = ? AND a.status != ? LIMIT ?",
        (DISPOSAL_APPROVED, STATUS_DISPOSED, _LIMIT),
    ).fetchall()
    problems += [
        f"报废申请 {doc} 已批准，但资产 {asset} 的状态为“{status}”"
        for doc, asset, status in revived
    ]
    stray = database.execute_sql(
        "SELECT d.number, a.number, a.status FROM disposal_line l"
        " JOIN disposal_doc d ON d.id = l.doc_id JOIN asset a ON a.id = l.asset_id"
        " WHERE d.state = ? AND a.status != ? LIMIT ?",
        (DISPOSAL_PENDING, STATUS_PENDING_DISPOSAL, _LIMIT),
    ).fetchall()
    problems += [
        f"报废申请 {doc} 待审批，但资产 {asset} 的状态为“{status}”，应为待报废"
        for doc, asset, status in stray
    ]
    twice = database.execute_sql(
        "SELECT a.number, COUNT(*) FROM disposal_line l"
        " JOIN disposal_doc d ON d.id = l.doc_id JOIN asset a ON a.id = l.asset_id"
        " WHERE d.state = ? GROUP BY l.asset_id HAVING COUNT(*) > 1 LIMIT ?",
        (DISPOSAL_PENDING, _LIMIT),
    ).fetchall()
    problems += [f"资产 {asset} 同时在 {n} 张待审批的报废申请中" for asset, n in twice]
    return problems


def _numbering_problems() -> list[str]:
    problems = []
    by_year: dict[int, list[int]] = defaultdict(list)
    for doc in DisposalDoc.select(DisposalDoc.number):
        match = _DOC_NUMBER.match(doc.number)
        if match is None:
            problems.append(f"报废申请编号 {doc.number} 格式不正确")
            continue
        by_year[int(match["year"])].append(int(match["seq"]))
    for year, seqs in sorted(by_year.items()):
        seqs.sort()
        if seqs != list(range(1, len(seqs) + 1)):
            problems.append(f"{year} 年报废申请编号不连续：应为 1–{len(seqs)}，实为 {seqs[:10]}…")
        last = (
            NumberSeries.select(fn.MAX(NumberSeries.last))
            .where((NumberSeries.series == SERIES) & (NumberSeries.year == year))
            .scalar()
        )
        if last != len(seqs):
            problems.append(f"{year} 年报废申请计数器为 {last}，但已有 {len(seqs)} 张报废申请")
    return problems
