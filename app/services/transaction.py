"""One transaction per user action, with storage failures turned into readable errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from peewee import DatabaseError as PeeweeDatabaseError

from app.db import StorageError, database, storage_error_message


@contextlib.contextmanager
def action() -> Iterator[None]:
    """Run the body as one atomic action; a locked or read-only file becomes a StorageError."""
    try:
        with database.atomic():
            yield
    except PeeweeDatabaseError as exc:
        message = storage_error_message(exc, database.database)
        if message is None:
            raise
        raise StorageError(message) from exc
