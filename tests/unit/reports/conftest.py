"""Helpers for report tests: read a rendered PDF's text and fonts back with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader


def _page_texts(pdf: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has an embedded TrueType program) for every font used on every page."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.fixture
def page_texts() -> Callable[[bytes], list[str]]:
    """Return a function giving the text of each page of a PDF."""
    return _page_texts


@pytest.fixture
def pdf_fonts() -> Callable[[bytes], list[tuple[str, bool]]]:
    """Return a function listing the fonts a PDF uses and whether each is embedded."""
    return _fonts
