"""A realistic demo set: two Swedish and one Finnish agency, customers of every kind, articles, and a few
invoices, so the product shows something on first start."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from core.billing import drafting, issuing
from core.billing.models import Invoice
from core.registers import register as registers

DEMO = {
    "agencies": [
        {"code": "HYDRO-SE", "name": "Hydrografiska verket", "country": "SE", "org_no": "202100-6313",
         "vat_no": "SE202100631301", "currency": "SEK", "default_vat_rate": "25", "language": "sv",
         "address": {"street": "Box 517", "postal_code": "851 21", "city": "Sundsvall"},
         "bankgiro": "5050-1055", "intake_address": "kundfaktura@servicecentret.se",
         "allowed_senders": ["fakturering@hydrografiverket.se", "ekonomi@hydrografiverket.se"],
         "reminder_fee": "60.00", "reminder_fee_agreed": True},
        {"code": "KULTUR-SE", "name": "Statens kulturråd för arkiv", "country": "SE", "org_no": "202100-5489",
         "vat_no": "SE202100548901", "language": "sv", "bankgiro": "5555-5551",
         "address": {"street": "Box 27215", "postal_code": "102 53", "city": "Stockholm"},
         "allowed_senders": ["ekonomi@kulturarkiv.se"], "auto_issue": False, "reference_kind": "ocr_length"},
        {"code": "VESI-FI", "name": "Vesitalouden tutkimuslaitos", "country": "FI", "org_no": "0245437-2",
         "vat_no": "FI02454372", "currency": "EUR", "default_vat_rate": "25.5", "language": "fi",
         "iban": "FI2112345600000785", "bic": "NDEAFIHH",
         "address": {"street": "PL 140", "postal_code": "00251", "city": "Helsinki"},
         "allowed_senders": ["laskutus@vesitutkimus.fi"], "reference_kind": "fi"},
    ],
    "customers": [
        {"customer_number": "10001", "name": "Byggbolaget i Norr AB", "org_no": "556712-4085",
         "vat_no": "SE556712408501", "country": "SE", "email": "faktura@byggbolagetinorr.se",
         "peppol_id": "0007:5567124085",
         "address": {"street": "Industrivägen 14", "postal_code": "903 27", "city": "Umeå"}},
        {"customer_number": "10002", "name": "Mälardalens Miljökonsult AB", "org_no": "556893-2171",
         "vat_no": "SE556893217101", "country": "SE", "email": "ekonomi@malardalensmiljo.se",
         "address": {"street": "Kungsgatan 41", "postal_code": "722 11", "city": "Västerås"}},
        {"customer_number": "10003", "name": "Lars-Erik Holmgren", "org_no": "19571121-2893", "private": True,
         "country": "SE", "address": {"street": "Björkvägen 7", "postal_code": "931 41", "city": "Skellefteå"}},
        {"customer_number": "10004", "name": "Sundsvalls kommun", "org_no": "212000-2411", "kind": "public",
         "vat_no": "SE212000241101", "country": "SE", "peppol_id": "0007:2120002411",
         "address": {"street": "Norrmalmsgatan 4", "postal_code": "851 85", "city": "Sundsvall"}},
        {"customer_number": "20001", "name": "Järvi-Suomen Vesi Oy", "org_no": "2876552-3", "vat_no": "FI28765523",
         "country": "FI", "address": {"street": "Satamakatu 3", "postal_code": "70100", "city": "Kuopio"}},
    ],
    "articles": [
        {"agency": "HYDRO-SE", "code": "1010", "name": "Konsultation, per timme", "unit": "tim",
         "unit_price": "1150.00", "vat_rate": "25", "supply_kind": "service"},
        {"agency": "HYDRO-SE", "code": "1020", "name": "Fältmätning, dag", "unit": "dag", "unit_price": "9800.00",
         "vat_rate": "25", "supply_kind": "service"},
        {"agency": "HYDRO-SE", "code": "1090", "name": "Uppdrag enligt offert", "unit": "st", "unit_price": None,
         "vat_rate": "25", "supply_kind": "service"},
        {"agency": "HYDRO-SE", "code": "2010", "name": "Tillsynsavgift", "unit": "st", "unit_price": "3400.00",
         "vat_rate": "0", "vat_code": "outside", "supply_kind": "service"},
        {"agency": "HYDRO-SE", "code": "3010", "name": "Rapport, tryckt", "unit": "st", "unit_price": "450.00",
         "vat_rate": "6", "vat_code": "culture", "supply_kind": "goods"},
        {"agency": "KULTUR-SE", "code": "A1", "name": "Arkivsökning", "unit": "tim", "unit_price": "900.00",
         "vat_rate": "25", "supply_kind": "service"},
        {"agency": "VESI-FI", "code": "V100", "name": "Vesianalyysi", "unit": "kpl", "unit_price": "185.00",
         "vat_rate": "25.5", "supply_kind": "service"},
        {"agency": "VESI-FI", "code": "V220", "name": "Asiantuntijatyö", "unit": "h", "unit_price": "120.00",
         "vat_rate": "25.5", "supply_kind": "service"},
    ],
}


def load(session: Session, today: dt.date | None = None) -> dict[str, int]:
    """Load the demo registers and, if there are no invoices yet, a handful of issued invoices."""
    counts = registers.load_registry(session, DEMO, actor="demo")
    if session.exec(select(Invoice.id)).first() is None:
        today = today or dt.date.today()
        samples = [("HYDRO-SE", "10001", [("1010", "8"), ("1020", "2")], 45),
                   ("HYDRO-SE", "10002", [("1010", "3")], 20),
                   ("HYDRO-SE", "10003", [("2010", "1")], 60),
                   ("KULTUR-SE", "10004", [("A1", "5")], 10),
                   ("VESI-FI", "20001", [("V100", "12"), ("V220", "6")], 35)]
        for code, cust, lines, days_ago in samples:
            agency = registers.agency_by_code(session, code)
            customer = registers.find_customer(session, cust, agency)
            draft = drafting.create_draft(session, agency, customer,
                                          [drafting.LineInput(article_code=a, quantity=q) for a, q in lines],
                                          drafting.DraftOptions(invoice_date=today - dt.timedelta(days=days_ago),
                                                                actor="demo", source="cli"))
            issuing.issue(session, draft, actor="demo")
        counts["invoices"] = len(samples)
    return counts
