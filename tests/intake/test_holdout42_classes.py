"""The classes the forty-second blind set (tests/intake/cases_holdout42) found, each in other words than its case
and with a register of its own (a Swedish hostel, a Finnish camp centre, an English-writing field station): a count
of days alone ("3 dagar", "4 vuorokautta", "two days") is no count of an article charged per person and day —
asked, never invoiced as the persons' count. A period labelled for a kind of thing ("Kurssijakso") dates the lines
about it told by their article's register name too, not only by their own words; the day a statement was given
dates it also when its complement stands between the noun and the verb ("Yttrandet om bygglovet lämnades 12
oktober", "the statement on the shoreline permit was issued on …"). "Yksi testi." after a line is its count; a total
"before VAT" is a sum; "14 tkr" after a line is its price, asked; "€/hlö" heads a price column; a count-less body
line over the attached rows of its article is no line; an authority's party label ("Sökande:", "Hakija:") names
the customer without itself; "ref:" is the buyer's reference; "Utbildning" heads the line's text."""
from __future__ import annotations

from typing import Any

from intake.parse import parse_message
from tests.intake.cases.ids import fi_yt, se_org
from tests.intake.cases.kit_helpers import agency
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import customer as _c
from tests.intake.cases.mailkit import mail, xlsx

CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"
HOSTEL = "Vandrarhemmet Udden <bokning@udden-demo.se>"
CAMP = "Leirikeskus Kallio <laskutus@kallioleiri-demo.fi>"
FIELD = "Field Station Kivi <office@kivifield-demo.fi>"
ENV = "Miljökontoret <miljo@orsa-demo.se>"

REGISTRY: dict[str, Any] = {
    "agencies": [
        agency("UDD-SE", "Mora kommun, Vandrarhemmet Udden", "SE", se_org("212000220"), "sv",
               ("Strandvägen 1", "792 30", "Mora"), "5055-1234", "kundfaktura@servicecentret.se",
               ["bokning@udden-demo.se"]),
        agency("KAL-FI", "Kallion leirikeskus", "FI", fi_yt("0204819"), "fi", ("Leiritie 4", "41160", "Tikkakoski"),
               "FI2112345600000785", "myyntilaskutus@palvelukeskus.fi", ["laskutus@kallioleiri-demo.fi"]),
        agency("KIVI-FI", "Kivi Field Station", "FI", fi_yt("3021547"), "en", ("Kivitie 2", "99490", "Kilpisjärvi"),
               "FI2112345600000786", "myyntilaskutus@palvelukeskus.fi", ["office@kivifield-demo.fi"]),
        agency("MILJ-SE", "Orsa kommun, Miljökontoret", "SE", se_org("212000226"), "sv",
               ("Box 23", "794 21", "Orsa"), "5055-4321", "kundfaktura@servicecentret.se", ["miljo@orsa-demo.se"]),
    ],
    "customers": [
        _c("C-9101", "Orsa kommun", se_org("212000226"), "SE", "faktura@orsa-demo.se", "Box 23", "794 21", "Orsa"),
        _c("C-9201", "Laukaan kunta", fi_yt("0177736"), "FI", "ostolaskut@laukaa-demo.fi", "Laukaantie 16",
           "41340", "Laukaa"),
        _c("C-9102", "Orsa Camping AB", se_org("556677889"), "SE", "info@orsacamping-demo.se", "Sjövägen 2",
           "794 30", "Orsa"),
        _c("C-9301", "Oulun yliopisto", fi_yt("0245896"), "FI", "invoices@oulu-demo.fi", "Pentti Kaiteran katu 1",
           "90570", "Oulu"),
    ],
    "articles": [
        _a("UDD-SE", "UD10", "Skolövernattning, gäst och natt", "gästnatt", "280.00", "12"),
        _a("UDD-SE", "UD20", "Frukost", "st", "85.00", "12"),
        _a("UDD-SE", "UD30", "Läger Fjällvecka, deltagare", "deltagare", "3400.00", "0"),
        _a("UDD-SE", "UD40", "Lägerkost, helpension", "deltagare", "950.00", "12"),
        _a("KAL-FI", "KA10", "Leirikoulu, oppilas ja vuorokausi", "oppilasvrk", "39.00", "10"),
        _a("KAL-FI", "KA20", "Kurssi Retkeilyn perusteet, osallistuja", "hlö", "180.00", "0"),
        _a("KAL-FI", "KA30", "Kurssimateriaali", "kpl", "25.00", "10"),
        _a("KIVI-FI", "KV10", "Field course, per participant-day", "participant-day", "120.00", "25.5"),
        _a("KIVI-FI", "KV90", "Expert statement, hourly", "h", None, "25.5"),
        _a("MILJ-SE", "MK90", "Yttrande, timdebitering", "tim", None, "0"),
    ],
}


