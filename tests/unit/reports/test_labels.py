"""Asset labels: every QR code on the printed sheet scans back to its asset, in the right place."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.reports.labels import (
    PRINTER_SAFE_MM,
    SHEETS,
    AssetLabel,
    LabelJob,
    render_labels,
    sheets_needed,
)
from app.services.errors import ValidationError
from app.services.label_print import check_start, label_sheet, labels_pdf
from app.services.register_query import AssetFilter

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

DPI = 150


def _scan(pdf: bytes, tmp_path: Path) -> list[list[tuple[str, float, float]]]:
    """Rasterise each page as a scanner would and decode its QR codes: (text, x mm, y mm)."""
    source = tmp_path / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), str(source), str(tmp_path / "page")], check=True
    )
    pages = []
    for image_path in sorted(tmp_path.glob("page-*.png")):
        found = []
        for barcode in zxingcpp.read_barcodes(Image.open(image_path)):
            assert barcode.format == zxingcpp.BarcodeFormat.QRCode
            position = barcode.position
            x = (position.top_left.x + position.bottom_right.x) / 2 * 25.4 / DPI
            y = (position.top_left.y + position.bottom_right.y) / 2 * 25.4 / DPI
            found.append((barcode.text, x, y))
        pages.append(found)
    return pages


def _cell(sheet, x_mm: float, y_mm: float) -> int:
    """The 1-based label position a point on the paper falls in."""
    column = int((x_mm - sheet.left_mm) // (sheet.label_width_mm + sheet.gap_x_mm))
    row = int((y_mm - sheet.top_mm) // (sheet.label_height_mm + sheet.gap_y_mm))
    return row * sheet.columns + column + 1


def _labels(count: int) -> list[AssetLabel]:
    return [
        AssetLabel(f"2026-XX-{index:05d}", "台式计算机", "B2-303 物理实验室")
        for index in range(1, count + 1)
    ]


@pytest.mark.parametrize("key", ["3x8", "2x5"])
def test_every_qr_code_decodes_to_its_asset_number_in_its_place(tmp_path, key):
    sheet = SHEETS[key]
    labels = _labels(sheet.per_sheet + 3)
    start = 5
    pdf = render_labels(LabelJob("北京市第一实验中学", sheet, labels, start=start))
    pages = _scan(pdf, tmp_path)
    assert len(pages) == sheets_needed(len(labels), sheet.per_sheet, start) == 2
    positions = {}
    for page_number, found in enumerate(pages):
        for text, x, y in found:
            positions[text] = page_number * sheet.per_sheet + _cell(sheet, x, y)
    expected = {label.number: start + index for index, label in enumerate(labels)}
    assert positions == expected


def test_non_ascii_asset_numbers_round_trip(tmp_path):
    labels = [AssetLabel("旧-物理-0012", "示波器", "B2-303"), AssetLabel("A/12 b", "天平", "")]
    pdf = render_labels(LabelJob("北京市第一实验中学", SHEETS["3x8"], labels))
    (found,) = _scan(pdf, tmp_path)
    assert sorted(text for text, _, _ in found) == sorted(label.number for label in labels)


@pytest.mark.parametrize("key", ["3x8", "2x5"])
def test_each_code_has_a_white_quiet_zone_of_four_modules(tmp_path, key):
    """ISO/IEC 18004's quiet zone of four modules, inside the label itself."""
    pdf = render_labels(LabelJob("北京市第一实验中学", SHEETS[key], _labels(2)))
    (found,) = _scan(pdf, tmp_path)
    assert len(found) == 2
    page = Image.open(tmp_path / "page-1.png").convert("L")
    for barcode in zxingcpp.read_barcodes(page):
        corners = barcode.position
        left, top = corners.top_left.x, corners.top_left.y
        right, bottom = corners.bottom_right.x, corners.bottom_right.y
        module = (right - left) / 21  # a number of 13 characters is a version 1 code
        quiet = int(4 * module) - 1
        ring = [
            page.crop((left - quiet, top - quiet, right + quiet, top - 2)),
            page.crop((left - quiet, bottom + 2, right + quiet, bottom + quiet)),
            page.crop((left - quiet, top, left - 2, bottom)),
            page.crop((right + 2, top, right + quiet, bottom)),
        ]
        assert min(band.getextrema()[0] for band in ring) > 200


def test_code_modules_are_filled_with_the_non_zero_rule():
    """Runs overlap by a hair; an even-odd fill (``f*``) would leave those hairs white."""
    pdf = render_labels(LabelJob("北京市第一实验中学", SHEETS["3x8"], _labels(1)))
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    operators = content.split()
    assert "f" in operators
    assert "f*" not in operators


def test_labels_show_school_number_name_and_location(page_texts, pdf_fonts):
    labels = [AssetLabel("2026-XX-00001", "交互式电子白板", "B2-303 物理实验室")]
    pdf = render_labels(LabelJob("北京市第一实验中学", SHEETS["2x5"], labels))
    (text,) = page_texts(pdf)
    for expected in ("北京市第一实验中学", "资产标签", "2026-XX-00001", "交互式电子白板", "B2-303"):
        assert expected in text
    assert all(embedded for _, embedded in pdf_fonts(pdf))


