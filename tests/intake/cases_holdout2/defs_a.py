"""Held-out: kinds (credits, out-of-office, HTML-only), quoted history and forwards, payment advices."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref, rf, se_ocr

from .kit import (
    ANDERS,
    CENTRE_FI,
    DISCL_FI,
    DISCL_SV,
    GEO_EKONOMI,
    GS,
    JUHA,
    KIRSI,
    MARIA,
    ND,
    OLLE,
    SANNA,
    SARAH,
    YF,
    YTL_LASKUTUS,
    case,
    cust,
    expect_advice,
    expect_requests,
    expect_unknown,
    line,
    mail,
    pdf,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    sig_ytl_sv,
)


@case("h01_sv_kreditfaktura_prose")
def _h01():
    body = ("Hej!\n\nKunden Vretstorp Entreprenad AB har hört av sig om fakturanr 3100245. Portrycksmätningarna "
            "(1020, 4 st à 980 kr) utfördes aldrig eftersom borrhålen inte gick att nå. Vi behöver därför en "
            "kreditfaktura på hela beloppet, 3 920 kr exkl. moms.\n\n" + sig_geo("Maria Fransson") + DISCL_SV)
    m = mail(MARIA, "Fel på faktura 3100245", "Tue, 12 Jan 2027 09:41:00 +0100", body)
    return m, expect_unknown("A credit asked for as 'en kreditfaktura på fakturanr …' with line details.", "1-kind")


@case("h02_fi_hyvityslasku_pyydetaan")
def _h02():
    body = ("Hei,\n\npyydämme hyvityslaskua laskusta 7700123 (Ruovesjärven kunta). Laskulla veloitettiin 3 "
            "maastopäivää (AT20), mutta toteutuneita päiviä oli vain kaksi, joten yksi päivä 890,00 € tulee "
            "hyvittää.\n\n" + sig_ytl("Juha Mäkelä") + DISCL_FI)
    m = mail(JUHA, "Hyvitys laskuun 7700123", "Wed, 13 Jan 2027 10:05:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("'pyydämme hyvityslaskua laskusta …' is a credit request.", "1-kind")


@case("h03_fi_lomavastaus_no_header")
def _h03():
    body = ("Kiitos viestistäsi.\n\nOlen vuosilomalla 4.–15.1.2027 enkä lue sähköpostiani. Kiireellisissä "
            "laskutusasioissa ota yhteyttä osoitteeseen laskutus@ytl.fi tai puh. 029 525 1000.\n\n"
            "Juha Mäkelä\n")
    m = mail(JUHA, "Re: Laskutusaineisto joulukuu", "Mon, 04 Jan 2027 08:00:02 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("Finnish out-of-office text without Auto-Submitted, with a subject 'Re:'.", "1-kind")


@case("h04_sv_tjansteresa_autosvar")
def _h04():
    body = ("Tack för ditt mejl!\n\nJag är på tjänsteresa t.o.m. fredag 22/1 och har begränsad tillgång till "
            "e-post. Ärenden om fakturering hänvisas till ekonomi@sgn.se.\n\nVänliga hälsningar\nOlle Berglund\n")
    m = mail(OLLE, "Re: Komplettering", "Mon, 18 Jan 2027 07:30:00 +0100", body)
    return m, expect_unknown("Swedish out-of-office ('på tjänsteresa … begränsad tillgång till e-post').", "1-kind")


@case("h05_sv_html_only_keyvalue")
def _h05():
    html = ("<div style='font-family:Calibri'><p>Hej,</p><p>Underlag för fakturering, se nedan.</p>"
            "<table border='1' cellpadding='4'><tr><td><b>Kund</b></td><td>Ålidens kommun</td></tr>"
            "<tr><td><b>Kundens referens</b></td><td>Per Nyström</td></tr>"
            "<tr><td><b>Inköpsordernummer</b></td><td>IO-77120</td></tr></table><br>"
            "<table border='1' cellpadding='4'><tr><th>Artikelnr</th><th>Benämning</th><th>Antal</th></tr>"
            "<tr><td>1500</td><td>Fältdag</td><td>2</td></tr>"
            "<tr><td>3020</td><td>Rapport, tryckt</td><td>5</td></tr></table>"
            "<p>Mvh<br>Sanna Wallin<br>Sveriges geotekniska nämnd<br>013-25 10 00</p></div>")
    m = mail(SANNA, "Fakturering Åliden", "Tue, 19 Jan 2027 13:00:00 +0100", None, html)
    return m, expect_requests("HTML-only mail: key/value table (Kundens referens, Inköpsordernummer) and an item "
                              "table.", "1-kind",
                              [request(cust("K-4004"), [line(GS, "1500", "2"), line(GS, "3020", "5")], [], GS,
                                       buyer="Per Nyström", order="IO-77120")])


@case("h06_sv_outlook_reply_newest_top")
def _h06():
    body = ("Hej,\n\nnu är fältarbetet klart hos Hallstahammars Bostäder AB. Fakturera enligt följande:\n\n"
            "Geoteknisk provtagning (1010): 6 borrpunkter\nFältdag (1500): 1 dag\n\n"
            "Deras referens är Kent Sjöberg.\n\n" + sig_geo("Maria Fransson") + "\n"
            "Från: Kent Sjöberg <kent.sjoberg@hbostader.se>\nSkickat: den 7 januari 2027 15:12\n"
            "Till: Maria Fransson <maria.fransson@sgn.se>\nÄmne: Provtagning Storgatan\n\n"
            "Hej Maria,\n\nvi beställer provtagning i 10 borrpunkter och 2 fältdagar enligt offerten. "
            "Vår ordernr är 88-4410.\n\nMvh Kent\n")
    m = mail(MARIA, "SV: Provtagning Storgatan", "Thu, 21 Jan 2027 11:20:00 +0100", body)
    return m, expect_requests("Newest part states the quantities; the customer's quoted order (other numbers, its "
                              "order number) is history.", "2-quoting",
                              [request(cust("K-4001"), [line(GS, "1010", "6", skip=ND), line(GS, "1500", "1",
                                                                                             skip=ND)],
                                       [], GS, buyer="Kent Sjöberg")])


@case("h07_fi_gmail_kirjoitti_quote")
def _h07():
    body = ("Hei,\n\nlaskuttakaa Kuopion Vesi Oy:tä seuraavasti:\n- LA110 laaja analyysi 8 kpl\n"
            "- AT10 asiantuntijatunnit 3 h\n\nViitteenne-kenttään: Timo Hartikainen\n\nt. Kirsi\n\n"
            "ti 12.1.2027 klo 9.14 Timo Hartikainen <timo.hartikainen@kuopionvesi.fi> kirjoitti:\n"
            "> Hei Kirsi,\n> tilaamme 12 kpl laajaa analyysia (LA110) ja 6 kpl perusanalyyseja.\n"
            "> Tilausnumero 45001278.\n> Timo\n")
    m = mail(KIRSI, "Re: Näytteet tammikuu", "Fri, 22 Jan 2027 14:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Gmail-style Finnish quote header ('… kirjoitti:') and '> ' lines: only the newest "
                              "part counts, so no order number.", "2-quoting",
                              [request(cust("K-5001"), [line(YF, "LA110", "8", skip=ND),
                                                        line(YF, "AT10", "3", skip=ND)], [], YF,
                                       buyer="Timo Hartikainen")])


@case("h08_en_forward_request_below")
def _h08():
    body = ("Hi,\n\nplease invoice the training below. Thanks!\n\nSarah\n\n"
            "---------- Forwarded message ---------\nFrom: Emilia Nyberg <emilia.nyberg@narpesgronsaker.fi>\n"
            "Date: Wed, 20 Jan 2027 at 10:02\nSubject: Registration\nTo: Sarah Mitchell <sarah.mitchell@ytl.fi>\n\n"
            "Dear Sarah,\n\nwe would like to register four participants for the training day (KO10) on "
            "3 February 2027.\nCompany: Närpes Grönsaker Ab, business ID 0700154-0\nYour reference: Emilia Nyberg\n"
            "PO: 2027-0031\n\nBest regards,\nEmilia\n")
    m = mail(SARAH, "Fwd: Registration", "Thu, 21 Jan 2027 08:30:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("English forward: the customer's registration below a one-line cover note.",
                              "2-quoting",
                              [request(cust("K-5004"), [line(YF, "KO10", "4", ps="2027-02-03", skip=ND)], [], YF,
                                       buyer="Emilia Nyberg", order="2027-0031")])


@case("h09_sv_forward_in_forward")
def _h09():
    body = ("Hej,\n\nskickar vidare, detta ska faktureras.\n\n/Olle\n\n"
            "-----Ursprungligt meddelande-----\nFrån: SGN Diariet <diariet@sgn.se>\nSkickat: den 25 januari 2027 "
            "08:10\nTill: Olle Berglund\nÄmne: VB: Beställning kurs\n\nFör kännedom och åtgärd.\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Lena Ek <lena.ek@aliden.se>\nSkickat: den 22 januari 2027 "
            "16:40\nTill: diariet@sgn.se\nÄmne: Beställning kurs\n\nHej!\n\nÅlidens kommun anmäler tre deltagare "
            "till kursen i stabilitetsberäkningar (art. 3010).\nFakturamärkning: Lena Ek\n\nMed vänlig hälsning\n"
            "Lena Ek\nSamhällsbyggnadsförvaltningen\nTfn 0933-141 00\n")
    m = mail(OLLE, "VB: VB: Beställning kurs", "Mon, 25 Jan 2027 09:00:00 +0100", body)
    return m, expect_requests("Forward inside a forward (Outlook 'Ursprungligt meddelande'): the innermost order is "
                              "the request.", "2-quoting",
                              [request(cust("K-4004"), [line(GS, "3010", "3", skip=ND)], [], GS, buyer="Lena Ek")])


@case("h10_sv_new_request_above_centre_confirmation")
def _h10():
    body = ("Hej igen,\n\nett nytt underlag, denna gång för Sjöbo Vattenråd:\n\nUtredningstimme 2010 – 12 tim\n"
            "Utlägg 9000 – 1 st, 2 340 kr (provkärl)\n\n" + sig_geo("Maria Fransson") + "\n"
            "Från: Kundfaktura <kundfaktura@ekonomicentret.se>\nSkickat: den 26 januari 2027 10:01\nTill: Maria "
            "Fransson\nÄmne: Mottaget: Underlag Vretstorp\n\nVi har tagit emot ert underlag och skapat fakturan:\n"
            "Kund: Vretstorp Entreprenad AB\nRad 1: 1010 Geoteknisk provtagning – 4 st à 2 350,00 kr\n")
    m = mail(MARIA, "SV: Mottaget: Underlag Vretstorp", "Wed, 27 Jan 2027 09:12:00 +0100", body)
    return m, expect_requests("A new request above the centre's quoted confirmation: nothing from the quote.",
                              "2-quoting",
                              [request(cust("K-4007"), [line(GS, "2010", "12", skip=ND),
                                                        line(GS, "9000", "1", "2340.00", skip=ND)], [], GS)])


@case("h11_svfi_advice_html_table_rf")
def _h11():
    r1, r2, r3 = rf("77004512"), rf("77004538"), rf("77004561")

    def spaced(s: str) -> str:
        return s[:2] + " " + s[2:4] + "  " + " ".join(s[i:i + 3] for i in range(4, len(s), 3))
    html = ("<p>Maksuilmoitus / Betalningsavisering</p><table border='1'>"
            "<tr><td>Maksaja / Betalare</td><td>Pirkanmaan Maanrakennus Oy</td></tr>"
            "<tr><td>Y-tunnus / FO-nummer</td><td>1877402-0</td></tr>"
            "<tr><td>Maksupäivä / Betalningsdag</td><td>29.01.2027</td></tr>"
            "<tr><td>Maksuerä / Betalningsbunt</td><td>BATCH 2027012900417</td></tr></table><br>"
            "<table border='1'><tr><th>Lasku / Faktura</th><th>Viite / Referens</th><th>Summa EUR</th></tr>"
            f"<tr><td>7700201</td><td>{spaced(r1)}</td><td>1 780,00</td></tr>"
            f"<tr><td>7700219</td><td>{spaced(r2)}</td><td>405,00</td></tr>"
            f"<tr><td>7700305</td><td>{spaced(r3)}</td><td>-135,00</td></tr>"
            "<tr><td colspan='2'>Yhteensä / Totalt</td><td>2 050,00</td></tr></table>")
    m = mail(YTL_LASKUTUS, "VL: Maksuilmoitus", "Fri, 29 Jan 2027 15:00:00 +0200",
             "Tämä viesti on HTML-muodossa.\n", html, to=CENTRE_FI)
    return m, expect_advice("Bilingual HTML payment advice with spaced RF references, a credit note as a negative "
                            "item and a batch id that is no reference.", "8-advice",
                            {"name": "Pirkanmaan Maanrakennus Oy", "org_no": "1877402-0"}, "2027-01-29", "2050.00",
                            "EUR", [("7700201", r1, "1780.00"), ("7700219", r2, "405.00"),
                                    ("7700305", r3, "-135.00")])


@case("h12_sv_advice_partial_paid_column_pdf")
def _h12():
    o1, o2 = se_ocr("31002871"), se_ocr("31002905")
    html = ("<h1>Betalningsavisering</h1><p>Från: Vretstorp Entreprenad AB (556381-9043)<br>Betaldatum 2027-02-01"
            "<br>Betalningsuppdrag nr 88231</p><table><thead><tr><th>Fakturanummer</th><th>OCR</th>"
            "<th>Fakturabelopp</th><th>Betalt belopp</th></tr></thead><tbody>"
            f"<tr><td>3100287</td><td>{o1}</td><td class='num'>11 750,00</td><td class='num'>6 000,00</td></tr>"
            f"<tr><td>3100290</td><td>{o2}</td><td class='num'>4 900,00</td><td class='num'>4 900,00</td></tr>"
            "<tr><td colspan='3'>Summa betalt</td><td class='num'>10 900,00</td></tr></tbody></table>")
    m = mail(GEO_EKONOMI, "VB: Betalningsavisering Vretstorp", "Mon, 01 Feb 2027 12:00:00 +0100",
             "Hej, vidarebefordrar avin från Vretstorp. Delbetalning på den första fakturan.\n\n/Ekonomi\n",
             attachments=[pdf("avisering.pdf", html)])
    return m, expect_advice("PDF advice with invoice amount and paid amount: the paid column counts; the payment "
                            "order number is no reference.", "8-advice",
                            {"name": "Vretstorp Entreprenad AB", "org_no": "556381-9043"}, "2027-02-01", "10900.00",
                            "SEK", [("3100287", o1, "6000.00"), ("3100290", o2, "4900.00")])


@case("h13_fi_advice_text_viitenumero")
def _h13():
    v1, v2 = fi_ref("770040"), fi_ref("770058")
    body = ("Hei,\n\nalla asiakkaan maksuilmoitus tiedoksi.\n\nKirsi\n\n"
            "MAKSUILMOITUS\nMaksaja: Metsänhoitoyhdistys Kaakko ry\nMaksettu: 2.2.2027\n\n"
            f"Lasku 7700404   viite {v1[:3]} {v1[3:]}   540,00 EUR\n"
            f"Lasku 7700412   viite {v2[:3]} {v2[3:]}   1 250,50 EUR\n"
            "Yhteensä 1 790,50 EUR\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "VL: maksuilmoitus", "Tue, 02 Feb 2027 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("A Finnish maksuilmoitus as text lines with spaced national references.", "8-advice",
                            {"name": "Metsänhoitoyhdistys Kaakko ry", "org_no": None}, "2027-02-02", "1790.50",
                            "EUR", [("7700404", v1, "540.00"), ("7700412", v2, "1250.50")])


@case("h14_fisv_request_with_disclaimer_numbers")
def _h14():
    body = ("Hej,\n\nvänligen fakturera Närpes Grönsaker Ab för vattenprover tagna i januari 2027:\n\n"
            "LA100  Vattenprov, grundanalys   14 st\nLA200  Sedimentprov              3 st\n\n"
            "Kundens referens: Mikael Björk\n\n" + sig_ytl_sv("Anders Holmqvist")
            + "\nVår diarienr YTL/112/02.08/2026. IBAN FI84 1572 3500 0987 65.\n")
    m = mail(ANDERS, "Fakturering vattenprover januari", "Wed, 03 Feb 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish request; a period in the intro for all lines; signature numbers, "
                              "diarienummer and IBAN are not values.", "6-periods",
                              [request(cust("K-5004"),
                                       [line(YF, "LA100", "14", ps="2027-01-01", pe="2027-01-31", skip=ND),
                                        line(YF, "LA200", "3", ps="2027-01-01", pe="2027-01-31", skip=ND)],
                                       [], YF, buyer="Mikael Björk")])


@case("h15_en_remittance_two_currency_words")
def _h15():
    html = ("<table><tr><td><table><tr><td><b>Payment Advice</b></td></tr><tr><td>From: Oy Nordic Soil Lab Ab"
            "</td></tr><tr><td>Value date: 03 Feb 2027</td></tr></table></td></tr><tr><td>"
            "<table border='1'><tr><th>Document</th><th>Your ref.</th><th>Gross</th><th>Discount</th><th>Paid</th>"
            "</tr><tr><td>INV 7700512</td><td>" + rf("7700512") + "</td><td>EUR 2,010.00</td><td>0.00</td>"
            "<td>EUR 2,010.00</td></tr><tr><td>INV 7700520</td><td>" + rf("7700520") + "</td><td>EUR 392.00</td>"
            "<td>0.00</td><td>EUR 392.00</td></tr></table></td></tr><tr><td>Total paid: EUR 2,402.00</td></tr>"
            "</table>")
    m = mail(SARAH, "FW: Payment Advice", "Thu, 04 Feb 2027 11:00:00 +0200",
             "FYI - payment advice from Nordic Soil Lab.\n\nSarah\n", html, to=CENTRE_FI)
    return m, expect_advice("English remittance in nested HTML, 'INV' before the invoice number.", "8-advice",
                            {"name": "Oy Nordic Soil Lab Ab", "org_no": None}, "2027-02-03", "2402.00", "EUR",
                            [("7700512", rf("7700512"), "2010.00"), ("7700520", rf("7700520"), "392.00")])


_ = (ANDERS, JUHA, ND, sig_ytl_en)
