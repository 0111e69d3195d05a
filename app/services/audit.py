"""Write audit entries inside the caller's transaction."""

from __future__ import annotations

from app.models import AuditEntry


def record(
    actor: str, action: str, entity: str = "", entity_id: int | None = None, detail: str = ""
) -> None:
    """Append one audit entry (call inside the action's transaction)."""
    AuditEntry.insert(
        actor=actor, action=action, entity=entity, entity_id=entity_id, detail=detail[:1000]
    ).execute()
