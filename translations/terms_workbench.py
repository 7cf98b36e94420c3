"""Words added when the clerk's-day defects of issue #15 were fixed (English msgid: (Swedish, Finnish)): the
statement of account's movements, counts with their nouns in the singular and plural, register changes old → new.
"""
from __future__ import annotations

WORKBENCH = {
    # an invoice list's export whose name search stood for the first customers only (web/views/invoices.py)
    "More than %(n)s customers' names hold “%(q)s”: this file has the invoices of the first %(n)s of them only, not "
    "all. Search for more of the name, or a customer number, org. number or invoice number, to export the rest.": (
        "Fler än %(n)s kunders namn innehåller ”%(q)s”: filen har bara fakturorna för de %(n)s första av dem, inte "
        "alla. Sök på mer av namnet, eller ett kundnummer, organisationsnummer eller fakturanummer, för att "
        "exportera resten.",
        "Yli %(n)s asiakkaan nimessä on ”%(q)s”: tiedostossa ovat vain niistä %(n)s ensimmäisen laskut, eivät "
        "kaikki. Hae useammalla nimen sanalla tai asiakasnumerolla, Y-tunnuksella tai laskun numerolla "
        "viedäksesi loput."),
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
    # a register change beside the register (templates/web/changes.html)
    "Field": ("Fält", "Kenttä"),
    "Before": ("Före", "Ennen"),
    "Now in the register": ("Nu i registret", "Nyt rekisterissä"),
    "Changed to": ("Ändrat till", "Muutettu"),
    "Asked for": ("Begärt", "Pyydetty"),
    "unchanged": ("oförändrat", "ennallaan"),
    # a name search that more customers match than the list takes (templates/web/invoices.html)
    "More than %(n)s customers' names hold “%(q)s”: the list shows the invoices of the first %(n)s of them, so its "
    "count is not the whole. Type more of the name, or a customer number, org. number or invoice number, to find the "
    "rest.": (
        "Fler än %(n)s kunders namn innehåller ”%(q)s”: listan visar fakturorna för de %(n)s första av dem, så "
        "antalet är inte hela. Skriv mer av namnet, eller ett kundnummer, organisationsnummer eller fakturanummer, "
        "för att hitta resten.",
        "Yli %(n)s asiakkaan nimessä on ”%(q)s”: luettelossa ovat niistä %(n)s ensimmäisen laskut, joten määrä ei "
        "ole koko määrä. Kirjoita enemmän nimestä tai asiakasnumero, Y-tunnus tai laskun numero löytääksesi "
        "loput."),
    # a collection case's columns in a run's preview (web/views/runs.py)
    "Claim": ("Fordran", "Saaminen"),
    "Fees": ("Avgifter", "Maksut"),
}

# counts with their noun (ngettext: English singular msgid -> (Swedish (one, other), Finnish (one, other))); the
# number is always shown, so one form is the singular and the other every other count (0 too: "0 fakturor")
PLURALS = {
    "%(n)s invoice": (("%(n)s faktura", "%(n)s fakturor"), ("%(n)s lasku", "%(n)s laskua")),
    "%(n)s payment": (("%(n)s betalning", "%(n)s betalningar"), ("%(n)s maksu", "%(n)s maksua")),
    "%(n)s run": (("%(n)s körning", "%(n)s körningar"), ("%(n)s ajo", "%(n)s ajoa")),
    "%(n)s customer": (("%(n)s kund", "%(n)s kunder"), ("%(n)s asiakas", "%(n)s asiakasta")),
    "%(n)s file": (("%(n)s fil", "%(n)s filer"), ("%(n)s tiedosto", "%(n)s tiedostoa")),
    "%(n)s register change": (("%(n)s registerändring", "%(n)s registerändringar"),
                              ("%(n)s rekisterimuutos", "%(n)s rekisterimuutosta")),
    "%(n)s question": (("%(n)s fråga", "%(n)s frågor"), ("%(n)s kysymys", "%(n)s kysymystä")),
    "%(n)s payment advice": (("%(n)s betalningsavi", "%(n)s betalningsavier"),
                             ("%(n)s maksuaviisi", "%(n)s maksuaviisia")),
    "Confirm and issue %(n)s invoice": (
        ("Bekräfta och fakturera %(n)s faktura", "Bekräfta och fakturera %(n)s fakturor"),
        ("Vahvista ja laskuta %(n)s lasku", "Vahvista ja laskuta %(n)s laskua")),
    "%(a)s of %(t)s issued invoice came by e-mail or API.": (
        ("%(a)s av %(t)s utfärdad faktura kom via e-post eller API.",
         "%(a)s av %(t)s utfärdade fakturor kom via e-post eller API."),
        ("%(a)s / %(t)s laskusta tuli sähköpostilla tai API:n kautta.",
         "%(a)s / %(t)s laskusta tuli sähköpostilla tai API:n kautta.")),
    "and %(n)s line for other invoices": (("och %(n)s rad för andra fakturor", "och %(n)s rader för andra fakturor"),
                                          ("ja %(n)s rivi muille laskuille", "ja %(n)s riviä muille laskuille")),
    "the deposit says %(a)s payment but lists %(b)s": (
        ("insättningen anger %(a)s betalning men listar %(b)s",
         "insättningen anger %(a)s betalningar men listar %(b)s"),
        ("talletus ilmoittaa %(a)s maksun mutta luettelee %(b)s",
         "talletus ilmoittaa %(a)s maksua mutta luettelee %(b)s")),
    "the notification says %(a)s entry but lists %(b)s": (
        ("aviseringen anger %(a)s post men listar %(b)s", "aviseringen anger %(a)s poster men listar %(b)s"),
        ("ilmoitus kertoo %(a)s kirjauksen mutta luettelee %(b)s",
         "ilmoitus kertoo %(a)s kirjausta mutta luettelee %(b)s")),
    "within the %(n)s grace day after the due date": (
        ("inom den %(n)s respitdagen efter förfallodagen", "inom de %(n)s respitdagarna efter förfallodagen"),
        ("eräpäivän jälkeisen %(n)s päivän armonajan sisällä", "eräpäivän jälkeisen %(n)s päivän armonajan sisällä")),
    "%(n)s allocation made.": (("%(n)s avräkning gjord.", "%(n)s avräkningar gjorda."),
                               ("%(n)s kohdistus tehty.", "%(n)s kohdistusta tehty.")),
    "%(n)s answer saved.": (("%(n)s svar sparat.", "%(n)s svar sparade."),
                            ("%(n)s vastaus tallennettu.", "%(n)s vastausta tallennettu.")),
    "%(country)s from %(day)s, %(n)s invoice": (
        ("%(country)s från %(day)s, %(n)s faktura", "%(country)s från %(day)s, %(n)s fakturor"),
        ("%(country)s %(day)s alkaen, %(n)s lasku", "%(country)s %(day)s alkaen, %(n)s laskua")),
}
