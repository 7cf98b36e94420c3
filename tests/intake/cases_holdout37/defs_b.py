"""Thirty-seventh held-out set (written blind), part B: the three Finnish agencies in their first month — the city
library's HTML key/value tables, the home-care team's phone mail without punctuation (hetu, a private person by
name, case endings after a colon), the land-survey agency's two-column PDF order forms and case notifications
(Asianumero, Käsittelijä, Tila). Must-ask: a lost item without a price, a new customer without address, a quantity
given as a range, a Y-tunnus failing its check digit, a form price contradicting the agency's price list. Other
kinds: a reply with its token in the subject, an out-of-office answer."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt
from tests.intake.cases.mailkit import expect_reply, expect_requests, expect_unknown, mail, new_cust, pdf

from .kit37 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    HETU_AINO,
    JAN,
    KIRJ,
    KOTI,
    MAAN,
    ND,
    NP,
    OTHER,
    PLAIN,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_KIRJ = ("<p>Ystävällisin terveisin<br>{n}<br>Raahen kaupunginkirjasto | Rantakatu 45, 92100 Raahe<br>"
            "Y-tunnus " + org(KIRJ) + " | puh. 044 439 3011</p>")
SIG_KOTI = ("\n\nYstävällisin terveisin\n{n}\nKotihoito Itä, tiimi 3\nJärvi-Savon hyvinvointialue | Y-tunnus "
            + org(KOTI) + "\npuh. 044 417 2210 (tiimi) | vaihde 015 527 000\nSairaalantie 8, 57100 Savonlinna\n\n"
            "Tämä viesti voi sisältää salassa pidettävää tietoa. Jos viesti on tullut sinulle vahingossa, "
            "ilmoita lähettäjälle ja poista viesti.\n")
SIG_MAAN = ("\n\nTerveisin\n{n}\nKiinteistö- ja karttavirasto | Y-tunnus " + org(MAAN) + "\n"
            "Asiakaspalvelu 029 530 1100 | Opastinsilta 12, 00520 Helsinki\n")
KV = "<tr><th style='text-align:left;padding-right:12px'>{k}</th><td>{v}</td></tr>"
FORM_CSS = (".cols { column-count: 2; column-gap: 12mm } .cols p { margin: 0 0 4pt 0 } "
            ".lbl { font-size: 7pt; color: #555 } table.items { margin-top: 8mm }")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _kv(rows: list[tuple[str, str]]) -> str:
    return "<table border='1' cellspacing='0'>" + "".join(KV.format(k=k, v=v) for k, v in rows) + "</table>"


def _no_order(out: dict[str, Any]) -> dict[str, Any]:
    """The agency's own booking/case number is not the customer's order number (left unchecked)."""
    for r in out["requests"]:
        del r["order_reference"]
    return out


@case("q17_fi_kirj_html_keyvalue_room_hire")
def _q17() -> Any:
    html = ("<html><body><p>Hei,</p><p>uusi laskutettava tilavuokra alla.</p>"
            + _kv([("Asiakas", "Raahen Taideyhdistys ry"), ("Y-tunnus", cust("C-3801")["org_no"]),
                   ("Tuote", "KI20 Tilavuokra, Kirjastosali"), ("Määrä", "3 h"),
                   ("Ajankohta", "ke 27.1.2027 klo 17–20"), ("Hinta", "hinnaston mukaan"),
                   ("Viitteenne", "Leena Ojala"), ("Varaus-ID (Timmi)", "55102")])
            + SIG_KIRJ.format(n="Marjut Kangas") + "</body></html>")
    m = _fi("kirj_m", "Laskutus: Kirjastosali 27.1.", "Mon, 01 Feb 2027 09:40:12", None, html=html)
    return m, _no_order(expect_requests(
        "HTML-only key/value table; hours and a clock range on one date; the booking system's id is the "
        "library's own", PLAIN, [
            request(cust("C-3801"), [line(KIRJ, "KI20", "3", ps="2027-01-27", skip=ND)], [], KIRJ,
                    buyer="Leena Ojala")]))


@case("q18_fi_kirj_html_two_keyvalue_blocks_twin_by_ytunnus")
def _q18() -> Any:
    html = ("<html><body><p>Hei!</p><p>Kaksi laskua tammikuulta:</p><h3>Lasku 1</h3>"
            + _kv([("Asiakas", "Pohjois-Pohjanmaan Lukuseura ry"), ("Tuote", "KI50 Kirjavinkkaus, ryhmä"),
                   ("Määrä", "4 ryhmää"), ("Ajankohta", "19.–21.1.2027"), ("Viitteenne", "Sirpa Nevala")])
            + "<h3>Lasku 2</h3>"
            + _kv([("Asiakas", "Kustbygg"), ("Y-tunnus", cust("C-3704")["org_no"]),
                   ("Tuote", "KI20 Tilavuokra, Kirjastosali (rekrytointitilaisuus)"), ("Määrä", "2 h"),
                   ("Ajankohta", "30.1.2027"), ("Tilausnumero", "KB-7781")])
            + SIG_KIRJ.format(n="Kirjaston asiakaspalvelu") + "</body></html>")
    m = _fi("kirj", "Tammikuun laskutus (2 kpl)", "Tue, 02 Feb 2027 08:05:33", None, html=html)
    return m, expect_requests("two key/value blocks, two customers; a twin name made unique by its Y-tunnus",
                              PLAIN, [
        request(cust("C-3802"), [line(KIRJ, "KI50", "4", ps="2027-01-19", pe="2027-01-21", skip=ND)], [], KIRJ,
                buyer="Sirpa Nevala"),
        request(cust("C-3704"), [line(KIRJ, "KI20", "2", ps="2027-01-30", skip=ND)], [], KIRJ, order="KB-7781")])


@case("q19_fi_kirj_lost_books_one_price_missing")
def _q19() -> Any:
    body = ("Hei,\n\nPohjois-Pohjanmaan Lukuseura ry:n lukupiirin lainaamat kirjat ovat kadonneet, ja seura "
            "korvaa ne (tuote KI10, kadonnut aineisto):\n\n1) Sinuhe egyptiläinen, 1 kpl, korvaushinta 29,90 €\n"
            "2) Täällä Pohjantähden alla I–III (yhteisnide), 1 kpl, korvaushinta selvitetään vielä "
            "kustantajalta\n\nViitteenne: Sirpa Nevala\n\nTerveisin\nMarjut Kangas\nRaahen kaupunginkirjasto\n")
    m = _fi("kirj_m", "Kadonneet kirjat / Lukuseura", "Tue, 02 Feb 2027 13:10:09", body)
    return m, expect_requests("an unpriced article on two lines, one with a price and one without: only the "
                              "second price asked", ASK, [
        request(cust("C-3802"), [line(KIRJ, "KI10", "1", "29.90", skip=ND + NP),
                                 line(KIRJ, "KI10", "1", None, skip=ND + NP)], ["lines[1].unit_price"], KIRJ,
                buyer="Sirpa Nevala")])


@case("q20_fi_kirj_new_village_association_no_address")
def _q20() -> Any:
    yt = fi_yt("2976318")
    html = ("<html><body><p>Hei,</p><p>kirjastoauto kävi kyläjuhlassa, asiakas on uusi.</p>"
            + _kv([("Asiakas", "Pattijoen Kyläyhdistys ry"), ("Y-tunnus", yt),
                   ("Sähköposti", "pattijoen.kylayhdistys@posti-demo.fi"), ("Laskutusosoite", "(ei tiedossa)"),
                   ("Tuote", "KI40 Kirjastoauton vierailu"), ("Hinta", "kertamaksu, hinnaston mukaan"),
                   ("Päivä", "la 30.1.2027")])
            + SIG_KIRJ.format(n="Marjut Kangas") + "</body></html>")
    m = _fi("kirj_m", "Kirjastoauto Pattijoki 30.1.", "Wed, 03 Feb 2027 10:22:45", None, html=html)
    return m, expect_requests("a new customer (valid Y-tunnus, not in the register) with e-mail only: address "
                              "asked; 'kertamaksu' makes quantity 1", ASK, [
        request(new_cust("Pattijoen Kyläyhdistys ry", yt, "FI", email="pattijoen.kylayhdistys@posti-demo.fi"),
                [line(KIRJ, "KI40", "1", ps="2027-01-30", skip=ND)], ["customer.address"], KIRJ)])


@case("q21_fi_kirj_reply_price_of_second_line")
def _q21() -> Any:
    token = "REQ-7KX2M"
    body = ("Hei,\n\nTäällä Pohjantähden alla -yhteisniteen korvaushinta on 64,50 €.\n\nMarjut\n\n"
            "ti 2.2.2027 klo 14.05 Myyntilaskutus (myyntilaskutus@palvelukeskus.fi) kirjoitti:\n"
            "> Hei! Tarvitsemme seuraavat tiedot laskun tekemiseksi [" + token + "]:\n"
            "> 1. Rivin 2 \"Täällä Pohjantähden alla I–III (yhteisnide)\" yksikköhinta (lines[1].unit_price)\n"
            "> Rivin 1 hinta 29,90 € on jo kirjattu.\n")
    m = _fi("kirj_m", "Vs: [" + token + "] Puuttuvia tietoja laskutuspyynnöstä", "Thu, 04 Feb 2027 09:01:37",
            body, headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply answering the second line's price; the quoted 29,90 is not taken", OTHER,
                           token, {"lines": [{}, {"unit_price": "64.50"}]})


@case("q22_fi_koti_phone_no_punctuation_hetu")
def _q22() -> Any:
    body = ("hei aino heikkinen hetu " + HETU_AINO + " tammikuun kotihoito kh10 42 käyntiä ja ateriat kh20 31 kpl "
            "laskutus normaalisti kiitos t sari\n\nLähetetty iPhonesta\n")
    m = _fi("koti_s", "aino h tammikuu", "Mon, 01 Feb 2027 07:48:20", body)
    return m, expect_requests("phone mail without punctuation; a private customer by hetu; a month without a year "
                              "for both lines", PLAIN, [
        request(cust("C-3803"), [line(KOTI, "KH10", "42", ps=JAN[0], pe=JAN[1], skip=ND),
                                 line(KOTI, "KH20", "31", ps=JAN[0], pe=JAN[1], skip=ND)], [], KOTI)])


@case("q23_fi_koti_phone_private_by_name_lowercase")
def _q23() -> Any:
    body = "veikko lehtonen tammikuu turvapuhelin kh30 1 kk kylvetys kh40 4 krt muuta ei t sari\n"
    m = _fi("koti_s", "veikko", "Mon, 01 Feb 2027 08:03:55", body)
    return m, expect_requests("phone mail without punctuation: a private person by a lower-case name matching "
                              "exactly one register customer; the month applies to both lines", PLAIN, [
        request(cust("C-3804"), [line(KOTI, "KH30", "1", ps=JAN[0], pe=JAN[1], skip=ND),
                                 line(KOTI, "KH40", "4", ps=JAN[0], pe=JAN[1], skip=ND)], [], KOTI)])


@case("q24_fi_koti_signature_numbers_purchase_order")
def _q24() -> Any:
    body = ("Hei,\n\nPalvelutalo Kultakoti Oy:n ostopalvelusopimuksen mukaiset kotihoidon käynnit ajalta "
            "1.–15.1.2027:\n\n  KH10  kotihoidon käynti    128 käyntiä\n  KH40  kylvetyspalvelu       22 krt\n\n"
            "Viitteenne: palvelupäällikkö Riitta Vainio\nOstotilaus: PO 45110872" + SIG_KOTI.format(
                n="Kotihoito Itä / laskutus"))
    m = _fi("koti", "Kultakoti 1.–15.1.2027", "Tue, 02 Feb 2027 11:36:01", body)
    return m, expect_requests("a name with ':n', a day range for both lines, a purchase order; the signature's "
                              "Y-tunnus, phone numbers and postal code are the agency's", PLAIN, [
        request(cust("C-3805"), [line(KOTI, "KH10", "128", ps="2027-01-01", pe="2027-01-15", skip=ND),
                                 line(KOTI, "KH40", "22", ps="2027-01-01", pe="2027-01-15", skip=ND)], [], KOTI,
                buyer="palvelupäällikkö Riitta Vainio", order="PO 45110872")])


@case("q25_fi_koti_phone_quantity_range")
def _q25() -> Any:
    body = ("hei palvelutalo kultakoti oy:n ateriat kh20 tammikuulta 18-20 kpl en oo varma tarkistan huomenna "
            "listoista mut laita jo vireille t sari\n\nLähetetty iPhonesta\n")
    m = _fi("koti_s", "kultakoti ateriat", "Wed, 03 Feb 2027 16:12:40", body)
    return m, expect_requests("a quantity given as a range the writer is unsure of: quantity asked", ASK, [
        request(cust("C-3805"), [line(KOTI, "KH20", None, ps=JAN[0], pe=JAN[1], skip=ND)],
                ["lines[0].quantity"], KOTI)])


@case("q26_fi_koti_out_of_office_with_token")
def _q26() -> Any:
    token = "REQ-P4T8N"
    body = ("Olen lomalla 1.–12.2.2027. Kiireellisissä asioissa ota yhteyttä kotihoidon tiimiin, puh. "
            "044 417 2210.\n\nSari Pesonen\n")
    m = _fi("koti_s", "Automaattinen vastaus: [" + token + "] Puuttuvia tietoja laskutuspyynnöstä",
            "Thu, 04 Feb 2027 14:00:03", body,
            headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_unknown("an out-of-office answer to a question mail, token in the subject", OTHER,
                             token_checked=False)


def _form(title: str, left: list[tuple[str, str]], right: list[tuple[str, str]], rows: list[tuple[str, ...]],
          foot: str) -> str:
    """A two-column order form: the orderer's block flows in the left column, the billing block in the right."""
    block = "".join(f"<p><span class='lbl'>{k}</span><br>{v}</p>" for k, v in left + right)
    items = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<h1>{title}</h1><div class='cols'>{block}</div><table class='items'><thead><tr><th>Tuote</th>"
            f"<th>Nimike</th><th>Määrä</th><th>Yks.</th><th>À-hinta</th></tr></thead><tbody>{items}</tbody>"
            f"</table><p>{foot}</p>")


