"""Register maintenance: agencies, the central customer register, articles; loading the registry JSON format
(`../shared/corpus/intake/registry.json`). Every identifier is validated; loading is idempotent (upsert by key)."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.kernel import parties, vat
from core.kernel.endpoints import check_peppol_id
from core.kernel.errors import NotFound, ValidationError
from core.kernel.identifiers import normalize_org_no, normalize_vat_no
from core.kernel.jsonenc import number_str
from core.kernel.types import stored_id
from core.kernel.vocabulary import CHARTS, DEFAULT_CHART
from core.platform import audit, numbering
from core.platform.db import get_row
from core.registers.models import Agency, AgencyCustomer, AgencySender, Article, Customer

AGENCY_FIELDS = ("name", "country", "currency", "language", "bankgiro", "iban", "bic", "intake_address",
                 "payment_terms_days", "reference_kind", "auto_issue", "invoice_number_start",
                 "reminder_grace_days", "reminder_fee_agreed", "max_reminders_per_invoice", "interest_enabled",
                 "collection_days", "invoicing_schedule", "b2b_interest", "interest_on_open", "batch_policy",
                 "max_days_ahead")
MONEY_FIELDS = ("reminder_min_amount", "reminder_fee", "interest_threshold", "max_invoice_amount",
                "max_line_quantity")


def upsert_agency(session: Session, data: dict[str, Any], actor: str = "system") -> Agency:
    code = data["code"]
    country = data["country"]
    agency = session.exec(select(Agency).where(Agency.code == code)).first() or Agency(code=code, name=data["name"],
                                                                                    country=country, org_no="")
    agency.org_no = normalize_org_no(country, data["org_no"], field="agency.org_no")
    if data.get("vat_no"):
        agency.vat_no = normalize_vat_no(data["vat_no"], "agency.vat_no")
    for key in AGENCY_FIELDS:
        if key in data and data[key] is not None:
            setattr(agency, key, data[key])
    for key in MONEY_FIELDS + ("default_vat_rate",):
        if data.get(key) is not None:
            setattr(agency, key, Decimal(str(data[key])))
    if "reference_kind" not in data:
        agency.reference_kind = "ocr" if country == "SE" else "fi"
    if "currency" not in data:
        agency.currency = "SEK" if country == "SE" else "EUR"
    addr = data.get("address") or {}
    agency.street, agency.postal_code, agency.city = addr.get("street"), addr.get("postal_code"), addr.get("city")
    if data.get("accounts"):
        agency.accounts = dict(data["accounts"])
    agency.accounts = {**(agency.accounts or {}), "chart": _chart(data, agency)}
    if data.get("fiscal_year_start_month") is not None:
        agency.fiscal_year_start_month = _month(data["fiscal_year_start_month"])
    if "reference_prefix" in data:
        agency.reference_prefix = check_reference_prefix(data["reference_prefix"])
    _check_series(agency.reference_kind, int(agency.invoice_number_start or 1))
    _check_own_account(session, agency)
    session.add(agency)
    session.flush()
    agency_id = stored_id(agency)
    numbering.ensure_series(session, agency_id, "invoice", agency.invoice_number_start)
    numbering.ensure_series(session, agency_id, "voucher:A", 1)
    for email in data.get("allowed_senders", []):
        email = email.strip().lower()
        if not session.exec(select(AgencySender).where(AgencySender.agency_id == agency_id,
                                                       AgencySender.email == email)).first():
            session.add(AgencySender(agency_id=agency_id, email=email))
    audit.record(session, actor, "agency.upsert", "agency", agency_id, agency_id, "registry", code=code)
    return agency


def _chart(data: dict[str, Any], agency: Agency) -> str:
    """The agency's chart of accounts (core.ledger.charts): the registry's "chart", else the one it has, else the
    country's default (BAS for Swedish agencies, the Finnish chart for Finnish ones)."""
    chart = str(data.get("chart") or (agency.accounts or {}).get("chart") or DEFAULT_CHART.get(agency.country, "bas"))
    if chart.strip().lower() not in CHARTS:
        raise ValidationError(f"unknown chart of accounts {chart!r}: one of {', '.join(CHARTS)}", "agency.chart")
    return chart.strip().lower()


