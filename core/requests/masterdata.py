"""Master-data requests: agencies ask for new or changed articles, customers and e-invoice addresses (by e-mail,
in the web, through the API). One path for every source: `create_change` checks the change
(core.requests.masterdata_check: identifiers, VAT codes, duplicates), asks for what is missing (questions with a
REQ token, one question mail per round, core.requests.masterdata_mail; answered by `answer_change` from a reply or
a clerk), and applies the change when a clerk approves it (`approve_change`, core.requests.masterdata_apply) — or
at once when the agency's AgencyMasterdataPolicy says auto_apply.

Status: waiting_for_answer (open questions) -> pending_approval -> applied | rejected.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.jsonenc import jsonable
from core.platform import audit, correspondence
from core.platform.db import get_row
from core.registers import policies
from core.registers import register as registers
from core.registers.models import Agency, RegisterVersion
from core.requests.masterdata_apply import apply_change
from core.requests.masterdata_check import ACTIONS, ENTITIES, PATHS, check
from core.requests.masterdata_mail import question_mail
from core.requests.models import ChangeRequest
from core.requests.values import blank


def create_change(session: Session, agency: Agency | str, entity: str, action: str, data: dict[str, Any],
                  valid_from: dt.date | str | None = None, *, source: str = "web", actor: str = "web",
                  requested_by: str | None = None, message_id: int | None = None,
                  thread_message_id: str | None = None, questions: list[str] | None = None) -> ChangeRequest:
    """Store a master-data request; ask what is missing, else wait for a clerk (or apply at once by policy).
    `questions`: the parser's paths (it read the mail), merged with what validation finds missing."""
    if isinstance(agency, str):
        agency = registers.agency_by_code(session, agency)
    if entity not in ENTITIES:
        raise ValidationError(f"unknown entity {entity!r} ({'|'.join(ENTITIES)})", "entity")
    if action not in ACTIONS:
        raise ValidationError(f"unknown action {action!r} (create|update)", "action")
    if isinstance(valid_from, str):
        try:
            valid_from = dt.date.fromisoformat(valid_from)
        except ValueError:
            raise ValidationError(f"not a date: {valid_from!r}", "valid_from") from None
    if agency.id is None:
        raise NotFound("the agency is not in the register", "agency")
    change = ChangeRequest(token=correspondence.new_token(session, "change"), agency_id=agency.id, entity=entity,
                           action=action, data=jsonable(data or {}), valid_from=valid_from, source=source,
                           requested_by=requested_by, message_id=message_id, thread_message_id=thread_message_id)
    normalised, missing = check(session, agency, change)
    change.data = jsonable(normalised)
    session.add(change)
    session.flush()
    audit.record(session, actor, "masterdata.request", "change_request", change.id, agency.id, source,
                 token=change.token, kind=entity, change_action=action)
    paths = [p for p in (questions or []) if p in PATHS and p in missing] + missing
    _ask(session, agency, change, list(dict.fromkeys(paths)), actor)
    return _advance(session, agency, change, actor)


def _ask(session: Session, agency: Agency, change: ChangeRequest, paths: list[str], actor: str) -> None:
    """A new round (one mail) when something not yet asked is missing."""
    new = [p for p in paths if p not in change.questions]
    if not new:
        return
    change.questions = list(change.questions) + new
    change.question_round += 1
    change.status = "waiting_for_answer"
    session.add(change)
    session.flush()
    audit.record(session, actor, "masterdata.questions", "change_request", change.id, agency.id, change.source,
                 token=change.token, paths=change.questions, round=change.question_round)
    question_mail(session, agency, change)


def _advance(session: Session, agency: Agency, change: ChangeRequest, actor: str) -> ChangeRequest:
    """Open questions -> waiting_for_answer, else pending_approval (applied at once when the policy says so)."""
    if change.status in ("applied", "rejected"):
        return change
    change.status = "waiting_for_answer" if change.questions else "pending_approval"
    change.updated_at = utcnow()
    session.add(change)
    session.flush()
    if change.status == "pending_approval" and policies.masterdata_policy(session, change.agency_id).auto_apply:
        approve_change(session, _id(change), f"policy:{agency.code}")
    return change


