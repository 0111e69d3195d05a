"""How the import dialog drives one kind of import, and the asset register's own flow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.io.asset_fields import ASSET_FIELDS
from app.io.fields import FieldSet
from app.money import format_yuan
from app.services.asset_import import (
    ImportPreview,
    build_preview,
    open_ledger,
    remember_mapping,
    saved_mapping,
)
from app.services.asset_import_apply import import_assets
from app.services.sheet_import import Ledger, PreviewBase
from app.ui.register.import_mapping_dialog import FIELD_TITLES
from app.ui.register.import_preview_model import COLUMN_FIELDS, COLUMNS, asset_text

Progress = Callable[[int, int, str], None]
_COLUMN_WIDTHS = (46, 130, 160, 300, 110, 150, 40, 84, 96, 130, 190, 60)


@dataclass(frozen=True)
class ImportFlow:
    """One kind of import as the dialog drives it: reading, checking, importing, showing."""

    fields: FieldSet
    open_file: Callable[[Path, Progress], Ledger]
    # (ledger, mapping, header row, progress, options from the mapping dialog)
    preview: Callable[[Ledger, dict[int, str] | None, int | None, Progress, Any], PreviewBase]
    apply: Callable[[Any, bool, str, Progress], Any]  # (preview, skip_errors, actor, progress)
    summary: Callable[[Any], str]  # the totals line, translated
    details: Callable[[Any], list[str]]  # what the import creates or warns of, translated
    saved_mapping: Callable[[], dict[str, str]]
    remember_mapping: Callable[[list[str], dict[int, str]], dict[str, str]]
    field_titles: dict[str, str]  # marked for the ImportMappingDialog context
    columns: list[tuple[str, str]]  # preview columns, marked for the ImportPreviewModel context
    cell_text: Callable[[Any, str], str]
    right_aligned: tuple[str, ...]
    column_widths: tuple[int, ...]
    column_fields: dict[str, tuple[str, ...]] | None = None  # preview column → file fields
    category_choice: bool = False  # the mapping dialog offers a guess and a default category
    window_title: str = ""  # "" keeps the form's 导入台账
    file_text: str = QT_TRANSLATE_NOOP("ImportDialog", "台账文件：{source}；表头在第 {line} 行")


def _asset_summary(preview: ImportPreview) -> str:
    return QCoreApplication.translate(
        "ImportDialog",
        "共 {rows} 行数据：可导入 {good} 行（{assets} 件资产，原值合计 ¥{total}），有错误 {bad} 行。",
    ).format(
        rows=f"{len(preview.rows):,}",
        good=f"{len(preview.good_rows):,}",
        assets=f"{preview.asset_count:,}",
        total=format_yuan(preview.total_value),
        bad=f"{len(preview.error_rows):,}",
    )


def _asset_details(preview: ImportPreview) -> list[str]:
    lines = []
    new = preview.new_record_lines()
    if new:
        lines.append(
            QCoreApplication.translate("ImportDialog", "将新建：{records}").format(
                records="；".join(new)
            )
        )
    if preview.below_threshold:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "其中 {count} 件单价低于固定资产标准 ¥{threshold}。"
            ).format(count=f"{preview.below_threshold:,}", threshold=format_yuan(preview.threshold))
        )
    return lines


def asset_flow() -> ImportFlow:
    """导入台账: the asset register's import."""
    return ImportFlow(
        fields=ASSET_FIELDS,
        open_file=open_ledger,
        preview=lambda ledger, mapping, row, progress, options: build_preview(
            ledger, mapping, row, progress=progress, categories=options
        ),
        apply=lambda preview, skip, actor, progress: import_assets(
            preview, skip_errors=skip, actor=actor, progress=progress
        ),
        summary=_asset_summary,
        details=_asset_details,
        saved_mapping=saved_mapping,
        remember_mapping=remember_mapping,
        field_titles=FIELD_TITLES,
        columns=COLUMNS,
        cell_text=asset_text,
        right_aligned=("count", "value"),
        column_widths=_COLUMN_WIDTHS,
        column_fields=COLUMN_FIELDS,
        category_choice=True,
    )