def _month(value: Any) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 12:
        raise ValidationError(f"the financial year starts on the first of a month 1-12, not {value!r}",
                              "agency.fiscal_year_start_month")
    return int(text)


# shortest reference base per kind: Finnish viitenumero 3-19 digits + check (Finanssiala, "Kotimaisen viitteen
# rakenneohje"); Swedish OCR 2-25 digits including the check (and length) digit (Bankgirot)
_MIN_BASE = {"fi": 3, "rf": 3, "ocr": 1, "ocr_length": 1}


def _check_series(kind: str, start: int) -> None:
    """The invoice number is the reference's base: a series too short for the agency's reference kind could never
    issue (e.g. a Finnish agency starting below 100)."""
    need = _MIN_BASE.get(kind, 1)
    if len(str(start)) < need:
        raise ValidationError(f"invoice_number_start {start} is too short for {kind} references (the base needs at "
                              f"least {need} digits): start at {10 ** (need - 1)} or higher",
                              "agency.invoice_number_start")


def check_reference_prefix(value: Any, field: str = "agency.reference_prefix") -> str | None:
    """An agency's reference prefix: 1-3 digits, the first not 0 (references are compared without leading zeros,
    core.payments.reference_keys); empty for none."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    if not re.fullmatch(r"[1-9][0-9]{0,2}", text):
        raise ValidationError(f"reference prefix {text!r} must be 1-3 digits not starting with 0", field)
    return text


def _check_own_account(session: Session, agency: Agency) -> None:
    """One bankgiro / IBAN per agency, unless references are unique across the account: two agencies on one
    account that each number their own series issue the same OCR references, and a payment could close the other
    agency's invoice. Agencies may share an account when every one of them has its own reference prefix (digits
    before the invoice number in the reference base) and no prefix begins another: then a reference names one
    agency, and the payment import (core.payments.importing) matches it only against that agency's invoices."""
    sharing = sharing_agencies(session, agency)
    if not sharing:
        return
    kind, number = ("bankgiro", agency.bankgiro) if any(_same_bankgiro(agency, o) for o in sharing) \
        else ("IBAN", agency.iban)
    others = ", ".join(sorted(o.code for o in sharing))
    group = [agency, *sharing]
    missing = sorted(a.code for a in group if not a.reference_prefix)
    if missing:
        raise ValidationError(f"{kind} {number} is already agency {others}'s: one account per agency, or "
                              "references could pay the other agency's invoices — to share it, give every agency "
                              f"on it its own reference_prefix (missing: {', '.join(missing)})",
                              f"agency.{kind.lower()}")
    prefixes = sorted((a.reference_prefix or "", a.code) for a in group)
    for (p1, c1), (p2, c2) in zip(prefixes, prefixes[1:]):
        if p2.startswith(p1):
            raise ValidationError(f"reference prefix {p2} of {c2} begins with {c1}'s prefix {p1}: agencies sharing "
                                  f"{kind} {number} need prefixes that tell their references apart",
                                  "agency.reference_prefix")


def _digits_of(value: str | None) -> str:
    return "".join(ch for ch in value or "" if ch.isdigit())


def _same_bankgiro(a: Agency, b: Agency) -> bool:
    return bool(_digits_of(a.bankgiro)) and _digits_of(a.bankgiro) == _digits_of(b.bankgiro)


def _same_iban(a: Agency, b: Agency) -> bool:
    iban = "".join((a.iban or "").split()).upper()
    return bool(iban) and iban == "".join((b.iban or "").split()).upper()


def sharing_agencies(session: Session, agency: Agency) -> list[Agency]:
    """The other agencies paid to the same bankgiro or IBAN as this one."""
    return [o for o in session.exec(select(Agency).where(col(Agency.code) != agency.code))
            if _same_bankgiro(agency, o) or _same_iban(agency, o)]


