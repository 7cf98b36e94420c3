"""Layouts of a generated invoice request: labelled fields, prose bullets, a text table, an HTML table, a CSV
or an XLSX attachment; with greeting, noise, signature (the agency's own identifiers as traps), disclaimer and
sometimes a quoted earlier mail whose numbers must not be taken."""
from __future__ import annotations

import datetime as dt
import email.utils
import random
from decimal import Decimal

from tests.intake.cases import people
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, pdf

from . import files, formats
from .truth import Line, Req, shown_id, written_name
from .vocab import (
    APPROX,
    ARTICLE,
    ATTACHED,
    BUYER,
    CASE_NO,
    CLOSING,
    CUSTNO,
    CUSTOMER,
    DESC,
    GMAIL_HEAD,
    GREETING,
    INTRO,
    LINE_TOTAL,
    MONTHS,
    NO_QTY,
    NOISE,
    NUMBER_WORDS,
    ORDER,
    ORG,
    OUR_REF,
    PERIOD,
    PNR,
    PRICE,
    PROSE_BUYER,
    PROSE_ORDER,
    PROSE_PERIOD,
    QTY,
    QUOTE_HEAD,
    UNITS,
)

SIGS = {"sv": people.sig_se, "fisv": people.sig_fisv, "fi": people.sig_fi, "en": people.sig_en}


def signature(agency: dict, lang: str, name: str) -> str:
    """The sender's agency's signature (a Swedish agency signs in Swedish also under an English mail)."""
    return (people.sig_se if agency["country"] == "SE" else SIGS[lang])(name)
DISCLAIMERS = {"sv": people.DISCLAIMER_SE, "fisv": people.DISCLAIMER_SE, "fi": people.DISCLAIMER_FI,
               "en": people.DISCLAIMER_EN}


