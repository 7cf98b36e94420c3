"""Nineteenth held-out set (written blind), part A: plain requests from agencies the parser has not met — a
social-services unit billing private persons (one aged 100+ written with '+', a guardian paying for a child), a
water authority, a forestry agency priced per tonne, a museum shop, a meteorological institute with monthly data
deliveries; free text, HTML-only tables, CSV and XLSX, a reply chain with the newest part on top."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, text_att, xlsx

from .kit19 import (
    MET,
    MUS,
    ND,
    PLAIN,
    PNR_CHILD,
    PNR_GRETA,
    PNR_LINA,
    SKOG,
    SOC,
    VATTEN,
    W,
    case,
    cust,
    line,
    no_refs,
    org,
    request,
)

SIG_SOC = ("\n\nMed vänlig hälsning\n\nKarin Blom\nAvgiftshandläggare\nSocialförvaltningen, Ådalens kommun\n"
           "Storgatan 20, 872 80 Kramfors\nTel. 0612-800 00 · Org.nr " + org(SOC) + "\n\n"
           "Detta e-postmeddelande kan innehålla sekretesskyddade uppgifter (OSL 26 kap.). Har du fått det av "
           "misstag, radera det och meddela avsändaren.\n")
SIG_VATTEN = ("\n\n/Per\n--\nPer Ström | Handläggare, tillståndsenheten\nVattenverket Mitt | Box 150, 851 03 "
              "Sundsvall\nOrg.nr " + org(VATTEN) + " | Bankgiro 5062-7714 | växel 060-19 10 00\n")
SIG_SKOG = ("\n\nHälsningar\nEmma Granberg\nSkogskonsulent, Skogsverket Mitt\n063-15 20 00\nOrg.nr "
            + org(SKOG) + "\n")
SIG_MET = ("\n\nVänliga hälsningar\nDataleveranser | Klimat- och väderinstitutet\nBox 601, 601 76 Norrköping\n"
           "Org.nr " + org(MET) + "\n")


@case("p01_sv_soc_home_care_centenarian_plus_pnr")
def _p01() -> Any:
    body = ("Hej,\n\nhemtjänst oktober 2026 ska faktureras:\n\nGreta Lind, " + PNR_GRETA + "\n"
            "Hemtjänst (SO10): 12,5 timmar\n\nMaxtaxan är kontrollerad, avgiften ryms under taket.\n" + SIG_SOC)
    m = mail(W["soc"], "Avgift hemtjänst oktober", "Tue, 03 Nov 2026 09:12:00 +0100", body)
    return m, expect_requests("Home care for a private person aged 102, personnummer written with '+'; a month "
                              "gives first and last day.", PLAIN,
                              [request(cust("K-3003"), [line(SOC, "SO10", "12.5", ps="2026-10-01",
                                                             pe="2026-10-31", skip=ND)], [], SOC)])


@case("p02_sv_soc_guardian_pays_for_child")
def _p02() -> Any:
    body = ("Hej!\n\nFritidshemsavgift för november 2026 avseende barnet Alva Holm (" + PNR_CHILD + "). "
            "Avgiften ska faktureras vårdnadshavaren:\n\nLina Holm, personnr " + PNR_LINA + "\n"
            "Solv. 8, 872 35 Kramfors\n\nSO40 Fritidshemsavgift, 1 mån à 890 kr\n" + SIG_SOC)
    m = mail(W["soc_avg"], "Fritidshemsavgift nov – vårdnadshavare", "Mon, 02 Nov 2026 13:40:00 +0100", body)
    return m, expect_requests("A guardian pays for a child: the customer is the guardian (in the register), the "
                              "child's personnummer is no customer.", PLAIN,
                              [request(cust("K-3005"), [line(SOC, "SO40", "1", "890", ps="2026-11-01",
                                                             pe="2026-11-30", skip=ND)], [], SOC)])


@case("p03_sv_vatten_html_only_samples")
def _p03() -> Any:
    html = ("<html><body><div>Hej,</div><div>&nbsp;</div><div>Vänligen fakturera <b>Norrvik Energi AB</b> för "
            "provtagning vid dammen i Norrvik.</div><table border='1' cellspacing='0'><tr><th>Art.nr</th>"
            "<th>Text</th><th>Antal</th><th>Datum</th></tr><tr><td>V10</td><td>Vattenprovtagning, recipient</td>"
            "<td>6</td><td>2026-11-17</td></tr></table><div>Er referens: Sofia Dahl</div>"
            "<div>Ert ordernr: 4500219934</div><div>&nbsp;</div><div>/Per</div><div>Per Ström, Vattenverket Mitt"
            "<br>Org.nr " + org(VATTEN) + "</div></body></html>")
    m = mail(W["vatten"], "Fakturering provtagning Norrvik", "Wed, 18 Nov 2026 10:05:00 +0100", html=html)
    return m, expect_requests("HTML-only mail with a one-row table; 'Ert ordernr' is the order reference.", PLAIN,
                              [request(cust("K-3001"), [line(VATTEN, "V10", "6", ps="2026-11-17", skip=ND)], [],
                                       VATTEN, buyer="Sofia Dahl", order="4500219934")])


@case("p04_sv_vatten_permit_fixed_fee_org_12_digits")
def _p04() -> Any:
    body = ("Hej,\n\nTillståndsprövning för vattenverksamhet (dnr 531-2288-2026) är beslutad. Fakturera sökanden, "
            "org.nr 16" + "2321001634" + ", fast avgift enligt förordningen (1998:940) om avgifter för prövning och "
            "tillsyn, artikel V20.\n" + SIG_VATTEN)
    m = mail(W["vatten"], "Prövningsavgift dnr 531-2288-2026", "Thu, 05 Nov 2026 15:22:00 +0100", body)
    return m, expect_requests("Customer given only by a 12-digit org number with the leading 16; 'fast avgift' "
                              "makes the quantity 1; the register price applies.", PLAIN,
                              [no_refs(request(cust("K-3002"), [line(VATTEN, "V20", "1", skip=ND)], [], VATTEN))])


@case("p05_sv_skog_csv_timber_tonnes")
def _p05() -> Any:
    csv = ("Kund;Artikel;Benämning;Mängd;Enhet;Mätdatum\n"
           "Skogsbruk Granlid AB;G20;Virkesmätning massaved;1 284,6;ton;2026-10-14\n"
           "Skogsbruk Granlid AB;G20;Virkesmätning timmer;612,25;ton;2026-10-21\n")
    body = "Hej!\n\nBifogar mätunderlag för oktober, fakturera enligt taxa.\n" + SIG_SKOG
    m = mail(W["skog"], "Virkesmätning oktober Granlid", "Mon, 02 Nov 2026 08:30:00 +0100", body,
             attachments=[text_att("matning_granlid_okt.csv", csv, "windows-1252")])
    return m, expect_requests("Semicolon CSV in Windows-1252 with quantities in tonnes (space thousands, decimal "
                              "comma), one date per row.", PLAIN,
                              [request(cust("K-3006"), [line(SKOG, "G20", "1284.6", ps="2026-10-14", skip=ND),
                                                        line(SKOG, "G20", "612.25", ps="2026-10-21", skip=ND)],
                                       [], SKOG)])


@case("p06_sv_skog_forest_plan_customer_number")
def _p06() -> Any:
    body = ("Hej,\n\nskogsbruksplanen för Lantbrukarnas förenings skifte i Kövra är klar och levererad 2026-11-09. "
            "Fakturera kundnr K-3008: G10 Skogsbruksplan, 142 ha à 85 kr/ha.\n\nOBS att rådgivningen vid "
            "fältbesöket ingår och inte ska faktureras.\n" + SIG_SKOG)
    m = mail(W["skog"], "Faktura skogsbruksplan Kövra", "Tue, 10 Nov 2026 11:15:00 +0100", body)
    return m, expect_requests("Customer by customer number (the name is abbreviated); a service said not to be "
                              "invoiced is no line.", PLAIN,
                              [request(cust("K-3008"), [line(SKOG, "G10", "142", "85", ps="2026-11-09", skip=ND)],
                                       [], SKOG)])


@case("p07_sv_mus_xlsx_shop_order_sum_row")
def _p07() -> Any:
    rows: list[Any] = [
        ["Museibutiken – fakturaunderlag"], ["Kund", "Hav & Fisk Konsult AB"], ["Er referens", "Malin Sjö"], [],
        ["Art.nr", "Artikel", "Antal", "À-pris", "Summa"],
        ["M10", "Utställningskatalog Havets år", 20, 249, 4980],
        ["M20", "Affisch Sill & strömming", 15, 120, 1800],
        [None, "Summa exkl. moms", None, None, 6780], [None, "Moms", None, None, 748.80]]
    body = "Hej,\n\nunderlag för beställningen från Hav & Fisk i bifogad fil.\n\nMuseibutiken, Regionmuseet Nord\n"
    m = mail(W["mus"], "Fakturaunderlag Hav & Fisk", "Fri, 13 Nov 2026 16:05:00 +0100", body,
             attachments=[xlsx("underlag_havfisk.xlsx", [("Underlag", rows, [])])])
    return m, expect_requests("A museum shop's XLSX with a header block, a sum row and a VAT row that are no lines.",
                              PLAIN, [request(cust("K-3009"), [line(MUS, "M10", "20", "249", skip=ND),
                                                               line(MUS, "M20", "15", "120", skip=ND)], [], MUS,
                                              buyer="Malin Sjö")])


@case("p08_sv_met_data_delivery_three_months")
def _p08() -> Any:
    body = ("Hej,\n\nkvartalsvis fakturering av dataleveranser:\n\nKund: Norrvik Energi AB\nArtikel: K10 "
            "Dataleverans vinddata\nAntal: 3 mån\nPeriod: 1 aug – 31 okt 2026\nAvtal: KVI-2025-0412\n" + SIG_MET)
    m = mail(W["met"], "Kvartalsfakturering dataleverans Norrvik", "Mon, 02 Nov 2026 07:55:00 +0100", body)
    return m, expect_requests("Monthly data deliveries invoiced per quarter: three months with a written range.",
                              PLAIN, [no_refs(request(cust("K-3001"), [line(MET, "K10", "3", ps="2026-08-01",
                                                                            pe="2026-10-31", skip=ND)], [], MET))])


@case("p09_sv_met_reply_chain_newest_on_top")
def _p09() -> Any:
    body = ("Hej igen,\n\nRegion Mittland har nu bekräftat. Fakturera alltså prognostjänsten väg (K20) för "
            "två månader, oktober–november 2026, inte tre som jag skrev först.\n\nAnna\n\n"
            "Anna Frost\nKlimat- och väderinstitutet\n\n"
            "Från: Anna Frost\nSkickat: den 20 november 2026 10:02\nTill: Kundfaktura\nÄmne: Prognostjänst "
            "Region Mittland\n\nHej, fakturera Region Mittland K20 för tre månader (sep–nov 2026). Jag "
            "återkommer om kunden har invändningar.\n/Anna\n")
    m = mail(W["met_anna"], "SV: Prognostjänst Region Mittland", "Tue, 24 Nov 2026 14:31:00 +0100", body)
    return m, expect_requests("Reply chain with the newest part on top: two months, not the quoted three.", PLAIN,
                              [request(cust("K-3002"), [line(MET, "K20", "2", ps="2026-10-01", pe="2026-11-30",
                                                             skip=ND)], [], MET)])


@case("p10_sv_soc_bottom_posted_meal_delivery")
def _p10() -> Any:
    body = ("> Från: Kundfaktura\n> Skickat: 2026-11-30\n> Ämne: Matdistribution november?\n>\n"
            "> Hej, ska matdistributionen för Johan Ek faktureras som vanligt för november?\n\n"
            "Ja. Johan Ek, 19790203-1579. SO20 Matdistribution, 28 portioner i november 2026.\n\n"
            "Karin\n" + SIG_SOC)
    m = mail(W["soc"], "Re: Matdistribution november?", "Tue, 01 Dec 2026 09:10:00 +0100", body)
    return m, expect_requests("A bottom-posted answer below a quote (no token): the new part is the request; a "
                              "12-digit personnummer.", PLAIN,
                              [request(cust("K-3004"), [line(SOC, "SO20", "28", ps="2026-11-01", pe="2026-11-30",
                                                             skip=ND)], [], SOC)])


@case("p11_sv_mus_guided_tour_and_catalogues")
def _p11() -> Any:
    body = ("Hej!\n\nFakturera gärna Lantbrukarnas ekonomiska förening Mitt för lördagens besök (21/11):\n"
            "• Guidad visning, grupp (M30) – 1 st\n• Utställningskatalog (M10) – 2 st à 249:-\n\n"
            "Kontaktperson hos dem: Nils Berg\n\nTack!\nMuseibutiken\nRegionmuseet Nord · Org.nr " + org(MUS) + "\n")
    m = mail(W["mus"], "Faktura guidning 21/11", "Mon, 23 Nov 2026 09:00:00 +0100", body)
    d: dict[str, Any] = {"ps": "2026-11-21", "skip": ND}
    return m, expect_requests("Bulleted lines, '249:-' price form, a date without a year.", PLAIN,
                              [no_refs(request(cust("K-3008"), [line(MUS, "M30", "1", **d),
                                                                line(MUS, "M10", "2", "249", **d)], [], MUS))])
