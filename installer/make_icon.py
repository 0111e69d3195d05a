"""Draw the 后勤管家 application icon and the installer's wizard bitmap with Qt.

    python installer/make_icon.py

writes, from the bundled WenQuanYi font (resources/fonts/wqy-microhei.ttc):

- resources/icons/houqin.png   256 px, the window icon and the Linux icon
- resources/icons/houqin.ico   16, 24, 32, 48, 64, 128 and 256 px; each size is drawn on its own
  pixel grid (not scaled down from 256) so the small ones stay sharp.  Qt's qico plugin writes
  the sizes up to 128 as 32-bit BMP entries; 256 is stored as PNG, as Windows expects.
- resources/icons/installer-wizard.bmp   164×314, the NSIS welcome/finish page picture.

The outputs are committed; run this again only when the design changes.  ``--check`` verifies the
committed files (sizes inside the .ico, PNG size) without writing.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QImageReader,
    QImageWriter,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# A deep "blackboard" green, lighter at the top: calm, reads well on light and dark taskbars.
TOP = QColor("#2f8f5b")
BOTTOM = QColor("#14573a")
EDGE = QColor("#0d3d28")
ACCENT = QColor("#f2c14e")  # the school-bell yellow of the little roof line
GLYPH = "勤"


def _font_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    if font_id < 0:
        raise SystemExit(f"cannot load {FONT}")
    families = QFontDatabase.applicationFontFamilies(font_id)
    return next((f for f in families if "mono" not in f.lower()), families[0])


def _glyph_path(family: str, box: QRectF) -> QPainterPath:
    """The outline of 勤, scaled to fill ``box`` by its ink (not its font metrics)."""
    font = QFont(family)
    font.setPixelSize(1000)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, GLYPH)
    ink = path.boundingRect()
    scale = min(box.width() / ink.width(), box.height() / ink.height())
    path.translate(-ink.center())
    scaled = QTransform.fromScale(scale, scale).map(path)
    scaled.translate(box.center())
    return scaled


def draw_icon(size: int, family: str) -> QImage:
    """One icon image of ``size``×``size`` pixels, drawn for that size."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    small = size <= 24
    # Small sizes use the whole square; large ones leave the margin Windows/GNOME icons have.
    margin = 0.0 if small else size * 0.04
    body = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = body.width() * (0.16 if small else 0.22)

    gradient = QLinearGradient(body.topLeft(), body.bottomLeft())
    gradient.setColorAt(0.0, TOP)
    gradient.setColorAt(1.0, BOTTOM)
    p.setBrush(QBrush(gradient))
    edge = max(1.0, size / 96)
    p.setPen(QPen(EDGE, edge) if size >= 32 else Qt.PenStyle.NoPen)
    inset = edge / 2 if size >= 32 else 0.0
    p.drawRoundedRect(body.adjusted(inset, inset, -inset, -inset), radius, radius)

    if size >= 48:
        # A roof line over the character: the school building the office looks after.
        w = body.width()
        roof = QPainterPath()
        roof.moveTo(body.left() + w * 0.22, body.top() + w * 0.25)
        roof.lineTo(body.center().x(), body.top() + w * 0.13)
        roof.lineTo(body.right() - w * 0.22, body.top() + w * 0.25)
        pen = QPen(ACCENT, w * 0.045)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(roof)
        glyph_box = QRectF(body.left() + w * 0.2, body.top() + w * 0.33, w * 0.6, w * 0.52)
    else:
        pad = body.width() * (0.1 if small else 0.16)
        glyph_box = body.adjusted(pad, pad, -pad, -pad)

    glyph = _glyph_path(family, glyph_box)
    p.setBrush(QColor("white"))
    # WenQuanYi Micro Hei has one weight; a white outline makes the strokes bolder at large sizes.
    p.setPen(QPen(QColor("white"), size / 110) if size >= 64 else Qt.PenStyle.NoPen)
    p.drawPath(glyph)
    p.end()
    return image


