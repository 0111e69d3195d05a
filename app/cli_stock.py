"""`houqin report …`: the stock room's consumption report, supply plan and item ledger.

Building the parser (``add_report_commands``) imports no services, so `houqin --help` stays
fast; running a report (``run_report``) loads what it needs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.stock_reports import ConsumptionReport
    from app.services.terms import Period

EXIT_OK = 0
EXIT_USAGE = 2


def add_report_commands(
    commands: argparse._SubParsersAction, add_db_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add `report consumption`, `report supply-plan` and `report item-ledger` to the parser."""
    report = commands.add_parser(
        "report",
        help="库房统计报表：物资消耗、供需计划、物资明细账",
        description="库房统计报表。日期写成 2026-03-05；学期写成“2025-2026学年第一学期”"
        "或“2025-2026-1”（第一学期 9 月至次年 1 月，第二学期 2 月至 6 月）。",
    )
    kinds = report.add_subparsers(
        dest="report",
        title="报表",
        metavar="{consumption,supply-plan,item-ledger}",
        required=True,
    )
    consumption = kinds.add_parser(
        "consumption",
        help="各部门各物资的消耗（领用 − 退库）",
        description="按部门和物资统计一段时间（或一个学期）内的消耗：领用减去退库，"
        "数量和金额。不给期间时统计本学期至今。",
    )
    _add_period_options(consumption)
    consumption.add_argument("--department", metavar="部门", help="只统计这个部门")
    consumption.add_argument(
        "-o", "--output", type=Path, metavar="FILE.xlsx", help="同时导出为 Excel 文件"
    )
    add_db_option(consumption)

    plan = kinds.add_parser(
        "supply-plan",
        help="下学期物资供需计划（导出 Excel）",
        description="按“上学期消耗量 + 最低库存 − 当前库存”给出每种物资的建议采购量，"
        "导出为 Excel 文件。默认依据上一个完整学期，也可用 --term 或 --from/--to 指定。",
    )
    _add_period_options(plan)
    plan.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.xlsx", help="输出的 Excel 文件"
    )
    add_db_option(plan)

    ledger = kinds.add_parser(
        "item-ledger",
        help="一种物资的明细账（PDF）",
        description="把一种物资在一段时间内的收发结存打印为物资明细账 PDF。默认为本年度。",
    )
    ledger.add_argument("code", metavar="CODE", help="物资编码")
    _add_period_options(ledger)
    ledger.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件"
    )
    add_db_option(ledger)


def _add_period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="日期", help="开始日期，如 2026-02-01")
    parser.add_argument("--to", dest="end", metavar="日期", help="结束日期，如 2026-06-30")
    parser.add_argument("--term", metavar="学期", help="一个学期，如 2025-2026-2")


# --- running the reports -------------------------------------------------------------------


def run_report(args: argparse.Namespace, db_path: Path) -> int:
    """Run one `houqin report` subcommand."""
    handlers = {
        "consumption": _consumption,
        "supply-plan": _supply_plan,
        "item-ledger": _item_ledger,
    }
    return handlers[args.report](args, db_path)


def _period(args: argparse.Namespace, default: Callable[[dt.date], Period]) -> Period:
    """The period the options name: a term, a date range (either end may be left open)."""
    from app.services.errors import ValidationError
    from app.services.terms import Period, parse_date, parse_term

    today = dt.date.today()
    if args.term and (args.start or args.end):
        raise ValidationError("--term 与 --from/--to 只能选一种。", "term")
    if args.term:
        return parse_term(args.term).period()
    if not (args.start or args.end):
        return default(today)
    start = parse_date(args.start, "start") if args.start else None
    end = parse_date(args.end, "end") if args.end else today
    if start is None:
        start = dt.date(end.year, 1, 1)
    return Period(start, end)


def _this_term_so_far(today: dt.date) -> Period:
    """This term up to today; in the summer holiday, the term that has just ended."""
    from app.services.terms import Period, last_completed_term, term_containing

    term = term_containing(today)
    if term is None:
        return last_completed_term(today).period()
    return Period(term.start, today, f"{term.name}（截至今天）")


def _output(given: Path, suffix: str) -> Path:
    """The output file, refused before any work if it cannot be written or has the wrong kind."""
    from app.cli import OutputFileError, _check_output

    output = given.expanduser()
    if output.suffix.lower() != suffix:
        raise OutputFileError(f"输出文件应以 {suffix} 结尾：{output}")
    _check_output(output)
    return output


