"""Never invoice a guess: the straight-through rule for invoicing requests read from mail.

A request read from a message goes straight through (is invoiced without a person looking at it) only when
1. the kind is unambiguous: the message does not also read as a payment advice or a credit request;
2. every required value — the customer identity it resolves by (org number, else customer number, else name),
   each line's quantity and unit price, and the article a register price comes from — is evidenced in the
   message: read at a known place of the newest part of the mail, or of a forwarded message when the forward IS
   the request (its shallowest forwarded level holding data); never from a '>'-quoted reply, the history below a
   reply header, a deeper forwarded level, or the sender's own signature; not merely inferred; and its own line
   does not call it preliminary ("antal återkommer", "määrä ilmoitetaan myöhemmin", "TBC");
3. the identity resolves to exactly one register customer (a new customer is created only after a clerk's
   check), the org number, customer number and name agree when given together (core.kernel.parties.names_match),
   and the message names no other customer (valid org number, register customer number) that no request is for;
4. stated totals ("Summa", "Totalt", "Yhteensä", "in total") equal a computed one (the request's or the whole
   message's net or gross, or a line's amount), and a unit price derived as line amount ÷ quantity is exact;
5. each price is stated in the message or is the register's: a price only computed (line amount ÷ quantity)
   for a register article must equal the register's price; the article code is in the agency's register; a VAT
   rate the line's own text states ("momsfritt", "moms 6 %") is the line's rate; a line without an article (so
   the default VAT) is held when the newest text names a register article no line of its request carries
   (intake.gate_codeless);
6. every labelled line of the newest text ("Kostnadsställe: 4711") and every table column holding a value on
   a line's row gave a value to a request: a line or cell nothing was read from means the request may be
   incomplete or misplaced;
7. references are the customer's (never "Vår referens", "Our reference", "Viitteemme"), every line says what is
   invoiced (an article or a text) in the sender's words (not cut back to the register's name), and no quantity
   and price stand side by side as one thousands-grouped amount ("3 980,50").
8. no sentence of the newest text says something no rule read: a line that gave no value and carries a number or
   a word that changes what is invoiced, or a line values were read from that states a price no request carries
   (intake.gate_leftover: the general net beneath the reading rules, since every blind set of unseen mail found a
   sentence no rule knew); no other request of the message asks who its customer is; and the newest text neither
   asks the centre something nor tells of a payment made (intake.gate_asks);
9. no date or period the newest text or an attached file states (a day, a range, a month; a sheet's title or note
   row) is missing from the lines while a line has no period (intake.gate_periods: periods are never asked).
The message-wide checks (3's other customers, 4, the VAT of 5, and 6) are in intake.gate_message.
Anything missing is a question in the thread (only the contract's paths); anything else a clerk check: each
request gets `review`, a list of `{code, path, reason}` (empty: straight through). The parser computes it (pure,
no database) so `intake parse` shows it; intake.pipeline stores it with the request and core.requests.review adds
the agency's policy (straight_through | confirm_all | confirm_above) and re-checks the register at invoicing time.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from core.kernel import parties
from intake.evidence import annotate, line_map
from intake.extract.mime import Mail, Part
from intake.extract.patterns import compiled
from intake.extract.payments import is_payment_advice
from intake.extract.registry import Registry, money
from intake.gate_also import also_customers, unnamed_customers
from intake.gate_asks import asks_or_pays
from intake.gate_codeless import codeless_findings, named_codes
from intake.gate_leftover import asks_customer, leftover_text, unresolved_sibling
from intake.gate_message import (
    ALLOWED_SEGMENTS,
    dedupe,
    description_findings,
    finding,
    stated_totals,
    totals_findings,
    unread_labels,
    unused_identities,
    vat_findings,
)
from intake.gate_message import sums as gm_sums
from intake.gate_periods import lacks_period, unread_periods
from intake.gate_timing import invoicing_time
from intake.leftover_words import greeting_only, system_field

CREDIT_RE = re.compile(r"(?i)\b(?:kreditera\w*|kreditfaktura|kreditnota|hyvit(?:tä|ys|etä|äk)\w*|"
                       r"credit (?:note|invoice|the invoice)|makulera\w*)\b")
#: a value's own line says it is not final ("antal återkommer", "määrä ilmoitetaan myöhemmin", "TBC")
NOT_FINAL_RE = re.compile(r"(?i)(?:återkommer|meddelas senare|kommer senare|preliminär|inte klart|ej klart|"
                          r"ilmoitetaan myöhemmin|myöhemmin|tarkentuu|alustava|to be confirmed|\btbc\b|\btbd\b|"
                          r"will follow|not yet known|preliminary|confirm later|later)")


def judge(out: dict[str, Any], mail: Mail, reg: Registry, agency: dict | None,
          body_text: Callable[[list[Part]], str], texts: list[str]) -> None:
    """Replace `out["provenance"]` by the evidence (intake.evidence) and give each request its `review`. A failure
    here holds every request (never lets one through unchecked) and is reported in `problems`-free `review`."""
    bodies: dict[int, str] = {}

    def body_once(parts: list[Part]) -> str:  # every check reads the same bodies (HTML rendered once)
        if id(parts) not in bodies:
            bodies[id(parts)] = body_text(parts)
        return bodies[id(parts)]

    try:
        _judge(out, mail, reg, agency, body_once, texts)
    except (ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as exc:
        for r in out.get("requests") or []:
            r["review"] = [finding("gate_error", "kind", f"the evidence could not be checked: {exc}"[:300])]


def _own_names(agency: dict | None) -> frozenset[str]:
    return frozenset(" ".join(str(agency[k]).split()).casefold() for k in ("name", "name_sv", "name_en")
                     if agency and agency.get(k))


def _judge(out: dict[str, Any], mail: Mail, reg: Registry, agency: dict | None,
           body_text: Callable[[list[Part]], str], texts: list[str]) -> None:
    evidence = annotate(out.get("provenance") or {}, mail, body_text)
    out["provenance"] = evidence
    reqs = out.get("requests") or []
    if out.get("kind") != "invoice_request" or not reqs:
        return
    kind = _kind_findings(mail, texts, out.get("payment_advice") is not None)
    shallowest = _shallowest_forward(evidence)
    totals = stated_totals(mail, body_text)
    unused = unused_identities(mail, body_text, reg, reqs, evidence, texts) + \
        unread_labels(mail, body_text, evidence, reqs, _own_names(agency),
                      lambda label, value: system_field(label, value, reg)) + \
        also_customers(mail, body_text, reg, (agency or {}).get("code"), reqs) + \
        unnamed_customers(mail, body_text, reg, reqs, evidence) + \
        leftover_text(mail, body_text, evidence, reqs, reg) + asks_or_pays(mail, body_text) + \
        invoicing_time(mail, body_text)
    sibling = unresolved_sibling(reqs)
    periods = unread_periods(mail, body_text, reqs, texts)
    sums = [gm_sums(r) for r in reqs]
    named = named_codes(mail, body_text, reg, agency)
    for i, r in enumerate(reqs):
        pre = f"requests[{i}]."
        ev = {k[len(pre):]: v for k, v in evidence.items() if k.startswith(pre)}
        found = list(kind) + [dict(f) for f in out.get("review") or [] if isinstance(f, dict)]  # the reader's own
        found += _identity(r, ev, reg)
        found += _lines(r, ev, reg, agency) + _references(ev) + codeless_findings(r, ev, named)
        found += vat_findings(r, ev) + description_findings(r, ev, reg, agency)
        found += _placement(r, ev, shallowest)
        found += totals_findings(totals, sums, i)
        found += unused + (periods if lacks_period(r) else [])
        if not asks_customer(r):
            found += sibling
        r["review"] = dedupe(found)


OWN_SIDE_RE = re.compile(r"(?i)^\W*(?:(?:vår|våran|vårt|our|meidän|meillä)\s+(?:referens|ref\b|reference|viite|"
                         r"kontaktperson|contact|yhteyshenkilö|handläggare)|viitteemme|yhteyshenkilömme|"
                         r"käsittelijämme)")


def _references(ev: dict[str, Any]) -> list[dict[str, str]]:
    """A buyer or order reference read from a line that names the sender's own side ("Vår referens", "Our
    reference", "Meidän viite") is not the customer's."""
    own = [finding("own_reference", key, f"read from the sender's own reference: {ev[key].get('text')}")
           for key in ("buyer_reference", "order_reference")
           if key in ev and OWN_SIDE_RE.match(str(ev[key].get("text") or ""))]
    return own + [finding("reference_conflict", key, "the message names more than one such reference for this "
                          "customer; one invoice carries one") for key in ("buyer_reference", "order_reference")
                  if key in ev and ev[key].get("conflict")]


