"""Extract messages, merge the Swedish and Finnish translations below, compile (.mo).
Usage: .venv/bin/python translations/update.py"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from terms import TERMS
from terms_audit import AUDIT
from terms_clerkday import CLERKDAY
from terms_lists import LISTS
from terms_tasks import TASKS
from terms_workbench import PLURALS, WORKBENCH

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# gettext keywords besides babel's defaults (tests/web/test_translations.py extracts with the same)
KEYWORDS = ["_l", "lazy_gettext", "lazy_pgettext:1c,2"]

# English msgid: (Swedish, Finnish)
T = {
    "Users": ("Användare", "Käyttäjät"), "Agencies": ("Myndigheter", "Virastot"), "API tokens": ("API-nycklar", "API-avaimet"),
    "Code": ("Kod", "Koodi"), "Name": ("Namn", "Nimi"), "Country": ("Land", "Maa"), "Currency": ("Valuta", "Valuutta"),
    "Payment terms": ("Betalningsvillkor", "Maksuehto"), "Issue automatically": ("Utfärda automatiskt", "Laskuta automaattisesti"),
    "Save": ("Spara", "Tallenna"), "New article": ("Ny artikel", "Uusi nimike"), "Agency": ("Myndighet", "Virasto"),
    "empty: the price comes with each request": ("tomt: priset anges i varje begäran", "tyhjä: hinta annetaan pyynnössä"),
    "History": ("Historik", "Historia"), "Articles": ("Artiklar", "Nimikkeet"), "Customers": ("Kunder", "Asiakkaat"),
    "All": ("Alla", "Kaikki"), "Filter": ("Filtrera", "Suodata"), "Unit": ("Enhet", "Yksikkö"),
    "Unit price": ("À-pris", "Yksikköhinta"), "VAT": ("Moms", "ALV"), "Skip to content": ("Till innehållet", "Siirry sisältöön"),
    "Main": ("Huvudmeny", "Päävalikko"), "Dashboard": ("Översikt", "Yleiskatsaus"), "Queue": ("Kö", "Jono"),
    "New request": ("Ny begäran", "Uusi pyyntö"), "Invoices": ("Fakturor", "Laskut"), "Registers": ("Register", "Rekisterit"),
    "Payments": ("Betalningar", "Maksut"), "Runs": ("Körningar", "Ajot"), "Reports": ("Rapporter", "Raportit"),
    "Administration": ("Administration", "Ylläpito"), "Log out": ("Logga ut", "Kirjaudu ulos"), "Edit": ("Ändra", "Muokkaa"),
    "Customer number": ("Kundnummer", "Asiakasnumero"), "Kind": ("Typ", "Laji"), "Org. number": ("Org.nr", "Y-tunnus"),
    "VAT number": ("Momsreg.nr", "ALV-numero"), "Address": ("Adress", "Osoite"), "E-mail": ("E-post", "Sähköposti"),
    "E-invoice address": ("E-fakturaadress", "Verkkolaskuosoite"), "Agencies' numbers": ("Myndigheternas nummer", "Virastojen numerot"),
    "Number": ("Nummer", "Numero"), "Date": ("Datum", "Päivämäärä"), "Status": ("Status", "Tila"), "Total": ("Summa", "Yhteensä"),
    "Open": ("Öppet", "Avoinna"), "New customer": ("Ny kund", "Uusi asiakas"), "e.g. 0007:5567124085": ("t.ex. 0007:5567124085", "esim. 0216:003712345678"),
    "Search": ("Sök", "Hae"), "Name, number, org. number": ("Namn, nummer, org.nr", "Nimi, numero, Y-tunnus"),
    "No customers.": ("Inga kunder.", "Ei asiakkaita."), "Open questions": ("Öppna frågor", "Avoimet kysymykset"),
    "Requests waiting": ("Väntande begäranden", "Odottavat pyynnöt"), "Quarantined messages": ("Meddelanden i karantän", "Karanteenissa olevat viestit"),
    "Invoices issued today": ("Fakturor utfärdade i dag", "Tänään laskutettu"), "Automation rate": ("Automatiseringsgrad", "Automaatioaste"),
    "E-invoice share": ("Andel e-fakturor", "Verkkolaskujen osuus"), "Overdue amount by agency": ("Förfallet belopp per myndighet", "Erääntynyt summa virastoittain"),
    "Overdue": ("Förfallet", "Erääntynyt"), "Open amount by age": ("Öppet belopp per ålder", "Avoin summa iän mukaan"),
    "Several currencies: see Reports.": ("Flera valutor: se Rapporter.", "Useita valuuttoja: katso Raportit."),
    "%(a)s of %(t)s issued invoices came by e-mail or API.": ("%(a)s av %(t)s utfärdade fakturor kom via e-post eller API.", "%(a)s / %(t)s laskusta tuli sähköpostilla tai API:n kautta."),
    "There is no such page or record.": ("Sidan eller posten finns inte.", "Sivua tai tietuetta ei ole."),
    "You may not do this.": ("Du har inte behörighet till detta.", "Sinulla ei ole oikeutta tähän."),
    "The form has expired. Reload the page and try again.": ("Formuläret har gått ut. Ladda om sidan och försök igen.", "Lomake on vanhentunut. Lataa sivu uudelleen ja yritä uudestaan."),
    "This is not possible.": ("Det går inte.", "Tämä ei ole mahdollista."), "New invoicing request": ("Ny faktureringsbegäran", "Uusi laskutuspyyntö"),
    "Customer (name, customer number or org. number)": ("Kund (namn, kundnummer eller org.nr)", "Asiakas (nimi, asiakasnumero tai Y-tunnus)"),
    "Buyer reference": ("Er referens", "Viitteenne"), "Order reference": ("Ordernummer", "Tilausnumero"), "Lines": ("Rader", "Rivit"),
    "Article": ("Artikel", "Nimike"), "Description": ("Beskrivning", "Kuvaus"), "Quantity": ("Antal", "Määrä"), "Amount": ("Belopp", "Summa"),
    "Add line": ("Lägg till rad", "Lisää rivi"), "excl. VAT": ("exkl. moms", "ilman ALV:tä"), "Submit request": ("Skicka begäran", "Lähetä pyyntö"),
    "Invoice": ("Faktura", "Lasku"), "Credit note": ("Kreditfaktura", "Hyvityslasku"), "Reference": ("OCR/referens", "Viitenumero"),
    "Credits": ("Krediterar", "Hyvittää"), "Preview": ("Förhandsgranska", "Esikatselu"), "Held": ("Spärrad", "Pysäytetty"),
    "Invoice date": ("Fakturadatum", "Laskun päivämäärä"), "Due date": ("Förfallodatum", "Eräpäivä"), "Delivery channel": ("Leveranssätt", "Toimitustapa"),
    "not delivered yet": ("ej levererad än", "ei vielä toimitettu"), "Source": ("Källa", "Lähde"), "Collection": ("Inkasso", "Perintä"),
    "Issue": ("Utfärda", "Laskuta"), "Reason to issue despite the warnings": ("Skäl att utfärda trots varningarna", "Peruste laskuttaa varoituksista huolimatta"),
    "Issue invoice": ("Utfärda faktura", "Lähetä lasku"), "Credit": ("Kreditera", "Hyvitä"), "Reason": ("Skäl", "Syy"),
    "What to credit": ("Vad som krediteras", "Mitä hyvitetään"), "The whole invoice": ("Hela fakturan", "Koko lasku"),
    "Quantities per line:": ("Antal per rad:", "Määrät riveittäin:"), "Create credit note": ("Skapa kreditfaktura", "Luo hyvityslasku"),
    "Credit notes": ("Kreditfakturor", "Hyvityslaskut"), "Warnings": ("Varningar", "Varoitukset"), "Net": ("Netto", "Veroton"), "on": ("på", "summasta"),
    "Method": ("Metod", "Tapa"), "Payer": ("Betalare", "Maksaja"), "Reminders": ("Påminnelser", "Maksumuistutukset"), "Due": ("Förfaller", "Eräpäivä"),
    "Fee": ("Avgift", "Maksu"), "Vouchers": ("Verifikationer", "Tositteet"), "Number, reference, customer": ("Nummer, referens, kund", "Numero, viite, asiakas"),
    "From": ("Från", "Alkaen"), "To": ("Till", "Asti"), "Customer": ("Kund", "Asiakas"), "draft": ("utkast", "luonnos"),
    "No invoices found.": ("Inga fakturor hittades.", "Laskuja ei löytynyt."), "Log in": ("Logga in", "Kirjaudu"), "Payment": ("Betalning", "Maksu"),
    "Message": ("Meddelande", "Viesti"), "Unallocated": ("Ej avräknat", "Kohdistamatta"), "Bank file": ("Bankfil", "Pankkitiedosto"),
    "Suggestions": ("Förslag", "Ehdotukset"), "Allocate (split over several invoices)": ("Avräkna (dela på flera fakturor)", "Kohdista (jaa usealle laskulle)"),
    "Invoice number": ("Fakturanummer", "Laskun numero"), "Allocate": ("Avräkna", "Kohdista"), "Overpayment": ("Överbetalning", "Liikasuoritus"),
    "Book the rest as customer credit": ("Bokför resten som kundtillgodo", "Kirjaa loput asiakkaan hyväksi"), "Refund / offset": ("Återbetala / kvitta", "Palauta / kuittaa"),
    "Refund": ("Återbetala", "Palauta"), "Offset": ("Kvitta", "Kuittaa"), "Allocations": ("Avräkningar", "Kohdistukset"), "By": ("Av", "Tekijä"),
    "Payments workbench": ("Betalningar att hantera", "Maksujen käsittely"), "Unmatched and partly matched": ("Ej matchade och delvis matchade", "Kohdistamattomat ja osittain kohdistetut"),
    "No payments to work on.": ("Inga betalningar att hantera.", "Ei käsiteltäviä maksuja."), "Clarification queue": ("Frågekö", "Selvitysjono"),
    "Waiting for answers": ("Väntar på svar", "Odottaa vastausta"), "Older than (days)": ("Äldre än (dagar)", "Vanhempi kuin (päivää)"),
    "Requests": ("Begäranden", "Pyynnöt"), "Request": ("Begäran", "Pyyntö"), "Age": ("Ålder", "Ikä"), "Nothing waiting.": ("Inget väntar.", "Ei odottavia."),
    "Received": ("Mottaget", "Vastaanotettu"), "Subject": ("Ämne", "Aihe"), "Decision": ("Beslut", "Päätös"), "Release": ("Släpp", "Vapauta"),
    "Discard": ("Kassera", "Hylkää"), "No quarantined messages.": ("Inga meddelanden i karantän.", "Ei karanteenissa olevia viestejä."),
    "As of": ("Per", "Päivänä"), "Show": ("Visa", "Näytä"), "Ageing": ("Åldersanalys", "Ikäjakauma"), "Not due": ("Ej förfallet", "Erääntymätön"),
    "Accounts receivable vs ledger": ("Kundreskontra mot huvudbok", "Myyntireskontra vs. pääkirja"), "Account": ("Konto", "Tili"),
    "Subledger": ("Reskontra", "Reskontra"), "Ledger": ("Huvudbok", "Pääkirja"), "Difference": ("Differens", "Erotus"), "Check!": ("Kontrollera!", "Tarkista!"),
    "reconciliation details": ("avstämningsdetaljer", "täsmäytyksen tiedot"), "All time": ("Totalt", "Kaikkiaan"), "Month": ("Månad", "Kuukausi"),
    "Invoiced": ("Fakturerade", "Laskutettu"), "Touchless": ("Utan handpåläggning", "Ilman käsittelyä"), "Source message": ("Ursprungligt meddelande", "Alkuperäinen viesti"),
    "Submitted through %(s)s (no message).": ("Inskickad via %(s)s (inget meddelande).", "Lähetetty kautta %(s)s (ei viestiä)."),
    "highlighted": ("markerat", "korostettu"), "values extracted from the message": ("värden tolkade ur meddelandet", "viestistä poimitut arvot"),
    "Extracted values": ("Tolkade värden", "Poimitut arvot"), "Questions": ("Frågor", "Kysymykset"), "No questions.": ("Inga frågor.", "Ei kysymyksiä."),
    "Save answers": ("Spara svar", "Tallenna vastaukset"), "Correct a value": ("Rätta ett värde", "Korjaa arvo"), "Field": ("Fält", "Kenttä"),
    "Value": ("Värde", "Arvo"), "Correct": ("Rätta", "Korjaa"), "Approve / try again": ("Godkänn / försök igen", "Hyväksy / yritä uudelleen"),
    "Reject": ("Avvisa", "Hylkää"), "Run": ("Körning", "Ajo"), "Interest invoicing": ("Räntefakturering", "Korkolaskutus"),
    "Date or period (interest: YYYY-MM)": ("Datum eller period (ränta: ÅÅÅÅ-MM)", "Päivä tai jakso (korko: VVVV-KK)"),
    "Preview (dry run)": ("Förhandsgranska (provkörning)", "Esikatsele (koeajo)"), "nothing has been written": ("inget har sparats", "mitään ei ole tallennettu"),
    "Execute run": ("Kör", "Suorita ajo"), "Key": ("Nyckel", "Avain"), "Summary": ("Sammanfattning", "Yhteenveto"), "Settings": ("Inställningar", "Asetukset"),
    "Role": ("Roll", "Rooli"), "Copy the token now; it is not shown again:": ("Kopiera nyckeln nu; den visas inte igen:", "Kopioi avain nyt; sitä ei näytetä uudelleen:"),
    "Create token": ("Skapa nyckel", "Luo avain"), "Token": ("Nyckel", "Avain"), "Created": ("Skapad", "Luotu"), "Last used": ("Senast använd", "Viimeksi käytetty"),
    "revoked": ("återkallad", "peruttu"), "Revoke": ("Återkalla", "Peru"), "API description:": ("API-beskrivning:", "API-kuvaus:"),
    "New user": ("Ny användare", "Uusi käyttäjä"), "Clerk: the agencies worked for; agency user: exactly one": ("Handläggare: myndigheterna hen arbetar för; myndighetsanvändare: exakt en", "Käsittelijä: virastot, joille hän työskentelee; viraston käyttäjä: tasan yksi"),
    "At least 8 characters": ("Minst 8 tecken", "Vähintään 8 merkkiä"), "Leave empty to keep": ("Lämna tomt för att behålla", "Jätä tyhjäksi säilyttääksesi"),
    "Username": ("Användarnamn", "Käyttäjätunnus"), "Active": ("Aktiv", "Aktiivinen"), "Last login": ("Senaste inloggning", "Viimeisin kirjautuminen"),
    "all": ("alla", "kaikki"), "Password": ("Lösenord", "Salasana"), "Language": ("Språk", "Kieli"), "From the browser": ("Från webbläsaren", "Selaimen mukaan"),
    "New password": ("Nytt lösenord", "Uusi salasana"), "Agency's customer number": ("Myndighetens kundnummer", "Viraston asiakasnumero"),
    "Company": ("Företag", "Yritys"), "Public body": ("Offentlig organisation", "Julkisyhteisö"), "Private person": ("Privatperson", "Yksityishenkilö"),
    "Organisation / personal identity number": ("Organisations-/personnummer", "Y-tunnus / henkilötunnus"), "Street": ("Gatuadress", "Katuosoite"),
    "Postal code": ("Postnummer", "Postinumero"), "City": ("Ort", "Postitoimipaikka"), "E-invoice address (Peppol ID)": ("E-fakturaadress (Peppol-ID)", "Verkkolaskuosoite (Peppol-tunnus)"),
    "No reminders": ("Inga påminnelser", "Ei muistutuksia"), "No interest": ("Ingen ränta", "Ei korkoa"), "Unit price (excl. VAT)": ("À-pris (exkl. moms)", "Yksikköhinta (alv 0)"),
    "VAT rate %": ("Momssats %", "ALV %"), "VAT code": ("Momskod", "ALV-koodi"), "From the rate": ("Från satsen", "Kannan mukaan"), "Revenue account": ("Intäktskonto", "Tulotili"),
    "Clerk": ("Handläggare", "Käsittelijä"), "Agency user": ("Myndighetsanvändare", "Viraston käyttäjä"), "Administrator": ("Administratör", "Pääkäyttäjä"),
    "Payment terms (days)": ("Betalningsvillkor (dagar)", "Maksuaika (päivää)"), "Charge late-payment interest": ("Debitera dröjsmålsränta", "Peri viivästyskorkoa"),
    "Intake address": ("Mottagningsadress", "Vastaanotto-osoite"), "Allowed senders (comma separated)": ("Tillåtna avsändare (kommaseparerade)", "Sallitut lähettäjät (pilkuin erotettuna)"),
    "a new user needs a password": ("en ny användare behöver ett lösenord", "uusi käyttäjä tarvitsee salasanan"), "User saved.": ("Användaren sparad.", "Käyttäjä tallennettu."),
    "a number of days between 0 and 365": ("ett antal dagar mellan 0 och 365", "päivien määrä väliltä 0–365"), "Agency saved.": ("Myndigheten sparad.", "Virasto tallennettu."),
    "Token revoked.": ("Nyckeln återkallad.", "Avain peruttu."), "Wrong username or password.": ("Fel användarnamn eller lösenord.", "Väärä käyttäjätunnus tai salasana."),
    "Settings saved.": ("Inställningarna sparade.", "Asetukset tallennettu."), "The request was not submitted: %(msg)s": ("Begäran skickades inte: %(msg)s", "Pyyntöä ei lähetetty: %(msg)s"),
    "Invoice created: status %(s)s.": ("Faktura skapad: status %(s)s.", "Lasku luotu: tila %(s)s."),
    "Request %(t)s registered: %(s)s. Questions: %(q)s": ("Begäran %(t)s registrerad: %(s)s. Frågor: %(q)s", "Pyyntö %(t)s kirjattu: %(s)s. Kysymykset: %(q)s"),
    "Invoice preview": ("Förhandsgranskning av faktura", "Laskun esikatselu"), "Invoice %(n)s: %(s)s.": ("Faktura %(n)s: %(s)s.", "Lasku %(n)s: %(s)s."),
    "give the quantity to credit on at least one line": ("ange antal att kreditera på minst en rad", "anna hyvitettävä määrä vähintään yhdelle riville"),
    "Credit note %(n)s issued.": ("Kreditfaktura %(n)s utfärdad.", "Hyvityslasku %(n)s luotu."), "no open invoice %(n)s": ("ingen öppen faktura %(n)s", "ei avointa laskua %(n)s"),
    "give an invoice number": ("ange ett fakturanummer", "anna laskun numero"), "%(n)s allocation(s) made.": ("%(n)s avräkning(ar) gjorda.", "%(n)s kohdistus(ta) tehty."),
    "allocate to an invoice first: the payment has no agency yet": ("avräkna mot en faktura först: betalningen saknar myndighet", "kohdista ensin laskulle: maksulla ei ole virastoa"),
    "Booked as customer credit.": ("Bokfört som kundtillgodo.", "Kirjattu asiakkaan hyväksi."), "Done.": ("Klart.", "Valmis."),
    "%(n)s answer(s) saved.": ("%(n)s svar sparade.", "%(n)s vastausta tallennettu."), "Unknown field.": ("Okänt fält.", "Tuntematon kenttä."),
    "Saved.": ("Sparat.", "Tallennettu."), "Give a reason.": ("Ange ett skäl.", "Anna syy."),
    "a customer with this number exists in the central register": ("en kund med detta nummer finns redan i kundregistret", "tällä numerolla on jo asiakas rekisterissä"),
    "Customer saved.": ("Kunden sparad.", "Asiakas tallennettu."), "This number is taken.": ("Numret är upptaget.", "Numero on jo käytössä."),
    "Article saved.": ("Artikeln sparad.", "Nimike tallennettu."), "Choose a run.": ("Välj en körning.", "Valitse ajo."), "Run done: %(s)s": ("Körning klar: %(s)s", "Ajo valmis: %(s)s"),
    "Reminders ": ("Påminnelser", "Muistutukset"), "Approve": ("Godkänn", "Hyväksy"),
    "Accrual schedule": ("Periodiseringsplan", "Jaksotussuunnitelma"), "Days": ("Dagar", "Päivät"),
    "Recognised": ("Intäktsförd", "Tuloutettu"), "Voucher": ("Verifikation", "Tosite"),
    "not yet recognised": ("ej intäktsfört", "tulouttamatta"), "Why": ("Varför", "Peruste"), "Score": ("Poäng", "Pisteet"),
    "Cancelled (write-off)": ("Återförd (kundförlust)", "Purettu (luottotappio)"),
    "cancelled (write-off)": ("återfört (kundförlust)", "purettu (luottotappio)"),
    "Agency asked": ("Myndigheten tillfrågad", "Virastolta kysytty"), "no recipient": ("ingen mottagare", "ei vastaanottajaa"),
    "Last reply": ("Senaste svar", "Viimeisin vastaus"), "answered": ("besvarad", "vastattu"),
    "Customer credit": ("Kundtillgodohavande", "Asiakkaan saatava"), "Amount to refund": ("Belopp att återbetala", "Palautettava summa"),
    "Return to payer": ("Återbetala till betalaren", "Palauta maksajalle"), "Amount to offset": ("Belopp att kvitta", "Kuitattava summa"),
    "Reconciliation: accounts receivable vs ledger": ("Avstämning: kundreskontra mot huvudbok", "Täsmäytys: myyntireskontra ja pääkirja"),
    "differences": ("differenser", "erot"), "Explanation": ("Förklaring", "Selitys"), "bank files": ("bankfiler", "pankkitiedostot"),
    "File": ("Fil", "Tiedosto"), "File total": ("Filens summa", "Tiedoston summa"), "Booked": ("Bokfört", "Kirjattu"),
    "Valuation of receivables": ("Värdering av kundfordringar", "Myyntisaamisten arvostus"), "provision": ("reservering", "varaus"),
    "Debit %(d)s, credit %(c)s, reversed %(r)s.": ("Debet %(d)s, kredit %(c)s, återförs %(r)s.", "Debet %(d)s, kredit %(c)s, peruutetaan %(r)s."),
    "Not booked yet.": ("Ännu inte bokfört.", "Ei vielä kirjattu."), "Items": ("Poster", "Erät"),
    "Doubtful": ("Osäkra", "Epävarmat"), "In collection": ("Hos inkasso", "Perinnässä"), "Provision": ("Reservering", "Varaus"),
    "Refund booked.": ("Återbetalningen är bokförd.", "Palautus kirjattu."), "Offset booked.": ("Kvittningen är bokförd.", "Kuittaus kirjattu."),
    # invoicing by file (web/views/batches.py, templates/web/batch*.html)
    "Invoicing files": ("Fakturafiler", "Laskutustiedostot"),
    "Invoicing by file": ("Fakturering via fil", "Laskutus tiedostolla"),
    "Upload a file": ("Ladda upp en fil", "Lataa tiedosto"),
    "File (CSV, XLSX or JSON)": ("Fil (CSV, XLSX eller JSON)", "Tiedosto (CSV, XLSX tai JSON)"),
    "Nothing is issued until you confirm the preview.": ("Inget faktureras förrän du bekräftar förhandsgranskningen.", "Mitään ei laskuteta ennen kuin vahvistat esikatselun."),
    "Excel template": ("Excelmall", "Excel-pohja"),
    "The template has the agency's articles and customers as dropdowns; a filled template uploads as it is.":
        ("Mallen har myndighetens artiklar och kunder som listor; en ifylld mall laddas upp som den är.",
         "Pohjassa on viraston nimikkeet ja asiakkaat valintaluetteloina; täytetty pohja ladataan sellaisenaan."),
    "Imported files": ("Inlästa filer", "Luetut tiedostot"),
    "Rows": ("Rader", "Rivit"),
    "Issued": ("Utfärdade", "Laskutettu"),
    "Rejected": ("Avvisade", "Hylätyt"),
    "No files imported yet.": ("Inga filer inlästa ännu.", "Tiedostoja ei ole vielä luettu."),
    "Receipt": ("Kvitto", "Kuitti"),
    "policy": ("princip", "käytäntö"),
    "imported before: nothing new is issued": ("inläst tidigare: inget nytt faktureras", "luettu aiemmin: mitään uutta ei laskuteta"),
    "Ready to issue": ("Klara att fakturera", "Valmiina laskutettavaksi"),
    "Columns not read:": ("Kolumner som inte lästes:", "Lukemattomat sarakkeet:"),
    "Rejected rows": ("Avvisade rader", "Hylätyt rivit"),
    "Row": ("Rad", "Rivi"),
    "Invoice key": ("Fakturanyckel", "Laskuavain"),
    "No rejected rows.": ("Inga avvisade rader.", "Ei hylättyjä rivejä."),
    "Questions to the agency": ("Frågor till myndigheten", "Kysymykset virastolle"),
    "row": ("rad", "rivi"),
    "new": ("ny", "uusi"),
    "and %(n)s more": ("och %(n)s till", "ja %(n)s lisää"),
    "Issued invoices": ("Utfärdade fakturor", "Laskutetut laskut"),
    "Confirm and issue %(n)s invoices": ("Bekräfta och fakturera %(n)s fakturor", "Vahvista ja laskuta %(n)s laskua"),
    "Cancel": ("Avbryt", "Peruuta"),
    "The agency issues all or nothing: fix the rejected rows and upload the file again.": ("Myndigheten fakturerar allt eller inget: rätta de avvisade raderna och ladda upp filen igen.", "Virasto laskuttaa kaiken tai ei mitään: korjaa hylätyt rivit ja lataa tiedosto uudelleen."),
    "Choose a file to upload.": ("Välj en fil att ladda upp.", "Valitse ladattava tiedosto."),
    "The file cannot be read: %(msg)s": ("Filen kan inte läsas: %(msg)s", "Tiedostoa ei voi lukea: %(msg)s"),
    "The previewed file is no longer available; upload it again.": ("Den förhandsgranskade filen finns inte längre; ladda upp den igen.", "Esikatseltu tiedosto ei ole enää saatavilla; lataa se uudelleen."),
    "This file was imported before; nothing new was issued.": ("Filen har lästs in tidigare; inget nytt fakturerades.", "Tiedosto on luettu aiemmin; mitään uutta ei laskutettu."),
}

for _key, _pair in TERMS.items():  # later screens; an entry above wins
    T.setdefault(_key, _pair)
for _key, _pair in TASKS.items():  # the clerk's tasks (issue #15) and the core's messages in words (web/errors.py)
    T.setdefault(_key, _pair)
for _key, _pair in AUDIT.items():  # the clerk's-day audit of issue #15
    T.setdefault(_key, _pair)
for _key, _pair in LISTS.items():  # the lists at any size (issue #15 item 4): sorting, paging, export limit
    T.setdefault(_key, _pair)
for _key, _pair in CLERKDAY.items():  # the clerk's day in Chromium in sv and fi (issue #15)
    T.setdefault(_key, _pair)
for _key, _pair in WORKBENCH.items():  # the clerk's-day defects fixed (issue #15): statement, plurals, changes
    T.setdefault(_key, _pair)


def main() -> int:
    pot = HERE / "messages.pot"
    subprocess.check_call([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(HERE / "babel.cfg"),
                           *[a for k in KEYWORDS for a in ("-k", k)], "-o", str(pot), "--no-location", "."], cwd=ROOT)
    with pot.open("rb") as f:
        template = read_po(f)
    for idx, lang in ((0, "sv"), (1, "fi"), (None, "en")):
        cat = read_po(pot.open("rb"), locale=lang)
        for msg in cat:
            if isinstance(msg.id, tuple):  # ngettext: (singular, plural) -> one form per plural of the language
                if idx is None:  # English: the msgids themselves (the .mo would hold them anyway)
                    msg.string = msg.id
                elif msg.id[0] in PLURALS:
                    msg.string = PLURALS[msg.id[0]][idx]
                continue
            key = f"{msg.context}|{msg.id}" if msg.context else msg.id
            if msg.id and idx is not None and key in T:
                msg.string = T[key][idx]
        out = HERE / lang / "LC_MESSAGES"
        out.mkdir(parents=True, exist_ok=True)
        with (out / "messages.po").open("wb") as f:
            write_po(f, cat, width=120)
        with (out / "messages.mo").open("wb") as f:
            write_mo(f, cat)
        missing = [m.id for m in cat if m.id and idx is not None
                   and not (all(m.string) if isinstance(m.string, tuple | list) else m.string)]
        print(f"{lang}: {len(cat) - 1} messages, {len(missing)} untranslated")
    del template
    return 0


if __name__ == "__main__":
    sys.exit(main())
