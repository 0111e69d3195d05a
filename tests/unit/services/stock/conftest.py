"""Fixtures for the stock-room tests."""

from __future__ import annotations

import pytest

from tests.unit.services.stock.helpers import Room, make_room


@pytest.fixture
def room(db_path) -> Room:
    """A school with three stock items on a fresh database."""
    return make_room()
