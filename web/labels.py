"""A request's field paths (`customer.org_no`, `lines[0].quantity`) in the reader's words ("Kund: Org.nr",
"Rad 1: Antal"), and the cells of a run's preview and result (amounts, dates, statuses and the reasons a run
leaves an invoice out) in the reader's language. The path stays the key in forms, the API and the question mails'
markers; people read words."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from flask import Flask
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from web import typed_dates
from web.errors import core_text
from web.fmt import date, money, number, status_label

PARTS = {
    "customer": _l("Customer"), "lines": _l("Lines"), "customer_number": _l("Customer number"),
    "org_no": _l("Org. number"), "name": _l("Name"), "vat_no": _l("VAT number"), "vat_number": _l("VAT number"),
    "email": _l("E-mail"), "address": _l("Address"), "street": _l("Street"), "postal_code": _l("Postal code"),
    "city": _l("City"), "country": _l("Country"), "peppol_id": _l("E-invoice address"),
    "einvoice_address": _l("E-invoice address"), "buyer_reference": _l("Buyer reference"),
    "order_reference": _l("Order reference"), "invoice_date": _l("Invoice date"), "due_date": _l("Due date"),
    "currency": _l("Currency"), "article": _l("Article"), "description": _l("Description"), "text": _l("Description"),
    "quantity": _l("Quantity"), "unit": _l("Unit"), "unit_price": _l("Unit price"), "vat_rate": _l("VAT rate %"),
    "vat_code": _l("VAT code"), "period_start": _l("Period from"), "period_end": _l("Period to"),
    "amount": _l("Amount"), "reference": _l("Reference"), "customer_name": _l("Name"), "invoice_key": _l("Invoice key"),
    "agency": _l("Agency"),
    # the keys of a register change an agency asks for (core.requests.masterdata)
    "code": _l("Code"), "contact": _l("Contact person"), "private": _l("Private person"),
    "revenue_account": _l("Revenue account"), "language": _l("Language"), "supply_kind": _l("Goods or service"),
}
ROLES = {"clerk": _l("Clerk"), "agency_user": _l("Agency user"), "admin": _l("Administrator")}
VAT_CODES = {"standard": _l("Standard rate"), "reduced": _l("Reduced rate"), "reduced_low": _l("Lower reduced rate"),
             "culture": _l("Culture (reduced rate)"), "food": _l("Food (reduced rate)"),
             "exempt": _l("Exempt from VAT"),
             "outside": _l("Outside the scope of VAT"), "reverse_charge": _l("Reverse charge"),
             "export": _l("Export outside the EU")}
# a claim's state at the collection agency (core.kernel.vocabulary.COLLECTION_STATUSES)
COLLECTION = {"handed_over": _l("Handed over"), "acknowledged": _l("Acknowledged by the collection agency"),
              "payment_plan": _l("Payment plan"), "partly_paid": _l("Partly paid"), "paid": _l("Paid"),
              "recalled": _l("Recalled"), "written_off": _l("Written off"), "closed": _l("Closed")}
# an invoice's plausibility warnings (core.billing.plausibility codes); the field is named in words before them
WARNINGS = {"quantity_not_positive": _l("the quantity is not positive"),
            "price_deviation": _l("the price is far from the register's price"),
            "total_not_positive": _l("the invoice total is not positive"),
            "due_before_invoice_date": _l("the due date is before the invoice date"),
            "likely_duplicate": _l("same customer and amount within 30 days"),
            "amount_above_limit": _l("the invoice total is above the agency's limit"),
            "quantity_above_limit": _l("the quantity is above the agency's limit"),
            "date_far_in_future": _l("the date is far in the future"),
            # place of supply (core.billing.place_of_supply)
            "vat_buyer_unverified": _l("the customer is a business in another EU country without a valid VAT "
                                       "number: register it before reverse charge or an intra-EU supply"),
            "vat_supply_kind_unknown": _l("register whether the article is goods or a service: it decides the VAT "
                                          "for this foreign customer"),
            "vat_code_contradicts_buyer": _l("the VAT code does not fit the customer's country and VAT status "
                                             "(reverse charge, export or outside the scope applies)")}
# what an invoicing file does with rows that are not right (core.requests.batch_import.POLICIES)
BATCH_POLICIES = {"partial": _l("the valid invoices are issued, the rest are listed"),
                  "all_or_nothing": _l("all or nothing")}
# where an invoice or request came from, and how an invoice goes out
SOURCES = {"api": _l("API"), "cli": _l("Command line"), "email": _l("E-mail"), "web": _l("Web form"),
           "file": _l("Invoicing file"), "drop": _l("Invoicing file (drop folder)"), "run": _l("Run"),
           "block": _l("Invoicing slot"), "registry": _l("Central register")}
# how a payment was placed (core.payments Allocation.method)
METHODS = {"reference": _l("by reference number"), "reference_fuzzy": _l("by a reference with a typo"),
           "advice": _l("by payment advice"), "amount_payer": _l("by amount and payer"), "manual": _l("by hand"),
           "overpayment": _l("customer credit"), "refund": _l("refund"), "offset": _l("offset"),
           "deduction": _l("deduction")}
CHANNELS = {"peppol": _l("Peppol e-invoice"), "finvoice": _l("Finvoice e-invoice"), "print": _l("Paper (print)"),
            "email": _l("E-mail")}
# the age buckets of receivables (core.period.reports / web.stats), one name everywhere
BUCKETS = {"not_due": _l("Not yet due"), "1-30": _l("1–30 days"), "31-60": _l("31–60 days"),
           "61-90": _l("61–90 days"), "91-180": _l("91–180 days"), "181-365": _l("181–365 days"),
           ">365": _l("Over a year")}
# why a clerk checks a request (codes of intake.gate / core.requests.review; their detail text stays as written)
FINDINGS = {
    "above_amount": _l("The net amount is above the agency's limit for a clerk's check"),
    "agency_confirms_all": _l("The agency has a clerk confirm every request"),
    "ambiguous_number": _l("Quantity and price may be one amount"),
    "credit_first": _l("Credit the named invoice first: the same message asks for it"),
    "description": _l("The register's name is used; the line says more"),
    "gate_error": _l("The evidence could not be checked"),
    "identity_conflict": _l("The customer's identifiers do not agree"),
    "inferred": _l("Inferred, not stated"),
    "invoice_timing": _l("The message says when to invoice"),
    "kind_ambiguous": _l("The message may be something else than an invoicing request"),
    "new_customer": _l("New customer: created only after a clerk's check"),
    "no_description": _l("The line does not say what is invoiced"),
    "not_evidenced": _l("No place in the message is known for this value"),
    "not_final": _l("The line says the value is not final"),
    "own_reference": _l("Read from the sender's own reference"),
    "price_differs": _l("The price differs from the register's"),
    "price_rounded": _l("The price is rounded from the line amount"),
    "quoted_history": _l("Read from an older message in the thread"),
    "replaces_earlier": _l("The message replaces an earlier request: withdraw or credit that one first"),
    "reference_conflict": _l("The message names two different references for this customer"),
    "signature": _l("Read from the sender's signature"),
    "total_mismatch": _l("The stated total differs from the computed one"),
    "unknown_article": _l("The article is not in the agency's register"),
    "unread": _l("A line of the message was not understood"),
    "unread_period": _l("The message states a date that no line carries"),
    "unused_identity": _l("The message names another customer too"),
    "vat_differs": _l("The VAT rate differs from the one on the line"),
    "answer_unreadable": _l("The answer could not be read"),
    "late_answer": _l("The answer came after the question was settled"),
}
# what a clerk may correct by hand (web.views.queue.CORRECTABLE accepts these)
CUSTOMER_FIELDS = ("name", "org_no", "vat_no", "customer_number", "email")
LINE_FIELDS = ("article", "description", "quantity", "unit_price", "vat_rate")
_TOKEN = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def field_label(path: str | None) -> str:
    """`lines[0].quantity` -> "Rad 1: Antal"; a part without a word is shown without underscores."""
    if not path:
        return ""
    words = []
    for name, index in _TOKEN.findall(path):
        if name == "lines" and index:
            words.append(_("Line %(n)s", n=int(index) + 1))
            continue
        word = str(PARTS.get(name, name.replace("_", " ")))
        words.append(word if not index else f"{word} {int(index) + 1}")
    return ": ".join(words)


def error_text(exc: Exception) -> str:
    """A domain error as a reader sees it: the field it concerns in words, then the message in the reader's
    language (web.errors; the core writes English)."""
    field, message = getattr(exc, "field", None), getattr(exc, "message", None)
    if message is None:  # a DomainError carries "field: message" in its text; the field is shown in words below
        message = str(exc)
        if field and message.startswith(f"{field}: "):
            message = message[len(field) + 2:]
    if not field and (m := NOT_A_NUMBER.fullmatch(str(message))):  # core.kernel.money.to_decimal's ValueError
        field, message = m["field"], not_a_number(m["value"])
    text = core_text(str(message))
    return f"{field_label(field)}: {text}" if field else text


# what core.kernel.money.to_decimal says of text that is no number ("lines[1].unit_price: not a decimal number:
# '12.5O'"): a clerk who typed "12,5O" reads the field in words and the text as typed, never the path
NOT_A_NUMBER = re.compile(r"(?P<field>[\w\[\].]+): not a decimal number: '?(?P<value>.*?)'?")


def not_a_number(typed: str) -> str:
    """The words for a value that is no number, with an example in the reader's way of writing one."""
    return _("“%(v)s” is not a number; write it like %(example)s", v=typed, example=number_example())


