"""The true content of a generated invoice request: customers, references, lines and period, drawn from the
project's test registry, and the contract output they must produce."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tests.intake.cases.ids import fi_yt, pnr, se_org
from tests.intake.cases.mailkit import cust, new_cust
from tests.intake.cases.registry_data import AGENCIES, ARTICLES, CUSTOMERS

from . import formats

FIRST = ["Anna", "Lars", "Sofia", "Mikael", "Sanna", "Jukka", "Helena", "Peter", "Aino", "Oskar", "Leena", "Daniel"]
LAST = ["Berg", "Virtanen", "Lindholm", "Korhonen", "Ekström", "Nieminen", "Sjöberg", "Laine", "Holm", "Koski"]
NEW_SE = ["Granlunds Vattenteknik AB", "Hällefors Markbyrå AB", "Ödeborgs Grus HB", "Tallbackens Mejeri AB"]
NEW_FI = ["Pohjois-Savon Maanrakennus Oy", "Kuusiston Sora Oy", "Rannikon Ympäristöpalvelu Oy", "Vesijärven Tila Ky"]
STREETS = [("Storgatan 12", "702 11", "Örebro"), ("Bruksvägen 3", "712 31", "Hällefors"),
           ("Kauppakatu 8", "70100", "Kuopio"), ("Rantatie 21 B", "21600", "Parainen")]


SAMPLING = ("110", "120", "130", "140", "530", "M10", "M20", "M30", "M40", "X10")
DETAILS = {"site": {"sv": ["provpunkt P-{n}, djup 0,5 m", "station {n}", "etapp {n}"],
                    "fisv": ["provpunkt {n}", "etapp {n}"], "fi": ["näytepiste {n}", "kohde {n}"],
                    "en": ["site {n}", "station {n}"]},
           "project": {"sv": ["projekt {n}", "ärende {n}/2026"], "fisv": ["projekt {n}"], "fi": ["projekti {n}"],
                       "en": ["project {n}"]},
           "travel": {"sv": ["Örebro–Lindesberg t/r, {km} km"], "fisv": ["Joensuu–Pargas, {km} km"],
                      "fi": ["Joensuu–Kuopio, {km} km"], "en": ["return trip, {km} km"]}}


@dataclass
class Line:
    code: str
    name: str
    unit: str
    reg_price: Decimal | None
    vat: str
    qty: Decimal | None
    price: Decimal | None = None  # stated price (None: not stated)
    approx: bool = False


@dataclass
class Req:
    agency: dict[str, Any]
    lang: str
    customer: dict[str, Any]  # the register record, or a made-up one for a new/unknown customer
    mode: str  # "org", "name", "custno", "new", "unknown"
    address: tuple[str, str, str] | None = None
    buyer: str | None = None
    order: str | None = None
    period: tuple[str, str, str] | None = None
    lines: list[Line] = field(default_factory=list)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _new_customer(rng: random.Random, country: str) -> dict[str, Any]:
    base = "".join(str(rng.randint(0, 9)) for _ in range(6))
    if country == "SE":
        return {"name": rng.choice(NEW_SE), "org_no": se_org("559" + base), "country": "SE"}
    while True:
        try:
            return {"name": rng.choice(NEW_FI), "org_no": fi_yt("3" + base), "country": "FI"}
        except ValueError:
            base = str(int(base) + 1).zfill(6)


def _private_person(rng: random.Random) -> dict[str, Any]:
    """A new private customer: 10-digit personnummer as written ('+' from 100 years), full form as output."""
    year = rng.choice([rng.randint(1921, 1926), rng.randint(1940, 2008)])
    yymmdd = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    sep = "+" if 2026 - year >= 100 else "-"
    written = pnr(yymmdd, f"{rng.randint(100, 999)}", sep)
    return {"name": _person(rng), "org_no": f"{year // 100}{written.replace('+', '-')}", "written": written,
            "country": "SE", "private": True}


LEGAL_FORMS = ("ab", "hb", "kb", "aktiebolag", "oy", "oyj", "ky", "ay", "tmi", "ry", "ltd")


def _norm(name: str) -> str:
    return " ".join(name.replace(".", " ").replace(",", " ").casefold().split())


def name_matches(written: str) -> list[dict[str, Any]]:
    """Register customers a written name matches under the contract's rule (the truth for short names)."""
    w = _norm(written)
    out = []
    for c in CUSTOMERS:
        n = _norm(c["name"])
        parts = n.rsplit(" ", 1)
        if n == w or (len(parts) == 2 and parts[1] in LEGAL_FORMS and parts[0] == w):
            out.append(c)
    return out


def short_name(c: dict[str, Any]) -> str:
    """The register name without its trailing legal form, as people often write it."""
    parts = c["name"].rsplit(" ", 1)
    return parts[0] if len(parts) == 2 and parts[1].casefold() in LEGAL_FORMS else c["name"]


def _email(c: dict[str, Any]) -> str:
    """A plausible ASCII address: 'förnamn.efternamn@example.se' for a person, 'faktura@firma.example' else."""
    words = ["".join(ch for ch in w.lower().translate(_FOLD) if ch.isalnum()) for w in str(c["name"]).split()]
    if c.get("private"):
        return f"{words[0]}.{words[-1]}@example.se"
    return f"faktura@{words[0]}.example"


