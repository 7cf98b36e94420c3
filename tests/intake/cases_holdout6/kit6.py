"""The sixth held-out set's registry and helpers: the fifth set's registry plus a Swedish region (a public body
whose org number starts with 2), so each case writes the register's own numbers."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import se_org, se_vat
from tests.intake.cases.mailkit import Expected, registrar
from tests.intake.cases_holdout2.registry_h2 import AGENCIES, ARTICLES
from tests.intake.cases_holdout5.kit5 import CUSTOMERS as H5_CUSTOMERS

_region = se_org("232100017")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H5_CUSTOMERS) + [
    {"customer_number": "K-4013", "name": "Region Vindelälven", "org_no": _region, "vat_no": se_vat(_region),
     "country": "SE", "email": "fakturor@regionvindelalven.se", "peppol_id": None,
     "address": {"street": "Box 44", "postal_code": "901 85", "city": "Umeå", "country": "SE"}},
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
