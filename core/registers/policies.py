"""Agency policies over the registers: whether an agency's master-data changes apply without a clerk."""
from __future__ import annotations

from sqlmodel import Session, select

from core.kernel.clock import utcnow
from core.platform import audit
from core.registers.models import AgencyMasterdataPolicy


def masterdata_policy(session: Session, agency_id: int) -> AgencyMasterdataPolicy:
    """The agency's policy; by default a clerk approves every change (auto_apply False)."""
    row = session.exec(select(AgencyMasterdataPolicy).where(AgencyMasterdataPolicy.agency_id == agency_id)).first()
    return row or AgencyMasterdataPolicy(agency_id=agency_id, auto_apply=False)


def set_masterdata_policy(session: Session, agency_id: int, auto_apply: bool, actor: str) -> AgencyMasterdataPolicy:
    """Set (audited) whether the agency's master-data changes apply at once."""
    row = session.exec(select(AgencyMasterdataPolicy).where(AgencyMasterdataPolicy.agency_id == agency_id)).first() \
        or AgencyMasterdataPolicy(agency_id=agency_id)
    row.auto_apply, row.updated_at = bool(auto_apply), utcnow()
    session.add(row)
    audit.record(session, actor, "masterdata.policy", "agency", agency_id, agency_id, "cli", auto_apply=auto_apply)
    session.flush()
    return row
