"""The eighth held-out set's registry and helpers: the seventh set's registry plus a Finnish joint municipal
authority (kuntayhtymä), a Finnish housing company (As Oy) and a Danish company (an EU customer known by its CVR
and VAT number), so each case writes the register's own numbers."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import fi_vat, fi_yt
from tests.intake.cases.mailkit import Expected, registrar
from tests.intake.cases_holdout7.kit7 import AGENCIES as H7_AGENCIES
from tests.intake.cases_holdout7.kit7 import ARTICLES
from tests.intake.cases_holdout7.kit7 import CUSTOMERS as H7_CUSTOMERS

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H7_AGENCIES)

_ky = fi_yt("0171458")
_asoy = fi_yt("2987654")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H7_CUSTOMERS) + [
    {"customer_number": "K-5013", "name": "Pohjois-Savon jätehuoltokuntayhtymä", "org_no": _ky,
     "vat_no": fi_vat(_ky), "country": "FI", "email": "laskut@psjhky.fi", "peppol_id": "0216:003701714582",
     "address": {"street": "Jätekuja 4", "postal_code": "70460", "city": "Kuopio", "country": "FI"}},
    {"customer_number": "K-5014", "name": "As Oy Kuopion Satamakatu 12", "org_no": _asoy,
     "vat_no": fi_vat(_asoy), "country": "FI", "email": "isannointi@satamakatu12.fi", "peppol_id": None,
     "address": {"street": "Satamakatu 12", "postal_code": "70100", "city": "Kuopio", "country": "FI"}},
    {"customer_number": "K-4015", "name": "Miljølab Nordsjælland ApS", "org_no": "31245672",
     "vat_no": "DK31245672", "country": "DK", "email": "faktura@miljolab-ns.dk", "peppol_id": None,
     "address": {"street": "Industrivej 7", "postal_code": "3400", "city": "Hillerød", "country": "DK"}},
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request


def org(number: str) -> str:
    """The register's org number (or personal identity number) of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


def vat(number: str) -> str:
    """The register's VAT number of customer `number`."""
    return next(c["vat_no"] for c in CUSTOMERS if c["customer_number"] == number)


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)

ASK_ORG: dict[str, Any] = {"org_no": None, "customer_number": None}
