"""Swedish and Finnish for the clerk's tasks in the browser (issue #15: write-off, register changes, payment
advices, period end, delivery and invoicing-slot runs, charts per currency) and for the core's English messages
the web shows in the reader's language (web/errors.py). Same shape as terms.py: English msgid -> (Swedish,
Finnish); merged into update.T by translations/update.py."""
from __future__ import annotations

TASKS = {
    "Payment advices": ("Betalningsavier", "Maksuaviisit"),
    "What a payer says a payment settles. A payment without a usable reference is placed by the advice that "
    "matches it.":
        ("Vad en betalare säger att en betalning avser. En betalning utan användbar referens avräknas enligt den avi "
         "som stämmer med den.",
         "Mitä maksaja ilmoittaa maksun koskevan. Maksu ilman käyttökelpoista viitettä kohdistetaan siihen sopivan "
         "aviisin mukaan."),
    "Enter a payment advice": ("Registrera en betalningsavi", "Kirjaa maksuaviisi"),
    "Amount paid": ("Betalt belopp", "Maksettu summa"),
    "Save the advice": ("Spara avin", "Tallenna aviisi"),
    "No payment advices.": ("Inga betalningsavier.", "Ei maksuaviiseja."),
    "Register changes": ("Registerändringar", "Rekisterimuutokset"),
    "Period end": ("Periodbokslut", "Kauden päätös"),
    "Asked by": ("Begärd av", "Pyytäjä"),
    "Valid from": ("Gäller från", "Voimassa alkaen"),
    "Still missing": ("Saknas fortfarande", "Puuttuu vielä"),
    "Approve and apply": ("Godkänn och för in", "Hyväksy ja vie rekisteriin"),
    "No register changes here.": ("Inga registerändringar här.", "Ei rekisterimuutoksia."),
    "Write off as a credit loss": ("Skriv av som kundförlust", "Kirjaa luottotappioksi"),
    "The whole open amount is booked as a confirmed credit loss and the VAT on it is taken back. Only when the loss "
    "is confirmed (e.g. bankruptcy, a collection agency's certificate).":
        ("Hela det öppna beloppet bokförs som konstaterad kundförlust och momsen på det återförs. Endast när förlusten "
         "är konstaterad (t.ex. konkurs, intyg från inkassobolaget).",
         "Koko avoin summa kirjataan todetuksi luottotappioksi ja sen arvonlisävero palautetaan. Vain kun tappio on "
         "todettu (esim. konkurssi, perintätoimiston todistus)."),
    "Write off %(amount)s": ("Skriv av %(amount)s", "Kirjaa tappioksi %(amount)s"),
    "Month (accruals)": ("Månad (periodisering)", "Kuukausi (jaksotus)"),
    "As of (valuation, reconciliation)": ("Per (värdering, avstämning)", "Päivänä (arvostus, täsmäytys)"),
    "Accruals": ("Periodisering", "Jaksotus"),
    "Deferred income of invoices for coming periods is recognised as revenue month by month, in one voucher on the "
    "month's last day.":
        ("Förutbetalda intäkter från fakturor för kommande perioder intäktsförs månad för månad, i en verifikation "
         "på månadens sista dag.",
         "Tulevien kausien laskujen ennakkotulot tuloutetaan kuukausittain yhdellä tositteella kuukauden viimeisenä "
         "päivänä."),
    "Rows to recognise": ("Rader att intäktsföra", "Tuloutettavat rivit"),
    "Line": ("Rad", "Rivi"),
    "Deferred income account": ("Konto förutbetalda intäkter", "Ennakkotulojen tili"),
    "Book the accruals of %(m)s": ("Bokför periodiseringen för %(m)s", "Kirjaa jaksotus %(m)s"),
    "Nothing to recognise for this month.": ("Inget att intäktsföra för månaden.", "Ei tuloutettavaa tältä kuulta."),
    "Percent": ("Procent", "Prosentti"),
    "debit": ("debet", "debet"),
    "credit": ("kredit", "kredit"),
    "Booked in voucher %(v)s; reversed in %(r)s.": ("Bokförd i verifikation %(v)s; återförd i %(r)s.",
                                                   "Kirjattu tositteella %(v)s; peruttu tositteella %(r)s."),
    "Book the provision as of %(d)s": ("Bokför reserveringen per %(d)s", "Kirjaa varaus päivälle %(d)s"),
    "Reconciliation": ("Avstämning", "Täsmäytys"),
    "AR subledger (open items)": ("Kundreskontra (öppna poster)", "Myyntireskontra (avoimet erät)"),
    "AR ledger account": ("Kundfordringskonto", "Myyntisaamistili"),
    "Differences": ("Differenser", "Erot"),
    "Delivery run": ("Leveranskörning", "Toimitusajo"),
    "Invoicing slot run": ("Körning av faktureringstillfälle", "Laskutuskerran ajo"),
    "Held back": ("Kvarhållna", "Pidätetyt"),
    "Queued invoices": ("Fakturor i kö", "Jonossa olevat laskut"),
    "Delivery of invoices": ("Leverans av fakturor", "Laskujen toimitus"),
    "Channel": ("Kanal", "Kanava"),
    "Ageing (%(currency)s)": ("Åldersanalys (%(currency)s)", "Ikäjakauma (%(currency)s)"),
    "change": ("ändring", "muutos"),
    "by hand": ("manuellt", "käsin"),
    "customer credit": ("kundtillgodohavande", "asiakkaan hyvitys"),
    "refund": ("återbetalning", "palautus"),
    "offset": ("kvittning", "kuittaus"),
    "deduction": ("avdrag", "vähennys"),
    "give the amount paid for invoice %(n)s": ("ange betalt belopp för faktura %(n)s",
                                               "anna laskulle %(n)s maksettu summa"),
    "give at least one invoice and the amount paid for it": ("ange minst en faktura och beloppet som betalats",
                                                             "anna vähintään yksi lasku ja sille maksettu summa"),
    "Payment advice saved: a payment of %(total)s from %(payer)s will be placed by it.":
        ("Betalningsavin sparad: en betalning på %(total)s från %(payer)s avräknas enligt den.",
         "Maksuaviisi tallennettu: maksaja %(payer)s, %(total)s, kohdistetaan sen mukaan."),
    "Change %(token)s applied to the register (version %(v)s).":
        ("Ändring %(token)s införd i registret (version %(v)s).", "Muutos %(token)s viety rekisteriin (versio %(v)s)."),
    "Change %(token)s rejected.": ("Ändring %(token)s avvisad.", "Muutos %(token)s hylätty."),
    "Accruals of %(m)s booked: %(total)s in voucher %(v)s.":
        ("Periodisering för %(m)s bokförd: %(total)s i verifikation %(v)s.",
         "Jaksotus %(m)s kirjattu: %(total)s tositteella %(v)s."),
    "Nothing to recognise for %(m)s (booked before, or no accrued invoices).":
        ("Inget att intäktsföra för %(m)s (redan bokfört, eller inga periodiserade fakturor).",
         "Ei tuloutettavaa kaudelta %(m)s (jo kirjattu tai ei jaksotettavia laskuja)."),
    "Provision for doubtful receivables of %(a)s booked in voucher %(v)s; reversed on %(r)s.":
        ("Reservering för osäkra fordringar på %(a)s bokförd i verifikation %(v)s; återförs %(r)s.",
         "Epävarmojen saamisten varaus %(a)s kirjattu tositteella %(v)s; peruutetaan %(r)s."),
    "Invoice %(n)s written off: %(amount)s booked as a confirmed credit loss.":
        ("Faktura %(n)s avskriven: %(amount)s bokfört som konstaterad kundförlust.",
         "Lasku %(n)s kirjattu luottotappioksi: %(amount)s todettuna luottotappiona."),
    "The import failed; nothing of it was kept.": ("Importen misslyckades; inget av den sparades.",
                                                   "Tuonti epäonnistui; siitä ei tallennettu mitään."),
    # the core's messages (web/errors.py)
    "invoice %(n)s is %(s)s and cannot be issued": ("faktura %(n)s är %(s)s och kan inte utfärdas",
                                                    "lasku %(n)s on tilassa %(s)s eikä sitä voi laskuttaa"),
    "give a reason to issue despite the warnings": ("ange ett skäl att utfärda trots varningarna",
                                                    "anna peruste laskuttaa varoituksista huolimatta"),
    "invoice %(n)s cannot be credited (%(s)s)": ("faktura %(n)s kan inte krediteras (%(s)s)",
                                                 "laskua %(n)s ei voi hyvittää (%(s)s)"),
    "a credit note needs a reason": ("en kreditfaktura kräver ett skäl", "hyvityslasku tarvitsee syyn"),
    "line %(n)s: cannot credit %(q)s of %(of)s (%(done)s already credited)":
        ("rad %(n)s: kan inte kreditera %(q)s av %(of)s (%(done)s redan krediterat)",
         "rivi %(n)s: ei voi hyvittää %(q)s / %(of)s (%(done)s jo hyvitetty)"),
    "nothing to credit": ("inget att kreditera", "ei hyvitettävää"),
    "invoice %(n)s is %(s)s: only a draft can be changed": ("faktura %(n)s är %(s)s: bara ett utkast kan ändras",
                                                            "lasku %(n)s on tilassa %(s)s: vain luonnosta voi muuttaa"),
    "an invoice needs at least one line": ("en faktura behöver minst en rad", "laskussa on oltava vähintään yksi rivi"),
    "the quantity is missing": ("antal saknas", "määrä puuttuu"),
    "the unit price is missing and the article has no price in the register":
        ("à-pris saknas och artikeln har inget pris i registret", "yksikköhinta puuttuu eikä nimikkeellä ole "
                                                                   "rekisterissä hintaa"),
    "a line without an article needs a description": ("en rad utan artikel behöver en beskrivning",
                                                      "rivi ilman nimikettä tarvitsee kuvauksen"),
    "article %(a)s is not in the register of %(agency)s": ("artikel %(a)s finns inte i %(agency)s register",
                                                           "nimike %(a)s ei ole viraston %(agency)s rekisterissä"),
    "no invoice %(n)s": ("ingen faktura %(n)s", "ei laskua %(n)s"),
    "the amount to allocate must not be zero": ("beloppet att avräkna får inte vara noll",
                                                "kohdistettava summa ei voi olla nolla"),
    "a payment in %(a)s cannot pay an invoice in %(b)s":
        ("en betalning i %(a)s kan inte betala en faktura i %(b)s",
         "maksu valuutassa %(a)s ei voi maksaa laskua valuutassa %(b)s"),
    "the payment has only %(left)s unallocated, not %(amount)s":
        ("betalningen har bara %(left)s kvar att avräkna, inte %(amount)s",
         "maksusta on kohdistamatta vain %(left)s, ei %(amount)s"),
    "invoice %(n)s is %(s)s with %(open)s open": ("faktura %(n)s är %(s)s med %(open)s öppet",
                                                  "lasku %(n)s on tilassa %(s)s, avoinna %(open)s"),
    "invoice %(n)s has only %(open)s open": ("faktura %(n)s har bara %(open)s öppet",
                                             "laskulla %(n)s on avoinna vain %(open)s"),
    "invoice %(n)s belongs to another agency than the payment":
        ("faktura %(n)s tillhör en annan myndighet än betalningen", "lasku %(n)s kuuluu eri virastolle kuin maksu"),
    "the payment has nothing to refund": ("betalningen har inget att återbetala", "maksusta ei ole palautettavaa"),
    "the payment has %(a)s to refund, not %(b)s": ("betalningen har %(a)s att återbetala, inte %(b)s",
                                                   "maksusta on palautettavaa %(a)s, ei %(b)s"),
    "the payment has no customer credit": ("betalningen har inget kundtillgodohavande",
                                           "maksulla ei ole asiakkaan hyvitystä"),
    "invoice %(n)s belongs to another customer than the credit":
        ("faktura %(n)s tillhör en annan kund än tillgodohavandet", "lasku %(n)s kuuluu eri asiakkaalle kuin hyvitys"),
    "the amount must be positive with at most two decimals": ("beloppet måste vara positivt med högst två decimaler",
                                                              "summan on oltava positiivinen ja enintään kaksi "
                                                              "desimaalia"),
    "a write-off needs a reason": ("en avskrivning kräver ett skäl", "luottotappiokirjaus tarvitsee syyn"),
    "credit note %(n)s cannot be written off": ("kreditfaktura %(n)s kan inte skrivas av",
                                                "hyvityslaskua %(n)s ei voi kirjata luottotappioksi"),
    "invoice %(n)s is %(s)s with %(open)s open: nothing to write off":
        ("faktura %(n)s är %(s)s med %(open)s öppet: inget att skriva av",
         "lasku %(n)s on tilassa %(s)s, avoinna %(open)s: ei kirjattavaa"),
    "not a month (YYYY-MM): %(t)s": ("inte en månad (ÅÅÅÅ-MM): %(t)s", "ei kuukausi (VVVV-KK): %(t)s"),
    "change %(t)s is %(s)s; only complete changes awaiting approval can be approved":
        ("ändring %(t)s är %(s)s; bara fullständiga ändringar som väntar på godkännande kan godkännas",
         "muutos %(t)s on tilassa %(s)s; vain hyväksyntää odottavat täydelliset muutokset voi hyväksyä"),
    "change %(t)s still misses %(what)s": ("ändring %(t)s saknar fortfarande %(what)s",
                                           "muutoksesta %(t)s puuttuu vielä %(what)s"),
    "rejecting a change needs a reason": ("att avvisa en ändring kräver ett skäl", "muutoksen hylkääminen vaatii syyn"),
    "change %(t)s is already %(s)s": ("ändring %(t)s är redan %(s)s", "muutos %(t)s on jo tilassa %(s)s"),
    "same reference": ("samma referens", "sama viite"),
    "reference one typo away": ("referensen skiljer sig med ett tecken", "viite eroaa yhdellä merkillä"),
    "same amount": ("samma belopp", "sama summa"),
    "same payer": ("samma betalare", "sama maksaja"),
    "invoice number in the message": ("fakturanumret står i meddelandet", "laskun numero on viestissä"),
    "and %(n)s lines for other invoices": ("och %(n)s rader för andra fakturor", "ja %(n)s riviä muille laskuille"),
    # reconciliation differences (web.reconciliation_words)
    "Entry without an invoice": ("Kontering utan faktura", "Kirjaus ilman laskua"),
    "Entry for an invoice not in the subledger": ("Kontering för en faktura som inte finns i reskontran",
                                                  "Kirjaus laskulle, jota ei ole reskontrassa"),
    "Invoice without a voucher": ("Faktura utan verifikation", "Lasku ilman tositetta"),
    "Amounts differ": ("Beloppen skiljer sig", "Summat eroavat"),
    "Voucher does not balance": ("Verifikationen balanserar inte", "Tosite ei täsmää"),
    "Open amount without an explanation": ("Öppet belopp utan förklaring", "Avoin summa ilman selitystä"),
    "Voucher %(v)s books %(a)s on the receivables account without naming an invoice; the subledger has no item "
    "for it.": ("Verifikation %(v)s bokar %(a)s på kundfordringskontot utan att ange en faktura; reskontran har "
                "ingen post för den.", "Tosite %(v)s kirjaa %(a)s myyntisaamistilille nimeämättä laskua; "
                "reskontrassa ei ole sille erää."),
    "The receivables account has %(a)s for invoice %(i)s, which the subledger does not hold on this date.":
        ("Kundfordringskontot har %(a)s för faktura %(i)s, som reskontran inte har per detta datum.",
         "Myyntisaamistilillä on %(a)s laskulle %(i)s, jota reskontrassa ei ole tänä päivänä."),
    "Invoice %(i)s (%(a)s) has no entry on the receivables account up to this date.":
        ("Faktura %(i)s (%(a)s) har ingen kontering på kundfordringskontot till och med detta datum.",
         "Laskulla %(i)s (%(a)s) ei ole kirjausta myyntisaamistilillä tähän päivään mennessä."),
    "Invoice %(i)s: %(s)s open in the subledger, %(l)s on the receivables account.":
        ("Faktura %(i)s: %(s)s öppet i reskontran, %(l)s på kundfordringskontot.",
         "Lasku %(i)s: reskontrassa avoinna %(s)s, myyntisaamistilillä %(l)s."),
    "Voucher %(v)s does not balance: debit minus credit is %(a)s.":
        ("Verifikation %(v)s balanserar inte: debet minus kredit är %(a)s.",
         "Tosite %(v)s ei täsmää: debet miinus kredit on %(a)s."),
    "Invoice %(i)s shows %(s)s open, but its payments, fees, credits and write-offs give %(h)s.":
        ("Faktura %(i)s visar %(s)s öppet, men dess betalningar, avgifter, krediteringar och avskrivningar ger "
         "%(h)s.", "Laskulla %(i)s on avoinna %(s)s, mutta sen suoritukset, perimismaksut, hyvitykset ja luottotappiot "
         "antavat %(h)s."),
    "The run would send no reminder, so it is not offered: an empty reminder run would still count as one of the "
    "month's two.": ("Körningen skulle inte skicka någon påminnelse och erbjuds därför inte: en tom "
                     "påminnelsekörning räknas ändå som en av månadens två.",
                     "Ajo ei lähettäisi yhtään muistutusta, joten sitä ei tarjota: tyhjäkin muistutusajo lasketaan "
                     "yhdeksi kuukauden kahdesta."),
    "the register's price": ("registrets pris", "rekisterin hinta"),
    # bank files rejected (web.bank_words)
    "line %(n)s": ("rad %(n)s", "rivi %(n)s"),
    "the file is empty": ("filen är tom", "tiedosto on tyhjä"),
    "this is not a bank file Reskontra reads (BgMax or camt.054)":
        ("det här är ingen bankfil som Reskontra läser (BgMax eller camt.054)",
         "tämä ei ole Reskontran lukema pankkitiedosto (BgMax tai camt.054)"),
    "an XML file, but not a camt.054 payment notification":
        ("en XML-fil, men inte en betalningsavisering camt.054", "XML-tiedosto, mutta ei camt.054-maksuilmoitus"),
    "a bank statement of another kind than camt.054 (payment notification)":
        ("ett bankbesked av annat slag än camt.054 (betalningsavisering)",
         "muunlainen pankkisanoma kuin camt.054 (maksuilmoitus)"),
    "not a BgMax file: it does not begin with the BgMax start record":
        ("ingen BgMax-fil: den börjar inte med BgMax startpost",
         "ei BgMax-tiedosto: se ei ala BgMax-aloitustietueella"),
    "the XML is broken (the file may be cut off or edited)":
        ("XML-innehållet är trasigt (filen kan vara avkortad eller redigerad)",
         "XML on rikki (tiedosto voi olla katkennut tai muokattu)"),
    "the file is cut off: its end is missing": ("filen är avkortad: slutet saknas",
                                                "tiedosto on katkennut: sen loppu puuttuu"),
    "there is data after the file's end record": ("det finns data efter filens slutpost",
                                                  "tiedoston lopetustietueen jälkeen on tietoja"),
    "a record is %(n)s characters long; BgMax records are 80 (the file may have been edited)":
        ("en post är %(n)s tecken lång; BgMax-poster är 80 (filen kan ha redigerats)",
         "tietue on %(n)s merkkiä pitkä; BgMax-tietueet ovat 80 merkkiä (tiedostoa on ehkä muokattu)"),
    "the deposit says %(a)s payments but lists %(b)s": ("insättningen anger %(a)s betalningar men listar %(b)s",
                                                        "talletus ilmoittaa %(a)s maksua mutta luettelee %(b)s"),
    "the deposit's total does not equal the sum of its payments":
        ("insättningens summa är inte lika med summan av dess betalningar",
         "talletuksen summa ei ole sen maksujen summa"),
    "the end record counts %(a)s records of a kind, the file has %(b)s":
        ("slutposten räknar %(a)s poster av ett slag, filen har %(b)s",
         "lopetustietue laskee %(a)s tietuetta yhtä lajia, tiedostossa on %(b)s"),
    "the notification says %(a)s entries but lists %(b)s": ("aviseringen anger %(a)s poster men listar %(b)s",
                                                            "ilmoitus kertoo %(a)s kirjausta mutta luettelee %(b)s"),
    "the notification's total does not equal the sum of its entries":
        ("aviseringens summa är inte lika med summan av dess poster", "ilmoituksen summa ei ole sen kirjausten summa"),
    "an entry's amount does not equal the sum of its transactions":
        ("en posts belopp är inte lika med summan av dess transaktioner",
         "kirjauksen summa ei ole sen tapahtumien summa"),
    "the receiving account %(a)s belongs to no agency in the register":
        ("mottagarkontot %(a)s tillhör ingen myndighet i registret",
         "vastaanottajan tili %(a)s ei kuulu millekään rekisterin virastolle"),
    "the file declares a DOCTYPE, which a bank file never does; it was not read":
        ("filen deklarerar en DOCTYPE, vilket en bankfil aldrig gör; den lästes inte",
         "tiedosto määrittelee DOCTYPEn, mitä pankkitiedosto ei koskaan tee; sitä ei luettu"),
}