def number_example() -> str:
    """1 250,50 in Swedish and Finnish, 1,250.50 in English (what the forms accept)."""
    return number(Decimal("1250.50"), 2)


def correctable_paths(data: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(path, words) for every value of a request a clerk can correct, one set per line of the request."""
    lines = (data or {}).get("lines") or []
    paths = [f"customer.{f}" for f in CUSTOMER_FIELDS] + ["buyer_reference", "order_reference"]
    paths += [f"lines[{i}].{f}" for i in range(max(1, len(lines))) for f in LINE_FIELDS]
    return [(p, field_label(p)) for p in paths]


MONEY_COLUMNS = {"open_amount", "fee", "total", "principal", "interest", "amount", "total_fees", "fees", "claim",
                 "threshold"}
DATE_COLUMNS = {"due_date", "date", "new_due_date", "invoice_date", "from", "to", "last_due"}
# the reasons core.runs.reminders / collection give for leaving an invoice out (English there, words here)
_REASONS: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"invoice not delivered yet"), lambda m: _("the invoice has not been delivered yet")),
    (re.compile(r"customer has no_reminders"), lambda m: _("the customer gets no reminders")),
    (re.compile(r"invoice is disputed"), lambda m: _("the invoice is disputed")),
    (re.compile(r"invoice is in collection \((.+)\)"),
     lambda m: _("the invoice is in collection (%(s)s)", s=word(COLLECTION, m[1]))),
    (re.compile(r"already reminded \((\d+) of at most (\d+)\)"),
     lambda m: _("already reminded (%(n)s of at most %(max)s)", n=m[1], max=m[2])),
    (re.compile(r"previous reminder is due (\d{4}-\d\d-\d\d)"),
     lambda m: _("the previous reminder is due %(d)s", d=date(m[1]))),
    (re.compile(r"within the (\d+) grace days after the due date"),
     lambda m: ngettext("within the %(n)s grace day after the due date",
                        "within the %(n)s grace days after the due date", int(m[1]), n=m[1])),
    (re.compile(r"open amount (\S+) below the minimum (\S+)"),
     lambda m: _("open amount %(a)s below the minimum %(m)s", a=money(m[1]), m=money(m[2]))),
    (re.compile(r"the agency reviews every invoice before it is issued"),
     lambda m: _("the agency reviews every invoice before it is issued")),
    (re.compile(r"claim on another state agency.*"),
     lambda m: _("a claim on another state agency does not go to debt collection (förordning 1993:1138); "
                 "settle it between the agencies")),
]


def reason_text(text: str | None) -> str:
    """A run's reason for leaving an invoice out, in the reader's language (an unknown one as it is)."""
    for pattern, words in _REASONS:
        if text and (m := pattern.fullmatch(text.strip())):
            return str(words(m))
    return text or ""


def run_cell(column: str, value: Any, currency: str | None = None) -> str:
    """One cell of a run's preview or result: amounts with their currency (a centre has SEK and EUR agencies: the
    row's own, else the run's agency's) and dates in the reader's locale, statuses and reasons in words, nothing as
    a dash (never `None`)."""
    if value is None or value == "":
        return "—"
    if column in MONEY_COLUMNS:
        return money(value, currency)
    if column in DATE_COLUMNS and isinstance(value, str) and len(value) == 10:
        return date(value)
    if column in DATE_COLUMNS and isinstance(value, str) and len(value) == 7:  # an interest run's month
        return typed_dates.month_words(value)
    if column == "status":
        return status_label(value)
    if column == "reason":
        return reason_text(value)
    if column == "channel":
        return word(CHANNELS, value)
    return str(value)


def fee_totals(result: Any, currency: str | None = None) -> str:
    """A reminder run's fees per currency ("60,00 kr · 12,00 €"): an agency invoicing in SEK and EUR has a total in
    each, never one sum in no currency. A run recorded before the totals per currency shows its one total in the
    agency's currency, as it did then."""
    per = result.get("fees_by_currency") if isinstance(result, dict) else None
    if per:
        return " · ".join(money(amount, cur) for cur, amount in per.items())
    return run_cell("total_fees", result.get("total_fees") if isinstance(result, dict) else None, currency)


def word(table: dict[str, Any], key: str | None) -> str:
    """A key of `table` in words; an unknown key as it is."""
    return str(table.get(key or "", key or ""))


def warning_text(warning: dict[str, Any]) -> str:
    """A plausibility warning in the reader's words: "Rad 1: À-pris: priset ligger långt från registrets"."""
    code, message = warning.get("code") or "", str(warning.get("message") or "")
    if code not in WARNINGS:
        return message
    text = str(WARNINGS[code])
    if code == "likely_duplicate" and ": " in message:
        text += ": " + message.split(": ", 1)[1]  # the other invoices' numbers
    field = warning.get("field")
    return f"{field_label(field)}: {text}" if field and field not in ("total", "customer") else text


def register(app: Flask) -> None:
    app.jinja_env.filters.update(field_label=field_label, reason_text=reason_text,
                                 role_label=lambda k: word(ROLES, k), vat_code_label=lambda k: word(VAT_CODES, k),
                                 bucket_label=lambda k: word(BUCKETS, k),
                                 finding_label=lambda k: word(FINDINGS, k),
                                 collection_label=lambda k: word(COLLECTION, k),
                                 policy_label=lambda k: word(BATCH_POLICIES, k),
                                 source_label=lambda k: word(SOURCES, k), channel_label=lambda k: word(CHANNELS, k),
                                 core_text=core_text, method_label=lambda k: word(METHODS, k))
    app.jinja_env.globals.update(correctable_paths=correctable_paths, run_cell=run_cell, warning_text=warning_text,
                                 fee_totals=fee_totals)