_FOLD = str.maketrans("åäöéü", "aaoeu")


def written_name(c: dict[str, Any]) -> str:
    return str(c.get("written_name") or c["name"])


def shown_id(c: dict[str, Any]) -> str:
    """The identity number as the mail writes it."""
    return str(c.get("written") or c["org_no"])


def make_request(rng: random.Random, agency: dict[str, Any], lang: str, gaps: bool = True) -> Req:
    country = agency["country"]
    pool = [c for c in CUSTOMERS if c["country"] == country and not c.get("private")]
    mode = rng.choices(["org", "name", "custno", "new", "unknown"], [35, 30, 15, 12, 8 if gaps else 0])[0]
    c: dict[str, Any]
    if mode == "name" and rng.random() < 0.3:  # a short name: resolves only when it matches exactly one
        written = short_name(rng.choice(pool))
        hits = name_matches(written)
        c, mode = (hits[0] | {"written_name": written}, "name") if len(hits) == 1 else (
            {"name": written, "country": None}, "unknown")
    elif mode == "new" and country == "SE" and rng.random() < 0.3:
        c = _private_person(rng)
    elif mode in ("new", "unknown"):
        c = _new_customer(rng, country)
    else:
        c = rng.choice(pool)
    if mode == "new" and rng.random() < 0.4:
        c = c | {"email": _email(c)}
    req = Req(agency, lang, c, mode)
    if mode == "new" and (not gaps or rng.random() < 0.7):
        req.address = rng.choice(STREETS[:2] if country == "SE" else STREETS[2:])
    if rng.random() < 0.6:
        req.buyer = _person(rng)
    if rng.random() < 0.4:
        req.order = rng.choice(["PO-", "", "B", "ORD-"]) + str(rng.randint(10000, 99999))
    if rng.random() < 0.5:
        req.period = formats.period(lang, 2026, rng)
    arts = [a for a in ARTICLES if a["agency"] == agency["code"] and a["unit"] in
            ("st", "kpl", "tim", "h", "dag", "pv", "ha")]
    for a in rng.sample(arts, rng.randint(1, 3)):
        reg_price = Decimal(a["unit_price"]) if a["unit_price"] else None
        qty = Decimal(rng.choice(["1", "2", "3", "4", "5", "6", "8", "10", "12", "2.5", "1.5", "16", "24"]))
        if a["unit"] in ("st", "kpl") and qty != qty.to_integral_value():
            qty = (qty + Decimal("0.5")).quantize(Decimal(1))
        ln = Line(a["code"], a["name"], a["unit"], reg_price, a["vat_rate"], qty)
        if rng.random() < 0.25:  # the line's own text, with numbers in it that are no quantity or price
            kind = ("travel" if a["code"] in ("320", "T20") else "site" if a["code"] in SAMPLING else "project")
            detail = rng.choice(DETAILS[kind][lang]).format(n=rng.randint(2, 48), km=rng.randint(12, 480))
            ln.name = f"{a['name'].split(',')[0]} – {detail}"
        if reg_price is None or rng.random() < 0.3:
            ln.price = Decimal(rng.choice(["450", "1250", "86.40", "2400", "3980.50", "125", "760"]))
        if gaps and rng.random() < 0.08 and not any(w in a["name"] for w in ("fast pris", "kiinteä hinta")):
            ln.qty = None  # (an article named 'fast pris' reads as a lump sum: quantity 1)
        if gaps and ln.price is not None and reg_price is None and rng.random() < 0.15:
            ln.approx = True
        if gaps and reg_price is None and rng.random() < 0.1:
            ln.price = None
        req.lines.append(ln)
    return req


def expected(req: Req, with_desc: bool) -> dict[str, Any]:
    """The contract output of one request."""
    if req.mode in ("org", "name", "custno"):
        customer = cust(req.customer["customer_number"])
    elif req.mode == "new":
        customer = new_cust(req.customer["name"], req.customer["org_no"], req.customer["country"],
                            email=req.customer.get("email"))
    else:
        customer = new_cust(req.customer["name"], None, None)
    questions = []
    if req.mode == "unknown":
        questions.append("customer.org_no")
    if req.mode == "new" and req.address is None:
        questions.append("customer.address")
    lines = []
    for i, ln in enumerate(req.lines):
        price = None if ln.approx else (ln.price if ln.price is not None else ln.reg_price)
        if ln.qty is None:
            questions.append(f"lines[{i}].quantity")
        if price is None:
            questions.append(f"lines[{i}].unit_price")
        out = {"article": ln.code, "quantity": None if ln.qty is None else str(ln.qty),
               "unit_price": None if price is None else str(price), "vat_rate": ln.vat,
               "period_start": req.period[1] if req.period else None,
               "period_end": req.period[2] if req.period else None}
        if with_desc:
            out["description"] = ln.name
        lines.append(out)
    return {"customer": customer, "buyer_reference": req.buyer, "order_reference": req.order,
            "currency": req.agency["currency"], "lines": lines, "questions": questions}


def agency_for(rng: random.Random) -> dict[str, Any]:
    return rng.choice(AGENCIES)
