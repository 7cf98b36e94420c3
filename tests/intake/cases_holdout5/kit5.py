"""The fifth held-out set's registry and helpers: the fourth set's registry plus a near-duplicate of a register
company (a regional daughter named like its parent with 'Öst'), a Finnish private person known by a henkilötunnus,
and an org-number lookup so each case writes the register's own numbers."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import hetu, se_org, se_vat
from tests.intake.cases.mailkit import Expected, registrar
from tests.intake.cases_holdout2.registry_h2 import AGENCIES, ARTICLES
from tests.intake.cases_holdout4.kit4 import CUSTOMERS as H4_CUSTOMERS

AINO_HETU = hetu("120385", "246")
_ost = se_org("559388412")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H4_CUSTOMERS) + [
    {"customer_number": "K-4012", "name": "Vretstorp Entreprenad Öst AB", "org_no": _ost, "vat_no": se_vat(_ost),
     "country": "SE", "email": "faktura@vretstorp-ost.se", "peppol_id": None,
     "address": {"street": "Hamngatan 2", "postal_code": "602 24", "city": "Norrköping", "country": "SE"}},
    {"customer_number": "K-5011", "name": "Aino Heikkilä", "org_no": AINO_HETU, "vat_no": None, "country": "FI",
     "email": None, "peppol_id": None, "private": True,
     "address": {"street": "Rantapolku 4 B 7", "postal_code": "40100", "city": "Jyväskylä", "country": "FI"}},
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request


def org(number: str) -> str:
    """The register's org number (or personal identity number) of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)

DISCL_SV_EN = ("\n________________________________\nDetta e-postmeddelande kan innehålla konfidentiell "
               "information och är endast avsett för mottagaren. Om du fått det av misstag, radera det och meddela "
               "avsändaren.\n"
               "This e-mail may contain confidential information and is intended for the addressee only. If you "
               "received it in error, please delete it and notify the sender.\nSveriges geotekniska nämnd, "
               "org.nr 202100-6123, Box 1024, 581 10 Linköping, tel. 013-25 10 00\n")
DISCL_FI_SV = ("\n--\nTämä viesti voi sisältää luottamuksellista tietoa. Jos viesti ei ole tarkoitettu sinulle, "
               "ilmoita lähettäjälle ja poista viesti.\nDetta meddelande kan innehålla konfidentiell information. "
               "Om meddelandet inte är avsett för dig, meddela avsändaren och radera det.\nYmpäristötutkimuslaitos / "
               "Miljöforskningsinstitutet, PL/PB 140, 00251 Helsinki/Helsingfors, Y-tunnus/FO-nummer 0912346-1\n")


def sig_notes(name: str, title: str) -> str:
    """A Lotus Notes-era signature: postal box, postal code, two phone numbers, the agency's org number."""
    return (f"{name}\n{title}\nSveriges geotekniska nämnd\nBox 1024\n581 10  LINKÖPING\nTel: 013-25 10 47\n"
            "Mobil: 070-318 22 90\nOrg.nr: 202100-6123\n")
