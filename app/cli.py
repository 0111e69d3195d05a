"""The `houqin` subcommands: open the database, call the services the GUI uses, print Chinese."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from peewee import DatabaseError as PeeweeDatabaseError

from app import cli_register
from app.db import StorageError, close_database, open_database, storage_error_message
from app.errors import HouqinError
from app.money import format_yuan
from app.paths import default_db_path

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class OutputFileError(HouqinError):
    """The output file cannot be written (missing folder, no permission, open elsewhere...)."""


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen subcommand; a failure the user can act on becomes one line on stderr."""
    db_path = args.db.expanduser() if args.db is not None else default_db_path()
    try:
        return COMMANDS[args.command](args, db_path)
    except HouqinError as exc:
        _error(exc.message)
    except (PeeweeDatabaseError, sqlite3.DatabaseError) as exc:
        message = storage_error_message(exc, db_path)
        if message is None:
            raise  # not a storage condition: a bug, shown with its traceback
        _error(message)
    except BrokenPipeError:
        raise  # the reader closed the pipe (`| head`): app.main ends quietly
    except OSError as exc:
        path = Path(exc.filename) if exc.filename else None
        _error(_file_error_message(exc, path, verb="访问"))
    except KeyboardInterrupt:
        _error("已取消，数据库没有改动。")
    finally:
        close_database()
    return EXIT_FAILURE


def _error(message: str) -> None:
    print(f"错误：{message}", file=sys.stderr)


def _open(db_path: Path, *, must_exist: bool) -> Path:
    """Open (and migrate) the database; read commands never create a missing one."""
    if db_path.is_dir():
        raise StorageError(f"{db_path} 是一个文件夹，不是数据库文件。请用 --db 指定数据库文件。")
    if must_exist and not db_path.exists():
        raise StorageError(
            f"数据库文件不存在：{db_path}。请检查 --db 参数"
            "（生成演示数据库可用：houqin demo --db 文件名）。"
        )
    return open_database(db_path)


# --- demo -----------------------------------------------------------------------------------


class _ProgressLine:
    """Shows how far the demo has got on one refreshed console line."""

    def __init__(self, stream: TextIO, what: str = "演示数据", unit: str = "件") -> None:
        self.stream = stream
        self.shown = -1
        self.what = what
        self.unit = unit

    def __call__(self, done: int, total: int) -> None:
        """Redraw the line when the percentage changes."""
        percent = done * 100 // total
        if percent != self.shown:
            self.shown = percent
            self.stream.write(
                f"\r正在生成{self.what}：{done:,} / {total:,} {self.unit}（{percent}%）"
            )
            self.stream.flush()

    def clear(self) -> None:
        """Remove the progress line before the summary is printed."""
        if self.shown >= 0:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def cmd_demo(args: argparse.Namespace, db_path: Path) -> int:
    """Build the demo school in a new or empty database."""
    from app.services.demo import build_demo

    if args.db is None:
        print(
            "错误：请用 --db 指定演示数据库文件，例如：houqin demo --db 演示学校.sqlite3\n"
            "（演示数据不会写入默认的正式数据库。）",
            file=sys.stderr,
        )
        return EXIT_USAGE
    path = _open(db_path, must_exist=False)
    on_console = sys.stderr is not None and sys.stderr.isatty()
    progress = _ProgressLine(sys.stderr) if on_console else None
    stock_progress = _ProgressLine(sys.stderr, "演示库房", "笔") if on_console else None
    stock_options: dict[str, object] = {}
    if args.moves is not None:
        stock_options["moves"] = args.moves
    if stock_progress is not None:
        stock_options["stock_progress"] = stock_progress
    started = time.perf_counter()
    try:
        summary = build_demo(args.assets, args.seed, progress, **stock_options)
    finally:
        for line in (progress, stock_progress):
            if line is not None:
                line.clear()
    elapsed = time.perf_counter() - started
    statuses = "，".join(f"{status} {count:,}" for status, count in summary.status_counts.items())
    print(f"已在 {path} 生成演示学校“{summary.school_name}”：")
    print(
        f"  部门 {summary.departments} 个，教职工 {summary.people} 人，楼栋 {summary.buildings} 栋，"
        f"房间 {summary.rooms} 间，供应商 {summary.suppliers} 家"
    )
    print(
        f"  资产 {summary.assets:,} 件，原值合计 ¥{format_yuan(summary.total_value)}（{statuses}）"
    )
    if summary.handovers:
        print(
            f"  交接单 {len(summary.handovers)} 张："
            f"{summary.handovers[0]} … {summary.handovers[-1]}"
        )
    stock = summary.stock
    if stock is not None and stock.items:
        print(
            f"  库房物资 {stock.items} 种，入库单 {stock.receipts:,} 张，领用单 {stock.requisitions:,} 张，"
            f"退库单 {stock.returns:,} 张，收发记录 {stock.moves:,} 笔，"
            f"库存金额 ¥{format_yuan(stock.value_on_hand)}"
        )
    print(f"  用时 {elapsed:.1f} 秒（随机种子 {args.seed}）")
    return EXIT_OK


