"""Payments entered in the browser (issue #15): a bank file uploaded on the payments page is imported once and
its result read in words; a rejected file shows its reason and stores nothing; a payment registered by hand lowers
the invoice's open amount and its page shows where it went."""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from sqlmodel import Session, col, func, select

from core.billing.models import Invoice
from core.payments.models import Allocation, BankFileRecord, Payment
from tests.payments.helpers import HYDRO_BG, VESI_IBAN, bgmax, camt, pay

TODAY = dt.date.today()


def _english(client):
    """The pages in English, whatever the user's language (the assertions read English words)."""
    client.post("/language", data={"lang": "en"})
    return client


def _open_invoice(engine, agency_id: int) -> Invoice:
    with Session(engine) as s:
        return s.exec(select(Invoice).where(Invoice.agency_id == agency_id, Invoice.status == "issued",
                                            Invoice.open_amount > 10).order_by(col(Invoice.id))).first()


def _upload(client, raw: bytes, name: str = "bgmax.txt"):
    return client.post("/payments/import", data={"file": (io.BytesIO(raw), name), "format": ""},
                       content_type="multipart/form-data")


def _count(engine, model) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_bank_file_upload_matches_and_shows_the_result(as_user, world, clean_db):
    inv = _open_invoice(clean_db, world["HYDRO-SE"]["agency"])
    raw = bgmax([pay(inv.open_amount, inv.reference), pay("123.45", "")], day=TODAY)
    clerk = _english(as_user("clerk"))
    assert "/payments/import" in clerk.get("/payments/").get_data(as_text=True)
    r = _upload(clerk, raw)
    page = r.get_data(as_text=True)
    assert r.status_code == 200, page[:2000]
    with Session(clean_db) as s:
        after = s.get(Invoice, inv.id)
        assert after.open_amount == Decimal("0.00") and after.status == "paid"
        assert s.exec(select(func.count()).select_from(Payment).where(Payment.bank_file_id.is_not(None))).one() == 2
    assert "by reference number" in page and 'id="unmatched">1' in page
    assert "/payments/?status=open" in page  # the unmatched queue
    assert format(inv.open_amount + Decimal("123.45"), ",.2f") in page
    again = _upload(clerk, raw).get_data(as_text=True)
    assert "already imported" in again and 'id="duplicates">2' in again
    assert _count(clean_db, BankFileRecord) == 1


def test_camt054_upload_for_the_finnish_agency(as_user, world, clean_db):
    inv = _open_invoice(clean_db, world["VESI-FI"]["agency"])
    raw = camt(VESI_IBAN, [{"amount": str(inv.open_amount), "ref": inv.reference, "name": "Asiakas Oy"}], day=TODAY)
    r = _upload(_english(as_user("clerkvesi")), raw, "camt.xml")
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "camt.054" in page and "by reference number" in page, page[:2000]
    with Session(clean_db) as s:
        assert s.get(Invoice, inv.id).open_amount == Decimal("0.00")


def test_rejected_bank_file_stores_nothing(as_user, world, clean_db):
    raw = bgmax([pay("100.00", "")], day=TODAY)
    broken = raw.replace(b"\r\n70", b"\r\n70" + b"9", 1)[:-10]  # the control record no longer adds up
    before = (_count(clean_db, Payment), _count(clean_db, BankFileRecord))
    r = _upload(_english(as_user("clerk")), broken, "broken.txt")
    page = r.get_data(as_text=True)
    assert r.status_code == 400 and "broken.txt rejected" in page and "nothing was imported" in page
    assert (_count(clean_db, Payment), _count(clean_db, BankFileRecord)) == before


def test_bank_file_of_another_agency_is_refused(as_user, world, clean_db):
    raw = bgmax([pay("100.00", "")], bankgiro=HYDRO_BG, day=TODAY)
    before = _count(clean_db, Payment)
    r = _upload(_english(as_user("clerkvesi")), raw)
    assert r.status_code == 400 and "HYDRO-SE" in r.get_data(as_text=True)
    assert _count(clean_db, Payment) == before and _count(clean_db, BankFileRecord) == 0


def test_register_payment_by_hand_lowers_the_open_amount(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    inv = _open_invoice(clean_db, w["agency"])
    clerk = _english(as_user("clerk"))
    r = clerk.post("/payments/register", data={"agency": w["agency"], "amount": "10,50", "date": TODAY.isoformat(),
                                               "invoice": inv.number, "payer": "Kund AB"})
    assert r.status_code == 302, r.get_data(as_text=True)[:2000]
    with Session(clean_db) as s:
        assert s.get(Invoice, inv.id).open_amount == inv.open_amount - Decimal("10.50")
        p = s.exec(select(Payment).where(Payment.kind == "manual")).one()
        assert p.amount == Decimal("10.50") and p.payer_name == "Kund AB"
        alloc = s.exec(select(Allocation).where(Allocation.payment_id == p.id)).one()
        assert alloc.invoice_id == inv.id and alloc.amount == Decimal("10.50")
    page = clerk.get(r.headers["Location"]).get_data(as_text=True)
    assert f">{inv.number}</a>" in page and "10.50" in page


def test_register_payment_bad_input_names_the_field(as_user, world, clean_db):
    w = world["HYDRO-SE"]
    clerk = _english(as_user("clerk"))
    r = clerk.post("/payments/register", data={"agency": w["agency"], "amount": "10,50", "date": TODAY.isoformat(),
                                               "invoice": "NO-SUCH-1"})
    assert r.status_code == 400 and "NO-SUCH-1" in r.get_data(as_text=True)
    r = clerk.post("/payments/register", data={"agency": w["agency"], "amount": "tio", "date": TODAY.isoformat()})
    assert r.status_code == 400 and "e.g. 1250.50" in r.get_data(as_text=True)
    assert _count(clean_db, Payment) == 2  # the two of the fixture only
    vesi = world["VESI-FI"]["agency"]
    r = _english(as_user("clerkhydro")).post("/payments/register", data={"agency": vesi, "amount": "5",
                                                               "date": TODAY.isoformat()})
    assert r.status_code == 400  # not a choice for a HYDRO clerk
    assert _count(clean_db, Payment) == 2


def test_rejection_reasons_in_the_clerks_language(as_user, world, clean_db):
    """A cut-off BgMax file, a camt.054 entry whose amount is not its transactions' sum and a file that is no
    bank file: the clerk reads why in Swedish (Finnish) — not the parser's English."""
    raw = bgmax([pay("100.00", "")], day=TODAY)
    cut = raw[:raw.rindex(b"\r\n70")]  # the end record is gone
    bad_sum = camt(VESI_IBAN, [{"amount": "10.00", "ref": "RF18539007547034", "name": "A"}], day=TODAY).replace(
        b'<Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>',
        b'<Amt Ccy="EUR">11.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>', 1)
    cases = {"sv": [(cut, "filen är avkortad: slutet saknas"), (b"hello", "ingen bankfil som Reskontra läser")],
             "fi": [(bad_sum, "kirjauksen summa ei ole sen tapahtumien summa")]}
    for lang, files in cases.items():
        client = as_user("clerk")
        with client.session_transaction() as sess:
            sess["lang"] = lang
        for raw_file, words in files:
            page = _upload(client, raw_file, "f.txt").get_data(as_text=True)
            assert words in page, (lang, words, page[page.find("rejected") - 200:][:600])
            assert "truncated" not in page and "unknown bank file format" not in page
    assert _count(clean_db, BankFileRecord) == 0
