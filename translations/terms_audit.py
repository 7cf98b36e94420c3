"""Words added by the clerk's-day audit of issue #15 (English msgid: (Swedish, Finnish)); a key "context|msgid" is
a message with a context (statuses)."""
from __future__ import annotations

AUDIT = {
    "“%(v)s” is not a number; write it like %(example)s": (
        "”%(v)s” är inte ett tal; skriv till exempel %(example)s",
        "”%(v)s” ei ole luku; kirjoita esimerkiksi %(example)s"),
    "“%(t)s” is not a date; write it like %(example)s": (
        "”%(t)s” är inte ett datum; skriv till exempel %(example)s",
        "”%(t)s” ei ole päivämäärä; kirjoita esimerkiksi %(example)s"),
    "“%(t)s” is not a month; write it like %(example)s": (
        "”%(t)s” är inte en månad; skriv till exempel %(example)s",
        "”%(t)s” ei ole kuukausi; kirjoita esimerkiksi %(example)s"),
    "none (registered by hand)": ("ingen (registrerad manuellt)", "ei mitään (kirjattu käsin)"),
    "status|Partly matched": ("Delvis matchad", "Osittain tunnistettu"),
    "status|Returned": ("Återförd till betalaren", "Palautettu maksajalle"),
    "status|Skipped": ("Hoppades över", "Ohitettu"),
    "status|Proposed": ("Föreslagen", "Ehdotettu"),
    "status|Held: no reference rate": ("Väntar: referensränta saknas", "Odottaa: viitekorko puuttuu"),
    "Customer: %(name)s": ("Kund: %(name)s", "Asiakas: %(name)s"),
    "Contact person": ("Kontaktperson", "Yhteyshenkilö"),
    "yes": ("ja", "kyllä"),
    "no": ("nej", "ei"),
    "No document waits for delivery, so the run is not offered.": (
        "Inga dokument väntar på leverans, så körningen erbjuds inte.",
        "Yksikään asiakirja ei odota toimitusta, joten ajoa ei tarjota."),
    "Runs started here": ("Körningar startade här", "Täältä käynnistetyt ajot"),
    "show all customers": ("visa alla kunder", "näytä kaikki asiakkaat"),
}
