"""Thirty-fifth held-out set (written blind), part A: the Swedish agencies' mail of the Monday — prose, a phone
mail, CSV/TSV/XLSX/PDF and an HTML table, a note in the body that changes an attached row, two customers in one
mail, a forward two levels deep, a reply chain, the must-ask ones (twin names, no price, an approximate price, a new
customer without address) and an out-of-office and a credit request."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_requests, expect_unknown, mail, new_cust, pdf, text_att, xlsx

from .kit35 import (
    ALDR,
    ASK,
    MAY,
    ND,
    OTHER,
    PLAIN,
    PNR_GRETA,
    SE_DATE,
    SKOL,
    TMED,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_ALDR = ("\n\nVänliga hälsningar\n{n}\nDagverksamheten Solrosen, Lindesbergs kommun\nOrg.nr " + org(ALDR)
            + " | Tfn 0581-810 00\n")
SIG_SKOL = ("\n\nMed vänlig hälsning\n{n}\nSkolkortsenheten | Länstrafiken Bergslagen\nOrg.nr " + org(SKOL)
            + " | Bankgiro 5392-7718\nKundtjänst 0771-22 40 00\n")
SIG_TMED = ("\n\nHälsningar\n{n}\nByrån för tillgängliga medier\nOrg.nr " + org(TMED) + "\n"
            "Vi arbetar för att alla ska ha tillgång till litteratur och samhällsinformation.\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("w01_sv_aldr_prose_may_days_meals_trips")
def _w01() -> Any:
    body = ("Hej!\n\nHär kommer underlaget för maj 2027 för platserna som Bergslagens Omsorg AB (org.nr "
            + cust("C-3501")["org_no"] + ") köper hos oss:\n\n- dagverksamhet 18 dagar (DV10)\n- måltider 18 st "
            "(DV20)\n- enkelresor 36 st (DV30)\n\nEr referens: Lena Sjödin\nBeställningsnummer: BO-2027-144"
            + SIG_ALDR.format(n="Maj-Britt Engström"))
    m = _se("aldr_m", "Underlag maj – Bergslagens Omsorg", "Fri, 04 Jun 2027 15:47:12", body)
    return m, expect_requests("prose list, month for the whole request, references, three articles", PLAIN, [
        request(cust("C-3501"), [line(ALDR, c, q, ps=MAY[0], pe=MAY[1], skip=ND)
                                 for c, q in (("DV10", "18"), ("DV20", "18"), ("DV30", "36"))], [], ALDR,
                buyer="Lena Sjödin", order="BO-2027-144")])


@case("w02_sv_aldr_csv_private_guests_pnr")
def _w02() -> Any:
    csv = ("Gäst;Personnummer;Fr.o.m.;T.o.m.;Art;Antal\n"
           "Greta Holm;" + PNR_GRETA + ";2027-05-03;2027-05-28;DV10;9\n"
           "Greta Holm;" + PNR_GRETA + ";2027-05-03;2027-05-28;DV20;9\n"
           "Sven Åkerlund;19480224-3164;2027-05-01;2027-05-31;DV10;12\n"
           "Sven Åkerlund;19480224-3164;2027-05-01;2027-05-31;DV30;24\n"
           ";;;;Summa;54\n")
    m = _se("aldr", "Egenavgifter maj", "Mon, 07 Jun 2027 07:12:40",
            "Hej,\n\negenavgifterna för maj enligt bifogad fil.\n" + SIG_ALDR.format(n="Solrosen / Ingrid"),
            attachments=[text_att("egenavgifter_2027-05.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV (Windows-1252) with two private guests, a 10-digit personnummer of a 90-year-old "
                              "(century 19) and a 12-digit one; sum row ignored", PLAIN, [
        request(cust("C-3503"), [line(ALDR, "DV10", "9", ps="2027-05-03", pe="2027-05-28"),
                                 line(ALDR, "DV20", "9", ps="2027-05-03", pe="2027-05-28")], [], ALDR),
        request(cust("C-3504"), [line(ALDR, "DV10", "12", ps=MAY[0], pe=MAY[1]),
                                 line(ALDR, "DV30", "24", ps=MAY[0], pe=MAY[1])], [], ALDR)])


@case("w03_sv_aldr_phone_lowercase_codes")
def _w03() -> Any:
    body = ("hej! nora kommun ska ha faktura för maj: 12 dagar dv10 o 12 luncher dv20\n/majbritt\n\n"
            "Skickat från min iPhone\n")
    m = _se("aldr_m", "nora", "Mon, 07 Jun 2027 06:58:03", body)
    return m, expect_requests("phone mail, lower case name and codes, a month without a year", PLAIN, [
        request(cust("C-3502"), [line(ALDR, "DV10", "12", ps=MAY[0], pe=MAY[1], skip=ND),
                                 line(ALDR, "DV20", "12", ps=MAY[0], pe=MAY[1], skip=ND)], [], ALDR)])


@case("w04_sv_skol_xlsx_body_note_changes_row")
def _w04() -> Any:
    rows = [["Fellingsbro Friskola AB, kundnr C-3505 – skolkort", None, None, None, None],
            ["Rad", "Art", "Benämning", "Antal", "Enhet"],
            [1, "SK10", "Skolkort åk 4", 24, "kort"], [2, "SK10", "Skolkort åk 5", 21, "kort"],
            [3, "SK20", "Ersättningskort", 3, "st"], [4, "SK10", "Skolkort åk 6", 19, "kort"]]
    body = ("Hej,\n\nbifogar beställningen från Fellingsbro Friskola. OBS rad 3 ska vara 4 st, inte 3 – skolan "
            "ringde i fredags, ett kort till har tappats bort. Resten stämmer." + SIG_SKOL.format(n="Ola Nygren"))
    m = _se("skol_o", "Fellingsbro skolkort", "Mon, 07 Jun 2027 08:31:55", body,
            attachments=[xlsx("fellingsbro_skolkort.xlsx", [("Beställning", rows, ["A1:E1"])])])
    # The contract does not speak of notes amending attachments; a clerk applies the sender's own correction of a
    # numbered row, so row 3 is invoiced with 4.
    return m, expect_requests("XLSX with numbered rows; the body corrects row 3's quantity to 4", PLAIN, [
        request(cust("C-3505"), [line(SKOL, "SK10", "24", desc="Skolkort åk 4"),
                                 line(SKOL, "SK10", "21", desc="Skolkort åk 5"),
                                 line(SKOL, "SK20", "4", desc="Ersättningskort"),
                                 line(SKOL, "SK10", "19", desc="Skolkort åk 6")], [], SKOL)])


@case("w05_sv_skol_two_customers_one_mail")
def _w05() -> Any:
    body = ("Hej Kundfaktura!\n\nTvå fakturor för anropsstyrd skolskjuts (SK30), priserna enligt avtal:\n\n"
            "1) Fellingsbro Friskola AB, kundnr C-3505\n   14 turer à 380 kr, vecka 21 (24–28 maj 2027)\n\n"
            "2) Nora kommun, org.nr " + cust("C-3502")["org_no"] + "\n   9 turer à 410,00 kr den 31 maj 2027\n"
            "   Er ref: Barn- och utbildningsförvaltningen, Jonas Eld" + SIG_SKOL.format(n="Ola Nygren"))
    m = _se("skol_o", "Skolskjuts v. 21–22", "Fri, 04 Jun 2027 16:20:31", body)
    return m, expect_requests("two customers in one mail, each with its own price, range and reference", PLAIN, [
        request(cust("C-3505"), [line(SKOL, "SK30", "14", "380", ps="2027-05-24", pe="2027-05-28", skip=ND)],
                [], SKOL),
        request(cust("C-3502"), [line(SKOL, "SK30", "9", "410.00", ps="2027-05-31", skip=ND)], [], SKOL,
                buyer="Barn- och utbildningsförvaltningen, Jonas Eld")])


@case("w06_sv_tmed_pdf_order_confirmation")
def _w06() -> Any:
    html = ("<h1>Orderbekräftelse</h1><p>Dokument nr TM-2027-0412<br>Kund: Synskadades förening Bergslagen<br>"
            "Org.nr " + cust("C-3508")["org_no"] + "<br>Er referens: Karl-Erik Back<br>Ert ordernr: SF-17/27<br>"
            "Leveransdatum: 2027-06-03</p><table><thead><tr><th>Art</th><th>Beskrivning</th><th>Antal</th>"
            "<th>Enhet</th></tr></thead><tbody><tr><td>TM20</td><td>Punktskrift, årsmöteshandlingar</td>"
            "<td class='num'>412</td><td>sidor</td></tr><tr><td>TM30</td><td>Taktil karta, Örebro centrum</td>"
            "<td class='num'>6</td><td>st</td></tr></tbody></table><p>Priser enligt gällande prislista.</p>")
    m = _se("tmed_h", "Faktureringsunderlag SF Bergslagen", "Mon, 07 Jun 2027 09:05:18",
            "Hej, underlag i pdf:en. Fakturera enligt bekräftelsen." + SIG_TMED.format(n="Hanna Ek"),
            attachments=[pdf("orderbekraftelse_TM-2027-0412.pdf", html)])
    return m, expect_requests("request only in a PDF; one delivery date for both lines; the customer's order "
                              "number, not the document number, is the order reference", PLAIN, [
        request(cust("C-3508"), [line(TMED, "TM20", "412", desc="Punktskrift, årsmöteshandlingar",
                                      ps="2027-06-03"),
                                 line(TMED, "TM30", "6", desc="Taktil karta, Örebro centrum", ps="2027-06-03")],
                [], TMED, buyer="Karl-Erik Back", order="SF-17/27")])


@case("w07_sv_tmed_forward_two_levels")
def _w07() -> Any:
    body = ("Hej!\n\nKan ni fakturera detta? Timmarna stämmer, jag har kollat med studion.\n\n/Hanna\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Studio 2 <studio2@tillgangligamedier-demo.se>\n"
            "Datum: fre 4 juni 2027 11:02\nÄmne: VB: Beställning inläsning Fjällvinter\nTill: Hanna Ek\n\n"
            "Hej Hanna, inläsningen är klar sedan 2 juni. Det blev 14,5 timmar i studion (TM10).\n\n/Roger\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Ulrika Berg <ulrika.berg@larktradet.se>\n"
            "Datum: tis 11 maj 2027 09:40\nÄmne: Beställning inläsning Fjällvinter\n\n"
            "Hej,\nvi beställer härmed inläsning av \"Fjällvinter\" som talbok.\nVårt ordernr: 88213\n"
            "Fakturamottagare: Lärkträdets Förlag AB, org.nr " + cust("C-3509")["org_no"] + "\n"
            "Referens: Ulrika Berg\n\nMvh Ulrika Berg, förlagsredaktör\n")
    m = _se("tmed_h", "VB: VB: Beställning inläsning Fjällvinter", "Mon, 07 Jun 2027 10:14:00", body)
    return m, expect_requests("request spread over two levels of forwarding: hours and date in the middle "
                              "message, customer and references in the innermost", PLAIN, [
        request(cust("C-3509"), [line(TMED, "TM10", "14.5", ps="2027-06-02", skip=ND)], [], TMED,
                buyer="Ulrika Berg", order="88213")])


@case("w08_sv_tmed_html_only_table_fixed_price")
def _w08() -> Any:
    html = ("<html><body><p>Hej!</p><p>Fakturera Nora kommun (kundnr C-3502) för maj 2027:</p>"
            "<table border='1'><tr><th>Artikel</th><th>Text</th><th>Antal</th><th>À-pris</th></tr>"
            "<tr><td>TM10</td><td>Inläsning kommuninformation</td><td>8</td><td>780,00</td></tr>"
            "<tr><td>TM90</td><td>Lättläst version, fast pris</td><td>1</td><td>4&nbsp;800,00</td></tr>"
            "<tr><td></td><td><b>Summa</b></td><td></td><td>11&nbsp;040,00</td></tr></table>"
            "<p>Er referens: Kommunikationsavdelningen, Sara Wik</p><p>Hälsningar<br>Beställningsservice<br>"
            "Byrån för tillgängliga medier</p></body></html>")
    m = _se("tmed", "Fakturaunderlag Nora kommun maj", "Mon, 07 Jun 2027 10:40:27", None, html=html)
    return m, expect_requests("HTML-only table with a sum row; a price given for the unpriced article", PLAIN, [
        request(cust("C-3502"), [line(TMED, "TM10", "8", "780.00", desc="Inläsning kommuninformation",
                                      ps=MAY[0], pe=MAY[1]),
                                 line(TMED, "TM90", "1", "4800.00", desc="Lättläst version, fast pris",
                                      ps=MAY[0], pe=MAY[1])], [], TMED,
                buyer="Kommunikationsavdelningen, Sara Wik")])


@case("w09_sv_aldr_reply_chain_colleague_question")
def _w09() -> Any:
    body = ("Hej!\n\nSvar på Annas fråga nedan: ja, lördagsöppet den 29 maj ska faktureras Bergslagens Omsorg, "
            "kundnr C-3501. Det var 6 gäster, alltså 6 dagar dagverksamhet (DV10) och 6 måltider (DV20).\n\n"
            "Maj-Britt\n\n"
            "Från: Anna Persson <anna.persson@lindesberg-demo.se>\nSkickat: den 4 juni 2027 13:22\n"
            "Till: Maj-Britt Engström\nÄmne: Lördagen 29/5\n\nHej, ska vi ta betalt för extra lördagen av "
            "Bergslagens Omsorg, eller ingår den i avtalet? /Anna\n")
    m = _se("aldr_m", "SV: Lördagen 29/5", "Mon, 07 Jun 2027 08:02:44", body,
            headers={"Cc": "Anna Persson <anna.persson@lindesberg-demo.se>"})
    return m, expect_requests("internal reply chain copied to the centre; the request is in the top answer", PLAIN, [
        request(cust("C-3501"), [line(ALDR, "DV10", "6", ps="2027-05-29", skip=ND),
                                 line(ALDR, "DV20", "6", ps="2027-05-29", skip=ND)], [], ALDR)])


@case("w10_sv_skol_tsv_replacement_cards")
def _w10() -> Any:
    tsv = ("Datum\tArt\tBenämning\tAntal\n2027-05-06\tSK20\tErsättningskort, Nora skola\t1\n"
           "2027-05-19\tSK20\tErsättningskort, Järntorgsskolan\t2\n"
           "2027-05-27\tSK10\tNytt skolkort, inflyttad elev\t1\n")
    m = _se("skol", "Nora kommun – ersättningskort maj", "Fri, 04 Jun 2027 14:03:09",
            "Hej,\n\nfakturera Nora kommun (org.nr " + cust("C-3502")["org_no"] + ") enligt bifogad fil.\n"
            + SIG_SKOL.format(n="Skolkortsenheten"),
            attachments=[text_att("nora_maj.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV attachment, one dated row per line, explicit quantity 1", PLAIN, [
        request(cust("C-3502"), [line(SKOL, "SK20", "1", desc="Ersättningskort, Nora skola", ps="2027-05-06"),
                                 line(SKOL, "SK20", "2", desc="Ersättningskort, Järntorgsskolan",
                                      ps="2027-05-19"),
                                 line(SKOL, "SK10", "1", desc="Nytt skolkort, inflyttad elev", ps="2027-05-27")],
                [], SKOL)])


@case("w11_sv_tmed_twin_names_no_number")
def _w11() -> Any:
    body = ("Hej,\n\nvi har läst in säkerhetsinstruktionerna för Norrskens Taxi, 3 timmar inläsning (TM10) den "
            "2 juni.\n" + SIG_TMED.format(n="Hanna Ek"))
    m = _se("tmed_h", "Inläsning Norrskens Taxi", "Mon, 07 Jun 2027 11:30:00", body)
    return m, expect_requests("a name matching both Norrskens Taxi AB and HB, no number: org_no asked", ASK, [
        request(new_cust("Norrskens Taxi", None, None), [line(TMED, "TM10", "3", ps="2027-06-02", skip=ND)],
                ["customer.org_no"], TMED)])


@case("w12_sv_aldr_excursion_price_unknown")
def _w12() -> Any:
    body = ("Hej!\n\nVi gjorde en utflykt till Kopparbergs bruk den 27 maj med Nora kommuns gäster. Den ska "
            "faktureras Nora kommun som en särskild aktivitet (DV90). Bussbolaget har inte skickat sin faktura "
            "än, så priset vet jag inte ännu." + SIG_ALDR.format(n="Maj-Britt Engström"))
    m = _se("aldr_m", "Utflykt 27/5", "Mon, 07 Jun 2027 09:48:10", body)
    return m, expect_requests("'en utflykt' is quantity 1; an unpriced article without a price: price asked", ASK, [
        request(cust("C-3502"), [line(ALDR, "DV90", "1", None, ps="2027-05-27", skip=ND)],
                ["lines[0].unit_price"], ALDR)])


@case("w13_sv_tmed_special_order_tkr_price")
def _w13() -> Any:
    body = ("Hej!\n\nEtt specialuppdrag (TM90) för Synskadades förening Bergslagen, kundnr C-3508: "
            "taktil utställningsskylt till föreningens jubileum, levererad 1 juni. Kostnaden landar runt 12 tkr "
            "– jag återkommer med exakt belopp." + SIG_TMED.format(n="Hanna Ek"))
    m = _se("tmed_h", "Specialuppdrag SF Bergslagen", "Mon, 07 Jun 2027 13:15:22", body)
    return m, expect_requests("approximate price in thousands shorthand: price null and asked", ASK, [
        request(cust("C-3508"), [line(TMED, "TM90", "1", None, ps="2027-06-01", skip=ND)],
                ["lines[0].unit_price"], TMED)])


@case("w14_sv_skol_new_customer_email_only")
def _w14() -> Any:
    org_new = se_org("559318604")
    body = ("Hej,\n\nny kund: Vedevågs Ridskola AB, org.nr " + org_new + ", e-post kansliet@vedevagsridskola.se. "
            "De köper 6 skolkort (SK10) till sina elever på ridgymnasiet.\n" + SIG_SKOL.format(n="Ola Nygren"))
    m = _se("skol_o", "Ny kund Vedevågs Ridskola", "Mon, 07 Jun 2027 14:40:00", body)
    return m, expect_requests("new customer with org number and e-mail only: address asked", ASK, [
        request(new_cust("Vedevågs Ridskola AB", org_new, "SE", email="kansliet@vedevagsridskola.se"),
                [line(SKOL, "SK10", "6", skip=ND)], ["customer.address"], SKOL)])


@case("w15_sv_aldr_out_of_office_with_token")
def _w15() -> Any:
    body = ("Tack för ditt mejl! Jag är ledig till och med den 14 juni. Brådskande ärenden: ring Solrosen "
            "0581-810 40.\n\nMaj-Britt Engström\n")
    m = _se("aldr_m", "Automatiskt svar: [REQ-8HT3D] Uppgifter saknas för fakturering",
            "Mon, 07 Jun 2027 06:01:00", body,
            headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-8HT3D.1@servicecentret.se>"})
    return m, expect_unknown("an out-of-office answer to the centre's question mail, token in the subject",
                             OTHER, token_checked=False)


@case("w16_sv_skol_credit_request")
def _w16() -> Any:
    body = ("Hej,\n\nkan ni kreditera faktura 5100871 till Fellingsbro Friskola AB? Två ersättningskort (SK20) "
            "debiterades dubbelt i april. Hela fakturan ska krediteras, en ny kommer i underlaget för juni."
            + SIG_SKOL.format(n="Ola Nygren"))
    m = _se("skol_o", "Kreditering faktura 5100871", "Mon, 07 Jun 2027 15:02:11", body)
    return m, expect_unknown("a credit of an issued invoice: no requests", OTHER)
