"""`houqin import assets FILE` and `houqin export assets FILE`: the register to and from Excel.

Building the parser loads no services; the handlers import what they use when they run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from app.cli_print import _date as _as_of_date

EXIT_OK = 0
EXIT_FAILURE = 1
STATUS_REGISTER = "在册"
STATUS_EVERYTHING = "全部"
_STATUSES = (
    STATUS_EVERYTHING,
    STATUS_REGISTER,
    "在用",
    "闲置",
    "维修中",
    "待报废",
    "已报废",
    "丢失",
)


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the subcommand is not overwritten by this one's default.
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="数据库文件（默认使用用户数据文件夹中的 houqin.sqlite3）",
    )


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the import and export subcommands to the top-level parser's subcommands."""
    importing = commands.add_parser(
        "import",
        help="从 Excel/CSV 导入资产台账或库房物资",
        description="从学校已有的 Excel（.xlsx）或 CSV 文件导入资产台账（assets）"
        "或库房物资清单与期初库存（items）。",
    )
    import_what = importing.add_subparsers(
        dest="what", title="导入内容", metavar="{assets,items}", required=True
    )
    assets = import_what.add_parser(
        "assets",
        help="资产台账",
        description="先检查台账的每一行（编号重复、缺少名称、金额或日期无法识别、未知分类…），"
        "列出所有问题；台账无误时一次全部导入，有错误时不导入任何一行（除非加 --skip-errors）。"
        "没有的房间、教职工和部门会自动新建。退出码：导入成功（或 --dry-run 检查无误）为 0，"
        "有错误为 1。",
    )
    assets.add_argument("file", type=Path, metavar="FILE", help="台账文件（.xlsx 或 .csv）")
    assets.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入数据库")
    assets.add_argument(
        "--skip-errors", action="store_true", help="有错误的行不导入，只导入无误的行"
    )
    _add_db_option(assets)
    items = import_what.add_parser(
        "items",
        help="库房物资清单和期初库存",
        description="导入库房的物资清单（物资编码、名称、规格、单位、分类、货架、库存下限）和期初库存"
        "（期初数量、单价或金额）。先检查每一行（编码重复或与已有物资不一致、缺少编码或名称、"
        "整数单位填了小数、负数、单价与金额不符…）；没有的计量单位和物资分类会自动新建。"
        "已有出入库记录的物资不能再导入期初库存。退出码与 import assets 相同。",
    )
    items.add_argument("file", type=Path, metavar="FILE", help="物资清单（.xlsx 或 .csv）")
    items.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入数据库")
    items.add_argument(
        "--skip-errors", action="store_true", help="有错误的行不导入，只导入无误的行"
    )
    items.add_argument(
        "--date",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="期初库存的记账日期（默认今天）",
    )
    _add_db_option(items)

    exporting = commands.add_parser(
        "export",
        help="把台账或物资清单导出为 Excel",
        description="把资产台账或库房物资清单导出为 Excel（.xlsx）文件。",
    )
    export_what = exporting.add_subparsers(
        dest="what", title="导出内容", metavar="{assets,items}", required=True
    )
    export_assets = export_what.add_parser(
        "assets",
        help="资产台账",
        description="导出资产台账：一行一件资产，金额和日期是 Excel 能计算的数字和日期。"
        "累计折旧和净值按 --as-of 日期计算（导入时不读这两列）。"
        "导出的文件可以再用 houqin import assets 导入。",
    )
    export_assets.add_argument("file", type=Path, metavar="FILE.xlsx", help="输出的 Excel 文件")
    export_assets.add_argument(
        "--status",
        choices=_STATUSES,
        default=STATUS_EVERYTHING,
        help="只导出这种状态的资产（在册 = 除已报废、丢失以外；默认全部）",
    )
    export_assets.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="只导出编号、名称、规格、保管人或房间含此文字的资产",
    )
    # The same option, parser and wording as `houqin print register`.
    export_assets.add_argument(
        "--as-of", type=_as_of_date, metavar="日期", help="折旧计算截至日期（默认今天）"
    )
    _add_db_option(export_assets)
    export_items = export_what.add_parser(
        "items",
        help="库房物资清单",
        description="导出库房物资清单：编码、名称、规格、单位、分类、货架、库存下限、库存数量和金额。"
        "导出的文件可以用 houqin import items 导入另一个数据库（库存数量作为期初）。",
    )
    export_items.add_argument("file", type=Path, metavar="FILE.xlsx", help="输出的 Excel 文件")
    _add_db_option(export_items)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”应写成 YYYY-MM-DD") from None


