"""Swedish and Finnish for the web's later screens (account page, runs as jobs, clerk checks, statuses).

Merged into update.T by translations/update.py; same shape: English msgid -> (Swedish, Finnish). A key
"context|msgid" is a message with a context (statuses use the context "status": a status reads in the
singular, a column header of counts with the same English word in the plural)."""
from __future__ import annotations

# status words: (Swedish, Finnish), as a status of one record
STATUSES = {
    "Draft": ("Utkast", "Luonnos"), "Held": ("Spärrad", "Pysäytetty"), "Issued": ("Utfärdad", "Laskutettu"),
    "Paid": ("Betald", "Maksettu"), "Credited": ("Krediterad", "Hyvitetty"), "Cancelled": ("Makulerad", "Mitätöity"),
    "Written off": ("Avskriven", "Kirjattu luottotappioksi"), "Queued": ("I kö", "Jonossa"),
    "Running": ("Pågår", "Käynnissä"), "Done": ("Klar", "Valmis"), "Failed": ("Misslyckades", "Epäonnistui"),
    "Recorded": ("Registrerad", "Kirjattu"), "Waiting for an answer": ("Väntar på svar", "Odottaa vastausta"),
    "Needs review": ("Behöver granskas", "Vaatii tarkistuksen"), "Ready": ("Redo", "Valmis"),
    "Invoiced": ("Fakturerad", "Laskutettu"), "Rejected": ("Avvisad", "Hylätty"), "Open": ("Öppen", "Avoin"),
    "Answered": ("Besvarad", "Vastattu"), "Withdrawn": ("Återkallad", "Peruttu"), "Stored": ("Sparat", "Tallennettu"),
    "Processed": ("Behandlat", "Käsitelty"), "Quarantined": ("I karantän", "Karanteenissa"),
    "Discarded": ("Kasserat", "Hylätty"), "Matched": ("Matchad", "Tunnistettu"),
    "Unmatched": ("Ej matchad", "Tunnistamaton"), "Partly allocated": ("Delvis avräknad", "Osittain kohdistettu"),
    "Allocated": ("Avräknad", "Kohdistettu"),
    "Refunded": ("Återbetald", "Palautettu"),
    "Pending": ("Väntande", "Odottaa"),
    "Sent": ("Skickad", "Lähetetty"), "Awaiting approval": ("Väntar på godkännande", "Odottaa hyväksyntää"),
    "Approved": ("Godkänd", "Hyväksytty"), "Applied": ("Genomförd", "Toteutettu"),
    "Partly issued": ("Delvis utfärdad", "Osittain laskutettu"),
    "Waiting for answers": ("Väntar på svar", "Odottaa vastauksia"),
    "Empty": ("Tom", "Tyhjä"),
    "Already placed by a clerk": ("Redan placerad av en handläggare", "Käsittelijä on jo kohdistanut"),
}

