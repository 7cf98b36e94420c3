"""Checking a master-data change before anyone acts on it: its data normalised (identifiers via
core.kernel.identifiers, VAT codes via core.kernel.vat, amounts and addresses via core.requests.values), what is
still missing (the question paths), and what is wrong rather than missing (a ValidationError naming the path) or
a duplicate (a DomainError: the article or customer exists already, or the same change is already waiting).

Question paths: data.code, data.name, data.vat_code, data.unit_price, data.customer (which customer),
data.org_no, data.address, data.peppol_id.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.kernel import vat
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.identifiers import normalize_org_no, normalize_peppol, normalize_vat_no
from core.registers import register as registers
from core.registers.models import Agency, Article, Customer
from core.requests.models import ChangeRequest
from core.requests.values import address_parts, amount_text, blank

ENTITIES = ("article", "customer", "einvoice_address")
ACTIONS = ("create", "update")
ARTICLE_KEYS = ("code", "name", "unit", "unit_price", "vat_code", "revenue_account")
CUSTOMER_KEYS = ("customer_number", "name", "org_no", "vat_no", "country", "private", "street", "postal_code",
                 "city", "email", "contact", "peppol_id", "language")
EINVOICE_KEYS = ("customer_number", "org_no", "peppol_id")
PATHS = ("data.code", "data.name", "data.vat_code", "data.unit_price", "data.customer", "data.org_no",
         "data.address", "data.peppol_id")
OPEN_STATUSES = ("waiting_for_answer", "pending_approval")


def check(session: Session, agency: Agency, change: ChangeRequest) -> tuple[dict[str, Any], list[str]]:
    """(normalised data, open question paths). Raises ValidationError (naming the path) for a value that is
    wrong rather than missing, and DomainError for a duplicate. Sets the change's target (the article or
    customer an update or e-invoice address is for)."""
    data = dict(change.data or {})
    qs: list[str] = []
    if change.entity == "article":
        data = _check_article(session, agency, change, data, qs)
    elif change.entity == "customer":
        data = _check_customer(session, agency, change, data, qs)
    elif change.entity == "einvoice_address":
        data = _check_einvoice(session, agency, change, data, qs)
    else:
        raise ValidationError(f"unknown entity {change.entity!r} ({'|'.join(ENTITIES)})", "entity")
    if _pending_duplicate(session, change, data):
        raise DomainError("the same change is already waiting (see `reskontra masterdata list`)", "data")
    return data, list(dict.fromkeys(qs))


def _check_article(session: Session, agency: Agency, change: ChangeRequest, data: dict[str, Any],
                   qs: list[str]) -> dict[str, Any]:
    on = change.valid_from or dt.date.today()
    data = {k: v for k, v in data.items() if k in ARTICLE_KEYS + ("vat_rate",)}
    if "vat_rate" in data:
        rate = data.pop("vat_rate")
        if blank(data.get("vat_code")):
            data["vat_code"] = rate
    art = _find_article(session, agency, data.get("code"))
    if blank(data.get("code")):
        qs.append("data.code")
    if change.action == "create" and art is not None:
        raise DomainError(f"article {art.code} is already in {agency.code}'s register (ask for a change)",
                          "data.code")
    if change.action == "update" and art is None and not blank(data.get("code")):
        raise ValidationError(f"article {data.get('code')!r} is not in {agency.code}'s register", "data.code")
    change.target_id = art.id if art else None
    if change.action == "create" and blank(data.get("name")):
        qs.append("data.name")
    if "vat_code" in data or change.action == "create":
        if blank(data.get("vat_code")):
            qs.append("data.vat_code")
        else:
            data["vat_code"] = vat.code_of(agency.country, data["vat_code"], on, "data.vat_code")
    if not blank(data.get("unit_price")):
        data["unit_price"] = str(Decimal(amount_text(data["unit_price"], "data.unit_price")))
    elif "unit_price" in data and change.action == "update":
        qs.append("data.unit_price")
    if not blank(data.get("revenue_account")) and not re.fullmatch(r"\d{4}", str(data["revenue_account"])):
        raise ValidationError(f"a revenue account has 4 digits: {data['revenue_account']!r}", "data.revenue_account")
    if change.action == "update" and not [k for k in data if k != "code"]:
        raise ValidationError("nothing to change", "data")
    return data


def _check_customer(session: Session, agency: Agency, change: ChangeRequest, data: dict[str, Any],
                    qs: list[str]) -> dict[str, Any]:
    data = {k: v for k, v in _flatten_customer(data).items() if k in CUSTOMER_KEYS}
    target = _find_customer(session, agency, data)
    private = bool(data.get("private"))
    country = data.get("country") or (target.country if target else None) or agency.country
    data["country"] = country
    _normalise_identifiers(data, country, private, qs)
    if change.action == "update":
        if target is None:
            qs.append("data.customer")
        change.target_id = target.id if target else None
        return data
    dupe = session.exec(select(Customer).where(Customer.org_no == data["org_no"])).first() \
        if data.get("org_no") else None
    if dupe is not None:
        raise DomainError(f"customer {dupe.customer_number} ({dupe.name}) already has this number "
                          "(ask for a change)", "data.org_no")
    if blank(data.get("name")):
        qs.append("data.name")
    if blank(data.get("org_no")) and not (country == "FI" and private) and "data.org_no" not in qs:
        qs.append("data.org_no")
    if not (data.get("street") and data.get("postal_code") and data.get("city")) and blank(data.get("peppol_id")):
        qs.append("data.address")
    return data


def _normalise_identifiers(data: dict[str, Any], country: str, private: bool, qs: list[str]) -> None:
    """Org number (a question when it is not valid), VAT number and Peppol id in their normal forms."""
    if not blank(data.get("org_no")):
        if country == "FI" and private:
            data.pop("org_no")  # Finnish personal identity numbers are not stored
        else:
            try:
                data["org_no"] = normalize_org_no(country, str(data["org_no"]), private, "data.org_no")
            except ValidationError:
                qs.append("data.org_no")
                data.pop("org_no")
    if not blank(data.get("vat_no")):
        data["vat_no"] = normalize_vat_no(str(data["vat_no"]), "data.vat_no")
    if not blank(data.get("peppol_id")):
        data["peppol_id"] = normalize_peppol(data["peppol_id"], "data.peppol_id")


def _check_einvoice(session: Session, agency: Agency, change: ChangeRequest, data: dict[str, Any],
                    qs: list[str]) -> dict[str, Any]:
    data = _flatten_customer(data)
    target = _find_customer(session, agency, data)
    if target is None:
        qs.append("data.customer")
    change.target_id = target.id if target else None
    if blank(data.get("peppol_id")):
        qs.append("data.peppol_id")
    else:
        data["peppol_id"] = normalize_peppol(data["peppol_id"], "data.peppol_id")
    return {k: v for k, v in data.items() if k in EINVOICE_KEYS}


def _find_article(session: Session, agency: Agency, code: Any) -> Article | None:
    if blank(code):
        return None
    return session.exec(select(Article).where(Article.agency_id == agency.id,
                                              Article.code == str(code).strip())).first()


def _find_customer(session: Session, agency: Agency, data: dict[str, Any]) -> Customer | None:
    for key in ("customer_number", "org_no"):
        if not blank(data.get(key)):
            try:
                return registers.find_customer(session, str(data[key]).strip(), agency)
            except NotFound:
                continue
    return None


def _flatten_customer(data: dict[str, Any]) -> dict[str, Any]:
    """Address fields at the top (from an address dict or a one-line address) and the e-invoice address as
    peppol_id."""
    out = dict(data)
    addr = out.pop("address", None)
    if isinstance(addr, dict):
        for k in ("street", "postal_code", "city"):
            if addr.get(k) and not out.get(k):
                out[k] = addr[k]
    elif isinstance(addr, str) and addr.strip():
        out.update(address_parts(addr))
    einv = out.pop("einvoice_address", None)
    if einv and not out.get("peppol_id"):
        out["peppol_id"] = einv
    return out


def _pending_duplicate(session: Session, change: ChangeRequest, data: dict[str, Any]) -> bool:
    rows = session.exec(select(ChangeRequest).where(
        ChangeRequest.agency_id == change.agency_id, ChangeRequest.entity == change.entity,
        col(ChangeRequest.status).in_(OPEN_STATUSES))).all()
    return any(r.id != change.id and r.data == data and r.valid_from == change.valid_from for r in rows)
