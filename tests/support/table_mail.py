"""Messages with table attachments (CSV/TSV, XLSX, PDF, HTML) for the table-reader tests, and a fictional
registry with enough customers to tell them apart."""
from __future__ import annotations

import email.policy
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from intake.parse import parse_message

SENDER = "maria.lindgren@hydrografiverket.se"
FI_SENDER = "liisa.makinen@vesitalouskeskus.fi"
_BASE = Path(__file__).resolve().parents[1] / "intake" / "fixtures" / "parse" / "registry.json"


def _customer(number: str, name: str, org: str, country: str = "SE") -> dict[str, Any]:
    return {"customer_number": number, "name": name, "org_no": org, "vat_no": None, "country": country,
            "email": None, "peppol_id": None, "address": {"street": "Gatan 1", "postal_code": "11122",
                                                          "city": "Stad", "country": country}}


def registry() -> dict[str, Any]:
    """The parse tests' registry plus four more customers (all fictional, valid check digits)."""
    reg = json.loads(_BASE.read_text(encoding="utf-8"))
    reg["customers"] += [_customer("10011", "Åkerö Bygg AB", "556123-1001"),
                         _customer("10012", "Norrsken Data AB", "559001-1002"),
                         _customer("10013", "Fjärdens Fiske AB", "556789-1006"),
                         _customer("20011", "Saimaan Vesi Oy", "1234567-1", "FI")]
    return reg


Attachments = tuple[tuple[str, str, bytes], ...] | list[tuple[str, str, bytes]]


def mail(attachments: Attachments = (), body: str = "Hej!\n\nFakturera enligt bifogad fil.\n\n"
         "Mvh Maria\n", sender: str = SENDER, html: str | None = None) -> bytes:
    """A message from an agency with the given attachments: (filename, 'maintype/subtype', bytes)."""
    msg = EmailMessage(policy=email.policy.SMTP.clone(max_line_length=998))
    msg["From"] = sender
    msg["To"] = "kundfaktura@servicecentret.se"
    msg["Subject"] = "Faktureringsunderlag"
    msg["Date"] = "Mon, 16 Nov 2026 09:00:00 +0100"
    msg["Message-ID"] = "<tables-test@hydrografiverket.se>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg.as_bytes()


def parse(raw: bytes, hints: dict[str, str] | None = None) -> dict[str, Any]:
    if hints:
        return parse_message(raw, registry(), hints=hints)
    return parse_message(raw, registry())


def lines_of(out: dict[str, Any]) -> list[tuple[str | None, Any, Any]]:
    """(customer number or name, article, quantity) per line of every request, in order."""
    return [(r["customer"].get("customer_number") or r["customer"].get("name"), li.get("article"),
             li.get("quantity")) for r in out["requests"] for li in r["lines"]]
