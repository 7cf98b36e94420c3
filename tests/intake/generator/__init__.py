"""A grammar-based generator of intake messages with their true contract output: invoice requests in sv, fi,
Finland-Swedish and en (labelled, bullets, text table, HTML table, CSV, XLSX; one or two customers; gaps that
must be asked; quoted earlier mails; signatures with the agency's identifiers), payment advices and replies
to question mails, credit requests and out-of-office replies (kind unknown).
Deterministic by seed.

    .venv/bin/python -m tests.intake.generator --n 2000 --seed 1 [--write DIR]
"""
from __future__ import annotations

import random
from typing import Any

from tests.intake.cases.registry_data import MARK_SENDERS, METSA_SENDERS

from .advice import advice
from .other_kinds import credit_request, out_of_office
from .render import message
from .replies import reply
from .truth import agency_for, expected, make_request
from .vocab import LANGS_FI, LANGS_SE

LAYOUTS = ["labelled", "bullets", "prose", "text_table", "html", "csv", "xlsx", "pdf"]
WEIGHTS = [20, 16, 12, 14, 12, 13, 13, 5]


def _sender(rng: random.Random, country: str) -> str:
    addr = rng.choice(METSA_SENDERS if country == "FI" else MARK_SENDERS)
    local = addr.split("@")[0]
    name = " ".join(p.capitalize() for p in local.replace("-", " ").split(".")) if "." in local else "Ekonomi"
    return f"{name} <{addr}>"


def one(rng: random.Random, idx: int) -> tuple[Any, dict[str, Any]]:
    """One message and its expected output."""
    agency = agency_for(rng)
    lang = rng.choice(LANGS_FI if agency["country"] == "FI" else LANGS_SE)
    sender = _sender(rng, agency["country"])
    dice = rng.random()
    for limit, klass, make in ((0.12, "advice", advice), (0.2, "reply", reply), (0.25, "credit", credit_request),
                               (0.28, "out-of-office", out_of_office)):
        if dice < limit:
            msg, exp = make(rng, agency, lang, sender, idx)
            return msg, exp | {"_class": f"gen:{klass}"}
    layout = rng.choices(LAYOUTS, WEIGHTS)[0]
    reqs = [make_request(rng, agency, lang)]
    if rng.random() < 0.15:
        other = make_request(rng, agency, lang)
        if other.customer["name"] != reqs[0].customer["name"]:
            other.period = reqs[0].period  # a period written for one customer only would be ambiguous
            reqs.append(other)
    if layout in ("csv", "xlsx"):
        for r in reqs:  # a file carries no references or address; a customer number column neither
            r.buyer = r.order = r.address = None
            if r.mode == "custno":
                r.mode = "org"
            for ln in r.lines:  # an approximate price in a spreadsheet cell is not written that way
                ln.approx = False
    msg = message(reqs, layout, rng, sender, idx, quoted=rng.random() < 0.25)
    exp = {"_class": f"gen:{layout}", "kind": "invoice_request",
           "requests": [expected(r, layout != "prose") for r in reqs], "payment_advice": None,
           "in_reply_to_token": None}
    return msg, exp


def generate(n: int, seed: int = 1) -> list[tuple[str, bytes, dict[str, Any]]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        msg, exp = one(rng, i)
        exp["_note"] = "generated"
        out.append((f"gen{seed}_{i:05d}", msg.as_bytes(), exp))
    return out
