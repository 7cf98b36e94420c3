"""Generated payment advices (betalningsavisering, maksuilmoitus, remittance advice) with their true items."""
from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from tests.intake.cases.ids import fi_ref, rf, se_ocr
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases.registry_data import CUSTOMERS

from . import formats
from .render import mail_date, signature

TITLE = {"sv": "Betalningsavisering", "fisv": "Betalningsavisering", "fi": "Maksuilmoitus", "en": "Remittance advice"}
PAYER = {"sv": "Betalare", "fisv": "Betalare", "fi": "Maksaja", "en": "Payer"}
PDATE = {"sv": "Betalningsdag", "fisv": "Betalningsdag", "fi": "Maksupäivä", "en": "Payment date"}
INV = {"sv": "Faktura", "fisv": "Faktura", "fi": "Lasku", "en": "Invoice"}
REF = {"sv": "OCR", "fisv": "Referens", "fi": "Viite", "en": "Reference"}
AMOUNT = {"sv": "Belopp", "fisv": "Belopp", "fi": "Summa", "en": "Amount"}
INV_AMOUNT = {"sv": "Fakturabelopp", "fisv": "Fakturabelopp", "fi": "Laskun summa", "en": "Invoice amount"}
PAID = {"sv": "Betalt", "fisv": "Betalt", "fi": "Maksettu", "en": "Paid"}
TOT = {"sv": "Summa", "fisv": "Totalt", "fi": "Yhteensä", "en": "Total paid"}
CREDIT = {"sv": "Kreditfaktura", "fisv": "Kreditnota", "fi": "Hyvityslasku", "en": "Credit note"}
BATCH = {"sv": "Betalningsuppdrag", "fisv": "Betalningsuppdrag", "fi": "Maksuerä", "en": "Payment batch"}
FWD = {"sv": "Hej, vidarebefordrar en betalningsavisering.", "fisv": "Hej, betalningsavisering nedan.",
       "fi": "Hei, alla asiakkaan maksuilmoitus.", "en": "Hi, please see the remittance advice below."}


def _ref_text(ref: str, rng: random.Random) -> str:
    """A reference as payers type it: grouped, and RF references sometimes grouped or in lower case."""
    if ref.startswith("RF"):
        return rng.choice([ref, " ".join(ref[i:i + 4] for i in range(0, len(ref), 4)), ref.lower()])
    return _spaced(ref, rng)


def _spaced(s: str, rng: random.Random) -> str:
    n = rng.choice([0, 3, 4, 5])
    return s if n == 0 else " ".join(s[i:i + n] for i in range(0, len(s), n))


def advice(rng: random.Random, agency: dict[str, Any], lang: str, sender: str, idx: int):
    country, cur = agency["country"], agency["currency"]
    payer = rng.choice([c for c in CUSTOMERS if c["country"] == country and not c.get("private")])
    with_org = rng.random() < 0.5
    items: list[tuple[str, str | None, Decimal]] = []
    for _ in range(rng.randint(1, 4)):
        inv = str(rng.randint(2610000, 2619999) if country == "SE" else rng.randint(45000, 45999))
        ref = rf(inv) if rng.random() < 0.3 else (se_ocr(inv) if country == "SE" else fi_ref(inv))
        items.append((inv, ref, Decimal(rng.randint(10000, 2500000)) / 100))
    if rng.random() < 0.2:
        items.append((str(rng.randint(2610000, 2619999)), None, -Decimal(rng.randint(5000, 90000)) / 100))
    total = sum((a for _, _, a in items), Decimal(0))
    day = rng.randint(1, 28)
    date_iso = f"2026-11-{day:02d}"
    head = [TITLE[lang].upper(), f"{PAYER[lang]}: {payer['name']}" + (f", {payer['org_no']}" if with_org else ""),
            f"{PDATE[lang]}: " + (f"{day}.11.2026" if lang in ("fi", "fisv") else date_iso)]
    if rng.random() < 0.4:
        head.append(f"{BATCH[lang]}: {rng.randint(100, 999)}-{rng.randint(10000, 99999)}")
    sep = rng.choice([",", ""]) if lang == "en" else rng.choice(formats.SV_GROUPING)  # one style per document
    partial = rng.random() < 0.3  # invoice amount and paid amount side by side: the paid one counts
    rows: list[str] = []
    table = [[INV[lang], REF[lang], INV_AMOUNT[lang], PAID[lang]]]
    for n, (number, paid_ref, amt) in enumerate(items):
        money = formats.number(amt, lang, rng, grouping=sep)
        label = INV[lang] if amt > 0 else CREDIT[lang]
        shown = "" if paid_ref is None else _ref_text(paid_ref, rng)
        if partial:
            invoiced = amt + (Decimal(rng.randint(100, 900)) if n == 0 and amt > 0 else 0)
            table.append([number, shown or "-", formats.number(invoiced, lang, rng, grouping=sep), money])
        else:
            rows.append(f"{label} {number}" + (f"  {REF[lang]} {shown}" if shown else "") + f"  {money} {cur}")
    if partial:  # a fixed-width table, amounts right-aligned
        widths = [max(len(row[i]) for row in table) + 3 for i in range(4)]
        rows = ["".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                for row in table]
    tot = f"{TOT[lang]}: {formats.number(total, lang, rng, grouping=sep)} {cur}"
    core = [*head, "", *rows, "", tot]
    body = "\n".join([FWD[lang], "", *core, "", signature(agency, lang, sender.split(" <")[0])])
    html = None
    attachments = []
    if rng.random() < 0.3:  # a bank portal's HTML table, the text part a placeholder
        cells = "".join(f"<tr><td>{i}</td><td>{r or ''}</td><td>{formats.number(a, lang, rng, grouping=sep)}</td></tr>"
                        for i, r, a in items)
        html = ("<table><tr><td>" + "<br>".join(head) + "</td></tr><tr><td><table border='1'><tr>"
                f"<th>{INV[lang]}</th><th>{REF[lang]}</th><th>{AMOUNT[lang]} {cur}</th></tr>{cells}<tr><td colspan='2'>"
                f"{TOT[lang]}</td><td>{formats.number(total, lang, rng, grouping=sep)}</td></tr></table></td></tr>"
                "</table>")
        body = FWD[lang] + "\n"
    elif rng.random() < 0.25:  # the payer's own mail, attached as a message
        inner = mail(f"{payer['name']} <{payer['email']}>", TITLE[lang], mail_date(rng), "\n".join(core) + "\n",
                     to=sender, msgid=f"<adv-{idx}@payer.example>")
        del inner["Authentication-Results"]
        attachments.append(inner)
        body = FWD[lang] + "\n\n" + signature(agency, lang, sender.split(" <")[0])
    m = mail(sender, f"{TITLE[lang]} {idx}", mail_date(rng), body, html, msgid=f"<gen-{idx}@gen.test>",
             to=CENTRE_FI if country == "FI" else CENTRE_SE, attachments=attachments)
    exp: dict[str, Any] = {"kind": "payment_advice", "requests": [],
           "payment_advice": {"payer": {"name": payer["name"], "org_no": payer["org_no"] if with_org else None},
                              "payment_date": date_iso, "total": str(total), "currency": cur,
                              "items": [{"invoice_number": i, "reference": r, "amount": str(a)} for i, r, a in items]},
           "in_reply_to_token": None}
    return m, exp
