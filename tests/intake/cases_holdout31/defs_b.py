"""Thirty-first held-out set (written blind), part B: the Finnish agencies writing Finnish — groups × persons,
'kolme', musicians × clock times, days × persons, prices incl. VAT, a discount per group, dotted thousands, a
total with a count in a reply chain; four that must ask ('noin', a range of hours, 'n. 2,5 k€', a count to
follow); a payment advice in a PDF and an auto-reply."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_ref, fi_yt
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit31 import (
    ASK,
    CENTRE_FI,
    HETU_MATTI,
    LAP,
    ND,
    ORK,
    OTHER,
    PLAIN,
    TURV,
    W,
    case,
    cust,
    line,
    org,
    pay,
    request,
    when,
)

SIG_LAP = ("\n\nTerveisin\n{n}\nLapin luontokeskus Kiilopää\nY-tunnus " + org(LAP) + " | IBAN " + pay(LAP)
           + " | p. 040 555 0192\n")
SIG_ORK = "\n\nYstävällisin terveisin\nOrkesterin toimisto\nSaimaan kaupunginorkesteri, Y-tunnus " + org(ORK) + "\n"
SIG_TURV = ("\n\nTerveisin\n{n}\nKoulutusmyynti | Itä-Suomen turvallisuusopisto\nY-tunnus " + org(TURV)
            + "\nTämä viesti voi sisältää luottamuksellista tietoa.\n")


def _fi(frm: str, subj: str, stamp: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, when(stamp, finnish=True), body, to=CENTRE_FI, **kw)


@case("y17_fi_lap_two_groups_of_nine")
def _y17() -> Any:
    body = ("Hei!\n\nLaskuttakaa Revontuli Safaris Oy:tä (Y-tunnus " + cust("K-3202")["org_no"] + "): opastettu "
            "revontuliretki (LP10) 12.4. kahdelle ryhmälle, kummassakin 9 henkeä. Hinta hinnaston mukaan.\n\n"
            "Viitteenne: Antti Lehto" + SIG_LAP.format(n="Sari Magga"))
    m = _fi("lap_s", "Revontuliretket 12.4.", "2027-04-14 09:30", body)
    return m, expect_requests("'kahdelle ryhmälle, kummassakin 9 henkeä' on a per-person article: 18", PLAIN, [
        request(cust("K-3202"), [line(LAP, "LP10", "18", ps="2027-04-12", skip=ND)], [], LAP,
                buyer="Antti Lehto")])


@case("y18_fi_lap_private_hetu_three_nights")
def _y18() -> Any:
    body = ("Hei,\n\nyksityisasiakas Matti Heikkinen (hetu " + HETU_MATTI + "), Revontulentie 5 A 3, 96100 "
            "Rovaniemi, varasi varaustuvan (LP20) kolme vuorokautta 9.–12.4.2027.\n"
            + SIG_LAP.format(n="Asiakaspalvelu"))
    m = _fi("lap", "Varaustupa / yksityinen", "2027-04-13 12:05", body)
    return m, expect_requests("a private person by hetu; 'kolme vuorokautta' and a date range", PLAIN, [
        request(cust("K-3207"), [line(LAP, "LP20", "3", ps="2027-04-09", pe="2027-04-12", skip=ND)], [], LAP)])


@case("y19_fi_ork_four_musicians_clock_times")
def _y19() -> Any:
    body = ("Hei,\n\nSaimaan Kuoroyhdistys ry:lle laskutettavaksi: neljä muusikkoa säestämässä kevätkonsertin "
            "kenraaliharjoitusta la 17.4. klo 9–11.30. Tuote OR10 (muusikkotunti), normaali taksa." + SIG_ORK)
    m = _fi("ork", "Kuoron kenraaliharjoitus 17.4.", "2027-04-19 10:40", body)
    # Per musician and hour: 4 × 2.5 h = 10.
    return m, expect_requests("'neljä muusikkoa' × 'klo 9–11.30' on a per-musician-hour article: 10", PLAIN, [
        request(cust("K-3203"), [line(ORK, "OR10", "10", ps="2027-04-17", skip=ND)], [], ORK)])


@case("y20_fi_ork_tsv_dotted_thousands_unit_price")
def _y20() -> Any:
    tsv = ("asiakas\ttuote\tselite\tmäärä\tyks.hinta\tpvm\n"
           "Tapahtumatoimisto Sointu Oy\tOR90\tKevätgaala, orkesterin konserttikokonaisuus\t1\t2.450,00\t23.4.2027\n"
           "Tapahtumatoimisto Sointu Oy\tOR20\tPatarumpujen vuokra\t3\t60,00\t21.–23.4.2027\n"
           "Saimaan Kuoroyhdistys ry\tOR30\tNuottikopiot, Requiem\t240\t0,50\t14.4.2027\n")
    m = _fi("ork", "Huhtikuun laskutus", "2027-04-26 08:20",
            "Hei, liitteenä huhtikuun laskutettavat (sarkaineroteltu). Hinnat ilman alv:ia." + SIG_ORK,
            attachments=[text_att("laskutus_huhtikuu.tsv", tsv, subtype="tab-separated-values")])
    # "Hinnat ilman alv:ia" says the prices are excl. VAT (as the contract takes them); the articles' rates stay.
    return m, expect_requests("TSV, 'yks.hinta' with a dot for thousands, a range in a cell, two customers", PLAIN, [
        request(cust("K-3204"), [
            line(ORK, "OR90", "1", "2450.00", desc="Kevätgaala, orkesterin konserttikokonaisuus", ps="2027-04-23"),
            line(ORK, "OR20", "3", "60.00", desc="Patarumpujen vuokra", ps="2027-04-21", pe="2027-04-23")], [],
            ORK),
        request(cust("K-3203"), [line(ORK, "OR30", "240", "0.50", desc="Nuottikopiot, Requiem", ps="2027-04-14")],
                [], ORK)])


@case("y21_fi_turv_two_days_times_four_persons")
def _y21() -> Any:
    body = ("Hei!\n\nRakennus Kivijalka Oy, Y-tunnus " + cust("K-3205")["org_no"] + ", tilausnumero KJ-2027-118.\n"
            "Työturvallisuuskoulutus (TU10) 19.–20.4.2027: 2 päivää × 4 henkilöä.\n"
            + SIG_TURV.format(n="Jari Nieminen"))
    m = _fi("turv_j", "Laskutus Kivijalka", "2027-04-21 13:00", body)
    return m, expect_requests("'2 päivää × 4 henkilöä' on a per-person-day article: 8; order number", PLAIN, [
        request(cust("K-3205"), [line(TURV, "TU10", "8", ps="2027-04-19", pe="2027-04-20", skip=ND)], [], TURV,
                order="KJ-2027-118")])


@case("y22_fi_turv_price_including_vat")
def _y22() -> Any:
    body = ("Hei,\n\nlaskutetaan yksi tilauskoulutus (TU90) \"Vartijan ensiapu\" 22.4.2027 Savon Vartiointi "
            "Oy:ltä, asiakasnumero K-3206. Sovittu hinta 1 255 € sisältäen alv:n 25,5 %."
            + SIG_TURV.format(n="Jari Nieminen"))
    m = _fi("turv_j", "Tilauskoulutus Savon Vartiointi", "2027-04-23 09:15", body)
    # 1 255 incl. 25.5 % VAT is 1 000 excl.; the rate is written for the line, so it is the line's (the article's
    # own rate is 0).
    return m, expect_requests("a price incl. VAT in words: 1 255 / 1.255 = 1 000; the written rate 25.5 applies",
                              PLAIN, [
        request(cust("K-3206"), [line(TURV, "TU90", "1", "1000.00", vat="25.5", ps="2027-04-22", skip=ND)], [],
                TURV)])


@case("y23_fi_turv_pdf_discount_per_group_and_minutes")
def _y23() -> Any:
    html = ("<h1>Tilausvahvistus 2027-0231</h1><p>Asiakas: Savon Vartiointi Oy<br/>Y-tunnus: "
            + cust("K-3206")["org_no"] + "<br/>Ostotilaus: PO 4410082<br/>Koulutuspäivä: 27.4.2027</p>"
            "<table><thead><tr><th>Tuote</th><th>Kuvaus</th><th>Määrä</th><th class='num'>Yks.hinta €</th>"
            "<th class='num'>Alennus</th></tr></thead><tbody>"
            "<tr><td>TU30</td><td>Alkusammutuskoulutus, 12 hengen ryhmät</td><td>3 ryhmää</td>"
            "<td class='num'>420,00</td><td class='num'>-20,00 €/ryhmä</td></tr>"
            "<tr><td>TU20</td><td>Harjoituskentän käyttö</td><td>1 h 30 min</td><td class='num'>180,00</td>"
            "<td class='num'></td></tr></tbody></table><p>Hinnat alv 0 %, arvonlisävero lisätään laskulle.</p>")
    m = _fi("turv", "Laskutettava: tilausvahvistus 2027-0231", "2027-04-28 10:30",
            "Hei, laskutettava tilausvahvistus liitteenä." + SIG_TURV.format(n="Koulutusmyynti"),
            attachments=[pdf("tilausvahvistus_2027-0231.pdf", html)])
    # A discount in euros per group lowers the unit price: 420 − 20 = 400; 1 h 30 min = 1.5 h.
    return m, expect_requests("PDF: a per-unit discount in euros → net 400; '1 h 30 min' = 1.5; PO number", PLAIN, [
        request(cust("K-3206"), [
            line(TURV, "TU30", "3", "400.00", desc="Alkusammutuskoulutus, 12 hengen ryhmät", ps="2027-04-27"),
            line(TURV, "TU20", "1.5", "180.00", desc="Harjoituskentän käyttö", ps="2027-04-27")], [], TURV,
            order="PO 4410082")])


@case("y24_fi_lap_reply_chain_total_for_thirty")
def _y24() -> Any:
    body = ("Hei,\n\nlaskuttakaa tämä Lapin Retkeilijät ry:ltä: tunturiretki (LP10) 24.4.2027, osallistujia oli "
            "30, sovittu kokonaishinta 960 € (alv 0 % hinnassa, alv lisätään).\n" + SIG_LAP.format(n="Sari Magga")
            + "\nLähettäjä: Lapin Retkeilijät ry <rahastonhoitaja@lapinretkeilijat.fi>\nLähetetty: 2.4.2027 18:12\n"
            "Aihe: Tunturiretki 24.4.\n\n> Hei! Olemme tulossa noin 30 hengen ryhmällä. Saisimmeko ryhmähinnan?\n"
            "> t. Eila Korhonen, rahastonhoitaja\n")
    m = _fi("lap_s", "VS: Tunturiretki 24.4.", "2027-04-26 15:45", body)
    # The count above the quote is exact (30); the quoted "noin 30" is the customer's earlier guess. 960 / 30.
    return m, expect_requests("reply chain: an agreed total for 30 participants → unit price 32", PLAIN, [
        request(cust("K-3201"), [line(LAP, "LP10", "30", "32.00", ps="2027-04-24", skip=ND)], [], LAP)])


@case("y25_fi_lap_about_twenty_five_persons")
def _y25() -> Any:
    body = ("Hei,\n\nRevontuli Safaris, asiakasnro K-3202: lumikenkäretki (LP10) 29.4., noin 25 henkeä. Tarkka "
            "määrä tulee oppaalta ensi viikolla.\n" + SIG_LAP.format(n="Sari Magga"))
    m = _fi("lap_s", "Lumikenkäretki 29.4.", "2027-04-30 08:50", body)
    return m, expect_requests("'noin 25 henkeä' with the exact count to follow: quantity asked", ASK, [
        request(cust("K-3202"), [line(LAP, "LP10", None, ps="2027-04-29", skip=ND)], ["lines[0].quantity"],
                LAP)])


@case("y26_fi_ork_xlsx_hours_as_a_range")
def _y26() -> Any:
    rows = [["Asiakas", "Tuote", "Muusikot", "Tunnit", "Pvm"],
            ["Tapahtumatoimisto Sointu Oy", "OR10", 2, "3–4", "30.4.2027"],
            ["Tapahtumatoimisto Sointu Oy", "OR20", None, "2 vrk", "29.–30.4.2027"]]
    m = _fi("ork", "Vappuaaton keikka", "2027-04-30 12:10",
            "Hei, vappuaaton keikan tiedot liitteessä. Tunnit vielä vähän auki, soittajat eivät ole kirjanneet.\n"
            + SIG_ORK, attachments=[xlsx("keikka_vappuaatto.xlsx", [("Keikka", rows, [])])])
    # 2 musicians × "3–4" hours is no count; the instrument rent of 2 days is clear.
    return m, expect_requests("XLSX: hours given as a range '3–4': that line's quantity asked", ASK, [
        request(cust("K-3204"), [line(ORK, "OR10", None, ps="2027-04-30", skip=ND),
                                 line(ORK, "OR20", "2", ps="2027-04-29", pe="2027-04-30", skip=ND)],
                ["lines[0].quantity"], ORK)])


@case("y27_fi_turv_price_n_two_and_half_keur")
def _y27() -> Any:
    body = ("Hei!\n\nRakennus Kivijalka: tilauskoulutus (TU90) 1 kpl, tulityökoulutus 28.4.2027. Hinta n. 2,5 k€, "
            "vahvistan tarkan summan kun kouluttajan matkakulut selviää." + SIG_TURV.format(n="Jari Nieminen"))
    m = _fi("turv_j", "Tulityökoulutus Kivijalka", "2027-04-29 14:35", body)
    return m, expect_requests("'n. 2,5 k€' on an article without a price: price asked; name without 'Oy'", ASK, [
        request(cust("K-3205"), [line(TURV, "TU90", "1", None, ps="2027-04-28", skip=ND)],
                ["lines[0].unit_price"], TURV)])


@case("y28_fi_turv_new_customer_count_later")
def _y28() -> Any:
    yt = fi_yt("3311402")
    body = ("Hei,\n\nuusi asiakas: Kuopion Kiinteistöhuolto Oy, Y-tunnus " + yt + ", Savilahdentie 8, 70210 "
            "Kuopio.\nKoulutuspäivä (TU10) 29.4.2027, osallistujamäärä ilmoitetaan myöhemmin.\n"
            + SIG_TURV.format(n="Koulutusmyynti"))
    m = _fi("turv", "Uusi asiakas / koulutuspäivä", "2027-04-29 16:02", body)
    return m, expect_requests("a new customer with Y-tunnus and address (nothing to ask there), count to follow",
                              ASK, [
        request(new_cust("Kuopion Kiinteistöhuolto Oy", yt, "FI", vat_no=None),
                [line(TURV, "TU10", None, ps="2027-04-29", skip=ND)], ["lines[0].quantity"], TURV)])


@case("y29_fi_lap_payment_advice_pdf")
def _y29() -> Any:
    r1, r2 = fi_ref("2704118"), fi_ref("2704125")
    html = ("<h1>Maksuilmoitus</h1><p>Maksaja: Revontuli Safaris Oy, Y-tunnus " + cust("K-3202")["org_no"]
            + "<br/>Maksupäivä: 26.4.2027<br/>Saaja: Lapin luontokeskus Kiilopää</p><table><thead><tr>"
            "<th>Lasku</th><th>Viite</th><th class='num'>Summa</th></tr></thead><tbody>"
            "<tr><td>27-0411</td><td>" + r1 + "</td><td class='num'>1.254,00</td></tr>"
            "<tr><td>27-0412</td><td>" + r2 + "</td><td class='num'>2.508,50</td></tr>"
            "<tr><td colspan='2'>Yhteensä EUR</td><td class='num'>3.762,50</td></tr></tbody></table>")
    m = _fi("lap", "VL: Maksuilmoitus", "2027-04-27 09:05",
            "Hei, asiakkaan maksuilmoitus tiedoksi.\n" + SIG_LAP.format(n="Asiakaspalvelu"),
            attachments=[pdf("maksuilmoitus_260427.pdf", html)])
    return m, expect_advice("a payment advice as PDF, dotted thousands", OTHER,
                            {"name": "Revontuli Safaris Oy", "org_no": cust("K-3202")["org_no"]}, "2027-04-26",
                            "3762.50", "EUR", [("27-0411", r1, "1254.00"), ("27-0412", r2, "2508.50")])


@case("y30_fi_ork_auto_reply")
def _y30() -> Any:
    body = ("Kiitos viestistäsi. Orkesterin toimisto on suljettu 30.4.–3.5.2027. Vastaamme viesteihin 4.5. alkaen."
            "\n\nSaimaan kaupunginorkesteri\n")
    m = _fi("ork", "Automaattinen vastaus: Lasku 27-0455 / 3 kpl", "2027-04-30 16:00", body,
            headers={"Auto-Submitted": "auto-replied"})
    return m, expect_unknown("an auto-reply whose subject carries numbers", OTHER)