# --- list, print ----------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, db_path: Path) -> int:
    """Print the document numbers of one kind, one per line, oldest first."""
    from app.services.documents import document_kind

    kind = document_kind(args.what)
    _open(db_path, must_exist=True)
    numbers = kind.list_numbers()
    for number in numbers:
        print(number)
    if not numbers:
        print(f"（数据库中还没有{kind.label}）", file=sys.stderr)
    return EXIT_OK


def cmd_print(args: argparse.Namespace, db_path: Path) -> int:
    """Write one document as a PDF file."""
    from app.cli_print import PRINT_KINDS, run_print
    from app.services.documents import document_kind

    if args.what in PRINT_KINDS:
        return run_print(args, db_path)

    kind = document_kind(args.what)
    output: Path = args.output.expanduser()
    _check_output(output, f"{kind.label}.pdf")
    _open(db_path, must_exist=True)
    pdf = kind.render_pdf(args.number)
    write_file_atomically(output, pdf)
    print(f"已输出{kind.label} {args.number.strip()}：{output.resolve()}")
    return EXIT_OK


def _check_output(output: Path, example: str = "输出文件.pdf") -> None:
    """Refuse an output path that cannot work before any work is done."""
    if output.is_dir():
        # The example names what is being printed, so the suggestion can be used as it stands.
        raise OutputFileError(
            f"输出路径 {output} 是一个文件夹，请给出文件名，例如 {output / example}。"
        )
    if not output.parent.is_dir():
        raise OutputFileError(f"输出文件夹不存在：{output.parent}。")


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file beside the target, so a failure never leaves half a file."""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".houqin-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputFileError(_file_error_message(exc, path)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp makes the file private (0600); give it the permissions a new file would get.
        os.chmod(temp_name, _new_file_mode(path))
        os.replace(temp_name, path)
    except BaseException as exc:  # also Ctrl+C: never leave the temporary file behind
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputFileError(_file_error_message(exc, path)) from exc
        raise


def _new_file_mode(path: Path) -> int:
    """The mode of the file being replaced, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _file_error_message(exc: OSError, path: Path | None, verb: str = "写入") -> str:
    """A file-system failure in plain words."""
    where = f"文件 {path}" if path is not None else "文件"
    reasons = {
        errno.ENOENT: "所在的文件夹不存在",
        errno.EACCES: "没有写入权限，或文件正被其他程序（例如 PDF 阅读器）打开",
        errno.EPERM: "没有写入权限，或文件正被其他程序（例如 PDF 阅读器）打开",
        errno.EISDIR: "是一个文件夹",
        errno.ENOSPC: "磁盘空间不足",
        errno.EROFS: "位于只读的磁盘上",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    return f"无法{verb}{where}：{reason}。"


# --- check ----------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace, db_path: Path) -> int:
    """Check storage integrity and the domain's invariants; exit 1 with a report on problems."""
    from app.services.check import run_checks
    from app.services.handover import list_handover_numbers
    from app.services.reference import list_records
    from app.services.register_query import STATUS_ALL, AssetFilter, count_and_total
    from app.services.stock_check import stock_summary

    path = _open(db_path, must_exist=True)
    problems = run_checks()
    if problems:
        print(f"检查未通过：{path} 中发现 {len(problems)} 个问题：")
        width = len(str(len(problems)))
        for index, problem in enumerate(problems, start=1):
            print(f"  {index:>{width}}. {problem}")
        print("请先备份数据库文件，再根据上面的问题修复，或从最近的备份恢复。")
        return EXIT_FAILURE
    count, total = count_and_total(AssetFilter(status=STATUS_ALL))
    slips = len(list_handover_numbers())
    people = len(list_records("person", include_inactive=True))
    rooms = len(list_records("room", include_inactive=True))
    items, moves, stock_value = stock_summary()
    # The stock ledger is checked too (each cached on-hand against its moves): say what was.
    print(
        f"检查通过：资产 {count:,} 件（原值合计 ¥{format_yuan(total)}），交接单 {slips:,} 张，"
        f"教职工 {people:,} 人，房间 {rooms:,} 间；库房物资 {items:,} 种，"
        f"收发记录 {moves:,} 笔（库存金额 ¥{format_yuan(stock_value)}）。数据库：{path}"
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace, db_path: Path) -> int:
    """The stock room's reports (app/cli_stock.py)."""
    from app.cli_stock import run_report

    return run_report(args, db_path)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "print": cmd_print,
    "check": cmd_check,
    "report": cmd_report,
    "import": cli_register.cmd_import,
    "export": cli_register.cmd_export,
}
