"""Master-data requests in e-mails: new or changed articles, customers and e-invoice addresses (sv/fi/en body
text with `Label: value` lines; CSV/XLSX attachments with a header row), and answers to the centre's master-data
question mails (paths `data.*` in parentheses in the quoted question mail).

Output per change: {"entity": "article"|"customer"|"einvoice_address", "action": "create"|"update",
"data": {...}, "valid_from": "YYYY-MM-DD"|null, "questions": [paths]}. Values are as written (prices as plain
decimals, the VAT as written: "25", "25.5", "0", or a code word); core.requests.masterdata validates and normalises.
A label written without a value ("Moms: ") keeps its key with null, so it is asked.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .amounts import parse_amount, plain_decimal
from .dates import find_dates
from .replies import _answer_text

# subject/top-of-body phrases that make a message a master-data request (not an invoicing request)
_KEYWORDS = re.compile(
    r"(?i)\b(?:ny(?:a|tt)? artikl?(?:ar|el)|artikeländring|ändr(?:a|ad|at|ing)(?: av)? (?:artikel|pris|kund)|"
    r"prisändring|nytt pris|ny kund(?:post)?|kunduppgifter|kundregist|e-fakturaadress|registerändring|grunddata|"
    r"uusi (?:tuote|nimike|hinta)|tuotemuutos|nimikemuutos|hinnanmuutos|hintamuutos|asiakastietojen muutos|"
    r"asiakasrekister|verkkolaskuosoite|perustietomuutos|"
    r"new article|article change|change of article|price change|new price|customer details|customer master|"
    r"e-invoice address|master data|register change)\b")
_INVOICING = re.compile(r"(?i)\b(?:fakturer|faktureringsunderlag|fakturaunderlag|laskut(?:us|ettava|taa)|"
                        r"invoice request|invoicing|please invoice)")
_LABELS: list[tuple[str, re.Pattern]] = [(key, re.compile(rx, re.I)) for key, rx in [
    ("valid_from", r"^(?:gäller (?:från|fr\.?o\.?m\.?)|giltig (?:från|fr\.?o\.?m\.?)|fr\.?o\.?m\.?|från och med|"
                   r"from|voimassa(?: alkaen)?|alkaen|valid from|effective(?: from)?)$"),
    ("code", r"^(?:artikel(?:nummer|nr|kod)?|art\.? ?nr|artikelkod|kod|tuote(?:koodi|numero)?|nimike(?:koodi)?|"
             r"koodi|article(?: code| no\.?| number)?|code|item(?: code)?)$"),
    ("unit_price", r"^(?:(?:nytt |nuvarande )?(?:à-?)?pris(?: exkl\.? moms)?|(?:uusi )?(?:yksikkö)?hinta"
                   r"(?: alv 0 ?%| veroton)?|(?:new |unit )?price(?: excl\.? vat)?)$"),
    ("vat_code", r"^(?:moms(?:sats|kod)?(?: %)?|alv(?:-?kanta|-?koodi)?(?: %)?|vat(?: rate| code)?(?: %)?)$"),
    ("unit", r"^(?:enhet|yksikkö|unit)$"),
    ("revenue_account", r"^(?:intäktskonto|konto|tulotili|tili|revenue account|account)$"),
    ("customer_number", r"^(?:kundnummer|kundnr|asiakasnumero|asiakasnro|customer (?:number|no\.?))$"),
    ("org_no", r"^(?:org\.? ?nr|organisationsnummer|personnummer|y-tunnus|fo-nummer|business id|"
               r"org(?:anisation)?\.? ?(?:no|number)|company id)$"),
    ("vat_no", r"^(?:momsreg(?:istrerings)?\.? ?nr|vat (?:no|number)|alv-numero|alv-tunnus)$"),
    ("peppol_id", r"^(?:peppol(?:-?id)?|e-fakturaadress|verkkolaskuosoite|ovt(?:-tunnus)?|e-invoice address|"
                  r"einvoice address)$"),
    ("address", r"^(?:(?:post)?adress|(?:posti)?osoite|(?:postal )?address)$"),
    ("contact", r"^(?:kontaktperson|kontakt|yhteyshenkilö|contact(?: person)?)$"),
    ("email", r"^(?:e-?post|e-?mail|sähköposti)$"),
    ("name", r"^(?:benämning|namn|kundnamn|företag|nimi|nimike(?:n nimi)?|asiakas|asiakkaan nimi|name|"
             r"customer(?: name)?|description|beskrivning|kuvaus)$"),
]]
_LINE_RE = re.compile(r"^\s*([A-Za-zÅÄÖåäö][\wÅÄÖåäö .\-%/]{0,40}?)\s*[:=]\s*(.*?)\s*$")
_PATH_RE = re.compile(r"\((data\.(?:code|name|vat_code|unit_price|customer|org_no|address|peppol_id))\)")
_NUM_RE = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")


def _label(text: str) -> str | None:
    t = " ".join(text.strip().lower().split())
    for key, rx in _LABELS:
        if rx.match(t):
            return key
    return None


def _entity(text: str, data: dict) -> str:
    t = text.lower()
    if re.search(r"e-fakturaadress|verkkolaskuosoite|e-invoice address|peppol", t) and not data.get("name"):
        return "einvoice_address"
    if re.search(r"\bkund|asiakas|customer", t) and not data.get("code"):
        return "customer"
    return "article"


def _action(text: str) -> str:
    if re.search(r"(?i)\b(?:ändr|ändring|nytt pris|ny(?:tt)? pris|uusi hinta|muutos|muutet|change|update|"
                 r"korrigera|korjaus)", text):
        return "update"
    return "create"


def _vat(value: str) -> str | None:
    v = (value or "").strip()
    if not v:
        return None
    m = re.search(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%?", v)
    if m:
        return m.group(1).replace(",", ".")
    return v.lower()


def _value(key: str, raw: str, year: int) -> Any:
    raw = (raw or "").strip()
    if raw in ("", "-", "–", "?", "??"):
        return None
    if key == "unit_price":
        return plain_decimal(parse_amount(raw))
    if key == "vat_code":
        return _vat(raw)
    if key == "valid_from":
        found = find_dates(raw, year)
        return found[0].first.isoformat() if found else None
    return raw


def is_masterdata(subject: str, body: str) -> bool:
    """A master-data request: a master-data phrase in the subject or the first lines, and no invoicing words
    in the subject."""
    head = "\n".join((body or "").strip().splitlines()[:6])
    return bool(_KEYWORDS.search(subject or "") or _KEYWORDS.search(head)) and not _INVOICING.search(subject or "")


def from_text(subject: str, body: str, on: dt.date) -> list[dict]:
    """The change described by `Label: value` lines of the body (own text, not quoted)."""
    data: dict[str, Any] = {}
    valid_from = None
    for line in (body or "").splitlines():
        if line.lstrip().startswith(">"):
            break
        m = _LINE_RE.match(line)
        if not m:
            continue
        key = _label(m.group(1))
        if key is None or key in data:
            continue
        val = _value(key, m.group(2), on.year)
        if key == "valid_from":
            valid_from = val
            continue
        data[key] = val
    if not data:
        return []
    text = f"{subject}\n{body[:400]}"
    entity = _entity(text, data)
    return [_change(entity, _action(text), data, valid_from)]


_HEADERS = dict(_LABELS)


def from_rows(rows: list[list[str]], subject: str, on: dt.date) -> list[dict]:
    """Changes from a table (CSV/XLSX): the first row whose cells are mostly known labels is the header."""
    for h, header in enumerate(rows[:5]):
        keys = [_label(c or "") for c in header]
        if sum(1 for k in keys if k) < 2:
            continue
        out = []
        for row in rows[h + 1:]:
            if not any((c or "").strip() for c in row):
                continue
            data: dict[str, Any] = {}
            valid_from = None
            for k, cell in zip(keys, row):
                if k is None:
                    continue
                val = _value(k, cell, on.year)
                if k == "valid_from":
                    valid_from = val
                else:
                    data[k] = val
            entity = _entity(subject, data)
            out.append(_change(entity, _action(subject), data, valid_from))
        return out
    return []


def _change(entity: str, action: str, data: dict, valid_from: str | None) -> dict:
    if entity == "article" and data.get("name") is None and "name" in data:
        data.pop("name")
    if entity == "customer" and isinstance(data.get("contact"), str) and data.get("email"):
        data["contact"] = {"name": data["contact"], "email": data["email"]}
    qs: list[str] = []
    if entity == "article":
        if not data.get("code"):
            qs.append("data.code")
        if action == "create":
            qs += [p for p, k in (("data.name", "name"), ("data.vat_code", "vat_code")) if not data.get(k)]
        elif "vat_code" in data and not data.get("vat_code"):
            qs.append("data.vat_code")
        if "unit_price" in data and data.get("unit_price") is None:
            qs.append("data.unit_price")
    elif entity == "customer":
        if action == "create":
            if not data.get("name"):
                qs.append("data.name")
            if not data.get("org_no"):
                qs.append("data.org_no")
            if not data.get("address") and not data.get("peppol_id"):
                qs.append("data.address")
        elif not (data.get("customer_number") or data.get("org_no")):
            qs.append("data.customer")
    else:
        action = "update"
        if not (data.get("customer_number") or data.get("org_no")):
            qs.append("data.customer")
        if not data.get("peppol_id"):
            qs.append("data.peppol_id")
    return {"entity": entity, "action": action, "data": data, "valid_from": valid_from, "questions": qs}


# ---------------------------------------------------------------- replies

def reply_answers(body: str) -> dict[str, str] | None:
    """{path: answer text} for the master-data questions quoted in a reply (None when it quotes none)."""
    asked = _asked(body)
    if not asked:
        return None
    answer = _answer_text(body)
    if not answer.strip():
        return None
    numbered = {}
    for ln in answer.splitlines():
        nm = _NUM_RE.match(ln)
        if nm:
            numbered[int(nm.group(1))] = nm.group(2).strip()
    own = [ln.strip() for ln in answer.splitlines() if ln.strip()]
    out: dict[str, str] = {}
    for num, path in asked:
        text = numbered.get(num) if num is not None else None
        if text is None and len(asked) == 1:
            text = " ".join(own)
        if text is None:
            text = _labelled_answer(own, path)
        if not text:
            continue
        lm = _LINE_RE.match(text)
        if lm and _label(lm.group(1)):
            text = lm.group(2)
        if path == "data.vat_code":
            val = _vat(text)
        elif path == "data.unit_price":
            val = plain_decimal(parse_amount(text))
        else:
            val = text.strip()
        if val:
            out[path] = val
    return out


def _asked(body: str) -> list[tuple[int | None, str]]:
    """(question number, path) for every path the quoted question mail asked about."""
    asked = []
    for ln in (body or "").splitlines():
        ln2 = re.sub(r"^\s*(?:>\s?)+", "", ln)
        for m in _PATH_RE.finditer(ln2):
            nm = _NUM_RE.match(ln2)
            asked.append((int(nm.group(1)) if nm else None, m.group(1)))
    return asked


def _labelled_answer(own: list[str], path: str) -> str | None:
    """"Momssats: 25 %" style: the answer whose label names the asked field."""
    for ln in own:
        m = _LINE_RE.match(ln)
        if m and _label(m.group(1)) == path[5:]:
            return m.group(2)
    return None
