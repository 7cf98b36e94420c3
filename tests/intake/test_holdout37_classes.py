"""The classes the 37th blind set (tests/intake/cases_holdout37) found, each in other words than its case: an order
number written with its letter prefix after the label ("Inköpsorder: PO 4500991") keeps the prefix; an ERP export's
yes/no column saying a row is not billable ("Fakturerbar Nej", "Chargeable no") drops that row; a mail that only
asks what became of a request already sent is no request; a price the writer doubts (two prices named, which applies
unknown) is asked, never chosen; a prose reference is the name, not the clause after it, and keeps a unit joined by a
comma; a PDF form's labels side by side over their values take the value under them, never the neighbour label."""
from __future__ import annotations

from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


# --- an order number with its letter prefix after the label (q24) ---------------------------------------------------

@pytest.mark.parametrize("frm,to,body,want", [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd, kundnr K-4007: 3 st tryckta rapporter (3020).\n\n"
                      "Inköpsorder: PO 4500991\n\n/Olle\n", "PO 4500991"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy, asiakasnro K-5001: 4 kpl julkaisuja (JU10).\n\n"
                      "Tilausnumero: OR 2210455\n\nt. Juha\n", "OR 2210455"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB, customer no K-4008: 2 printed reports (3020).\n\n"
                       "Order number: nr 778812\n\nSanna\n", "778812"),
])