TERMS: dict[str, tuple[str, str]] = {
    # customer account page and statement
    "Customer details": ("Kunduppgifter", "Asiakkaan tiedot"),
    "Statement (PDF)": ("Kontoutdrag (PDF)", "Tiliote (PDF)"),
    "Balance": ("Saldo", "Saldo"), "Nothing open": ("Inget öppet", "Ei avoimia eriä"),
    "Open items": ("Öppna poster", "Avoimet erät"), "Days overdue": ("Dagar efter förfallodagen", "Päiviä eräpäivästä"),
    "Disputed": ("Bestriden", "Kiistetty"), "Nothing open.": ("Inget öppet.", "Ei avoimia eriä."),
    "Reminder no.": ("Påminnelse nr", "Muistutus nro"), "New due date": ("Nytt förfallodatum", "Uusi eräpäivä"),
    "Reminder fee": ("Påminnelseavgift", "Muistutusmaksu"), "Interest invoices": ("Räntefakturor", "Korkolaskut"),
    "Interest invoice": ("Räntefaktura", "Korkolasku"),
    "Account and statement": ("Konto och kontoutdrag", "Tili ja tiliote"),
    "Statement of account": ("Kontoutdrag", "Tiliote"), "of which overdue": ("varav förfallet", "josta erääntynyt"),
    "Open amount": ("Öppet belopp", "Avoin summa"),
    # learned layouts (hints)
    "Learned layouts": ("Inlärda mönster", "Opitut mallit"),
    "What answers taught about each sender's mail: the column or label that holds a field. Used only where no "
    "built-in rule reads the message; never overrides a stated value.":
        ("Det som svaren har lärt oss om varje avsändares e-post: kolumnen eller rubriken där ett fält står. Används "
         "bara när ingen inbyggd regel kan läsa meddelandet och ersätter aldrig ett angivet värde.",
         "Mitä vastauksista on opittu kunkin lähettäjän viesteistä: sarake tai otsikko, jossa kenttä on. Käytetään "
         "vain, kun mikään sisäänrakennettu sääntö ei lue viestiä, eikä se koskaan korvaa annettua arvoa."),
    "Active only": ("Endast aktiva", "Vain aktiiviset"),
    "Include revoked": ("Visa även återkallade", "Näytä myös perutut"),
    "Column or label": ("Kolumn eller rubrik", "Sarake tai otsikko"),
    "Learned from": ("Inlärt från", "Opittu lähteestä"),
    "Learned": ("Inlärt", "Opittu"), "request": ("begäran", "pyyntö"),
    "Nothing learned yet.": ("Inget inlärt ännu.", "Mitään ei ole vielä opittu."),
    "Learned layouts per sender": ("Inlärda mönster per avsändare", "Opitut mallit lähettäjittäin"),
    "No such hint.": ("Mönstret finns inte.", "Mallia ei ole."), "Confirmed.": ("Bekräftat.", "Vahvistettu."),
    "Revoked.": ("Återkallat.", "Peruttu."),
    # lists
    "E-mail for questions": ("E-post för frågor", "Sähköposti kysymyksiä varten"),
    "Overdue only": ("Endast förfallna", "Vain erääntyneet"), "%(n)s invoices": ("%(n)s fakturor", "%(n)s laskua"),
    "total": ("summa", "yhteensä"), "open": ("öppet", "avoinna"), "Next page": ("Nästa sida", "Seuraava sivu"),
    "Previous page": ("Föregående sida", "Edellinen sivu"), "First page": ("Första sidan", "Ensimmäinen sivu"),
    # clerk checks (review)
    "Clerk checks": ("Handläggarkontroll", "Käsittelijän tarkistukset"),
    "Evidence and clerk check": ("Underlag och kontroll", "Perusteet ja tarkistus"),
    "A clerk checks this request before it is invoiced.":
        ("En handläggare kontrollerar begäran innan den faktureras.",
         "Käsittelijä tarkistaa pyynnön ennen laskutusta."),
    "Send answers": ("Skicka svar", "Lähetä vastaukset"), "Check": ("Kontrollera", "Tarkista"),
    "Check request": ("Kontrollera begäran", "Tarkista pyyntö"),
    "Questions and answers": ("Frågor och svar", "Kysymykset ja vastaukset"),
    "Why a clerk checks this request": ("Varför begäran kontrolleras", "Miksi pyyntö tarkistetaan"),
    "Nothing to check.": ("Inget att kontrollera.", "Ei tarkistettavaa."), "Checked": ("Kontrollerat", "Tarkistettu"),
    "Confirm and invoice": ("Bekräfta och fakturera", "Vahvista ja laskuta"),
    "Values and their evidence": ("Värden och underlag", "Arvot ja niiden perusteet"),
    "Where": ("Var", "Missä"), "How": ("Hur", "Miten"), "line": ("rad", "rivi"), "page": ("sida", "sivu"),
    # runs as jobs
    "Reminder run": ("Påminnelsekörning", "Maksumuistutusajo"),
    "Interest invoicing run": ("Räntefaktureringskörning", "Korkolaskutusajo"),
    "Collection run": ("Inkassokörning", "Perintäajo"),
    "Waiting for a worker process to start it. This page updates by itself.":
        ("Väntar på att en bakgrundsprocess ska starta körningen. Sidan uppdateras automatiskt.",
         "Odottaa, että taustaprosessi käynnistää ajon. Sivu päivittyy itsestään."),
    "Running. This page updates by itself.":
        ("Körningen pågår. Sidan uppdateras automatiskt.", "Ajo on käynnissä. Sivu päivittyy itsestään."),
    "Started by": ("Startad av", "Käynnistäjä"),
    "Started": ("Startad", "Aloitettu"),
    "Finished": ("Avslutad", "Päättynyt"),
    "The run failed; nothing of it was kept.":
        ("Körningen misslyckades; inget av den sparades.", "Ajo epäonnistui; siitä ei tallennettu mitään."),
    "Result": ("Resultat", "Tulos"),
    "This run had already been made for this date; nothing new was sent. It is shown as it was made.":
        ("Körningen var redan gjord för det här datumet; inget nytt skickades. Den visas som den gjordes.",
         "Ajo oli jo tehty tälle päivälle; mitään uutta ei lähetetty. Se näytetään sellaisena kuin se tehtiin."),
    "Documents made": ("Skapade dokument", "Luodut asiakirjat"),
    "Reminder fees": ("Påminnelseavgifter", "Muistutusmaksut"),
    "Collection cases": ("Inkassoärenden", "Perintäasiat"), "Not included": ("Ej medtagna", "Ei mukana"),
    "Back to runs": ("Tillbaka till körningar", "Takaisin ajoihin"),
    "A run already exists for this date (status %(s)s): running it again sends nothing new.":
        ("Det finns redan en körning för det här datumet (status %(s)s): en ny körning skickar inget nytt.",
         "Tälle päivälle on jo ajo (tila %(s)s): uusi ajo ei lähetä mitään uutta."),
    "This run is queued or running now.": ("Körningen står i kö eller pågår nu.", "Ajo on jonossa tai käynnissä."),
    "Show its progress": ("Visa förloppet", "Näytä eteneminen"),
    "The run is done by a worker process; you will see its progress and then what it made.":
        ("Körningen görs av en bakgrundsprocess; du ser förloppet och sedan vad den skapade.",
         "Ajon tekee taustaprosessi; näet sen etenemisen ja sitten, mitä se loi."),
    "This run is already queued or running; here is its progress.":
        ("Körningen står redan i kö eller pågår; här är förloppet.",
         "Ajo on jo jonossa tai käynnissä; tässä sen eteneminen."),
    "Principal": ("Kapitalbelopp", "Pääoma"), "Interest": ("Ränta", "Korko"), "Case": ("Ärende", "Asia"),
    "Documents": ("Dokument", "Asiakirjat"), "Period": ("Period", "Jakso"),
    "Below the threshold": ("Under beloppsgränsen", "Alle rajan"),
    # log-in and ageing buckets
    "Too many failed log-ins. Try again in 15 minutes.":
        ("För många misslyckade inloggningar. Försök igen om 15 minuter.",
         "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 15 minuutin kuluttua."),
    "Not yet due": ("Ej förfallet", "Erääntymätön"), "1–30 days": ("1–30 dagar", "1–30 päivää"),
    "31–60 days": ("31–60 dagar", "31–60 päivää"), "61–90 days": ("61–90 dagar", "61–90 päivää"),
    "91–180 days": ("91–180 dagar", "91–180 päivää"), "181–365 days": ("181–365 dagar", "181–365 päivää"),
    "Over a year": ("Över ett år", "Yli vuosi"),
}