def mail_date(rng: random.Random) -> str:
    when = dt.datetime(2026, 12, rng.randint(1, 28), rng.randint(7, 16), rng.randint(0, 59),
                       tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return email.utils.format_datetime(when)


def _unit(ln: Line, lang: str) -> str:
    return UNITS.get(ln.unit, {}).get(lang, ln.unit)


def _price(ln: Line, r: Req, rng: random.Random) -> str | None:
    if ln.price is None:
        return None
    if ln.approx and ln.price >= 1000 and rng.random() < 0.5:  # thousands shorthand is approximate too: '4 tkr', '2 k€'
        k = formats.quantity((ln.price / 1000).quantize(Decimal("0.1")).normalize(), r.lang)
        return f"{k} tkr" if r.agency["currency"] == "SEK" else f"{k} k€"
    text = formats.amount(ln.price, r.lang, r.agency["currency"], rng)
    return f"{rng.choice(APPROX[r.lang])} {text}" if ln.approx else text


def _qty(ln: Line, r: Req, rng: random.Random | None = None) -> str:
    """'3 st', sometimes '3st' or a bare '3' where a label or column says it is the quantity."""
    if ln.qty is None:
        return NO_QTY[r.lang]
    n, unit = formats.quantity(ln.qty, r.lang), _unit(ln, r.lang)
    style = rng.random() if rng else 1.0
    return n if style < 0.2 else (f"{n}{unit}" if style < 0.3 and r.lang != "en" else f"{n} {unit}")


def _address(r: Req) -> str:
    street, pc, city = r.address or ("", "", "")
    return f"{street}, {pc} {city}"


def _identity(r: Req, rng: random.Random) -> list[tuple[str, str]]:
    c, lang = r.customer, r.lang
    out = []
    if r.mode != "custno" or rng.random() < 0.5:
        out.append((rng.choice(CUSTOMER[lang]), written_name(c)))
    if r.mode in ("org", "new"):
        org = shown_id(c)
        if c["country"] == "SE" and not c.get("private") and rng.random() < 0.1:  # 12 digits with a leading 16
            org = "16" + org.replace("-", "")
        label = rng.choice(PNR[lang]) if c.get("private") else rng.choice(ORG[lang])
        out.append((label, org))
    if c.get("email"):
        out.append(({"sv": "E-post", "fisv": "E-post", "fi": "Sähköposti", "en": "E-mail"}[lang], c["email"]))
    if r.mode == "custno":
        out.append((rng.choice(CUSTNO[lang]), c["customer_number"]))
    if r.address:
        out.append(({"sv": "Adress", "fisv": "Adress", "fi": "Osoite", "en": "Address"}[lang], _address(r)))
    return out


def _refs(r: Req, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    if r.buyer:
        out.append((rng.choice(BUYER[r.lang]), r.buyer))
    if r.order:
        out.append((rng.choice(ORDER[r.lang]), r.order))
    if r.period:
        out.append((rng.choice(PERIOD[r.lang]), r.period[0]))
    return out


def _head(r: Req, rng: random.Random) -> str:
    """The customer and reference fields: the identity first, references in any order, varied separators."""
    refs = _refs(r, rng)
    if rng.random() < 0.15:  # the agency's own case number: no order reference
        refs.append((rng.choice(CASE_NO[r.lang]), f"{rng.randint(2024, 2026)}/{rng.randint(100, 9999)}"))
    if rng.random() < 0.1:  # the agency's own handler: not the buyer's reference
        refs.append((OUR_REF[r.lang], rng.choice(["Karin Östberg", "Antti Salminen", "Ulla Sjöholm"])))
    rng.shuffle(refs)
    sep = rng.choice([": ", ": ", ":\t", " - ", ":  "])
    upper = rng.random() < 0.25  # 'ER REFERENS:' as some forms print it
    return "\n".join(f"{k.upper() if upper else k}{sep}{v}" for k, v in _identity(r, rng) + refs)


def prose(r: Req, rng: random.Random) -> str:
    """One or two sentences: 'Fakturera X (org) för 3 st Jordprovtagning (110) och 2 tim … .'"""
    c = r.customer
    who = written_name(c) + (f" ({shown_id(c)})" if r.mode in ("org", "new") else "")
    if r.mode == "custno":
        who += f" ({CUSTNO[r.lang][0].lower()} {c['customer_number']})"
    at = {"sv": "à", "fisv": "à", "fi": "á", "en": "at"}[r.lang]
    parts = []
    for ln in r.lines:
        p = _price(ln, r, rng)
        if ln.qty is None:
            parts.append(f"{ln.name} ({ln.code}), {NO_QTY[r.lang]}" + (f", {at} {p}" if p else ""))
            continue
        qty = _qty(ln, r)
        if ln.qty in range(1, 7) and rng.random() < 0.3:  # 'två st', 'kolme kpl'
            qty = f"{NUMBER_WORDS[r.lang][int(ln.qty) - 1]} {_unit(ln, r.lang)}"
        parts.append(f"{qty} {ln.name} ({ln.code})" + (f" {at} {p}" if p else ""))
    joined = {"sv": " och ", "fisv": " och ", "fi": " ja ", "en": " and "}[r.lang].join(parts)
    verb = {"sv": "Fakturera {w} för {x}.", "fisv": "Fakturera {w} för {x}.", "fi": "Laskuttakaa {w}: {x}.",
            "en": "Please invoice {w} for {x}."}[r.lang]
    legal = written_name(c).rsplit(" ", 1)[-1] in ("Oy", "Ab", "Ky", "Tmi", "ry")
    if r.lang == "fi" and legal and r.mode == "name" and rng.random() < 0.5:
        verb, who = "Laskuttakaa {w} {x}.", c["name"] + ":ltä"  # the Finnish case ending after a colon
    extra = [f"{k}: {v}" for k, v in _refs(r, rng)]
    if rng.random() < 0.5:
        extra = [x for x in (PROSE_BUYER[r.lang].format(v=r.buyer) if r.buyer else None,
                             PROSE_ORDER[r.lang].format(v=r.order) if r.order else None,
                             PROSE_PERIOD[r.lang].format(v=r.period[0]) if r.period else None) if x]
    if r.address:
        extra.append(_address(r))
    if c.get("email"):
        extra.append(c["email"])
    return verb.format(w=who, x=joined) + ("\n" + "\n".join(extra) if extra else "")


def labelled(r: Req, rng: random.Random) -> str:
    head = _head(r, rng)
    blocks = []
    dashed = rng.random() < 0.3  # 'Artikel 130 …' then '  – antal: 2'
    for ln in r.lines:
        p = _price(ln, r, rng)
        if dashed:
            b = [f"{ARTICLE[r.lang]} {ln.code} {ln.name}", f"  – {QTY[r.lang].lower()}: {_qty(ln, r)}"]
            b += [f"  – {PRICE[r.lang].lower()}: {p}"] if p else []
        else:
            b = [f"{ARTICLE[r.lang]}: {ln.code} {ln.name}", f"{QTY[r.lang]}: {_qty(ln, r, rng)}"]
            b += [f"{PRICE[r.lang]}: {p}"] if p else []
        blocks.append("\n".join(b))
    return head + "\n\n" + "\n\n".join(blocks)


def bullets(r: Req, rng: random.Random) -> str:
    head = _head(r, rng)
    at = {"sv": "à", "fisv": "à", "fi": "á", "en": "at"}[r.lang]
    rows = []
    for ln in r.lines:
        p = _price(ln, r, rng)
        rows.append(f"- {ln.name} ({ln.code}), {_qty(ln, r)}" + (f" {at} {p}" if p else ""))
    return head + "\n\n" + "\n".join(rows)


def _line_total(ln: Line, r: Req, rng: random.Random) -> str:
    """Only the line amount (quantity × price): the price is amount / quantity, exactly."""
    if ln.price is None or ln.qty is None:
        return ""
    return formats.amount(ln.price * ln.qty, r.lang, r.agency["currency"], rng)


def text_table(r: Req, rng: random.Random) -> str:
    head = _head(r, rng)
    totals = all(ln.qty is not None and not ln.approx for ln in r.lines) and rng.random() < 0.3
    cols = [ARTICLE[r.lang], DESC[r.lang], QTY[r.lang], LINE_TOTAL[r.lang] if totals else PRICE[r.lang]]
    rows = [[ln.code, ln.name, _qty(ln, r, rng) if ln.qty is not None else "",
             _line_total(ln, r, rng) if totals else _price(ln, r, rng) or ""] for ln in r.lines]
    widths = [max(len(x[i]) for x in [cols] + rows) + 3 for i in range(4)]
    fmt = "".join(f"{{:<{w}}}" for w in widths)
    return head + "\n\n" + "\n".join(fmt.format(*x).rstrip() for x in [cols] + rows)


def _lines_table(r: Req, rng: random.Random) -> str:
    cols = [ARTICLE[r.lang], DESC[r.lang], QTY[r.lang], PRICE[r.lang]]
    trs = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in (
        ln.code, ln.name, _qty(ln, r) if ln.qty is not None else "", _price(ln, r, rng) or "")) + "</tr>"
        for ln in r.lines)
    return ("<table border='1' cellpadding='3'><tr>" + "".join(f"<th>{c}</th>" for c in cols)
            + f"</tr>{trs}</table>")


