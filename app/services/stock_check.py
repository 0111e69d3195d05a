"""`houqin check` for the stock room: the cache equals the ledger, balances chain, numbers are gapless.

The ledger is read once, in posting order, for the balances and the cache; the documents are
checked with grouped SQL. A million moves take seconds; each check reports at most 20 rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from app.db import database
from app.models import NumberSeries, StockDoc
from app.models.stock import (
    DOC_RECEIPT,
    DOC_REQUISITION,
    DOC_RETURN,
    DOC_STOCKTAKE,
    MOVE_ADJUST,
    STATE_ISSUED,
    STATE_POSTED,
    STOCK_DOC_STATES,
    STOCK_DOC_TYPES,
)
from app.money import from_fen
from app.services.stock_docs import DOC_LABELS, SERIES
from app.services.stock_quantity import format_qty

LIMIT = 20
_NUMBER = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<seq>\d+)$")
_REQUISITION_STATES = tuple(s for s in STOCK_DOC_STATES if s != STATE_POSTED)
# The states in which a document has moved goods, and the types whose lines carry the signed
# quantity that moved (receipts, a reversal negative; returns; stocktake gains and losses).
_MOVING = (STATE_POSTED, STATE_ISSUED, DOC_RECEIPT, DOC_RETURN, DOC_STOCKTAKE)
# Every move kind that a document posts: all but 期初. A stocktake posts 调整 moves.
_DOC_KINDS = (*(t for t in STOCK_DOC_TYPES if t != DOC_STOCKTAKE), MOVE_ADJUST)


def stock_checks() -> list[str]:
    """Every problem of the stock room, in Chinese; empty when the ledger and cache agree."""
    return _ledger_pass() + _moves_match_documents() + _document_states() + _numbers_gapless()


def stock_summary() -> tuple[int, int, Decimal]:
    """Items, ledger moves and the value on hand, for the line a passing check prints."""
    items, value = database.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(on_hand_value_fen), 0) FROM item"
    ).fetchone()
    moves = database.execute_sql("SELECT COUNT(*) FROM stock_move").fetchone()[0]
    return items, moves, from_fen(value)


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    return database.execute_sql(f"{sql} LIMIT {LIMIT}", params).fetchall()


def _ledger_pass() -> list[str]:
    """One pass over the ledger in posting order: balances chain, nothing negative, cache = sums.

    Reading the moves in id order is a sequential scan; the running sums per item are kept here,
    so a million moves take a couple of seconds.
    """
    items = {
        item_id: (code, name, qty, value)
        for item_id, code, name, qty, value in database.execute_sql(
            "SELECT id, code, name, on_hand_m, on_hand_value_fen FROM item"
        )
    }
    running: dict[int, list[int]] = {}
    chain: list[str] = []
    signs: list[str] = []
    moves = database.execute_sql(
        "SELECT item_id, id, qty_m, value_fen, balance_m, balance_value_fen"
        " FROM stock_move ORDER BY id"
    )
    for item_id, move_id, qty, value, balance, balance_value in moves:
        totals = running.setdefault(item_id, [0, 0])
        totals[0] += qty
        totals[1] += value
        code = items.get(item_id, ("?",))[0]
        if (balance, balance_value) != (totals[0], totals[1]) and len(chain) < LIMIT:
            chain.append(
                f"物资 {code} 台账第 {move_id} 条的结存（数量 {format_qty(balance)}，"
                f"金额 {balance_value} 分）不等于之前各条累计（数量 {format_qty(totals[0])}，"
                f"金额 {totals[1]} 分）"
            )
        what = _bad_move(qty, value, balance, balance_value)
        if what and len(signs) < LIMIT:
            signs.append(f"物资 {code} 台账第 {move_id} 条：{what}")
    cache = []
    for item_id, (code, name, qty, value) in items.items():
        ledger_qty, ledger_value = running.get(item_id, (0, 0))
        if (qty, value) != (ledger_qty, ledger_value) and len(cache) < LIMIT:
            cache.append(
                f"物资 {code} {name} 的库存缓存（数量 {format_qty(qty)}，金额 {value} 分）"
                f"与台账合计（数量 {format_qty(ledger_qty)}，金额 {ledger_value} 分）不符"
            )
    return cache + chain + signs


def _bad_move(qty: int, value: int, balance: int, balance_value: int) -> str:
    """What is wrong with one move on its own, or ""."""
    if balance < 0 or balance_value < 0:
        return f"结存为负（数量 {format_qty(balance)}，金额 {balance_value} 分）"
    if balance == 0 and balance_value != 0:
        return f"数量为零但金额为 {balance_value} 分"
    if qty == 0 or (qty > 0 and value < 0) or (qty < 0 and value > 0):
        return f"数量 {format_qty(qty)} 与金额 {value} 分的方向不一致"
    return ""


def _moves_match_documents() -> list[str]:
    kinds = ", ".join("?" * len(_DOC_KINDS))
    problems = [
        f"台账第 {move_id} 条（{kind}）没有对应的单据"
        for move_id, kind in _rows(
            f"SELECT id, kind FROM stock_move WHERE doc_id IS NULL AND kind IN ({kinds})",
            _DOC_KINDS,
        )
    ]
    problems += [
        f"台账第 {move_id} 条记为 {kind} {number}，但单据是 {doc_type} {doc_number}"
        for move_id, kind, number, doc_type, doc_number in _rows(
            "SELECT m.id, m.kind, m.doc_number, d.doc_type, d.number FROM stock_move m"
            " JOIN stock_doc d ON d.id = m.doc_id"
            " WHERE m.kind != (CASE d.doc_type WHEN ? THEN ? ELSE d.doc_type END)"
            " OR m.doc_number != d.number ORDER BY m.id",
            (DOC_STOCKTAKE, MOVE_ADJUST),
        )
    ]
    # What each document should have moved: + for receipts and returns, − for the rest;
    # nothing until a requisition is issued.
    rows = _rows(
        "SELECT number, mq, mv, eq, ev FROM (SELECT d.number,"
        " (SELECT COALESCE(SUM(qty_m), 0) FROM stock_move m WHERE m.doc_id = d.id) AS mq,"
        " (SELECT COALESCE(SUM(value_fen), 0) FROM stock_move m WHERE m.doc_id = d.id) AS mv,"
        " CASE WHEN d.state IN (?, ?) THEN"
        "  (CASE WHEN d.doc_type IN (?, ?, ?) THEN 1 ELSE -1 END) *"
        "  (SELECT COALESCE(SUM(CASE WHEN d.doc_type = ? THEN COALESCE(l.issued_m, 0)"
        "   ELSE l.qty_m END), 0) FROM stock_doc_line l WHERE l.doc_id = d.id)"
        " ELSE 0 END AS eq,"
        " CASE WHEN d.state IN (?, ?) THEN"
        "  (CASE WHEN d.doc_type IN (?, ?, ?) THEN 1 ELSE -1 END) *"
        "  (SELECT COALESCE(SUM(l.amount_fen), 0) FROM stock_doc_line l WHERE l.doc_id = d.id)"
        " ELSE 0 END AS ev FROM stock_doc d) WHERE mq != eq OR mv != ev",
        (*_MOVING, DOC_REQUISITION, *_MOVING),
    )
    problems += [
        f"单据 {number} 的明细（数量 {format_qty(eq)}，金额 {ev} 分）"
        f"与台账（数量 {format_qty(mq)}，金额 {mv} 分）不符"
        for number, mq, mv, eq, ev in rows
    ]
    return problems


def _document_states() -> list[str]:
    types = ", ".join("?" * len(STOCK_DOC_TYPES))
    states = ", ".join("?" * len(_REQUISITION_STATES))
    rows = _rows(
        f"SELECT number, doc_type, state FROM stock_doc WHERE doc_type NOT IN ({types})"
        f" OR (doc_type = ? AND state NOT IN ({states})) OR (doc_type != ? AND state != ?)",
        (*STOCK_DOC_TYPES, DOC_REQUISITION, *_REQUISITION_STATES, DOC_REQUISITION, STATE_POSTED),
    )
    problems = [
        f"单据 {number}（{doc_type}）的状态“{state}”无效" for number, doc_type, state in rows
    ]
    problems += [
        f"领用单 {number} 第 {line_id} 行：发放数量与状态“{state}”不符"
        for number, line_id, state in _rows(
            "SELECT d.number, l.id, d.state FROM stock_doc_line l JOIN stock_doc d"
            " ON d.id = l.doc_id WHERE d.doc_type = ? AND ((d.state = ?) !="
            " (l.issued_m IS NOT NULL) OR l.issued_m < 0 OR l.issued_m > l.qty_m)",
            (DOC_REQUISITION, STATE_ISSUED),
        )
    ]
    return problems


def _numbers_gapless() -> list[str]:
    problems: list[str] = []
    seqs: dict[tuple[str, int], list[int]] = defaultdict(list)
    query = StockDoc.select(StockDoc.doc_type, StockDoc.number, StockDoc.date).tuples()
    for doc_type, number, date in query.iterator():
        match = _NUMBER.match(number)
        if match is None:
            problems.append(f"单据编号 {number} 格式不正确")
            continue
        year = int(match["year"])
        if year != date.year and len(problems) < LIMIT:
            problems.append(f"单据 {number} 的日期 {date.isoformat()} 与编号年份不符")
        seqs[(doc_type, year)].append(int(match["seq"]))
    counters = {
        (row.series, row.year): row.last
        for row in NumberSeries.select().where(NumberSeries.series.in_(list(SERIES.values())))
    }
    for (doc_type, year), numbers in sorted(seqs.items()):
        label = DOC_LABELS.get(doc_type, doc_type)
        numbers.sort()
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(
                f"{year} 年{label}编号不连续：应为 1–{len(numbers)}，实为 {numbers[:10]}…"
            )
        last = counters.pop((SERIES.get(doc_type, ""), year), None)
        if last != len(numbers):
            problems.append(f"{year} 年{label}计数器为 {last}，但已有 {len(numbers)} 张{label}")
    by_series = {series: doc_type for doc_type, series in SERIES.items()}
    problems += [
        f"{year} 年{DOC_LABELS[by_series[series]]}计数器为 {last}，但没有这一年的单据"
        for (series, year), last in sorted(counters.items())
        if last
    ]
    return problems
