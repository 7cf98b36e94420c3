"""Generated messages that are no new invoice request although they carry customers, lines and amounts:
credit requests ('kreditera faktura', 'hyvittäkää lasku', 'credit note for invoice') and out-of-office
replies without Auto-Submitted, some to a question mail (with its token)."""
from __future__ import annotations

import random
import string
from decimal import Decimal
from typing import Any

from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases.registry_data import ARTICLES, CUSTOMERS

from . import formats
from .render import mail_date, signature

CREDIT = {
    "sv": "Hej,\n\nvi behöver kreditera faktura {inv} till {cust}. {qty} st {name} ({code}) à {price} debiterades "
          "av misstag.\n\nMvh",
    "fisv": "Hej,\n\nkunde ni kreditera fakturan {inv} till {cust}? {qty} st {name} ({code}) à {price} ska inte "
            "faktureras.\n\nHälsningar",
    "fi": "Hei,\n\nhyvittäkää lasku {inv} ({cust}): {qty} kpl {name} ({code}) á {price} laskutettiin "
          "virheellisesti.\n\nTerveisin",
    "en": "Hi,\n\nplease issue a credit note for invoice {inv} ({cust}): {qty} x {name} ({code}) at {price} was "
          "charged in error.\n\nKind regards,"}
CREDIT_SUBJECT = {"sv": "Kreditering faktura {inv}", "fisv": "Kreditering {inv}", "fi": "Hyvityslasku {inv}",
                  "en": "Credit note for invoice {inv}"}
OOO = {"sv": "Hej,\n\nJag är ledig till och med {d} och läser inte e-post. Brådskande ärenden: ekonomi@smui.se, "
             "tfn 019-17 62 00.\n\nHälsningar\n{name}\n",
       "fisv": "Tack för ditt meddelande!\n\nJag är på semester till {d}. Brådskande ärenden: "
               "laskutus@metsamittaus.fi.\n\n{name}\n",
       "fi": "Olen lomalla {d} asti enkä lue sähköpostia. Kiireellisissä asioissa: laskutus@metsamittaus.fi, "
             "puh. 029 530 2200.\n\n{name}\n",
       "en": "Thank you for your message. I am out of the office until {d} with limited access to e-mail. For "
             "invoicing matters please contact the finance team.\n\n{name}\n"}
OOO_SUBJECT = {"sv": "Frånvaro: {s}", "fisv": "Frånvarande: {s}", "fi": "Poissa toimistolta: {s}",
               "en": "Out of office: {s}"}


def _unknown() -> dict[str, Any]:
    return {"kind": "unknown", "requests": [], "payment_advice": None}


def credit_request(rng: random.Random, agency: dict[str, Any], lang: str, sender: str, idx: int):
    cust = rng.choice([c for c in CUSTOMERS if c["country"] == agency["country"] and not c.get("private")])
    art = rng.choice([a for a in ARTICLES if a["agency"] == agency["code"]])
    inv = str(rng.randint(2610000, 2619999) if agency["country"] == "SE" else rng.randint(4500000, 4509999))
    price = formats.amount(Decimal(art["unit_price"] or "950"), lang, agency["currency"], rng)
    body = CREDIT[lang].format(inv=inv, cust=cust["name"], qty=rng.randint(1, 6), name=art["name"],
                               code=art["code"], price=price) + "\n" + signature(agency, lang, sender.split(" <")[0])
    m = mail(sender, CREDIT_SUBJECT[lang].format(inv=inv), mail_date(rng), body,
             to=CENTRE_FI if agency["country"] == "FI" else CENTRE_SE, msgid=f"<gen-{idx}@gen.test>")
    return m, _unknown() | {"in_reply_to_token": None}


def out_of_office(rng: random.Random, agency: dict[str, Any], lang: str, sender: str, idx: int):
    token = "REQ-" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(5))
    with_token = rng.random() < 0.5
    subject = f"Re: [{token}] Komplettering" if with_token else "Faktureringsunderlag"
    until = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2027" if lang in ("fi", "fisv") else "4 januari 2027"
    if lang == "en":
        until = "Monday 4 January 2027"
    body = OOO[lang].format(d=until, name=sender.split(" <")[0])
    m = mail(sender, OOO_SUBJECT[lang].format(s=subject), mail_date(rng), body,
             to=CENTRE_FI if agency["country"] == "FI" else CENTRE_SE, msgid=f"<gen-{idx}@gen.test>")
    return m, _unknown() if with_token else _unknown() | {"in_reply_to_token": None}
