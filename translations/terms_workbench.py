"""Words added when the clerk's-day defects of issue #15 were fixed (English msgid: (Swedish, Finnish)): the
statement of account's movements, counts with their nouns in the singular and plural, register changes old → new.
"""
from __future__ import annotations

WORKBENCH = {
    # the statement of account (templates/web/statement_pdf.html)
    "Movements from %(d)s": ("Händelser från %(d)s", "Tapahtumat %(d)s alkaen"),
    "Account": ("Konto", "Tili"),
    "Event": ("Händelse", "Tapahtuma"),
    "Details": ("Uppgifter", "Tiedot"),
    "Opening balance": ("Ingående saldo", "Alkusaldo"),
    "reminder %(n)s": ("påminnelse %(n)s", "muistutus %(n)s"),
    "Open items on %(d)s": ("Öppna poster per %(d)s", "Avoimet erät %(d)s"),
    # the invoice list the dashboard's "issued today" links to (templates/web/invoices.html)
    "Issued on %(d)s": ("Utfärdade %(d)s", "Laskutettu %(d)s"),
    "any day": ("alla dagar", "kaikki päivät"),
}
