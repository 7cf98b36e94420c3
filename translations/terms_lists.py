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
    # every list paged with its count and place (issue #15: advices, customers, register changes, runs, files,
    # payment questions)
    "%(first)s–%(last)s of %(count)s": ("%(first)s–%(last)s av %(count)s", "%(first)s–%(last)s / %(count)s"),
    "%(n)s payment advices": ("%(n)s betalningsavier", "%(n)s maksuaviisia"),
    "%(n)s customers": ("%(n)s kunder", "%(n)s asiakasta"),
    "%(n)s register changes": ("%(n)s registerändringar", "%(n)s rekisterimuutosta"),
    "%(n)s runs": ("%(n)s körningar", "%(n)s ajoa"),
    "%(n)s files": ("%(n)s filer", "%(n)s tiedostoa"),
    "%(n)s questions": ("%(n)s frågor", "%(n)s kysymystä"),
    "Questions to the agencies": ("Frågor till myndigheterna", "Kysymykset virastoille"),
    "The agencies are asked where money goes that no rule could place. A question closes when the agency answers "
    "or when a clerk has placed, returned or kept as credit everything it asks about.": (
        "Myndigheterna tillfrågas vart pengar ska som ingen regel kunde placera. En fråga stängs när myndigheten "
        "svarar eller när en handläggare har placerat, återbetalat eller bokat som tillgodo allt den frågar om.",
        "Virastoilta kysytään, minne kuuluvat rahat, joita mikään sääntö ei osannut kohdistaa. Kysymys suljetaan, "
        "kun virasto vastaa tai kun käsittelijä on kohdistanut, palauttanut tai kirjannut hyvitykseksi kaiken, "
        "mitä siinä kysytään."),
    "Question": ("Fråga", "Kysymys"),
    "Asked": ("Frågad", "Kysytty"),
    "Recipient": ("Mottagare", "Vastaanottaja"),
    "No questions here.": ("Inga frågor här.", "Ei kysymyksiä."),
    "Nothing was allocated: correct the marked rows.": (
        "Inget avräknades: rätta de markerade raderna.", "Mitään ei kohdistettu: korjaa merkityt rivit."),
    # the invoice list's date filter typed so that it cannot be read (never silently an unfiltered list)
    "%(field)s: “%(t)s” is not a date; write it like %(example)s. The list is not narrowed by it.": (
        "%(field)s: ”%(t)s” är inte ett datum; skriv till exempel %(example)s. Listan är inte begränsad av det.",
        "%(field)s: ”%(t)s” ei ole päivämäärä; kirjoita esimerkiksi %(example)s. Luetteloa ei ole rajattu sillä."),
    # the customer page: its invoices never cut silently, its history in words
    "The latest %(n)s invoices are shown: all the customer's invoices in the invoice list": (
        "De senaste %(n)s fakturorna visas: alla kundens fakturor i fakturalistan",
        "Näytetään viimeisimmät %(n)s laskua: kaikki asiakkaan laskut laskuluettelossa"),
    "The customer's invoices in the invoice list": ("Kundens fakturor i fakturalistan",
                                                    "Asiakkaan laskut laskuluettelossa"),
    "Saved in the register": ("Sparad i registret", "Tallennettu rekisteriin"),
    "Consumer e-invoice added": ("E-faktura till konsument tillagd", "Kuluttajan e-lasku lisätty"),
    "Consumer e-invoice ended": ("E-faktura till konsument avslutad", "Kuluttajan e-lasku päättynyt"),
    "Central register": ("Centralregistret", "Keskusrekisteri"),
}

