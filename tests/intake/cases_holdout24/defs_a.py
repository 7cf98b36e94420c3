"""Twenty-fourth held-out set (written blind), part A: payment advices in many shapes (one sum for several
invoices, partial payment, a credit note netted, RF and OCR references with odd spacing, a bank's PDF and CSV,
an XLSX list, an HTML advice, a forwarded advice with the agency's own comment) and ordinary requests in between."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, fi_yt, rf, se_ocr
from tests.intake.cases.mailkit import expect_advice, expect_requests, mail, new_cust, pdf, text_att, xlsx

from .kit24 import (
    ARKIS,
    ASK,
    CENTRE_FI,
    HAMN,
    LAB,
    MUSE,
    OTHER,
    PLAIN,
    TIE,
    VATT,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_HAMN = ("\n\nMed vänlig hälsning\nLena Borg\nHamnkontoret, Österviks Hamn\nOrg.nr " + org(HAMN)
            + "  Bankgiro 5081-3307  Tel 0480-44 12 00\n")
SIG_LAB = "\n\nEkonomi, Regionlaboratoriet Söder\nOrg.nr " + org(LAB) + " | Bg 5082-1190\n"
SIG_MUSE = "\n\nVänliga hälsningar\nKarin Dahl\nVästerdals länsmuseum, org.nr " + org(MUSE) + "\n"
SIG_TIE = "\n\nTerveisin\nLaskutus / Pohjanmaan väyläpalvelut\nY-tunnus " + org(TIE) + ", puh. 020 123 4567\n"
SIG_OPISTO = "\n\nYstävällisin terveisin\nSari Mäkelä\ntoimistosihteeri, Järvilinnan kansalaisopisto\n"
SIG_ARKIS = "\n\nt. Pekka Nurmi\nItä-Suomen aluearkisto | Y-tunnus " + org(ARKIS) + " | FI47 1590 3000 5566 77\n"
SIG_VATT = "\n\nMed vänliga hälsningar\nUlla Sjöberg\nVasklot vattenverk Ab, FO-nummer " + org(VATT) + "\n"


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} +0100", body, **kw)


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} +0200", body, to=CENTRE_FI, **kw)


def _sp(s: str, n: int) -> str:
    """A reference printed in groups of n, as banks and AP systems print them."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


@case("n01_sv_hamn_forwarded_advice_one_sum_ocr_spacing")
def _n01() -> Any:
    o1, o2, o3 = se_ocr("2611045"), se_ocr("2611071"), se_ocr("2611093")
    body = ("Hej!\n\nNordsjö har betalat tre av våra fakturor med en enda betalning, se deras avisering nedan. "
            "Kan ni pricka av dem?\n" + SIG_HAMN +
            "\n-----Ursprungligt meddelande-----\nFrån: Leverantörsreskontra Nordsjö Rederi <ap@nordsjorederi.se>\n"
            "Skickat: den 2 december 2026 16:05\nTill: hamnkontoret@ostervikshamn.se\nÄmne: Betalningsavisering\n\n"
            "BETALNINGSAVISERING\nBetalare: Nordsjö Rederi AB (org.nr 556612-9879)\nBetaldatum: 2026-12-02\n\n"
            "Faktura     OCR              Belopp\n"
            f"26110452    {_sp(o1, 4)}      14 500,00\n"
            f"26110718    {_sp(o2, 3)}       3 080,00\n"
            f"26110934    {o3[:2]} {o3[2:]}        7 250,00\n"
            "Totalt betalt: 24 830,00 SEK\n\nMvh Ekonomiavdelningen, Nordsjö Rederi AB\n")
    m = _se("hamn", "VB: Betalningsavisering", "Thu, 03 Dec 2026 08:41:00", body)
    return m, expect_advice("One payment for three invoices, forwarded with the agency's own comment; OCR printed "
                            "with irregular spaces is returned as digits; the agency's bankgiro and phone are no "
                            "amounts.", OTHER, {"name": "Nordsjö Rederi AB", "org_no": "556612-9879"},
                            "2026-12-02", "24830.00", "SEK",
                            [("26110452", o1, "14500.00"), ("26110718", o2, "3080.00"),
                             ("26110934", o3, "7250.00")])


