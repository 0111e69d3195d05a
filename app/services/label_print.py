"""Asset labels (资产标签): check the sheet settings a person typed, gather the labels, render."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

from app.reports.labels import (
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    SHEETS,
    AssetLabel,
    LabelJob,
    SheetLayout,
    render_labels,
    sheets_needed,
)
from app.services.errors import ValidationError
from app.services.register_print import school_name
from app.services.register_query import STATUS_ALL, AssetFilter, count_and_total, iter_rows

# (done, total, text) like the GUI's CancelToken.progress; it may raise to cancel the work.
Progress = Callable[[int, int, str], None]
MAX_LABELS = 20_000
_MAX_MARGIN_MM = 50


def sheet_choices() -> list[tuple[str, str]]:
    """(key, name) of every label sheet the office can choose."""
    return [(key, sheet.name) for key, sheet in SHEETS.items()]


def _millimetres(value: object, label: str, field: str) -> float | None:
    """A length typed in millimetres (None keeps the sheet's own)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(f"{label}必须是数字（毫米）。", field) from None
    if not number.is_finite() or number < 0 or number > _MAX_MARGIN_MM:
        raise ValidationError(f"{label}应在 0 到 {_MAX_MARGIN_MM} 毫米之间。", field)
    return float(number)  # millimetres on paper (a length)


def label_sheet(
    key: str,
    top_mm: object = None,
    left_mm: object = None,
    gap_x_mm: object = None,
    gap_y_mm: object = None,
) -> SheetLayout:
    """A sheet preset with the margins and gaps given; refused when the labels leave the paper."""
    if key not in SHEETS:
        raise ValidationError(f"标签纸“{key}”无效，可选：{'、'.join(SHEETS)}。", "sheet")
    sheet = SHEETS[key].adjusted(
        _millimetres(top_mm, "上边距", "top"),
        _millimetres(left_mm, "左边距", "left"),
        _millimetres(gap_x_mm, "左右间距", "gap_x"),
        _millimetres(gap_y_mm, "上下间距", "gap_y"),
    )
    if sheet.right_edge_mm() > PAGE_WIDTH_MM + 0.05:
        raise ValidationError(
            f"左边距和左右间距太大：最右一列标签会超出纸边 {sheet.right_edge_mm() - PAGE_WIDTH_MM:.1f} 毫米。",
            "left",
        )
    if sheet.bottom_edge_mm() > PAGE_HEIGHT_MM + 0.05:
        raise ValidationError(
            f"上边距和上下间距太大：最下一行标签会超出纸边 {sheet.bottom_edge_mm() - PAGE_HEIGHT_MM:.1f} 毫米。",
            "top",
        )
    return sheet


def check_start(sheet: SheetLayout, start: object) -> int:
    """The first label position on a used sheet (1 = top left), checked against the sheet."""
    try:
        position = int(str(start).strip())
    except ValueError:
        raise ValidationError("起始位置必须是整数。", "start") from None
    if not 1 <= position <= sheet.per_sheet:
        raise ValidationError(
            f"起始位置应在 1 到 {sheet.per_sheet} 之间（这种标签纸每张 {sheet.per_sheet} 枚）。",
            "start",
        )
    return position


def labels_for(flt: AssetFilter) -> list[AssetLabel]:
    """The labels of every asset the filter matches, in number order."""
    return [AssetLabel(row.number, row.name, row.location) for row in iter_rows(flt)]


def labels_pdf(
    asset_ids: Sequence[int] | None,
    flt: AssetFilter | None,
    sheet: SheetLayout,
    start: int = 1,
    outline: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """Labels for the chosen assets (or else every asset of the filter) as PDF bytes."""
    if asset_ids is not None:
        flt = AssetFilter(ids=tuple(asset_ids), status=STATUS_ALL)
    if flt is None:
        raise ValidationError("请选择要打印标签的资产。", "assets")
    start = check_start(sheet, start)
    count, _total = count_and_total(flt)
    if count == 0:
        raise ValidationError("没有要打印标签的资产：请先选择资产，或调整筛选条件。", "assets")
    if count > MAX_LABELS:
        raise ValidationError(
            f"一次最多打印 {MAX_LABELS:,} 枚标签（当前 {count:,} 件），请按地点或部门分批打印。",
            "assets",
        )
    labels = labels_for(flt)
    job = LabelJob(school_name(), sheet, labels, start, outline)

    def drawn(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, f"正在生成标签：{done:,} / {total:,} 枚")

    return render_labels(job, drawn)


def label_summary(sheet: SheetLayout, count: int, start: int) -> str:
    """How many labels and sheets a run takes, in words for the dialog."""
    sheets = sheets_needed(count, sheet.per_sheet, start)
    return f"共 {count:,} 枚标签，从第 {start} 枚位置开始，需要 {sheets:,} 张标签纸。"
