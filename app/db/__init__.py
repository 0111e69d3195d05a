"""The deferred peewee database, its start-up, and the errors the storage can raise."""

from __future__ import annotations

from app.db.connection import (
    DatabaseTooNewError,
    StorageError,
    close_database,
    database,
    open_database,
    storage_error_message,
    thread_connection,
)

__all__ = [
    "DatabaseTooNewError",
    "StorageError",
    "close_database",
    "database",
    "open_database",
    "storage_error_message",
    "thread_connection",
]
