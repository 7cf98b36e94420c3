"""Thirty-ninth held-out set (written blind), part A: the Swedish agencies' mail of 10-14 May 2027 (marina, fire and
rescue, museum conservation) — plain requests that speak of payment and credit in passing ("betalning inom 30
dagar", "tidigare faktura 10234 är betald", "kreditera ej"), prose, TSV, CSV, XLSX, a PDF form, a system HTML table
and an Outlook forward; must-ask ones (twin names, an approximate fixed price); and the other kinds: partial
payments, an advice in an attached message with a credit note deducted, a credit request, a credit-and-reinvoice,
a forwarded dispute, an out-of-office without Auto-Submitted and a reply answering a question mail."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit39 import (
    APRIL,
    ASK,
    BRAN,
    CENTRE_SE,
    HAMN,
    MUSE,
    ND,
    OTHER,
    PLAIN,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_HAMN = ("\n\nMed vänlig hälsning\n{n}\nHamnförvaltningen, Söderhamns kommun\nOrg.nr " + org(HAMN)
            + " | Bankgiro 5401-3318\nTfn 0270-753 00 | Hamnkontoret har öppet vardagar 8-16\n")
SIG_BRAN = ("\n\nVänliga hälsningar\n{n}\nRäddningstjänstförbundet Mittbygden\nOrg.nr " + org(BRAN)
            + " | Vxl 0278-250 00\nBesöksadress: Brandstationsvägen 1, 821 43 Bollnäs\n"
            "Detta e-postmeddelande kan innehålla uppgifter som omfattas av sekretess.\n")
SIG_MUSE = ("\n\nHälsningar\n{n}\nKonserveringsateljén | Stiftelsen Länsmuseet Gävleborg\nOrg.nr " + org(MUSE)
            + "\nTfn 026-65 56 00\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("s01_sv_hamn_prose_berths_betalning_30_dagar")
def _s01() -> Any:
    body = ("Hej!\n\nSöderhamns Segelsällskap (org.nr " + cust("C-3901")["org_no"] + ") ska faktureras enligt "
            "avtalet för klubbens följebåtar:\n\n- båtplats HB10, 3 st, säsongen 1 maj–30 september 2027\n"
            "- sjösättning HB20, 3 st, den 8 maj\n\nEr referens: Ingela Wahlberg, kassör\n\n"
            "Betalning inom 30 dagar som vanligt – de vill inte ha delbetalning i år."
            + SIG_HAMN.format(n="Leif Holmqvist"))
    m = _se("hamn_l", "Fakturering Segelsällskapet säsong 2027", "Mon, 10 May 2027 08:14:22", body)
    return m, expect_requests("prose request; 'betalning inom 30 dagar' and 'delbetalning' are payment terms, not an "
                              "advice; a season range and a date without a year", PLAIN, [
        request(cust("C-3901"), [line(HAMN, "HB10", "3", ps="2027-05-01", pe="2027-09-30", skip=ND),
                                 line(HAMN, "HB20", "3", ps="2027-05-08", skip=ND)], [], HAMN,
                buyer="Ingela Wahlberg, kassör")])


@case("s02_sv_hamn_tsv_private_pnr_earlier_invoice_paid")
def _s02() -> Any:
    pnr10 = cust("C-3907")["org_no"][2:].replace("-", "")
    pnr10 = pnr10[:6] + "-" + pnr10[6:]
    tsv = ("Kundnr\tNamn\tPersonnr/Orgnr\tArtikel\tBenämning\tAntal\tPeriod\n"
           "C-3907\tPer-Olof Sandin\t" + pnr10 + "\tHB10\tBåtplats B-14, säsong\t1\t2027-05-01–2027-09-30\n"
           "C-3907\tPer-Olof Sandin\t" + pnr10 + "\tHB40\tEl B-14, april\t312\t2027-04-01–2027-04-30\n"
           "\tNorrviken Marin AB\t" + cust("C-3902")["org_no"] + "\tHB10\tBåtplats A-02 och A-03, säsong\t2\t"
           "2027-05-01–2027-09-30\n"
           "\tNorrviken Marin AB\t" + cust("C-3902")["org_no"] + "\tHB30\tVinterförvaring hall 1\t41,5\t"
           "2026-10-01–2027-04-30\n")
    body = ("Hej,\n\nbifogar båtplatsavgifterna som ska ut nu. Tidigare faktura 10234 är betald, så det här är bara "
            "nya avgifter – inget ska krediteras eller räknas av.\n" + SIG_HAMN.format(n="Hamnkontoret"))
    m = _se("hamn", "Båtplatsavgifter 2027 (forts.)", "Mon, 10 May 2027 10:02:51", body,
            attachments=[text_att("batplatser_2027.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV with a private person (10-digit personnummer, customer number) and a twin-named "
                              "company identified by org number; 'tidigare faktura 10234 är betald' in passing",
                              PLAIN, [
        request(cust("C-3907"), [line(HAMN, "HB10", "1", desc="Båtplats B-14, säsong", ps="2027-05-01",
                                      pe="2027-09-30"),
                                 line(HAMN, "HB40", "312", desc="El B-14, april", ps=APRIL[0], pe=APRIL[1])],
                [], HAMN),
        request(cust("C-3902"), [line(HAMN, "HB10", "2", desc="Båtplats A-02 och A-03, säsong", ps="2027-05-01",
                                      pe="2027-09-30"),
                                 line(HAMN, "HB30", "41.5", desc="Vinterförvaring hall 1", ps="2026-10-01",
                                      pe="2027-04-30")], [], HAMN)])


@case("s03_sv_hamn_html_booking_system_vat_and_terms_rows")
def _s03() -> Any:
    html = ("<html><body style='font-family:Arial'><p><b>Hamnbokningen – faktureringsunderlag</b><br>"
            "Genererat 2027-05-11 07:00 av systemet. Svara inte på detta meddelande.</p>"
            "<table border='0' cellpadding='4'><tr><td>Kundnr:</td><td>C-3902</td></tr>"
            "<tr><td>Kund:</td><td>Norrviken Marin AB</td></tr>"
            "<tr><td>Betalningsvillkor:</td><td>30 dagar netto</td></tr>"
            "<tr><td>Dröjsmålsränta:</td><td>enligt räntelagen</td></tr></table><br>"
            "<table border='1' cellspacing='0' cellpadding='4'><tr><th>Artikel</th><th>Benämning</th>"
            "<th>Datum</th><th>Antal</th><th>À-pris</th><th>Belopp</th></tr>"
            "<tr><td>HB20</td><td>Sjösättning M/S Vega och två arbetsbåtar</td><td>2027-05-06</td>"
            "<td>3</td><td>950,00</td><td>2&nbsp;850,00</td></tr>"
            "<tr><td>HB30</td><td>Vinterförvaring hall 2, säsong 2026/27</td><td>2026-10-01 – 2027-04-30</td>"
            "<td>62,5</td><td>120,00</td><td>7&nbsp;500,00</td></tr>"
            "<tr><td>HB90</td><td>Kranlyft extra, mast</td><td>2027-05-06</td><td>1</td>"
            "<td>1&nbsp;250,50 kr</td><td>1&nbsp;250,50</td></tr>"
            "<tr><td colspan='5' align='right'>Summa exkl. moms</td><td>11&nbsp;600,50</td></tr>"
            "<tr><td colspan='5' align='right'>Moms 25 %</td><td>2&nbsp;900,13</td></tr>"
            "<tr><td colspan='5' align='right'><b>Att betala</b></td><td><b>14&nbsp;500,63</b></td></tr>"
            "</table></body></html>")
    m = _se("hamn", "Hamnbokningen: underlag C-3902", "Tue, 11 May 2027 07:00:04", None, html=html)
    return m, expect_requests("system-generated HTML-only table with payment-terms rows and sum/VAT/'att betala' "
                              "rows (none of them lines); an unpriced article with its price written as '1 250,50 "
                              "kr'", PLAIN, [
        request(cust("C-3902"), [line(HAMN, "HB20", "3", "950.00", desc="Sjösättning M/S Vega och två arbetsbåtar",
                                      ps="2027-05-06"),
                                 line(HAMN, "HB30", "62.5", "120.00", desc="Vinterförvaring hall 2, säsong 2026/27",
                                      ps="2026-10-01", pe="2027-04-30"),
                                 line(HAMN, "HB90", "1", "1250.50", desc="Kranlyft extra, mast", ps="2027-05-06")],
                [], HAMN)])


@case("s04_sv_hamn_twin_name_ab_oy_no_number")
def _s04() -> Any:
    body = ("Hej,\n\nelförbrukning vid bryggan i april, HB40:\n\nKund: Norrviken Marin\nFörbrukning: 3 420 kWh\n\n"
            "Betalning inom 30 dagar. Mätarställningarna finns hos mig om någon frågar."
            + SIG_HAMN.format(n="Leif Holmqvist"))
    m = _se("hamn_l", "El april – Norrviken", "Tue, 11 May 2027 13:37:09", body)
    return m, expect_requests("'Norrviken Marin' matches both Norrviken Marin AB and Norrviken Marin Oy, no number: "
                              "org_no asked; a month without a year", ASK, [
        request(new_cust("Norrviken Marin", None, None),
                [line(HAMN, "HB40", "3420", ps=APRIL[0], pe=APRIL[1], skip=ND)], ["customer.org_no"], HAMN)])


@case("s05_sv_hamn_partial_payments_paid_column")
def _s05() -> Any:
    o1, o2, o3 = se_ocr("27100391"), se_ocr("27100402"), se_ocr("27100415")
    body = ("Hej,\n\nSegelsällskapet har betalat delar av tre fakturor, se kassörens specifikation nedan. Resten "
            "kommer efter årsmötet i juni, säger hon." + SIG_HAMN.format(n="Leif Holmqvist") + "\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Ingela Wahlberg <kassor@soderhamnsss.se>\n"
            "Datum: tis 11 maj 2027 19:02\nÄmne: Betalning fakturor\nTill: Leif Holmqvist "
            "<leif.holmqvist@soderhamn-demo.se>\n\nHej Leif!\n\nBETALNINGSSPECIFIKATION\n"
            "Betalare: Söderhamns Segelsällskap, org.nr " + cust("C-3901")["org_no"] + "\n"
            "Betalningsdag: 2027-05-11\nAlla belopp i SEK.\n\n"
            "Faktura    OCR              Fakturabelopp      Betalt        Kvar\n"
            "27100391   " + o1[:4] + " " + o1[4:] + "      12 600,00       6 300,00     6 300,00\n"
            "27100402   " + o2 + "          2 850,00       2 850,00         0,00\n"
            "27100415   " + o3[:5] + " " + o3[5:] + "       1 900,00         950,00       950,00\n"
            "                            ---------      ---------\n"
            "Summa                       17 350,00      10 100,00\n\nMvh Ingela, kassör\n")
    m = _se("hamn_l", "VB: Betalning fakturor", "Wed, 12 May 2027 08:05:40", body)
    return m, expect_advice("partial payments: the paid column, not the invoice amount, is each item's amount; "
                            "OCR numbers with spaces; the invoiced sum is not the total", OTHER,
                            {"name": "Söderhamns Segelsällskap", "org_no": cust("C-3901")["org_no"]}, "2027-05-11",
                            "10100.00", "SEK",
                            [("27100391", o1, "6300.00"), ("27100402", o2, "2850.00"), ("27100415", o3, "950.00")])


@case("s06_sv_hamn_kreditera_faktura")
def _s06() -> Any:
    body = ("Hej!\n\nKan ni kreditera faktura 27100377 till Norrviken Marin AB (kundnr C-3902)? Vinterförvaringen "
            "blev debiterad två gånger, den finns också på faktura 27100352:\n\n"
            "HB30 Vinterförvaring hall 2, 62,5 m² à 120,00 kr = 7 500,00 kr\n\n"
            "Hela fakturan 27100377 ska krediteras, inget nytt ska faktureras." + SIG_HAMN.format(n="Leif Holmqvist"))
    m = _se("hamn_l", "Kreditering 27100377", "Wed, 12 May 2027 11:20:15", body)
    return m, expect_unknown("'kreditera faktura …' with the invoiced line repeated: a credit of an issued invoice, "
                             "never a request", OTHER)


@case("s07_sv_bran_csv_quoted_two_customers_kreditera_ej")
def _s07() -> Any:
    lj, bo = cust("C-3904")["org_no"], cust("C-3905")["org_no"]
    csv = ('"Kund";"Org.nr";"Artikel";"Text";"Antal";"Datum";"Kommentar"\n'
           '"Bollnäs kommun";"' + bo + '";"RT10";"Tillsyn LSO, Kämpens skola";"3,5";"2027-04-21";""\n'
           '"Ljusne Fastigheter AB";"' + lj + '";"RT30";"Brandskyddsutbildning, personal";"12";"2027-05-04";'
           '"Betalning sker mot faktura"\n'
           '"Bollnäs kommun";"' + bo + '";"RT10";"Efterkontroll, Kämpens skola";"1";"2027-05-06";""\n'
           '"Ljusne Fastigheter AB";"' + lj + '";"RT20";"Onödigt larm, Bruksgatan 7";"1";"2027-04-28";'
           '"Kreditera ej – kunden har godkänt debiteringen"\n')
    body = ("Hej,\n\nunderlag för april–maj i bifogad fil. Betalningsvillkor 30 dagar netto för båda kunderna."
            + SIG_BRAN.format(n="Annika Forsberg, administratör"))
    m = _se("bran_a", "Debiteringsunderlag v. 19", "Wed, 12 May 2027 09:41:03", body,
            attachments=[text_att("debitering_v19.csv", csv, encoding="cp1252")])
    return m, expect_requests("quoted semicolon CSV (Windows-1252) with interleaved rows for two customers; a "
                              "comment column speaking of payment and 'kreditera ej' is no credit request", PLAIN, [
        request(cust("C-3905"), [line(BRAN, "RT10", "3.5", desc="Tillsyn LSO, Kämpens skola", ps="2027-04-21"),
                                 line(BRAN, "RT10", "1", desc="Efterkontroll, Kämpens skola", ps="2027-05-06")],
                [], BRAN),
        request(cust("C-3904"), [line(BRAN, "RT30", "12", desc="Brandskyddsutbildning, personal", ps="2027-05-04"),
                                 line(BRAN, "RT20", "1", desc="Onödigt larm, Bruksgatan 7", ps="2027-04-28")],
                [], BRAN)])


@case("s08_sv_bran_pdf_form_diarienummer_payment_terms")
def _s08() -> Any:
    html = ("<h1>Debiteringsunderlag – tillsyn enligt LSO</h1>"
            "<table><tr><td>Diarienummer</td><td>RT 2027/0412</td></tr>"
            "<tr><td>Verksamhetsutövare</td><td>Hälsinglands Hembygdsförbund</td></tr>"
            "<tr><td>Org.nr</td><td>" + cust("C-3906")["org_no"] + "</td></tr>"
            "<tr><td>Er referens</td><td>Gunnel Ek</td></tr>"
            "<tr><td>Objekt</td><td>Hembygdsgården, Delsbo</td></tr>"
            "<tr><td>Tillsynsdatum</td><td>2027-05-05</td></tr>"
            "<tr><td>Artikel</td><td>RT10 Tillsyn, per timme</td></tr>"
            "<tr><td>Nedlagd tid</td><td>3,5 timmar</td></tr>"
            "<tr><td>Betalning</td><td>Mot faktura, 30 dagar netto</td></tr>"
            "<tr><td>Kreditupplysning</td><td>Ej aktuell (ideell förening)</td></tr></table>"
            "<p>Handläggare: Annika Forsberg. Avgift enligt taxa fastställd av förbundsdirektionen.</p>")
    m = _se("bran", "Debiteringsunderlag RT 2027/0412", "Wed, 12 May 2027 14:55:10",
            "Hej,\n\ndebiteringsunderlag bifogat (pdf)." + SIG_BRAN.format(n="Registrator"),
            attachments=[pdf("debitering_RT_2027_0412.pdf", html)])
    return m, expect_requests("PDF form: the case-file number is not an order reference; payment and credit-check "
                              "fields are no amounts", PLAIN, [
        request(cust("C-3906"), [line(BRAN, "RT10", "3.5", ps="2027-05-05", skip=ND)], [], BRAN,
                buyer="Gunnel Ek")])


@case("s09_sv_bran_advice_in_attached_message_credit_note")
def _s09() -> Any:
    o1, o2 = se_ocr("270351"), se_ocr("270366")
    inner_body = ("Betalningsavisering\n\nBetalare: Ljusne Fastigheter AB\nOrg.nr: " + cust("C-3904")["org_no"]
                  + "\nBetalningsdag: 2027-05-10\nBetalningsmottagare: Räddningstjänstförbundet Mittbygden, "
                  "bankgiro 5402-1176\n\nVerifikat  Fakturanr   OCR/Referens        Belopp SEK\n"
                  "4471       27-0351     " + o1 + "             7 800,00\n"
                  "4472       27-0366     " + o2 + "             7 400,00\n"
                  "4473       27-0372     Kreditfaktura       1 150,00-\n\n"
                  "Summa utbetalt                          14 050,00\n\n"
                  "Ljusne Fastigheter AB | Leverantörsreskontra | tfn 0270-601 20\n")
    inner = mail("Leverantörsreskontra <ekonomi@ljusnefastigheter.se>", "Betalningsavisering 2027-05-10",
                 "Mon, 10 May 2027 16:12:00 +0200", inner_body, to="Annika Forsberg <annika.forsberg@rtmittbygden.se>")
    body = ("Hej!\n\nLjusne Fastigheter har skickat en betalningsavisering, bifogar deras mejl. De har dragit av "
            "kreditfakturan 27-0372 i samma betalning." + SIG_BRAN.format(n="Annika Forsberg"))
    m = _se("bran_a", "VB: Betalningsavisering 2027-05-10", "Thu, 13 May 2027 08:30:44", body, attachments=[inner])
    return m, expect_advice("the advice only in an attached message (message/rfc822); a credit note deducted as a row "
                            "with a trailing minus; voucher numbers and the bankgiro are no items", OTHER,
                            {"name": "Ljusne Fastigheter AB", "org_no": cust("C-3904")["org_no"]}, "2027-05-10",
                            "14050.00", "SEK",
                            [("27-0351", o1, "7800.00"), ("27-0366", o2, "7400.00"), ("27-0372", None, "-1150.00")])


@case("s10_sv_bran_credit_and_reinvoice")
def _s10() -> Any:
    body = ("Hej,\n\nfaktura 27-0388 till Bollnäs kommun (org.nr " + cust("C-3905")["org_no"] + ") blev fel: "
            "brandskyddsutbildningen (RT30) den 22 april hade 18 deltagare, inte 22.\n\n"
            "Kreditera faktura 27-0388 och fakturera om med 18 deltagare à 650 kr. Samma referens som tidigare, "
            "Lena Ohlsson, HR-avdelningen." + SIG_BRAN.format(n="Annika Forsberg"))
    m = _se("bran_a", "Kreditera och fakturera om 27-0388", "Thu, 13 May 2027 10:12:31", body)
    # The contract: a message that asks for a credit of an issued invoice must never produce requests; the
    # re-invoice is part of the correction (a credit path of the product's own), so no request is read here.
    return m, expect_unknown("credit-and-reinvoice: asks to credit an issued invoice and issue a corrected one; a "
                             "credit message never produces requests", OTHER)


@case("s11_sv_bran_forwarded_customer_dispute")
def _s11() -> Any:
    body = ("Hej!\n\nBollnäs kommun bestrider fakturan för onödigt larm, se nedan. Avvakta med påminnelse tills vi "
            "har utrett larmet – vi återkommer om det blir kreditering eller inte.\n\n/Annika\n\n"
            "Från: Sven Rask <sven.rask@bollnas-demo.se>\nSkickat: den 12 maj 2027 15:48\n"
            "Till: Annika Forsberg <annika.forsberg@rtmittbygden.se>\nÄmne: Bestridande av faktura 27-0395\n\n"
            "Hej,\n\nBollnäs kommun bestrider härmed faktura 27-0395 (onödigt larm RT20, 1 st à 7 400 kr, larm "
            "2027-04-14 i Vallhallen). Larmet utlöstes vid er egen serviceleverantörs provning av anläggningen och "
            "ska inte debiteras oss. Vi betalar därför inte fakturan.\n\nMed vänlig hälsning\nSven Rask\n"
            "Controller, Bollnäs kommun\n" + SIG_BRAN.format(n="Annika Forsberg"))
    m = _se("bran_a", "VB: Bestridande av faktura 27-0395", "Thu, 13 May 2027 13:02:18", body)
    return m, expect_unknown("a customer's dispute of an issued invoice, forwarded: nothing to invoice", OTHER)


@case("s12_sv_muse_xlsx_two_sheets_title_totals_prepayment_note")
def _s12() -> Any:
    cons = [["Galleri Tallbacken AB (kundnr C-3909) – konservering", None, None, None, None],
            [None, None, None, None, None],
            ["Art", "Beskrivning", "Antal", "Enhet", "Period"],
            ["LM10", "Rengöring och retusch, oljemålning Vinterfiske", 12.5, "tim", "2027-04-12 – 2027-04-23"],
            ["LM30", "Dokumentationsfotografering före/efter", 24, "bild", "2027-04-23"],
            [None, "Summa", 36.5, None, None]]
    store = [["Galleri Tallbacken AB (kundnr C-3909) – magasin", None, None, None, None, None],
             ["Art", "Beskrivning", "m²", "Enhet", "Från", "Till"],
             ["LM20", "Magasinsplats klimatrum 2", 18, "m2", "2027-04-01", "2027-04-30"],
             [None, "Summa", 18, None, None, None]]
    body = ("Hej,\n\nunderlag för Galleri Tallbacken i bifogad fil (två flikar). Förskottet på 5 000 kr som de "
            "betalade i mars är redan avräknat på marsfakturan, så inget avdrag den här gången."
            + SIG_MUSE.format(n="Elsa Lindgren, konservator"))
    m = _se("muse_e", "Tallbacken april", "Mon, 10 May 2027 15:20:00", body,
            attachments=[xlsx("tallbacken_2027-04.xlsx", [("Konservering", cons, ["A1:E1"]),
                                                          ("Magasin", store, ["A1:F1"])])])
    return m, expect_requests("XLSX with two data sheets, title rows and sum rows; a prepayment mentioned in the body "
                              "is not deducted (no negative line)", PLAIN, [
        request(cust("C-3909"), [line(MUSE, "LM10", "12.5", desc="Rengöring och retusch, oljemålning Vinterfiske",
                                      ps="2027-04-12", pe="2027-04-23"),
                                 line(MUSE, "LM30", "24", desc="Dokumentationsfotografering före/efter",
                                      ps="2027-04-23"),
                                 line(MUSE, "LM20", "18", desc="Magasinsplats klimatrum 2", ps=APRIL[0],
                                      pe=APRIL[1])], [], MUSE)])


@case("s13_sv_muse_outlook_forward_accepted_quote_fixed_price")
def _s13() -> Any:
    body = ("Hej,\n\nHembygdsförbundet har godkänt offerten, se nedan. Fakturera enligt den nu – arbetet blev klart "
            "i fredags den 7 maj.\n\nElsa\n\n"
            "Från: Gunnel Ek <kansli@halsinglandshembygd.se>\nSkickat: den 10 maj 2027 09:14\n"
            "Till: Elsa Lindgren <elsa.lindgren@lansmuseet-gavleborg-demo.se>\n"
            "Ämne: SV: Offert konservering bonadsmålning\n\nHej Elsa,\n\nvi godkänner offerten: konservering av "
            "bonadsmålningen från Ljusdal (LM90), fast pris 14 500 kr exkl. moms. Vårt ordernummer är HHF-2027-07 "
            "och fakturan märks Gunnel Ek. Vi betalar gärna mot faktura med 30 dagars betalningsvillkor.\n\n"
            "Hälsningar\nGunnel Ek\nHälsinglands Hembygdsförbund\nOrg.nr " + cust("C-3906")["org_no"] + "\n"
            + SIG_MUSE.format(n="Elsa Lindgren"))
    m = _se("muse_e", "VB: SV: Offert konservering bonadsmålning", "Mon, 10 May 2027 11:48:36", body)
    return m, expect_requests("Outlook forward of the customer's acceptance: fixed price gives quantity 1, the "
                              "unpriced article gets the written price; completion date in the top message", PLAIN, [
        request(cust("C-3906"), [line(MUSE, "LM90", "1", "14500", ps="2027-05-07", skip=ND)], [], MUSE,
                buyer="Gunnel Ek", order="HHF-2027-07")])


@case("s14_sv_muse_fixed_price_cirka_asked")
def _s14() -> Any:
    body = ("Hej,\n\nBollnäs kommun (kundnr C-3905) ska faktureras för konserveringen av kommunfullmäktiges fana "
            "(LM90), fast pris enligt offert, cirka 8 500 kr – exakt summa får jag från Elsa på måndag. Fanan "
            "levererades 12 maj." + SIG_MUSE.format(n="Konserveringsateljén"))
    m = _se("muse", "Fanan – Bollnäs kommun", "Thu, 13 May 2027 09:05:12", body)
    return m, expect_requests("'fast pris' gives quantity 1, but the price is 'cirka': price null and asked", ASK, [
        request(cust("C-3905"), [line(MUSE, "LM90", "1", None, ps="2027-05-12", skip=ND)],
                ["lines[0].unit_price"], MUSE)])


@case("s15_sv_muse_out_of_office_without_header")
def _s15() -> Any:
    token = "REQ-7QM4T"
    body = ("Hej!\n\nTack för ditt mejl. Jag har semester och är tillbaka måndag den 24 maj. Under tiden läser jag "
            "inte min e-post. För frågor om konserveringsuppdrag, kontakta ateljén på 026-65 56 00 eller "
            "konservering@lansmuseet-gavleborg-demo.se.\n\nElsa Lindgren\nKonservator\n")
    m = _se("muse_e", "Semester t.o.m. 23/5 (SV: [" + token + "] Uppgifter saknas för fakturering)",
            "Tue, 11 May 2027 14:21:03", body, headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_unknown("an out-of-office answer to a question mail, no Auto-Submitted header and no 'Automatiskt "
                             "svar': still no reply", OTHER, token_checked=False)


@case("s16_sv_muse_reply_org_number_outlook_quote")
def _s16() -> Any:
    token = "REQ-9DX4K"
    new_org = se_org("802476315")
    body = ("Hej!\n\nOrg.nr för Sandvikens Konstförening är " + new_org + ". Adressen fick ni i första mejlet. De "
            "betalar inom 30 dagar som vanligt.\n\n/Elsa\n" + SIG_MUSE.format(n="Elsa Lindgren")
            + "\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 11 maj 2027 14:20\n"
            "Till: Elsa Lindgren <elsa.lindgren@lansmuseet-gavleborg-demo.se>\nÄmne: [" + token + "] Uppgifter "
            "saknas för fakturering\n\nHej! För att kunna fakturera behöver vi följande [" + token + "]:\n"
            "1. Kundens organisationsnummer (customer.org_no)\n\nBegäran gällde: Sandvikens Konstförening, "
            "rad 1 LM30 Fotografering, per bild, 40 st.\n")
    m = _se("muse_e", "SV: [" + token + "] Uppgifter saknas för fakturering", "Wed, 12 May 2027 08:44:27", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("reply with the asked org number above an Outlook quote; the agency's own org number in "
                           "the signature is not the answer; nothing from the quote", OTHER, token,
                           {"customer": {"org_no": new_org}, "lines": []})
