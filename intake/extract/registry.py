"""Customer and article resolution against a registry shaped like registry.json.

The registry is plain data (a dict) so the database layer can hand over the same shape later. Compiling it
(indexes, the name regex used to spot customer names in prose) is done once per registry object and cached, so
parsing a thousand messages does not rebuild it a thousand times.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz, process

from core.kernel.parties import LEGAL_FORMS
from intake.extract.patterns import compiled

_LEGAL_RE = re.compile(r"\s+(?:{})$".format("|".join(sorted(LEGAL_FORMS, key=len, reverse=True))))
#: after a register name: more capitalised words and a legal form — the text names a longer company
_LONGER_NAME_RE = re.compile(r"[ \t]+(?:[A-ZÅÄÖ][\w&-]*[ \t]+){0,3}(?:AB|HB|KB|Aktiebolag|Oyj|Oy|Ab|Ky|Ay|Ltd)\b"
                             r"|[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)*[ \t]*(?:$|[,(])",
                             re.MULTILINE)
_CASE_END_RE = re.compile(r"(?<=\w):[a-zåäö]{1,5}\b", re.IGNORECASE)


def norm_name(name: str) -> str:
    """Case-fold, collapse whitespace, drop '.' and ',' and a Finnish case ending after a colon (Oy:lle → oy)."""
    s = unicodedata.normalize("NFC", name or "")
    s = _CASE_END_RE.sub("", s)
    s = s.replace(".", " ").replace(",", " ")
    return " ".join(s.split()).casefold()


def strip_legal(normed: str) -> str:
    """'nordkust logistik ab' → 'nordkust logistik' (a registry name also matches without its legal form)."""
    return _LEGAL_RE.sub("", normed).strip()


def _digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "")


@dataclass
class Registry:
    """Indexes over one registry dict. Build with `compile_registry`."""

    data: dict[str, Any]
    agencies_by_sender: dict[str, dict] = field(default_factory=dict)
    agencies_by_domain: dict[str, dict] = field(default_factory=dict)
    customers_by_org: dict[str, dict] = field(default_factory=dict)
    customers_by_number: dict[str, dict] = field(default_factory=dict)
    customers_by_name: dict[str, list[dict]] = field(default_factory=dict)
    articles: dict[tuple[str, str], dict] = field(default_factory=dict)
    name_re: re.Pattern[str] | None = None
    agency_idents: dict[str, set[str]] = field(default_factory=dict)
    #: Finnish case forms of a register name's generic last word ("Ruovesjärven kunnalle" → "… kunta"): the
    #: full-form pattern and the register name it stands for
    inflected: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    #: register names that hold digits ("Fastighets AB Gåsen 4"): masked before a count is looked for
    digit_name_re: re.Pattern[str] | None = None
    #: each agency's article codes, one set a register (the intake asks for them in every sentence)
    codes_by_agency: dict[str | None, frozenset[str]] = field(default_factory=dict)

    # --- agencies -------------------------------------------------------------------------------------------
    def agency_for(self, addr: str | None) -> dict | None:
        """The agency whose allowed_senders holds this address; else one whose senders share its domain."""
        if not addr:
            return None
        a = addr.strip().lower()
        if a in self.agencies_by_sender:
            return self.agencies_by_sender[a]
        return self.agencies_by_domain.get(a.rpartition("@")[2])

    def is_agency_identifier(self, value: str | None) -> bool:
        """True for any agency's own org number, VAT number, bankgiro or IBAN (never a customer's)."""
        d = _digits(value)
        return bool(d) and any(d in ids for ids in self.agency_idents.values())

    # --- customers ------------------------------------------------------------------------------------------
    def by_org(self, org_no: str | None) -> dict | None:
        return self.customers_by_org.get(_digits(org_no)) if org_no else None

    def by_number(self, number: str | None) -> dict | None:
        return self.customers_by_number.get(str(number).strip()) if number else None

    def by_name(self, name: str | None) -> list[dict]:
        """Registry customers matching `name` (exact after normalisation, or without the registry legal form)."""
        if not name:
            return []
        return self.customers_by_name.get(norm_name(name), [])

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Spots of registry customer names (with or without legal form, with Finnish case endings) in prose.
        A spot the text continues into a longer company name ("Byggbolaget i Norr" in "Byggbolaget i Norr
        Fastigheter AB") is another company, not this customer: skipped."""
        if not self.name_re or not text:
            return []
        return [(m.start(), m.end(), self._canonical(m.group(0))) for m in self.name_re.finditer(text)
                if not _LONGER_NAME_RE.match(text, m.end())]

    def _canonical(self, spotted: str) -> str:
        """The spot as written, or the register name when the spot is a Finnish case form of it."""
        if norm_name(spotted) in self.customers_by_name:
            return spotted
        return next((name for rx, name in self.inflected if rx.fullmatch(spotted)), spotted)

    def suggest(self, name: str | None, limit: int = 3) -> list[dict[str, str]]:
        """Register customers whose names look like `name` (rapidfuzz), best first — shown to the clerk as
        candidates, never used to resolve a customer (a similar name is not the same customer)."""
        key = strip_legal(norm_name(name or ""))
        if len(key) < 3 or not self.data.get("customers"):
            return []
        choices = {c["customer_number"]: strip_legal(norm_name(c.get("name", "")))
                   for c in self.data["customers"] if c.get("customer_number")}
        found = process.extract(key, choices, scorer=fuzz.token_set_ratio, limit=limit, score_cutoff=75)
        by_no = {c["customer_number"]: c for c in self.data["customers"] if c.get("customer_number")}
        return [{"customer_number": str(no), "name": by_no[no].get("name", ""), "score": str(round(score))}
                for _v, score, no in found]

    # --- articles -------------------------------------------------------------------------------------------
    def article(self, agency_code: str | None, code: str | None) -> dict | None:
        if not agency_code or not code:
            return None
        return self.articles.get((agency_code, code.strip().upper()))

    def article_codes(self, agency_code: str | None) -> frozenset[str]:
        """The agency's article codes (upper case), the same set every call — never rebuilt from all agencies'."""
        return self.codes_by_agency.get(agency_code, frozenset())


