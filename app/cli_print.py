"""`houqin print card|labels|register`: asset cards, QR labels and the register print-out.

Building the parser (``add_print_parsers``) imports no services, so `houqin --help` stays fast;
running a print (``run_print``) loads what it needs. The filters are those of the register tab.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

EXIT_OK = 0
# The `print` kinds this module handles; the others come from app.services.documents.
PRINT_KINDS = ("card", "labels", "register")
SHEET_KEYS = ("3x8", "2x5")
# The file name suggested when -o names a folder.
_DEFAULT_FILES = {"card": "资产卡片.pdf", "labels": "资产标签.pdf", "register": "固定资产台账.pdf"}


def _date(text: str) -> dt.date:
    """An argparse type: a date written 2026-03-05."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写成 2026-03-05") from None


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件"
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    """The register tab's filters, by the names the tab shows."""
    group = parser.add_argument_group("筛选（与校产台账页相同）")
    group.add_argument("--room", metavar="地点", help="存放地点，如 B2-303 或“B2-303 物理实验室”")
    group.add_argument("--department", metavar="部门", help="使用部门名称")
    group.add_argument(
        "--category", metavar="分类", help="资产分类代码或名称（含下级分类），如 A02010000"
    )
    group.add_argument(
        "--status",
        metavar="状态",
        help="在册（默认，不含已报废、丢失）、全部，或在用/闲置/维修中/待报废/已报废/丢失",
    )


def add_print_parsers(
    print_what: argparse._SubParsersAction,
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add `print card`, `print labels` and `print register` to the `print` parser."""
    card = print_what.add_parser(
        "card",
        help="资产卡片（按资产编号）",
        description="把一件或多件资产的资产卡片输出为 PDF：每页一张（履历完整）或每页两张。"
        "资产编号可用 houqin list card 列出。",
    )
    card.add_argument("numbers", nargs="+", metavar="NUMBER", help="资产编号，可以给多个")
    card.add_argument(
        "--two-per-page", action="store_true", help="每页印两张（上下各一张，履历只列最近几条）"
    )
    card.add_argument("--as-of", type=_date, metavar="日期", help="折旧计算截至日期（默认今天）")
    _add_output(card)
    add_db_option(card)

    labels = print_what.add_parser(
        "labels",
        help="资产标签（二维码，A4 标签纸）",
        description="把筛选出的资产打印为二维码标签（二维码内容为资产编号）。"
        "标签纸：3x8 为 70×37 毫米 24 枚，2x5 为 105×57 毫米 10 枚。"
        "用过一部分的标签纸可用 --start 从第 N 枚开始。",
    )
    _add_filters(labels)
    sheet = labels.add_argument_group("标签纸")
    sheet.add_argument("--sheet", choices=SHEET_KEYS, default="3x8", help="标签纸规格（默认 3x8）")
    sheet.add_argument("--top", metavar="毫米", help="上边距（默认按标签纸规格）")
    sheet.add_argument("--left", metavar="毫米", help="左边距")
    sheet.add_argument("--gap-x", metavar="毫米", help="左右两枚标签的间距")
    sheet.add_argument("--gap-y", metavar="毫米", help="上下两枚标签的间距")
    sheet.add_argument(
        "--start", default="1", metavar="N", help="从第 N 枚位置开始（左上角为 1，按行数）"
    )
    sheet.add_argument(
        "--outline", action="store_true", help="印出每枚标签的边框（用普通纸试印时）"
    )
    _add_output(labels)
    add_db_option(labels)

    register = print_what.add_parser(
        "register",
        help="固定资产台账（按筛选条件）",
        description="把筛选出的资产打印为固定资产台账（A4 横向）：表头、明细、件数，"
        "原值、累计折旧、净值合计及大写金额。",
    )
    _add_filters(register)
    register.add_argument(
        "--as-of", type=_date, metavar="日期", help="折旧计算截至日期（默认今天）"
    )
    _add_output(register)
    add_db_option(register)


class _Progress:
    """A refreshed console line while a long print-out is made (only on a terminal)."""

    def __init__(self) -> None:
        self.live = sys.stderr is not None and sys.stderr.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int, text: str) -> None:
        """Redraw when the percentage changes."""
        percent = done * 100 // total if total else 0
        if self.live and percent != self.shown:
            self.shown = percent
            sys.stderr.write(f"\r{text}（{percent}%）" + " " * 10)
            sys.stderr.flush()

    def clear(self) -> None:
        """Remove the progress line."""
        if self.live and self.shown >= 0:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()


def run_print(args: argparse.Namespace, db_path: Path) -> int:
    """Write the card, labels or register PDF the arguments ask for."""
    from app.cli import _check_output, _open, write_file_atomically

    output: Path = args.output.expanduser()
    _check_output(output, _DEFAULT_FILES[args.what])
    _open(db_path, must_exist=True)
    progress = _Progress()
    started = time.perf_counter()
    try:
        pdf, summary = _RENDERERS[args.what](args, progress)
    finally:
        progress.clear()
    write_file_atomically(output, pdf)
    elapsed = time.perf_counter() - started
    print(f"已输出{summary}：{output.resolve()}（用时 {elapsed:.1f} 秒）")
    return EXIT_OK


def _filter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.services.register_print import filter_from_names

    return filter_from_names(
        room=args.room,
        department=args.department,
        category=args.category,
        status=args.status,
        as_of=getattr(args, "as_of", None),
    )


def _card(args: argparse.Namespace, progress: _Progress) -> tuple[bytes, str]:
    from app.services.card_print import asset_cards_pdf, asset_ids_for_numbers

    ids = asset_ids_for_numbers(args.numbers)
    per_page = 2 if args.two_per_page else 1
    pdf = asset_cards_pdf(ids, per_page, args.as_of, progress)
    return pdf, f"资产卡片 {len(ids)} 张"


def _labels(args: argparse.Namespace, progress: _Progress) -> tuple[bytes, str]:
    from app.services.label_print import label_sheet, labels_pdf
    from app.services.register_query import count_and_total

    flt = _filter(args)
    sheet = label_sheet(args.sheet, args.top, args.left, args.gap_x, args.gap_y)
    pdf = labels_pdf(None, flt, sheet, args.start, args.outline, progress)
    count, _total = count_and_total(flt)
    return pdf, f"资产标签 {count:,} 枚（{sheet.name}）"


def _register(args: argparse.Namespace, progress: _Progress) -> tuple[bytes, str]:
    from app.money import format_yuan
    from app.services.register_print import register_pdf
    from app.services.register_query import register_totals

    flt = _filter(args)
    pdf = register_pdf(flt, progress=progress)
    totals = register_totals(flt)
    return pdf, (
        f"固定资产台账 {totals.count:,} 件（原值合计 ¥{format_yuan(totals.original_value)}，"
        f"净值 ¥{format_yuan(totals.net_value)}）"
    )


_RENDERERS: dict[str, Callable[[argparse.Namespace, _Progress], tuple[bytes, str]]] = {
    "card": _card,
    "labels": _labels,
    "register": _register,
}
