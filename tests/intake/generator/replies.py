"""Generated replies to the centre's question mails: one answer (quantity, price or org number) in one of
several styles above the quoted question, or nothing answered; with the token in the subject or only in the
headers. The quoted question's summary carries numbers that must not be taken."""
from __future__ import annotations

import random
import string
from decimal import Decimal
from typing import Any

from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases.registry_data import ARTICLES, CUSTOMERS

from . import formats
from .render import mail_date
from .truth import STREETS

ASK = {"sv": ("Hej,\n\nInnan fakturan kan skapas behöver vi:\n\n{q}\n\nSvara ovanför denna text och behåll [{t}] i "
              "ämnesraden.\n\nUnderlaget i korthet:\nKund: {c}\nRad {n}: {code} {name} – {qty} à {price}\n"),
       "fi": ("Hei,\n\ntarvitsemme vielä seuraavat tiedot:\n\n{q}\n\nVastaa tämän viestin yläpuolelle ja säilytä "
              "[{t}] otsikossa.\n\nAineisto lyhyesti:\nAsiakas: {c}\nRivi {n}: {code} {name} – {qty} á {price}\n"),
       "en": ("Hello,\n\nbefore the invoice can be created we need:\n\n{q}\n\nPlease reply above this text and keep "
              "[{t}] in the subject.\n\nYour request in short:\nCustomer: {c}\nLine {n}: {code} {name} – {qty} at "
              "{price}\n")}
QTEXT = {"quantity": {"sv": "Antal för rad {n}", "fi": "Määrä rivillä {n}", "en": "Quantity for line {n}"},
         "unit_price": {"sv": "Pris för rad {n}", "fi": "Yksikköhinta rivillä {n}", "en": "Unit price for line {n}"},
         "org_no": {"sv": "Kundens organisationsnummer", "fi": "Asiakkaan Y-tunnus", "en": "The customer's org. no"},
         "address": {"sv": "Kundens postadress", "fi": "Asiakkaan postiosoite", "en": "The customer's postal address"}}
NOTHING = {"sv": ["Jag återkommer när jag vet mer.", "Tack, jag kollar med projektledaren."],
           "fi": ["Palaan asiaan ensi viikolla.", "Kiitos, tarkistan asian."],
           "en": ["I'll get back to you on this.", "Thanks, checking with the project lead."]}


def _token(rng: random.Random) -> str:
    return "REQ-" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(5))


def reply(rng: random.Random, agency: dict[str, Any], lang: str, sender: str, idx: int):
    lang = "sv" if lang == "fisv" else lang
    fi, cur = agency["country"] == "FI", agency["currency"]
    cust = rng.choice([c for c in CUSTOMERS if c["country"] == agency["country"] and not c.get("private")])
    art = rng.choice([a for a in ARTICLES if a["agency"] == agency["code"]])
    line_no = rng.randint(1, 3)
    field = rng.choice(["quantity", "unit_price", "org_no", "address", "nothing"])
    asked = field if field != "nothing" else "quantity"
    path = {"org_no": "customer.org_no", "address": "customer.address"}.get(asked, f"lines[{line_no - 1}].{asked}")
    qline = f"1. {QTEXT[asked][lang].format(n=line_no)} ({path})"
    token = _token(rng)
    question = ASK[lang].format(q=qline, t=token, c=cust["name"], n=line_no, code=art["code"], name=art["name"],
                                qty=rng.randint(2, 9), price=formats.amount(Decimal("1180.00"), lang, cur, rng))
    partial: dict[str, Any] | None
    if field == "quantity":
        q = Decimal(rng.choice(["3", "7", "12", "2.5", "40"]))
        unit = {"sv": "st", "fi": "kpl", "en": "pcs"}[lang]
        answer = rng.choice(["{q} {u}", "{q}", "Det blev {q} {u}." if lang == "sv" else "{q} {u}"]).format(
            q=formats.quantity(q, lang), u=unit)
        partial = {"lines": [{} for _ in range(line_no - 1)] + [{"quantity": str(q)}]}
    elif field == "unit_price":
        p = Decimal(rng.choice(["1250.00", "86.40", "3980.50", "450"]))
        answer = formats.amount(p, rng.choice(["sv", "fi", "en"]), cur, rng)
        partial = {"lines": [{} for _ in range(line_no - 1)] + [{"unit_price": str(p)}]}
    elif field == "address":
        street, pc, city = rng.choice(STREETS[:2] if agency["country"] == "SE" else STREETS[2:])
        answer = rng.choice(["{s}, {p} {c}", "{s}\n{p} {c}"]).format(s=street, p=pc, c=city)
        partial = {"customer": {"address": {"street": street, "postal_code": pc, "city": city}}, "lines": []}
    elif field == "org_no":
        answer = cust["org_no"]
        partial = {"customer": {"org_no": cust["org_no"]}, "lines": []}
    else:
        answer, partial = rng.choice(NOTHING[lang]), None
    name = sender.split(" <")[0]
    if rng.random() < 0.5:
        quoted = "\n".join("> " + ln if ln else ">" for ln in question.splitlines())
        body = f"{answer}\n\n{name}\n\n{quoted}\n"
    else:
        head = {"sv": "Från: Kundfaktura\nSkickat: den 1 december 2026 09:00\n", "fi": "Lähettäjä: Myyntilaskutus\n"
                "Lähetetty: 1. joulukuuta 2026 9.00\n", "en": "From: Invoicing\nSent: 1 December 2026 09:00\n"}[lang]
        body = f"{answer}\n\n{name}\n\n{head}\n{question}"
    subject = f"SV: [{token}] Komplettering" if rng.random() < 0.7 else "Re: Komplettering"
    m = mail(sender, subject, mail_date(rng), body, to=CENTRE_FI if fi else CENTRE_SE, msgid=f"<gen-{idx}@gen.test>",
             headers={"In-Reply-To": f"<{token}.1@ekonomicentret.se>"})
    exp = {"kind": "reply", "requests": [partial] if partial else [], "payment_advice": None,
           "in_reply_to_token": token}
    return m, exp