_CACHE: dict[int, tuple[dict, Registry]] = {}


def compile_registry(data: dict[str, Any]) -> Registry:
    """Indexes for a registry dict; cached per dict object (the dict must not be mutated afterwards)."""
    hit = _CACHE.get(id(data))
    if hit and hit[0] is data:
        return hit[1]
    reg = Registry(data=data)
    for ag in data.get("agencies", []) or []:
        for s in ag.get("allowed_senders", []) or []:
            reg.agencies_by_sender[s.strip().lower()] = ag
            reg.agencies_by_domain.setdefault(s.strip().lower().rpartition("@")[2], ag)
        ids = {_digits(ag.get(k)) for k in ("org_no", "vat_no", "bankgiro", "plusgiro", "iban")}
        vat = _digits(ag.get("vat_no"))
        if vat:
            ids.add(vat)
        reg.agency_idents[ag.get("code", "")] = {i for i in ids if len(i) >= 6}
    variants: set[str] = set()
    for c in data.get("customers", []) or []:
        d = _digits(c.get("org_no"))
        if d:
            reg.customers_by_org[d] = c
            if len(d) == 12:
                reg.customers_by_org.setdefault(d[2:], c) if c.get("private") is None else None
        if c.get("customer_number"):
            reg.customers_by_number[str(c["customer_number"]).strip()] = c
        n = norm_name(c.get("name", ""))
        keys = {n, strip_legal(n)}
        for k in keys:
            if k:
                reg.customers_by_name.setdefault(k, [])
                if c not in reg.customers_by_name[k]:
                    reg.customers_by_name[k].append(c)
        for raw in {c.get("name", ""), _strip_legal_raw(c.get("name", ""))}:
            if raw and len(raw) >= 4:
                variants.add(raw)
    for a in data.get("articles", []) or []:
        reg.articles[(a.get("agency"), str(a.get("code")).strip().upper())] = a
    by_agency: dict[str | None, set[str]] = {}
    for agency, code in reg.articles:
        by_agency.setdefault(agency, set()).add(code)
    reg.codes_by_agency = {agency: frozenset(codes) for agency, codes in by_agency.items()}
    patterns = [r"\s+".join(re.escape(w) for w in v.split()) for v in sorted(variants, key=len, reverse=True)]
    for c in data.get("customers", []) or []:
        inflected = _inflected_pattern(c.get("name", "")) or _genitive_pattern(c.get("name", ""))
        if inflected:
            reg.inflected.append((compiled(inflected, re.IGNORECASE), c.get("name", "")))
            patterns.insert(0, inflected)
    digit_names = [p for p in patterns if re.search(r"\d", p)]
    if digit_names:
        reg.digit_name_re = re.compile(rf"(?<![\w-])(?:{'|'.join(digit_names)})(?![\w-])", re.IGNORECASE)
    if patterns:
        alt = "|".join(patterns)
        reg.name_re = compiled(rf"(?<![\w-])(?:{alt})(?::[a-zåäö]{{1,5}})?(?![\w-])", re.IGNORECASE)
    _CACHE[id(data)] = (data, reg)
    return reg