def upsert_customer(session: Session, data: dict[str, Any], actor: str = "system",
                    source: str = "registry") -> Customer:
    """Create or update a central customer; identifiers validated, naming the field on error."""
    country = data.get("country") or "SE"
    private = bool(data.get("private")) or data.get("kind") == "private"
    org_no = normalize_org_no(country, data["org_no"], private, "customer.org_no") if data.get("org_no") else None
    vat_no = normalize_vat_no(data["vat_no"], "customer.vat_no") if data.get("vat_no") else None
    number = data.get("customer_number")
    cust = None
    if number:
        cust = session.exec(select(Customer).where(Customer.customer_number == number)).first()
    if cust is None and org_no:
        cust = session.exec(select(Customer).where(Customer.org_no == org_no)).first()
    if cust is None:
        cust = Customer(customer_number=number or next_customer_number(session), name=data["name"])
    cust.name = data.get("name") or cust.name
    cust.kind = "private" if private else data.get("kind", cust.kind if cust.id else "company")
    if not private and is_public_body(country, org_no):
        cust.kind = "public"
    cust.org_no, cust.vat_no, cust.country = org_no, vat_no, country
    if data.get("peppol_id"):
        data = {**data, "peppol_id": check_peppol_id(data["peppol_id"], "customer.peppol_id")}
    elif cust.kind == "public" and not cust.peppol_id and org_no and country == "SE":
        cust.peppol_id = "0007:" + org_no.replace("-", "")  # lag (2018:1277): public bodies receive e-invoices
    addr = data.get("address") or {}
    for key in ("street", "postal_code", "city"):
        if key in addr or key in data:
            setattr(cust, key, addr.get(key, data.get(key)))
    for key in ("email", "peppol_id", "language", "no_reminders", "no_interest"):
        if key in data and data[key] is not None:
            setattr(cust, key, data[key])
    if "language" not in data:
        cust.language = "fi" if country == "FI" else "sv"
    session.add(cust)
    session.flush()
    audit.record(session, actor, "customer.upsert", "customer", cust.id, None, source,
                 customer_number=cust.customer_number, org_no=cust.org_no)
    return cust


def is_public_body(country: str, org_no: str | None) -> bool:
    """A Swedish organisation number in group 2 (first digit 2: the state, regions, municipalities and parishes,
    e.g. 202100-… agencies, 212000-… municipalities, 232100-… regions; SCB's juridisk form groups) is a public
    body, never a company: it is invoiced by Peppol and not handed to debt collection like one."""
    return country == "SE" and bool(org_no) and (org_no or "").startswith("2")


def next_customer_number(session: Session) -> str:
    numbers = [int(n) for n in session.exec(select(Customer.customer_number)).all() if n.isdigit()]
    return str(max(numbers, default=10000) + 1)


def upsert_article(session: Session, data: dict[str, Any], actor: str = "system") -> Article:
    agency = agency_by_code(session, data["agency"])
    art = session.exec(select(Article).where(Article.agency_id == agency.id, Article.code == data["code"])).first() \
        or Article(agency_id=stored_id(agency), code=data["code"], name=data["name"])
    art.name = data["name"]
    art.unit = data.get("unit") or "st"
    art.unit_price = Decimal(str(data["unit_price"])) if data.get("unit_price") is not None else None
    rate = Decimal(str(data.get("vat_rate", agency.default_vat_rate)))
    # a 0 % article of a public authority is outside the scope of VAT (fees for public-authority activity, Directive
    # 2006/112/EC art. 13); "exempt" needs a legal basis and is set explicitly with vat_code
    art.vat_code = data.get("vat_code") or vat.code_for_rate(agency.country, rate, dt.date.today(), "outside")
    if art.vat_code not in vat.ALL_CODES:
        raise ValidationError(f"unknown VAT code {art.vat_code!r}", "article.vat_code")
    art.vat_rate = rate
    if "supply_kind" in data:  # goods | service: decides the VAT for foreign customers (core.billing.place_of_supply)
        kind = (data["supply_kind"] or "").strip().lower() or None
        if kind not in (None, "goods", "service"):
            raise ValidationError(f"supply_kind must be goods or service, not {data['supply_kind']!r}",
                                  "article.supply_kind")
        art.supply_kind = kind
    art.revenue_account = data.get("revenue_account")
    session.add(art)
    session.flush()
    audit.record(session, actor, "article.upsert", "article", art.id, agency.id, "registry", code=art.code)
    return art


