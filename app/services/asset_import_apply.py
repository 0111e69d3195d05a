"""Register the rows of an import preview: all of them or the good ones, in one transaction."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from app.io.rows import Progress
from app.models import Asset, AssetEvent
from app.models.assets import STATUS_IN_USE
from app.models.base import now
from app.money import format_yuan
from app.services.asset_import import ImportPreview
from app.services.asset_import_refs import CAMPUS_REF, KIND_LABELS
from app.services.asset_import_resolve import (
    ResolvedRow,
    Resolver,
    default_status,
    purchase_date,
    resolve_rows,
)
from app.services.assets import AssetInput, register_assets
from app.services.audit import record
from app.services.errors import DomainError, ValidationError
from app.services.sheet_import import rows_to_import
from app.services.transaction import action

IMPORT_DOC_TYPE = "台账导入"
_EVENT_CHUNK = 500


@dataclass
class ImportResult:
    """What an import registered."""

    rows: int
    assets: int
    total_value: Decimal
    skipped_rows: int
    first_number: str = ""
    last_number: str = ""
    created: dict[str, int] = field(default_factory=dict)  # kind → how many records were made
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for the status bar and the command line."""
        text = (
            f"已导入 {self.rows:,} 行，登记资产 {self.assets:,} 件，"
            f"原值合计 ¥{format_yuan(self.total_value)}"
        )
        if self.created:
            made = "，".join(
                f"{KIND_LABELS[kind][0]} {count} {KIND_LABELS[kind][1]}"
                for kind, count in self.created.items()
            )
            text += f"；新建 {made}"
        if self.skipped_rows:
            text += f"；有错误的 {self.skipped_rows:,} 行未导入"
        return text + "。"


def import_assets(
    preview: ImportPreview,
    *,
    skip_errors: bool = False,
    actor: str = "",
    progress: Progress | None = None,
) -> ImportResult:
    """Register the preview's rows in ONE transaction; raising from ``progress`` undoes it all.

    Without ``skip_errors`` any row with a problem stops the import before anything is written;
    with it, the good rows are registered and the others left out. The rows are checked again
    against the database inside the transaction, so a number taken since the preview is caught.
    """
    if preview.parsed is None:
        rows_to_import(preview, [], skip_errors)  # raises: the file has problems
    started = time.perf_counter()
    file_name = preview.ledger.path.name
    with action():
        rows, resolver = resolve_rows(
            preview.parsed.rows, preview.parsed.columns, choice=preview.category_choice
        )
        good = rows_to_import(preview, rows, skip_errors)
        registered: list[int] = []
        events: list[dict[str, object]] = []
        stamp = now()
        for done, row in enumerate(good, start=1):
            ids = _register(row, resolver, actor)
            registered += ids
            status = default_status(row)
            note = f"从台账导入：{file_name} 第 {row.row.line} 行"
            if status != STATUS_IN_USE:
                note += f"（状态：{status}）"
            events += [
                {
                    "asset": asset_id,
                    "at": stamp,
                    "kind": "登记",
                    "summary": note,
                    # The status the ledger brought in: `houqin check` accepts an imported
                    # 已报废 only when this line says so, not a status set behind the app later.
                    "field": "状态",
                    "new_value": status,
                    "doc_type": IMPORT_DOC_TYPE,
                    "operator": actor,
                }
                for asset_id in ids
            ]
            if len(events) >= _EVENT_CHUNK:
                AssetEvent.insert_many(events).execute()
                events = []
            if progress is not None:
                progress(done, len(good), "正在登记资产…")
        if events:
            AssetEvent.insert_many(events).execute()
        book = resolver.book
        made = Counter(ref[0] for ref in book.planned if ref in book.ids and ref != CAMPUS_REF)
        result = ImportResult(
            rows=len(good),
            assets=sum(row.count for row in good),
            total_value=sum(
                (row.unit_value * row.count for row in good if row.unit_value is not None),
                Decimal("0.00"),
            ),
            skipped_rows=len(rows) - len(good),
            created={kind: made[kind] for kind in KIND_LABELS if made[kind]},
            first_number=Asset.get_by_id(min(registered)).number,
            last_number=Asset.get_by_id(max(registered)).number,
        )
        record(actor, "导入台账", "asset", None, f"{file_name}：{result.summary()}")
    result.seconds = time.perf_counter() - started
    return result


def _register(row: ResolvedRow, resolver: Resolver, actor: str) -> list[int]:
    """Register one row's assets through the register's own verb (same checks as the dialog)."""
    book = resolver.book
    ids = {key: book.materialise(ref, actor) for key, ref in row.refs.items()}
    values = row.row.values
    data = AssetInput(
        name=values["name"],
        category_id=row.category_id,
        original_value=row.unit_value,  # type: ignore[arg-type]
        purchase_date=purchase_date(row),
        number=row.number,
        old_number=row.old_number,
        spec=values.get("spec", ""),
        brand=values.get("brand", ""),
        unit_id=ids.get("unit"),
        funding_source_id=ids.get("funding_source"),
        supplier_id=ids.get("supplier"),
        invoice_no=values.get("invoice_no", ""),
        serial_no=values.get("serial_no", ""),
        warranty_end=values.get("warranty_end"),
        status=default_status(row),
        acquisition=values.get("acquisition", ""),
        room_id=ids.get("room"),
        custodian_id=ids.get("custodian"),
        department_id=ids.get("department"),
        note=row.note,
    )
    try:
        return register_assets(data, row.count, actor)
    except DomainError as exc:
        # The preview checks what register_assets checks; this names the row if they ever differ.
        raise ValidationError(f"第 {row.row.line} 行：{exc.message}", exc.field) from exc
