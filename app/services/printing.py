"""Printed forms from stored documents: gather the data through services, render with reports."""

from __future__ import annotations

from app.reports.handover_slip import HandoverSlip, HandoverSlipLine, render_handover_slip
from app.services.handover import handover_view
from app.services.settings import load_settings


def handover_slip_pdf(number: str) -> bytes:
    """The 资产交接单 of a posted handover as PDF bytes."""
    view = handover_view(number)
    slip = HandoverSlip(
        school_name=load_settings().school_name or "（未设置学校名称）",
        number=view.number,
        kind=view.kind,
        date=view.date,
        from_text=view.from_text,
        to_text=view.to_text,
        lines=[
            HandoverSlipLine(
                asset_number=line.asset_number,
                name=line.name,
                spec=line.spec,
                unit=line.unit,
                original_value=line.original_value,
                location=line.location,
            )
            for line in view.lines
        ],
        handed_by=view.handed_by,
        received_by=view.received_by,
        manager=view.manager,
        approver=view.approver,
        note=view.note,
    )
    return render_handover_slip(slip)
