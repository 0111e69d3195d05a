"""Every printable document kind in one table: how to list its numbers and render its PDF.

The command line (`houqin list KIND`, `houqin print KIND NUMBER`) and the GUI's reprint menu read
this table, so a new kind of form is added here once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.services.errors import NotFoundError


@dataclass(frozen=True)
class DocumentKind:
    """One kind of numbered, printable document."""

    key: str  # the command-line name, e.g. "handover"
    label: str  # 交接单
    list_numbers: Callable[[], list[str]]  # oldest first
    render_pdf: Callable[[str], bytes]


def _handover() -> DocumentKind:
    from app.services.handover import list_handover_numbers
    from app.services.printing import handover_slip_pdf

    return DocumentKind("handover", "交接单", list_handover_numbers, handover_slip_pdf)


def _disposal() -> DocumentKind:
    from app.services.disposal_query import disposal_form_pdf, list_disposal_numbers

    return DocumentKind("disposal", "报废申请表", list_disposal_numbers, disposal_form_pdf)


def _card() -> DocumentKind:
    from app.services.card_print import asset_card_pdf, list_card_numbers

    # The card is "numbered" by the asset number; `print card` takes several (app/cli_print.py).
    return DocumentKind("card", "资产卡片", list_card_numbers, asset_card_pdf)


def _requisition() -> DocumentKind:
    from app.services.stock_print import list_requisition_numbers, requisition_slip_pdf

    return DocumentKind("requisition", "领用单", list_requisition_numbers, requisition_slip_pdf)


def _receipt() -> DocumentKind:
    from app.services.stock_print import list_receipt_numbers, receipt_form_pdf

    return DocumentKind("receipt", "入库单", list_receipt_numbers, receipt_form_pdf)


def _stocktake() -> DocumentKind:
    from app.services.stock_stocktake_print import list_stocktake_numbers, stocktake_pdf

    return DocumentKind("stocktake", "盘点调整单", list_stocktake_numbers, stocktake_pdf)


# key -> (label, builder). Builders, not instances: each kind imports its services when asked.
_KINDS: dict[str, tuple[str, Callable[[], DocumentKind]]] = {
    "handover": ("交接单", _handover),
    "card": ("资产卡片", _card),
    "disposal": ("报废申请表", _disposal),
    "requisition": ("领用单", _requisition),
    "receipt": ("入库单", _receipt),
    "stocktake": ("盘点调整单", _stocktake),
}


def document_keys() -> list[str]:
    """The command-line names of every document kind."""
    return list(_KINDS)


def document_label(key: str) -> str:
    """A kind's Chinese name (交接单) without loading its services."""
    return _KINDS[key][0]


def document_kind(key: str) -> DocumentKind:
    """One document kind by its command-line name."""
    try:
        _label, build = _KINDS[key]
    except KeyError:
        raise NotFoundError(f"未知的单据类型：{key}（可用：{'、'.join(_KINDS)}）") from None
    return build()
