"""Expected values against the second held-out registry, senders and their signatures (with the agency's own
numbers as traps), and the message builders of tests/intake/cases/mailkit.py."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import (  # noqa: F401 -- re-exported for the defs modules
    CENTRE_FI,
    CENTRE_SE,
    expect_advice,
    expect_reply,
    expect_unknown,
    mail,
    pdf,
    text_att,
    xlsx,
)

from .registry_h2 import AGENCIES, ARTICLES, CUSTOMERS

GS, YF = "GEO-SE", "YTL-FI"
ND = ("description",)

MARIA = "Maria Fransson <maria.fransson@sgn.se>"
OLLE = "Olle Berglund <olle.berglund@sgn.se>"
SANNA = "Sanna Wallin <sanna.wallin@sgn.se>"
GEO_EKONOMI = "SGN Ekonomi <ekonomi@sgn.se>"
GEO_DIARIET = "SGN Diariet <diariet@sgn.se>"
JUHA = "Juha Mäkelä <juha.makela@ytl.fi>"
KIRSI = "Kirsi Laine <kirsi.laine@ytl.fi>"
ANDERS = "Anders Holmqvist <anders.holmqvist@ytl.fi>"
SARAH = "Sarah Mitchell <sarah.mitchell@ytl.fi>"
YTL_LASKUTUS = "YTL Laskutus <laskutus@ytl.fi>"


def sig_geo(name: str, title: str = "Geotekniker") -> str:
    return (f"Med vänliga hälsningar\n\n{name}\n{title}\nSveriges geotekniska nämnd\nBesöksadress: Kungsgatan 12, "
            "582 26 Linköping\nVäxel: 013-25 10 00 · Direkt: 013-25 10 47\nOrgnr: 202100-6123 · Bankgiro 552-0440\n"
            "www.sgn.se\n")


def sig_ytl(name: str, title: str = "Erikoistutkija") -> str:
    return (f"Ystävällisin terveisin\n{name}\n{title}\nYmpäristötutkimuslaitos YTL\nPL 140, 00251 Helsinki\n"
            "p. +358 29 525 1000 / 050 412 7730\nY-tunnus 0912346-1\n")


def sig_ytl_sv(name: str, title: str = "Specialforskare") -> str:
    return (f"Med vänlig hälsning\n{name}\n{title}\nMiljöforskningsinstitutet / Ympäristötutkimuslaitos\n"
            "PB 140, 00251 Helsingfors\ntfn +358 29 525 1000\nFO-nummer 0912346-1\n")


def sig_ytl_en(name: str, title: str = "Research coordinator") -> str:
    return (f"Best regards,\n{name}\n{title}\nEnvironmental Research Institute (YTL)\nP.O. Box 140, FI-00251 "
            "Helsinki\nTel. +358 29 525 1000\nBusiness ID 0912346-1 | VAT FI09123461\n")


DISCL_SV = ("--\nDetta meddelande är endast avsett för mottagaren. Har du fått det av misstag, meddela avsändaren "
            "och radera det. SGN behandlar personuppgifter enligt GDPR, se www.sgn.se/gdpr.\n")
DISCL_FI = ("--\nTämä viesti on tarkoitettu vain vastaanottajalle. Jos sait viestin erehdyksessä, ilmoita "
            "lähettäjälle ja poista viesti. YTL:n tietosuojaseloste: www.ytl.fi/tietosuoja\n")

_CUST = {c["customer_number"]: c for c in CUSTOMERS}
_ART = {(a["agency"], a["code"]): a for a in ARTICLES}
_AG = {a["code"]: a for a in AGENCIES}


def cust(number: str) -> dict[str, Any]:
    c = _CUST[number]
    return {k: c[k] for k in ("name", "org_no", "vat_no", "customer_number", "email", "country")}


def new_cust(name: str | None, org_no: str | None, country: str | None, email: str | None = None) -> dict[str, Any]:
    return {"name": name, "org_no": org_no, "customer_number": None, "email": email, "country": country}


def line(agency: str, code: str | None, qty: str | None, price: str | None = "reg", desc: str | None = "reg",
         vat: str | None = "reg", ps: str | None = None, pe: str | None = "same",
         skip: Any = ()) -> dict[str, Any]:
    art = _ART.get((agency, code)) if code else None
    if price == "reg":
        price = art["unit_price"] if art else None
    if desc == "reg":
        desc = art["name"] if art else None
    if vat == "reg":
        vat = art["vat_rate"] if art else _AG[agency]["default_vat_rate"]
    out = {"article": code, "description": desc, "quantity": qty, "unit_price": price, "vat_rate": vat,
           "period_start": ps, "period_end": ps if pe == "same" else pe}
    return {k: v for k, v in out.items() if k not in skip}


def request(customer: dict[str, Any], lines: list[dict[str, Any]], questions: list[str], agency: str,
            buyer: str | None = None, order: str | None = None, currency: str | None = None) -> dict[str, Any]:
    return {"customer": customer, "buyer_reference": buyer, "order_reference": order,
            "currency": currency or _AG[agency]["currency"], "lines": lines, "questions": questions}


def expect_requests(note: str, klass: str, reqs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"_note": note, "_class": klass, "kind": "invoice_request", "requests": reqs, "payment_advice": None,
            "in_reply_to_token": None}


CASES: list[tuple[str, Any]] = []


def case(name: str):
    def wrap(fn):
        CASES.append((name, fn))
        return fn
    return wrap
