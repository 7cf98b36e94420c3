"""Fragments of one e-mail → the `requests` of the intake contract.

Fragments that name the same customer are merged (one request per customer); fragments without an identity join
the first request. Each request is resolved against the registry, its lines are priced (stated price, amount ÷
quantity, or the registry article's price) and whatever is still missing becomes a question for the operator.
Every value keeps its provenance (`requests[i]....` → where it was read).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from intake.extract.article_names import register_named
from intake.extract.attachment_pointers import drop_pointer_lines
from intake.extract.count_conflicts import ask_disagreeing_counts
from intake.extract.line_totals import amount_is_gross
from intake.extract.model import CustomerInfo, Fragment, LineItem, Where
from intake.extract.registry import Registry, money

# the two references are request fields, not customer fields (provenance path `requests[i].<name>`)
_REFERENCES = ("buyer_reference", "order_reference")


def resolve(reg: Registry, info: CustomerInfo) -> dict | None:
    """Registry customer by valid org_no, then customer number, then a name matching exactly one customer.
    A stated org number that is in no register entry while the name resolves to a customer with another org
    number resolves nothing: two identities disagree (issue #14), asked rather than chosen."""
    if info.org_no:
        c = reg.by_org(info.org_no)
        if c:
            return c
        if org_disagrees(reg, info):
            return None
    if info.customer_number:
        c = reg.by_number(info.customer_number)
        if c:
            return c
    if info.name:
        found = reg.by_name(info.name)
        if len(found) == 1:
            return found[0]
    return None


def org_disagrees(reg: Registry, info: CustomerInfo) -> bool:
    """The message's org number is in no register entry, yet its name is exactly one register customer with
    another org number (an old number, a typo that passes the check digit, another company of the same name)."""
    if not info.org_no or not info.name or reg.by_org(info.org_no):
        return False
    found = reg.by_name(info.name)
    return len(found) == 1 and bool(found[0].get("org_no"))


def merge(frags: list[Fragment], reg: Registry) -> list[tuple[Fragment, dict | None]]:
    """One fragment per customer (with its registry customer, if resolved); identity-less fragments join the first."""
    with_id, orphans = _group_by_customer(frags, reg)
    if orphans:
        if not with_id:
            base = Fragment()
            with_id.append((base, None))
        tgt = with_id[0][0]
        for o in orphans:
            tgt.customer.merge(o.customer)
            _extend_lines(tgt, o.lines)
            tgt.period = tgt.period or o.period
            if o.period and not o.lines:    # "Kaikki rivit koskevat syyskuuta 2026." above an attached list:
                for f, _c in with_id:       # stated once for the whole request, every customer's lines
                    f.period = f.period or o.period
    # a fragment with a customer but no lines next to one with lines and the same customer is already merged;
    # drop empty unresolved duplicates only when another request exists with lines
    if len(with_id) > 1:
        with_id = [(f, c) for f, c in with_id if f.lines or not any(g.lines for g, _ in with_id)] or with_id
    for f, _c in with_id:
        f.lines = drop_pointer_lines(ask_disagreeing_counts(_supersede(f.lines)))
    return with_id


def _segment(li: LineItem) -> str | None:
    w = li.where.get("quantity") or li.where.get("article")
    return w.segment if w else None


def _extend_lines(tgt: Fragment, lines: list[LineItem]) -> None:
    tgt.lines.extend(lines)


def _supersede(lines: list[LineItem]) -> list[LineItem]:
    """A line of the newest text for an article that a forwarded or quoted message also lists with another
    quantity ("Bara 2 av de 3 anmälda kom, fakturera 2 kursplatser (3010)" above the forwarded order for 3)
    replaces that line: the sender's own words are the instruction. The kept line says so (`supersedes`), so the
    request is checked by a clerk (intake.gate)."""
    out = list(lines)
    for li in lines:
        if _segment(li) != "newest" or not li.article:
            continue
        old = next((x for x in out if x is not li and x.article == li.article and x.quantity != li.quantity
                    and _segment(x) in ("forwarded", "quoted")), None)
        if old is None:
            continue
        w = old.where.get("quantity") or old.where.get("article")
        li.where["supersedes"] = replace(w, rule="newest text replaces this line", how="inferred") if w else \
            Where(li.where["article"].part, rule="newest text replaces a line", how="inferred")
        out.remove(li)
        out[out.index(old)] = li
    return out


def _group_by_customer(frags: list[Fragment], reg: Registry) -> tuple[list[tuple[Fragment, dict | None]],
                                                                       list[Fragment]]:
    """Fragments with an identity merged per (resolved or new) customer, and the identity-less ones worth keeping."""
    with_id: list[tuple[Fragment, dict | None]] = []
    keyed: dict[str, int] = {}
    orphans: list[Fragment] = []
    for f in frags:
        if not f.customer.has_identity():
            if f.lines or f.period or f.customer.buyer_reference or f.customer.order_reference:
                orphans.append(f)
            continue
        c = resolve(reg, f.customer)
        key = f"reg:{c['customer_number']}" if c else f"new:{f.customer.key()}"
        if key in keyed:
            tgt = with_id[keyed[key]][0]
            tgt.customer.merge(f.customer)
            have = {x.signature() for x in tgt.lines}   # taken once: a fragment's own rows that read alike stay
            tgt.lines.extend(li for li in f.lines if li.signature() not in have)
            tgt.period = tgt.period or f.period
        else:
            keyed[key] = len(with_id)
            with_id.append((f, c))
    return with_id, orphans


def _disagrees(li: LineItem, vat: Decimal | None) -> bool:
    """A stated price whose line's stated amount is not quantity × price (to the cent) — or, when the sender says
    the amount includes VAT, that with the line's VAT: one of the three numbers is wrong, and which one is not
    ours to guess. An unmarked amount equal to the amount with VAT is no proof (intake.extract.line_totals)."""
    if li.amount is None or li.unit_price is None or not li.quantity or li.price_approx:
        return False
    net = _q2(li.quantity * li.unit_price)
    if amount_is_gross(li):
        return _q2(li.amount) != (_q2(net * (1 + vat / 100)) if vat is not None else net)
    return _q2(li.amount) != net


def _q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _num(v: Decimal | None) -> str | None:
    if v is None:
        return None
    s = format(v, "f")
    return s


def build_request(f: Fragment, c: dict | None, reg: Registry, agency: dict | None, idx: int,
                  prov: dict[str, Any]) -> dict:
    """The contract's request `idx` for one merged fragment; provenance goes into `prov`."""
    info = f.customer
    pre = f"requests[{idx}]"
    customer = _customer(info, c)
    if not c and info.name and (similar := reg.suggest(info.name)):
        customer["suggestions"] = similar  # similar register names for the clerk; never resolved automatically
    _customer_provenance(info, customer, pre, prov)
    currency = next((li.currency for li in f.lines if li.currency), None) or (agency or {}).get("currency")
    lines, questions = _lines(f, reg, agency, pre, prov)
    if not c and not info.org_no:
        questions.insert(0, "customer.org_no")
    elif not c and org_disagrees(reg, info):
        customer["org_no"] = None   # the stated number names no register customer, the name another one
        questions.insert(0, "customer.org_no")
    elif not c and info.org_no and not info.address and not info.einvoice:
        questions.insert(0, "customer.address")
    if not lines:
        questions.append("lines")
    return {"customer": customer, "buyer_reference": info.buyer_reference, "order_reference": info.order_reference,
            "currency": currency, "lines": lines, "questions": questions}


def _customer(info: CustomerInfo, c: dict | None) -> dict[str, Any]:
    """The registry customer's fields when resolved, else what the message said (with address / e-invoice)."""
    if c:
        return {k: c.get(k) for k in ("name", "org_no", "vat_no", "customer_number", "email", "country")}
    customer: dict[str, Any] = {"name": info.name, "org_no": info.org_no, "vat_no": info.vat_no,
                                "customer_number": info.customer_number, "email": info.email,
                                "country": info.country}
    if info.address:
        customer["address"] = info.address
    if info.einvoice:
        customer["einvoice_address"] = info.einvoice
    return customer


def _customer_provenance(info: CustomerInfo, customer: dict[str, Any], pre: str, prov: dict[str, Any]) -> None:
    for k, w in info.where.items():
        if k in customer or k in _REFERENCES:
            path = f"{pre}.{k}" if k in _REFERENCES else f"{pre}.customer.{k}"
            prov[path] = w.as_dict()
            stated = getattr(info, k, None)
            if isinstance(stated, str) and stated:
                prov[path]["value"] = stated  # as written (the output shows the register's when resolved)
            if k in info.conflicts:
                prov[path]["conflict"] = True   # another part names another reference for this customer


def _lines(f: Fragment, reg: Registry, agency: dict | None, pre: str,
           prov: dict[str, Any]) -> tuple[list[dict], list[str]]:
    """The request's lines, and a question for every quantity or unit price still unknown."""
    agency_code = agency.get("code") if agency else None
    lines = []
    questions: list[str] = []
    for i, li in enumerate(f.lines):
        art = reg.article(agency_code, li.article)
        vat = li.vat_rate if li.vat_rate is not None else (
            money(art.get("vat_rate")) if art and art.get("vat_rate") is not None else
            money((agency or {}).get("default_vat_rate")))
        price = _unit_price(li, art, prov, f"{pre}.lines[{i}].unit_price", vat)
        period = li.period or f.period
        desc = register_named(li.description, art.get("name") if art else None)  # intake.extract.article_names
        lines.append({"article": li.article, "description": desc, "quantity": _num(li.quantity),
                      "unit_price": _num(price), "vat_rate": _num(vat),
                      "period_start": period[0].isoformat() if period else None,
                      "period_end": period[1].isoformat() if period else None})
        for k, w in li.where.items():
            prov.setdefault(f"{pre}.lines[{i}].{k}", w.as_dict())
        if li.quantity is None:
            questions.append(f"lines[{i}].quantity")
        if price is None:
            questions.append(f"lines[{i}].unit_price")
    return lines, questions


def _unit_price(li: LineItem, art: dict | None, prov: dict[str, Any], path: str,
                vat: Decimal | None = None) -> Decimal | None:
    """The stated price; else amount ÷ quantity (rounded to cents) or a lump sum; else the article's price.
    When the message gave the price only approximately ("about 500"), nothing is derived or looked up."""
    qty = li.quantity
    price = li.unit_price
    if price is not None and _disagrees(li, vat):
        # "3 st à 450,00 = 1 450,00": the price and the line amount cannot both be right — asked, never chosen
        prov[path] = {**(li.where.get("amount") or li.where["unit_price"]).as_dict(), "how": "conflict",
                      "rule": "quantity × price ≠ line amount"} if li.where.get("unit_price") else {}
        return None
    if price is None and li.amount is not None and not li.price_approx:
        where = li.where.get("amount") or li.where.get("unit_price")
        if qty is not None and qty != 0:
            price = li.amount / qty
            exact = price == _q2(price)
            price = price if exact else None  # not exact to the cent: asked, never rounded (H-grammar)
            prov[path] = {**(where.as_dict() if where else {}), "how": "computed", "rule": "amount/quantity",
                          "exact": exact}
        elif li.lump_sum:
            price = li.amount
            if where:
                prov[path] = {**where.as_dict(), "rule": "lump sum"}
    if li.lump_sum and qty is not None and "quantity" not in li.where:
        where = li.where.get("amount") or li.where.get("unit_price") or next(iter(li.where.values()), None)
        if where:  # quantity 1 of a lump sum is stated by the lump-sum words ("fast pris", "yhteensä")
            prov[path.rsplit(".", 1)[0] + ".quantity"] = {**where.as_dict(), "rule": "lump sum"}
    if price is None and not li.price_approx and not (li.amount is not None and qty) and art and \
            art.get("unit_price") is not None:
        price = money(art["unit_price"])
        prov[path] = {"part": "registry", "article": art.get("code"), "how": "register"}
    return price
