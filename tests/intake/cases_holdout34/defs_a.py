"""Thirty-fourth held-out set (written blind), part A: plain requests from the Swedish agencies (interpreting,
medicines inspection, range bookings, grant repayments) and the international school — prose, CSV, TSV, XLSX, PDF, an
HTML table, a forward and a reply chain — and two other kinds (a credit request, an auto-reply carrying a token)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, pdf, text_att, xlsx

from .kit34 import (
    BOST,
    FORS,
    ISS,
    LMT,
    MAY,
    ND,
    OTHER,
    PLAIN,
    PNR_KARIN,
    PNR_OMAR,
    SE_DATE,
    TOLK,
    W,
    case,
    cust,
    line,
    on,
    org,
    request,
)

SIG_TOLK = ("\n\nMvh\n{n}\nTolkförmedlingen | Sundsbergs kommun\nTel 0650-55 12 00 | Org.nr " + org(TOLK) + "\n")
SIG_LMT = ("\n\nVänliga hälsningar\n{n}\nInspektör, inspektionsenheten\nLäkemedelstillsynen\nBox 26, 751 03 Uppsala"
           "\nOrg.nr " + org(LMT) + "\n")
SIG_FORS = ("\n\n{n}\nSkjutfältsbokning region Mitt\nFörsvarsmakten\nTfn 010-823 40 00\n"
            "Detta e-postmeddelande kan innehålla information som omfattas av sekretess.\n")
SIG_BOST = ("\n\nBidragsenheten\nBostadsstyrelsen\nBankgiro 5094-5518 | Org.nr " + org(BOST) + "\n")
SIG_ISS = ("\n\nBest wishes,\n{n}\nAccounts Office | Nordhavn International School\nSkolbacken 2, 417 05 Göteborg"
           " | +46 31 700 25 00\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("w01_sv_tolk_prose_onsite_hours_clinic")
def _w01() -> Any:
    body = ("Hej!\n\nTolkning på plats (T110) hos Vårdcentralen Ekparken AB, org.nr " + on("K-3401") + ", tisdag "
            "18 maj kl. 08.30–12.00, alltså 3,5 tim. Språk tigrinja, tolk nr 4471.\n\nEr referens: Dr Lena Sjöberg"
            + SIG_TOLK.format(n="Amra Hodzic"))
    m = _se("tolk_a", "Fakturering tolkuppdrag 2027-05-18", "Tue, 01 Jun 2027 09:12:40", body)
    return m, expect_requests("prose: hours stated after clock times, a date without year, buyer reference", PLAIN, [
        request(cust("K-3401"), [line(TOLK, "T110", "3.5", ps="2027-05-18", skip=ND)], [], TOLK,
                buyer="Dr Lena Sjöberg")])


@case("w02_sv_tolk_csv_may_assignments_two_customers")
def _w02() -> Any:
    csv = ("Uppdragsnr;Datum;Beställare;Kundnr;Tjänst;Tid (h);Språk\n"
           "27-0512;2027-05-04;Vårdcentralen Ekparken AB;K-3401;T110;2,0;arabiska\n"
           "27-0519;2027-05-06;Migrationsjuristerna i Norr HB;K-3402;T120;1,5;dari\n"
           "27-0544;2027-05-13;Vårdcentralen Ekparken AB;K-3401;T120;0,75;somaliska\n"
           "27-0561;2027-05-20;Migrationsjuristerna i Norr HB;K-3402;T110;4,0;dari\n"
           ";;;;Totalt;8,25;\n")
    m = _se("tolk", "Underlag maj", "Wed, 02 Jun 2027 07:55:00",
            "Hej\n\nHär kommer majunderlaget från tolkförmedlingen, pris enligt taxa.\n\nTolkförmedlingen\n",
            attachments=[text_att("tolkuppdrag_maj_2027.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV (cp1252, ;), two customers by number grouped, quarter hours, totals row", PLAIN, [
        request(cust("K-3401"), [line(TOLK, "T110", "2.0", ps="2027-05-04", skip=ND),
                                 line(TOLK, "T120", "0.75", ps="2027-05-13", skip=ND)], [], TOLK),
        request(cust("K-3402"), [line(TOLK, "T120", "1.5", ps="2027-05-06", skip=ND),
                                 line(TOLK, "T110", "4.0", ps="2027-05-20", skip=ND)], [], TOLK)])


@case("w03_sv_tolk_translation_pages_name_only")
def _w03() -> Any:
    body = ("Hej,\n\nkan ni fakturera Sundsbergs Bostäder för översättningen av hyresgästinformationen till arabiska "
            "och somaliska? 12 sidor (T130), levererat 26/5.\nDeras referens är Peter Nyqvist.\n\nTack!"
            + SIG_TOLK.format(n="Amra"))
    m = _se("tolk_a", "Översättning Sundsbergs Bostäder", "Thu, 03 Jun 2027 13:20:05", body)
    return m, expect_requests("customer by name without legal form (one register row), pages, d/m date", PLAIN, [
        request(cust("K-3403"), [line(TOLK, "T130", "12", ps="2027-05-26", skip=ND)], [], TOLK,
                buyer="Peter Nyqvist")])


@case("w04_sv_lmt_prose_two_day_inspection")
def _w04() -> Any:
    body = ("Hej,\n\nvi har genomfört inspektion hos Apoteksgruppen Norrsken AB (" + on("K-3404") + ") i Luleå "
            "den 11–12 maj 2027. Nedlagd tid för inspektionen: 14 timmar, debiteras enligt INS1.\n\n"
            "Vårt dnr: 4.3.1-2027-041223\nEr referens: Johan Berg"
            + SIG_LMT.format(n="Emelie Dahlgren"))
    m = _se("lmt", "Debitering inspektion Norrsken", "Fri, 04 Jun 2027 10:03:00", body)
    # "Vårt dnr" is the agency's own case number, not the customer's order number: no order_reference.
    return m, expect_requests("prose: a two-day range, hours, the agency's own case number is no order", PLAIN, [
        request(cust("K-3404"), [line(LMT, "INS1", "14", ps="2027-05-11", pe="2027-05-12", skip=ND)], [], LMT,
                buyer="Johan Berg")])


@case("w05_sv_lmt_pdf_annual_fee_decision")
def _w05() -> Any:
    html = ("<h1>Beslut om årsavgift</h1><p>Beslutsnummer LT-2027-1187<br/>Tillståndshavare: Farmaka Nord AB<br/>"
            "Organisationsnummer: " + on("K-3405") + "<br/>Avgiftsperiod: 2027-07-01 – 2028-06-30</p>"
            "<table><thead><tr><th>Art</th><th>Benämning</th><th class='num'>Antal</th><th class='num'>Belopp, kr"
            "</th></tr></thead><tbody><tr><td>ARS1</td><td>Årsavgift partihandelstillstånd</td>"
            "<td class='num'>1</td><td class='num'>28 000,00</td></tr></tbody></table>"
            "<p>Avgiften tas ut med stöd av förordningen om avgifter. Beslutet kan överklagas.</p>")
    m = _se("lmt_reg", "Årsavgift Farmaka Nord AB", "Mon, 07 Jun 2027 08:40:00",
            "Hej,\nbeslut om årsavgift bifogas, vänligen fakturera.\n\nRegistrator, Läkemedelstillsynen\n",
            attachments=[pdf("beslut_LT-2027-1187.pdf", html)])
    return m, expect_requests("PDF decision: one fee row, a fee period running into next year", PLAIN, [
        request(cust("K-3405"), [line(LMT, "ARS1", "1", "28000.00", ps="2027-07-01", pe="2028-06-30")], [], LMT)])


@case("w06_sv_fors_xlsx_range_bookings")
def _w06() -> Any:
    d = dt.date
    rows = [["Skjutfältsbokningar maj 2027 – underlag fakturering", None, None, None, None, None, None],
            ["Från", "Till", "Kund", "Kundnr", "Art", "Antal", "Anm."],
            [d(2027, 5, 8), d(2027, 5, 9), "Jägarnas Skytteförening Mälardalen", "K-3406", "SB-D", 2, "Bana 3"],
            [d(2027, 5, 14), d(2027, 5, 14), "Säkerhetsutbildarna i Mälardalen AB", "K-3407", "SB-H", 1, "fm"],
            [d(2027, 5, 14), d(2027, 5, 14), "Säkerhetsutbildarna i Mälardalen AB", "K-3407", "SÄK", 4, None],
            [d(2027, 5, 21), d(2027, 5, 21), "Säkerhetsutbildarna i Mälardalen AB", "K-3407", "SB-D", 1,
             "Inställt av FM – debiteras ej"],
            [d(2027, 5, 29), d(2027, 5, 29), "Jägarnas Skytteförening Mälardalen", "K-3406", "SB-H", 1, "em"]]
    m = _se("fors", "Fakturaunderlag skjutfält maj", "Tue, 08 Jun 2027 14:31:00",
            "Hej!\n\nBifogar underlag för maj. Raden som är inställd av oss ska inte faktureras.\n"
            + SIG_FORS.format(n="Skjutfältsbokningen"),
            attachments=[xlsx("skjutfalt_maj_2027.xlsx", [("Maj", rows, ["A1:G1"])])])
    return m, expect_requests("XLSX with date cells, two customers grouped, a row marked not to invoice", PLAIN, [
        request(cust("K-3406"), [line(FORS, "SB-D", "2", ps="2027-05-08", pe="2027-05-09", skip=ND),
                                 line(FORS, "SB-H", "1", ps="2027-05-29", skip=ND)], [], FORS),
        request(cust("K-3407"), [line(FORS, "SB-H", "1", ps="2027-05-14", skip=ND),
                                 line(FORS, "SÄK", "4", ps="2027-05-14", skip=ND)], [], FORS)])


@case("w07_sv_fors_reply_chain_half_day_and_officer")
def _w07() -> Any:
    body = ("Hej,\n\nkunden har bekräftat, fakturera enligt nedan:\n\nSäkerhetsutbildarna i Mälardalen AB, "
            "kundnr K-3407\n- Bana halvdag (SB-H) 1 st, 27 maj\n- Säkerhetsbefäl (SÄK) 5 tim, samma dag\n\n"
            "Deras beställningsnummer: SU-2027-118" + SIG_FORS.format(n="Roger Ståhl")
            + "\n\nFrån: Nils Ek <nils.ek@sakerhetsutbildarna.se>\nSkickat: den 20 maj 2027 11:02\nTill: Roger "
            "Ståhl\nÄmne: Bokning halvdag 27/5\n\n> Hej Roger,\n> vi vill boka halvdag förmiddag den 27/5 för "
            "vår väktarkurs, ca 12 deltagare. Vi behöver även säkerhetsbefäl.\n> Hälsningar Nils\n")
    m = _se("fors_r", "SV: Bokning halvdag 27/5", "Wed, 09 Jun 2027 09:47:00", body)
    return m, expect_requests("reply chain: the request above the customer's quoted booking; order number",
                              PLAIN, [request(cust("K-3407"),
                                              [line(FORS, "SB-H", "1", ps="2027-05-27", skip=ND),
                                               line(FORS, "SÄK", "5", ps="2027-05-27", skip=ND)], [], FORS,
                                              order="SU-2027-118")])


@case("w08_sv_bost_repayment_lump_sum_brf")
def _w08() -> Any:
    body = ("Hej,\n\nÅterkrav – Brf Lindhagen 4, org.nr " + on("K-3408") + ".\n\nEnligt beslut den 6 maj 2027 "
            "(dnr B 2027/3318) ska föreningen betala tillbaka stöd för energieffektivisering.\n\n"
            "Fakturera:\nÅK1 Återkrav av bidrag, totalt 184 500 kr\nÅK3 Handläggningsavgift, 1 st\n\n"
            "Betalningsvillkor 30 dagar netto." + SIG_BOST)
    m = _se("bost", "Återkrav Brf Lindhagen 4", "Thu, 10 Jun 2027 11:15:00", body)
    # The decision date is not a service date or period: no period.
    return m, expect_requests("a lump sum ('totalt') on an article without price, a fee by the register", PLAIN, [
        request(cust("K-3408"), [line(BOST, "ÅK1", "1", "184500", skip=ND), line(BOST, "ÅK3", "1", skip=ND)],
                [], BOST)])


@case("w09_sv_bost_html_table_private_pnr")
def _w09() -> Any:
    html = ("<p>Hej!</p><p>Återkrav av solcellsstöd, beslut 2027-05-19. Betalningsskyldig: Karin Öberg, "
            "personnummer " + PNR_KARIN + ".</p><table border='1'><tr><th>Art</th><th>Text</th><th>Antal</th>"
            "<th>Belopp</th></tr><tr><td>ÅK1</td><td>Återkrav solcellsstöd</td><td>1</td><td>12&nbsp;400,00</td>"
            "</tr><tr><td>ÅK2</td><td>Ränta enligt räntelagen</td><td>1</td><td>318,00</td></tr><tr><td>ÅK3</td>"
            "<td>Handläggningsavgift</td><td>1</td><td>450,00</td></tr><tr><td></td><td><b>Summa</b></td><td></td>"
            "<td><b>13&nbsp;168,00</b></td></tr></table><p>Bidragsenheten<br/>Bostadsstyrelsen<br/>Org.nr "
            + org(BOST) + "</p>")
    m = _se("bost", "Återkrav solcellsstöd", "Fri, 11 Jun 2027 08:05:00", None, html=html)
    return m, expect_requests("HTML-only table, private person by 10-digit personnummer, a sum row", PLAIN, [
        request(cust("K-3409"), [line(BOST, "ÅK1", "1", "12400.00", desc="Återkrav solcellsstöd"),
                                 line(BOST, "ÅK2", "1", "318.00", desc="Ränta enligt räntelagen"),
                                 line(BOST, "ÅK3", "1", "450.00", desc="Handläggningsavgift")], [], BOST)])


@case("w10_sv_lmt_forward_followup_inspection")
def _w10() -> Any:
    body = ("Vidarebefordrar för fakturering.\n\n/Registrator\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Emelie Dahlgren <emelie.dahlgren@lakemedelstillsyn-demo.se>\nDatum: ons 2 juni 2027 16:44\n"
            "Ämne: Uppföljning Norrsken\nTill: Tillsyn Registrator <tillsyn@lakemedelstillsyn-demo.se>\n\n"
            "Uppföljande inspektion hos Apoteksgruppen Norrsken genomförd i dag, 2 juni 2027. Bristerna är "
            "åtgärdade. Fakturera INS2, fast avgift enligt taxa.\n\nEmelie")
    m = _se("lmt_reg", "VB: Uppföljning Norrsken", "Mon, 14 Jun 2027 09:00:00", body)
    return m, expect_requests("inline forward; customer by name, a fixed fee is quantity 1, the inspection date",
                              PLAIN, [request(cust("K-3404"), [line(LMT, "INS2", "1", ps="2027-06-02", skip=ND)],
                                              [], LMT)])


@case("w11_en_iss_prose_tuition_norwegian_company")
def _w11() -> Any:
    body = ("Dear colleagues,\n\nPlease invoice Halvorsen Offshore AS (Stavanger, Norway) for the autumn term 2027 "
            "tuition of the two children of their employee Erik Dahl (Ingrid, Year 4 and Theo, Year 1): "
            "TU-T Tuition fee, 2 x SEK 48,500.00. Term dates: 16 August - 17 December 2027.\n\n"
            "Their PO number is 4501-NO-2231 and their reference Marte Solberg." + SIG_ISS.format(n="Gemma Price"))
    m = _se("iss_g", "Invoice request - Halvorsen Offshore, autumn term", "Tue, 15 Jun 2027 10:20:00", body)
    return m, expect_requests("English prose; a foreign company by its exact name; '2 x', SEK with commas", PLAIN, [
        request(cust("K-3490"), [line(ISS, "TU-T", "2", "48500.00", ps="2027-08-16", pe="2027-12-17", skip=ND)],
                [], ISS, buyer="Marte Solberg", order="4501-NO-2231")])


@case("w12_en_iss_tsv_lunch_late_pickup_and_bus")
def _w12() -> Any:
    tsv = ("payer\tpayer id\titem\tdescription\tqty\tperiod\n"
           "Omar Haddad\t" + PNR_OMAR + "\tLU-M\tLunch, Yasmin Haddad\t1\tMay 2027\n"
           "Halvorsen Offshore AS\tK-3490\tBUS\tBus, Ingrid + Theo Dahl\t2\t2027-08-16 to 2027-12-17\n"
           "Omar Haddad\t" + PNR_OMAR + "\tLATE\tLate pick-up Yasmin\t3\tMay 2027\n")
    m = _se("iss", "Extras to invoice", "Wed, 16 Jun 2027 15:02:00",
            "Hi,\n\nattached the extras for invoicing (tab separated). Prices as per our price list.\n"
            + SIG_ISS.format(n="Lucy Brandt"),
            attachments=[text_att("extras_2027-06.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV: a parent by personnummer and a company by number, grouped by payer", PLAIN, [
        request(cust("K-3410"), [line(ISS, "LU-M", "1", desc="Lunch, Yasmin Haddad", ps=MAY[0], pe=MAY[1]),
                                 line(ISS, "LATE", "3", desc="Late pick-up Yasmin", ps=MAY[0], pe=MAY[1])],
                [], ISS),
        request(cust("K-3490"), [line(ISS, "BUS", "2", desc="Bus, Ingrid + Theo Dahl", ps="2027-08-16",
                                      pe="2027-12-17")], [], ISS)])


@case("w13_sv_bost_credit_request")
def _w13() -> Any:
    body = ("Hej,\n\nvänligen kreditera faktura 2270331 (Brf Lindhagen 4) i sin helhet. Handläggningsavgiften "
            "skulle inte ha tagits ut enligt det ändrade beslutet. Återkravet i sig faktureras om av oss senare.\n"
            + SIG_BOST)
    m = _se("bost", "Kreditering faktura 2270331", "Thu, 17 Jun 2027 13:45:00", body)
    return m, expect_unknown("a credit of an issued invoice: no requests", OTHER)


@case("w14_sv_tolk_auto_reply_with_token")
def _w14() -> Any:
    body = ("Tack för ditt mejl!\n\nTolkförmedlingen har reducerad bemanning 21 juni–8 augusti. Brådskande "
            "bokningar: ring 0650-55 12 00.\n\nDitt ärende hanteras så snart vi kan.\n\nTolkförmedlingen\n")
    m = _se("tolk", "Automatiskt svar: [REQ-8TQ4M] Uppgifter saknas", "Mon, 21 Jun 2027 06:00:02", body,
            headers={"Auto-Submitted": "auto-replied"})
    # The contract makes an auto-reply unknown even with a token; what it says of the token there is open.
    return m, expect_unknown("an auto-reply carrying a question mail's token: unknown", OTHER, token_checked=False)