@case("q27_fi_maan_pdf_two_column_order_form")
def _q27() -> Any:
    html = _form("Tilauslomake – asiointipalvelu", [
        ("Tilaaja", "Rakennustoimisto Harjula Oy"), ("Y-tunnus", cust("C-3806")["org_no"]),
        ("Osoite", "Teollisuustie 3, 33960 Pirkkala"), ("Yhteyshenkilö", "Jere Lahti, puh. 040 588 1203")], [
        ("Viitteenne", "Työmaa Vaittinen / Jere Lahti"), ("Tilausnumero", "HAR-PO-2027-0032"),
        ("Toimitusosoite", "Työmaatoimisto, Vaittisentie 4, 33950 Pirkkala"), ("Toimitettu", "29.1.2027")], [
        ("MK10", "Kiinteistörekisterin ote", "3", "kpl", "17,00"), ("MK20", "Lainhuutotodistus", "2", "kpl", "20,00"),
        ("MK40", "Karttatuloste A3", "4", "kpl", "28,00")], "Tilaus 2027-00219. Hinnat arvonlisäverottomia.")
    body = ("Asiointipalvelun tilaus 2027-00219 on toimitettu.\nKäsittelijä: KKV asiakaspalvelu\nTila: Toimitettu\n\n"
            "Laskutustiedot liitteenä (tilauslomake)." + SIG_MAAN.format(n="Asiointi"))
    m = _fi("maan", "Tilaus 2027-00219 toimitettu – laskutus", "Mon, 01 Feb 2027 12:30:00", body,
            attachments=[pdf("tilauslomake_2027-00219.pdf", html, FORM_CSS)])
    return m, expect_requests("two-column PDF order form (the columns interleave when the text is extracted); "
                              "one delivery date for all lines; the contact's phone is no quantity", PLAIN, [
        request(cust("C-3806"), [line(MAAN, "MK10", "3", "17.00", ps="2027-01-29"),
                                 line(MAAN, "MK20", "2", "20.00", ps="2027-01-29"),
                                 line(MAAN, "MK40", "4", "28.00", ps="2027-01-29")], [], MAAN,
                buyer="Työmaa Vaittinen / Jere Lahti", order="HAR-PO-2027-0032")])


