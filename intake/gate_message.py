"""The message-wide checks of the straight-through rule (intake.gate): stated totals against the computed ones,
customers the message names that no request is for, labelled lines nothing was read from, and VAT rates a line
states. Each gives findings `{code, path, reason}`; intake.gate puts them on every request they concern.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from intake.evidence import LineInfo, line_map, part_texts
from intake.extract.amounts import find_amounts
from intake.extract.dependants import is_dependants_number
from intake.extract.identifiers import find_identifiers
from intake.extract.line_vat import net_wording
from intake.extract.mime import Mail, Part
from intake.extract.patterns import compiled
from intake.extract.registry import Registry, money
from intake.office_lines import office_line

ALLOWED_SEGMENTS = ("newest", "forwarded")


def newest_lines(mail: Mail, body_text: Callable[[list[Part]], str]) -> Iterator[tuple[str, int, LineInfo]]:
    """(part label, line number, line) for every line of the sender's newest words or of a forwarded message that
    is the request, part by part in line order: the lines every message-wide check reads (never quoted history or
    the sender's signature)."""
    for label, (text, level) in part_texts(mail, body_text).items():
        for n, info in sorted(line_map(text, mail.subject, level).items()):
            if info.segment in ALLOWED_SEGMENTS:
                yield label, n, info
_Q = Decimal("0.01")


def finding(code: str, path: str, reason: str) -> dict[str, str]:
    return {"code": code, "path": path, "reason": reason}


def dedupe(found: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in found:
        if (f["code"], f["path"]) not in seen:
            seen.add((f["code"], f["path"]))
            out.append(f)
    return out


TOTAL_RE = re.compile(r"(?i)\b(?:summa|totalt?|totalsumma|totalbelopp|att fakturera|att betala|yhteensä|"
                      r"kokonaissumma|laskutettava yhteensä|grand total|total amount|in total|belopp totalt|sum)\b")

CUSTOMER_NUMBER_RE = re.compile(r"(?i)\b(?:kund(?:nummer|nr|-nr)|customer (?:number|no\.?|nr|id)|"
                                r"asiakas(?:numero|nro|tunnus))\b\W{0,3}(?P<n>[A-Z0-9][\w-]{1,15})")

def unused_identities(mail: Mail, body_text: Callable[[list[Part]], str], reg: Registry, reqs: list[dict],
                       evidence: dict[str, Any], texts: list[str]) -> list[dict[str, str]]:
    """Customers the newest text or a PDF names (a valid org number or a register customer number, outside the
    sender's signature) that no request is for: a second customer merged into another's request, or a line of its
    own lost. Every request of the message is held then."""
    mine: set[str] = set()
    for r in reqs:
        c = r.get("customer") or {}
        mine |= {_digits(c.get("org_no")), str(c.get("customer_number") or "")}
    mine |= {_digits(e.get("value")) for k, e in evidence.items() if k.endswith("customer.org_no")}
    mine |= {str(e.get("value")) for k, e in evidence.items() if k.endswith("customer.customer_number")}
    parts = part_texts(mail, body_text)
    lines = [(f"line {n}", info.text) for text, level in parts.values()
             for n, info in sorted(line_map(text, mail.subject, level).items()) if info.segment in ALLOWED_SEGMENTS]
    known = {t for t, _ in parts.values()}
    lines += [("an attachment", ln) for t in texts[1:] if t not in known for ln in t.splitlines()]  # PDF texts
    found = []
    for where, text in lines:
        for who in _identities(text, reg, mail):
            if not {who[0], who[1]} & mine:
                found.append(finding("unused_identity", "customer.org_no",
                                     f"the message also names {who[2]} ({where}), which no request is for"))
    return dedupe(found)[:3]


LABELLED_RE = re.compile(r"^\s*(?:[-*•]\s*)?(?P<label>[^\W\d][\w .,/%&()'’-]{1,30}?)\s*(?::|\s[-–]\s|\t)\s*"
                         r"(?P<value>\S.{0,80})$")
HEADERISH_RE = re.compile(r"(?i)^(?:från|from|till|to|cc|ämne|subject|aihe|lähettäjä|vastaanottaja|skickat|sent|"
                          r"date|datum|päivämäärä|tel|tfn|puh|phone|mobil|gsm|e-?post|e-?mail|sähköposti|web|www|"
                          r"hemsida|kotisivu|iban|bic|bankgiro|plusgiro|ärende|vårt dnr|dnr|diarienummer|diarienr|"
                          r"vårt diarienummer|"
                          # the agency's own case or booking number: "Vårt ärende: A-2026/4411", "Lokalbokning nr:
                          # LB-2026-0877" (its booking system's), never the customer's reference
                          r"vårt ärende|vårt ärendenr|vårt ärendenummer|meidän asia|lokalbokning nr|lokalbokningsnr|"
                          r"bokningsnr|bokningsnummer|bokning nr|varausnumero|varausnro|booking no|booking number|"
                          r"diaarinumero|dnro|asia|asianumero|case|case no|our ref|vår ref|vår referens|meidän viite|"
                          r"ärendenummer|ärendenr|ärende nr|case number|case nr|asianro|"
                          r"obs|huom|note|ps|p\.s)$")


DATEISH_RE = re.compile(r"(?i)\d{1,2}\.\d{1,2}\.|\d{4}-\d{2}|\b(?:v|vecka|vko|viikko|week|kvartal|q[1-4]|h[12])\b|"
                        r"halvår|vuosipuolisko|neljännes|quarter|half|"
                        r"\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*|kuu(?:ta|n|ssa)?\b")


#: a sentence that asks for a marking or names the customer's reference without a label ("Fakturan ska märkas
#: med …", "Merkitkää laskuun …", "please quote … on the invoice")
REF_CUE_RE = re.compile(r"(?i)\b(?:märk(?:a|as|s|ning)?\s+(?:fakturan|med)|fakturan\s+(?:ska|skall|bör)\s+märkas|"
                        r"merkit(?:kää|ään|ä)\s+laskuun|laskuun\s+merkit|quote\b.{1,40}\bon\s+the\s+invoice|"
                        r"mark\s+the\s+invoice|invoice\s+should\s+be\s+marked)")


def _values(reqs: list[dict]) -> tuple[set[str], bool]:
    """Every text value the requests hold (normalised), and whether any line has a period."""
    out: set[str] = set()
    period = False
    for r in reqs:
        out |= {" ".join(str(v).split()).casefold() for v in (r.get("customer") or {}).values() if isinstance(v, str)}
        out |= {" ".join(str(r.get(k)).split()).casefold() for k in ("buyer_reference", "order_reference")
                if r.get(k)}
        for ln in r.get("lines") or []:
            out |= {" ".join(str(ln.get(k)).split()).casefold() for k in ("article", "description") if ln.get(k)}
            period = period or bool(ln.get("period_start"))
    return out, period


def unread_labels(mail: Mail, body_text: Callable[[list[Part]], str], evidence: dict[str, Any],
                   reqs: list[dict], own_names: frozenset[str] = frozenset(),
                   states_nothing: Callable[[str, str], bool] | None = None) -> list[dict[str, str]]:
    """Labelled lines of the newest text ("Beställning - 4471", "Märkning: projekt X") that gave no value to any
    request: something the sender stated was not understood, so what was read may be incomplete or misplaced. The
    sending agency's letterhead ("Järvimaan liitto – Asianhallinta": its name in `own_names`) states nothing, nor
    does a (label, value) `states_nothing` knows (a case system's handler or status, intake.process_fields)."""
    used = {(str(e.get("part")), e.get("line")) for k, e in evidence.items() if isinstance(e, dict)
            and (not k.endswith(".period") or DATEISH_RE.search(str(e.get("text") or "")))}
    values, has_period = _values(reqs)
    has_ref = any(r.get("buyer_reference") for r in reqs)
    found = []
    for label, n, info in newest_lines(mail, body_text):
        m = LABELLED_RE.match(info.text)
        if (label, n) in used:
            continue
        if not m:
            if not has_ref and REF_CUE_RE.search(info.text):
                found.append(finding("unread", f"{label}:{n}", f"line {n} names a reference that was not "
                                                               f"read: {info.text.strip()}"))
            continue
        if " ".join(m.group("label").split()).casefold() in own_names or \
                (states_nothing is not None and states_nothing(m.group("label"), m.group("value"))):
            continue
        if HEADERISH_RE.match(m.group("label").strip()) or len(m.group("label").split()) > 4 or \
                TOTAL_RE.search(m.group("label")) or office_line(info.text.strip()):
            continue  # not request data (also a meeting's place, opening hours), or a total (checked)
        value = " ".join(m.group("value").split()).casefold().strip(" .,;")
        if value in values or (has_period and DATEISH_RE.search(value) and not re.search(r"[a-z]{2,}-?\d", value)):
            continue  # its value is in a request (read where the parser kept no line for it)
        found.append(finding("unread", f"{label}:{n}", f"line {n} was not understood: {info.text.strip()}"))
    return found[:3]


def _identities(text: str, reg: Registry, mail: Mail) -> list[tuple[str, str, str]]:
    """(org digits, customer number, shown) of the customers a line names."""
    out = []
    on = mail.date.date() if mail.date else None
    for ident in find_identifiers(text, on):
        if ident.value and not reg.is_agency_identifier(ident.value) and not is_dependants_number(text, ident.start):
            c = reg.by_org(ident.value)
            out.append((_digits(ident.value), str((c or {}).get("customer_number") or "-"), ident.value))
    for m in CUSTOMER_NUMBER_RE.finditer(text):
        c = reg.by_number(m.group("n"))
        if c:
            out.append((_digits(c.get("org_no")), str(c.get("customer_number")), f"customer {m.group('n')}"))
    return out


def _digits(v: Any) -> str:
    d = re.sub(r"\D", "", str(v or ""))
    return d[2:] if len(d) == 12 else d



VAT_RE = re.compile(r"(?i)(?:\b(?:moms\w*|alv|vat|mervärdesskatt|arvonlisävero)\b\D{0,12}?(\d{1,2}(?:[.,]\d)?)\s*%|"
                    r"(\d{1,2}(?:[.,]\d)?)\s*%\s*(?:moms|alv|vat)\b)")
VAT_FREE_RE = re.compile(r"(?i)\b(?:momsfri\w*|utan moms|vat[- ]exempt|exempt from vat|veroton|alv[- ]?vapaa|"
                         r"arvonlisäverot(?:on|ta))\b")


def vat_findings(r: dict[str, Any], ev: dict[str, Any]) -> list[dict[str, str]]:
    """A VAT rate the line's own text states must be the line's rate (a missed "momsfritt" is a wrong invoice)."""
    found = []
    for j, ln in enumerate(r.get("lines") or []):
        texts = {str(e.get("text")) for k, e in ev.items() if k.startswith(f"lines[{j}].") and e.get("text")}
        if len(texts) != 1 or ln.get("vat_rate") is None:
            continue  # only a line read from one line of text of its own
        text = texts.pop()
        dotted = text.replace(",", ".")     # a zero-rate word that only says a price is net states no rate
        stated = {Decimal(m.group(1) or m.group(2)).normalize() for m in VAT_RE.finditer(dotted)
                  if Decimal(m.group(1) or m.group(2)) or not net_wording(dotted, m.start(), m.end())}
        if any(not net_wording(text, m.start(), m.end()) for m in VAT_FREE_RE.finditer(text)):
            stated.add(Decimal(0))
        rate = money(ln.get("vat_rate"))
        if stated and rate is not None and rate.normalize() not in stated:
            found.append(finding("vat_differs", f"lines[{j}].vat_rate", f"the line states VAT "
                                 f"{', '.join(str(x) for x in sorted(stated))} %, the request has {rate} %"))
    return found



def stated_totals(mail: Mail, body_text: Callable[[list[Part]], str]) -> list[Decimal]:
    """Totals the message states in its newest or forwarded text (not in quoted history): an amount of money
    right after a total word ("Summa: 31 700,00", "3 st, totalt 30 000 kr")."""
    out = []
    for text, level in part_texts(mail, body_text).values():
        for _n, info in line_map(text, mail.subject, level).items():
            m = TOTAL_RE.search(info.text) if info.segment in ALLOWED_SEGMENTS else None
            if m is None:
                continue
            after = info.text[m.end():]
            money_found = [a for a in find_amounts(after) if a.value is not None and not a.approximate
                           and a.start < 30 and (a.has_currency or re.search(r"\d[.,]\d{2}$", after[a.start:a.end]))]
            if money_found and not re.match(r"(?i)\W*(?:antal|timmar|tim|h\b|st\b|kpl|tuntia|pcs|hours)", after):
                out.append(money_found[0].value)
    return [v for v in out if v is not None]



def sums(r: dict[str, Any]) -> tuple[Decimal, Decimal, set[Decimal]] | None:
    """(net, gross, each line's net and gross) of a request when every line has a quantity and a price."""
    net = gross = Decimal(0)
    each: set[Decimal] = set()
    for ln in r.get("lines") or []:
        q, p = money(ln.get("quantity")), money(ln.get("unit_price"))
        if q is None or p is None:
            return None
        amount = (q * p).quantize(_Q)
        rate = money(ln.get("vat_rate")) or Decimal(0)
        net += amount
        gross += amount + (amount * rate / 100).quantize(_Q)
        each |= {amount, amount + (amount * rate / 100).quantize(_Q)}
    return net, gross, each


def totals_findings(totals: list[Decimal], sums: list[tuple[Decimal, Decimal, set[Decimal]] | None],
            i: int) -> list[dict[str, str]]:
    """Every stated total must equal a computed one: the request's or the whole message's net or gross total, or a
    line's amount (a lump sum "totalt 12 000 kr")."""
    mine = sums[i]
    if not totals or mine is None:
        return []
    allowed = {mine[0], mine[1], *mine[2]}
    if all(s is not None for s in sums) and len(sums) > 1:
        allowed |= {sum((s[0] for s in sums if s), Decimal(0)), sum((s[1] for s in sums if s), Decimal(0))}
    allowed = {a.quantize(_Q) for a in allowed}
    wrong = [t for t in totals if t.quantize(_Q) not in allowed]
    if not wrong:
        return []
    return [finding("total_mismatch", "lines", f"stated total {', '.join(str(t) for t in wrong)} differs from "
                                               f"the computed {mine[0]} (net) / {mine[1]} (incl. VAT)")]



def description_findings(r: dict[str, Any], ev: dict[str, Any], reg: Registry, agency: dict | None
                         ) -> list[dict[str, str]]:
    """A line described by the register's article name although its own line adds to it ("Konsulttimme –
    projekt 31 (210)"): the invoice would lose the sender's words."""
    found = []
    code = (agency or {}).get("code")
    for j, ln in enumerate(r.get("lines") or []):
        e = ev.get(f"lines[{j}].article") or {}
        art = reg.article(code, ln.get("article")) if ln.get("article") else None
        if not art or f"lines[{j}].description" in ev or not e.get("text") or ln.get("description") != art.get("name"):
            continue
        head = str(art.get("name")).split(",")[0].strip().casefold()
        m = compiled(re.escape(head) + r"\s+[–—-]\s+\w").search(str(e["text"]).casefold()) if head else None
        if m or _says_more(head, str(art.get("name")), str(ln.get("article")), str(e["text"])):
            found.append(finding("description", f"lines[{j}].description", f"the register's name is used, the line "
                                 f"says more: {e['text']}"))
    return found


#: unit words that may follow an article's name on its line ("Kartutdrag 1 st", "Handläggning tim")
_UNIT_WORDS = frozenset("st styck stycken tim timme timmar h kpl kappale kappaletta tunti tuntia pcs hours hour "
                        "dag dagar päivä päivää day days à á per".split())


def _says_more(head: str, name: str, article: str, text: str) -> bool:
    """A table row whose description column names the register's article with words of its own ("Handläggning
    tillbyggnad  BL20  3,5 tim", the article code in the next column): the sender's description, not the
    register's name, says what is invoiced."""
    if not head or not article:
        return False
    m = compiled(rf"^\W*{re.escape(head)}((?:\s[^\W\d_]+)+?)(?:\s{{2,}}|\t)\s*{re.escape(article.casefold())}\b"
                 ).match(text.casefold())
    if not m:
        return False
    own = set(re.findall(r"[^\W\d_]+", name.casefold())) | _UNIT_WORDS
    return any(w not in own for w in m.group(1).split())
