"""The import's dry-run report as lines of Chinese text (the command line prints it)."""

from __future__ import annotations

from app.money import format_yuan
from app.services.asset_import import ImportPreview
from app.services.sheet_import_report import file_lines, lines_text, problem_lines, warning_lines


def summary_lines(preview: ImportPreview) -> list[str]:
    """What the file holds and what importing it would do (without the list of problems)."""
    lines = file_lines(preview)
    if preview.file_problems:
        return lines
    good, bad = len(preview.good_rows), len(preview.error_rows)
    lines.append(
        f"共 {len(preview.rows):,} 行数据：无误 {good:,} 行（{preview.asset_count:,} 件，"
        f"原值合计 ¥{format_yuan(preview.total_value)}），有错误 {bad:,} 行。"
    )
    if preview.below_threshold:
        where = lines_text([row.row.line for row in preview.below_threshold_rows])
        lines.append(
            f"其中 {preview.below_threshold:,} 件单价低于固定资产标准 "
            f"¥{format_yuan(preview.threshold)}（{where}），请确认它们应记入固定资产。"
        )
    new = preview.new_record_lines()
    if new:
        lines.append("将新建：" + "；".join(new))
    return lines


def report_lines(preview: ImportPreview) -> list[str]:
    """The whole dry-run report: the summary, then every problem by row and column."""
    return summary_lines(preview) + problem_lines(preview) + warning_lines(preview)