@case("q28_fi_maan_case_notice_kasittelija_tila")
def _q28() -> Any:
    body = ("Hei,\n\nalla asianhallinnan ilmoitus, toimitus on päätetty ja sen voi laskuttaa.\n\n"
            "---\nAsianumero: MKV/1187/2026\nToimituslaji: Rajankäynti\nKäsittelijä: Tuomas Rinne, "
            "toimitusinsinööri, puh. 040 715 3390\nTila: Päätetty 1.2.2027\nVireille: 14.10.2026\n"
            "Asianosaisia: 3\n\nLaskutettava: Metsänomistajat Järvi-Suomi ry, Y-tunnus " + cust("C-3807")["org_no"]
            + "\nViitteenne: toiminnanjohtaja Kari Hämäläinen\n\nVeloitettavat:\nMK30  Rajankäynti, maastotyö "
            "19.–20.1.2027   14,5 h\nMK10  Kiinteistörekisterin ote          2 kpl\n---" + SIG_MAAN.format(
                n="Tuomas Rinne"))
    m = _fi("maan_t", "Laskutus MKV/1187/2026", "Tue, 02 Feb 2027 14:44:12", body)
    return m, _no_order(expect_requests(
        "case notification with process fields (Asianumero, Käsittelijä with a phone number, Tila, Vireille, "
        "Asianosaisia: 3); a day range only on the first line", PLAIN, [
            request(cust("C-3807"), [line(MAAN, "MK30", "14.5", ps="2027-01-19", pe="2027-01-20", skip=ND),
                                     line(MAAN, "MK10", "2", skip=ND)], [], MAAN,
                    buyer="toiminnanjohtaja Kari Hämäläinen")]))


