"""Locate bundled resources the same way from a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds fonts, reference data, icons and translations."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found beside the app package")


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource_path("fonts", "x.ttc")``."""
    return resources_dir().joinpath(*parts)


def cjk_font_path() -> Path:
    """The TrueType CJK font embedded in PDFs and registered with Qt."""
    return resource_path("fonts", "wqy-microhei.ttc")
