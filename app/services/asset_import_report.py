"""The import's dry-run report as lines of Chinese text (the command line prints it)."""

from __future__ import annotations

from app.io.headers import FIELD_BY_KEY, IGNORE
from app.io.rows import column_label
from app.money import format_yuan
from app.services.asset_import import ImportPreview

MAX_LISTED_LINES = 8


def _lines_text(lines: list[int]) -> str:
    shown = "、".join(str(line) for line in lines[:MAX_LISTED_LINES])
    return f"第 {shown} 行" + ("等" if len(lines) > MAX_LISTED_LINES else "")


def mapping_text(preview: ImportPreview) -> str:
    """“A 列（编号）→ 资产编号；…” for every titled column."""
    if preview.header is None:
        return ""
    parts = []
    for column, title in enumerate(preview.header.titles):
        field = preview.mapping.get(column, IGNORE)
        if not title and field == IGNORE:
            continue
        target = FIELD_BY_KEY[field].label if field != IGNORE else "不导入"
        parts.append(f"{column_label(column, title)} → {target}")
    return "；".join(parts)


def summary_lines(preview: ImportPreview) -> list[str]:
    """What the file holds and what importing it would do (without the list of problems)."""
    lines = [f"台账：{preview.ledger.source}"]
    if preview.header is not None:
        table = preview.ledger.table
        lines.append(f"表头：第 {table.lines[preview.header.row_index]} 行")
        lines.append(f"列对应：{mapping_text(preview)}")
    if preview.file_problems:
        lines.append("无法导入：" + "；".join(preview.file_problems) + "。")
        return lines
    if preview.parsed is not None and preview.parsed.skipped:
        by_reason: dict[str, list[int]] = {}
        for line, why in preview.parsed.skipped:
            by_reason.setdefault(why, []).append(line)
        lines.append(
            "跳过："
            + "，".join(
                f"{why} {len(found)} 行（{_lines_text(found)}）" for why, found in by_reason.items()
            )
        )
    good, bad = len(preview.good_rows), len(preview.error_rows)
    lines.append(
        f"共 {len(preview.rows):,} 行数据：无误 {good:,} 行（{preview.asset_count:,} 件，"
        f"原值合计 ¥{format_yuan(preview.total_value)}），有错误 {bad:,} 行。"
    )
    if preview.below_threshold:
        lines.append(
            f"其中 {preview.below_threshold:,} 件单价低于固定资产标准 "
            f"¥{format_yuan(preview.threshold)}，请确认它们应记入固定资产。"
        )
    new = preview.new_record_lines()
    if new:
        lines.append("将新建：" + "；".join(new))
    return lines


def report_lines(preview: ImportPreview) -> list[str]:
    """The whole dry-run report: the summary, then every problem by row and column."""
    lines = summary_lines(preview)
    problems = preview.problems
    if problems:
        lines.append(f"问题 {len(problems):,} 处：")
        lines += [f"  {problem}" for problem in problems]
    return lines