def _kind_findings(mail: Mail, texts: list[str], advice_reported: bool) -> list[dict[str, str]]:
    """The message also reads as a payment advice or asks for a credit: the kind is not unambiguous (an advice the
    request forwards is no doubt: it is reported beside the requests, intake.extract.forwarded_advice)."""
    found = []
    if not advice_reported and is_payment_advice(texts, mail.subject):
        found.append(finding("kind_ambiguous", "kind", "the message also reads as a payment advice"))
    first = texts[0] if texts else ""
    newest = "\n".join(info.text for _n, info in sorted(line_map(first, mail.subject).items())
                       if info.segment in ALLOWED_SEGMENTS)
    if CREDIT_RE.search(mail.subject or "") or CREDIT_RE.search(newest):
        found.append(finding("kind_ambiguous", "kind", "the message asks for a credit, not (only) a new invoice"))
    return found


def _stated(ev: dict[str, Any], key: str, cust: dict[str, Any]) -> Any:
    """What the message wrote for a customer field (the output holds the register's value once resolved)."""
    if key not in ev:
        return None
    return ev[key].get("value") or cust.get(key.split(".", 1)[1])


def _identity(r: dict[str, Any], ev: dict[str, Any], reg: Registry) -> list[dict[str, str]]:
    """One register customer, named consistently by every identifier the message gives."""
    cust = r.get("customer") or {}
    org = _stated(ev, "customer.org_no", cust)
    number = _stated(ev, "customer.customer_number", cust)
    name = _stated(ev, "customer.name", cust)
    if name and greeting_only(str(name)):
        name = None     # the salutation ("Hej,") taken for a name: the identifier alone names the customer
    by_org = reg.by_org(org) if org else None
    by_number = reg.by_number(number) if number else None
    by_name = reg.by_name(name) if name else []
    resolved = by_org or by_number or (by_name[0] if len(by_name) == 1 else None)
    if resolved is None:
        if any(q.startswith("customer.") for q in r.get("questions") or []):
            return []  # asked in the thread
        return [finding("new_customer", "customer.org_no", "the customer is not in the register: a new customer "
                                                           "is created only after a clerk's check")]
    found = []
    if by_org and by_number and by_org is not by_number:
        found.append(finding("identity_conflict", "customer.customer_number",
                             f"org number {org} is {by_org.get('name')}, customer number {number} is "
                             f"{by_number.get('name')}"))
    if name and (by_org or by_number) and not _names_agree(name, resolved, by_name):
        found.append(finding("identity_conflict", "customer.name",
                             f"the name {name!r} does not agree with {resolved.get('name')!r} of the identifier"))
    key = "customer.org_no" if by_org else "customer.customer_number" if by_number else "customer.name"
    found += _evidenced(ev, key)
    return found


