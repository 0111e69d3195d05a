"""The item import's dry-run report as lines of Chinese text (the command line prints it)."""

from __future__ import annotations

from app.services.sheet_import_report import file_lines, problem_lines
from app.services.stock_import import ItemImportPreview


def item_report_lines(preview: ItemImportPreview) -> list[str]:
    """The file, the totals, what would be created, then every problem by row and column."""
    lines = file_lines(preview)
    if preview.file_problems:
        return lines
    lines.append(preview.summary())
    if preview.openings:
        lines.append(f"期初库存记账日期：{preview.opening_date.isoformat()}")
    new = preview.new_record_lines()
    if new:
        lines.append("将新建：" + "；".join(new))
    return lines + problem_lines(preview)
