"""Master-data requests: agencies ask for new or changed articles, customers and e-invoice addresses (by e-mail,
in the web, through the API). One path for every source: `create_change` validates (identifiers via
core.identifiers, VAT codes via core.vat, duplicates), asks for what is missing (questions with a REQ token, one
question mail per round, answered by `answer_change` from a reply or a clerk), and applies the change when a clerk
approves it (`approve_change`) — or at once when the agency's AgencyMasterdataPolicy says auto_apply.

Every applied change is versioned (RegisterVersion: before/after, who, when, source, request) and audited. Issued
invoices are never rewritten: an invoice keeps its customer snapshot and its lines their own description/price.
Dated prices (ArticlePrice) are read by core.registers.pricing.

Question paths: data.code, data.name, data.vat_code, data.unit_price, data.customer (which customer),
data.org_no, data.address, data.peppol_id.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from core.kernel import vat
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.identifiers import normalize_org_no, normalize_peppol, normalize_vat_no
from core.kernel.jsonenc import jsonable
from core.platform import audit, correspondence
from core.platform.models import MailNotice
from core.registers import policies
from core.registers import register as registers
from core.registers.models import Agency, Article, ArticlePrice, Customer, RegisterVersion
from core.requests import clarifications
from core.requests.models import ChangeRequest

ENTITIES = ("article", "customer", "einvoice_address")
ACTIONS = ("create", "update")
ARTICLE_KEYS = ("code", "name", "unit", "unit_price", "vat_code", "revenue_account")
CUSTOMER_KEYS = ("customer_number", "name", "org_no", "vat_no", "country", "private", "street", "postal_code",
                 "city", "email", "contact", "peppol_id", "language")
PATHS = ("data.code", "data.name", "data.vat_code", "data.unit_price", "data.customer", "data.org_no",
         "data.address", "data.peppol_id")
QUESTION_TEXT = {
    "sv": {"data.code": "Artikelkod", "data.name": "Benämning", "data.vat_code": "Momssats eller momskod",
           "data.unit_price": "Pris (exkl. moms)", "data.customer": "Vilken kund (kundnummer eller org.nr)",
           "data.org_no": "Organisationsnummer / personnummer", "data.address": "Postadress",
           "data.peppol_id": "E-fakturaadress (Peppol-ID)"},
    "fi": {"data.code": "Tuotekoodi", "data.name": "Nimike", "data.vat_code": "ALV-kanta tai ALV-koodi",
           "data.unit_price": "Hinta (veroton)", "data.customer": "Mikä asiakas (asiakasnumero tai Y-tunnus)",
           "data.org_no": "Y-tunnus", "data.address": "Postiosoite",
           "data.peppol_id": "Verkkolaskuosoite (Peppol-tunnus)"},
    "en": {"data.code": "Article code", "data.name": "Name", "data.vat_code": "VAT rate or VAT code",
           "data.unit_price": "Price (excl. VAT)", "data.customer": "Which customer (customer number or org no)",
           "data.org_no": "Organisation number", "data.address": "Postal address",
           "data.peppol_id": "E-invoice address (Peppol ID)"},
}
SUBJECT = {"sv": "Komplettering behövs: registerändring", "fi": "Lisätietoja tarvitaan: rekisterimuutos",
           "en": "Information needed: register change"}


# ---------------------------------------------------------------- normalising and validating

def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _decimal(value: Any, path: str) -> Decimal:
    return Decimal(clarifications.amount_text(value, path))


def _find_article(session: Session, agency: Agency, code: Any) -> Article | None:
    if _blank(code):
        return None
    return session.exec(select(Article).where(Article.agency_id == agency.id, Article.code == str(code).strip())).first()


def _find_customer(session: Session, agency: Agency, data: dict) -> Customer | None:
    for key in ("customer_number", "org_no"):
        if not _blank(data.get(key)):
            try:
                return registers.find_customer(session, str(data[key]).strip(), agency)
            except NotFound:
                continue
    return None


def _flatten_customer(data: dict) -> dict:
    out = dict(data)
    addr = out.pop("address", None)
    if isinstance(addr, dict):
        for k in ("street", "postal_code", "city"):
            if addr.get(k) and not out.get(k):
                out[k] = addr[k]
    elif isinstance(addr, str) and addr.strip():
        m = re.match(r"^(.*?),?\s*(\d{3} ?\d{2}|\d{5})\s+(.+)$", addr.strip())
        if m:
            out.update(street=m.group(1).strip(" ,"), postal_code=m.group(2), city=m.group(3).strip())
        else:
            out["street"] = addr.strip()
    einv = out.pop("einvoice_address", None)
    if einv and not out.get("peppol_id"):
        out["peppol_id"] = einv
    return out


def check(session: Session, agency: Agency, change: ChangeRequest) -> tuple[dict, list[str]]:
    """(normalised data, open question paths). Raises ValidationError (naming the path) for a value that is
    wrong rather than missing, and DomainError for a duplicate."""
    on = change.valid_from or dt.date.today()
    data = {k: v for k, v in (change.data or {}).items()}
    qs: list[str] = []
    if change.entity == "article":
        data = {k: v for k, v in data.items() if k in ARTICLE_KEYS + ("vat_rate",)}
        if "vat_rate" in data:
            rate = data.pop("vat_rate")
            if _blank(data.get("vat_code")):
                data["vat_code"] = rate
        art = _find_article(session, agency, data.get("code"))
        if _blank(data.get("code")):
            qs.append("data.code")
        if change.action == "create" and art is not None:
            raise DomainError(f"article {art.code} is already in {agency.code}'s register (ask for a change)",
                              "data.code")
        if change.action == "update" and art is None and not _blank(data.get("code")):
            raise ValidationError(f"article {data.get('code')!r} is not in {agency.code}'s register", "data.code")
        change.target_id = art.id if art else None
        if change.action == "create" and _blank(data.get("name")):
            qs.append("data.name")
        if "vat_code" in data or change.action == "create":
            if _blank(data.get("vat_code")):
                qs.append("data.vat_code")
            else:
                data["vat_code"] = vat.code_of(agency.country, data["vat_code"], on, "data.vat_code")
        if not _blank(data.get("unit_price")):
            data["unit_price"] = str(_decimal(data["unit_price"], "data.unit_price"))
        elif "unit_price" in data and change.action == "update":
            qs.append("data.unit_price")
        if not _blank(data.get("revenue_account")) and not re.fullmatch(r"\d{4}", str(data["revenue_account"])):
            raise ValidationError(f"a revenue account has 4 digits: {data['revenue_account']!r}",
                                  "data.revenue_account")
        if change.action == "update" and not [k for k in data if k != "code"]:
            raise ValidationError("nothing to change", "data")
    elif change.entity == "customer":
        data = {k: v for k, v in _flatten_customer(data).items() if k in CUSTOMER_KEYS}
        target = _find_customer(session, agency, data)
        private = bool(data.get("private"))
        country = data.get("country") or (target.country if target else None) or agency.country
        data["country"] = country
        if not _blank(data.get("org_no")):
            if country == "FI" and private:
                data.pop("org_no")  # Finnish personal identity numbers are not stored
            else:
                try:
                    data["org_no"] = normalize_org_no(country, str(data["org_no"]), private, "data.org_no")
                except ValidationError:
                    qs.append("data.org_no")
                    data.pop("org_no")
        if not _blank(data.get("vat_no")):
            data["vat_no"] = normalize_vat_no(str(data["vat_no"]), "data.vat_no")
        if not _blank(data.get("peppol_id")):
            data["peppol_id"] = normalize_peppol(data["peppol_id"], "data.peppol_id")
        if change.action == "create":
            dupe = session.exec(select(Customer).where(Customer.org_no == data["org_no"])).first() \
                if data.get("org_no") else None
            if dupe is not None:
                raise DomainError(f"customer {dupe.customer_number} ({dupe.name}) already has this number "
                                  "(ask for a change)", "data.org_no")
            if _blank(data.get("name")):
                qs.append("data.name")
            if _blank(data.get("org_no")) and not (country == "FI" and private) and "data.org_no" not in qs:
                qs.append("data.org_no")
            if not (data.get("street") and data.get("postal_code") and data.get("city")) \
                    and _blank(data.get("peppol_id")):
                qs.append("data.address")
        else:
            if target is None:
                qs.append("data.customer")
            change.target_id = target.id if target else None
    elif change.entity == "einvoice_address":
        data = _flatten_customer(data)
        target = _find_customer(session, agency, data)
        if target is None:
            qs.append("data.customer")
        change.target_id = target.id if target else None
        if _blank(data.get("peppol_id")):
            qs.append("data.peppol_id")
        else:
            data["peppol_id"] = normalize_peppol(data["peppol_id"], "data.peppol_id")
        data = {k: v for k, v in data.items() if k in ("customer_number", "org_no", "peppol_id")}
    else:
        raise ValidationError(f"unknown entity {change.entity!r} ({'|'.join(ENTITIES)})", "entity")
    if _pending_duplicate(session, change, data):
        raise DomainError("the same change is already waiting (see `reskontra masterdata list`)", "data")
    return data, list(dict.fromkeys(qs))


def _pending_duplicate(session: Session, change: ChangeRequest, data: dict) -> bool:
    rows = session.exec(select(ChangeRequest).where(
        ChangeRequest.agency_id == change.agency_id, ChangeRequest.entity == change.entity,
        ChangeRequest.status.in_(("waiting_for_answer", "pending_approval")))).all()
    return any(r.id != change.id and r.data == data and r.valid_from == change.valid_from for r in rows)


# ---------------------------------------------------------------- lifecycle

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

    change = ChangeRequest(token=correspondence.new_token(session, "change"), agency_id=agency.id, entity=entity, action=action,
                           data=jsonable(data or {}), valid_from=valid_from, source=source,
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
    _question_mail(session, agency, change)


def _advance(session: Session, agency: Agency, change: ChangeRequest, actor: str) -> ChangeRequest:
    if change.status in ("applied", "rejected"):
        return change
    change.status = "waiting_for_answer" if change.questions else "pending_approval"
    change.updated_at = utcnow()
    session.add(change)
    session.flush()
    if change.status == "pending_approval" and policies.masterdata_policy(session, agency.id).auto_apply:
        approve_change(session, change.id, f"policy:{agency.code}")
    return change


def answer_change(session: Session, change_id: int, answers: dict[str, Any], answered_by: str,
                  actor: str = "intake") -> ChangeRequest:
    """Merge answers {path: value} (from a reply mail or a clerk); what is still missing is asked again."""
    change = get_change(session, change_id)
    if change.status in ("applied", "rejected"):
        raise DomainError(f"change {change.token} is {change.status}; answers are no longer taken")
    agency = session.get(Agency, change.agency_id)
    data = dict(change.data)
    for path, value in (answers or {}).items():
        if path not in PATHS or _blank(value):
            continue
        if path == "data.customer":
            text = str(value).strip()
            data["customer_number" if not re.search(r"[-+]", text) and len(text) < 8 else "org_no"] = text
        elif path == "data.address":
            data["address"] = value
        else:
            data[path[5:]] = value
    before_qs = list(change.questions)
    change.data = jsonable(data)
    change.questions = []
    normalised, missing = check(session, agency, change)
    change.data = jsonable(normalised)
    change.answered = list(change.answered) + [p for p in before_qs if p not in missing]
    change.questions = [p for p in before_qs if p in missing]
    audit.record(session, actor, "masterdata.answer", "change_request", change.id, agency.id, change.source,
                 token=change.token, answered_by=answered_by, closed=[p for p in before_qs if p not in missing])
    still = [p for p in missing if p not in change.questions]
    if still:
        _ask(session, agency, change, still, actor)
    elif change.questions and len(change.questions) < len(before_qs):
        pass  # some answered, the rest stay open (no new mail until something new is asked)
    return _advance(session, agency, change, actor)


def approve_change(session: Session, change_id: int, actor: str) -> RegisterVersion:
    """Apply a complete change to the register: a new version with before/after, audited."""
    change = get_change(session, change_id)
    if change.status != "pending_approval":
        raise DomainError(f"change {change.token} is {change.status}; only complete changes waiting for approval "
                          "can be approved")
    agency = session.get(Agency, change.agency_id)
    data, missing = check(session, agency, change)
    if missing:
        raise DomainError(f"change {change.token} still misses {', '.join(missing)}")
    if change.entity == "article":
        version = _apply_article(session, agency, change, data, actor)
    else:
        version = _apply_customer(session, agency, change, data, actor)
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


def _article_dict(a: Article) -> dict:
    return {"code": a.code, "name": a.name, "unit": a.unit,
            "unit_price": None if a.unit_price is None else str(a.unit_price), "vat_code": a.vat_code,
            "vat_rate": str(a.vat_rate), "revenue_account": a.revenue_account, "active": a.active}


def _customer_dict(c: Customer) -> dict:
    return {k: getattr(c, k) for k in ("customer_number", "kind", "name", "org_no", "vat_no", "country", "street",
                                       "postal_code", "city", "language", "email", "peppol_id")}


def _next_version(session: Session, entity: str, entity_id: int) -> int:
    rows = session.exec(select(RegisterVersion.version).where(RegisterVersion.entity == entity,
                                                              RegisterVersion.entity_id == entity_id)).all()
    return max(rows, default=0) + 1


def _apply_article(session: Session, agency: Agency, change: ChangeRequest, data: dict, actor: str) -> RegisterVersion:
    art = session.get(Article, change.target_id) if change.target_id else None
    before = _article_dict(art) if art else None
    on = change.valid_from or dt.date.today()
    if art is None:
        art = Article(agency_id=agency.id, code=data["code"], name=data["name"], unit=data.get("unit") or "st",
                      vat_code=data["vat_code"], vat_rate=Decimal("0"))
    for key in ("name", "unit", "revenue_account"):
        if not _blank(data.get(key)):
            setattr(art, key, data[key])
    if data.get("vat_code"):
        art.vat_code = data["vat_code"]
        art.vat_rate = vat.rate_for(agency.country, art.vat_code, on)
    price = Decimal(data["unit_price"]) if not _blank(data.get("unit_price")) else None
    dated = price is not None and change.valid_from is not None
    if price is not None and not dated:
        art.unit_price = price
    session.add(art)
    session.flush()
    if dated:
        row = session.exec(select(ArticlePrice).where(ArticlePrice.article_id == art.id,
                                                      ArticlePrice.valid_from == change.valid_from)).first() \
            or ArticlePrice(article_id=art.id, valid_from=change.valid_from, unit_price=price)
        row.unit_price, row.change_id = price, change.id
        session.add(row)
    after = _article_dict(art)
    if dated:
        after["price_from"] = {"valid_from": change.valid_from.isoformat(), "unit_price": str(price)}
    version = RegisterVersion(entity="article", entity_id=art.id, version=_next_version(session, "article", art.id),
                              change_id=change.id, before=before, after=after, valid_from=change.valid_from,
                              actor=actor, source=change.source)
    session.add(version)
    session.flush()
    return version


def _apply_customer(session: Session, agency: Agency, change: ChangeRequest, data: dict,
                    actor: str) -> RegisterVersion:
    cust = session.get(Customer, change.target_id) if change.target_id else None
    before = _customer_dict(cust) if cust else None
    if change.entity == "einvoice_address":
        cust.peppol_id = data["peppol_id"]
    elif cust is None:
        payload = {k: v for k, v in data.items() if k not in ("street", "postal_code", "city", "contact")}
        payload["address"] = {k: data.get(k) for k in ("street", "postal_code", "city") if data.get(k)}
        payload.pop("customer_number", None)
        cust = registers.upsert_customer(session, payload, actor, source=change.source)
    else:
        for key in ("name", "vat_no", "street", "postal_code", "city", "email", "peppol_id", "language", "org_no"):
            if not _blank(data.get(key)):
                setattr(cust, key, data[key])
        if isinstance(data.get("contact"), dict) and data["contact"].get("email"):
            cust.email = data["contact"]["email"]
    session.add(cust)
    session.flush()
    after = _customer_dict(cust)
    if data.get("contact"):
        after["contact"] = data["contact"]
    version = RegisterVersion(entity="customer", entity_id=cust.id,
                              version=_next_version(session, "customer", cust.id), change_id=change.id,
                              before=before, after=after, valid_from=change.valid_from, actor=actor,
                              source=change.source)
    session.add(version)
    session.flush()
    return version


# ---------------------------------------------------------------- queries

def get_change(session: Session, change_id: int) -> ChangeRequest:
    change = session.get(ChangeRequest, change_id)
    if change is None:
        raise NotFound(f"no master-data change {change_id}", "change")
    return change


def find_change_by_token(session: Session, token: str | None) -> ChangeRequest | None:
    if not token:
        return None
    return session.exec(select(ChangeRequest).where(ChangeRequest.token == token.upper())).first()


def list_changes(session: Session, agency_id: int | None = None, status: str | None = None) -> list[ChangeRequest]:
    q = select(ChangeRequest).order_by(ChangeRequest.id)
    if agency_id is not None:
        q = q.where(ChangeRequest.agency_id == agency_id)
    if status:
        q = q.where(ChangeRequest.status == status)
    return list(session.exec(q))


def versions(session: Session, entity: str, entity_id: int) -> list[RegisterVersion]:
    return list(session.exec(select(RegisterVersion).where(RegisterVersion.entity == entity,
                                                           RegisterVersion.entity_id == entity_id)
                             .order_by(RegisterVersion.version)))


def change_view(session: Session, change: ChangeRequest) -> dict[str, Any]:
    agency = session.get(Agency, change.agency_id)
    return {"id": change.id, "token": change.token, "agency": agency.code, "entity": change.entity,
            "action": change.action, "status": change.status, "data": change.data,
            "valid_from": change.valid_from.isoformat() if change.valid_from else None,
            "questions": change.questions, "answered": change.answered, "source": change.source,
            "requested_by": change.requested_by, "decided_by": change.decided_by, "reason": change.reason,
            "version_id": change.version_id, "created_at": change.created_at.isoformat()}


# ---------------------------------------------------------------- e-mails

def _describe(change: ChangeRequest) -> str:
    d = change.data or {}
    what = {"article": f"{d.get('code') or ''} {d.get('name') or ''}".strip(),
            "customer": d.get("name") or d.get("customer_number") or d.get("org_no") or "",
            "einvoice_address": d.get("customer_number") or d.get("org_no") or ""}[change.entity]
    return f"{change.entity} {change.action}: {what}".strip()


def _question_mail(session: Session, agency: Agency, change: ChangeRequest) -> MailNotice | None:
    """The round's question mail to whoever asked, in the one outbox (core.platform.correspondence.record_notice)."""

    if not change.requested_by:
        return None
    lang = registers.agency_language(agency)
    texts = QUESTION_TEXT[lang]
    lines = [f"{n}. {texts.get(p, p)} ({p})" for n, p in enumerate(change.questions, 1)]
    body = (f"{_describe(change)}\n\n" + "\n".join(lines) +
            "\n\nSvara ovanför denna rad / Vastaa tämän rivin yläpuolelle / Reply above this line.\n")
    return correspondence.record_notice(session, agency, "md_questions", f"{change.token}.{change.question_round}",
                         change.requested_by, change_id=change.id, round=change.question_round,
                         subject=f"[{change.token}] {SUBJECT[lang]}", body=body,
                         in_reply_to=change.thread_message_id)
