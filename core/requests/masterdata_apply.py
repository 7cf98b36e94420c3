"""Applying an approved master-data change to the registers, versioned.

Every applied change is a RegisterVersion (before/after, who, when, source, request). Issued invoices are never
rewritten: an invoice keeps its customer snapshot and its lines their own description and price. A price change
with a valid-from date becomes a dated price (ArticlePrice, read by core.registers.pricing) so that what was
supplied before it keeps its price; without a date the register's price changes.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from core.kernel import vat
from core.kernel.errors import NotFound
from core.registers import register as registers
from core.registers.models import Agency, Article, ArticlePrice, Customer, RegisterVersion
from core.requests.models import ChangeRequest
from core.requests.values import blank

CUSTOMER_FIELDS = ("name", "vat_no", "street", "postal_code", "city", "email", "peppol_id", "language", "org_no")
ADDRESS_FIELDS = ("street", "postal_code", "city")


def apply_change(session: Session, agency: Agency, change: ChangeRequest, data: dict[str, Any],
                 actor: str) -> RegisterVersion:
    """Apply the change's checked `data` (core.requests.masterdata_check) to its article or customer."""
    if change.entity == "article":
        return _apply_article(session, agency, change, data, actor)
    return _apply_customer(session, change, data, actor)


def _apply_article(session: Session, agency: Agency, change: ChangeRequest, data: dict[str, Any],
                   actor: str) -> RegisterVersion:
    art = session.get(Article, change.target_id) if change.target_id else None
    before = _article_dict(art) if art else None
    if art is None:
        if agency.id is None:
            raise NotFound("the agency is not in the register", "agency")
        art = Article(agency_id=agency.id, code=data["code"], name=data["name"], unit=data.get("unit") or "st",
                      vat_code=data["vat_code"], vat_rate=Decimal("0"))
    for key in ("name", "unit", "revenue_account"):
        if not blank(data.get(key)):
            setattr(art, key, data[key])
    if data.get("vat_code"):
        art.vat_code = data["vat_code"]
        art.vat_rate = vat.rate_for(agency.country, art.vat_code, change.valid_from or dt.date.today())
    price = Decimal(data["unit_price"]) if not blank(data.get("unit_price")) else None
    if price is not None and change.valid_from is None:
        art.unit_price = price
    session.add(art)
    session.flush()
    assert art.id is not None  # flushed above
    after = _article_dict(art)
    if price is not None and change.valid_from is not None:
        _dated_price(session, art.id, change, change.valid_from, price)
        after["price_from"] = {"valid_from": change.valid_from.isoformat(), "unit_price": str(price)}
    return _version(session, "article", art.id, change, before, after, actor)


def _dated_price(session: Session, article_id: int, change: ChangeRequest, valid_from: dt.date,
                 price: Decimal) -> None:
    """The article's price from `valid_from` on (replacing one given for the same day)."""
    row = session.exec(select(ArticlePrice).where(ArticlePrice.article_id == article_id,
                                                  ArticlePrice.valid_from == valid_from)).first() \
        or ArticlePrice(article_id=article_id, valid_from=valid_from, unit_price=price)
    row.unit_price, row.change_id = price, change.id
    session.add(row)


def _apply_customer(session: Session, change: ChangeRequest, data: dict[str, Any], actor: str) -> RegisterVersion:
    cust = session.get(Customer, change.target_id) if change.target_id else None
    before = _customer_dict(cust) if cust else None
    if change.entity == "einvoice_address":
        if cust is None:
            raise NotFound(f"change {change.token} names no customer of the register", "data.customer")
        cust.peppol_id = data["peppol_id"]
    elif cust is None:
        payload = {k: v for k, v in data.items() if k not in (*ADDRESS_FIELDS, "contact", "customer_number")}
        payload["address"] = {k: data.get(k) for k in ADDRESS_FIELDS if data.get(k)}
        cust = registers.upsert_customer(session, payload, actor, source=change.source)
    else:
        for key in CUSTOMER_FIELDS:
            if not blank(data.get(key)):
                setattr(cust, key, data[key])
        if isinstance(data.get("contact"), dict) and data["contact"].get("email"):
            cust.email = data["contact"]["email"]
    session.add(cust)
    session.flush()
    assert cust.id is not None  # flushed above
    after = _customer_dict(cust)
    if data.get("contact"):
        after["contact"] = data["contact"]
    return _version(session, "customer", cust.id, change, before, after, actor)


def _version(session: Session, entity: str, entity_id: int, change: ChangeRequest, before: dict[str, Any] | None,
             after: dict[str, Any], actor: str) -> RegisterVersion:
    version = RegisterVersion(entity=entity, entity_id=entity_id, version=_next_version(session, entity, entity_id),
                              change_id=change.id, before=before, after=after, valid_from=change.valid_from,
                              actor=actor, source=change.source)
    session.add(version)
    session.flush()
    return version


def _next_version(session: Session, entity: str, entity_id: int) -> int:
    rows = session.exec(select(RegisterVersion.version).where(RegisterVersion.entity == entity,
                                                              RegisterVersion.entity_id == entity_id)).all()
    return max(rows, default=0) + 1


def _article_dict(a: Article) -> dict[str, Any]:
    return {"code": a.code, "name": a.name, "unit": a.unit,
            "unit_price": None if a.unit_price is None else str(a.unit_price), "vat_code": a.vat_code,
            "vat_rate": str(a.vat_rate), "revenue_account": a.revenue_account, "active": a.active}


def _customer_dict(c: Customer) -> dict[str, Any]:
    return {k: getattr(c, k) for k in ("customer_number", "kind", "name", "org_no", "vat_no", "country", "street",
                                       "postal_code", "city", "language", "email", "peppol_id")}


def compared(session: Session, change: ChangeRequest) -> list[dict[str, Any]]:
    """Each value the change gives, beside what the register holds for it: `field`, `old` (None for a new
    article or customer, or a field it has no value for), `new`, `changed`. Before approval "old" is the register
    now; once applied, the version's "before" (what the change replaced). A clerk approving an address change saw
    only the new address and could not tell which of its fields the agency had changed."""
    before = _before(session, change)
    rows = []
    for key, new in (change.data or {}).items():
        if blank(new) or isinstance(new, dict | list):
            continue
        old = None if before is None else before.get(key)
        rows.append({"field": key, "old": old, "new": new, "changed": before is not None and _differs(old, new)})
    return rows


def _before(session: Session, change: ChangeRequest) -> dict[str, Any] | None:
    if change.version_id is not None:
        version = session.get(RegisterVersion, change.version_id)
        return version.before if version is not None else None
    if change.target_id is None:
        return None
    if change.entity == "article":
        art = session.get(Article, change.target_id)
        return _article_dict(art) if art else None
    cust = session.get(Customer, change.target_id)
    return _customer_dict(cust) if cust else None


def _differs(old: Any, new: Any) -> bool:
    """Values as the register and a change write them (a price as "1250.00" or "1250.5", a name with a stray
    space): the same value is no change."""
    try:
        return Decimal(str(old)) != Decimal(str(new))
    except (ArithmeticError, ValueError):
        return str(old if old is not None else "").strip() != str(new).strip()