def test_sheet_presets_fill_a4():
    three_by_eight, two_by_five = SHEETS["3x8"], SHEETS["2x5"]
    assert (three_by_eight.per_sheet, three_by_eight.label_width_mm) == (24, 70)
    assert (two_by_five.per_sheet, two_by_five.label_height_mm) == (10, 57)
    for sheet in SHEETS.values():
        assert sheet.fits_on_a4()
        assert sheet.right_edge_mm() == pytest.approx(210)
    assert sheets_needed(24, 24, 1) == 1
    assert sheets_needed(24, 24, 2) == 2
    assert sheets_needed(1, 24, 24) == 1
    assert sheets_needed(0, 24, 5) == 0


# --- the service: checking what a person typed -------------------------------------------


def test_margins_and_gaps_are_adjustable():
    sheet = label_sheet("3x8", top_mm="1", left_mm="0", gap_x_mm="0", gap_y_mm="0")
    assert sheet.top_mm == 1
    assert sheet.origin_mm(3) == (0, 38)  # the first label of the second row
    wider = label_sheet("2x5", left_mm="0", gap_x_mm="0", gap_y_mm="1.5", top_mm="")
    assert wider.top_mm == SHEETS["2x5"].top_mm
    assert wider.origin_mm(2)[1] == pytest.approx(6 + 57 + 1.5)


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"top_mm": "abc"}, "top", "上边距必须是数字"),
        ({"left_mm": "-1"}, "left", "左边距应在 0 到 50 毫米之间"),
        ({"gap_y_mm": "2"}, "top", "最下一行标签会超出纸边"),
        ({"left_mm": "5"}, "left", "最右一列标签会超出纸边 5.0 毫米"),
    ],
)
def test_sheets_that_leave_the_paper_are_refused(kwargs, field, message):
    with pytest.raises(ValidationError, match=message) as caught:
        label_sheet("3x8", **kwargs)
    assert caught.value.field == field


def test_an_unknown_sheet_and_a_start_off_the_sheet_are_refused():
    with pytest.raises(ValidationError, match="标签纸“4x9”无效"):
        label_sheet("4x9")
    for bad in ("0", "25", "三"):
        with pytest.raises(ValidationError) as caught:
            check_start(SHEETS["3x8"], bad)
        assert caught.value.field == "start"
    assert check_start(SHEETS["3x8"], "24") == 24


def test_labels_pdf_prints_the_filter_and_refuses_nothing_to_print(school, page_texts):
    from app.services.assets import register_assets
    from tests.factories import asset_input

    register_assets(asset_input(), quantity=3)
    register_assets(asset_input(name="投影仪"))
    pdf = labels_pdf(None, AssetFilter(text="投影仪"), SHEETS["3x8"])
    (text,) = page_texts(pdf)
    assert "投影仪" in text and "台式计算机" not in text
    with pytest.raises(ValidationError, match="没有要打印标签的资产"):
        labels_pdf(None, AssetFilter(text="没有这种东西"), SHEETS["3x8"])
    with pytest.raises(ValidationError, match="起始位置"):
        labels_pdf(None, AssetFilter(), SHEETS["2x5"], start=11)


# --- the printer-safe area ---------------------------------------------------------------


@pytest.mark.parametrize("key", ["3x8", "2x5"])
def test_nothing_is_printed_within_the_printers_margin_of_the_paper_edge(tmp_path, key):
    """Full-bleed sheets: the outer labels keep their ink at least 4 mm from the paper's edge."""
    sheet = SHEETS[key]
    pdf = render_labels(LabelJob("北京市第一实验中学附属中学", sheet, _labels(sheet.per_sheet)))
    found = _scan(pdf, tmp_path)
    assert sorted(text for text, _, _ in found[0]) == [
        label.number for label in _labels(sheet.per_sheet)
    ]
    page = Image.open(tmp_path / "page-1.png").convert("L")
    width, height = page.size
    band = round(4 * DPI / 25.4)
    for strip in (
        page.crop((0, 0, width, band)),
        page.crop((0, height - band, width, height)),
        page.crop((0, 0, band, height)),
        page.crop((width - band, 0, width, height)),
    ):
        assert strip.getextrema()[0] > 200  # no dark pixel in the strip
    # ...but the labels themselves still reach the edge, as the die-cut sheet does.
    assert sheet.left_mm == 0 and sheet.right_edge_mm() == pytest.approx(210)


def test_the_safe_margin_follows_the_sheet_settings():
    """More white inside only where the sheet's own margins are too small, on every label alike."""
    three = SHEETS["3x8"]
    left, top, right, bottom = three.content_insets_mm()
    assert left >= PRINTER_SAFE_MM - three.left_mm and right >= PRINTER_SAFE_MM
    assert top + three.top_mm >= PRINTER_SAFE_MM
    assert bottom + (297 - three.bottom_edge_mm()) >= PRINTER_SAFE_MM
    # A sheet fed with 8 mm margins needs no extra inset above and below.
    roomy = SHEETS["2x5"].adjusted(top_mm=8)
    assert roomy.content_insets_mm()[1] < PRINTER_SAFE_MM - 0.5