def draw_wizard(family: str) -> QImage:
    """The 164×314 picture on the left of the installer's welcome and finish pages."""
    image = QImage(164, 314, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, 0, 314)
    gradient.setColorAt(0.0, TOP)
    gradient.setColorAt(1.0, BOTTOM)
    p.fillRect(image.rect(), QBrush(gradient))
    p.drawImage(QRectF(34, 56, 96, 96), draw_icon(96, family))
    font = QFont(family)
    font.setPixelSize(24)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 170, 164, 34), Qt.AlignmentFlag.AlignCenter, "后勤管家")
    font.setPixelSize(12)
    p.setFont(font)
    p.setPen(QColor(255, 255, 255, 200))
    p.drawText(QRectF(0, 204, 164, 20), Qt.AlignmentFlag.AlignCenter, "Houqin")
    p.end()
    return image


def _encode(image: QImage, fmt: bytes) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt)
    if not writer.write(image):
        raise SystemExit(f"Qt could not write {fmt.decode()}: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def build_ico(images: dict[int, QImage]) -> bytes:
    """An .ico with every size: BMP entries from Qt's qico writer, PNG for 256."""
    entries: list[tuple[bytes, bytes]] = []  # (16-byte directory entry minus offset, payload)
    for size in sorted(images):
        if size >= 256:
            payload = _encode(images[size], b"png")
            head = struct.pack("<BBBBHHI", 0, 0, 0, 0, 1, 32, len(payload))
        else:
            single = _encode(images[size], b"ico")  # one-image .ico from Qt's plugin
            reserved, kind, count = struct.unpack_from("<HHH", single, 0)
            if (reserved, kind, count) != (0, 1, 1):
                raise SystemExit(f"unexpected .ico header from Qt for {size} px")
            w, h, colours, _r, planes, bpp, length, offset = struct.unpack_from(
                "<BBBBHHII", single, 6
            )
            if (w, h) != (size, size):
                raise SystemExit(f"Qt wrote a {w}×{h} entry for {size} px")
            payload = single[offset : offset + length]
            head = struct.pack("<BBBBHHI", w, h, colours, 0, planes, bpp, length)
        entries.append((head, payload))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for head, payload in entries:
        out += head + struct.pack("<I", offset)
        offset += len(payload)
    for _head, payload in entries:
        out += payload
    return bytes(out)


def ico_sizes(path: Path) -> list[tuple[int, int, int, str]]:
    """(width, height, bits, encoding) of every image in an .ico, read from its directory."""
    data = path.read_bytes()
    _reserved, _kind, count = struct.unpack_from("<HHH", data, 0)
    result = []
    for i in range(count):
        w, h, _c, _r, _planes, bpp, _length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        encoding = "png" if data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" else "bmp"
        result.append((w or 256, h or 256, bpp, encoding))
    return result


def check() -> int:
    """Verify the committed icon files; 0 when they are complete."""
    problems = []
    ico = ICONS / "houqin.ico"
    png = ICONS / "houqin.png"
    if not ico.is_file() or not png.is_file():
        print("missing resources/icons/houqin.ico or houqin.png", file=sys.stderr)
        return 1
    found = ico_sizes(ico)
    sizes = sorted(w for w, h, _b, _e in found if w == h)
    if sizes != sorted(ICO_SIZES):
        problems.append(f"houqin.ico holds {sizes}, expected {list(ICO_SIZES)}")
    reader = QImageReader(str(ico))
    readable = reader.imageCount()
    if readable != len(ICO_SIZES):
        problems.append(f"Qt reads {readable} images from houqin.ico")
    image = QImage(str(png))
    if image.size().width() != 256 or image.size().height() != 256:
        problems.append(f"houqin.png is {image.width()}×{image.height()}, expected 256×256")
    for line in problems:
        print(line, file=sys.stderr)
    if not problems:
        desc = ", ".join(f"{w}px {e}" for w, _h, _b, e in found)
        print(f"houqin.ico: {desc}; houqin.png: 256×256")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Draw (or with --check verify) the icon files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the files, write nothing")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.check:
        return check()
    family = _font_family()
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: draw_icon(size, family) for size in ICO_SIZES}
    (ICONS / "houqin.png").write_bytes(_encode(images[256], b"png"))
    (ICONS / "houqin.ico").write_bytes(build_ico(images))
    (ICONS / "installer-wizard.bmp").write_bytes(_encode(draw_wizard(family), b"bmp"))
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