@case("n02_fi_tie_maksuilmoitus_partial_payment")
def _n02() -> Any:
    r1, r2 = fi_ref("7004512"), fi_ref("7004588")
    body = ("Hei,\n\nohessa Pohjanmaan Maansiirron maksuilmoitus. Huomatkaa, että lasku 7004588 on maksettu vain "
            "osittain, loput he maksavat tammikuussa.\n" + SIG_TIE +
            "\n---------- Välitetty viesti ----------\nLähettäjä: Pohjanmaan Maansiirto Oy <laskut@pohjanmaansiirto.fi>"
            "\nPäivämäärä: ma 30.11.2026 klo 14.12\nAihe: Maksuilmoitus\n\nMAKSUILMOITUS\n"
            "Maksaja: Pohjanmaan Maansiirto Oy, Y-tunnus 2812345-9\nMaksupäivä: 30.11.2026\n\n"
            "Lasku      Viite            Laskun summa   Maksettu\n"
            f"7004512    {_sp(r1, 5)}       1 250,00      1 250,00\n"
            f"7004588    {_sp(r2, 5)}       2 400,00      1 200,00\n"
            "Maksettu yhteensä 2 450,00 EUR\n")
    m = _fi("tie_lask", "VS: Maksuilmoitus / Pohjanmaan Maansiirto", "Tue, 01 Dec 2026 09:02:00", body)
    # The item amount is what was paid (contract), not the invoice's sum: 1200.00 for the partial payment.
    return m, expect_advice("Finnish maksuilmoitus with a partial payment: the amount paid, not the invoiced "
                            "sum; references in groups of five without spaces.", OTHER,
                            {"name": "Pohjanmaan Maansiirto Oy", "org_no": "2812345-9"}, "2026-11-30", "2450.00",
                            "EUR", [("7004512", r1, "1250.00"), ("7004588", r2, "1200.00")])


@case("n03_sv_lab_advice_credit_note_netted_no_orgno")
def _n03() -> Any:
    o1, o2 = se_ocr("2612001"), se_ocr("2612002")
    body = ("Vidarebefordrar från Söderlab. De har kvittat kreditfakturan mot två fakturor.\n\n/Ekonomi\n" + SIG_LAB +
            "\n> Från: Söderlab Analys AB <invoice@soderlab.se>\n> Datum: 4 dec. 2026\n>\n"
            "> Betalningsspecifikation – Söderlab Analys AB\n> Betalningsdatum 2026-12-04\n>\n"
            f"> Fakturanr 26120011, OCR {o1}: 4 960,00 kr\n"
            f"> Fakturanr 26120029, OCR {o2}: 1 960,00 kr\n"
            "> Avgår kreditfaktura 26110987: -620,00 kr\n"
            "> Summa utbetalt: 6 300,00 kr\n>\n> Med vänlig hälsning, Söderlab Analys AB\n")
    m = _se("lab_eko", "Fwd: Betalningsspecifikation", "Fri, 04 Dec 2026 15:30:00", body)
    # The advice states no org number: payer.org_no is null (payer as stated, no registry lookup).
    return m, expect_advice("Payment with a credit note netted (negative item, no reference); the payer's org "
                            "number is not in the advice so it stays null; the agency's bankgiro is no amount.",
                            OTHER, {"name": "Söderlab Analys AB", "org_no": None}, "2026-12-04", "6300.00", "SEK",
                            [("26120011", o1, "4960.00"), ("26120029", o2, "1960.00"),
                             ("26110987", None, "-620.00")])


@case("n04_en_vatt_remittance_rf_lowercase_spaced")
def _n04() -> Any:
    f1, f2 = rf("20260412"), rf("20260415")
    body = ("Hello,\n\nPlease find below a remittance advice we received from Nordsjö Rederi Ab. Both invoices are "
            "paid in full.\n\nKind regards,\nFinance, Vasklot vattenverk Ab\nBusiness ID " + org(VATT) +
            "\n\n--- Forwarded message ---\nFrom: Nordsjö Rederi Ab Accounts Payable <laskut@nordsjorederi.fi>\n"
            "Subject: Remittance advice\n\nREMITTANCE ADVICE\nPayer: Nordsjö Rederi Ab, Business ID 0987654-3\n"
            "Value date: December 3, 2026\n\n"
            f"Invoice 20260412   ref. {_sp(f1.lower(), 4)}   EUR 1,254.60\n"
            f"Invoice 20260415   ref. {_sp(f2.lower(), 4)}   EUR 225.60\n"
            "Total remitted: EUR 1,480.20\n")
    m = _fi("vatt_fin", "Fw: Remittance advice 3 Dec", "Thu, 03 Dec 2026 13:15:00", body)
    return m, expect_advice("English remittance advice forwarded by a Finland-Swedish agency; RF references "
                            "printed in lower case and groups of four are returned upper case without spaces; "
                            "'EUR 1,254.60' style amounts.", OTHER,
                            {"name": "Nordsjö Rederi Ab", "org_no": "0987654-3"}, "2026-12-03", "1480.20", "EUR",
                            [("20260412", f1, "1254.60"), ("20260415", f2, "225.60")])