def _consumption(args: argparse.Namespace, db_path: Path) -> int:
    from app.cli import _open, write_file_atomically
    from app.services.stock_reports import consumption, consumption_xlsx

    period = _period(args, _this_term_so_far)
    output = _output(args.output, ".xlsx") if args.output is not None else None
    _open(db_path, must_exist=True)
    department_id = _department_id(args.department) if args.department else None
    report = consumption(period, department_id)
    _print_consumption(report)
    if output is not None:
        write_file_atomically(output, consumption_xlsx(report))
        print(f"已导出：{output.resolve()}")
    return EXIT_OK


def _department_id(name: str) -> int:
    from app.models import Department
    from app.services.errors import NotFoundError

    found = Department.get_or_none(Department.name == name.strip())
    if found is None:
        raise NotFoundError(f"找不到部门“{name.strip()}”。")
    return found.id


def _print_consumption(report: ConsumptionReport) -> None:
    from app.money import format_fen
    from app.services.stock_quantity import format_qty

    period = report.period
    scope = f"（{report.department_filter}）" if report.department_filter else ""
    print(
        f"物资消耗统计{scope}：{period.title}"
        f"（{period.start.isoformat()} 至 {period.end.isoformat()}）"
    )
    if not report.rows:
        print("  这段时间没有领用或退库。")
        return
    widths = (12, 10, 18, 16, 4, 9, 9, 9, 12)
    header = ("部门", "编码", "名称", "规格型号", "单位", "领用", "退库", "消耗", "消耗金额")
    print(_line(header, widths))
    for row in report.rows:
        cells = (
            row.department,
            row.item.code,
            row.item.name,
            row.item.spec,
            row.item.unit,
            format_qty(row.issued_m),
            format_qty(row.returned_m),
            format_qty(row.net_m),
            format_fen(row.net_fen),
        )
        print(_line(cells, widths))
    print("按部门合计：")
    for total in report.by_department():
        print(f"  {_fit(total.department, 14)} {total.items:>4} 种  ¥{format_fen(total.value_fen)}")
    print(f"合计：{len(report.rows)} 行，消耗金额 ¥{format_fen(report.total_fen)}")


def _supply_plan(args: argparse.Namespace, db_path: Path) -> int:
    from app.cli import _open, write_file_atomically
    from app.money import format_fen
    from app.services.stock_reports import default_basis, supply_plan, supply_plan_xlsx

    basis = _period(args, lambda today: default_basis(today).period())
    output = _output(args.output, ".xlsx")
    _open(db_path, must_exist=True)
    plan = supply_plan(basis)
    write_file_atomically(output, supply_plan_xlsx(plan))
    print(f"{plan.target}物资供需计划，依据：{basis.title}")
    print(
        f"  物资 {len(plan.rows)} 种，建议采购 {len(plan.to_buy)} 种，"
        f"预计金额 ¥{format_fen(plan.estimate_fen)}"
    )
    print(f"已导出：{output.resolve()}")
    return EXIT_OK


def _item_ledger(args: argparse.Namespace, db_path: Path) -> int:
    from app.cli import _open, write_file_atomically
    from app.services.stock_print import find_item, item_ledger_pdf
    from app.services.terms import Period

    period = _period(args, lambda today: Period(dt.date(today.year, 1, 1), today))
    output = _output(args.output, ".pdf")
    _open(db_path, must_exist=True)
    item = find_item(args.code)
    write_file_atomically(output, item_ledger_pdf(item.id, period))
    print(f"已输出物资明细账 {item.code} {item.name}（{period.title}）：{output.resolve()}")
    return EXIT_OK


# --- console table -------------------------------------------------------------------------


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` console columns (Chinese counts double) and pad it."""
    out, used = "", 0
    for char in text:
        size = _display_width(char)
        if used + size > width:
            break
        out += char
        used += size
    return out + " " * (width - used)


def _line(cells: tuple[str, ...], widths: tuple[int, ...]) -> str:
    parts = []
    for index, (text, width) in enumerate(zip(cells, widths, strict=True)):
        numeric = index >= 5
        fitted = _fit(text, width)
        parts.append(" " * (width - _display_width(text)) + text if numeric else fitted)
    return "  " + " ".join(parts).rstrip()
