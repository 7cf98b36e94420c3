"""Thirty-second held-out set (written blind), part C: the Finland-Swedish parish union's cemetery services and the
English-writing research forum's conference — prose, CSV, a new private customer by hetu, a forward, requests that
must ask (price to follow, no personal number, approximate sponsorship) and two forwarded payment advices."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, rf
from tests.intake.cases.mailkit import expect_advice, expect_requests, mail, new_cust, pdf, text_att

from .kit32 import (
    ASK,
    CENTRE_FI,
    GRAV,
    NARF,
    ND,
    NOP,
    OTHER,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    request,
    rfc_date,
)

SIG_GRAV = ("\n\nMed vänlig hälsning\n{n}\nGravgårdskontoret\nFörsamlingarnas samfällighet i Närpesnejden\n"
            "Kyrkvägen 12, 64200 Närpes | tfn 06 224 1300 | FO-nummer " + org(GRAV) + "\n")
SIG_NARF = ("\n\nBest regards,\n{n}\nNordic Arctic Research Forum – Secretariat\nPentti Kaiteran katu 1, 90570 Oulu, "
            "Finland\nBusiness ID " + org(NARF) + " | +358 29 448 0000\n")
SEASON = ("2027-06-01", "2027-09-30")


def _fi(frm: str, subj: str, day: int, hhmm: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, rfc_date(day, hhmm, "FI"), body, to=CENTRE_FI, **kw)


@case("v31_fs_grav_prose_urn_burial_and_chapel")
def _v31() -> Any:
    body = ("Hej,\n\nBegravningsbyrå Lindvall Ab har beställt urnbegravning för dödsboet efter Elvi Nyman. "
            "Urnsättningen sker fredag 14.5 på Närpes kyrkogård. Fakturera byrån för gravöppning urna 1 st (GG20) "
            "och kapellhyra 2 timmar (GG50), båda samma dag.\n\nEr referens: Dödsbo Elvi Nyman"
            + SIG_GRAV.format(n="Ulla Backlund"))
    m = _fi("grav_u", "Fakturering urnsättning 14.5", 6, "10:20", body)
    d = "2027-05-14"
    return m, expect_requests("Finland-Swedish prose, a date without a year for both lines, name with 'Ab'", PLAIN, [
        request(cust("62109"), [line(GRAV, "GG20", "1", ps=d, skip=ND), line(GRAV, "GG50", "2", ps=d, skip=ND)],
                [], GRAV, buyer="Dödsbo Elvi Nyman")])


@case("v32_fs_grav_csv_grave_care_season")
def _v32() -> Any:
    csv = ("Kundnr;Namn;Gravplats;Artikel;Antal gravar;Säsong\n"
           "62111;Linnea Byskata;Närpes A 12-4;GG30;1;1.6–30.9.2027\n"
           "62110;Närpes Hembygdsförening rf;Närpes C 2-1…2-3;GG30;3;1.6–30.9.2027\n"
           "62112;Stig Granholm;Övermark 4-17;GG30;2;1.6–30.9.2027\n")
    m = _fi("grav", "Gravskötsel sommaren 2027", 11, "08:30",
            "Hej,\n\nhär kommer listan över gravskötselavtalen för sommaren 2027, ska faktureras nu i maj enligt "
            "prislistan." + SIG_GRAV.format(n="Gravgårdskontoret"),
            attachments=[text_att("gravskotsel_2027.csv", csv)])
    return m, expect_requests("semicolon CSV: private persons and an association by customer number, a season range",
                              PLAIN, [
        request(cust("62111"), [line(GRAV, "GG30", "1", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], GRAV),
        request(cust("62110"), [line(GRAV, "GG30", "3", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], GRAV),
        request(cust("62112"), [line(GRAV, "GG30", "2", ps=SEASON[0], pe=SEASON[1], skip=ND)], [], GRAV)])


@case("v33_fs_grav_new_private_hetu_fixed_price_stone")
def _v33() -> Any:
    body = ("Hej!\n\nKistbegravning i Yttermark lördag 22.5.2027, gravöppning kista 1 st (GG10). Dessutom ska "
            "gravstenen lyftas och återställas, fast pris 280 euro (GG90).\n\nFakturan ställs till sonen Bror "
            "Sundqvist, personbeteckning 110756-413H, Skolvägen 9, 64230 Närpes." + SIG_GRAV.format(n="Ulla"))
    m = _fi("grav_u", "Begravning Yttermark 22.5", 18, "14:02", body)
    # The stone work has no date of its own: its period is left unchecked.
    return m, expect_requests("new private customer: valid hetu and postal address, nothing asked; 'fast pris'",
                              PLAIN, [
        request(new_cust("Bror Sundqvist", "110756-413H", "FI"),
                [line(GRAV, "GG10", "1", ps="2027-05-22", skip=ND),
                 line(GRAV, "GG90", "1", "280.00", skip=ND + NOP)], [], GRAV)])


@case("v34_fs_grav_forward_stone_price_pending")
def _v34() -> Any:
    body = ("Hej, se nedan. Begravningsbyrå Lindvall vill att vi fakturerar dem för att lyfta och återställa "
            "gravstenen (GG90, 1 st), men stenhuggeriets offert har inte kommit ännu så jag vet inte priset. Kan "
            "ni lägga in det ändå?\n/Ulla\n\n---------- Vidarebefordrat meddelande ----------\n"
            "Från: Kurt Lindvall <kontoret@lindvallbegr.fi>\nDatum: tis 18 maj 2027 kl 16:40\n"
            "Ämne: Gravsten A 7-2\n\nHej Ulla, kan ni fakturera oss för att lyfta och sätta tillbaka stenen på "
            "grav A 7-2 efter begravningen den 14.5? Anhöriga har betalat till oss.\nMvh Kurt\n")
    m = _fi("grav_u", "VB: Gravsten A 7-2", 19, "08:55", body)
    return m, expect_requests("forward; name without 'Ab' resolves; price not known yet: price asked", ASK, [
        request(cust("62109"), [line(GRAV, "GG90", "1", skip=ND + NOP)], ["lines[0].unit_price"], GRAV)])


@case("v35_fs_grav_private_person_without_id")
def _v35() -> Any:
    body = ("Hej,\n\nGösta Holm, Strandvägen 4, 64200 Närpes, har beställt gravöppning för urna (GG20), 1 st, "
            "urnsättning 27.5.2027. Han är inte kund hos oss sedan tidigare och personbeteckningen har vi inte fått."
            + SIG_GRAV.format(n="Gravgårdskontoret"))
    m = _fi("grav", "Urnsättning 27.5 Holm", 20, "11:45", body)
    return m, expect_requests("a private person with address but no personal number, not in the register: asked",
                              ASK, [
        request(new_cust("Gösta Holm", None, None), [line(GRAV, "GG20", "1", ps="2027-05-27", skip=ND)],
                ["customer.org_no"], GRAV)])


@case("v36_fs_grav_forwarded_advice_spaced_references")
def _v36() -> Any:
    r1, r2 = fi_ref("880417"), fi_ref("880425")
    body = ("Hej, hembygdsföreningens kassör skickade det här. För kännedom.\n/Gravgårdskontoret\n\n"
            "-------- Ursprungligt meddelande --------\nFrån: Närpes Hembygdsförening <kassoren@narpeshembygd.fi>\n"
            "Ämne: Betalningsavisering\n\nBetalningsavisering\nBetalare: Närpes Hembygdsförening rf\n"
            "Betalningsdag: 21.5.2027\n\nFaktura 880417, ref. " + r1[:3] + " " + r1[3:] + "   405,00 €\n"
            "Faktura 880425, ref. " + r2[:3] + " " + r2[3:] + "    90,00 €\nSammanlagt 495,00 €\n\nHälsningar, "
            "kassören\n")
    m = _fi("grav", "VB: Betalningsavisering", 24, "09:10", body)
    return m, expect_advice("a forwarded payment advice with spaced Finnish references", OTHER,
                            {"name": "Närpes Hembygdsförening rf", "org_no": None}, "2027-05-21", "495.00", "EUR",
                            [("880417", r1, "405.00"), ("880425", r2, "90.00")])


@case("v37_en_narf_prose_exhibitor_days_po")
def _v37() -> Any:
    body = ("Hi,\n\nPlease invoice Nordlys Mineral AS (customer no. 61110) for an exhibitor table for the three "
            "conference days, 1–3 June 2027 (NF40, 3 days). Their PO is 4500-NM-2291.\n\nYour reference: Kari Holm"
            + SIG_NARF.format(n="Ingrid Solberg"))
    m = _fi("narf_i", "Invoice request – exhibitor Nordlys", 4, "15:10", body)
    return m, expect_requests("English prose: a foreign customer by number, a day range, PO and reference", PLAIN, [
        request(cust("61110"), [line(NARF, "NF40", "3", ps="2027-06-01", pe="2027-06-03", skip=ND)], [], NARF,
                buyer="Kari Holm", order="4500-NM-2291")])


@case("v38_en_narf_csv_registrations_by_organisation")
def _v38() -> Any:
    csv = ("organisation,business_id,item,description,qty\n"
           "Arctic Sensor Systems Oy," + cust("62108")["org_no"] + ",NF10,Registration regular (2 delegates),2\n"
           "Kemijoen Kalankasvatus Oy," + cust("62105")["org_no"] + ",NF20,Registration early career,1\n"
           "Arctic Sensor Systems Oy," + cust("62108")["org_no"] + ",NF30,Conference dinner,2\n"
           "Kemijoen Kalankasvatus Oy," + cust("62105")["org_no"] + ",NF30,Conference dinner,1\n")
    body = ("Hi,\n\nattached are the registrations to be invoiced to the organisations (card payments are not "
            "included). Standard fees from the price list.\n\nNARF Conference team\n")
    m = _fi("narf", "Registrations for invoicing", 20, "12:00", body,
            attachments=[text_att("narf2027_org_invoicing.csv", csv)])
    # The mail names no service dates: periods left unchecked.
    return m, expect_requests("comma CSV, rows for two organisations grouped in first-appearance order", PLAIN, [
        request(cust("62108"), [line(NARF, "NF10", "2", desc="Registration regular (2 delegates)", skip=NOP),
                                line(NARF, "NF30", "2", desc="Conference dinner", skip=NOP)], [], NARF),
        request(cust("62105"), [line(NARF, "NF20", "1", desc="Registration early career", skip=NOP),
                                line(NARF, "NF30", "1", desc="Conference dinner", skip=NOP)], [], NARF)])


@case("v39_en_narf_sponsorship_approx_k")
def _v39() -> Any:
    body = ("Hello,\n\nArctic Sensor Systems Oy have confirmed one silver sponsorship package (NF90) for this "
            "year's forum. The amount is approx. EUR 5k – the board sets the final figure on 26 May. Could you "
            "set up the invoice in the meantime?" + SIG_NARF.format(n="Ingrid Solberg"))
    m = _fi("narf_i", "Sponsorship Arctic Sensor", 21, "09:25", body)
    return m, expect_requests("'approx. EUR 5k' is no price: asked; 'one' is quantity 1", ASK, [
        request(cust("62108"), [line(NARF, "NF90", "1", skip=ND + NOP)], ["lines[0].unit_price"], NARF)])


@case("v40_en_narf_forwarded_remittance_pdf")
def _v40() -> Any:
    r1, r2 = rf("27000412"), rf("27000398")
    html = ("<h1>Remittance advice</h1><p>Payer: Nordlys Mineral AS<br/>Payment date: 25 May 2027<br/>"
            "Beneficiary: Nordic Arctic Research Forum</p><table><thead><tr><th>Invoice</th><th>Reference</th>"
            "<th class='num'>Amount EUR</th></tr></thead><tbody>"
            "<tr><td>27000412</td><td>" + r1 + "</td><td class='num'>1,050.00</td></tr>"
            "<tr><td>27000398</td><td>" + r2 + "</td><td class='num'>395.00</td></tr>"
            "<tr><td>Total</td><td></td><td class='num'>1,445.00</td></tr></tbody></table>")
    body = ("Hi,\n\nNordlys sent us their remittance advice (attached), forwarding it to you for matching.\n\n"
            "Ingrid")
    m = _fi("narf_i", "FW: Remittance advice Nordlys Mineral", 26, "13:40", body,
            attachments=[pdf("remittance_nordlys_2027-05-25.pdf", html)])
    return m, expect_advice("a forwarded remittance advice in a PDF, English number style, RF references", OTHER,
                            {"name": "Nordlys Mineral AS", "org_no": None}, "2027-05-25", "1445.00", "EUR",
                            [("27000412", r1, "1050.00"), ("27000398", r2, "395.00")])
