"""Register the bundled CJK font with reportlab once, so every form embeds the same face."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import cjk_font_path

# The name reportlab uses; it also appears (subset-prefixed) as the embedded font's name.
CJK_FONT = "WenQuanYiMicroHei"

_lock = threading.Lock()


def register_cjk_font() -> str:
    """Register WenQuanYi Micro Hei (subfont 0 of the .ttc) if needed and return its name."""
    # Reports may be rendered from worker threads; the lock keeps registration single.
    with _lock:
        if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(CJK_FONT, str(cjk_font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
    return CJK_FONT
