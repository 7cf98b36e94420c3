"""Words added by the clerk's day in Chromium in Swedish and Finnish (issue #15; English msgid: (Swedish,
Finnish)): the credit form's two buttons, a camt.054 payment's place in its file, the period end's month, an
interest run waiting for a reference rate, the reports' XLSX in words."""
from __future__ import annotations

CLERKDAY = {
    "Quantities to credit per line": ("Antal att kreditera per rad", "Hyvitettävät määrät riveittäin"),
    "Credit the quantities typed": ("Kreditera angivna antal", "Hyvitä syötetyt määrät"),
    "Credit the whole invoice": ("Kreditera hela fakturan", "Hyvitä koko lasku"),
    "entry %(e)s, transaction %(t)s": ("post %(e)s, transaktion %(t)s", "kirjaus %(e)s, tapahtuma %(t)s"),
    "entry %(e)s": ("post %(e)s", "kirjaus %(e)s"),
    "YYYY-MM": ("ÅÅÅÅ-MM", "VVVV-KK"),
    "Reference rates missing": ("Referensränta saknas", "Viitekorko puuttuu"),
    "%(country)s from %(day)s, %(n)s invoices": ("%(country)s från %(day)s, %(n)s fakturor",
                                                "%(country)s %(day)s alkaen, %(n)s laskua"),
    "The interest run waits for a confirmed reference rate (%(rates)s): it charges nothing until an administrator "
    "confirms the rate (reskontra rates confirm); the worker then makes the run by itself.": (
        "Räntekörningen väntar på en bekräftad referensränta (%(rates)s): den debiterar inget förrän en "
        "administratör har bekräftat räntan (reskontra rates confirm); sedan gör bakgrundsprocessen körningen "
        "av sig själv.",
        "Korkoajo odottaa vahvistettua viitekorkoa (%(rates)s): se ei veloita mitään, ennen kuin ylläpitäjä on "
        "vahvistanut koron (reskontra rates confirm); sen jälkeen taustaprosessi tekee ajon itsestään."),
    "Threshold": ("Beloppsgräns", "Rajasumma"),
    "Credited": ("Krediterat", "Hyvitetty"),
    "Collection status": ("Inkassostatus", "Perinnän tila"),
    "Automation rate %": ("Automatiseringsgrad %", "Automaatioaste %"),
    "Peppol": ("Peppol", "Peppol"),
    "E-invoice share %": ("Andel e-fakturor %", "Verkkolaskujen osuus %"),
    # what a payment registered by hand did with the money (web/views/payment_entry.py)
    "Payment registered: %(a)s on invoice %(n)s.": ("Betalningen är registrerad: %(a)s på faktura %(n)s.",
                                                    "Maksu kirjattu: %(a)s laskulle %(n)s."),
    "Payment registered: %(a)s on invoice %(n)s, the rest %(c)s as the customer's credit (to refund or offset).": (
        "Betalningen är registrerad: %(a)s på faktura %(n)s, resten %(c)s som kundens tillgodohavande (att "
        "återbetala eller kvitta).",
        "Maksu kirjattu: %(a)s laskulle %(n)s, loput %(c)s asiakkaan saatavaksi (palautettavaksi tai "
        "kuitattavaksi)."),
    "Payment registered, but invoice %(n)s has nothing open: the whole %(c)s is the customer's credit (to refund "
    "or offset). Check the invoice number.": (
        "Betalningen är registrerad, men faktura %(n)s har inget öppet: hela %(c)s är kundens tillgodohavande (att "
        "återbetala eller kvitta). Kontrollera fakturanumret.",
        "Maksu kirjattu, mutta laskulla %(n)s ei ole avointa: koko %(c)s on asiakkaan saatavaa (palautettavaksi "
        "tai kuitattavaksi). Tarkista laskun numero."),
    # a run made early (web/views/runs.py early_warning)
    "%(m)s has not ended: run now, the interest run charges only the payments made so far, and the month cannot "
    "be run again.": (
        "%(m)s har inte tagit slut: körs räntefaktureringen nu debiteras bara betalningarna hittills, och månaden "
        "kan inte köras igen.",
        "%(m)s ei ole vielä päättynyt: jos korkolaskutus ajetaan nyt, se veloittaa vain tähänastiset maksut, eikä "
        "kuukautta voi ajaa uudelleen."),
    "%(d)s is in the future: the run dates its reminders and fees on that day.": (
        "%(d)s ligger i framtiden: körningen daterar sina påminnelser och avgifter den dagen.",
        "%(d)s on tulevaisuudessa: ajo päivää muistutuksensa ja maksunsa sille päivälle."),
    # a quarantined message's sender: "From" is "Alkaen" (starting from a date) in Finnish
    "Sender": ("Avsändare", "Lähettäjä"),
}
