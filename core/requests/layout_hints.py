"""Layout hints learned from answers: per sender address (and agency), which column header or label holds which
field of a request. intake.layouts finds them in the answered message; the parser gets a sender's active hints
for its next messages (`parse_message(raw, registry, hints=...)`), where they fill only what no built-in rule
read (a hint never overrides a stated value). A clerk sees them per sender and can revoke one.
"""
from __future__ import annotations

from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.errors import DomainError
from core.platform import audit
from core.platform.db import get_row
from core.requests.models import LayoutHint

#: the contract fields a hint may name (intake.extract.text_context.TextContext.hints)
FIELDS = ("quantity", "unit_price", "article", "description", "customer.org_no", "customer.customer_number",
          "customer.name", "buyer_reference", "order_reference", "period_start", "period_end")


def normalise_key(text: str) -> str:
    """A header or label as hints key it (the parser's rule, intake.extract.columns.hint_key): casefolded,
    whitespace collapsed, a trailing ':' dropped."""
    return " ".join(str(text or "").split()).casefold().rstrip(":").strip()[:200]


def active_hints(session: Session, sender: str | None, agency_id: int | None = None) -> dict[str, str]:
    """The sender's hints in force: key -> field (the newest wins when two name the same key)."""
    if not sender:
        return {}
    q = select(LayoutHint).where(LayoutHint.sender == sender.strip().lower(),
                                 col(LayoutHint.revoked_at).is_(None)).order_by(col(LayoutHint.id))
    if agency_id is not None:
        q = q.where((col(LayoutHint.agency_id) == agency_id) | col(LayoutHint.agency_id).is_(None))
    return {h.key: h.field for h in session.exec(q)}


def add_hint(session: Session, sender: str, key: str, field: str, *, agency_id: int | None, request_id: int | None,
             question_id: int | None, actor: str) -> LayoutHint | None:
    """Remember one hint (idempotent: the same active key -> field is kept; a different field for the key replaces
    the old hint, which is revoked). None when the key or field cannot be a hint."""
    key = normalise_key(key)
    sender = (sender or "").strip().lower()
    if not key or not sender or field not in FIELDS or len(key) < 2:
        return None
    current = session.exec(select(LayoutHint).where(LayoutHint.sender == sender, LayoutHint.key == key,
                                                    col(LayoutHint.revoked_at).is_(None))).all()
    for h in current:
        if h.field == field:
            return h
        h.revoked_at, h.revoked_by = utcnow(), actor
        session.add(h)
    hint = LayoutHint(sender=sender, agency_id=agency_id, key=key, field=field, request_id=request_id,
                      question_id=question_id, created_by=actor)
    session.add(hint)
    session.flush()
    audit.record(session, actor, "layout_hint.learned", "layout_hint", hint.id, agency_id, "intake",
                 sender=sender, key=key, field=field, request_id=request_id)
    return hint


def list_hints(session: Session, agency_ids: list[int] | None = None,
               include_revoked: bool = False) -> list[LayoutHint]:
    """Hints by sender (for the clerk's page); `agency_ids` limits them to the agencies the user sees."""
    q = select(LayoutHint).order_by(col(LayoutHint.sender), col(LayoutHint.id))
    if agency_ids is not None:
        q = q.where(col(LayoutHint.agency_id).in_(agency_ids))
    if not include_revoked:
        q = q.where(col(LayoutHint.revoked_at).is_(None))
    return list(session.exec(q))


def revoke_hint(session: Session, hint_id: int, actor: str) -> LayoutHint:
    """Revoke a hint: the sender's next messages are read without it."""
    hint = get_row(session, LayoutHint, hint_id, "hint")
    if hint.revoked_at is not None:
        raise DomainError(f"hint {hint_id} is already revoked")
    hint.revoked_at, hint.revoked_by = utcnow(), actor
    session.add(hint)
    audit.record(session, actor, "layout_hint.revoked", "layout_hint", hint.id, hint.agency_id, "web",
                 sender=hint.sender, key=hint.key, field=hint.field)
    session.flush()
    return hint
