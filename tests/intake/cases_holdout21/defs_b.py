"""Twenty-first held-out set (written blind), part B: requests that must ask — a missing count or price, an
ambiguous customer, a count that two parts of the mail give differently, a line sum that does not add up, an
approximate amount, a new customer without an address, a bad check digit."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt, se_org
from tests.intake.cases.mailkit import expect_requests, new_cust, text_att, xlsx

from .defs_a import SIG_KULTUR, SIG_LIIK, SIG_MILJO, SIG_NET, SIG_POLIS, SIG_RUOKA, SIG_TRAFIK, _fi, _se
from .kit21 import ASK, KULTUR, LIIK, MILJO, ND, NET, POLIS, RUOKA, TRAFIK, case, cust, line, request

NEW_FI = fi_yt("3012345")
NDP = ND + ("period_start", "period_end")  # a decision date in prose: left open


@case("a25_sv_miljo_hours_per_missing_time_report")
def _a25() -> Any:
    body = ("Hej,\n\nfakturera Älvdals Livs AB för tillsyn (MK10) i november 2026, antal timmar enligt bifogad "
            "tidrapport.\n" + SIG_MILJO)
    m = _se("miljo", "Tillsyn Älvdals Livs november", "Fri, 04 Dec 2026 09:00:00", body)
    return m, expect_requests("Hours 'enligt bifogad tidrapport' but nothing attached: quantity asked.", ASK, [
        request(cust("K-5001"), [line(MILJO, "MK10", None, ps="2026-11-01", pe="2026-11-30", skip=ND)],
                ["lines[0].quantity"], MILJO)])


@case("a26_fi_ruoka_special_study_no_price")
def _a26() -> Any:
    body = ("Hei,\n\nRavintola Sataman Helmi Oy:lle erityisselvitys (RV90) 1 kpl, listeria-selvitys 2.–13.11.2026. "
            "Hinnasta sovitaan erikseen, palaan asiaan.\n" + SIG_RUOKA)
    m = _fi("ruoka", "Erityisselvitys Sataman Helmi", "Fri, 04 Dec 2026 11:10:00", body)
    return m, expect_requests("An article without a register price, no price written: the price is asked.", ASK, [
        request(cust("K-6003"), [line(RUOKA, "RV90", "1", ps="2026-11-02", pe="2026-11-13", skip=ND)],
                ["lines[0].unit_price"], RUOKA)])


@case("a27_sv_polis_ambiguous_nordhav_events")
def _a27() -> Any:
    body = ("Hej,\n\ntillstånd för offentlig tillställning (PT10), 1 st, beslut 27 november, till Nordhav Events "
            "för julmarknaden. Fakturera enligt taxa.\n" + SIG_POLIS)
    m = _se("polis", "Tillstånd julmarknad", "Mon, 07 Dec 2026 10:15:00", body)
    return m, expect_requests("'Nordhav Events' matches both the AB and the Oy: no customer identity.", ASK, [
        request(new_cust("Nordhav Events", None, None), [line(POLIS, "PT10", "1", skip=NDP)],
                ["customer.org_no"], POLIS)])


@case("a28_fi_liik_hours_disagree_body_and_attachment")
def _a28() -> Any:
    csv = "Asiakas;Tuote;Tunnit;Päivä\nKoskelan Palloseura ry;LP20;10;2026-11-28\n"
    body = ("Hei,\n\nPalloseuran turnaus 28.11.: tekonurmikenttä LP20 yhteensä 12 tuntia, erittely liitteenä. "
            "Laskutus hinnaston mukaan.\n" + SIG_LIIK)
    m = _fi("liik_var", "Turnaus 28.11. Palloseura", "Mon, 07 Dec 2026 08:40:00", body,
            attachments=[text_att("turnaus.csv", csv)])
    return m, expect_requests("The body says 12 hours, the attached row 10 for the same booking: a clerk cannot "
                              "tell which, so one line with the quantity asked.", ASK, [
        request(cust("K-6001"), [line(LIIK, "LP20", None, ps="2026-11-28", skip=ND)], ["lines[0].quantity"],
                LIIK)])


@case("a29_sv_trafik_line_sum_does_not_add_up")
def _a29() -> Any:
    rows: list[Any] = [["Kund", "Art", "Text", "Timmar", "À-pris", "Belopp", "Datum"],
                       ["Norrdals Dansklubb", "LT10", "Buss till tävling i Umeå", 6, 780, 3900, "2026-11-14"],
                       ["Summa", None, None, None, None, 3900, None]]
    m = _se("trafik", "Beställningstrafik Dansklubben", "Thu, 03 Dec 2026 14:50:00",
            "Hej,\n\nunderlag bifogat.\n" + SIG_TRAFIK, attachments=[xlsx("dansklubb.xlsx", [("Blad1", rows, [])])])
    return m, expect_requests("6 h × 780 = 4 680, but the sheet says 3 900 (= 5 h): the hours cannot be trusted "
                              "and are asked; the price agrees with the register.", ASK, [
        request(cust("K-5005"), [line(TRAFIK, "LT10", None, "780", desc="Buss till tävling i Umeå",
                                      ps="2026-11-14")], ["lines[0].quantity"], TRAFIK)])


@case("a30_fisv_kultur_cleaning_cirka")
def _a30() -> Any:
    body = ("Hej,\n\nStrandby Teaterförening rf, premiären 28.11.2026:\n- salhyra KU10, 6 timmar\n- städning efter "
            "föreställningen, cirka 150 €\n\nFakturera gärna så fort som möjligt.\n" + SIG_KULTUR)
    m = _fi("kultur", "Premiären – fakturering", "Tue, 01 Dec 2026 13:20:00", body)
    return m, expect_requests("A 'cirka' amount without a quantity: quantity and price asked for that line.", ASK, [
        request(cust("K-6005"), [line(KULTUR, "KU10", "6", ps="2026-11-28", skip=ND),
                                 line(KULTUR, None, None, ps="2026-11-28", skip=ND)],
                ["lines[1].quantity", "lines[1].unit_price"], KULTUR)])


@case("a31_fi_ruoka_new_customer_no_address")
def _a31() -> Any:
    body = ("Hei,\n\nuusi toimija: Kahvila Kanerva Oy, Y-tunnus " + NEW_FI + ", sähköposti "
            "kanerva.kahvila@posti.fi. Ensitarkastus 19.11.2026, RV10 1,5 h.\n" + SIG_RUOKA)
    m = _fi("ruoka", "Ensitarkastus Kahvila Kanerva", "Wed, 02 Dec 2026 15:30:00", body)
    return m, expect_requests("A new customer with a valid Y-tunnus and only an e-mail address: address asked.",
                              ASK, [request(new_cust("Kahvila Kanerva Oy", NEW_FI, "FI", "kanerva.kahvila@posti.fi"),
                                            [line(RUOKA, "RV10", "1.5", ps="2026-11-19", skip=ND)],
                                            ["customer.address"], RUOKA)])


@case("a32_en_net_private_person_name_only")
def _a32() -> Any:
    body = ("Hi,\n\none more workshop participant to invoice: Dr. Ingrid Solberg (independent researcher), one "
            "participant fee RN10 for the workshop on 12 November 2026. I don't have her details yet.\n" + SIG_NET)
    m = _fi("net", "One more participant", "Fri, 04 Dec 2026 12:00:00", body)
    return m, expect_requests("A person by name only, not in the register: identity asked.", ASK, [
        request({"org_no": None, "customer_number": None}, [line(NET, "RN10", "1", ps="2026-11-12", skip=ND)],
                ["customer.org_no"], NET)])


@case("a33_sv_polis_bad_check_digit")
def _a33() -> Any:
    bad = bad_check(se_org("559321441"))
    body = ("Hej,\n\nfakturera Julmarknad i Norr ek. för., org.nr " + bad + ", för tillstånd PT10, 1 st, beslut "
            "2026-11-30.\n" + SIG_POLIS)
    m = _se("polis", "Tillstånd Julmarknad i Norr", "Tue, 01 Dec 2026 16:10:00", body)
    return m, expect_requests("An org number failing its check digit is no identifier; name not registered.", ASK, [
        request({"org_no": None, "customer_number": None}, [line(POLIS, "PT10", "1", skip=NDP)],
                ["customer.org_no"], POLIS)])


@case("a34_fi_ruoka_samples_without_count")
def _a34() -> Any:
    body = ("Hei,\n\nLeipomo Aurinko Oy: näytteenotto (RV20) 3.11.2026 omavalvonnan tarkastuksen yhteydessä. "
            "Laskutetaan hinnaston mukaan.\n" + SIG_RUOKA)
    m = _fi("ruoka", "Näytteenotto Leipomo Aurinko", "Thu, 03 Dec 2026 10:05:00", body)
    return m, expect_requests("Sampling without a count: quantity asked (1 is not a default).", ASK, [
        request(cust("K-6002"), [line(RUOKA, "RV20", None, ps="2026-11-03", skip=ND)], ["lines[0].quantity"],
                RUOKA)])