def _names_agree(name: str, resolved: dict, by_name: list[dict]) -> bool:
    if by_name:
        return any(c is resolved for c in by_name)
    return parties.names_match(name, resolved.get("name")) or _same_words(name, str(resolved.get("name") or ""))


def _same_words(a: str, b: str) -> bool:
    """A person's name written surname first ("Heikkinen Liisa", "Nyström, Elsa"), as patient and personnel systems
    list people, is the registered "Liisa Heikkinen": the same words in another order (holdout33 w02)."""
    wa, wb = (sorted(re.sub(r"[,;]", " ", x).casefold().split()) for x in (a, b))
    return len(wa) >= 2 and wa == wb


def _evidenced(ev: dict[str, Any], key: str) -> list[dict[str, str]]:
    """A required value is placed in the message (or the register), was not merely inferred, and its own line
    does not say it is not final."""
    e = ev.get(key)
    if not e:
        return [finding("not_evidenced", key, "no place in the message is known for this value")]
    if e.get("how") == "inferred":
        return [finding("inferred", key, f"inferred, not stated ({e.get('rule') or 'context'})")]
    if e.get("segment") == "unplaced":
        return [finding("not_evidenced", key, "the value was not found on a line of the message")]
    if key.endswith(("quantity", "unit_price")) and NOT_FINAL_RE.search(str(e.get("text") or "")):
        return [finding("not_final", key, f"its line says it is not final: {e.get('text')}")]
    return []