class _Progress:
    """Shows how far the work has got on one refreshed line of a terminal."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream if stream is not None and stream.isatty() else None
        self.shown = ""

    def __call__(self, done: int, total: int, text: str) -> None:
        """Redraw the line when what it says changes."""
        if self.stream is None:
            return
        line = f"{text} {done:,}" + (f" / {total:,}（{done * 100 // total}%）" if total else "")
        if line != self.shown:
            self.shown = line
            self.stream.write("\r" + line)
            self.stream.flush()

    def clear(self) -> None:
        """Remove the progress line before the report is printed."""
        if self.stream is not None and self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()
            self.shown = ""


def cmd_import(args: argparse.Namespace, db_path: Path) -> int:
    """Check a file, print every problem, and import it when it is clean (or --skip-errors)."""
    from app.cli import _open

    path: Path = args.file.expanduser()
    # A dry run never creates a database; an import may start a new one.
    _open(db_path, must_exist=args.dry_run)
    if args.what == "items":
        from app.services.stock_import import preview_item_import
        from app.services.stock_import_apply import import_items
        from app.services.stock_import_report import item_report_lines

        return _run_import(
            args,
            lambda progress: preview_item_import(path, progress, args.date),
            item_report_lines,
            lambda preview, progress: import_items(
                preview, skip_errors=args.skip_errors, progress=progress
            ),
            "物资清单",
        )
    from app.services.asset_import import preview_import
    from app.services.asset_import_apply import import_assets
    from app.services.asset_import_report import report_lines

    return _run_import(
        args,
        lambda progress: preview_import(path, progress),
        report_lines,
        lambda preview, progress: import_assets(
            preview, skip_errors=args.skip_errors, progress=progress
        ),
        "台账",
    )


def _run_import(
    args: argparse.Namespace,
    check: Callable[[Any], Any],
    report: Callable[[Any], list[str]],
    apply: Callable[[Any, Any], Any],
    what: str,
) -> int:
    """The dry run, its report, and the import when the file allows it; the exit code."""
    progress = _Progress(sys.stderr)
    started = time.perf_counter()
    try:
        preview = check(progress)
    finally:
        progress.clear()
    for line in report(preview):
        print(line)
    checked = time.perf_counter() - started
    if args.dry_run:
        if preview.is_clean:
            print(f"检查通过（用时 {checked:.1f} 秒），未写入数据库（--dry-run）。")
            return EXIT_OK
        print("检查未通过，未写入数据库（--dry-run）。")
        return EXIT_FAILURE
    if not (preview.is_clean or (args.skip_errors and preview.can_import_good_rows)):
        if preview.can_import_good_rows:
            print(
                f"{what}有错误，没有导入任何一行。请修改{what}后重新导入，"
                "或加 --skip-errors 只导入无误的行。"
            )
        else:
            print("没有可以导入的行，数据库没有改动。")
        return EXIT_FAILURE
    try:
        result = apply(preview, progress)
    finally:
        progress.clear()
    print(result.summary())
    numbers = getattr(result, "first_number", "")
    if numbers:
        print(f"编号 {result.first_number} … {result.last_number}；", end="")
    print(f"检查用时 {checked:.1f} 秒，导入用时 {result.seconds:.1f} 秒。")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    """Write the register (or the assets matching --status/--search), or the items, to .xlsx."""
    from app.cli import OutputFileError, _open, write_file_atomically
    from app.services.asset_export import export_register
    from app.services.register_query import STATUS_ACTIVE_REGISTER, STATUS_ALL, AssetFilter

    output: Path = args.file.expanduser()
    example = "物资清单.xlsx" if args.what == "items" else "资产台账.xlsx"
    if output.is_dir():
        raise OutputFileError(
            f"输出路径 {output} 是一个文件夹，请给出文件名，例如 {output / example}。"
        )
    if not output.parent.is_dir():
        raise OutputFileError(f"输出文件夹不存在：{output.parent}。")
    if output.suffix.lower() != ".xlsx":
        raise OutputFileError(f"请用 .xlsx 作为导出文件的扩展名（{output.name}）。")
    _open(db_path, must_exist=True)
    if args.what == "items":
        from app.services.stock_item_export import export_items

        data, count = export_items()
        write_file_atomically(output, data)
        print(f"已导出 {count:,} 种物资：{output.resolve()}")
        return EXIT_OK
    status = {STATUS_EVERYTHING: STATUS_ALL, STATUS_REGISTER: STATUS_ACTIVE_REGISTER}.get(
        args.status, args.status
    )
    progress = _Progress(sys.stderr)
    try:
        flt = AssetFilter(text=args.search, status=status, as_of=args.as_of)
        data, count = export_register(flt, progress)
    finally:
        progress.clear()
    write_file_atomically(output, data)
    print(f"已导出 {count:,} 件资产：{output.resolve()}")
    return EXIT_OK
