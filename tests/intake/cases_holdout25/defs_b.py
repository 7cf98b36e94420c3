"""Twenty-fifth held-out set (written blind), part B: more plain requests (EU project office in English, a
forwarded clinic mail, a new customer with an address, private patients, customer numbers) and the first cases
that must ask."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, new_cust, pdf, text_att

from .kit25 import (
    ASK,
    EUP,
    KONF,
    METSA,
    ND,
    PESU,
    PLAIN,
    PNR_HANS,
    SATAMA,
    SKOLA,
    TAND,
    TOLK,
    W,
    case,
    cust,
    fi_mail,
    line,
    request,
    se_mail,
)
from .sigs import SIG_EUP, SIG_KONF, SIG_METSA, SIG_PESU, SIG_SATAMA, SIG_SKOLA, SIG_TAND, SIG_TOLK


@case("e14_fisv_skola_lunch_portions_camp")
def _e14() -> Any:
    body = ("Hej,\n\nunder Sjöviks IF:s idrottsläger 14–15.11 serverade vi lunch åt deltagarna.\n"
            "Kund: Sjöviks Idrottsförening rf, FO-nr " + cust("C-82006")["org_no"] + "\n"
            "SK10 Lunchportion  64 st\n\nMvh Ulrika\n" + SIG_SKOLA)
    m = fi_mail("skola", "Fakturering lunch idrottsläger", "Mon, 16 Nov 2026 13:30:00", body)
    return m, expect_requests("Finland-Swedish: a day range 'd–d.m' without year.", PLAIN, [
        request(cust("C-82006"), [line(SKOLA, "SK10", "64", ps="2026-11-14", pe="2026-11-15", skip=ND)], [],
                SKOLA)])


@case("e15_en_eup_conference_registrations_po")
def _e15() -> Any:
    body = ("Dear colleagues,\n\nplease invoice the following registrations for our Vaasa partner conference "
            "(10-11 November 2026):\n\nCustomer: Pohjanlahden Energiatoimisto Oy, business ID "
            + cust("C-82008")["org_no"] + "\nYour reference: Laura Salo\nPO number: PO-88412\n"
            "BG10 Conference registration x 3 participants\n" + SIG_EUP)
    m = fi_mail("eup", "Invoice request - conference registrations", "Thu, 12 Nov 2026 09:00:00", body)
    return m, expect_requests("English labelled request; 'x 3 participants'; a date range in words.", PLAIN, [
        request(cust("C-82008"), [line(EUP, "BG10", "3", ps="2026-11-10", pe="2026-11-11", skip=ND)], [], EUP,
                buyer="Laura Salo", order="PO-88412")])


@case("e16_en_eup_partner_contribution_pdf_lump_sum")
def _e16() -> Any:
    html = ("<h1>BalticGreen – partner contribution 2026</h1><p>Partner: Kvarkens Energikontor AB<br>Org. no. "
            + cust("C-81008")["org_no"] + "<br>Reporting period: 1 January – 31 December 2026</p>"
            "<table><tr><th>Item</th><th>Code</th><th>Amount (EUR)</th></tr>"
            "<tr><td>Partner contribution, fixed fee</td><td>BG20</td><td>2,500.00</td></tr></table>")
    body = ("Hello,\n\nplease invoice the attached partner contribution (lump sum, EUR, no VAT).\n" + SIG_EUP)
    m = fi_mail("eup", "Partner contribution Kvarken 2026", "Fri, 04 Dec 2026 14:20:00", body,
                attachments=[pdf("contribution_kvarken_2026.pdf", html)])
    return m, expect_requests("A Swedish customer of a Finnish agency; a fixed fee is quantity 1; a yearly period.",
                              PLAIN, [
        request(cust("C-81008"), [line(EUP, "BG20", "1", price="2500.00", desc="Partner contribution, fixed fee",
                                       vat="0", ps="2026-01-01", pe="2026-12-31")], [], EUP, currency="EUR")])


@case("e17_sv_tolk_phone_list_dates")
def _e17() -> Any:
    body = ("Hej\n\nTelefontolkning (TK20) åt Malmhav Bemanning AB, kundnr C-81001:\n"
            "- 12/11  1,5 tim\n- 18/11  1 tim\n- 26/11  2,5 tim\n\nInköpsorder: MB-7781\n" + SIG_TOLK)
    m = se_mail("tolk_p", "Telefontolkning Malmhav nov", "Mon, 30 Nov 2026 16:45:00", body)
    ln = [line(TOLK, "TK20", q, ps=d, skip=ND) for q, d in (("1.5", "2026-11-12"), ("1", "2026-11-18"),
                                                          ("2.5", "2026-11-26"))]
    return m, expect_requests("A dash list of dated phone assignments; '1 tim' is an explicit one.", PLAIN, [
        request(cust("C-81001"), ln, [], TOLK, order="MB-7781")])


@case("e18_fi_pesu_special_wash_priced_pdf")
def _e18() -> Any:
    html = ("<h1>Tilaus / erikoispesu</h1><p>Asiakas: Vaasan Hoivakoti Oy<br>Y-tunnus "
            + cust("C-82001")["org_no"] + "<br>Toimituspäivä 18.11.2026</p><table><tr><th>Tuote</th><th>Selite"
            "</th><th>Määrä</th><th>à-hinta</th></tr><tr><td>PE90</td><td>Verhojen erikoispesu</td>"
            "<td>2 erää</td><td>145,00 €</td></tr></table>")
    m = fi_mail("pesu", "Erikoispesu Vaasan Hoivakoti", "Thu, 19 Nov 2026 08:05:00",
                "Hei, laskutus liitteen mukaan. Hinta sovittu asiakkaan kanssa.\n" + SIG_PESU,
                attachments=[pdf("erikoispesu_1811.pdf", html)])
    return m, expect_requests("PDF order with the agreed price for an unpriced article; a delivery date.", PLAIN, [
        request(cust("C-82001"), [line(PESU, "PE90", "2", price="145.00", desc="Verhojen erikoispesu",
                                       ps="2026-11-18")], [], PESU)])


@case("e19_sv_tand_private_patient_technical_work")
def _e19() -> Any:
    body = ("Hej!\n\nPatient Hans Lindqvist, " + PNR_HANS + ", ska faktureras för tandtekniskt arbete (FT90), "
            "1 st bettskena, 3 450 kr exkl moms. Utfört 23 november.\n" + SIG_TAND)
    m = se_mail("tand_klin", "Faktura patient", "Tue, 24 Nov 2026 11:20:00", body)
    return m, expect_requests("A private patient by a 10-digit personnummer (registry has the 12-digit form).",
                              PLAIN, [
        request(cust("C-81004"), [line(TAND, "FT90", "1", price="3450", ps="2026-11-23", skip=ND)], [], TAND)])


@case("e20_fi_satama_berth_season_customer_number")
def _e20() -> Any:
    body = ("Moi,\n\nlaskuttakaa asiakasnumero C-82002 laituripaikat (SA10) kaudelta 2027, yhteensä 4 paikkaa. "
            "Kausi 1.5.–30.9.2027.\n" + SIG_SATAMA)
    m = fi_mail("satama", "Laituripaikat 2027", "Wed, 02 Dec 2026 08:00:00", body)
    return m, expect_requests("Customer by number only; the season range carries its year at the end.", PLAIN, [
        request(cust("C-82002"), [line(SATAMA, "SA10", "4", ps="2027-05-01", pe="2027-09-30", skip=ND)], [],
                SATAMA)])


@case("e21_sv_konf_csv_bom_two_customers")
def _e21() -> Any:
    csv = ("bokning,datum,kund,orgnr,artikel,text,antal\n"
           "B-5521,2026-11-10,Polaris Event AB," + cust("C-81006")["org_no"] + ",KF10,Sal Storsjön,1\n"
           "B-5521,2026-11-10,Polaris Event AB," + cust("C-81006")["org_no"] + ",KF20,Fika,45\n"
           "B-5530,2026-11-13,Studentkåren vid Norrviks universitet," + cust("C-81005")["org_no"]
           + ",KF30,Tekniker kvällsevent,4\n")
    m = se_mail("konf", "Export bokningssystem vecka 46", "Mon, 16 Nov 2026 07:00:00",
                "Automatisk export från bokningssystemet, fakturera enligt prislista.\n" + SIG_KONF,
                attachments=[text_att("export_v46.csv", csv, bom=True)])
    return m, expect_requests("UTF-8 CSV with BOM; per-row dates win over the week in the subject.", PLAIN, [
        request(cust("C-81006"), [line(KONF, "KF10", "1", desc="Sal Storsjön", ps="2026-11-10"),
                                  line(KONF, "KF20", "45", desc="Fika", ps="2026-11-10")], [], KONF),
        request(cust("C-81005"), [line(KONF, "KF30", "4", desc="Tekniker kvällsevent", ps="2026-11-13")], [],
                KONF)])


@case("e22_fi_metsa_fishing_permits_words")
def _e22() -> Any:
    body = ("Hei,\n\nMerikuljetus Laine Oy osti henkilökunnan virkistyspäivää varten viisi kalastuslupaa "
            "(ML30), voimassa 7.11.2026. Laskun viitteeksi: Virkistys / Sanna Laine.\n" + SIG_METSA)
    m = fi_mail("metsa", "Kalastusluvat Merikuljetus Laine", "Mon, 09 Nov 2026 10:00:00", body)
    return m, expect_requests("Count in words; 'Laskun viitteeksi' is the buyer's reference.", PLAIN, [
        request(cust("C-82003"), [line(METSA, "ML30", "5", ps="2026-11-07", skip=ND)], [], METSA,
                buyer="Virkistys / Sanna Laine")])


@case("e23_fisv_skola_camp_school_new_customer_address")
def _e23() -> Any:
    body = ("Hej,\n\nlägerskolan 2–4.12 för Kvarkens Naturskola Ab:s elever ska faktureras.\n"
            "FO-nummer 2199884-2\nAdress: Strandvägen 8, 65610 Korsholm\n"
            "SK30 Lägerskola, 23 elever á 85,00 €\n" + SIG_SKOLA)
    m = fi_mail("skola", "Lägerskola december", "Fri, 04 Dec 2026 12:40:00", body)
    return m, expect_requests("New customer with a valid FO-nummer and a postal address: nothing to ask.", PLAIN, [
        request(new_cust("Kvarkens Naturskola Ab", "2199884-2", "FI"),
                [line(SKOLA, "SK30", "23", price="85.00", ps="2026-12-02", pe="2026-12-04", skip=ND)], [],
                SKOLA)])


@case("e24_sv_tand_forwarded_from_clinic")
def _e24() -> Any:
    body = ("Hej fakturagruppen,\nse nedan från kliniken, kan ni fakturera?\n/Karin\n\n"
            "---------- Vidarebefordrat meddelande ----------\nFrån: Folktandvården Bergvik <"
            + W["tand_klin"].split("<")[1] + "\nDatum: 25 nov. 2026 15:02\nÄmne: Besök Solgläntan\n"
            "Till: Karin Holm\n\nHej Karin!\nVi har haft fem patienter från Solgläntans Omsorg AB på "
            "avtalsbesök (FT20) under november.\nHälsn. Bergvik\n" + SIG_TAND)
    m = se_mail("tand", "VB: Besök Solgläntan", "Thu, 26 Nov 2026 08:14:00", body)
    return m, expect_requests("Inline forward from the clinic; 'under november' is November 2026.", PLAIN, [
        request(cust("C-81003"), [line(TAND, "FT20", "5", ps="2026-11-01", pe="2026-11-30", skip=ND)], [],
                TAND)])


@case("e25_sv_tolk_translation_no_price")
def _e25() -> Any:
    body = ("Hej,\n\nfakturera Västerdals tingsrätt för översättning av dom (TK30), 14 sidor, levererad "
            "2026-11-20. Pris enligt offert – jag återkommer med offerten.\n" + SIG_TOLK)
    m = se_mail("tolk_p", "Översättning dom", "Mon, 23 Nov 2026 09:12:00", body)
    return m, expect_requests("Article without a register price and no price written: ask the price.", ASK, [
        request(cust("C-81002"), [line(TOLK, "TK30", "14", ps="2026-11-20", skip=ND)], ["lines[0].unit_price"],
                TOLK)])


@case("e26_fi_pesu_approx_price_special_wash")
def _e26() -> Any:
    body = ("Hei,\n\nSeinäjoen Seudun Terveyspalvelut Oy: erikoispesu (PE90) 3 erää 26.11.2026, hinta noin "
            "150 € / erä (tarkistan vielä).\n" + SIG_PESU)
    m = fi_mail("pesu", "Erikoispesu SSTP", "Fri, 27 Nov 2026 13:00:00", body)
    return m, expect_requests("'noin 150 €': an approximate price is not taken; asked.", ASK, [
        request(cust("C-82009"), [line(PESU, "PE90", "3", price=None, ps="2026-11-26", skip=ND)],
                ["lines[0].unit_price"], PESU)])


@case("e27_sv_konf_ambiguous_polaris_event")
def _e27() -> Any:
    body = ("Hej!\n\nPolaris Event hyrde Sal Storsjön (KF10) en dag, 2 december. Fakturera som vanligt.\n"
            + SIG_KONF)
    m = se_mail("konf", "Polaris 2/12", "Thu, 03 Dec 2026 10:00:00", body)
    return m, expect_requests("'Polaris Event' matches both Polaris Event AB and Polaris Event Oy: ask the "
                              "customer's identity.", ASK, [
        request(new_cust("Polaris Event", None, None), [line(KONF, "KF10", "1", ps="2026-12-02", skip=ND)],
                ["customer.org_no"], KONF)])
