"""Printed documents: invoice, credit note, reminder and interest invoice as HTML (Jinja2, templates/documents/)
and PDF, in the customer's language (sv/fi/en) with babel number and date formats.

Two renderings of one `context`: the HTML and its WeasyPrint PDF (`render_html`, `render_pdf`: the web preview and
`reskontra invoice pdf`), and the print channel's ReportLab drawing of the same fixed layout (`print_drawing`,
`render_print_pdf`; core.billing.delivery.print_layout), a hundred times cheaper, for runs of 100,000 letters.

The data is `core.billing.document.invoice_dict` (the document part of what the CLI and web show) plus the
agency's details, formatted amounts, the payment block (Swedish bankgiro + OCR; Finnish IBAN + reference + virtual
barcode and the Code 128 bank barcode) and the interest/fee terms. `render_html` is reused by the web for the preview.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import parse_pattern
from markupsafe import Markup
from sqlmodel import Session

from core.billing import lookups
from core.billing.document import invoice_dict
from core.billing.models import Invoice
from core.kernel import references
from core.kernel.errors import ValidationError
from core.platform.settings import PROJECT_ROOT
from core.registers.models import Agency
from core.registers.reminder_fees import reminder_fee

from . import barcode, print_layout

TEMPLATES = PROJECT_ROOT / "templates" / "documents"
LOCALES = {"sv": "sv_SE", "fi": "fi_FI", "en": "en_GB"}
DOCUMENTS = ("invoice", "credit_note", "interest", "reminder")

LABELS: dict[str, dict[str, str]] = {
    "sv": {"invoice": "Faktura", "credit_note": "Kreditfaktura", "interest": "Räntefaktura",
           "reminder": "Betalningspåminnelse", "number": "Fakturanummer", "date": "Fakturadatum",
           "due": "Förfallodag", "supply": "Leveransdatum", "customer_no": "Kundnummer",
           "buyer_ref": "Er referens", "order_ref": "Ert ordernummer", "description": "Beskrivning",
           "qty": "Antal", "unit": "Enhet", "price": "À-pris", "vat": "Moms", "amount": "Belopp",
           "net": "Summa exkl. moms", "vat_total": "Moms totalt", "total": "Att betala", "credit_total": "Att återfå",
           "vat_breakdown": "Momsspecifikation", "category": "Kategori", "basis": "Underlag",
           "payment": "Betalning", "bankgiro": "Bankgiro", "ocr": "OCR-nummer", "iban": "IBAN", "bic": "BIC",
           "reference": "Referens", "org_no": "Org.nr", "vat_no": "Momsreg.nr", "ftax": "Godkänd för F-skatt",
           "credits": "Krediterar faktura", "open": "Obetalt belopp", "reminder_fee": "Påminnelseavgift",
           "reminder_text": "Vi har inte fått betalning för fakturan nedan. Betala senast {due}. "
                            "Har du redan betalat kan du bortse från denna påminnelse.",
           "virtual_barcode": "Virtuell streckkod", "page": "Sida",
           "credit_note_text": "Beloppet avräknas mot den krediterade fakturan eller återbetalas.",
           "fee_terms": "Vid försenad betalning tas en påminnelseavgift på {fee} ut.",
           "interest_text": "Dröjsmålsränta på för sent betalda fakturor."},
    "fi": {"invoice": "Lasku", "credit_note": "Hyvityslasku", "interest": "Korkolasku", "reminder": "Maksumuistutus",
           "number": "Laskun numero", "date": "Laskun päivä", "due": "Eräpäivä", "supply": "Toimituspäivä",
           "customer_no": "Asiakasnumero", "buyer_ref": "Viitteenne", "order_ref": "Tilausnumeronne",
           "description": "Kuvaus", "qty": "Määrä", "unit": "Yksikkö", "price": "À-hinta", "vat": "ALV",
           "amount": "Summa", "net": "Veroton yhteensä", "vat_total": "ALV yhteensä", "total": "Maksettava",
           "credit_total": "Hyvitettävä", "vat_breakdown": "ALV-erittely", "category": "Luokka",
           "basis": "Veroton", "payment": "Maksutiedot", "bankgiro": "Bankgiro", "ocr": "Viitenumero",
           "iban": "Tilinumero (IBAN)", "bic": "BIC", "reference": "Viitenumero", "org_no": "Y-tunnus",
           "vat_no": "ALV-numero", "ftax": "", "credits": "Hyvittää laskun", "open": "Maksamatta",
           "reminder_fee": "Muistutusmaksu",
           "reminder_text": "Emme ole saaneet suoritusta alla olevasta laskusta. Maksathan viimeistään {due}. "
                            "Jos olet jo maksanut, tämä muistutus on aiheeton.",
           "virtual_barcode": "Virtuaaliviivakoodi", "page": "Sivu",
           "credit_note_text": "Hyvitys vähennetään hyvitettävästä laskusta tai palautetaan.",
           "fee_terms": "Myöhästyneestä maksusta perimme muistutusmaksun {fee}.",
           "interest_text": "Viivästyskorko myöhässä maksetuista laskuista."},
    "en": {"invoice": "Invoice", "credit_note": "Credit note", "interest": "Interest invoice",
           "reminder": "Payment reminder", "number": "Invoice number", "date": "Invoice date", "due": "Due date",
           "supply": "Delivery date", "customer_no": "Customer number", "buyer_ref": "Your reference",
           "order_ref": "Your order number", "description": "Description", "qty": "Qty", "unit": "Unit",
           "price": "Unit price", "vat": "VAT", "amount": "Amount", "net": "Total excl. VAT",
           "vat_total": "Total VAT", "total": "Amount due", "credit_total": "Amount credited to you",
           "vat_breakdown": "VAT breakdown", "category": "Category", "basis": "Taxable amount",
           "payment": "Payment", "bankgiro": "Bankgiro", "ocr": "OCR reference", "iban": "IBAN", "bic": "BIC",
           "reference": "Payment reference", "org_no": "Reg. no", "vat_no": "VAT no",
           "ftax": "Approved for F-tax (Godkänd för F-skatt)", "credits": "Credits invoice", "open": "Open amount",
           "reminder_fee": "Reminder fee",
           "reminder_text": "We have not received payment for the invoice below. Please pay by {due}. "
                            "If you have already paid, please disregard this reminder.",
           "virtual_barcode": "Virtual barcode", "page": "Page",
           "credit_note_text": "The amount is set off against the credited invoice or refunded.",
           "fee_terms": "A reminder fee of {fee} is charged for late payment.",
           "interest_text": "Late-payment interest on invoices paid after their due date."},
}
# the late-interest clause follows the SELLER's law, written in the customer's language: SE räntelagen (1975:635)
# 6 § reference rate + 8 pp; FI korkolaki (633/1982) 4 § + 7 pp, 4 a § + 8 pp (an agency charging as a business)
INTEREST_TERMS = {
    ("SE", "sv"): "Efter förfallodagen debiteras dröjsmålsränta enligt räntelagen "
                  "(referensränta + {pp} procentenheter).",
    ("SE", "fi"): "Eräpäivän jälkeen perimme viivästyskorkoa Ruotsin korkolain (räntelagen) mukaan "
                  "(viitekorko + {pp} prosenttiyksikköä).",
    ("SE", "en"): "Late-payment interest is charged after the due date under the Swedish Interest Act (räntelagen): "
                  "reference rate + {pp} percentage points.",
    ("FI", "fi"): "Eräpäivän jälkeen perimme viivästyskorkoa korkolain mukaan (viitekorko + {pp} prosenttiyksikköä).",
    ("FI", "sv"): "Efter förfallodagen debiteras dröjsmålsränta enligt den finska räntelagen (korkolaki) "
                  "(referensränta + {pp} procentenheter).",
    ("FI", "en"): "Late-payment interest is charged after the due date under the Finnish Interest Act (korkolaki): "
                  "reference rate + {pp} percentage points.",
}
# 'S' is the standard rate only at the country's general rate (SE 25 %, FI 24 % / 25.5 %); 12 % and 6 % (SE),
# 14 %, 13.5 % and 10 % (FI) are reduced rates (ML 2023:200 9 kap., AVL 1501/1993 84-85 a §)
REDUCED_NAMES = {"sv": "Reducerad skattesats", "fi": "Alennettu verokanta", "en": "Reduced rate"}
GENERAL_RATE_MIN = Decimal("24")


def interest_terms(seller_country: str, lang: str, b2b: bool) -> str:
    """The late-interest clause of the seller's country, in the customer's language."""
    country = seller_country if seller_country in ("SE", "FI") else "SE"
    pp = 8 if country == "SE" or b2b else 7
    return INTEREST_TERMS[(country, lang if lang in ("sv", "fi", "en") else "en")].format(pp=pp)


def vat_category_name(lang: str, category: str, rate: Decimal) -> str:
    if category == "S" and rate < GENERAL_RATE_MIN:
        return REDUCED_NAMES[lang]
    return CATEGORY_NAMES[lang].get(category, category)


CATEGORY_NAMES = {
    "sv": {"S": "Normalskattesats", "Z": "Nollskattesats", "E": "Undantagen från moms", "O": "Utanför momsens "
           "tillämpningsområde", "AE": "Omvänd betalningsskyldighet", "K": "Unionsintern leverans",
           "G": "Export utanför EU"},
    "fi": {"S": "Yleinen/alennettu verokanta", "Z": "Nollaverokanta", "E": "Verosta vapautettu",
           "O": "Arvonlisäveron ulkopuolella", "AE": "Käännetty verovelvollisuus", "K": "Yhteisömyynti",
           "G": "Vienti EU:n ulkopuolelle"},
    "en": {"S": "Standard rate", "Z": "Zero rated", "E": "Exempt from VAT", "O": "Outside the scope of VAT",
           "AE": "Reverse charge", "K": "Intra-community supply", "G": "Export outside the EU"},
}


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=8)
def _number_formats(loc: str) -> tuple[Any, Any, Locale]:
    """babel's money ("#,##0.00") and decimal patterns and the locale, parsed once per process instead of once per
    amount (what format_decimal does on every call; a print run formats hundreds of thousands of amounts)."""
    locale = Locale.parse(loc)
    return parse_pattern("#,##0.00"), parse_pattern(locale.decimal_formats[None]), locale


def language_of(inv: Invoice, agency: Agency) -> str:
    lang = (inv.customer_snapshot or {}).get("language") or agency.language or "sv"
    return lang if lang in LABELS else "en"


def document_of(inv: Invoice, document: str = "invoice") -> str:
    if document == "reminder":
        return "reminder"
    return inv.kind if inv.kind in ("credit_note", "interest") else "invoice"


def context(session: Session, inv: Invoice, document: str = "invoice", extra: dict | None = None) -> dict[str, Any]:
    """Everything a document template shows."""
    agency = lookups.agency_of(session, inv)
    data = invoice_dict(session, inv)
    lang = language_of(inv, agency)
    loc = LOCALES[lang]
    doc = document_of(inv, document)
    extra = dict(extra or {})

    money_pattern, number_pattern, locale = _number_formats(loc)

    def money(value: Any) -> str:
        if value in (None, ""):
            return ""
        return money_pattern.apply(Decimal(str(value)), locale)

    def number(value: Any) -> str:
        return number_pattern.apply(Decimal(str(value)), locale) if value not in (None, "") else ""

    def date(value: Any) -> str:
        if not value:
            return ""
        value = dt.date.fromisoformat(value) if isinstance(value, str) else value
        return format_date(value, format="short" if lang == "en" else "medium", locale=loc) if lang == "en" \
            else format_date(value, format="yyyy-MM-dd" if lang == "sv" else "d.M.yyyy", locale=loc)

    labels = LABELS[lang]
    seller = inv.seller_snapshot or {}
    credited = session.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
    amount_due = Decimal(data["open_amount"]) if doc == "reminder" else Decimal(data["total"])
    fee = Decimal(str(extra.get("fee") or "0"))
    if doc == "reminder":
        amount_due += fee
    due = extra.get("due_date") or inv.due_date
    payment = _payment(inv, seller, amount_due, due, labels) if doc != "credit_note" else None
    kind = data["customer"].get("kind")
    b2b = bool(agency.b2b_interest) and kind != "private"
    terms = [interest_terms(agency.country, lang, b2b)] if doc in ("invoice", "reminder") else []
    fee_promised = reminder_fee(agency, kind, inv.currency)  # the capped fee for this debtor a reminder may charge
    if doc == "invoice" and fee_promised:
        terms.append(labels["fee_terms"].format(fee=f"{money(fee_promised)} {inv.currency}"))
    vat_rows = [dict(g, name=vat_category_name(lang, g["category"], Decimal(g["rate"])))
                for g in data["vat_breakdown"]]
    return {"doc": doc, "lang": lang, "l": labels, "inv": data, "agency": agency, "seller": seller,
            "customer": data["customer"], "money": money, "number": number, "date": date, "vat_rows": vat_rows,
            "payment": payment, "terms": terms, "credited": credited, "amount_due": amount_due, "fee": fee,
            "grand_total": -Decimal(data["total"]) if doc == "credit_note" else Decimal(data["total"]),
            "due": due, "extra": extra, "title": labels[doc],
            "reminder_text": labels["reminder_text"].format(due=date(due)) if doc == "reminder" else ""}


def _payment(inv: Invoice, seller: dict, amount: Decimal, due: dt.date | None, labels: dict) -> dict | None:
    ref = inv.reference or ""  # every payable document has one (a credit note gets no payment block)
    if seller.get("country") == "FI" or (seller.get("iban") and not seller.get("bankgiro")):
        if not seller.get("iban"):
            return None
        shown_ref = references.format_fi(ref) if ref and not ref.startswith("RF") else \
            " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))
        vbc = None
        try:
            vbc = barcode.virtual_barcode(seller["iban"], ref, amount if inv.currency == "EUR" else None, due)
        except ValidationError:
            pass
        iban = seller["iban"].replace(" ", "")
        return {"kind": "fi", "iban": " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "bic": seller.get("bic"),
                "reference": shown_ref, "virtual_barcode": vbc}
    if seller.get("bankgiro"):
        return {"kind": "se", "bankgiro": seller["bankgiro"], "reference": inv.reference}
    return None


def render_html(session: Session, inv: Invoice, document: str = "invoice", extra: dict | None = None) -> str:
    """The document as one self-contained HTML page (inline CSS and SVG)."""
    ctx = context(session, inv, document, extra)
    payment = ctx["payment"]
    if payment and payment.get("virtual_barcode"):  # the bank barcode as inline SVG (only the HTML needs it)
        ctx["payment"] = dict(payment, barcode_svg=Markup(barcode.code128c_svg(payment["virtual_barcode"])))
    return _env().get_template(f"{ctx['doc']}.html").render(**ctx)


def render_pdf(session: Session, inv: Invoice, document: str = "invoice", extra: dict | None = None) -> bytes:
    """The document's PDF from its HTML (WeasyPrint): what the web and `reskontra invoice pdf` give."""
    from weasyprint import HTML

    html = render_html(session, inv, document, extra)
    return HTML(string=html, base_url=str(TEMPLATES)).write_pdf()


def print_drawing(session: Session, inv: Invoice, document: str = "invoice",
                  extra: dict | None = None) -> print_layout.Drawing:
    """The document laid out for the print channel (core.billing.delivery.print_layout, ReportLab): the same
    context, hence the same fields, as the HTML; drawn into its own PDF and into the run's batch file."""
    return print_layout.layout(context(session, inv, document, extra))


def render_print_pdf(session: Session, inv: Invoice, document: str = "invoice", extra: dict | None = None) -> bytes:
    """The printed document as the print channel writes it (ReportLab, a few milliseconds a page)."""
    return print_layout.pdf(print_drawing(session, inv, document, extra))