def _parse(frm: str, body: str, to: str, subject: str = "Fakturering",
           attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, "Wed, 13 Oct 2027 09:30:00 +0200", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict) -> list[dict]:
    return [li for r in out["requests"] for li in r["lines"]]


def _questions(out: dict) -> list[str]:
    return [q for r in out["requests"] for q in r["questions"]]


def test_nights_alone_are_no_count_of_guest_nights_sv():
    body = ("Hej!\n\nOrsa kommun (kundnr C-9101): skolövernattning UD10 för klass 5B, 4–7 oktober, 3 dagar, "
            "runt 28 elever (listan kommer).\n\nHälsningar\nBokningen\n")
    out = _parse(HOSTEL, body, CENTRE_SE)
    lines = _lines(out)
    assert [li["article"] for li in lines] == ["UD10"]
    assert lines[0]["quantity"] is None and "lines[0].quantity" in _questions(out)


def test_days_alone_are_no_count_of_pupil_days_fi():
    body = ("Hei,\n\nLaukaan kunnan (asiakasnro C-9201) kuudesluokkalaiset olivat leirikoulussa KA10 "
            "4 vuorokautta 4.–8.10.2027. Oppilaita oli parisenkymmentä.\n\nTerveisin\nLeirikeskus\n")
    out = _parse(CAMP, body, CENTRE_FI)
    lines = _lines(out)
    assert [li["article"] for li in lines] == ["KA10"]
    assert lines[0]["quantity"] is None and "lines[0].quantity" in _questions(out)


def test_days_alone_are_no_count_of_participant_days_en_but_a_written_product_is():
    body = ("Hello,\n\nplease invoice Oulun yliopisto (customer no C-9301) for the autumn field course KV10, "
            "two days, 5-6 October 2027.\n\nKind regards\nKivi Field Station\n")
    out = _parse(FIELD, body, CENTRE_FI, subject="Invoice")
    lines = _lines(out)
    assert lines[0]["quantity"] is None and "lines[0].quantity" in _questions(out)
    body = ("Hello,\n\nplease invoice Oulun yliopisto (customer no C-9301) for the autumn field course KV10, "
            "14 participants x 2 days, 5-6 October 2027.\n\nKind regards\nKivi Field Station\n")
    lines = _lines(_parse(FIELD, body, CENTRE_FI, subject="Invoice"))
    assert lines[0]["quantity"] == "28"


def test_a_period_named_for_a_kind_dates_the_lines_whose_register_name_is_of_that_kind():
    body = ("Hei,\n\nlaskutettavaksi Laukaan kunta, asiakasnro C-9201.\nKurssijakso: 1.–29.11.2027\n\n"
            "Tuote  Selite                    Määrä\nKA20   Retkeilyn perusteet        12\nKA30   Materiaalipaketti  "
            "         12\n\nTerveisin\nLeirikeskus\n")
    lines = _lines(_parse(CAMP, body, CENTRE_FI))
    assert [li["article"] for li in lines] == ["KA20", "KA30"]
    assert [(li["period_start"], li["period_end"]) for li in lines] == [("2027-11-01", "2027-11-29")] * 2
    body = ("Hej,\n\nunderlag för Orsa kommun, kundnr C-9101.\nLägerperiod: 8–12 november 2027\n\n"
            "Art    Text                         Antal\nUD30   Fjällvecka åk 8              24\n"
            "UD40   Lägerkost                    24\n\nHälsningar\nBokningen\n")
    lines = _lines(_parse(HOSTEL, body, CENTRE_SE))
    assert [li["article"] for li in lines] == ["UD30", "UD40"]
    assert [(li["period_start"], li["period_end"]) for li in lines] == [("2027-11-08", "2027-11-12")] * 2


def test_the_day_a_statement_was_given_dates_it_across_its_complement():
    body = ("Hej,\n\nOrsa Camping AB (556677-8899) bad om ett yttrande. Yttrandet om bygglovet för servicehuset "
            "lämnades 12 oktober 2027. Debiteras som MK90, 3,5 tim à 1 150 kr.\n\nMvh\nMiljökontoret\n")
    lines = _lines(_parse(ENV, body, CENTRE_SE))
    assert [li["article"] for li in lines] == ["MK90"]
    assert (lines[0]["period_start"], lines[0]["period_end"]) == ("2027-10-12", "2027-10-12")
    body = ("Hello,\n\nOulun yliopisto (customer no C-9301): the statement on the shoreline permit was issued on "
            "11 October 2027. Please invoice it as KV90: 4 h at EUR 95.00.\n\nRegards\nKivi\n")
    lines = _lines(_parse(FIELD, body, CENTRE_FI, subject="Invoice"))
    assert (lines[0]["period_start"], lines[0]["period_end"]) == ("2027-10-11", "2027-10-11")


