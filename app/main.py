"""Start-up of 后勤管家: `houqin` and `python -m app` parse the command line here."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from app import __version__, cli_register
from app.cli_print import PRINT_KINDS, add_print_parsers
from app.cli_stock import add_report_commands
from app.services.documents import document_keys, document_label

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

# The interface languages the GUI ships (app.ui.qt_app.LANGUAGES; Qt is not imported here).
LANGUAGES = ("zh", "en")

# argparse's own messages are English; the common ones are shown in Chinese.
_ARGPARSE_MESSAGES = (
    (re.compile(r"the following arguments are required: (.+)"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "无法识别的参数：{0}"),
    (
        re.compile(r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)"),
        "参数 {0} 的取值 {1} 无效，可选：{2}",
    ),
    (re.compile(r"argument (.+?): invalid (\w+) value: (.+)"), "参数 {0} 的取值 {2} 无效"),
    (re.compile(r"argument (.+?): expected one argument"), "参数 {0} 后面缺少取值"),
    (re.compile(r"argument (.+?): (.+)"), "参数 {0}：{1}"),
)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help text with a Chinese "usage" heading."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        """Start the usage line with 用法 instead of usage (argparse passes "" for subcommands)."""
        return super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser with Chinese headings, help option and error messages."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        """Report a usage error in Chinese and exit with status 2."""
        for pattern, template in _ARGPARSE_MESSAGES:
            match = pattern.fullmatch(message)
            if match:
                message = template.format(*match.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}：错误：{message}\n")


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 1:
        raise argparse.ArgumentTypeError("必须是正整数")
    return value


def _non_negative_int(text: str) -> int:
    """An argparse type: a whole number of at least 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能是负数")
    return value


def _add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # Accepted before or after the subcommand; SUPPRESS keeps a top-level value from being
    # overwritten by the subcommand's default.
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="数据库文件（默认使用用户数据文件夹中的 houqin.sqlite3）",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options and the subcommands."""
    parser = _Parser(
        prog="houqin",
        description="后勤管家 —— 学校后勤的校产台账、交接、维修、库房与预算管理。\n"
        "不带子命令时启动图形界面。",
        epilog="示例：\n"
        "  houqin demo --db 演示.sqlite3 --assets 2000\n"
        "  houqin list handover --db 演示.sqlite3\n"
        "  houqin print handover JJ-2026-0001 -o 交接单.pdf --db 演示.sqlite3\n"
        "  houqin check --db 演示.sqlite3",
    )
    _add_db_option(parser, top_level=True)
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="界面语言：zh 中文，en 英文（默认跟随系统语言）",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="运行自检（检查运行环境与组件）后退出"
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"后勤管家 Houqin {__version__}",
        help="显示版本号并退出",
    )
    commands = parser.add_subparsers(dest="command", title="子命令")

    demo = commands.add_parser(
        "demo",
        help="在新的空数据库中生成一所演示学校",
        description="在新的（或空的）数据库中生成一所演示学校：部门、教职工、楼栋房间、供应商、"
        "资产和交接单。数据库中已有资产时拒绝执行，以免和真实数据混在一起。",
    )
    _add_db_option(demo)
    demo.add_argument(
        "--assets",
        type=_positive_int,
        default=500,
        metavar="N",
        help="生成的资产件数（默认 500）",
    )
    demo.add_argument(
        "--moves",
        type=_non_negative_int,
        default=None,
        metavar="N",
        help="库房约生成 N 笔收发记录（默认一年的正常业务，约 300 种物资）",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=20260901,
        metavar="S",
        help="随机种子，相同种子生成相同的数据（默认 20260901）",
    )

    kinds = document_keys()
    listing = commands.add_parser("list", help="列出单据", description="列出数据库中的单据。")
    list_what = listing.add_subparsers(
        dest="what", title="单据类型", metavar="{" + ",".join(kinds) + "}", required=True
    )
    printing = commands.add_parser(
        "print", help="把单据输出为 PDF", description="把单据输出为 PDF 文件。"
    )
    print_kinds = [k for k in kinds if k not in PRINT_KINDS] + list(PRINT_KINDS)
    print_what = printing.add_subparsers(
        dest="what", title="单据类型", metavar="{" + ",".join(print_kinds) + "}", required=True
    )
    for key in kinds:
        label = document_label(key)
        list_kind = list_what.add_parser(
            key,
            help=f"{label}编号，每行一个，按时间先后",
            description=f"列出所有{label}编号，每行一个，最早的在前。",
        )
        _add_db_option(list_kind)
        if key in PRINT_KINDS:
            continue  # several numbers or filters: app/cli_print.py adds its parser
        print_kind = print_what.add_parser(
            key, help=label, description=f"把一张{label}输出为 PDF 文件。"
        )
        print_kind.add_argument("number", metavar="NUMBER", help=f"{label}编号")
        print_kind.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件"
        )
        _add_db_option(print_kind)
    add_print_parsers(print_what, _add_db_option)

    check = commands.add_parser(
        "check",
        help="检查数据库的完整性和账目规则",
        description="检查数据库文件的完整性与账目规则（编号连续、明细齐全等）。"
        "通过时退出码为 0，发现问题时列出问题并以 1 退出。",
    )
    _add_db_option(check)
    add_report_commands(commands, _add_db_option)
    cli_register.add_parsers(commands)
    return parser


def make_console_safe() -> None:
    """Let Chinese text reach any console: UTF-8 when the encoding cannot show it, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (a windowed frozen app) or a replaced stream
            continue
        try:
            "后勤管家".encode(stream.encoding or "ascii")
            reconfigure(errors="replace")
        except (LookupError, UnicodeEncodeError):
            reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):
            pass


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return EXIT_OK
    return exc.code if isinstance(exc.code, int) else EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    """Run 后勤管家: the GUI without a subcommand, else the subcommand; return the exit code."""
    make_console_safe()
    try:
        code = _dispatch(argv)
        # Flush here so a reader that went away shows up below, not as a traceback at exit.
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        # `houqin list card | head`: the reader has all it wanted; end quietly like other tools.
        _discard_stdout()
        return EXIT_OK
    return code


def _discard_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # no real file descriptor (a test's captured stream): nothing is left to flush


def _dispatch(argv: Sequence[str] | None) -> int:
    """Parse the command line and run what it asks for."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return _exit_code(exc)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        return _run_gui(args.db, args.lang)
    from app.cli import run_command

    return run_command(args)


def gui_argv(lang: str | None) -> list[str]:
    """The argv handed to Qt: the program name, and ``--lang`` when the user chose a language."""
    argv = sys.argv[:1] or ["houqin"]
    # app.ui.qt_app.requested_language reads --lang from these; without it the locale decides.
    return [*argv, "--lang", lang] if lang else argv


def _run_gui(db: Path | None, lang: str | None = None) -> int:
    """Start the Qt window (Qt is imported only here, so the subcommands never load it)."""
    from app.paths import default_db_path

    try:
        from app.ui.launcher import run_gui
    except ImportError as exc:
        print(f"无法启动图形界面：{exc}。命令行功能见 houqin --help。", file=sys.stderr)
        return EXIT_FAILURE
    db_path = db.expanduser() if db is not None else default_db_path()
    return run_gui(db_path, gui_argv(lang))


if __name__ == "__main__":
    raise SystemExit(main())
