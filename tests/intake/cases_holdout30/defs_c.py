"""Thirtieth held-out set (written blind), part C: pilotage (a PDF notice, an owner nobody can identify, an
auto-reply), the Finland-Swedish occupational health service (prose, XLSX, a private person, an approximate fee, a
bad FO number, a reply to a question mail) and the EU liaison office in English (a PO, a pipe table, a missing
interpretation rate, a re-send with the original attached)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt
from tests.intake.cases.mailkit import (
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    xlsx,
)

from .kit30 import ASK, CENTRE_FI, EU, FHV, LUOTS, MAR, ND, OTHER, PLAIN, W, case, cust, line, org, request, when

SIG_FHV = ("\n\nMed vänlig hälsning\n{n}\nFöretagshälsovården, Sydkustens hälsocentral\nFO-nummer " + org(FHV)
           + " · tfn 06 224 1500\n")
SIG_EU = ("\n\nBest regards,\n{n}\nNordic Liaison Office | EU Civil Protection Training Agency\nKungsbron 2, "
          "SE-111 22 Stockholm | VAT SE" + org(EU).replace("-", "") + "01\n")
SIG_LUOTS_SHORT = "\nVille Koskinen\nSaaristomeren luotsausalue\n"


def _fi(frm: str, subj: str, day: int, hm: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(day, hm, "FI"), body, to=CENTRE_FI, **kw)


def _en(subj: str, day: int, hm: str, body: str | None, **kw: Any) -> Any:
    return mail(W["eu"], subj, when(day, hm, "SE"), body, **kw)


@case("v28_fi_luots_pdf_pilotage_notice_po")
def _v28() -> Any:
    c = cust("K-9206")
    html = ("<h1>Luotsauksen laskutusilmoitus</h1><p>Asiakas: Saariston Varustamo Oy<br>Y-tunnus: " + c["org_no"]
            + "<br>Tilausnumero: 77-2027-031<br>Alus: m/s Nauvo Express</p><table><thead><tr><th>Pvm</th>"
            "<th>Koodi</th><th>Selite</th><th class='num'>Määrä</th></tr></thead><tbody>"
            "<tr><td>21.3.2027</td><td>LU10</td><td>Luotsaus Parainen–Turku</td><td class='num'>1</td></tr>"
            "<tr><td>22.3.2027</td><td>LU10</td><td>Luotsaus Turku–Parainen</td><td class='num'>1</td></tr>"
            "<tr><td>22.3.2027</td><td>LU20</td><td>Odotusaika satamassa</td><td class='num'>1,5</td></tr>"
            "</tbody></table><p>Luotsauspalvelut, Y-tunnus " + org(LUOTS) + "</p>")
    m = _fi("luots", "Laskutusilmoitus Saariston Varustamo", 5, "07:30",
            "Hei, laskutusilmoitus liitteenä (PDF).\n\nSaaristomeren luotsausalue",
            attachments=[pdf("laskutusilmoitus_0322.pdf", html)])
    return m, expect_requests("PDF notice: Y-tunnus, order number, a date per row, the agency's number at the foot",
                              PLAIN, [
        request(c, [line(LUOTS, "LU10", "1", desc="Luotsaus Parainen–Turku", ps="2027-03-21"),
                    line(LUOTS, "LU10", "1", desc="Luotsaus Turku–Parainen", ps="2027-03-22"),
                    line(LUOTS, "LU20", "1.5", desc="Odotusaika satamassa", ps="2027-03-22")], [], LUOTS,
                order="77-2027-031")])


@case("v29_fi_luots_cancellation_owner_unknown")
def _v29() -> Any:
    body = ("Hei,\n\nm/s Airisto Star peruutti tilatun luotsauksen 27.3.2027 alle 2 h ennen lähtöä, joten "
            "peruutusmaksu (LU90) 1 kpl, 150,00 €. Laskutetaan aluksen omistajaa, Airisto Cruises; "
            "Y-tunnusta tai osoitetta ei ollut tilauksessa. Tilaus tuli puhelimella.\n" + SIG_LUOTS_SHORT)
    m = _fi("luots", "Peruutusmaksu Airisto Star", 6, "12:10", body)
    # An owner's name that is not in the register and no identifier: only the org number is asked (contract).
    return m, expect_requests("owner named but not in the register, no identifier: customer.org_no asked", ASK, [
        request(new_cust("Airisto Cruises", None, None),
                [line(LUOTS, "LU90", "1", price="150.00", ps="2027-03-27", skip=ND)], ["customer.org_no"], LUOTS)])


@case("v30_fi_luots_auto_reply_with_token")
def _v30() -> Any:
    body = ("Kiitos viestistäsi. Olen poissa toimistolta 12.4. saakka. Laskutusasioissa ota yhteyttä "
            "päivystykseen.\n\nTack för ditt meddelande. Jag är borta till 12.4.\n")
    m = _fi("luots", "Automaattinen vastaus: [REQ-8PT4C] Tietoja puuttuu", 8, "07:01", body,
            headers={"Auto-Submitted": "auto-replied"})
    return m, expect_unknown("an out-of-office reply to a question mail, token in the subject", OTHER,
                             token_checked=False)


@case("v31_fs_fhv_prose_health_checks_fo_number")
def _v31() -> Any:
    c = cust("K-9208")
    body = ("Hej!\n\nVänligen fakturera Närpes Trä Ab (FO-nummer " + c["org_no"] + ") för hälsokontroller av "
            "sågpersonalen under mars 2027, sammanlagt 14 st (FH10).\n\nEr referens: Jonas Ström"
            + SIG_FHV.format(n="Annika Backman"))
    m = _fi("fhv", "Fakturering hälsokontroller Närpes Trä", 1, "09:50", body)
    return m, expect_requests("Finland-Swedish prose: FO-nummer, a month, a count of checks", PLAIN, [
        request(c, [line(FHV, "FH10", "14", ps=MAR[0], pe=MAR[1], skip=ND)], [], FHV, buyer="Jonas Ström")])


@case("v32_fs_fhv_xlsx_two_employers")
def _v32() -> Any:
    rows = [["Arbetsgivare", "FO-nr", "Tjänst", "Beskrivning", "Datum", "Antal"],
            ["Kristinestads Båtvarv Ab", cust("K-9209")["org_no"], "FH20", "Arbetsplatsbesök, lackering",
             "10.3.2027", 2],
            ["Sydkustens Transport Ab", cust("K-9211")["org_no"], "FH30", "Läkarmottagning", "15.3.2027", 3],
            ["Kristinestads Båtvarv Ab", cust("K-9209")["org_no"], "FH10", "Hälsokontroll", "24.3.2027", 5]]
    m = _fi("fhv_kansli", "FHV fakturering mars", 2, "13:00",
            "Hej, bifogar marsfakturering för två arbetsgivare.\n\nFHV kansliet",
            attachments=[xlsx("fhv_mars.xlsx", [("mars", rows, [])])])
    return m, expect_requests("XLSX, rows for two employers grouped in order of first appearance", PLAIN, [
        request(cust("K-9209"), [line(FHV, "FH20", "2", desc="Arbetsplatsbesök, lackering", ps="2027-03-10"),
                                 line(FHV, "FH10", "5", desc="Hälsokontroll", ps="2027-03-24")], [], FHV),
        request(cust("K-9211"), [line(FHV, "FH30", "3", desc="Läkarmottagning", ps="2027-03-15")], [], FHV)])


@case("v33_fs_fhv_training_fee_ca")
def _v33() -> Any:
    body = ("Hej,\n\nSydkustens Transport Ab: första hjälpen-kurs för chaufförerna 19.3 (FH90), 1 st, arvodet "
            "blir ca 640 € – kursledaren har inte skickat sin räkning ännu. Dessutom arbetsplatsbesök i "
            "terminalen samma dag, 2 h (FH20).\n" + SIG_FHV.format(n="Annika"))
    m = _fi("fhv", "Kurs Sydkustens Transport", 6, "08:15", body)
    return m, expect_requests("an approximate fee ('ca') for a price-less article: price asked", ASK, [
        request(cust("K-9211"), [line(FHV, "FH90", "1", price=None, ps="2027-03-19", skip=ND),
                                 line(FHV, "FH20", "2", ps="2027-03-19", skip=ND)], ["lines[0].unit_price"], FHV)])


@case("v34_fs_fhv_private_fisherman_hetu")
def _v34() -> Any:
    c = cust("K-9210")
    body = ("Hej\n\nen privatkund (egenföretagare, fiskare) ska faktureras:\nMikael Storå, personbeteckning "
            + c["org_no"] + "\nHälsokontroll (FH10) en st och läkarmottagning (FH30) en st, båda 23.3.2027.\n"
            + SIG_FHV.format(n="Annika Backman"))
    m = _fi("fhv", "Privatfaktura", 7, "10:20", body)
    return m, expect_requests("a private person by hetu; number words 'en st'", PLAIN, [
        request(c, [line(FHV, "FH10", "1", ps="2027-03-23", skip=ND),
                    line(FHV, "FH30", "1", ps="2027-03-23", skip=ND)], [], FHV)])


@case("v35_fs_fhv_reply_price_and_hours")
def _v35() -> Any:
    token = "REQ-K6W3R"
    body = ("Hej!\n\n1. Arvodet blev 620,00 € (kursledarens räkning kom i dag).\n2. Tre timmar.\n\n/Annika\n\n"
            "Den 8.4.2027 kl. 09:02 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera Sydkustens Transport Ab behöver vi [" + token + "]:\n"
            "> 1. À-pris för rad 1 \"Utbildning\" (lines[0].unit_price)\n"
            "> 2. Antal för rad 2 \"Arbetsplatsbesök, per timme\" (lines[1].quantity)\n")
    m = _fi("fhv", "SV: [" + token + "] Uppgifter saknas", 8, "11:47", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>",
                     "References": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply answering a price and an hour count (number word) above the quote", OTHER,
                           token, {"lines": [{"unit_price": "620.00"}, {"quantity": "3"}]})


@case("v36_fs_fhv_bad_fo_number_new_employer")
def _v36() -> Any:
    bad = bad_check(fi_yt("2734415"))
    body = ("Hej,\n\nny arbetsgivare i avtal från mars: Kaskö Fiskrökeri Ab, FO-nr " + bad + ", Hamnvägen 7, "
            "64260 Kaskö.\nHälsokontroller 6 st (FH10) den 30.3.2027.\n" + SIG_FHV.format(n="Annika Backman"))
    m = _fi("fhv", "Ny arbetsgivare Kaskö Fiskrökeri", 9, "14:02", body)
    # The FO number fails its check digit, so it identifies nobody; the name is not in the register: the org
    # number is asked (and only that, although an address was given).
    return m, expect_requests("new employer whose FO number fails its check digit: org number asked", ASK, [
        request(new_cust("Kaskö Fiskrökeri Ab", None, None),
                [line(FHV, "FH10", "6", ps="2027-03-30", skip=ND)], ["customer.org_no"], FHV)])


@case("v37_en_eu_training_seats_po")
def _v37() -> Any:
    body = ("Dear colleagues,\n\nplease invoice Räddningstjänsten Storgöta (customer no. K-9112) for 4 participants "
            "in our course \"Flood response coordination\", 15-17 March 2027, item EL10.\n"
            "Their purchase order: RTS-PO-2027-0093.\nTheir reference: Lena Björk."
            + SIG_EU.format(n="Marta Kowalska"))
    m = _en("Invoice request - Flood response course", 1, "16:20", body)
    return m, expect_requests("English prose: customer number, PO, a course date range", PLAIN, [
        request(cust("K-9112"), [line(EU, "EL10", "4", ps="2027-03-15", pe="2027-03-17", skip=ND)], [], EU,
                buyer="Lena Björk", order="RTS-PO-2027-0093")])


@case("v38_en_eu_pipe_table_room_and_interpreting")
def _v38() -> Any:
    body = ("Hi,\n\nbilling for the Nordic tabletop exercise on 23 March 2027, customer Krisberedskap Norden AB, "
            "org. no. " + cust("K-9111")["org_no"] + ":\n\n"
            "| Item | Description                      | Qty | Unit price |\n"
            "|------|----------------------------------|-----|------------|\n"
            "| EL20 | Meeting room Kungsbron, half-day | 3   | as tariff  |\n"
            "| EL30 | Interpretation EN/SV             | 6   | SEK 1,450.00 |\n\n"
            "Thanks!" + SIG_EU.format(n="Marta"))
    m = _en("Billing: tabletop exercise 23/3", 5, "12:34", body)
    return m, expect_requests("pipe table; a register price and a written price in English number style", PLAIN, [
        request(cust("K-9111"), [
            line(EU, "EL20", "3", desc="Meeting room Kungsbron, half-day", ps="2027-03-23"),
            line(EU, "EL30", "6", price="1450.00", desc="Interpretation EN/SV", ps="2027-03-23")], [], EU)])


@case("v39_en_eu_interpreting_rate_unknown")
def _v39() -> Any:
    body = ("Hello,\n\nfor Räddningstjänsten Storgöta (K-9112), workshop on 30 March 2027:\n"
            "- 2 participants, EL10\n- interpretation (EL30), 4 hours - the interpreting agency has not confirmed "
            "their rate yet, I will come back to you\n" + SIG_EU.format(n="Marta Kowalska"))
    m = _en("Workshop 30 March - invoice", 8, "09:12", body)
    return m, expect_requests("interpretation without a register price and no rate yet: price asked", ASK, [
        request(cust("K-9112"), [line(EU, "EL10", "2", ps="2027-03-30", skip=ND),
                                 line(EU, "EL30", "4", ps="2027-03-30", skip=ND)], ["lines[1].unit_price"], EU)])


@case("v40_en_eu_resend_with_original_attached")
def _v40() -> Any:
    c = cust("K-9111")
    inner = _en("Invoice request - Krisberedskap Norden", 1, "10:05",
                "Dear colleagues,\n\nplease invoice Krisberedskap Norden AB (org. no. " + c["org_no"] + ") for 3 "
                "participants in the e-learning module on 10 March 2027 (EL10). As agreed with them, the fee is "
                "EUR 290.00 per participant, invoiced in EUR.\n" + SIG_EU.format(n="Marta Kowalska"))
    m = _en("Fwd: Invoice request - Krisberedskap Norden", 9, "15:45",
            "Hi, resending the request below as I have not seen an invoice yet - original attached.\n\nMarta",
            attachments=[inner])
    return m, expect_requests("a re-send with the original attached as a message: the request once, in EUR", PLAIN, [
        request(c, [line(EU, "EL10", "3", price="290.00", ps="2027-03-10", skip=ND)], [], EU, currency="EUR")])