def load_registry(session: Session, data: dict[str, Any], actor: str = "system") -> dict[str, int]:
    """Load agencies, customers and articles; all or nothing (the caller's transaction)."""
    counts = {"agencies": 0, "customers": 0, "articles": 0}
    for a in data.get("agencies", []):
        upsert_agency(session, a, actor)
        counts["agencies"] += 1
    for c in data.get("customers", []):
        upsert_customer(session, c, actor)
        counts["customers"] += 1
    for art in data.get("articles", []):
        upsert_article(session, art, actor)
        counts["articles"] += 1
    return counts


def agency_by_code(session: Session, code: str) -> Agency:
    agency = session.exec(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        raise NotFound(f"no agency with code {code!r}", "agency")
    return agency


def get_agency(session: Session, agency_id: int | None) -> Agency:
    """The agency with this id (of an invoice, a payment, a request …); NotFound when there is none."""
    return get_row(session, Agency, agency_id, "agency")


def find_customer(session: Session, ident: str, agency: Agency | None = None) -> Customer:
    """By central customer number, the agency's own number, or org number (as stored, else in any written form
    core.kernel.parties.identify_org_no recognises)."""
    cust = session.exec(select(Customer).where(Customer.customer_number == ident)).first()
    if cust is None and agency is not None:
        link = session.exec(select(AgencyCustomer).where(AgencyCustomer.agency_id == agency.id,
                                                         AgencyCustomer.number == ident)).first()
        cust = session.get(Customer, link.customer_id) if link else None
    if cust is None:
        cust = session.exec(select(Customer).where(Customer.org_no == ident)).first()
    if cust is None:
        org = parties.identify_org_no(ident)
        if org is not None:
            cust = session.exec(select(Customer).where(Customer.org_no == org[0])).first()
    if cust is None:
        raise NotFound(f"no customer {ident!r} in the register", "customer")
    return cust


def allowed_senders(session: Session, agency_id: int) -> list[str]:
    """The agency's allowed senders in the order they were registered (the first is its invoicing contact)."""
    return list(session.exec(select(AgencySender.email).where(AgencySender.agency_id == agency_id)
                             .order_by(col(AgencySender.id))))


def agency_language(agency: Agency) -> str:
    """The language the centre writes to the agency in: its own if sv, fi or en, else English."""
    return agency.language if agency.language in ("sv", "fi", "en") else "en"


_AGENCY_OF_SENDER = (select(Agency).join(AgencySender, col(AgencySender.agency_id) == col(Agency.id))
                     .where(col(AgencySender.email) == sa.bindparam("sender")))


def agency_for_sender(session: Session, email: str) -> Agency | None:
    """The agency whose allowed sender `email` is, in one query (the statement built once)."""
    return session.exec(_AGENCY_OF_SENDER, params={"sender": (email or "").strip().lower()}).first()


def registry_dict(session: Session) -> dict[str, Any]:
    """The registers in the registry JSON shape (what the intake parser reads)."""
    agencies = []
    for a in session.exec(select(Agency).order_by(Agency.code)):
        agencies.append({"code": a.code, "name": a.name, "country": a.country, "org_no": a.org_no,
                         "vat_no": a.vat_no, "currency": a.currency,
                         "default_vat_rate": number_str(a.default_vat_rate),
                         "language": a.language, "bankgiro": a.bankgiro, "iban": a.iban,
                         "intake_address": a.intake_address,
                         "address": {"street": a.street, "postal_code": a.postal_code, "city": a.city,
                                     "country": a.country},
                         "allowed_senders": allowed_senders(session, stored_id(a))})
    customers = [{"customer_number": c.customer_number, "name": c.name, "org_no": c.org_no, "vat_no": c.vat_no,
                  "country": c.country, "email": c.email, "peppol_id": c.peppol_id, "private": c.is_private,
                  "address": {"street": c.street, "postal_code": c.postal_code, "city": c.city,
                              "country": c.country}}
                 for c in session.exec(select(Customer).order_by(Customer.customer_number))]
    codes = {a.id: a.code for a in session.exec(select(Agency))}
    articles = [{"agency": codes[a.agency_id], "code": a.code, "name": a.name, "unit": a.unit,
                 "unit_price": None if a.unit_price is None else number_str(a.unit_price),
                 "vat_rate": number_str(a.vat_rate)}
                for a in session.exec(select(Article).order_by(col(Article.agency_id), col(Article.code)))]
    return {"agencies": agencies, "customers": customers, "articles": articles}
