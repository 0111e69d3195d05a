"""The register print-out (固定资产台账) of a filter, and the filters the command line names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.models import ASSET_STATUSES, Category, Department, Room
from app.reports.register_report import RegisterLine, RegisterReport, render_register
from app.services.errors import ValidationError
from app.services.reference import display_name, list_records, room_label
from app.services.register_query import (
    STATUS_ACTIVE_REGISTER,
    STATUS_ALL,
    AssetFilter,
    count_and_total,
    depreciation_date,
    iter_rows,
)
from app.services.settings import load_settings

# (done, total, text) like the GUI's CancelToken.progress; it may raise to cancel the work.
Progress = Callable[[int, int, str], None]
# Reading rows is about a tenth of the work of laying them out.
_READ_SHARE = 10
STATUS_WORDS = {"在册": STATUS_ACTIVE_REGISTER, "全部": STATUS_ALL}


def school_name() -> str:
    """The school name every form prints, or a visible placeholder when it was never set."""
    return load_settings().school_name or "（未设置学校名称）"


def describe_filter(flt: AssetFilter) -> str:
    """The filter in words for the print-out's head (在册资产；分类：…；地点：…)."""
    if flt.status == STATUS_ACTIVE_REGISTER:
        parts = ["在册资产"]
    elif flt.status == STATUS_ALL:
        parts = ["全部资产（含已报废、丢失）"]
    else:
        parts = [f"状态：{flt.status}"]
    if flt.category_id is not None:
        category = Category.get_or_none(Category.id == flt.category_id)
        parts.append(f"分类：{display_name('category', category)}（含下级）")
    if flt.department_id is not None:
        department = Department.get_or_none(Department.id == flt.department_id)
        parts.append(f"部门：{display_name('department', department)}")
    if flt.room_id is not None:
        parts.append(f"地点：{room_label(Room.get_or_none(Room.id == flt.room_id))}")
    if flt.text:
        parts.append(f"搜索：“{flt.text}”")
    if flt.ids is not None:
        parts.append(f"选定的 {len(flt.ids)} 件")
    return "；".join(parts)


def register_pdf(
    flt: AssetFilter,
    sort: str = "number",
    descending: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The 固定资产台账 of every asset the filter matches, in the given order, as PDF bytes."""
    count, _total = count_and_total(flt)
    if count == 0:
        raise ValidationError("没有符合筛选条件的资产，没有可打印的台账。请先调整筛选条件。")
    steps = count * (_READ_SHARE + 1)
    lines: list[RegisterLine] = []
    for row in iter_rows(flt, sort, descending):
        lines.append(
            RegisterLine(
                row.number,
                row.name,
                row.spec,
                row.category,
                row.purchase_date,
                row.location,
                row.custodian,
                row.original_value,
                row.accumulated,
                row.net_value,
            )
        )
        if progress is not None and len(lines) % 500 == 0:
            progress(len(lines), steps, "正在读取台账…")
    report = RegisterReport(
        school_name=school_name(),
        printed_on=dt.date.today(),
        as_of=depreciation_date(flt),
        filter_text=describe_filter(flt),
        lines=lines,
    )

    def laid_out(done: int, total: int) -> None:
        if progress is not None:
            progress(total + done * _READ_SHARE, steps, f"正在排版：{done:,} / {total:,} 行")

    return render_register(report, laid_out)


def filter_from_names(
    *,
    room: str | None = None,
    department: str | None = None,
    category: str | None = None,
    status: str | None = None,
    as_of: dt.date | None = None,
) -> AssetFilter:
    """The register filter the command line describes by names (as the tab's combos show them)."""
    return AssetFilter(
        room_id=_find("room", room, "room") if room else None,
        department_id=_find("department", department, "department") if department else None,
        category_id=_find("category", category, "category") if category else None,
        status=_status(status),
        as_of=as_of,
    )


def _status(text: str | None) -> str:
    if text is None or not text.strip():
        return STATUS_ACTIVE_REGISTER
    text = text.strip()
    if text in STATUS_WORDS:
        return STATUS_WORDS[text]
    if text in ASSET_STATUSES:
        return text
    choices = "、".join([*STATUS_WORDS, *ASSET_STATUSES])
    raise ValidationError(f"状态“{text}”无效，可选：{choices}。", "status")


def _find(kind: str, text: str, field: str) -> int:
    """A room, department or category by what the office calls it: label, name, code."""
    wanted = text.strip()
    records = list_records(kind, include_inactive=True)
    for record in records:
        names = {display_name(kind, record), getattr(record, "name", "")}
        if kind == "room":
            names.add(room_label(record).split(" ")[0])
        if kind == "category":
            names.add(record.code)
        if wanted in names:
            return record.id
    words = {"room": "地点", "department": "部门", "category": "资产分类"}
    examples = "、".join(display_name(kind, r) for r in records[:5])
    raise ValidationError(
        f"找不到{words[kind]}“{wanted}”。" + (f"例如：{examples}。" if examples else ""), field
    )