# payments: registration and bank-file import
TERMS.update({
    "Import a bank file": ("Läs in en bankfil", "Lue pankkitiedosto"),
    "BgMax (Bankgirot) or camt.054 (ISO 20022). The same file twice imports nothing new.":
        ("BgMax (Bankgirot) eller camt.054 (ISO 20022). Samma fil två gånger läser inte in något nytt.",
         "BgMax (Bankgirot) tai camt.054 (ISO 20022). Saman tiedoston lukeminen uudelleen ei tuo mitään uutta."),
    "Import": ("Läs in", "Lue"), "Back to the payments": ("Tillbaka till betalningarna", "Takaisin maksuihin"),
    "Bank file imported": ("Bankfilen är inläst", "Pankkitiedosto luettu"),
    "This file was already imported: nothing new was stored.":
        ("Filen var redan inläst: inget nytt sparades.", "Tiedosto oli jo luettu: mitään uutta ei tallennettu."),
    "Format": ("Format", "Muoto"), "work the unmatched payments": ("hantera de ej matchade betalningarna",
                                                                   "käsittele tunnistamattomat maksut"),
    "Overpayments (customer credit)": ("Överbetalningar (kundtillgodo)", "Liikasuoritukset (asiakkaan hyväksi)"),
    "Agencies asked by e-mail": ("Myndigheter tillfrågade via e-post", "Virastoilta kysytty sähköpostilla"),
    "Duplicates skipped": ("Dubbletter som hoppades över", "Ohitetut kaksoiskappaleet"),
    "Other transactions not posted": ("Övriga transaktioner som inte bokfördes", "Muut kirjaamattomat tapahtumat"),
    "Notes": ("Anmärkningar", "Huomautukset"),
    "Unmatched and partly matched payments": ("Ej matchade och delvis matchade betalningar",
                                              "Tunnistamattomat ja osittain kohdistetut maksut"),
    "Import another file": ("Läs in en annan fil", "Lue toinen tiedosto"),
    "Register a payment": ("Registrera en betalning", "Kirjaa maksu"), "Register": ("Registrera", "Kirjaa"),
    "by reference number": ("via OCR-nummer", "viitenumeron perusteella"),
    "by a reference with a typo": ("via OCR-nummer med skrivfel", "virheellisen viitenumeron perusteella"),
    "by payment advice": ("via betalningsavi", "maksuilmoituksen perusteella"),
    "by amount and payer": ("via belopp och betalare", "summan ja maksajan perusteella"),
    "Recognise from the file": ("Känn igen från filen", "Tunnista tiedostosta"),
    "Payment date": ("Betalningsdag", "Maksupäivä"),
    "empty: the agency's currency": ("tomt: myndighetens valuta", "tyhjä: viraston valuutta"),
    "empty: placed by the matching rules":
        ("tomt: placeras av matchningsreglerna", "tyhjä: kohdistussäännöt päättävät"),
    "Reference (OCR)": ("OCR-nummer", "Viitenumero"),
    "Payer's organisation number": ("Betalarens organisationsnummer", "Maksajan Y-tunnus"),
    " at %(where)s": (" vid %(where)s", " kohdassa %(where)s"),
    "%(file)s rejected%(where)s: %(reason)s — nothing was imported.":
        ("%(file)s avvisades%(where)s: %(reason)s – inget lästes in.",
         "%(file)s hylättiin%(where)s: %(reason)s – mitään ei luettu."),
    "%(file)s rejected: %(reason)s — nothing was imported.":
        ("%(file)s avvisades: %(reason)s – inget lästes in.", "%(file)s hylättiin: %(reason)s – mitään ei luettu."),
    "the file pays into %(codes)s, which you do not work for":
        ("filen gäller betalningar till %(codes)s, som du inte arbetar för",
         "tiedoston maksut kohdistuvat tileille %(codes)s, joita et käsittele"),
    "Payment registered.": ("Betalningen är registrerad.", "Maksu kirjattu."),
    "not a currency: %(c)s": ("inte en valuta: %(c)s", "ei valuutta: %(c)s"),
    "give the amount as a number, e.g. 1250.50": ("ange beloppet som ett tal, t.ex. 1250,50",
                                                   "anna summa numerona, esim. 1250,50"),
})