@case("q29_fi_maan_pdf_form_bad_ytunnus")
def _q29() -> Any:
    html = _form("Tilauslomake – asiointipalvelu", [
        ("Tilaaja", "Kiinteistö Oy Oulun Tervahovi"), ("Y-tunnus", bad_check(fi_yt("2288417"))),
        ("Osoite", "Tervahovinkatu 2, 90100 Oulu")], [
        ("Viitteenne", "isännöitsijä Pekka Salmi"), ("Toimitettu", "3.2.2027")], [
        ("MK10", "Kiinteistörekisterin ote", "1", "kpl", "17,00"), ("MK20", "Lainhuutotodistus", "1", "kpl", "20,00")],
        "Tilaus 2027-00264.")
    body = ("Asiointipalvelun tilaus 2027-00264 on toimitettu.\nKäsittelijä: KKV asiakaspalvelu\nTila: Toimitettu\n\n"
            "Laskutustiedot liitteenä." + SIG_MAAN.format(n="Asiointi"))
    m = _fi("maan", "Tilaus 2027-00264 toimitettu – laskutus", "Thu, 04 Feb 2027 12:30:00", body,
            attachments=[pdf("tilauslomake_2027-00264.pdf", html, FORM_CSS)])
    return m, expect_requests("the form's Y-tunnus fails its check digit and the name is not in the register: "
                              "org_no asked (not the address, which the form gives anyway)", ASK, [
        request(new_cust("Kiinteistö Oy Oulun Tervahovi", None, None),
                [line(MAAN, "MK10", "1", "17.00", ps="2027-02-03"), line(MAAN, "MK20", "1", "20.00", ps="2027-02-03")],
                ["customer.org_no"], MAAN, buyer="isännöitsijä Pekka Salmi")])


