"""`houqin import assets FILE` and `houqin export assets FILE`: the register to and from Excel.

Building the parser loads no services; the handlers import what they use when they run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

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
        help="从 Excel/CSV 台账导入资产",
        description="从学校已有的 Excel（.xlsx）或 CSV 台账导入资产。",
    )
    import_what = importing.add_subparsers(
        dest="what", title="导入内容", metavar="{assets}", required=True
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

    exporting = commands.add_parser(
        "export", help="把台账导出为 Excel", description="把资产台账导出为 Excel（.xlsx）文件。"
    )
    export_what = exporting.add_subparsers(
        dest="what", title="导出内容", metavar="{assets}", required=True
    )
    export_assets = export_what.add_parser(
        "assets",
        help="资产台账",
        description="导出资产台账：一行一件资产，金额和日期是 Excel 能计算的数字和日期。"
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
    _add_db_option(export_assets)


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
    """Check a ledger, print every problem, and import it when it is clean (or --skip-errors)."""
    from app.cli import _open
    from app.services.asset_import import preview_import
    from app.services.asset_import_apply import import_assets
    from app.services.asset_import_report import report_lines

    path: Path = args.file.expanduser()
    # A dry run never creates a database; an import may start a new one.
    _open(db_path, must_exist=args.dry_run)
    progress = _Progress(sys.stderr)
    started = time.perf_counter()
    try:
        preview = preview_import(path, progress)
    finally:
        progress.clear()
    for line in report_lines(preview):
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
                "台账有错误，没有导入任何一行。请修改台账后重新导入，"
                "或加 --skip-errors 只导入无误的行。"
            )
        else:
            print("没有可以导入的行，数据库没有改动。")
        return EXIT_FAILURE
    try:
        result = import_assets(preview, skip_errors=args.skip_errors, progress=progress)
    finally:
        progress.clear()
    print(result.summary())
    print(
        f"编号 {result.first_number} … {result.last_number}；"
        f"检查用时 {checked:.1f} 秒，导入用时 {result.seconds:.1f} 秒。"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    """Write the register (or the assets matching --status/--search) to an .xlsx file."""
    from app.cli import OutputFileError, _open, write_file_atomically
    from app.services.asset_export import export_register
    from app.services.register_query import STATUS_ACTIVE_REGISTER, STATUS_ALL, AssetFilter

    output: Path = args.file.expanduser()
    if output.is_dir():
        raise OutputFileError(
            f"输出路径 {output} 是一个文件夹，请给出文件名，例如 {output / '资产台账.xlsx'}。"
        )
    if not output.parent.is_dir():
        raise OutputFileError(f"输出文件夹不存在：{output.parent}。")
    if output.suffix.lower() != ".xlsx":
        raise OutputFileError(f"请用 .xlsx 作为导出文件的扩展名（{output.name}）。")
    _open(db_path, must_exist=True)
    status = {STATUS_EVERYTHING: STATUS_ALL, STATUS_REGISTER: STATUS_ACTIVE_REGISTER}.get(
        args.status, args.status
    )
    progress = _Progress(sys.stderr)
    try:
        data, count = export_register(AssetFilter(text=args.search, status=status), progress)
    finally:
        progress.clear()
    write_file_atomically(output, data)
    print(f"已导出 {count:,} 件资产：{output.resolve()}")
    return EXIT_OK