def html_table(r: Req, rng: random.Random) -> str:
    colon = rng.choice(["", ":"])
    kv = "".join(f"<tr><td><b>{k}{colon}</b></td><td>{v}</td></tr>" for k, v in _identity(r, rng) + _refs(r, rng))
    return f"<table border='1'>{kv}</table><br>" + _lines_table(r, rng)


def two_column(r: Req, rng: random.Random) -> str:
    """A form: the customer block on the left, references on the right (neither may leak into the other)."""
    left = "<br>".join(f"{k}: {v}" for k, v in _identity(r, rng))
    right = "<br>".join(f"{k}: {v}" for k, v in _refs(r, rng))
    return (f"<table style='border:none'><tr><td style='border:none;width:50%'>{left}</td>"
            f"<td style='border:none'>{right}</td></tr></table><br>" + _lines_table(r, rng))


def _quote(r: Req, rng: random.Random, sender: str) -> str:
    """An earlier mail about the same customer with other numbers, quoted below the new text."""
    old = Req(r.agency, r.lang, r.customer, r.mode, lines=[Line(ln.code, ln.name, ln.unit, ln.reg_price, ln.vat,
                                                               (ln.qty or Decimal(1)) + 7) for ln in r.lines])
    text = "\n".join([rng.choice(GREETING[r.lang]), "", bullets(old, rng), "", sender.split(" <")[0]])
    lang = r.lang
    mon = MONTHS["en" if lang == "en" else ("fi" if lang == "fi" else "sv")][8]
    vals = {"name": sender.split(" <")[0], "addr": sender.split("<")[1].rstrip(">"), "d": 3, "m": 9, "mon": mon,
            "y": 2026, "hm": "10:12", "subject": "Fakturering"}
    if rng.random() < 0.5:
        return QUOTE_HEAD[lang].format(**vals) + "\n" + text
    return GMAIL_HEAD[lang].format(**vals) + "\n" + "\n".join("> " + ln for ln in text.splitlines())