# invoice form (create, change and copy drafts) and words for field paths and run reasons
TERMS.update({
    "Change the draft": ("Ändra utkastet", "Muokkaa luonnosta"),
    "Copy into a new draft": ("Kopiera till ett nytt utkast", "Kopioi uudeksi luonnokseksi"),
    "Change draft": ("Ändra utkast", "Muokkaa luonnosta"), "New invoice": ("Ny faktura", "Uusi lasku"),
    "customer number, the agency's customer number or organisation number":
        ("kundnummer, myndighetens kundnummer eller organisationsnummer",
         "asiakasnumero, viraston asiakasnumero tai Y-tunnus"),
    "Text": ("Text", "Teksti"), "from the register": ("från registret", "rekisteristä"),
    "the article name": ("artikelns namn", "nimikkeen nimi"), "Save draft": ("Spara utkast", "Tallenna luonnos"),
    "Back to the invoice": ("Tillbaka till fakturan", "Takaisin laskuun"),
    "Back to the invoices": ("Tillbaka till fakturorna", "Takaisin laskuihin"),
    "Period from": ("Period från", "Jakso alkaa"), "Period to": ("Period till", "Jakso päättyy"),
    "Line %(n)s": ("Rad %(n)s", "Rivi %(n)s"),
    "article": ("artikel", "nimike"), "quantity": ("antal", "määrä"), "unit price": ("à-pris", "yksikköhinta"),
    "text": ("text", "teksti"), "VAT rate": ("momssats", "ALV-kanta"),
    "Draft saved. Check it and issue it.": ("Utkastet är sparat. Kontrollera det och utfärda fakturan.",
                                            "Luonnos tallennettu. Tarkista se ja lähetä lasku."),
    "Copied into a new draft. Change what differs, then issue it.":
        ("Kopierat till ett nytt utkast. Ändra det som skiljer sig och utfärda sedan fakturan.",
         "Kopioitu uudeksi luonnokseksi. Muuta erot ja lähetä sitten lasku."),
    "give the customer number or organisation number": ("ange kundnummer eller organisationsnummer",
                                                        "anna asiakasnumero tai Y-tunnus"),
    "no customer %(c)s": ("ingen kund %(c)s", "ei asiakasta %(c)s"),
    "give the date as YYYY-MM-DD": ("ange datumet som ÅÅÅÅ-MM-DD", "anna päivämäärä muodossa VVVV-KK-PP"),
    "this customer is not one of your agencies' customers": ("kunden är inte kund hos någon av dina myndigheter",
                                                             "asiakas ei ole minkään virastosi asiakas"),
    "Line %(n)s, %(what)s: %(msg)s": ("Rad %(n)s, %(what)s: %(msg)s", "Rivi %(n)s, %(what)s: %(msg)s"),
    # reasons a run leaves an invoice out and why an invoice is held (web.labels.reason_text)
    "the agency reviews every invoice before it is issued": ("myndigheten granskar varje faktura innan den utfärdas",
                                                             "virasto tarkistaa jokaisen laskun ennen lähettämistä"),
    "the invoice has not been delivered yet": ("fakturan har inte levererats än", "laskua ei ole vielä toimitettu"),
    "the customer gets no reminders": ("kunden ska inte få påminnelser", "asiakkaalle ei lähetetä muistutuksia"),
    "the invoice is disputed": ("fakturan är bestriden", "lasku on riitautettu"),
    "the invoice is in collection (%(s)s)": ("fakturan är hos inkasso (%(s)s)", "lasku on perinnässä (%(s)s)"),
    "already reminded (%(n)s of at most %(max)s)": ("redan påmind (%(n)s av högst %(max)s)",
                                                    "jo muistutettu (%(n)s / enintään %(max)s)"),
    "the previous reminder is due %(d)s": ("den förra påminnelsen förfaller %(d)s",
                                           "edellisen muistutuksen eräpäivä on %(d)s"),
    "within the %(n)s grace days after the due date": ("inom de %(n)s respitdagarna efter förfallodagen",
                                                       "eräpäivän jälkeisen %(n)s päivän armonajan sisällä"),
    "open amount %(a)s below the minimum %(m)s": ("öppet belopp %(a)s under lägsta beloppet %(m)s",
                                                  "avoin summa %(a)s on alle vähimmäismäärän %(m)s"),
    "a claim on another state agency does not go to debt collection (förordning 1993:1138); settle it between the "
    "agencies": ("en fordran på en annan statlig myndighet lämnas inte till inkasso (förordning 1993:1138); "
                 "gör upp mellan myndigheterna",
                 "toisen valtion viraston saatavaa ei siirretä perintään (Ruotsin asetus 1993:1138); "
                 "sovitaan virastojen kesken"),
})