def _lines(r: dict[str, Any], ev: dict[str, Any], reg: Registry, agency: dict | None) -> list[dict[str, str]]:
    """Quantities and prices evidenced; stated prices agree with the register; articles known."""
    code = (agency or {}).get("code")
    found = []
    seen: dict[str, tuple[Any, Any]] = {}  # article → (segment, quantity) of its first line
    for j, ln in enumerate(r.get("lines") or []):
        p = f"lines[{j}]."
        seg = (ev.get(p + "quantity") or ev.get(p + "article") or {}).get("segment")
        first = seen.setdefault(str(ln.get("article")), (seg, ln.get("quantity"))) if ln.get("article") else None
        if first and first[0] != seg and first[1] != ln.get("quantity"):
            found.append(finding("conflicting_lines", p + "quantity", f"article {ln.get('article')} is listed "
                                 f"in the {first[0]} and the {seg} text with other quantities: one may correct the "
                                 f"other"))
        art = reg.article(code, ln.get("article")) if ln.get("article") else None
        if ln.get("article") and art is None:
            found.append(finding("unknown_article", p + "article",
                                 f"article {ln.get('article')} is not in the agency's register"))
        sup = ev.get(p + "supersedes")
        if sup:
            found.append(finding("superseded", p + "quantity", f"the newest text replaces line {sup.get('line')} of "
                                                             f"the forwarded or quoted message: {sup.get('text')}"))
        unread = ev.get(p + "unread")
        if unread:
            found.append(finding("unread", p + "unread", f"the table column(s) {unread.get('col')!r} held a value "
                                                         f"on this row that no rule read"))
        if not ln.get("article") and not ln.get("description"):
            found.append(finding("no_description", p + "description", "the line says nothing about what is "
                                                                       "invoiced (no article, no text)"))
        if ln.get("quantity") is not None:
            found += _evidenced(ev, p + "quantity")
        if ln.get("unit_price") is None:
            continue
        pe = ev.get(p + "unit_price") or {}
        if pe.get("how") == "register":
            found += _evidenced(ev, p + "article")
            continue
        found += _evidenced(ev, p + "unit_price")
        if _split_amount(ln, pe):
            found.append(finding("ambiguous_number", p + "quantity", f"quantity {ln.get('quantity')} and price "
                                 f"{ln.get('unit_price')} may be one amount: {pe.get('text')}"))
        if pe.get("exact") is False:
            found.append(finding("price_rounded", p + "unit_price",
                                 "the line amount divided by the quantity is not a whole number of cents"))
        reg_price = money(art.get("unit_price")) if art and art.get("unit_price") is not None else None
        stated = money(ln.get("unit_price"))
        if pe.get("how") == "computed" and reg_price is not None and stated is not None and stated != reg_price:
            found.append(finding("price_differs", p + "unit_price",
                                 f"the price computed from the line amount, {stated}, differs from the register's "
                                 f"{reg_price} for article {ln.get('article')}"))
    return found


def _split_amount(ln: dict[str, Any], pe: dict[str, Any]) -> bool:
    """The quantity and the price stand side by side as one thousands-grouped amount ("3 980,50": 3 × 980.50 or
    one price of 3980.50?)."""
    q, p = money(ln.get("quantity")), money(ln.get("unit_price"))
    if q is None or p is None or q != q.to_integral_value() or not 0 < q < 1000 or not 100 <= p < 1000:
        return False
    text = str(pe.get("text") or "").replace("\u00a0", " ")
    return bool(compiled(rf"(?<![\d,.]){int(q)} {int(p)}[,.]\d{{2}}(?!\d)").search(text))


def _required(r: dict[str, Any], ev: dict[str, Any]) -> list[str]:
    keys: list[str] = [k for k in ("customer.org_no", "customer.customer_number", "customer.name") if k in ev]
    for j, _ln in enumerate(r.get("lines") or []):
        keys += [k for k in (f"lines[{j}].quantity", f"lines[{j}].unit_price", f"lines[{j}].article") if k in ev]
    return keys


def _shallowest_forward(evidence: dict[str, Any]) -> int | None:
    """The shallowest level of forwarded text that holds data (the forward that IS the request), if any."""
    levels = [e.get("level") for e in evidence.values() if e.get("segment") == "forwarded"]
    return min((lv for lv in levels if isinstance(lv, int)), default=None)


def _placement(r: dict[str, Any], ev: dict[str, Any], shallowest: int | None) -> list[dict[str, str]]:
    """Required values read from quoted history, deeper forwards or the sender's signature."""
    found = []
    for key in _required(r, ev):
        e = ev[key]
        seg = e.get("segment")
        if seg in ("quoted", "history"):
            found.append(finding("quoted_history", key, f"read from the quoted history of a reply "
                                                        f"(line {e.get('line')}): {e.get('text') or ''}".strip()))
        elif seg == "forwarded" and shallowest is not None and (e.get("level") or 0) > shallowest:
            found.append(finding("quoted_history", key, f"read from an older message inside the forward "
                                                        f"(line {e.get('line')})"))
        elif seg == "signature" and key.startswith("customer."):
            found.append(finding("signature", key, "read from the sender's own signature"))
    for key, e in ev.items():  # whose a line is, when the reader had to guess it (a line outside every block)
        if key.endswith(".customer") and e.get("how") == "inferred":
            found.append(finding("inferred", key, f"which customer this line is for was guessed "
                                                  f"({e.get('rule') or 'context'}, line {e.get('line')})"))
    return found


