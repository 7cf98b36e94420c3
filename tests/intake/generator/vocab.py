"""The generator's lexicon: labels, phrases, units, month names, greetings and quoting headers per language
(sv, fi, en, and Finland-Swedish 'fisv'). Each list holds interchangeable variants; the grammar picks one."""
from __future__ import annotations

LANGS_SE = ("sv", "sv", "sv", "en")
LANGS_FI = ("fi", "fi", "fisv", "en")

CUSTOMER = {"sv": ["Kund", "Kund/fakturamottagare", "Fakturamottagare", "Köpare"],
            "fisv": ["Kund", "Fakturamottagare"],
            "fi": ["Asiakas", "Laskutettava", "Laskun vastaanottaja"],
            "en": ["Customer", "Bill to", "Invoice to"]}
ORG = {"sv": ["Org.nr", "Organisationsnummer", "Org nr"], "fisv": ["FO-nummer", "FO-nr"],
       "fi": ["Y-tunnus", "Y-tunnus"], "en": ["Org. no", "Business ID", "Company reg. no"]}
CUSTNO = {"sv": ["Kundnr", "Kundnummer"], "fisv": ["Kundnummer"], "fi": ["Asiakasnumero", "Asiakasnro"],
          "en": ["Customer no.", "Customer number"]}
BUYER = {"sv": ["Er referens", "Märkning", "Att", "Kontaktperson", "Beställare"],
         "fisv": ["Er referens", "Kontaktperson", "Beställare"],
         "fi": ["Viitteenne", "Viite", "Yhteyshenkilö", "Tilaaja"],
         "en": ["Your reference", "Attn", "Contact person"]}
ORDER = {"sv": ["Beställningsnummer", "Ert ordernr", "Beställning", "Ordernummer"],
         "fisv": ["Beställningsnummer", "Ordernummer"], "fi": ["Tilausnumero", "Ostotilaus", "Tilausnro"],
         "en": ["PO", "Purchase order", "Order number"]}
PERIOD = {"sv": ["Period", "Avser", "Utfört"], "fisv": ["Period", "Avser"], "fi": ["Ajanjakso", "Ajalta", "Suoritettu"],
          "en": ["Period", "Service period", "Performed"]}
ARTICLE = {"sv": "Artikel", "fisv": "Artikel", "fi": "Tuote", "en": "Item"}
QTY = {"sv": "Antal", "fisv": "Antal", "fi": "Määrä", "en": "Quantity"}
PRICE = {"sv": "À-pris", "fisv": "À-pris", "fi": "Yksikköhinta", "en": "Unit price"}
DESC = {"sv": "Benämning", "fisv": "Beskrivning", "fi": "Kuvaus", "en": "Description"}
TOTAL = {"sv": ["Summa", "Totalt"], "fisv": ["Summa", "Totalt"], "fi": ["Yhteensä"], "en": ["Total"]}
DAY_WORD = {"sv": "den", "fisv": "den", "fi": "", "en": "on"}

GREETING = {"sv": ["Hej!", "Hej,", "Hej igen,", "God morgon,"], "fisv": ["Hej,", "Hej!"],
            "fi": ["Hei,", "Hei!", "Moi,", "Hyvää huomenta,"], "en": ["Hi,", "Hello,", "Dear colleagues,"]}
INTRO = {"sv": ["Vänligen fakturera enligt nedan.", "Här kommer underlag för fakturering.",
                "Kan ni fakturera följande?", "Underlag enligt nedan, tack."],
         "fisv": ["Vänligen fakturera enligt nedan.", "Här kommer faktureringsunderlag."],
         "fi": ["Laskuttakaa seuraavat.", "Ohessa laskutusaineisto.", "Voisitteko laskuttaa alla olevat?"],
         "en": ["Please invoice the following.", "Please find the invoicing details below.",
                "Could you invoice the items below?"]}
ATTACHED = {"sv": "Underlaget finns i bifogad fil.", "fisv": "Underlaget finns i bilagan.",
            "fi": "Laskutusaineisto on liitteenä.", "en": "The details are in the attached file."}
CLOSING = {"sv": ["Med vänlig hälsning", "Mvh", "Vänliga hälsningar", "Tack på förhand!"],
           "fisv": ["Med vänlig hälsning", "Hälsningar"], "fi": ["Ystävällisin terveisin", "Terveisin", "Kiitos!"],
           "en": ["Kind regards,", "Best regards,", "Thanks,"]}
