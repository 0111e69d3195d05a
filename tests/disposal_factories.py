"""Assets scrapped or pending scrapping the only way the app allows: through disposal requests."""

from __future__ import annotations

from app.services.disposal import approve_disposal, file_disposal
from app.services.disposal_rules import DisposalInput

ASSESSORS = "王芳、张敏、赵磊"


def file_request(asset_ids: list[int], reason: str = "主板损坏，无维修价值") -> str:
    """File a disposal request for the assets (they become 待报废); return its number."""
    return file_disposal(
        DisposalInput(asset_ids=asset_ids, reason=reason, assessors=ASSESSORS, requested_by="李强")
    )


def scrap(asset_ids: list[int], reason: str = "主板损坏，无维修价值") -> str:
    """File and approve a disposal request (the assets become 已报废); return its number."""
    number = file_request(asset_ids, reason)
    approve_disposal(number, "赵校长", "报废")
    return number
