"""The thirteenth held-out set's registry: the ninth set's registry plus a German customer with a VAT number (an
EU customer for reverse charge, invoiced in EUR by the Swedish agency)."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.kit_helpers import set_kit
from tests.intake.cases_holdout9.kit9 import AGENCIES as H9_AGENCIES
from tests.intake.cases_holdout9.kit9 import ARTICLES as H9_ARTICLES
from tests.intake.cases_holdout9.kit9 import CUSTOMERS as H9_CUSTOMERS

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H9_AGENCIES)
ARTICLES: list[dict[str, Any]] = copy.deepcopy(H9_ARTICLES)

# A German company: Handelsregister number as org_no (no check digit), USt-IdNr with its ISO 7064 check digit
# (python-stdnum's de.vat accepts DE813745620).
CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H9_CUSTOMERS) + [
    {"customer_number": "K-4017", "name": "Bodenlabor Nordheide GmbH", "org_no": "HRB 207741",
     "vat_no": "DE813745620", "country": "DE", "email": "rechnung@bodenlabor-nordheide.de", "peppol_id": None,
     "address": {"street": "Heidering 14", "postal_code": "21244", "city": "Buchholz in der Nordheide",
                 "country": "DE"}},
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