# VAT codes (web.labels.VAT_CODES, the article form)
TERMS.update({
    "Standard rate": ("Normalskattesats", "Yleinen verokanta"),
    "Reduced rate": ("Reducerad skattesats", "Alennettu verokanta"),
    "Lower reduced rate": ("Lägre reducerad skattesats", "Alempi alennettu verokanta"),
    "Culture (reduced rate)": ("Kultur (reducerad skattesats)", "Kulttuuri (alennettu verokanta)"),
    "Food (reduced rate)": ("Livsmedel (reducerad skattesats)", "Elintarvikkeet (alennettu verokanta)"),
    "Exempt from VAT": ("Undantagen från skatteplikt", "Verovapaa"),
    "Outside the scope of VAT": ("Utanför momsens tillämpningsområde", "Arvonlisäveron soveltamisalan ulkopuolella"),
    "Reverse charge": ("Omvänd skattskyldighet", "Käännetty verovelvollisuus"),
    "Export outside the EU": ("Export utanför EU", "Vienti EU:n ulkopuolelle"),
})

# agency payment settings (web/views/agency_settings.py) and the invoice form's refusals
TERMS.update({
    "Payment settings (account, reference, reminder fee)":
        ("Betalningsinställningar (konto, referens, påminnelseavgift)", "Maksuasetukset (tili, viite, muistutusmaksu)"),
    "Payment settings": ("Betalningsinställningar", "Maksuasetukset"),
    "e.g. 5050-1055; printed on the invoices and used to recognise bank files":
        ("t.ex. 5050-1055; skrivs ut på fakturorna och används för att känna igen bankfiler",
         "esim. 5050-1055; tulostetaan laskuille ja käytetään pankkitiedostojen tunnistamiseen"),
    "applies to invoices issued from now on": ("gäller fakturor som utfärdas från och med nu",
                                               "koskee tästä lähtien lähetettäviä laskuja"),
    "Back to the agency": ("Tillbaka till myndigheten", "Takaisin virastoon"),
    "BIC": ("BIC", "BIC"), "Bankgiro": ("Bankgiro", "Bankgiro"), "IBAN": ("IBAN", "IBAN"),
    "Reference kind": ("Typ av referens", "Viitteen laji"),
    "The reminder fee is agreed with the customers": ("Påminnelseavgiften är avtalad med kunderna",
                                                      "Muistutusmaksusta on sovittu asiakkaiden kanssa"),
    "Days after the due date before a reminder": ("Dagar efter förfallodagen innan påminnelse",
                                                  "Päiviä eräpäivän jälkeen ennen muistutusta"),
    "OCR number (Bankgirot)": ("OCR-nummer (Bankgirot)", "OCR-numero (Bankgirot)"),
    "OCR number with length digit": ("OCR-nummer med längdsiffra", "OCR-numero pituusnumerolla"),
    "Finnish reference number": ("Finskt referensnummer", "Kotimainen viitenumero"),
    "International RF reference": ("Internationell RF-referens", "Kansainvälinen RF-viite"),
    "Saved: %(what)s.": ("Sparat: %(what)s.", "Tallennettu: %(what)s."),
    "Nothing changed.": ("Inget ändrades.", "Mitään ei muutettu."),
    "Only a draft can be changed; copy the invoice into a new draft, or credit it.":
        ("Bara ett utkast kan ändras; kopiera fakturan till ett nytt utkast eller kreditera den.",
         "Vain luonnosta voi muokata; kopioi lasku uudeksi luonnokseksi tai hyvitä se."),
})