def message(reqs: list[Req], layout: str, rng: random.Random, sender: str, idx: int, quoted: bool):
    r0 = reqs[0]
    lang, fi = r0.lang, r0.agency["country"] == "FI"
    top = [rng.choice(GREETING[lang]), ""]
    if rng.random() < 0.3:
        top += [rng.choice(NOISE[lang]), ""]
    top.append(rng.choice(INTRO[lang]) if layout not in ("csv", "xlsx", "pdf") else ATTACHED[lang])
    tail = ["", rng.choice(CLOSING[lang]), signature(r0.agency, lang, sender.split(" <")[0])]
    if rng.random() < 0.5:
        tail.append(DISCLAIMERS[lang])
    html = None
    atts = []
    middle: list[str] = []
    if layout in ("csv", "xlsx"):
        atts.append(files.attachment(reqs, layout, rng, idx))
    elif layout == "pdf":
        title = {"sv": "Faktureringsunderlag", "fisv": "Faktureringsunderlag", "fi": "Laskutusaineisto",
                 "en": "Invoice request"}[lang]
        form = two_column if rng.random() < 0.4 else html_table
        atts.append(pdf(f"underlag_{idx}.pdf", f"<h1>{title}</h1>" + "<br>".join(form(r, rng) for r in reqs)))
    else:
        render = {"labelled": labelled, "bullets": bullets, "text_table": text_table, "html": text_table,
                  "prose": prose}[layout]
        middle = ["", *("\n\n".join(render(r, rng) for r in reqs).splitlines())]
        if layout == "html":
            html = ("<html><body><p>" + top[0] + "</p><p>" + top[-1] + "</p>"
                    + "<br>".join(html_table(r, rng) for r in reqs) + "<p>" + "<br>".join(
                        x for x in tail[1:3]).replace("\n", "<br>") + "</p></body></html>")
    if middle and layout != "html" and rng.random() < 0.1:
        fwd = {"sv": "---------- Vidarebefordrat meddelande ---------\nFrån: {n}\nÄmne: Fakturering\n",
               "fisv": "---------- Vidarebefordrat meddelande ---------\nFrån: {n}\nÄmne: Fakturering\n",
               "fi": "---------- Forwarded message ---------\nLähettäjä: {n}\nAihe: Laskutus\n",
               "en": "---------- Forwarded message ---------\nFrom: {n}\nSubject: Invoicing\n"}[lang]
        middle = ["", *fwd.format(n="Kirjaamo / Registrator <" + sender.split("<")[1]).splitlines(), *middle]
    body = "\n".join(top + middle + tail)
    if html is not None and rng.random() < 0.4:
        body = {"sv": "Detta meddelande innehåller HTML.", "fisv": "Meddelandet är i HTML-format.",
                "fi": "Tämä viesti on HTML-muodossa.", "en": "This message is in HTML format."}[lang] + "\n"
    if quoted and len(reqs) == 1 and layout in ("labelled", "bullets", "text_table", "prose"):
        body += "\n\n" + _quote(r0, rng, sender)
    date = mail_date(rng)
    subject = {"sv": "Faktureringsunderlag", "fisv": "Faktureringsunderlag", "fi": "Laskutusaineisto",
               "en": "Invoice request"}[lang] + f" {idx}"
    return mail(sender, subject, date, body, html, to=CENTRE_FI if fi else CENTRE_SE, msgid=f"<gen-{idx}@gen.test>",
                attachments=atts)
