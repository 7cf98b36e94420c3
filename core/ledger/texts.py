"""The texts of the vouchers and their entries in the agency's language (sv, fi, en): a Finnish agency's books,
its ledger pages and its SIE/CSV exports read "Lasku 10001", "Suoritus, lasku 10001", "Muistutusmaksut
2026-12-07 EUR" — not the Swedish the core used to write for every agency. A text is written once, when the voucher
is posted (a voucher is never rewritten: bokföringslagen 1999:1078 5 kap. 5 §, KPL 2:7), so vouchers posted
before keep their words. Dates and amounts in a text stay ISO and plain (a book is read by programs too)."""
from __future__ import annotations

from typing import Any

LANGUAGES = ("sv", "fi", "en")

# key: (Swedish, Finnish, English) as str.format templates
TEXTS: dict[str, tuple[str, str, str]] = {
    "invoice": ("Faktura {n}", "Lasku {n}", "Invoice {n}"),
    "credit_note": ("Kreditfaktura {n}", "Hyvityslasku {n}", "Credit note {n}"),
    "interest": ("Räntefaktura {n}", "Korkolasku {n}", "Interest invoice {n}"),
    "payment": ("Inbetalning faktura {n}", "Suoritus, lasku {n}", "Payment, invoice {n}"),
    "deduction": ("Avdrag faktura {n}", "Vähennys, lasku {n}", "Deduction, invoice {n}"),
    "overpayment": ("Överbetalning {id}", "Liikasuoritus {id}", "Overpayment {id}"),
    "unidentified": ("Ej identifierad inbetalning {id}", "Tunnistamaton suoritus {id}", "Unidentified payment {id}"),
    "deposit_one": ("Bankinsättning {ref}(1 inbetalning)", "Pankkitalletus {ref}(1 suoritus)",
                    "Bank deposit {ref}(1 payment)"),
    "deposit": ("Bankinsättning {ref}({count} inbetalningar)", "Pankkitalletus {ref}({count} suoritusta)",
                "Bank deposit {ref}({count} payments)"),
    "registered": ("Registrerad inbetalning {who}", "Kirjattu suoritus {who}", "Registered payment {who}"),
    "refund": ("Återbetalning {id}", "Palautus {id}", "Refund {id}"),
    "offset": ("Kvittning faktura {n}", "Kuittaus, lasku {n}", "Offset, invoice {n}"),
    "provision": ("Befarade kundförluster {d}", "Epävarmat myyntisaamiset {d}", "Doubtful receivables {d}"),
    "provision_reversal": ("Återföring befarade kundförluster {d}", "Epävarmojen myyntisaamisten peruutus {d}",
                           "Reversal of doubtful receivables {d}"),
    "vat_adjustment": ("Momsjustering {rate} %", "ALV-oikaisu {rate} %", "VAT adjustment {rate} %"),
    "credit_loss": ("Konstaterad kundförlust faktura {n}", "Toteutunut luottotappio, lasku {n}",
                    "Confirmed credit loss, invoice {n}"),
    "accruals": ("Periodisering intäkter {month}", "Tulojen jaksotus {month}", "Accrued revenue {month}"),
    "accrual_line": ("Periodisering {n} rad {line} {month}", "Jaksotus {n} rivi {line} {month}",
                     "Accrual {n} line {line} {month}"),
    "reminder_fee": ("Påminnelseavgift", "Muistutusmaksu", "Reminder fee"),
    "reminder_fees": ("Påminnelseavgifter", "Muistutusmaksut", "Reminder fees"),
    "reminder_fees_on": ("Påminnelseavgifter {d} {currency}", "Muistutusmaksut {d} {currency}",
                         "Reminder fees {d} {currency}"),
    "disputed": ("Tvistig fordran faktura {n}", "Riitautettu saaminen, lasku {n}", "Disputed receivable, invoice {n}"),
    "dispute_ended": ("Tvist avslutad faktura {n}", "Riita päättynyt, lasku {n}", "Dispute ended, invoice {n}"),
}


def text(lang: str | None, key: str, **values: Any) -> str:
    """The text `key` in the agency's language (Swedish for a language the books are not kept in)."""
    forms = TEXTS[key]
    return forms[LANGUAGES.index(lang) if lang in LANGUAGES else 0].format(**values)
