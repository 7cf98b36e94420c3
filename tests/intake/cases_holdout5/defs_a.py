"""Fifth held-out set (written blind), part A: kinds (a Finnish annulment, a holiday note without headers),
quoting (Lotus Notes forward, Finnish Outlook over a customer's offer, Apple Mail English attribution, a bilingual
disclaimer between the text and an Outlook quote, a Gmail forward of a customer order) and tables (XLSX month
sheets, a cp1252 CSV whose price header says 'alv 0 %', numbers-only CSV, XLSX with a cover sheet and dates)."""
from __future__ import annotations

import datetime as dt

from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, text_att, xlsx
from tests.intake.cases_holdout2.kit import (
    CENTRE_FI,
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
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)

from .kit5 import DISCL_SV_EN, case, cust, line, org, request, sig_notes

KIND, QUOTE, TAB = "1-kind", "2-quoting", "3-tables"


@case("u01_fi_mitatointi_vaaralle_asiakkaalle")
def _u01():
    body = ("Hei,\n\nlasku 7701042 (LA110 laaja analyysi 3 kpl) lähti vahingossa Kuopion Vesi Oy:lle, vaikka näytteet "
            "olivat Kuopion Vesi Palvelut Oy:n. Pyydämme mitätöimään laskun 7701042. Teen uuden laskutuspyynnön "
            "oikealle asiakkaalle, kun saan heiltä tilausnumeron.\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Lasku 7701042 väärälle asiakkaalle", "Tue, 14 Apr 2026 10:02:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("An annulment ('pyydämme mitätöimään laskun') naming two customers, an article and a "
                             "count; the new request is only promised. No request.", KIND)


@case("u02_fi_lomaviesti_ilman_otsaketta")
def _u02():
    body = ("Hei!\n\nOlen lomalla 6.–17.4.2026 enkä lue sähköpostiani. Viestiäsi ei välitetä eteenpäin.\n"
            "Laskutukseen liittyvissä asioissa ota yhteyttä: laskutus@ytl.fi tai p. 029 525 1000.\n\n"
            "Juha Mäkelä\nYmpäristötutkimuslaitos\n")
    m = mail(JUHA, "Re: Laskutus huhtikuu", "Mon, 06 Apr 2026 08:01:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("A Finnish holiday note without Auto-Submitted and with an ordinary 'Re:' subject; "
                             "dates and a phone number are no request.", KIND)


@case("u03_sv_lotus_notes_vidarebefordrat")
def _u03():
    body = ("Hej,\n\nOlle skickade nedanstående till fel adress, jag vidarebefordrar.\n\n/Maria\n\n"
            "----- Vidarebefordrat av Maria Fransson/SGN den 2026-03-04 10:12 -----\n\n"
            "Olle Berglund/SGN\n2026-03-03 16:40\n\nTill\nFakturering/SGN@SGN\nKopia\n\nÄrende\n"
            "Fakturering Ålidens kommun\n\n\n\n"
            "Hej,\n\nvar snäll och fakturera Ålidens kommun:\nGeoteknisk provtagning (1010), 4 borrpunkter\n"
            "Portrycksmätning (1020), 2 st\nUtförda 24–26 februari 2026.\n\nOlle\n\n"
            + sig_notes("Olle Berglund", "Geotekniker"))
    m = mail(MARIA, "VB: Fakturering Ålidens kommun", "Wed, 04 Mar 2026 10:12:00 +0100", body)
    per = {"ps": "2026-02-24", "pe": "2026-02-26", "skip": ND}
    return m, expect_requests("A Lotus Notes forward ('----- Vidarebefordrat av X/SGN den …', sender and date on "
                              "their own lines, 'Till'/'Ärende' above their values): the forwarded colleague's "
                              "mail is the request; the period is stated once below the lines.", QUOTE,
                              [request(cust("K-4004"), [line(GS, "1010", "4", **per), line(GS, "1020", "2", **per)],
                                       [], GS)])