# why a clerk checks a request (web.labels.FINDINGS)
TERMS.update({
    "The net amount is above the agency's limit for a clerk's check":
        ("Nettobeloppet är över myndighetens gräns för kontroll av handläggare",
         "Veroton summa ylittää viraston rajan, jonka yli käsittelijä tarkistaa pyynnön"),
    "The agency has a clerk confirm every request": ("Myndigheten låter en handläggare bekräfta varje begäran",
                                                     "Virasto vahvistuttaa jokaisen pyynnön käsittelijällä"),
    "Quantity and price may be one amount": ("Antal och pris kan vara ett och samma belopp",
                                             "Määrä ja hinta voivat olla yksi ja sama summa"),
    "The register's name is used; the line says more": ("Registrets benämning används; raden säger mer",
                                                        "Käytetään rekisterin nimeä; rivillä on enemmän tietoa"),
    "The evidence could not be checked": ("Underlaget kunde inte kontrolleras", "Perusteita ei voitu tarkistaa"),
    "The customer's identifiers do not agree": ("Kundens uppgifter stämmer inte överens",
                                                "Asiakkaan tunnistetiedot eivät täsmää"),
    "Inferred, not stated": ("Härlett, inte angivet", "Päätelty, ei mainittu"),
    "The message may be something else than an invoicing request":
        ("Meddelandet kan vara något annat än en faktureringsbegäran",
         "Viesti voi olla jotain muuta kuin laskutuspyyntö"),
    "New customer: created only after a clerk's check":
        ("Ny kund: läggs upp först efter handläggarens kontroll",
         "Uusi asiakas: perustetaan vasta käsittelijän tarkistuksen jälkeen"),
    "The line does not say what is invoiced":
        ("Raden säger inte vad som faktureras", "Rivi ei kerro, mitä laskutetaan"),
    "No place in the message is known for this value": ("Värdet har ingen känd plats i meddelandet",
                                                         "Arvolle ei löydy kohtaa viestistä"),
    "The message says when to invoice": ("Meddelandet anger när faktureringen ska ske",
                                         "Viestissä kerrotaan, milloin laskutetaan"),
    "The line says the value is not final":
        ("Enligt raden är värdet inte slutligt", "Rivin mukaan arvo ei ole lopullinen"),
    "Read from the sender's own reference":
        ("Läst från avsändarens egen referens", "Luettu lähettäjän omasta viitteestä"),
    "The message replaces an earlier request: withdraw or credit that one first":
        ("Meddelandet ersätter en tidigare begäran: dra tillbaka eller kreditera den först",
         "Viesti korvaa aiemman pyynnön: peruuta tai hyvitä se ensin"),
    "The message names two different references for this customer":
        ("Meddelandet anger två olika referenser för kunden", "Viestissä on asiakkaalle kaksi eri viitettä"),
    "The price differs from the register's":
        ("Priset skiljer sig från registrets", "Hinta poikkeaa rekisterin hinnasta"),
    "The price is rounded from the line amount": ("Priset är avrundat från radbeloppet",
                                                  "Hinta on pyöristetty rivin summasta"),
    "Read from an older message in the thread": ("Läst från ett äldre meddelande i tråden",
                                                 "Luettu ketjun vanhemmasta viestistä"),
    "Read from the sender's signature": ("Läst från avsändarens signatur", "Luettu lähettäjän allekirjoituksesta"),
    "The stated total differs from the computed one": ("Den angivna summan skiljer sig från den beräknade",
                                                       "Ilmoitettu summa poikkeaa lasketusta"),
    "The article is not in the agency's register": ("Artikeln finns inte i myndighetens register",
                                                    "Nimikettä ei ole viraston rekisterissä"),
    "A line of the message was not understood": ("En rad i meddelandet kunde inte tolkas",
                                                 "Viestin riviä ei ymmärretty"),
    "The message states a date that no line carries": ("Meddelandet anger ett datum som ingen rad har",
                                                       "Viestissä on päivämäärä, jota millään rivillä ei ole"),
    "The message names another customer too": ("Meddelandet nämner även en annan kund",
                                               "Viestissä mainitaan myös toinen asiakas"),
    "The VAT rate differs from the one on the line": ("Momssatsen skiljer sig från den på raden",
                                                      "ALV-kanta poikkeaa rivillä mainitusta"),
    "The answer could not be read": ("Svaret kunde inte läsas", "Vastausta ei voitu lukea"),
    "The answer came after the question was settled": ("Svaret kom efter att frågan redan var avgjord",
                                                       "Vastaus tuli, kun kysymys oli jo ratkaistu"),
    "Credit the named invoice first: the same message asks for it": (
        "Kreditera först den angivna fakturan: samma meddelande begär det",
        "Hyvitä ensin mainittu lasku: samassa viestissä pyydetään sitä"),
})

