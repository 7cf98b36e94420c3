"""Record an audit event in the same transaction as the change it describes (so both or neither persist)."""
from __future__ import annotations

from sqlmodel import Session

from core.kernel.identifiers import mask_personnummer
from core.kernel.jsonenc import jsonable
from core.platform.models import AuditEvent


def record(session: Session, actor: str, action: str, entity: str, entity_id: object = None,
           agency_id: int | None = None, source: str = "cli", **details: object) -> AuditEvent:
    """Add an audit event; personal identity numbers in details are masked."""
    clean = {k: (mask_personnummer(v) if isinstance(v, str) and k in ("org_no", "personnummer") else v)
             for k, v in details.items()}
    event = AuditEvent(actor=actor, action=action, entity=entity,
                       entity_id=None if entity_id is None else str(entity_id),
                       agency_id=agency_id, source=source, details=jsonable(clean))
    session.add(event)
    return event


