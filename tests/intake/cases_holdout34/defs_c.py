"""Thirty-fourth held-out set (written blind), part C: requests that must ask (a cost to follow, approximate and
k€ prices, a bad org number, contradictory amounts, a new customer with an e-mail only, a count to be confirmed, a
price "per the offer", an Oy/Ky twin named without its form in a CSV, an unregistered parent) and two other
kinds (a reply to a question mail, a forwarded remittance advice in a PDF)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt, se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, mail, new_cust, pdf, text_att

from .kit34 import (
    ASK,
    BOST,
    CENTRE_FI,
    FI_DATE,
    FORS,
    ILM,
    ISS,
    LMT,
    MAY,
    ND,
    OTHER,
    SE_DATE,
    TOLK,
    TYO,
    YRK,
    W,
    case,
    cust,
    line,
    on,
    org,
    request,
)


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


def _fi(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("w29_sv_tolk_travel_cost_to_follow")
def _w29() -> Any:
    body = ("Hej,\n\nMigrationsjuristerna i Norr HB (kundnr K-3402): tolkning på plats 2 tim (T110) den 8 juni "
            "i Härnösand, samt en resekostnad (T190) – beloppet får vi när tolken lämnat sin reseräkning.\n\n"
            "Amra\nTolkförmedlingen, Sundsbergs kommun, org.nr " + org(TOLK) + "\n")
    m = _se("tolk_a", "Tolkning Härnösand 8/6", "Thu, 10 Jun 2027 15:30:00", body)
    return m, expect_requests("a travel cost without a price (amount to follow): its unit price asked", ASK, [
        request(cust("K-3402"), [line(TOLK, "T110", "2", ps="2027-06-08", skip=ND),
                                 line(TOLK, "T190", "1", None, ps="2027-06-08", skip=ND)],
                ["lines[1].unit_price"], TOLK)])


@case("w30_sv_lmt_approximate_investigation_cost")
def _w30() -> Any:
    body = ("Hej!\n\nEnligt särskilt beslut ska Farmaka Nord AB (" + on("K-3405") + ") betala för en utredning "
            "(UTR9) som vi gjorde under maj 2027. Kostnaden landar runt 40 000 kr, jag återkommer med exakt "
            "summa när tidrapporterna är klara." + "\n\nEmelie Dahlgren\nLäkemedelstillsynen\n")
    m = _se("lmt", "Utredning Farmaka Nord", "Fri, 11 Jun 2027 16:20:00", body)
    return m, expect_requests("'runt' an amount on an article without price: price asked; 'en' is one", ASK, [
        request(cust("K-3405"), [line(LMT, "UTR9", "1", None, ps=MAY[0], pe=MAY[1], skip=ND)],
                ["lines[0].unit_price"], LMT)])


@case("w31_sv_fors_bad_org_unknown_club")
def _w31() -> Any:
    bad = bad_check(se_org("802471336"))
    body = ("Hej\n\nSkyttegillet Kärrbo har hyrt bana 2 ett dygn (SB-D) lördag 5 juni.\nOrg.nr " + bad + "\n"
            "Adress: c/o Lars Wik, Kärrbovägen 12, 725 96 Västerås\n\nMvh\nRoger Ståhl\nFörsvarsmakten\n")
    m = _se("fors_r", "Skyttegillet Kärrbo 5/6", "Mon, 14 Jun 2027 07:50:00", body)
    # The org number fails its check digit and the name is in no register row: no identity, only org_no asked.
    return m, expect_requests("an org number with a bad check digit, name not registered: org_no asked", ASK, [
        request(new_cust("Skyttegillet Kärrbo", None, None), [line(FORS, "SB-D", "1", ps="2027-06-05", skip=ND)],
                ["customer.org_no"], FORS)])


@case("w32_sv_bost_contradictory_amounts")
def _w32() -> Any:
    body = ("Hej,\n\nåterkrav för Sundsbergs Bostäder AB, org.nr " + on("K-3403") + ": ÅK1 Återkrav av bidrag, "
            "1 st, 26 000 kr.\n\nOBS! I beslutet (dnr B 2027/3402) står beloppet 62 000 kr, men handläggarens "
            "anteckning säger 26 000 kr. Jag har inte hunnit reda ut vilket som gäller.\n" + "\nBidragsenheten\n")
    m = _se("bost", "Återkrav Sundsbergs Bostäder", "Tue, 15 Jun 2027 11:00:00", body)
    # Two amounts for the one line and the sender says it is unresolved: never invoice a guess.
    return m, expect_requests("two contradictory amounts the sender has not resolved: price asked", ASK, [
        request(cust("K-3403"), [line(BOST, "ÅK1", "1", None, skip=ND)], ["lines[0].unit_price"], BOST)])


@case("w33_fi_ilm_new_customer_email_only")
def _w33() -> Any:
    yt = fi_yt("3377150")
    body = ("Hei,\n\nuusi asiakas: Aurinkopuisto Kivikangas Oy, Y-tunnus " + yt + ", laskut sähköpostiin "
            "talous@kivikangas-aurinko.fi. Havaintodatan käyttölisenssi (L-100) 6 kk, 1.7.–31.12.2027."
            + "\n\nJari Nieminen\nIlmatieteen palvelukeskus\n")
    m = _fi("ilm_j", "Uusi lisenssiasiakas", "Wed, 16 Jun 2027 12:45:00", body)
    return m, expect_requests("new customer with Y-tunnus and an e-mail only: address asked", ASK, [
        request(new_cust("Aurinkopuisto Kivikangas Oy", yt, "FI", email="talous@kivikangas-aurinko.fi"),
                [line(ILM, "L-100", "6", ps="2027-07-01", pe="2027-12-31", skip=ND)], ["customer.address"], ILM)])


@case("w34_fi_tyo_participants_to_be_confirmed")
def _w34() -> Any:
    body = ("Hei,\n\nRakennus Hirvonen Oy, " + on("K-4405") + ": TäsmäKoulutus (YH-30), koulutusaika "
            "16.8.–15.10.2027. Osallistujamäärä vahvistuu vasta kun koulutus alkaa, laskutus etukäteen on "
            "sovittu.\n\nSatu Heikkilä\nKoulutushankinnat\n")
    m = _fi("tyo_s", "TäsmäKoulutus Hirvonen syksy", "Thu, 17 Jun 2027 10:00:00", body)
    return m, expect_requests("the number of participants is not known yet: quantity asked", ASK, [
        request(cust("K-4405"), [line(TYO, "YH-30", None, ps="2027-08-16", pe="2027-10-15", skip=ND)],
                ["lines[0].quantity"], TYO)])


@case("w35_fi_ilm_expert_hours_price_per_offer")
def _w35() -> Any:
    body = ("Moi,\n\nTuulivoima Pohjoisranta Oy:lle asiantuntijatyötä (L-900) 12 h toukokuussa 2027, "
            "tuulimittausten laadunvarmistus. Tuntihinta tarjouksen mukaan.\n\nTerveisin Jari\n")
    m = _fi("ilm_j", "Asiantuntijatyö Pohjoisranta", "Fri, 18 Jun 2027 09:10:00", body)
    # "per the offer" names no amount and the article has no register price.
    return m, expect_requests("hours given, price 'per the offer' without a figure: price asked", ASK, [
        request(cust("K-4401"), [line(ILM, "L-900", "12", None, ps=MAY[0], pe=MAY[1], skip=ND)],
                ["lines[0].unit_price"], ILM)])


@case("w36_fi_tyo_twin_name_without_form")
def _w36() -> Any:
    csv = ("Työnantaja;Tuote;Hlö;Alkaa;Päättyy\n"
           "Rannikon Sähkö;YH-20;2;10.5.2027;18.6.2027\n")
    m = _fi("tyo_s", "Rannikon Sähkö maksuosuus", "Mon, 21 Jun 2027 13:30:00",
            "Hei,\n\nliitteenä yksi maksuosuus laskutettavaksi normaalisti.\n\nt. Satu\n",
            attachments=[text_att("maksuosuus_rannikon_sahko.csv", csv, encoding="cp1252")])
    return m, expect_requests("CSV: a name matching both the Oy and the Ky: no identity, org_no asked", ASK, [
        request(new_cust("Rannikon Sähkö", None, None),
                [line(TYO, "YH-20", "2", ps="2027-05-10", pe="2027-06-18", skip=ND)], ["customer.org_no"], TYO)])


@case("w37_fs_yrk_k_euro_price")
def _w37() -> Any:
    body = ("Hej!\n\nKristinestads Båtvarv Ab (" + on("K-4410") + ") beställde en skräddarsydd kurs (UB9) i "
            "glasfiberreparation, 10–11 juni 2027. Pris ungefär 3,2 k€ enligt diskussion med vd, offerten är "
            "inte klar ännu.\n\nMalin\n")
    m = _fi("yrk", "Glasfiberkurs Båtvarvet", "Tue, 22 Jun 2027 08:40:00", body)
    return m, expect_requests("an approximate k€ price on an article without price: price asked", ASK, [
        request(cust("K-4410"), [line(YRK, "UB9", "1", None, ps="2027-06-10", pe="2027-06-11", skip=ND)],
                ["lines[0].unit_price"], YRK)])


@case("w38_en_iss_unregistered_parent")
def _w38() -> Any:
    body = ("Hi,\n\ncould you invoice the field trip contribution (TRIP) to Sarah Brennan, mother of Liam (Year 6) "
            "and Ava (Year 3): 2 pupils x SEK 650, trip to Marstrand on 9 June.\nShe is a new family, we do not "
            "have her personal number on file yet.\n\nThanks,\nGemma\n")
    m = _se("iss_g", "Field trip Marstrand - Brennan", "Wed, 23 Jun 2027 14:00:00", body)
    return m, expect_requests("a private payer not in the register, no number: org_no asked", ASK, [
        request(new_cust("Sarah Brennan", None, None), [line(ISS, "TRIP", "2", "650", ps="2027-06-09", skip=ND)],
                ["customer.org_no"], ISS)])


@case("w39_fs_yrk_reply_to_question")
def _w39() -> Any:
    token = "REQ-3HW9P"
    body = ("Hej,\n\nsvar nedan:\n1. 7 deltagare\n2. 1 480,00 € (fast pris)\n\nMalin\n\n"
            "Den 22.6.2027 kl. 11:02 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera behöver vi [" + token + "]:\n"
            "> 1. Antal för rad 1 \"Heta arbeten, per deltagare\" (lines[0].quantity)\n"
            "> 2. Pris för rad 2 \"Skräddarsydd kurs\" (lines[1].unit_price)\n> Tack!\n")
    m = _fi("yrk", "SV: [" + token + "] Uppgifter saknas", "Tue, 22 Jun 2027 15:15:00", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply answering a quantity and a price above the quote", OTHER, token,
                           {"lines": [{"quantity": "7"}, {"unit_price": "1480.00"}]})


@case("w40_en_iss_forwarded_remittance_pdf")
def _w40() -> Any:
    html = ("<h1>Remittance advice</h1><p>Payer: Halvorsen Offshore AS<br/>Payment date: 25 June 2027<br/>"
            "Currency: SEK</p><table><thead><tr><th>Invoice no.</th><th>Reference (OCR)</th><th class='num'>Amount"
            "</th></tr></thead><tbody><tr><td>2271044</td><td>" + se_ocr("22710447") + "</td><td class='num'>"
            "97,000.00</td></tr><tr><td>2271102</td><td>" + se_ocr("22711021") + "</td><td class='num'>7,800.00"
            "</td></tr><tr><td colspan='2'><b>Total paid</b></td><td class='num'><b>104,800.00</b></td></tr>"
            "</tbody></table>")
    body = ("Hi,\n\nHalvorsen sent us their remittance advice (attached), forwarding for your ledger.\n\nGemma\n"
            "Accounts Office, Nordhavn International School\n")
    m = _se("iss_g", "FW: Remittance advice Halvorsen Offshore", "Mon, 28 Jun 2027 09:05:00", body,
            attachments=[pdf("remittance_halvorsen_2027-06-25.pdf", html)])
    return m, expect_advice("a customer's remittance advice as a PDF, forwarded by the school", OTHER,
                            {"name": "Halvorsen Offshore AS", "org_no": None}, "2027-06-25", "104800.00", "SEK",
                            [("2271044", se_ocr("22710447"), "97000.00"), ("2271102", se_ocr("22711021"), "7800.00")])
