"""Domain errors: each carries a Chinese message for the dialog or the command line."""

from __future__ import annotations

from app.errors import HouqinError


class DomainError(HouqinError):
    """Base of every error a service raises; ``field`` names the input at fault, if any."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class ValidationError(DomainError):
    """The input is wrong (missing, malformed, out of range)."""


class NotFoundError(DomainError):
    """The record asked for does not exist."""


class ConflictError(DomainError):
    """The action clashes with what is stored (a duplicate number, a wrong state)."""
