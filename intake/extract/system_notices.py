"""Mail a machine sent: an auto-reply is never a request; a system's generated notice is one only when it asks.

Why: RFC 3834 tells the two apart in `Auto-Submitted`. `auto-replied` (an out-of-office, a ticket receipt) answers
a mail and is `unknown` by the contract (../shared/corpus/intake/README.md, Kinds). `auto-generated` and
`auto-notified` come from a process on its own: a time-reporting or ERP system sends the hours or the basis to
invoice that way ("Laskutettavat tunnit 11/2026", "Faktureringsunderlag … överförs till servicecentret för
fakturering") — that is a request like any other, read by its content. The same systems also send notices that ask
nothing (a reminder to approve, a cancelled booking "Laskutetaan: Ei", an export run with no rows "Ingen åtgärd
behövs"): those stay `unknown`, as before. So a generated mail is read only when its subject or newest text says
its content is to be invoiced and does not say it is not.
"""
from __future__ import annotations

import re

from .kinds import NOTHING_TO_INVOICE_RE
from .prose_lines import NEGATION_RE

#: values of Auto-Submitted for a mail a process sent on its own (not a reply to anyone)
_GENERATED = ("auto-generated", "auto-notified")
#: what says a generated mail's content is to be invoiced (sv/fi/en)
_TO_INVOICE_RE = re.compile(
    r"(?i)\b(?:fakturera\w*|fakturerbar\w*|faktureringsunderlag\w*|debiteringsunderlag\w*|debiterbar\w*|"
    r"(?:för|till|att)\s+fakturering|laskut(?:takaa|ettava\w*|usaineisto\w*|usperuste\w*|uspyyntö\w*|ukseen|"
    r"usta\s+varten)|billable|for\s+(?:invoicing|billing)|to\s+be\s+(?:invoiced|billed)|please\s+invoice|"
    r"invoicing\s+(?:basis|data|request))\b")
#: a label that says no ("Laskutetaan: Ei", "Faktureras: Nej", "Billable: No") or a note that nothing is to be done
_NOT_TO_INVOICE_RE = re.compile(
    r"(?im)^\s*(?:laskutetaan|laskutettava\w*|hyväksytty\s+laskutettavaksi|faktureras|fakturerbar\w*|debiteras|"
    r"att\s+fakturera|billable|to\s+be\s+invoiced|invoice)\s*[:?]?\s*(?:ei|nej|no|none|false|0)\s*\.?\s*$|"
    r"\b(?:ingen\s+åtgärd\s+(?:behövs|krävs)|ei\s+(?:vaadi\s+)?toimenpiteitä|no\s+action\s+(?:is\s+)?"
    r"(?:needed|required)|inga\s+rader|ei\s+rivejä|no\s+rows)\b")


def generated(headers: dict[str, str]) -> bool:
    """The mail says a process sent it on its own (Auto-Submitted: auto-generated / auto-notified)."""
    return headers.get("auto-submitted", "").strip().lower().startswith(_GENERATED)


def auto_replied(headers: dict[str, str]) -> bool:
    """The mail says it is an automatic reply (any Auto-Submitted value but `no` and the generated ones)."""
    value = headers.get("auto-submitted", "no").strip().lower()
    return value not in ("", "no") and not generated(headers)


def notice_without_request(subject: str, newest: str) -> bool:
    """A generated mail that does not say its content is to be invoiced, or says it is not: no request."""
    text = f"{subject}\n{newest}"
    return not _TO_INVOICE_RE.search(text) or bool(
        _NOT_TO_INVOICE_RE.search(text) or NEGATION_RE.search(text) or NOTHING_TO_INVOICE_RE.search(text))