@case("n05_fi_arkis_bank_pdf_maksuerittely")
def _n05() -> Any:
    r1, r2 = fi_ref("3100421"), fi_ref("3100447")
    doc = ("<h1>Pankki Oyj – Saapuneiden maksujen erittely</h1><p>Saaja: Itä-Suomen aluearkisto, tili "
           "FI47 1590 3000 5566 77</p><p>Maksaja: Rakennustoimisto Kallio Oy (Y-tunnus 2923456-4)<br>"
           "Kirjauspäivä: 01.12.2026</p><table><thead><tr><th>Laskunro</th><th>Viitenumero</th>"
           "<th class='num'>Määrä EUR</th></tr></thead><tbody>"
           f"<tr><td>3100421</td><td>{_sp(r1, 5)}</td><td class='num'>186,00</td></tr>"
           f"<tr><td>3100447</td><td>{_sp(r2, 5)}</td><td class='num'>74,40</td></tr>"
           "<tr><td colspan='2'>Yhteensä</td><td class='num'>260,40</td></tr></tbody></table>"
           "<p>Arkistointitunnus 20261201/593497/123456</p>")
    m = _fi("arkis", "Kallion maksu", "Wed, 02 Dec 2026 10:20:00",
            "Hei,\n\nliitteenä pankin erittely, Kallio maksoi kaksi laskua kerralla.\n" + SIG_ARKIS,
            attachments=[pdf("maksuerittely_20261201.pdf", doc)])
    return m, expect_advice("A bank's PDF payment specification attached with a one-line body; the agency's IBAN "
                            "and the bank's archive id are no amounts or references.", OTHER,
                            {"name": "Rakennustoimisto Kallio Oy", "org_no": "2923456-4"}, "2026-12-01",
                            "260.40", "EUR", [("3100421", r1, "186.00"), ("3100447", r2, "74.40")])


@case("n06_sv_muse_bank_csv_remittance_cp1252")
def _n06() -> Any:
    o1, o3 = se_ocr("2611208"), se_ocr("2611230")
    csv = ("Betalningsdag;Betalare;Org.nr;Referens;Fakturanr;Belopp\n"
           f"2026-11-27;Skåneby kommun;212000-1231;{o1};26112080;2 400,00\n"
           "2026-11-27;Skåneby kommun;212000-1231;;26112144;1 050,00\n"
           f"2026-11-27;Skåneby kommun;212000-1231;{o3};26112307;636,00\n"
           ";;;;Summa;4 086,00\n")
    m = _se("muse", "Inbetalning Skåneby kommun", "Mon, 30 Nov 2026 11:05:00",
            "Hej,\n\nbanken skickade specifikationen på kommunens inbetalning i fredags, bifogar den. En av raderna "
            "saknar OCR men fakturanumret står med.\n" + SIG_MUSE,
            attachments=[text_att("Bankgiro_specifikation_261127.csv", csv, encoding="cp1252")])
    return m, expect_advice("A bank's CSV specification (Windows-1252, decimal comma): one row without OCR keeps "
                            "its invoice number; the Summa row is the total, not an item.", OTHER,
                            {"name": "Skåneby kommun", "org_no": "212000-1231"}, "2026-11-27", "4086.00", "SEK",
                            [("26112080", o1, "2400.00"), ("26112144", None, "1050.00"),
                             ("26112307", o3, "636.00")])


