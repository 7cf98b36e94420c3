"""Expected values against the second held-out registry, senders and their signatures (with the agency's own
numbers as traps), and the message builders of tests/intake/cases/mailkit.py."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import (  # noqa: F401 -- re-exported for the defs modules
    CENTRE_FI,
    CENTRE_SE,
    Expected,
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    pdf,
    registrar,
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

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request


def new_cust(name: str | None, org_no: str | None, country: str | None, email: str | None = None) -> dict[str, Any]:
    """An unresolved customer as written (this set's contract leaves the VAT number out)."""
    return {"name": name, "org_no": org_no, "customer_number": None, "email": email, "country": country}


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)