@case("u04_fi_outlook_lahettaja_kunnalta_tarjous")
def _u04():
    body = ("Hei,\n\nlaskuttakaa Ruovesjärven kunnalta toteutuneet: 6 asiantuntijatuntia (AT10) ja 1 maastopäivä "
            "(AT20). Tilausnumero 4500019876.\n\n" + sig_ytl("Juha Mäkelä")
            + "\nLähettäjä: Päivi Ranta <paivi.ranta@ruovesjarvi.fi>\n"
            "Lähetetty: maanantai 9. maaliskuuta 2026 13.20\nVastaanottaja: Juha Mäkelä <juha.makela@ytl.fi>\n"
            "Aihe: RE: Tarjous asiantuntijapalveluista\n\nHei Juha,\n\nhyväksymme tarjouksen: enintään 10 "
            "asiantuntijatuntia ja 2 maastopäivää.\n\nPäivi Ranta\nRuovesjärven kunta, Kunnantie 1, 34600 Ruovesi\n"
            "puh. 044 123 4567\n")
    m = mail(JUHA, "VS: Tarjous asiantuntijapalveluista", "Mon, 23 Mar 2026 09:40:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("The customer in the ablative with consonant gradation ('kunnalta' of 'kunta'); the "
                              "customer's quoted acceptance (up to 10 h, 2 days, a postal code, a phone) is "
                              "history under a Finnish Outlook header.", QUOTE,
                              [request(cust("K-5005"), [line(YF, "AT10", "6", skip=ND), line(YF, "AT20", "1", skip=ND)],
                                       [], YF, order="4500019876")])


@case("u05_en_apple_mail_on_at_wrote")
def _u05():
    body = ("Hi,\n\nplease invoice Oy Nordic Soil Lab Ab for the training day on 10 March: 7 participants attended "
            "(KO10). Their PO is NSL-0331.\n\nThanks,\nSarah\n\n" + sig_ytl_en("Sarah Mitchell")
            + "\nOn 2 Mar 2026, at 14:03, Mikko Salo <mikko.salo@nordicsoillab.fi> wrote:\n\n"
            "> Hi Sarah,\n>\n> we would like to register 9 participants for the training day on 10 March.\n"
            "> PO will follow.\n>\n> Mikko Salo\n> Oy Nordic Soil Lab Ab | +358 40 771 2290\n")
    m = mail(SARAH, "Re: Training day 10 March", "Thu, 12 Mar 2026 15:10:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Apple Mail's English attribution 'On 2 Mar 2026, at 14:03, X wrote:' (with a comma "
                              "and 'at'); the registration of 9 is quoted, 7 attended.", QUOTE,
                              [request(cust("K-5007"), [line(YF, "KO10", "7", ps="2026-03-10", skip=ND)], [], YF,
                                       order="NSL-0331")])


@case("u06_sv_bilingual_disclaimer_then_outlook_quote")
def _u06():
    body = ("Hej!\n\nFakturera Nordkap Analys AB 2 utredningstimmar (2010) för granskningsmötet den 3 mars.\n\n"
            "Hälsningar\nSanna Wallin\nSGN\n" + DISCL_SV_EN
            + "\nFrån: Ingrid Ek <ingrid.ek@nordkapanalys.se>\nSkickat: den 25 februari 2026 11:02\n"
            "Till: Sanna Wallin <sanna.wallin@sgn.se>\nÄmne: Granskning\n\nHej Sanna,\n\nkan vi boka 4 timmar till "
            "för granskningen?\n\nIngrid Ek\nNordkap Analys AB, 090-14 22 00\n")
    m = mail(SANNA, "SV: Granskning", "Thu, 05 Mar 2026 13:30:00 +0100", body)
    return m, expect_requests("A bilingual disclaimer with the agency's org number, postal code and phone sits "
                              "between the request and an Outlook quote asking for 4 more hours.", QUOTE,
                              [request(cust("K-4008"), [line(GS, "2010", "2", ps="2026-03-03", skip=ND)], [], GS)])