@case("n07_fs_vatt_betalningsspecifikation_short_paid")
def _n07() -> Any:
    r1, r2 = fi_ref("20261105"), fi_ref("20261122")
    body = ("Hej,\n\nhär kommer Vasklot Fastigheters betalningsspecifikation. De har betalat 40 euro för lite på "
            "20261105 – ska ni skicka en påminnelse på mellanskillnaden eller gör vi det?\n" + SIG_VATT +
            "\n\nFrån: Vasklot Fastigheter Ab <reskontra@vasklotfast.fi>\nSkickat: 3.12.2026 9:40\n"
            "Ämne: Betalningsspecifikation\n\nBETALNINGSSPECIFIKATION\nBetalare: Vasklot Fastigheter Ab\n"
            "Betalningsdag: 3.12.2026\n\nFaktura 20261105, ref. " + _sp(r1, 5) + ", 1 160,00 €\n"
            "Faktura 20261122, ref. " + _sp(r2, 5) + ", 345,50 €\nSammanlagt 1 505,50 €\n")
    m = _fi("vatt", "VB: Betalningsspecifikation", "Thu, 03 Dec 2026 10:02:00", body)
    # The agency's question about a reminder does not make the mail a request: it forwards an advice.
    return m, expect_advice("Finland-Swedish forwarded advice with the agency's question about a short payment; "
                            "still an advice, amounts as paid.", OTHER,
                            {"name": "Vasklot Fastigheter Ab", "org_no": None}, "2026-12-03", "1505.50", "EUR",
                            [("20261105", r1, "1160.00"), ("20261122", r2, "345.50")])


@case("n08_fi_opisto_xlsx_remittance_list")
def _n08() -> Any:
    refs = [fi_ref(n) for n in ("5200113", "5200121", "5200139")]
    rows: list[Any] = [["Maksaja: Järvilinnan Eläkeläiset ry", None, None], ["Y-tunnus 1876543-1", None, None],
                       ["Maksupäivä 04.12.2026", None, None], [None, None, None],
                       ["Laskunumero", "Viitenumero", "Summa (EUR)"],
                       ["5200113", refs[0], 170], ["5200121", refs[1], 255], ["5200139", refs[2], 85.5],
                       ["Yhteensä", None, 510.5]]
    m = _fi("opisto", "Eläkeläisten kurssimaksut maksettu", "Fri, 04 Dec 2026 12:40:00",
            "Hei!\n\nEläkeläisyhdistys maksoi syksyn kurssimaksut yhdellä suorituksella, heidän erittelynsä on "
            "liitteenä.\n" + SIG_OPISTO, attachments=[xlsx("maksuerittely.xlsx", [("Erittely", rows, [])])])
    return m, expect_advice("XLSX remittance list sent by the agency: payer, date and items in the sheet; the "
                            "Yhteensä row is the total.", OTHER,
                            {"name": "Järvilinnan Eläkeläiset ry", "org_no": "1876543-1"}, "2026-12-04", "510.50",
                            "EUR", [("5200113", refs[0], "170"), ("5200121", refs[1], "255"),
                                    ("5200139", refs[2], "85.50")])


@case("n09_sv_hamn_html_advice_from_ap_system")
def _n09() -> Any:
    o1, o2 = se_ocr("2611520"), se_ocr("2611587")
    html = ("<html><body><p>Vidarebefordrat från Kustbygg, fakturorna för vattnet i oktober.</p>"
            "<p>Hamnkontoret</p><hr><p><b>Betalningsavisering</b> – Kustbygg i Östervik AB<br>"
            "Org.nr 559301-4565<br>Betalningsdatum: 1 december 2026</p><table border='1'><tr><th>Er faktura</th>"
            "<th>OCR</th><th>Belopp</th></tr>"
            f"<tr><td>26115204</td><td>{_sp(o1, 4)}</td><td>1&nbsp;617,00</td></tr>"
            f"<tr><td>26115873</td><td>{_sp(o2, 4)}</td><td>808,50</td></tr>"
            "<tr><td colspan='2'><b>Summa</b></td><td><b>2&nbsp;425,50 SEK</b></td></tr></table>"
            "<p style='font-size:8pt'>Detta är ett automatiskt genererat meddelande från vårt ekonomisystem.</p>"
            "</body></html>")
    m = _se("hamn_kontor", "VB: Betalningsavisering Kustbygg i Östervik AB", "Wed, 02 Dec 2026 07:55:00", None,
            html=html)
    return m, expect_advice("HTML-only advice from a customer's AP system, forwarded; non-breaking spaces as "
                            "thousands separators.", OTHER, {"name": "Kustbygg i Östervik AB", "org_no": "559301-4565"},
                            "2026-12-01", "2425.50", "SEK", [("26115204", o1, "1617.00"), ("26115873", o2, "808.50")])