NOISE = {"sv": ["Tack för senast!", "Hoppas allt är bra med er.", "Ring om något är oklart."],
         "fisv": ["Tack för hjälpen senast.", "Hör av dig om något är oklart."],
         "fi": ["Kiitos avusta viimeksi!", "Soita, jos jokin on epäselvää."],
         "en": ["Thanks for your help last time.", "Call me if anything is unclear."]}
NO_QTY = {"sv": "antal meddelas senare", "fisv": "antalet meddelas senare", "fi": "määrä ilmoitetaan myöhemmin",
          "en": "quantity to follow"}
APPROX = {"sv": ["ca", "cirka", "ungefär"], "fisv": ["ca", "ungefär"], "fi": ["noin"],
          "en": ["approx.", "about"]}

UNITS = {  # register unit -> word per language
    "st": {"sv": "st", "fisv": "st", "fi": "kpl", "en": "pcs"}, "kpl": {"sv": "st", "fisv": "st", "fi": "kpl",
                                                                         "en": "pcs"},
    "tim": {"sv": "tim", "fisv": "h", "fi": "h", "en": "h"}, "h": {"sv": "tim", "fisv": "h", "fi": "h", "en": "h"},
    "dag": {"sv": "dagar", "fisv": "dagar", "fi": "pv", "en": "days"},
    "pv": {"sv": "dagar", "fisv": "dagar", "fi": "pv", "en": "days"},
    "ha": {"sv": "ha", "fisv": "ha", "fi": "ha", "en": "ha"},
}

MONTHS = {"sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                 "november", "december"],
          "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu",
                 "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}
MONTHS["fisv"] = MONTHS["sv"]
WEEK = {"sv": ["vecka", "v."], "fisv": ["vecka"], "fi": ["viikko", "vko"], "en": ["week"]}

QUOTE_HEAD = {
    "sv": "Från: {name} <{addr}>\nSkickat: den {d} {mon} {y} {hm}\nTill: Kundfaktura\nÄmne: {subject}\n",
    "fisv": "Från: {name} <{addr}>\nSkickat: den {d} {mon} {y} {hm}\nTill: Myyntilaskutus\nÄmne: {subject}\n",
    "fi": "Lähettäjä: {name} <{addr}>\nLähetetty: {d}. {mon}ta {y} {hm}\nVastaanottaja: Myyntilaskutus\n"
          "Aihe: {subject}\n",
    "en": "From: {name} <{addr}>\nSent: {d} {mon} {y} {hm}\nTo: Invoicing\nSubject: {subject}\n",
}
GMAIL_HEAD = {"sv": "den {d} {mon} {y} kl {hm} skrev {name} <{addr}>:", "fisv": "den {d} {mon} {y} kl {hm} skrev "
              "{name} <{addr}>:", "fi": "{d}.{m}.{y} klo {hm} {name} <{addr}> kirjoitti:",
              "en": "On {d} {mon} {y} at {hm}, {name} <{addr}> wrote:"}
NUMBER_WORDS = {"sv": ["en", "två", "tre", "fyra", "fem", "sex"], "fisv": ["en", "två", "tre", "fyra", "fem", "sex"],
                "fi": ["yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi"],
                "en": ["one", "two", "three", "four", "five", "six"]}
CASE_NO = {"sv": ["Vårt dnr", "Diarienummer", "Dnr"], "fisv": ["Vårt dnr", "Diarienummer"],
           "fi": ["Diaarinumero", "Dnro"], "en": ["Our case no.", "Case number"]}
PROSE_BUYER = {"sv": "Märk fakturan med {v}.", "fisv": "Märk fakturan med {v}.", "fi": "Yhteyshenkilö on {v}.",
               "en": "Please quote {v} on the invoice."}
PROSE_ORDER = {"sv": "Beställningsnummer {v}.", "fisv": "Beställningsnummer {v}.", "fi": "Tilausnumero {v}.",
               "en": "Purchase order {v}."}
PROSE_PERIOD = {"sv": "Avser {v}.", "fisv": "Avser {v}.", "fi": "Ajanjakso {v}.", "en": "Period {v}."}
PNR = {"sv": ["Personnr", "Personnummer", "Pnr"], "fisv": ["Personnummer"], "fi": ["Henkilötunnus"],
       "en": ["Personal ID no."]}
LINE_TOTAL = {"sv": "Belopp", "fisv": "Belopp", "fi": "Rivin summa", "en": "Line total"}
OUR_REF = {"sv": "Vår referens", "fisv": "Vår referens", "fi": "Viitteemme", "en": "Our reference"}
