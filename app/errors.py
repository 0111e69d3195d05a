"""The one base error of the application: everything a user can be told about in plain words."""

from __future__ import annotations


class HouqinError(Exception):
    """An expected failure with a message a user can read (Chinese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
