"""Twenty-ninth held-out set (written blind), part A: the Swedish agencies — monthly rents, quarterly property care,
term fees, weekly ice and hall bookings, quarterly archive storage, back-billing; prose, CSV, PDF, XLSX, an
HTML-only table, TSV, a forward and a reply chain; four that must ask and two of other kinds."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import (
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit29 import (
    ARK,
    ASK,
    CENTRE_SE,
    IDR,
    KUL,
    LOK,
    ND,
    NOP,
    OTHER,
    PLAIN,
    PNR_ELIN,
    PNR_JOHAN,
    Q1,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_LOK = ("\n\nMed vänliga hälsningar\n{n}\nHyresadministrationen, Statens lokalförvaltning region Norr\n"
           "Org.nr " + org(LOK) + " · Bankgiro 5091-4418 · Tel 0920-44 81 00\n")
SIG_KUL = "\n\n/{n}\nKulturskolan, Norrtälje kommun\nTel 0176-710 00\n"
SIG_IDR = ("\n\nVänliga hälsningar\n{n}\nIdrottsförvaltningen, Sundsvalls kommun\nOrg.nr " + org(IDR)
           + "\nBesök oss på sundsvall-demo.se/idrott\n")
SIG_ARK = "\n\nRegionarkivet Gotland\nOrg.nr " + org(ARK) + " | Bg 5094-6620\n"
MAR = ("2027-03-01", "2027-03-31")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("p01_sv_lok_prose_march_rent_and_parking")
def _p01() -> Any:
    body = ("Hej!\n\nHyresavi för mars 2027 till Kvarnbacken Redovisning AB, org.nr " + cust("R-2901")["org_no"]
            + ":\n\n- Kontorshyra Storgatan 21, plan 3 (LF10): 1 mån à 14 250 kr\n"
            "- Parkeringsplats (LF30): 2 platser, enligt taxa\n\nEr referens: Anneli Kvarnström"
            + SIG_LOK.format(n="Maria Åkerlund"))
    m = _se("lok_m", "Hyra mars - Kvarnbacken", "Mon, 15 Feb 2027 09:12:00", body)
    return m, expect_requests("prose: a month stated once for both lines; rent price written, parking from the "
                              "register; quantities 1 mån and 2 platser", PLAIN, [
        request(cust("R-2901"), [line(LOK, "LF10", "1", "14250.00", ps=MAR[0], pe=MAR[1], skip=ND),
                                 line(LOK, "LF30", "2", ps=MAR[0], pe=MAR[1], skip=ND)], [], LOK,
                buyer="Anneli Kvarnström")])


@case("p02_sv_lok_csv_storage_rents_rows_with_from_to")
def _p02() -> Any:
    k, t = cust("R-2901")["org_no"], cust("R-2910")["org_no"]
    csv = ("Hyresgäst;Org.nr;Objekt;Art;Från;Till;Antal mån;À-pris\n"
           f"Kvarnbacken Redovisning AB;{k};Förråd K12;LF20;2027-01-01;2027-03-31;3;1 450,00\n"
           f"Timrå Elservice AB;{t};Förråd K14;LF20;2027-01-01;2027-03-31;3;1 450,00\n"
           f"Timrå Elservice AB;{t};P-plats 7;LF30;2027-02-01;2027-03-31;2;650,00\n"
           ";;;;;;Summa;10 000,00\n")
    m = _se("lok", "Förråd och p-platser kv 1", "Tue, 16 Feb 2027 14:03:00",
            "Hej,\n\nbifogar underlag för förråd och parkering första kvartalet. Perioden står per rad.\n"
            + SIG_LOK.format(n="Hyresadministrationen"),
            attachments=[text_att("forrad_kv1_2027.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV (cp1252) with from/to per row, two customers grouped, sum row ignored", PLAIN, [
        request(cust("R-2901"), [line(LOK, "LF20", "3", "1450.00", ps=Q1[0], pe=Q1[1], skip=ND)], [], LOK),
        request(cust("R-2910"), [line(LOK, "LF20", "3", "1450.00", ps=Q1[0], pe=Q1[1], skip=ND),
                                 line(LOK, "LF30", "2", "650.00", ps="2027-02-01", pe=Q1[1], skip=ND)], [], LOK)])


@case("p03_sv_lok_pdf_quarter_spec_near_twin_by_number")
def _p03() -> Any:
    html = ("<h1>Hyresspecifikation kvartal 1 2027</h1><p>Hyresgäst: Bergströms Bygg AB<br>Kundnr: R-2903<br>"
            "Objekt: Industrivägen 9, hus B</p><table><thead><tr><th>Art</th><th>Benämning</th><th>Period</th>"
            "<th class='num'>Antal</th><th>Enhet</th><th class='num'>À-pris</th><th class='num'>Belopp</th></tr>"
            "</thead><tbody><tr><td>LF10</td><td>Kontor hus B</td><td>jan–mar 2027</td><td class='num'>3</td>"
            "<td>mån</td><td class='num'>9 800,00</td><td class='num'>29 400,00</td></tr>"
            "<tr><td>LF40</td><td>Fastighetsskötsel Q1</td><td>Q1 2027</td><td class='num'>1</td><td>kvartal</td>"
            "<td class='num'>3 900,00</td><td class='num'>3 900,00</td></tr>"
            "<tr><td></td><td>Summa exkl. moms</td><td></td><td></td><td></td><td></td>"
            "<td class='num'>33 300,00</td></tr></tbody></table><p>Moms 25 % tillkommer.</p>")
    m = _se("lok_m", "Spec kv1 Bergströms Bygg", "Wed, 17 Feb 2027 10:30:00",
            "Hej, specifikationen för Bergströms Bygg (Luleå) bifogas som PDF.\n" + SIG_LOK.format(n="Maria"),
            attachments=[pdf("spec_R-2903_kv1.pdf", html)])
    return m, expect_requests("PDF: customer number picks one of the near-twin names; 'jan–mar 2027' and 'Q1 2027' "
                              "as quarter ranges; sum row ignored", PLAIN, [
        request(cust("R-2903"), [line(LOK, "LF10", "3", "9800.00", desc="Kontor hus B", ps=Q1[0], pe=Q1[1]),
                                 line(LOK, "LF40", "1", "3900.00", desc="Fastighetsskötsel Q1", ps=Q1[0],
                                      pe=Q1[1])], [], LOK)])


@case("p04_sv_kul_xlsx_spring_term_fees_private_payers")
def _p04() -> Any:
    rows = [["Terminsavgifter vårterminen 2027 (11 januari – 6 juni 2027)", None, None, None, None],
            ["Betalare", "Personnummer", "Artikel", "Antal", "Elev/kommentar"],
            ["Elin Norberg", PNR_ELIN, "KS10", 1, "Saga, fiol"],
            ["Elin Norberg", PNR_ELIN, "KS20", 1, "hyrfiol 3/4"],
            ["Johan Ekstam", PNR_JOHAN, "KS10", 2, "Alva (piano), Nils (trummor)"]]
    m = _se("kul", "Terminsavgifter VT27", "Mon, 08 Feb 2027 11:45:00",
            "Hej!\n\nHär kommer terminsavgifterna för vårterminen, se bifogad fil. Övriga elever har betalat via "
            "e-tjänsten.\n" + SIG_KUL.format(n="Expeditionen"),
            attachments=[xlsx("terminsavgifter_VT27.xlsx", [("VT27", rows, ["A1:E1"])])])
    term = ("2027-01-11", "2027-06-06")
    return m, expect_requests("XLSX: spring term with its dates in the title row for every line; private payers "
                              "by 10-digit personnummer", PLAIN, [
        request(cust("R-2907"), [line(KUL, "KS10", "1", ps=term[0], pe=term[1], skip=ND),
                                 line(KUL, "KS20", "1", ps=term[0], pe=term[1], skip=ND)], [], KUL),
        request(cust("R-2908"), [line(KUL, "KS10", "2", ps=term[0], pe=term[1], skip=ND)], [], KUL)])


@case("p05_sv_kul_prose_choir_rehearsal_hours_february")
def _p05() -> Any:
    body = ("Hej,\n\nRoslagens Kammarkör har repat i aulan tisdagar 19–21 hela februari, 4 tillfällen à 2 timmar, "
            "alltså 8 timmar lokalhyra (KS30) enligt taxan.\nEr ref: kassör Gunilla Berg\n\nTack på förhand!"
            + SIG_KUL.format(n="Karin"))
    m = _se("kul", "Lokalhyra kören feb", "Tue, 02 Mar 2027 08:20:00", body)
    return m, expect_requests("prose: 8 hours after the arithmetic, month without year takes the mail's year",
                              PLAIN, [
        request(cust("R-2906"), [line(KUL, "KS30", "8", ps="2027-02-01", pe="2027-02-28", skip=ND)], [], KUL,
                buyer="kassör Gunilla Berg")])


@case("p06_sv_idr_html_table_ice_time_per_week")
def _p06() -> Any:
    html = ("<p>Hej!</p><p>Istider v. 3&ndash;5 att fakturera (Nordichallen):</p><table border='1'>"
            "<tr><th>Förening</th><th>Vecka</th><th>Art</th><th>Timmar</th></tr>"
            "<tr><td>Sundsvalls Konståkningsklubb</td><td>v. 3</td><td>IF10</td><td>6</td></tr>"
            "<tr><td>Sundsvalls Konståkningsklubb</td><td>v. 4</td><td>IF10</td><td>6</td></tr>"
            "<tr><td>Medelpads Hockeyförbund</td><td>v. 3&ndash;5</td><td>IF10</td><td>12</td></tr>"
            "<tr><td>Sundsvalls Konståkningsklubb</td><td>v. 5</td><td>IF10</td><td>4,5</td></tr></table>"
            "<p>Pris enligt taxa.</p><p>Bokningen Idrott<br>Sundsvalls kommun</p>")
    m = _se("idr", "Istider v 3-5", "Tue, 09 Feb 2027 15:10:00", None, html=html)
    wk = {3: ("2027-01-18", "2027-01-24"), 4: ("2027-01-25", "2027-01-31"), 5: ("2027-02-01", "2027-02-07")}
    return m, expect_requests("HTML-only table, a week per row (ISO weeks, Monday–Sunday, in the mail's year), "
                              "rows grouped by customer", PLAIN, [
        request(cust("R-2904"), [line(IDR, "IF10", "6", ps=wk[3][0], pe=wk[3][1], skip=ND),
                                 line(IDR, "IF10", "6", ps=wk[4][0], pe=wk[4][1], skip=ND),
                                 line(IDR, "IF10", "4.5", ps=wk[5][0], pe=wk[5][1], skip=ND)], [], IDR),
        request(cust("R-2905"), [line(IDR, "IF10", "12", ps=wk[3][0], pe=wk[5][1], skip=ND)], [], IDR)])


@case("p07_sv_idr_forward_hall_weeks_company")
def _p07() -> Any:
    body = ("Hej, denna ska faktureras. /Patrik\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Hallbokningen <hallbokning@sundsvall-demo.se>\nDatum: fre 26 feb. 2027 16:41\n"
            "Ämne: Företagsbokning Sporthallen\n\nFöretagsbokning, Timrå Elservice AB (org.nr "
            + cust("R-2910")["org_no"] + ")\nHallhyra Sporthallen IF20, vecka 10–12 = 3 veckor\n"
            "Deras beställningsnr: TE-4471\n" + SIG_IDR.format(n="Hallbokningen"))
    m = _se("idr_p", "VB: Företagsbokning Sporthallen", "Mon, 01 Mar 2027 08:05:00", body)
    return m, expect_requests("inline forward: three weeks v. 10–12 as one range, order number", PLAIN, [
        request(cust("R-2910"), [line(IDR, "IF20", "3", ps="2027-03-08", pe="2027-03-28", skip=ND)], [], IDR,
                order="TE-4471")])


@case("p08_sv_idr_reply_chain_sports_break_week")
def _p08() -> Any:
    body = ("Hej,\n\nfakturera enligt förbundets bekräftelse nedan, istid IF10 enligt taxa.\nEr referens: Lena Dahl"
            + SIG_IDR.format(n="Patrik Holm") + "\n\nFrån: Lena Dahl <lena.dahl@medelpadshockey.se>\n"
            "Skickat: den 22 februari 2027 09:14\nTill: Patrik Holm\nÄmne: SV: Istid sportlovet\n\n"
            "Hej Patrik! Vi bekräftar istiden under sportlovet v. 9, totalt 10 timmar i Himlabacken. Fakturan till "
            "förbundet (Medelpads Hockeyförbund) som vanligt.\n/Lena\n\n"
            "> Hej Lena, kan ni bekräfta hur många timmar ni tar under sportlovet? /Patrik\n")
    m = _se("idr_p", "SV: Istid sportlovet", "Mon, 22 Feb 2027 10:02:00", body)
    return m, expect_requests("reply chain: the quantity is in the customer's quoted confirmation the agency "
                              "asks to invoice; one ISO week as range", PLAIN, [
        request(cust("R-2905"), [line(IDR, "IF10", "10", ps="2027-03-01", pe="2027-03-07", skip=ND)], [], IDR,
                buyer="Lena Dahl")])


@case("p09_sv_ark_tsv_quarterly_storage_and_subscription")
def _p09() -> Any:
    tsv = ("Kund\tKundnr\tArt\tAntal\tEnhet\tPeriod\n"
           "Visby Kulturtryck AB\tR-2909\tRA10\t42\thm\tQ1 2027\n"
           "Gotlands Hembygdsförbund\tR-2911\tRA10\t118,5\thm\tQ1 2027\n"
           "Visby Kulturtryck AB\tR-2909\tRA20\t3\tmån\tjan–mar 2027\n")
    m = _se("ark", "Depå och abonnemang Q1", "Thu, 04 Feb 2027 13:00:00",
            "Hej,\n\nkvartalsdebitering enligt bifogad fil (tab-separerad). A-pris enligt prislistan.\n" + SIG_ARK,
            attachments=[text_att("debitering_Q1_2027.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV: 'Q1 2027' and 'jan–mar 2027' per row, decimal comma shelf metres", PLAIN, [
        request(cust("R-2909"), [line(ARK, "RA10", "42", ps=Q1[0], pe=Q1[1], skip=ND),
                                 line(ARK, "RA20", "3", ps=Q1[0], pe=Q1[1], skip=ND)], [], ARK),
        request(cust("R-2911"), [line(ARK, "RA10", "118.5", ps=Q1[0], pe=Q1[1], skip=ND)], [], ARK)])


@case("p10_sv_ark_back_billing_last_autumn")
def _p10() -> Any:
    body = ("Hej!\n\nVi har missat att fakturera Bergström Bygg AB (org.nr " + cust("R-2902")["org_no"] + ") för "
            "abonnemanget på digitalarkivet, RA20, för oktober–december 2026. Det blir 3 månader à 790 kr.\n"
            "Ursäkta dröjsmålet!" + SIG_ARK)
    m = _se("ark", "Efterdebitering abonnemang", "Thu, 04 Feb 2027 13:22:00", body)
    return m, expect_requests("back-billing of last year's months; org number picks the near-twin", PLAIN, [
        request(cust("R-2902"), [line(ARK, "RA20", "3", "790.00", ps="2026-10-01", pe="2026-12-31", skip=ND)],
                [], ARK)])


@case("k01_sv_lok_back_billing_no_months_given")
def _k01() -> Any:
    body = ("Hej,\n\nTimrå Elservice AB har hyrt ett extra förråd (K15) sedan någon gång i höstas och vi har inte "
            "fakturerat det. Fakturera förrådshyra LF20 retroaktivt, 1 450 kr/mån. Jag kollar exakt startdatum "
            "med fastighetsskötaren om ni behöver det." + SIG_LOK.format(n="Maria Åkerlund"))
    m = _se("lok_m", "Förråd K15 Timrå Elservice", "Fri, 19 Feb 2027 15:55:00", body)
    return m, expect_requests("back-billing with no months: the count of months is missing (periods are never "
                              "asked, so the question is the quantity; period not checked)", ASK, [
        request(cust("R-2910"), [line(LOK, "LF20", None, "1450.00", skip=ND + NOP)], ["lines[0].quantity"],
                LOK)])


@case("k02_sv_kul_new_company_email_only")
def _k02() -> Any:
    org_new = se_org("559208114")
    body = ("Hej,\n\nNorrtälje Musikförlag AB (org.nr " + org_new + ") hyrde stora salen för inspelning den 13 "
            "februari, 6 timmar lokalhyra KS30. De vill ha fakturan till info@norrtaljemusik.se.\n"
            + SIG_KUL.format(n="Karin"))
    m = _se("kul", "Lokalhyra inspelning", "Mon, 15 Feb 2027 10:10:00", body)
    return m, expect_requests("new company with a valid org number and only an e-mail: the address is asked", ASK, [
        request(new_cust("Norrtälje Musikförlag AB", org_new, "SE", email="info@norrtaljemusik.se"),
                [line(KUL, "KS30", "6", ps="2027-02-13", skip=ND)], ["customer.address"], KUL)])


@case("k03_sv_idr_weekly_until_further_notice")
def _k03() -> Any:
    body = ("Hej!\n\nSundsvalls Konståkningsklubb hyr Sporthallen (IF20, hallhyra per vecka) från v. 9 och tills "
            "vidare. Kan ni fakturera löpande?" + SIG_IDR.format(n="Patrik Holm"))
    m = _se("idr_p", "Hallhyra SKK", "Wed, 24 Feb 2027 12:30:00", body)
    return m, expect_requests("an open-ended weekly booking: no number of weeks, the quantity is asked "
                              "(period not checked: only its start is known)", ASK, [
        request(cust("R-2904"), [line(IDR, "IF20", None, skip=ND + NOP)], ["lines[0].quantity"], IDR)])


@case("k04_sv_ark_writer_unsure_which_twin")
def _k04() -> Any:
    body = ("Hej,\n\narkivkonsult RA90, 6 timmar à 850 kr för ordning av byggritningar 18–20 januari. Kunden är "
            "Bergström Bygg – eller om det var Bergströms Bygg, de har samma kontaktperson och jag hittar inte "
            "beställningen. Fakturera den som stämmer." + SIG_ARK)
    m = _se("ark", "Konsulttimmar januari", "Mon, 01 Feb 2027 09:00:00", body)
    return m, expect_requests("the writer names both near-twin customers: no identity, org number asked "
                              "(customer checked only as unresolved)", ASK, [
        request({"org_no": None, "customer_number": None},
                [line(ARK, "RA90", "6", "850.00", ps="2027-01-18", pe="2027-01-20", skip=ND)],
                ["customer.org_no"], ARK)])


@case("o01_sv_lok_credit_cancelled_parking")
def _o01() -> Any:
    body = ("Hej,\n\nkreditera faktura 2027100345 till Timrå Elservice AB. P-plats 7 sades upp per 31 januari men "
            "har fakturerats även för februari (650 kr + moms)." + SIG_LOK.format(n="Maria Åkerlund"))
    m = _se("lok_m", "Kreditering faktura 2027100345", "Mon, 22 Feb 2027 08:40:00", body)
    return m, expect_unknown("a credit of an issued invoice: no requests", OTHER)


@case("o02_sv_kul_reply_number_word")
def _o02() -> Any:
    token = "REQ-9TQ4H"
    body = ("Hej! Det gäller två instrument (cello och fiol).\n\n/Expeditionen, Kulturskolan\n\n"
            "Den 10 feb. 2027 kl. 09:02 skrev Kundfaktura <kundfaktura@servicecentret.se>:\n"
            "> Hej! För att kunna fakturera behöver vi följande [" + token + "]:\n"
            "> 1. Antal för rad 2 \"Instrumenthyra, per termin\" (lines[1].quantity)\n> Tack!\n")
    m = _se("kul", "Sv: [" + token + "] Uppgift saknas", "Wed, 10 Feb 2027 13:15:00", body,
            headers={"In-Reply-To": "<" + token + ".1@servicecentret.se>"})
    return m, expect_reply("a reply answering the quantity with a number word", OTHER, token,
                           {"lines": [{}, {"quantity": "2"}]})