@case("q30_fi_maan_form_price_contradicts_price_list")
def _q30() -> Any:
    html = _form("Tilauslomake (vanha pohja)", [
        ("Tilaaja", "Rakennustoimisto Harjula Oy"), ("Y-tunnus", cust("C-3806")["org_no"])], [
        ("Viitteenne", "Jere Lahti"), ("Toimitettu", "4.2.2027")], [
        ("MK40", "Karttatuloste A3", "6", "kpl", "32,00"), ("MK10", "Kiinteistörekisterin ote", "2", "kpl", "17,00")],
        "")
    body = ("Hei,\n\nHarjulan tilauslomake liitteenä. Lomakkeella karttatulosteen (MK40) hinnaksi on merkitty "
            "32,00 €/kpl, mutta hinnastossamme se on 28,00 €. En tiedä kumpi on oikein – asiakas on voinut saada "
            "vanhan lomakepohjan, selvitän asian. Otteiden hinta on oikein." + SIG_MAAN.format(n="Tuomas Rinne"))
    m = _fi("maan_t", "Harjula 4.2. – hinta epäselvä", "Fri, 05 Feb 2027 10:15:27", body,
            attachments=[pdf("harjula_2027-02-04.pdf", html, FORM_CSS)])
    return m, expect_requests("a unit price on the form that differs from the price list, the writer does not know "
                              "which is right: that price is asked; the other line goes through", ASK, [
        request(cust("C-3806"), [line(MAAN, "MK40", "6", None, ps="2027-02-04"),
                                 line(MAAN, "MK10", "2", "17.00", ps="2027-02-04")], ["lines[0].unit_price"], MAAN,
                buyer="Jere Lahti")])