@case("u07_sv_gmail_forward_customer_order_var_referens")
def _u07():
    body = ("Hej,\n\nfakturera enligt beställningen nedan, fältdagarna är utförda.\n\nMaria\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Per Lund <per.lund@vretstorp-entreprenad.se>\n"
            "Date: mån 23 mars 2026 kl 08:14\nSubject: Beställning fältdagar v. 14\n"
            "To: Maria Fransson <maria.fransson@sgn.se>\n\n\nHej Maria,\n\nVretstorp Entreprenad AB beställer 2 "
            "fältdagar (1500) vecka 14 vid Kvarnbacken.\n\nVår referens: Per Lund\nVårt ordernr: VE-7781\n\n"
            "Med vänlig hälsning\nPer Lund\nVretstorp Entreprenad AB\nIndustrivägen 4, 694 35 Hallsberg\n"
            "0582-155 00\n")
    m = mail(MARIA, "Fwd: Beställning fältdagar v. 14", "Tue, 07 Apr 2026 08:30:00 +0200", body)
    return m, expect_requests("A Gmail forward (Swedish separator, English header names) of the customer's own "
                              "order: the customer's 'Vår referens'/'Vårt ordernr' are the invoice's buyer and order "
                              "references; week 14 of 2026 is 30 March – 5 April.", QUOTE,
                              [request(cust("K-4003"), [line(GS, "1500", "2", ps="2026-03-30", pe="2026-04-05",
                                                             skip=ND)], [], GS, buyer="Per Lund", order="VE-7781")])


@case("u08_sv_xlsx_month_sheets_merged_title_summa")
def _u08():
    head = ["Kundnr", "Kund", "Artikel", "Antal", "Period"]
    mars = [["Faktureringsunderlag SGN – mars 2026", None, None, None, None], head,
            ["K-4001", "Hallstahammars Bostäder AB", "1020", 3, "2026-03"],
            ["K-4007", "Sjöbo Vattenråd", "2010", 5.5, "2026-03"], ["Summa", None, None, 8.5, None]]
    april = [["Faktureringsunderlag SGN – april 2026", None, None, None, None], head,
             ["K-4001", "Hallstahammars Bostäder AB", "1020", 2, "2026-04"], ["Summa", None, None, 2, None]]
    m = mail(GEO_EKONOMI, "Underlag mars–april", "Mon, 04 May 2026 09:00:00 +0200",
             "Hej,\nunderlag för mars och april, en flik per månad.\n/Ekonomi\n",
             attachments=[xlsx("underlag_mars_april.xlsx", [("Mars", mars, ["A1:E1"]), ("April", april, ["A1:E1"])])])
    mar = {"ps": "2026-03-01", "pe": "2026-03-31"}
    return m, expect_requests("Two month sheets, each with a merged title row above the header and a 'Summa' row; "
                              "the same customer on both sheets is one request.", TAB,
                              [request(cust("K-4001"), [line(GS, "1020", "3", **mar),
                                                        line(GS, "1020", "2", ps="2026-04-01", pe="2026-04-30")],
                                       [], GS),
                               request(cust("K-4007"), [line(GS, "2010", "5.5", **mar)], [], GS)])


