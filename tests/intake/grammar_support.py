"""A small fictional register and a mail builder for the grammar tests (labels, periods, quantities, amounts,
references, identities, several customers). Written fresh for these tests: nothing here comes from ../shared."""
from __future__ import annotations

import email.message
import email.policy
from typing import Any

from intake.parse import parse_message

SE = "ekonomi@geoverket.se"
FI = "laskutus@metsakeskus.fi"

REGISTRY: dict[str, Any] = {
    "agencies": [
        {"code": "GEO-SE", "name": "Geoverket", "country": "SE", "org_no": "202100-8889", "vat_no": "SE202100888901",
         "currency": "SEK", "default_vat_rate": "25", "language": "sv", "bankgiro": "5555-1234",
         "address": {"street": "Box 1", "postal_code": "751 01", "city": "Uppsala", "country": "SE"},
         "intake_address": "geo@servicecentret.se", "allowed_senders": [SE]},
        {"code": "METSA-FI", "name": "Metsäkeskus", "country": "FI", "org_no": "0201724-4", "vat_no": "FI02017244",
         "currency": "EUR", "default_vat_rate": "25.5", "language": "fi", "iban": "FI21 1234 5600 0007 85",
         "address": {"street": "PL 5", "postal_code": "00101", "city": "Helsinki", "country": "FI"},
         "intake_address": "metsa@servicecentret.se", "allowed_senders": [FI]},
    ],
    "customers": [
        {"customer_number": "30001", "name": "Fjällbäcken Bygg AB", "org_no": "556901-2346", "vat_no": "SE556901234601",
         "country": "SE", "email": "faktura@fjallbacken.se", "peppol_id": None},
        {"customer_number": "30002", "name": "Fjällbäcken Bygg Fastigheter AB", "org_no": "556901-2353",
         "vat_no": "SE556901235301", "country": "SE", "email": "fast@fjallbacken.se", "peppol_id": None},
        {"customer_number": "30003", "name": "Kustvägen Transport AB", "org_no": "559012-3450",
         "vat_no": "SE559012345001", "country": "SE", "email": "ap@kustvagen.se", "peppol_id": None},
        {"customer_number": "30004", "name": "Kustvägen Transport Oy", "org_no": "2911234-8", "vat_no": "FI29112348",
         "country": "FI", "email": "laskut@kustvagen.fi", "peppol_id": None},
        {"customer_number": "30005", "name": "Norrmarks kommun", "org_no": "212000-4565", "vat_no": "SE212000456501",
         "country": "SE", "email": None, "peppol_id": None},
        {"customer_number": "30006", "name": "Hämeen Vesi Oy", "org_no": "3012345-8", "vat_no": "FI30123458",
         "country": "FI", "email": "laskut@hameenvesi.fi", "peppol_id": None},
        {"customer_number": "30007", "name": "Greta Lind", "org_no": "19450307-1237", "vat_no": None, "country": "SE",
         "email": None, "peppol_id": None, "private": True},
    ],
    "articles": [
        {"agency": "GEO-SE", "code": "2100", "name": "Geoteknisk rådgivning", "unit": "tim", "unit_price": "1200.00",
         "vat_rate": "25"},
        {"agency": "GEO-SE", "code": "2200", "name": "Jordprov, analys", "unit": "st", "unit_price": "450.00",
         "vat_rate": "25"},
        {"agency": "GEO-SE", "code": "2300", "name": "Fältdag", "unit": "dag", "unit_price": "8000.00",
         "vat_rate": "25"},
        {"agency": "GEO-SE", "code": "2900", "name": "Utlägg", "unit": "st", "unit_price": None, "vat_rate": "25"},
        {"agency": "METSA-FI", "code": "T10", "name": "Asiantuntijatyö", "unit": "h", "unit_price": "110.00",
         "vat_rate": "25.5"},
        {"agency": "METSA-FI", "code": "T20", "name": "Maanäyte", "unit": "kpl", "unit_price": "55.00",
         "vat_rate": "25.5"},
        {"agency": "METSA-FI", "code": "T90", "name": "Muu palvelu", "unit": "kpl", "unit_price": None,
         "vat_rate": "25.5"},
    ],
}


def mail(body: str, sender: str = SE, date: str = "Mon, 16 Nov 2026 09:00:00 +0100",
         subject: str = "Fakturering") -> bytes:
    """A plain-text message from `sender` as an agency writes it."""
    m = email.message.EmailMessage(policy=email.policy.SMTP)
    m["From"] = sender
    m["To"] = "kundfaktura@servicecentret.se"
    m["Subject"] = subject
    m["Date"] = date
    m.set_content(body)
    return bytes(m)


def parse(body: str, **kw: str) -> dict[str, Any]:
    """The intake contract for one message built from `body`."""
    return parse_message(mail(body, **kw), REGISTRY)


def only(out: dict[str, Any]) -> dict[str, Any]:
    """The one request of a message that must hold exactly one."""
    assert out["kind"] == "invoice_request", out
    assert len(out["requests"]) == 1, out["requests"]
    return out["requests"][0]


def periods(req: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    return [(li["period_start"], li["period_end"]) for li in req["lines"]]