def answer_change(session: Session, change_id: int, answers: dict[str, Any], answered_by: str,
                  actor: str = "intake") -> ChangeRequest:
    """Merge answers {path: value} (from a reply mail or a clerk); what is still missing is asked again."""
    change = get_change(session, change_id)
    if change.status in ("applied", "rejected"):
        raise DomainError(f"change {change.token} is {change.status}; answers are no longer taken")
    agency = registers.get_agency(session, change.agency_id)
    before_qs = list(change.questions)
    change.data = jsonable(_merge_answers(change.data, answers))
    change.questions = []
    normalised, missing = check(session, agency, change)
    change.data = jsonable(normalised)
    change.answered = list(change.answered) + [p for p in before_qs if p not in missing]
    change.questions = [p for p in before_qs if p in missing]
    audit.record(session, actor, "masterdata.answer", "change_request", change.id, agency.id, change.source,
                 token=change.token, answered_by=answered_by, closed=[p for p in before_qs if p not in missing])
    # what was asked and is still open stays open without a new mail; only something newly missing is asked
    _ask(session, agency, change, [p for p in missing if p not in change.questions], actor)
    return _advance(session, agency, change, actor)


def _merge_answers(data: dict[str, Any], answers: dict[str, Any] | None) -> dict[str, Any]:
    """The change's data with the answers {path: value} in it (blank answers and unknown paths ignored)."""
    out = dict(data)
    for path, value in (answers or {}).items():
        if path not in PATHS or blank(value):
            continue
        if path == "data.customer":
            text = str(value).strip()
            out["customer_number" if not re.search(r"[-+]", text) and len(text) < 8 else "org_no"] = text
        elif path == "data.address":
            out["address"] = value
        else:
            out[path[5:]] = value
    return out


def approve_change(session: Session, change_id: int, actor: str) -> RegisterVersion:
    """Apply a complete change to the register: a new version with before/after, audited."""
    change = get_change(session, change_id)
    if change.status != "pending_approval":
        raise DomainError(f"change {change.token} is {change.status}; only complete changes waiting for approval "
                          "can be approved")
    agency = registers.get_agency(session, change.agency_id)
    data, missing = check(session, agency, change)
    if missing:
        raise DomainError(f"change {change.token} still misses {', '.join(missing)}")
    version = apply_change(session, agency, change, data, actor)
    change.status, change.decided_by, change.decided_at = "applied", actor, utcnow()
    change.version_id = version.id
    session.add(change)
    audit.record(session, actor, "masterdata.applied", change.entity, version.entity_id, agency.id, change.source,
                 token=change.token, version=version.version, valid_from=change.valid_from)
    session.flush()
    return version


def reject_change(session: Session, change_id: int, actor: str, reason: str) -> ChangeRequest:
    if not reason:
        raise ValidationError("rejecting a change needs a reason", "reason")
    change = get_change(session, change_id)
    if change.status in ("applied", "rejected"):
        raise DomainError(f"change {change.token} is already {change.status}")
    change.status, change.reason, change.decided_by, change.decided_at = "rejected", reason, actor, utcnow()
    change.questions = []
    session.add(change)
    audit.record(session, actor, "masterdata.rejected", "change_request", change.id, change.agency_id, "web",
                 token=change.token, reason=reason)
    session.flush()
    return change


def get_change(session: Session, change_id: int) -> ChangeRequest:
    return get_row(session, ChangeRequest, change_id, "change", "master-data change")


def find_change_by_token(session: Session, token: str | None) -> ChangeRequest | None:
    if not token:
        return None
    return session.exec(select(ChangeRequest).where(ChangeRequest.token == token.upper())).first()


def list_changes(session: Session, agency_id: int | None = None, status: str | None = None) -> list[ChangeRequest]:
    q = select(ChangeRequest).order_by(col(ChangeRequest.id))
    if agency_id is not None:
        q = q.where(ChangeRequest.agency_id == agency_id)
    if status:
        q = q.where(ChangeRequest.status == status)
    return list(session.exec(q))


def versions(session: Session, entity: str, entity_id: int) -> list[RegisterVersion]:
    return list(session.exec(select(RegisterVersion).where(RegisterVersion.entity == entity,
                                                           RegisterVersion.entity_id == entity_id)
                             .order_by(col(RegisterVersion.version))))


def change_view(session: Session, change: ChangeRequest) -> dict[str, Any]:
    agency = registers.get_agency(session, change.agency_id)
    return {"id": change.id, "token": change.token, "agency": agency.code, "entity": change.entity,
            "action": change.action, "status": change.status, "data": change.data,
            "valid_from": change.valid_from.isoformat() if change.valid_from else None,
            "questions": change.questions, "answered": change.answered, "source": change.source,
            "requested_by": change.requested_by, "decided_by": change.decided_by, "reason": change.reason,
            "version_id": change.version_id, "created_at": change.created_at.isoformat()}


def _id(change: ChangeRequest) -> int:
    if change.id is None:
        raise NotFound(f"change {change.token} is not stored", "change")
    return change.id