@case("u09_fi_csv_cp1252_hinta_alv0_maara_puuttuu")
def _u09():
    csv = ("Y-tunnus;Asiakas;Tuote;Kuvaus;Määrä;à-hinta (alv 0 %);Yhteensä\r\n"
           f"{org('K-5002')};Kuopion Vesi Palvelut Oy;KU90;Näytteiden kuljetus;3;45,50;136,50\r\n"
           f"{org('K-5002')};Kuopion Vesi Palvelut Oy;AT10;Asiantuntijatyö;2,5;135,00;337,50\r\n"
           f"{org('K-5002')};Kuopion Vesi Palvelut Oy;KU90;Näytepullot;;2,40;\r\n")
    m = mail(KIRSI, "Huhtikuun kulut", "Thu, 30 Apr 2026 14:00:00 +0300",
             "Hei,\n\nliitteenä huhtikuun kulut. Näytepullojen määrä puuttuu vielä, tarkistan sen varastosta.\n\n"
             "Kirsi\n", to=CENTRE_FI, attachments=[text_att("kulut_huhtikuu.csv", csv, encoding="cp1252")])
    return m, expect_requests("A cp1252 semicolon CSV with decimal commas; the price header 'à-hinta (alv 0 %)' "
                              "means the price without VAT, not a 0 % rate; the last row's count is empty: asked.",
                              TAB, [request(cust("K-5002"),
                                            [line(YF, "KU90", "3", "45.50", "Näytteiden kuljetus"),
                                             line(YF, "AT10", "2.5", "135.00", "Asiantuntijatyö"),
                                             line(YF, "KU90", None, "2.40", "Näytepullot")],
                                            ["lines[2].quantity"], YF)])


@case("u10_sv_csv_numbers_only_orgnr_and_personnummer_plus")
def _u10():
    csv = ("Org-/personnr;Artikel;Antal;Datum\r\n"
           f"{org('K-4003')};1010;2;2026-05-12\r\n"
           "261203+4575;4010;1;2026-05-14\r\n")
    m = mail(OLLE, "Underlag maj", "Mon, 18 May 2026 09:00:00 +0200",
             "Hej!\n\nBifogar maj-underlaget (bara nummer, namnen finns i ert register).\n\n"
             + sig_notes("Olle Berglund", "Geotekniker"), attachments=[text_att("maj.csv", csv)])
    return m, expect_requests("Customers only by number: an org number and a 10-digit personnummer with '+' "
                              "(born 1926); no names anywhere.", TAB,
                              [request(cust("K-4003"), [line(GS, "1010", "2", ps="2026-05-12")], [], GS),
                               request(cust("K-4006"), [line(GS, "4010", "1", ps="2026-05-14")], [], GS)])


@case("u11_en_xlsx_cover_sheet_merged_groups_date_cells")
def _u11():
    cover = [["Billing data – Environmental Research Institute"], ["Contact: Sarah Mitchell, tel. +358 29 525 1000"],
             ["Business ID 0912346-1"], ["Fill in the 'Lines' sheet only."]]
    rows = [["Customer", None, "Service", None, "Period", None], ["Business ID", "Name", "Item", "Qty", "From", "To"],
            [org("K-5007"), "Oy Nordic Soil Lab Ab", "LA110", 4, dt.date(2026, 9, 1), dt.date(2026, 9, 30)],
            [org("K-5006"), "Metsänhoitoyhdistys Kaakko ry", "AT20", 2, dt.date(2026, 9, 14), dt.date(2026, 9, 15)],
            ["Total", None, None, 6, None, None]]
    m = mail(SARAH, "September billing", "Fri, 02 Oct 2026 11:00:00 +0300", "Hi,\n\nSeptember attached.\n\nSarah\n",
             to=CENTRE_FI, attachments=[xlsx("september.xlsx", [("Cover", cover, []),
                                                                ("Lines", rows, ["A1:B1", "C1:D1", "E1:F1"])])])
    return m, expect_requests("A cover sheet with the agency's own Business ID and phone, a lines sheet with three "
                              "merged group headers over the real header, date-typed cells and a 'Total' row.", TAB,
                              [request(cust("K-5007"), [line(YF, "LA110", "4", ps="2026-09-01", pe="2026-09-30")],
                                       [], YF),
                               request(cust("K-5006"), [line(YF, "AT20", "2", ps="2026-09-14", pe="2026-09-15")],
                                       [], YF)])


_ = (sig_geo,)
