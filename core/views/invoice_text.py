"""What a clerk's search text on the invoice list stands for, as conditions on the invoices: an exact identifier
first — an invoice number, an OCR/RF reference, an organisation or customer number, a buyer's or order reference,
each through its index within the user's agencies — and only then the customers whose name holds the text
(core.billing.search)."""
from __future__ import annotations

import functools
import re
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.billing import search
from core.billing.models import Invoice
from core.registers.models import Customer

_inv = Invoice.__table__.c


def _customer_ids(session: Session, text: str, by_number: bool) -> tuple[str, list[int]] | None:
    """Customers named exactly by an identifier: an org/personal number, or (`by_number`: known to exist) the
    customer number."""
    cust = Customer.__table__.c
    if re.fullmatch(r"\d{6,8}[-+]?\d{4}", text):
        digits = re.sub(r"\D", "", text)
        variants = {text, digits, f"{digits[:-4]}-{digits[-4:]}"}
        ids = list(session.execute(sa.select(cust.id).where(cust.org_no.in_(variants))).scalars())
        if ids:
            return "org_no", ids
    ids = list(session.execute(sa.select(cust.id).where(cust.customer_number == text)).scalars()) if by_number else []
    if ids:
        return "customer_number", ids
    return None


@functools.lru_cache(maxsize=256)
def _identifier_statement(ids: tuple[int, ...]) -> sa.CompoundSelect:
    """Which exact identifiers the text is, in one round trip (each an index look-up within the agencies)."""
    text, ref = sa.bindparam("text", type_=sa.String()), sa.bindparam("ref", type_=sa.String())
    mine = _inv.agency_id.in_(ids)
    cust = Customer.__table__.c

    def kind(name: str, where: sa.ColumnElement[bool]) -> sa.Select[Any]:
        return sa.select(sa.literal(name, sa.String()).label("kind")).where(where)

    return sa.union_all(
        kind("number", sa.exists().where(mine, _inv.number == text)),
        kind("reference", sa.exists().where(mine, _inv.reference == ref)),
        kind("customer_number", sa.exists().where(cust.customer_number == text)),
        # each reference its own look-up: as one OR beside the agency condition SQLite (without statistics) read
        # the agency's every invoice through an agency index (1.5-4.5 s at 1,000,000 for any name typed)
        kind("buyer_reference", sa.exists().where(mine, _inv.buyer_reference == text)),
        kind("buyer_reference", sa.exists().where(mine, _inv.order_reference == text)))


NOTHING = sa.false()  # a condition no invoice meets: the page is empty without asking the database
# A name search stands for at most this many customers (the lowest ids: the same on every page). A text that more
# names hold ("AB", "Oy", "kommun") is cut there and taken as NAME_CUT: the list says so, counts "N+" without
# totals and tells the clerk how to narrow it. Kept for speed: the invoices of a list of customers are found through
# the customer index (ms at 1,000,000 invoices); a word most of a centre's customers share, uncapped, is the whole
# centre sorted per page — and what the clerk wants then is a customer, which more of the name finds.
CUSTOMER_LIMIT = 500
NAME_CUT = "name+"


def _name_ids(session: Session, text: str) -> tuple[list[int], bool]:
    """Customers whose name holds the text, case ignored, through the name search index (core.billing.search), and
    whether there were more than CUSTOMER_LIMIT."""
    ids = search.customer_ids(session, text, CUSTOMER_LIMIT + 1)
    return ids[:CUSTOMER_LIMIT], len(ids) > CUSTOMER_LIMIT


def conditions(session: Session, ids: list[int], text: str) -> tuple[list[sa.ColumnElement[bool]], str]:
    """The conditions the search text stands for, and what it was taken as: an exact identifier first (each
    through its index, within the user's agencies), then the customer's name."""
    compact = re.sub(r"\s", "", text).upper()
    found = set(session.connection().execute(_identifier_statement(tuple(ids)), {"text": text, "ref": compact})
                .scalars())
    if "number" in found:
        return [_inv.number == text], "number"
    if compact and "reference" in found:
        return [_inv.reference == compact], "reference"
    by_customer = _customer_ids(session, text, "customer_number" in found)
    if by_customer:
        return [_inv.customer_id.in_(by_customer[1])], by_customer[0]
    if "buyer_reference" in found:
        return [sa.or_(_inv.buyer_reference == text, _inv.order_reference == text)], "buyer_reference"
    names, cut = _name_ids(session, text)
    return [_inv.customer_id.in_(names) if names else NOTHING], NAME_CUT if cut else "name"