# a claim's state at the collection agency (web.labels.COLLECTION)
TERMS.update({
    "Handed over": ("Överlämnad", "Siirretty"),
    "Acknowledged by the collection agency": ("Mottagen av inkassobolaget", "Perintätoimisto on vastaanottanut"),
    "Payment plan": ("Avbetalningsplan", "Maksusuunnitelma"), "Partly paid": ("Delvis betald", "Osittain maksettu"),
    "Recalled": ("Återkallad", "Palautettu perinnästä"), "Closed": ("Avslutad", "Päättynyt"),
})

# an invoice's plausibility warnings and an invoicing file's policy (web.labels)
TERMS.update({
    "the quantity is not positive": ("antalet är inte positivt", "määrä ei ole positiivinen"),
    "the price is far from the register's price": ("priset avviker mycket från registrets pris",
                                                   "hinta poikkeaa paljon rekisterin hinnasta"),
    "the invoice total is not positive": ("fakturans summa är inte positiv", "laskun summa ei ole positiivinen"),
    "the due date is before the invoice date": ("förfallodagen är före fakturadatum",
                                                "eräpäivä on ennen laskun päivämäärää"),
    "same customer and amount within 30 days": ("samma kund och belopp inom 30 dagar",
                                                "sama asiakas ja summa 30 päivän sisällä"),
    "the invoice total is above the agency's limit": ("fakturans summa är över myndighetens gräns",
                                                      "laskun summa ylittää viraston rajan"),
    "the quantity is above the agency's limit": ("antalet är över myndighetens gräns", "määrä ylittää viraston rajan"),
    "the date is far in the future": ("datumet ligger långt fram i tiden", "päivämäärä on kaukana tulevaisuudessa"),
    "the valid invoices are issued, the rest are listed": ("de korrekta fakturorna utfärdas, övriga listas",
                                                           "virheettömät laskut lähetetään, muut luetellaan"),
    "all or nothing": ("allt eller inget", "kaikki tai ei mitään"),
})

# sources and delivery channels (web.labels.SOURCES, CHANNELS)
TERMS.update({
    "API": ("API", "API"), "Command line": ("Kommandorad", "Komentorivi"), "Web form": ("Webbformulär", "Verkkolomake"),
    "Invoicing file": ("Fakturafil", "Laskutustiedosto"),
    "Invoicing file (drop folder)": ("Fakturafil (inläsningsmapp)", "Laskutustiedosto (siirtokansio)"),
    "Invoicing slot": ("Faktureringstillfälle", "Laskutuskerta"), "Peppol e-invoice": ("E-faktura via Peppol",
                                                                                     "Verkkolasku Peppolin kautta"),
    "Finvoice e-invoice": ("E-faktura (Finvoice)", "Verkkolasku (Finvoice)"), "Paper (print)": ("Papper (utskrift)",
                                                                                              "Paperi (tulostus)"),
})