def test_a_short_count_sentence_naming_the_article_by_its_noun_is_the_lines_count():
    body = ("Hej,\n\nOrsa kommun (kundnr C-9101): frukost för lärarna (UD20) den 6 oktober 2027. Fjorton frukostar."
            "\n\nHälsningar\nBokningen\n")
    lines = _lines(_parse(HOSTEL, body, CENTRE_SE))
    assert [(li["article"], li["quantity"]) for li in lines] == [("UD20", "14")]
    body = ("Hei,\n\nLaukaan kunta (asiakasnro C-9201) tilasi kurssimateriaalia (KA30) 5.10.2027. Kaksi "
            "materiaalia.\n\nTerveisin\nLeirikeskus\n")
    out = _parse(CAMP, body, CENTRE_FI)
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("KA30", "2")] and _questions(out) == []


def test_a_total_before_or_plus_vat_below_the_lines_is_no_line():
    body = ("Hello,\n\nplease invoice Oulun yliopisto (customer no C-9301):\n\nCode  Text              Qty  Price\n"
            "KV10  Field course day  6    EUR 120.00\nKV90  Expert statement  2    EUR 95.00\n\n"
            "Total EUR 910.00 plus VAT.\n\nRegards\nKivi\n")
    out = _parse(FIELD, body, CENTRE_FI, subject="Invoice")
    assert [li["article"] for li in _lines(out)] == ["KV10", "KV90"] and _questions(out) == []


def test_a_price_in_thousands_shorthand_said_after_the_line_is_its_price_asked_never_a_line():
    body = ("Hej,\n\nOrsa Camping AB (556677-8899) har fått ett yttrande om strandskyddet (MK90), 1 st, "
            "12 oktober 2027. Som avtalat blir priset 14 tkr för hela ärendet.\n\nMvh\nMiljökontoret\n")
    out = _parse(ENV, body, CENTRE_SE)
    lines = _lines(out)
    assert [(li["article"], li["quantity"], li["unit_price"]) for li in lines] == [("MK90", "1", None)]
    assert _questions(out) == ["lines[0].unit_price"]


def test_money_per_unit_heads_a_price_column_and_a_covering_line_is_no_line_of_its_own():
    rows = [["Päivä", "Tuote", "Osallistujia", "Maksu €/hlö"], ["2027-10-04", "KA20", "12", "180"],
            ["2027-10-11", "KA20", "9", "180"]]
    body = ("Hei,\n\nLaukaan kunta (asiakasnro C-9201): laskuttakaa lokakuun retkeilykurssit (KA20) liitteen "
            "mukaan.\n\nTerveisin\nLeirikeskus\n")
    out = _parse(CAMP, body, CENTRE_FI, attachments=[xlsx("kurssi.xlsx", [("Lokakuu", rows, [])])])
    lines = _lines(out)
    assert [(li["article"], li["quantity"], li["unit_price"]) for li in lines] == [("KA20", "12", "180"),
                                                                                 ("KA20", "9", "180")]
    assert _questions(out) == []


def test_an_authoritys_party_label_names_the_customer_not_itself():
    body = ("Hej,\n\nprövning av anmälan (MK90), 2 tim à 1 150 kr, beslut 11 oktober 2027.\n\n"
            "Sökande: Orsa Fiskevårdsområde\nOrganisationsnummer: 802400-1234\nAdress: Fiskarvägen 1, 794 30 Orsa"
            "\n\nMvh\nMiljökontoret\n")
    out = _parse(ENV, body, CENTRE_SE)
    assert out["requests"][0]["customer"]["name"] == "Orsa Fiskevårdsområde"
    body = ("Hei,\n\nkurssimateriaali KA30 3 kpl 5.10.2027.\n\nHakija: Tikkakosken Partiolaiset ry\n"
            "Osoite: Partiotie 2, 41160 Tikkakoski\n\nTerveisin\nLeirikeskus\n")
    out = _parse(CAMP, body, CENTRE_FI)
    assert out["requests"][0]["customer"]["name"] == "Tikkakosken Partiolaiset ry"


def test_a_bare_ref_label_is_the_buyers_reference():
    body = ("Hej,\n\nOrsa kommun, kundnr C-9101: 22 frukostar UD20 den 7 oktober 2027.\n"
            "ref: kökschef Lena Dahl\n\nHälsningar\nBokningen\n")
    assert _parse(HOSTEL, body, CENTRE_SE)["requests"][0]["buyer_reference"] == "kökschef Lena Dahl"


def test_a_training_column_names_the_lines_text():
    rows = [["Utbildning", "Datum", "Art", "Antal"], ["Fjällvecka med klättring", "2027-10-04", "UD30", "18"]]
    body = "Hej,\n\nOrsa kommun, kundnr C-9101, enligt bifogad lista.\n\nHälsningar\nBokningen\n"
    out = _parse(HOSTEL, body, CENTRE_SE, attachments=[xlsx("lista.xlsx", [("Okt", rows, [])])])
    assert [(li["article"], li["description"]) for li in _lines(out)] == [("UD30", "Fjällvecka med klättring")]
