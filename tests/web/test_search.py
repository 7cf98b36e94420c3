"""The invoice list's name search (issue #15, item 4): any part of a customer's name, case ignored, found through
the database's index (SQLite FTS5 trigram, PostgreSQL pg_trgm), kept up to date when a name changes, and only
ever within the user's agencies; exact identifiers still win."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session

from core.billing import search
from core.billing.models import Invoice
from core.registers import register as registers
from core.registers.models import Customer
from core.views import invoice_list


def _own_customers(engine, world) -> dict[str, tuple[int, int, str]]:
    """Per agency a customer of its own with a name to search for, holding that agency's first invoice:
    agency code -> (customer id, invoice id, invoice number)."""
    out = {}
    with Session(engine) as s:
        for code, name in (("HYDRO-SE", "Qwertzu Hydrotestbolaget AB"), ("VESI-FI", "Qwertzu Vesitestiyhtiö Oy")):
            cust = registers.upsert_customer(s, {"name": name, "country": code[-2:]})
            s.flush()
            inv = s.get(Invoice, world[code]["invoice"])
            inv.customer_id = cust.id
            out[code] = (cust.id, inv.id, inv.number)
        s.commit()
    return out


def _ids(page) -> set[int]:
    return {r.id for r in page.rows}


def test_partial_name_found_through_the_index_within_the_users_agencies(world, clean_db, as_user):
    own = _own_customers(clean_db, world)
    both = {world["HYDRO-SE"]["agency"], world["VESI-FI"]["agency"]}
    with Session(clean_db) as s:
        assert set(search.customer_ids(s, "ERTZU HYDROTEST")) == {own["HYDRO-SE"][0]}  # middle of the name, case
        assert set(search.customer_ids(s, "qwertzu")) == {own["HYDRO-SE"][0], own["VESI-FI"][0]}
        assert search.customer_ids(s, "testiyhtiö") == [own["VESI-FI"][0]]  # not ASCII
        assert search.customer_ids(s, "Qw") == sorted(search.customer_ids(s, "Qw")) and \
            {own["HYDRO-SE"][0], own["VESI-FI"][0]} <= set(search.customer_ids(s, "Qw"))  # short: the beginning
        assert search.customer_ids(s, 'zu "Hydro') == [] and search.customer_ids(s, "50%") == []  # quoted, escaped
        page = invoice_list.page(s, both, invoice_list.Filters(text="wertzu"))
        assert page.matched_by == "name" and _ids(page) == {own["HYDRO-SE"][1], own["VESI-FI"][1]}
        only_hydro = invoice_list.page(s, {world["HYDRO-SE"]["agency"]}, invoice_list.Filters(text="wertzu"))
        assert _ids(only_hydro) == {own["HYDRO-SE"][1]}
        exact = invoice_list.page(s, {world["VESI-FI"]["agency"]}, invoice_list.Filters(text=own["VESI-FI"][2]))
        assert exact.matched_by == "number" and own["VESI-FI"][1] in _ids(exact)
    hydro = as_user("clerkhydro").get("/invoices/?q=wertzu").get_data(as_text=True)
    vesi = as_user("clerkvesi").get("/invoices/?q=wertzu").get_data(as_text=True)
    link = {code: f'href="/invoices/{own[code][1]}"' for code in own}  # numbers are per agency: the ids tell
    assert link["HYDRO-SE"] in hydro and link["VESI-FI"] not in hydro
    assert link["VESI-FI"] in vesi and link["HYDRO-SE"] not in vesi


def test_the_index_follows_a_renamed_and_a_removed_customer(world, clean_db):
    own = _own_customers(clean_db, world)
    cid = own["HYDRO-SE"][0]
    with Session(clean_db) as s:
        s.execute(sa.update(Customer.__table__).where(Customer.__table__.c.id == cid)
                  .values(name="Ympyräinen Kauppa AB"))
        extra = registers.upsert_customer(s, {"name": "Kortlivad Kund AB", "country": "SE"})
        s.commit()
        assert search.customer_ids(s, "ympyräinen") == [cid] and search.customer_ids(s, "hydrotest") == []
        assert search.customer_ids(s, "tlivad") == [extra.id]
        s.execute(sa.delete(Customer.__table__).where(Customer.__table__.c.id == extra.id))
        s.commit()
        assert search.customer_ids(s, "tlivad") == []


def test_exact_identifiers_come_before_the_name(world, clean_db):
    ids = {world["HYDRO-SE"]["agency"], world["VESI-FI"]["agency"]}
    with Session(clean_db) as s:
        inv = s.get(Invoice, world["HYDRO-SE"]["invoice"])
        cust = s.get(Customer, inv.customer_id)
        numbers = set(s.execute(sa.select(Invoice.__table__.c.number)).scalars())
        cases = [(inv.number, "number"), (inv.reference.lower(), "reference"),  # OCR typed in lower case
                 (cust.customer_number, "number" if cust.customer_number in numbers else "customer_number")]
        if cust.org_no:
            cases.append((cust.org_no, "org_no"))
        for text, kind in cases:
            page = invoice_list.page(s, ids, invoice_list.Filters(text=text))
            assert page.matched_by == kind and inv.id in {r.id for r in page.rows}, (text, kind)
        nobody = invoice_list.page(s, ids, invoice_list.Filters(text="no such name or number"))
        assert nobody.matched_by == "name" and nobody.rows == [] and nobody.count == 0


def test_two_letters_find_a_word_inside_the_name_on_the_list_page(world, clean_db, as_user):
    """A clerk types "Oy" and expects every customer with a word beginning so ("Kustannus Oy Lehtipuu"), not only
    the names that begin with it, and not a name that merely holds the letters inside a word ("Toyota")."""
    with Session(clean_db) as s:
        invoices = {}
        for name in ("Kustannus Oy Lehtipuu", "Lehtipuu-Oy Kirjapaino", "Toyota Suomi Ab"):
            cust = registers.upsert_customer(s, {"name": name, "country": "FI"})
            s.flush()
            inv = Invoice(agency_id=world["VESI-FI"]["agency"], customer_id=cust.id, kind="invoice",
                          status="issued", number=f"OY-{len(invoices)}", invoice_date=dt.date(2026, 3, 2),
                          due_date=dt.date(2026, 4, 1), currency="EUR", total=Decimal("80.00"),
                          open_amount=Decimal("80.00"), customer_snapshot={"name": name})
            s.add(inv)
            s.flush()
            invoices[name] = inv.id
        s.commit()
    page = as_user("clerkvesi").get("/invoices/?q=Oy").get_data(as_text=True)
    assert f'href="/invoices/{invoices["Kustannus Oy Lehtipuu"]}"' in page
    assert f'href="/invoices/{invoices["Lehtipuu-Oy Kirjapaino"]}"' in page
    assert f'href="/invoices/{invoices["Toyota Suomi Ab"]}"' not in page
