"""`houqin check`: SQLite integrity plus the domain's invariants, as a readable list of problems."""

from __future__ import annotations

import re
from collections import defaultdict

from peewee import fn

from app.db import database
from app.db.migrations import LATEST_VERSION, schema_version
from app.models import ASSET_STATUSES, Asset, AssetEvent, HandoverDoc, HandoverLine, NumberSeries
from app.services.disposal_check import disposal_problems
from app.services.stock_check import stock_checks

_DOC_NUMBER = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<seq>\d+)$")


def run_checks() -> list[str]:
    """Every problem found, in Chinese; an empty list means the database is sound."""
    problems: list[str] = []
    problems += _storage_checks()
    problems += _asset_checks()
    problems += _handover_checks()
    problems += disposal_problems()
    problems += stock_checks()
    return problems


def _storage_checks() -> list[str]:
    problems = []
    result = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems += [f"SQLite 完整性检查：{line}" for line in result[:20]]
    for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
        problems.append(f"外键错误：表 {table} 第 {rowid} 行引用了不存在的 {parent} 记录")
    version = schema_version(database)
    if version != LATEST_VERSION:
        problems.append(f"数据库结构版本为 {version}，应为 {LATEST_VERSION}")
    return problems


def _asset_checks() -> list[str]:
    problems = []
    bad_status = Asset.select(Asset.number, Asset.status).where(Asset.status.not_in(ASSET_STATUSES))
    problems += [f"资产 {a.number} 的状态“{a.status}”无效" for a in bad_status.limit(20)]
    bad_value = Asset.select(Asset.number).where(Asset.original_value_fen <= 0)
    problems += [f"资产 {a.number} 的原值不大于零" for a in bad_value.limit(20)]
    registered = AssetEvent.select(AssetEvent.asset).where(AssetEvent.kind == "登记")
    unregistered = Asset.select(Asset.number).where(Asset.id.not_in(registered))
    problems += [f"资产 {a.number} 没有登记履历" for a in unregistered.limit(20)]
    return problems


def _handover_checks() -> list[str]:
    problems = []
    empty = HandoverDoc.select(HandoverDoc.number).where(
        HandoverDoc.id.not_in(HandoverLine.select(HandoverLine.doc))
    )
    problems += [f"交接单 {d.number} 没有任何资产明细" for d in empty.limit(20)]
    problems += _history_matches_slips()
    by_year: dict[int, list[int]] = defaultdict(list)
    for doc in HandoverDoc.select(HandoverDoc.number):
        match = _DOC_NUMBER.match(doc.number)
        if match is None:
            problems.append(f"交接单编号 {doc.number} 格式不正确")
            continue
        by_year[int(match["year"])].append(int(match["seq"]))
    for year, seqs in sorted(by_year.items()):
        seqs.sort()
        if seqs != list(range(1, len(seqs) + 1)):
            problems.append(f"{year} 年交接单编号不连续：应为 1–{len(seqs)}，实为 {seqs[:10]}…")
        last = (
            NumberSeries.select(fn.MAX(NumberSeries.last))
            .where((NumberSeries.series == "handover") & (NumberSeries.year == year))
            .scalar()
        )
        if last != len(seqs):
            problems.append(f"{year} 年交接单计数器为 {last}，但已有 {len(seqs)} 张交接单")
    return problems


def _history_matches_slips() -> list[str]:
    """Every slip line has its 交接 history entry and every such entry has its slip line."""
    missing_event = database.execute_sql(
        "SELECT d.number, a.number FROM handover_line l"
        " JOIN handover_doc d ON d.id = l.doc_id JOIN asset a ON a.id = l.asset_id"
        " WHERE NOT EXISTS (SELECT 1 FROM asset_event e WHERE e.asset_id = l.asset_id"
        " AND e.kind = '交接' AND e.doc_number = d.number) LIMIT 20"
    ).fetchall()
    missing_line = database.execute_sql(
        "SELECT e.doc_number, a.number FROM asset_event e JOIN asset a ON a.id = e.asset_id"
        " WHERE e.kind = '交接' AND NOT EXISTS (SELECT 1 FROM handover_line l"
        " JOIN handover_doc d ON d.id = l.doc_id"
        " WHERE l.asset_id = e.asset_id AND d.number = e.doc_number) LIMIT 20"
    ).fetchall()
    return [
        f"交接单 {doc} 列有资产 {asset}，但该资产履历中没有这次交接" for doc, asset in missing_event
    ] + [
        f"资产 {asset} 的履历记有交接单 {doc}，但交接单明细中没有它" for doc, asset in missing_line
    ]
