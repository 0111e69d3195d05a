"""The parts of every import's dry-run report: the file, its mapping, skipped rows, problems."""

from __future__ import annotations

from app.io.headers import IGNORE
from app.io.rows import column_label
from app.services.sheet_import import PreviewBase

MAX_LISTED_LINES = 8


def lines_text(lines: list[int]) -> str:
    """“第 4、7、9 行”, the first few of many followed by 等."""
    shown = "、".join(str(line) for line in lines[:MAX_LISTED_LINES])
    return f"第 {shown} 行" + ("等" if len(lines) > MAX_LISTED_LINES else "")


def mapping_text(preview: PreviewBase) -> str:
    """“A 列（编号）→ 资产编号；…” for every titled column."""
    if preview.header is None:
        return ""
    labels = preview.KIND.fields.by_key
    parts = []
    for column, title in enumerate(preview.header.titles):
        field = preview.mapping.get(column, IGNORE)
        if not title and field == IGNORE:
            continue
        target = labels[field].label if field != IGNORE else "不导入"
        parts.append(f"{column_label(column, title)} → {target}")
    return "；".join(parts)


def file_lines(preview: PreviewBase) -> list[str]:
    """What was read, where the header is, how the columns map, what was skipped or is wrong."""
    lines = [f"{preview.KIND.what}：{preview.ledger.source}"]
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
                f"{why} {len(found)} 行（{lines_text(found)}）" for why, found in by_reason.items()
            )
        )
    return lines


def problem_lines(preview: PreviewBase) -> list[str]:
    """Every problem by row and column, under a count."""
    problems = preview.problems
    if not problems:
        return []
    return [f"问题 {len(problems):,} 处：", *(f"  {problem}" for problem in problems)]


def warning_lines(preview: PreviewBase) -> list[str]:
    """Every importable row worth a look first (a guessed category, a place's name), by row."""
    found = [(row.row.line, warning) for row in preview.rows if row.ok for warning in row.warnings]
    if not found:
        return []
    return [f"需核对 {len(found):,} 处：", *(f"  第 {line} 行：{text}" for line, text in found)]
