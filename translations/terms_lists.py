"""Words of the lists a clerk works with at any size (issue #15 item 4: sorting, paging back and forth, the
payments' count and totals, an export cut at its limit); English msgid: (Swedish, Finnish)."""
from __future__ import annotations

LISTS = {
    "Sort": ("Sortera", "Lajittele"),
    "First page": ("Första sidan", "Ensimmäinen sivu"),
    "Previous page": ("Föregående sida", "Edellinen sivu"),
    "%(n)s payments": ("%(n)s betalningar", "%(n)s maksua"),
    "amount": ("belopp", "summa"),
    "unallocated": ("ej avräknat", "kohdistamatta"),
    "Only the first %(n)s invoices are in this file: narrow the filters (e.g. by date) to export the rest.": (
        "Endast de första %(n)s fakturorna finns i filen: begränsa urvalet (t.ex. med datum) för att exportera resten.",
        "Tiedostossa ovat vain %(n)s ensimmäistä laskua: rajaa hakua (esim. päivämäärällä) viedäksesi loput."),
}