#: generic last words of Finnish organisation names and their stems before a case ending (consonant gradation:
#: kunta → kunnalle, kaupunki → kaupungin, yhdistys → yhdistykselle, keskus → keskuksen, liitto → liitolle)
_FI_GENERIC = {"kunta": ("kunta", "kunna"), "kaupunki": ("kaupunki", "kaupungi"),
               "yhdistys": ("yhdistys", "yhdistykse"), "keskus": ("keskus", "keskukse"), "liitto": ("liitto", "liito"),
               "kuntayhtymä": ("kuntayhtymä", "kuntayhtymä"), "seurakunta": ("seurakunta", "seurakunna")}
_FI_CASE = r"(?:n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|a|ä|ksi|na|nä)"


def _inflected_pattern(name: str) -> str | None:
    """A pattern for the Finnish case forms of a register name ending in a generic word ("Ruovesjärven kunta":
    "Ruovesjärven kunnan/kunnalle/kuntaa …"), or None."""
    words = (name or "").split()
    if len(words) < 2:
        return None
    last = words[-1].casefold()
    lead = r"\s+".join(re.escape(w) for w in words[:-1])
    for generic, (strong, weak) in _FI_GENERIC.items():
        if last.endswith(generic):
            head = re.escape(words[-1][:len(words[-1]) - len(generic)])
            forms = rf"(?:{re.escape(strong)}{_FI_CASE}|{re.escape(weak)}{_FI_CASE})"
            return lead + rf"\s+{head}{forms}"
    if last.endswith("nen") and len(last) > 5 and last.casefold() not in LEGAL_FORMS:
        # a surname of a sole trader or a firm: Koskinen → Koskisen, Koskiselle, Koskiselta, Koskista
        head = re.escape(words[-1][:-3])
        return lead + rf"\s+{head}(?:se{_FI_CASE}|s(?:ta|tä))"
    return None


_SV_PUBLIC_BODY_RE = re.compile(r"(?i)\b(?:kommun|region|landsting|kommunalförbund|församling)\b")


def _genitive_pattern(name: str) -> str | None:
    """A Swedish public body in the genitive ("Ålidens kommuns miljöförvaltning", "Region Vindelälvens"): its
    departments are the body itself (a company's genitive may name a subsidiary, so only public bodies)."""
    if not _SV_PUBLIC_BODY_RE.search(name or "") or (name or "").casefold().endswith("s"):
        return None
    return r"\s+".join(re.escape(w) for w in name.split()) + "s"


def _strip_legal_raw(name: str) -> str:
    parts = (name or "").split()
    if len(parts) > 1 and parts[-1].casefold().rstrip(".") in LEGAL_FORMS:
        return " ".join(parts[:-1])
    return name


def money(value: Any) -> Decimal | None:
    """A registry decimal string → Decimal (None stays None)."""
    if value is None or value == "":
        return None
    return Decimal(str(value))