@case("n10_sv_hamn_prose_berth_and_water")
def _n10() -> Any:
    m = _se("hamn", "Fakturering Östervik Stuveri", "Mon, 30 Nov 2026 14:20:00",
            "Hej,\n\nvill att ni fakturerar Östervik Stuveri AB för kajplats (HF10) 3 dygn, 14–16 november, och "
            "vattenleverans HF20 42 m3 den 16 november. Deras referens är Per Strand.\n" + SIG_HAMN)
    return m, expect_requests("Plain prose request among the advices; the agency's bankgiro and phone are no "
                              "amounts.", PLAIN, [request(cust("K-7101"), [
                                  line(HAMN, "HF10", "3", ps="2026-11-14", pe="2026-11-16"),
                                  line(HAMN, "HF20", "42", ps="2026-11-16")], [], HAMN, buyer="Per Strand")])


@case("n11_fi_tie_request_with_payment_note")
def _n11() -> Any:
    m = _fi("tie", "Laskutettavaa: Kuljetus Rinne", "Tue, 01 Dec 2026 15:45:00",
            "Hei,\n\nlaskuttakaa Kuljetus Rinne Ky:ltä\n- VP10 erikoiskuljetuslupa 2 kpl\n"
            "- VP20 liikenteenohjaus 5 h 26.11.2026\n\nTilausnumero RIN-2026-118.\n\nPS. Maansiirto maksoi "
            "edellisen laskunsa, maksuilmoitus tulee erikseen laskutuksen kautta.\n" + SIG_TIE)
    exp = expect_requests("A request with a side remark about a payment: still one invoice request; the "
                          "remark is no advice (kind decides, payment_advice not checked).", PLAIN,
                          [request(cust("K-8102"), [line(TIE, "VP10", "2"),
                                                    line(TIE, "VP20", "5", ps="2026-11-26")], [], TIE,
                                   order="RIN-2026-118")])
    del exp["payment_advice"]
    return m, exp


@case("n12_fi_arkis_new_customer_no_address")
def _n12() -> Any:
    yt = fi_yt("3155672")
    m = _fi("arkis", "Laskutuspyyntö tietopalvelu", "Thu, 03 Dec 2026 09:10:00",
            f"Hei,\n\nuusi asiakas: Sukuselvitys Laine Tmi, Y-tunnus {yt}, sähköposti sukuselvitys.laine@posti.fi."
            "\nTietopalvelu AA10 3 h marraskuussa 2026 ja todistusjäljennökset AA30 4 kpl.\n" + SIG_ARKIS)
    return m, expect_requests("New customer with a valid Y-tunnus and only an e-mail address: the address is "
                              "asked; the month is written with the first line only, so periods are not checked.", ASK,
                              [request(new_cust("Sukuselvitys Laine Tmi", yt, "FI",
                                                email="sukuselvitys.laine@posti.fi", vat_no=None), [
                                  line(ARKIS, "AA10", "3", ps="2026-11-01", pe="2026-11-30", skip=("period_start",
                                                                                                  "period_end")),
                                  line(ARKIS, "AA30", "4", skip=("period_start", "period_end"))],
                                  ["customer.address"], ARKIS)])


@case("n13_sv_lab_html_table_two_customers")
def _n13() -> Any:
    html = ("<p>Hej!</p><p>Här är analyserna för november 2026 att fakturera:</p><table border='1'>"
            "<tr><th>Kund</th><th>Art.nr</th><th>Antal</th></tr>"
            "<tr><td>Skåneby kommun</td><td>RL10</td><td>12</td></tr>"
            "<tr><td>Skåneby kommun</td><td>RL20</td><td>4</td></tr>"
            "<tr><td>Kustbygg i Östervik AB</td><td>RL20</td><td>2</td></tr></table>"
            "<p>Hälsningar<br>Anders Ek, Regionlaboratoriet Söder</p>")
    nov = {"ps": "2026-11-01", "pe": "2026-11-30"}
    m = _se("lab", "Fakturaunderlag november", "Tue, 01 Dec 2026 08:15:00", None, html=html)
    return m, expect_requests("HTML-only table for two registered customers matched by name; the month in the "
                              "prose applies to every line.", PLAIN, [
                                  request(cust("K-7105"), [line(LAB, "RL10", "12", **nov),
                                                           line(LAB, "RL20", "4", **nov)], [], LAB),
                                  request(cust("K-7103"), [line(LAB, "RL20", "2", **nov)], [], LAB)])
