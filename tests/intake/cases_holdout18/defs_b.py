"""Eighteenth held-out set (written blind), part B: four more plain requests (XLSX with a sum row, a Swedish
reply chain, HTML with a text part, a PDF order form) and ten that must ask: hours 'enligt tidrapport' with no
report, 'noin', an ambiguous name, a new customer without an address, a bad check digit, 'approx. k€', a total
that does not add up, no lines at all, an article without price 'enligt offert', an unknown customer number."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt
from tests.intake.cases.mailkit import expect_requests, mail, new_cust, pdf, xlsx

from .defs_a import SIG_ARK, SIG_KIRJ, SIG_LST, SIG_YO
from .kit18 import (
    ARK,
    ASK,
    CENTRE_FI,
    KIRJ,
    LIITTO,
    LST,
    ND,
    PEL,
    PLAIN,
    SKOL,
    STAT,
    TR,
    YO,
    W,
    case,
    cust,
    line,
    org,
    request,
)


@case("m21_fi_yo_xlsx_with_sum_row")
def _m21() -> Any:
    rows: list[Any] = [
        ["Laskutuspyyntö"], ["Asiakas:", "Koskelan kunta"], ["Tilausnumero:", "KOS-2026-44"], [],
        ["Tuote", "Kuvaus", "Määrä", "Yksikköhinta", "Summa"],
        ["Y200", "Tutkijan työtunti, pohjavesiselvitys", 16, 120, 1920],
        ["Y100", "Laboratorioanalyysi", 30, 95, 2850],
        ["Y400", "Laitteen käyttö", 4, 60, 240],
        ["", "Yhteensä", None, None, 5010]]
    body = "Hei,\n\nlaskutuspyyntö liitteenä (xlsx).\n" + SIG_YO
    m = mail(W["yo"], "Laskutuspyyntö Koskelan kunta", "Tue, 24 Nov 2026 14:00:00 +0200", body, to=CENTRE_FI,
             attachments=[xlsx("laskutuspyynto_KOS-2026-44.xlsx", [("Laskutus", rows, [])])])
    return m, expect_requests("XLSX with a header block (customer, order number) and a sum row that is no line.",
                              PLAIN, [request(cust("C-2002"), [line(YO, "Y200", "16", "120", skip=ND),
                                                               line(YO, "Y100", "30", "95", skip=ND),
                                                               line(YO, "Y400", "4", "60", skip=ND)], [], YO,
                                              order="KOS-2026-44")])


@case("m22_sv_ark_reply_chain_offer_changed")
def _m22() -> Any:
    body = ("Hej,\n\nnu har Hallstena kommun godkänt offerten, med ändringen nedan. Fakturera 250 papperskopior "
            "(A300) och 3 timmar forskningsuppdrag (A100), levererat 2026-11-20.\nKundens referens: "
            "kommunarkivarie Lars Bo\n" + SIG_ARK + "\n"
            "Från: Lars Bo <lars.bo@hallstena.se>\nSkickat: den 19 november 2026 14:22\nTill: Ingrid Wahl\n"
            "Ämne: SV: Offert kopiering\n\nHej! Vi godkänner, men kan ni göra 250 kopior i stället för 300 och "
            "korta utredningen till 3 timmar?\n/Lars\n\n"
            "Från: Ingrid Wahl\nSkickat: den 16 november 2026 09:05\nÄmne: Offert kopiering\n\n"
            "Offert: 300 papperskopior à 5 kr och 4 timmar forskning à 780 kr.\n")
    m = mail(W["ark"], "VB: SV: Offert kopiering", "Fri, 20 Nov 2026 15:40:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-11-20", "skip": ND}
    return m, expect_requests("Outlook-style reply chain without quote marks: the newest part (250 and 3) counts, "
                              "not the offer's 300 and 4.", PLAIN,
                              [request(cust("C-1002"), [line(ARK, "A300", "250", **d), line(ARK, "A100", "3", **d)],
                                       [], ARK, buyer="kommunarkivarie Lars Bo")])


@case("m23_fisv_kirj_html_and_text_two_dates")
def _m23() -> Any:
    text = ("Hej,\n\nfakturera Närpes stad:\n- Bokpaket B200, 4 st à 120,00 €, levererade 6.11.2026\n"
            "- Lokalhyra B300, 3 tim à 40,00 €, 21.11.2026 (författarafton)\n" + SIG_KIRJ)
    html = ("<p>Hej,</p><p>fakturera Närpes stad:</p><table border='1'><tr><th>Art.</th><th>Vad</th><th>Antal</th>"
            "<th>À-pris</th><th>Datum</th></tr><tr><td>B200</td><td>Bokpaket</td><td>4 st</td><td>120,00 €</td>"
            "<td>6.11.2026</td></tr><tr><td>B300</td><td>Lokalhyra (författarafton)</td><td>3 tim</td>"
            "<td>40,00 €</td><td>21.11.2026</td></tr></table><p>Hälsningar<br>Annika Öhman<br>Vasa "
            "regionbibliotek – Vaasan seutukirjasto<br>FO " + org(KIRJ) + "</p>")
    m = mail(W["kirj"], "Fakturering Närpes", "Mon, 23 Nov 2026 10:00:00 +0200", text, html=html, to=CENTRE_FI)
    return m, expect_requests("Text and HTML alternatives of one request (counted once); each line its own date; "
                              "books at 14 % VAT.", PLAIN,
                              [request(cust("C-2005"), [line(KIRJ, "B200", "4", "120.00", ps="2026-11-06", skip=ND),
                                                        line(KIRJ, "B300", "3", "40.00", ps="2026-11-21",
                                                             skip=ND)], [], KIRJ)])


@case("m24_sv_stat_pdf_order_form")
def _m24() -> Any:
    doc = ("<h1>Beställningsblankett – Statistikbyrån</h1><table><tbody>"
           "<tr><th>Beställare</th><td>Kvarnbo Konsult AB</td></tr>"
           "<tr><th>Org.nr</th><td>556988-4306</td></tr><tr><th>Er referens</th><td>Tove Kvarn</td></tr>"
           "<tr><th>Beställningsnummer</th><td>KK-2026-07</td></tr>"
           "<tr><th>Leveransdatum</th><td>2026-11-25</td></tr></tbody></table><br>"
           "<table><thead><tr><th>Artikel</th><th>Benämning</th><th>Antal</th><th>Pris/st</th></tr></thead><tbody>"
           "<tr><td>S200</td><td>Datauttag, fast pris</td><td class='num'>1</td><td class='num'>3 500,00</td></tr>"
           "<tr><td>S300</td><td>Tryckt publikation</td><td class='num'>2</td><td class='num'>320,00</td></tr>"
           "</tbody></table><p>Statistikbyrån, org.nr " + org(STAT) + "</p>")
    body = "Hej,\n\nbeställningsblanketten bifogad, fakturera enligt den.\n\nBeställningar\nStatistikbyrån\n"
    m = mail(W["stat"], "Beställning KK-2026-07", "Thu, 26 Nov 2026 09:25:00 +0100", body,
             attachments=[pdf("bestallning_KK-2026-07.pdf", doc)])
    d: dict[str, Any] = {"ps": "2026-11-25", "skip": ND}
    return m, expect_requests("A PDF order form: the org number resolves 'Kvarnbo Konsult AB' (a name registered "
                              "in SE and FI).", PLAIN,
                              [request(cust("C-1004"), [line(STAT, "S200", "1", "3500.00", **d),
                                                        line(STAT, "S300", "2", "320.00", **d)], [], STAT,
                                       buyer="Tove Kvarn", order="KK-2026-07")])


@case("m25_sv_lst_hours_in_missing_timesheet")
def _m25() -> Any:
    body = ("Hej,\n\nfakturera Västmarks Byggkonsult AB för tillsyn (L100) enligt bifogad tidrapport, "
            "inspektionen 2026-11-19.\nEr referens: Mats Berg\n" + SIG_LST)
    m = mail(W["maria"], "Tillsyn Västmarks Byggkonsult", "Fri, 20 Nov 2026 10:10:00 +0100", body)
    return m, expect_requests("Hours 'enligt bifogad tidrapport' but nothing attached: the quantity is asked.", ASK,
                              [request(cust("C-1001"), [line(LST, "L100", None, ps="2026-11-19", skip=ND)],
                                       ["lines[0].quantity"], LST, buyer="Mats Berg")])


@case("m26_fi_pel_noin_price")
def _m26() -> Any:
    body = ("Hei,\n\nlaskuttakaa Järvenpään Rakennus Oy:ltä erityistehtävä R900 (palovartiointi tulitöiden "
            "aikana 16.11.2026), 1 kpl, hinta noin 500 €. Tarkka summa selviää tuntilistoista.\n\n"
            "Kansliet / Kanslia\nKustregionens räddningsverk – Rannikon pelastuslaitos\n")
    m = mail(W["pel_kansli"], "Laskutus palovartiointi", "Wed, 18 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'noin 500 €' for an article without price: the price is asked.", ASK,
                              [request(cust("C-2001"), [line(PEL, "R900", "1", None, ps="2026-11-16", skip=ND)],
                                       ["lines[0].unit_price"], PEL)])


@case("m27_sv_tr_ambiguous_name_se_and_fi")
def _m27() -> Any:
    body = ("Hej,\n\nKvarnbo Konsult har beställt utskrift av ljudupptagning (T300) från huvudförhandlingen, "
            "2 timmar, levererad 2026-11-10.\n\nBjörn Alm\nNämndeby tingsrätt\n")
    m = mail(W["bjorn"], "Utskrift ljudupptagning", "Wed, 11 Nov 2026 16:20:00 +0100", body)
    return m, expect_requests("'Kvarnbo Konsult' matches both Kvarnbo Konsult AB and Oy: no customer.", ASK,
                              [request(new_cust("Kvarnbo Konsult", None, None),
                                       [line(TR, "T300", "2", ps="2026-11-10", skip=ND)], ["customer.org_no"], TR)])


@case("m28_fisv_kirj_new_customer_no_address")
def _m28() -> Any:
    y = fi_yt("3198827")
    body = ("Hej,\n\nfakturera Vörå Bokcafé Ab, FO-nummer " + y + ", för två bokpaket (B200) som levererades "
            "12.11.2026. Kontakt: bokcafe@vorabokcafe.fi\n" + SIG_KIRJ)
    m = mail(W["kirj"], "Bokpaket Vörå Bokcafé", "Fri, 13 Nov 2026 11:45:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A new customer with a valid FO-nummer and only an e-mail address: the address is "
                              "asked.", ASK,
                              [request(new_cust("Vörå Bokcafé Ab", y, "FI", email="bokcafe@vorabokcafe.fi"),
                                       [line(KIRJ, "B200", "2", ps="2026-11-12", skip=ND)], ["customer.address"],
                                       KIRJ)])


@case("m29_sv_skol_bad_check_digit")
def _m29() -> Any:
    body = ("Hej!\n\nFakturera Lärarakademin Norr AB, org.nr 556123-4560, Storgatan 3, 903 26 Umeå, för "
            "2 läromedelspaket (K300).\n\nHälsningar\nHelena\n")
    m = mail(W["skol"], "Läromedel Lärarakademin", "Mon, 16 Nov 2026 13:33:00 +0100", body)
    c = new_cust("Lärarakademin Norr AB", None, None)
    del c["country"]  # no valid identifier; the contract leaves the country of such a customer open
    return m, expect_requests("An org number failing its check digit and a name not in the register: no identity.",
                              ASK, [request(c, [line(SKOL, "K300", "2", skip=ND)], ["customer.org_no"], SKOL)])


@case("m30_en_yo_approx_keuro")
def _m30() -> Any:
    body = ("Hi,\n\nPlease invoice Oy Kustgruppen Ab for contract research (Y900): one report, approx. 3.5 k€. "
            "The final figure will be confirmed by the PI next week.\n\nBest,\nHanna Kallio\nInternational "
            "Office\n")
    m = mail(W["yo_int"], "Invoice – Kustgruppen contract research", "Tue, 24 Nov 2026 09:00:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("'approx. 3.5 k€': no price; 'one report' is the quantity.", ASK,
                              [request(cust("C-2004"), [line(YO, "Y900", "1", None, skip=ND)],
                                       ["lines[0].unit_price"], YO)])


@case("m31_sv_stat_total_does_not_add_up")
def _m31() -> Any:
    body = ("Hej,\n\nfakturera Bergsjö Miljöteknik AB: statistikuppdrag S100, 4 timmar à 1 250 kr = 6 250 kr.\n\n"
            "Olle\n")
    m = mail(W["olle"], "Bergsjö statistikuppdrag", "Fri, 27 Nov 2026 16:55:00 +0100", body)
    return m, expect_requests("4 × 1 250 is 5 000, not 6 250: either the hours or the price is wrong; neither is "
                              "invoiced as a guess, both are asked.", ASK,
                              [request(cust("C-1003"), [line(STAT, "S100", None, None, skip=ND)],
                                       ["lines[0].quantity", "lines[0].unit_price"], STAT)])


@case("m32_fi_liitto_no_lines_yet")
def _m32() -> Any:
    body = ("Hei,\n\nAsiakas: Koskelan kunta\n\nRivit ja summat toimitan myöhemmin, kun projektipäällikkö on "
            "hyväksynyt tuntikirjaukset, mutta avatkaa laskutuspyyntö jo nyt.\n\nPäivi Rantanen\nJärvimaan liitto\n")
    m = mail(W["liitto"], "Laskutuspyyntö Koskela (rivit myöhemmin)", "Mon, 30 Nov 2026 08:15:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_requests("A customer but no line yet: 'lines' is asked.", ASK,
                              [request(cust("C-2002"), [], ["lines"], LIITTO)])


@case("m33_sv_ark_special_order_price_per_offer")
def _m33() -> Any:
    body = ("Hej,\n\nfakturera Västmarks Byggkonsult AB:\n1) Specialbeställning A900 – inskanning av "
            "ritningsarkiv, 1 st, pris enligt offert.\n2) Digital kopia A200, 40 st.\n" + SIG_ARK)
    m = mail(W["ark"], "Fakturering VBK", "Thu, 12 Nov 2026 14:14:00 +0100", body)
    return m, expect_requests("'pris enligt offert' without the offer, for an article without a price: asked; "
                              "line 2 at the register's price.", ASK,
                              [request(cust("C-1001"), [line(ARK, "A900", "1", None, skip=ND),
                                                        line(ARK, "A200", "40", skip=ND)],
                                       ["lines[0].unit_price"], ARK)])


@case("m34_fi_yo_unknown_customer_number")
def _m34() -> Any:
    body = ("Hei,\n\nlaskuttakaa asiakasnumero 40771: laitteen käyttö Y400 10 h, 3.11.2026.\n" + SIG_YO)
    m = mail(W["yo"], "Laitteen käyttö 40771", "Wed, 04 Nov 2026 07:55:00 +0200", body, to=CENTRE_FI)
    c = new_cust(None, None, None)
    c["customer_number"] = "40771"
    return m, expect_requests("A customer number not in the register and no name: kept as given, asked.", ASK,
                              [request(c, [line(YO, "Y400", "10", ps="2026-11-03", skip=ND)], ["customer.org_no"],
                                       YO)])


