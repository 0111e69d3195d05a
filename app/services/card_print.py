"""Printed asset cards (资产卡片): gather each card through the asset_card service, render them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from app.models import Asset
from app.reports.asset_card import CardHistoryRow, CardSheet, render_asset_cards
from app.services.asset_card import asset_card
from app.services.errors import NotFoundError, ValidationError
from app.services.register_print import school_name

# (done, total, text) like the GUI's CancelToken.progress; it may raise to cancel the work.
Progress = Callable[[int, int, str], None]
MAX_CARDS = 2000


def list_card_numbers() -> list[str]:
    """Every asset number, in number order (`houqin list card`)."""
    return [number for (number,) in Asset.select(Asset.number).order_by(Asset.number).tuples()]


def asset_ids_for_numbers(numbers: Sequence[str]) -> list[int]:
    """The assets with these numbers, in the order given; every unknown number is named."""
    wanted = [n.strip() for n in numbers if n.strip()]
    if not wanted:
        raise ValidationError("请给出至少一个资产编号。", "numbers")
    found = dict(Asset.select(Asset.number, Asset.id).where(Asset.number.in_(wanted)).tuples())
    missing = [n for n in wanted if n not in found]
    if missing:
        raise NotFoundError(f"找不到资产编号：{'、'.join(missing)}。")
    return list(dict.fromkeys(found[n] for n in wanted))


def card_sheet(asset_id: int, as_of: dt.date | None = None, school: str = "") -> CardSheet:
    """One asset's card as printed."""
    card = asset_card(asset_id, as_of)
    return CardSheet(
        school_name=school or school_name(),
        number=card.number,
        name=card.name,
        fields=card.printed_fields,
        history=[
            CardHistoryRow(
                line.date.isoformat(),
                line.kind,
                line.summary,
                line.doc_number,
                line.operator,
            )
            for line in card.history
        ],
        note=card.note,
    )


def asset_cards_pdf(
    asset_ids: Sequence[int],
    per_page: int = 1,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The cards of the given assets, one or two to an A4 page, as PDF bytes."""
    if not asset_ids:
        raise ValidationError("请先选择要打印资产卡片的资产。", "assets")
    if len(asset_ids) > MAX_CARDS:
        raise ValidationError(
            f"一次最多打印 {MAX_CARDS} 张资产卡片（选中了 {len(asset_ids):,} 件），请分批打印。",
            "assets",
        )
    if per_page not in (1, 2):
        raise ValidationError("每页只能打印一张或两张卡片。", "per_page")
    school = school_name()
    total = len(asset_ids) * 2  # gathering, then laying out
    sheets = []
    for index, asset_id in enumerate(asset_ids, start=1):
        sheets.append(card_sheet(asset_id, as_of, school))
        if progress is not None:
            progress(index, total, "正在读取资产卡片…")

    def laid_out(done: int, count: int) -> None:
        if progress is not None:
            progress(count + done, total, f"正在排版：{done} / {count} 张")

    return render_asset_cards(sheets, per_page, laid_out)


def asset_card_pdf(number: str) -> bytes:
    """One asset's card by its asset number (the document table's `print card`)."""
    return asset_cards_pdf(asset_ids_for_numbers([number]))