# disputes on the invoice page, goods/service of an article, the reference prefix of a shared account (issue #18)
TERMS.update({
    "What the customer contests": ("Vad kunden bestrider", "Mitä asiakas kiistää"),
    "How it was settled": ("Hur tvisten löstes", "Miten kiista ratkaistiin"),
    "A dispute needs a reason: what the customer contests.": ("En tvist behöver ett skäl: vad kunden bestrider.",
                                                              "Kiista tarvitsee syyn: mitä asiakas kiistää."),
    "Invoice %(n)s is disputed: no reminders, interest or collection until the dispute ends.": (
        "Faktura %(n)s är tvistig: inga påminnelser, ingen ränta och ingen inkasso förrän tvisten är löst.",
        "Lasku %(n)s on kiistanalainen: ei muistutuksia, korkoa eikä perintää ennen kuin kiista on ratkaistu."),
    "The dispute on invoice %(n)s has ended.": ("Tvisten om faktura %(n)s är avslutad.",
                                                "Laskun %(n)s kiista on päättynyt."),
    "Disputed": ("Tvistig", "Kiistanalainen"),
    "End the dispute": ("Avsluta tvisten", "Päätä kiista"),
    "Mark as disputed": ("Markera som tvistig", "Merkitse kiistanalaiseksi"),
    "While disputed the invoice gets no reminders, no interest and is not sent to collection; its open amount is "
    "moved to disputed receivables.": (
        "Medan fakturan är tvistig får den inga påminnelser, ingen ränta och går inte till inkasso; det öppna "
        "beloppet flyttas till tvistiga kundfordringar.",
        "Kiistanalaisesta laskusta ei lähetetä muistutuksia, sille ei lasketa korkoa eikä sitä siirretä perintään; "
        "avoin summa siirretään riitaisiin myyntisaamisiin."),
    "Disputed invoices": ("Tvistiga fakturor", "Kiistanalaiset laskut"),
    "Goods or service": ("Vara eller tjänst", "Tavara vai palvelu"),
    "the customer is a business in another EU country without a valid VAT number: register it before reverse "
    "charge or an intra-EU supply": (
        "kunden är ett företag i ett annat EU-land utan giltigt momsregistreringsnummer: registrera det före "
        "omvänd betalningsskyldighet eller EU-leverans",
        "asiakas on toisessa EU-maassa oleva yritys ilman voimassa olevaa ALV-tunnistetta: rekisteröi se ennen "
        "käännettyä verovelvollisuutta tai yhteisömyyntiä"),
    "register whether the article is goods or a service: it decides the VAT for this foreign customer": (
        "ange om artikeln är en vara eller en tjänst: det avgör momsen för den här utländska kunden",
        "merkitse, onko nimike tavara vai palvelu: se ratkaisee tämän ulkomaisen asiakkaan arvonlisäveron"),
    "the VAT code does not fit the customer's country and VAT status (reverse charge, export or outside the scope "
    "applies)": (
        "momskoden passar inte kundens land och momsstatus (omvänd betalningsskyldighet, export eller utanför "
        "momsens tillämpningsområde gäller)",
        "ALV-koodi ei sovi asiakkaan maahan ja ALV-asemaan (käännetty verovelvollisuus, vienti tai "
        "soveltamisalan ulkopuolinen myynti)"),
    "Not registered": ("Ej angivet", "Ei merkitty"),
    "Service": ("Tjänst", "Palvelu"),
    "Goods": ("Vara", "Tavara"),
    "Reference prefix (agencies sharing a bankgiro or IBAN)": ("Referensprefix (myndigheter med gemensamt "
                                                               "bankgiro eller IBAN)",
                                                               "Viitteen etuliite (virastot, joilla on yhteinen "
                                                               "tili)"),
    "1-3 digits before the invoice number in the reference; needed when several agencies share one bankgiro or "
    "IBAN": ("1–3 siffror före fakturanumret i referensen; krävs när flera myndigheter delar bankgiro eller IBAN",
             "1–3 numeroa ennen laskun numeroa viitteessä; tarvitaan, kun usea virasto käyttää samaa tiliä"),
})

# foreign customers (web/forms.py CustomerForm) and the chart of accounts (web/views/agency_settings.py)
TERMS.update({
    "An organisation number is kept for Swedish and Finnish customers only; give a foreign customer's VAT number "
    "instead.": ("Organisationsnummer sparas bara för svenska och finska kunder; ange en utländsk kunds "
                 "momsregistreringsnummer i stället.",
                 "Y-tunnus tallennetaan vain ruotsalaisille ja suomalaisille asiakkaille; anna ulkomaisen asiakkaan "
                 "ALV-numero sen sijaan."),
    "A VAT number of this country starts with its country code (e.g. DE for Germany, EL for Greece).": (
        "Ett momsregistreringsnummer från detta land börjar med landets landskod (t.ex. DE för Tyskland, EL för "
        "Grekland).",
        "Tämän maan ALV-numero alkaa maan maatunnuksella (esim. DE Saksa, EL Kreikka)."),
    "This is not a valid VAT number of this country: check the digits.": (
        "Detta är inte ett giltigt momsregistreringsnummer i landet: kontrollera siffrorna.",
        "Tämä ei ole kelvollinen tämän maan ALV-numero: tarkista numerot."),
    "Chart of accounts": ("Kontoplan", "Tilikartta"),
    "BAS (Swedish chart of accounts)": ("BAS-kontoplanen", "BAS (ruotsalainen tilikartta)"),
    "Statens baskontoplan (Swedish state agencies)": ("Statens baskontoplan (statliga myndigheter)",
                                                      "Statens baskontoplan (Ruotsin valtion virastot)"),
    "Finnish chart of accounts": ("Finsk kontoplan", "Suomalainen tilikartta"),
    "applies to vouchers booked from now on; what is booked stays on its accounts": (
        "gäller verifikationer som bokförs från och med nu; det som redan är bokfört ligger kvar på sina konton",
        "koskee tästä lähtien kirjattavia tositteita; jo kirjatut jäävät tileilleen"),
})

# a status word without context (e.g. a heading) reads the same as the status
TERMS.update({k: v for k, v in STATUSES.items() if k not in TERMS})
TERMS.update({f"status|{k}": v for k, v in STATUSES.items()})
