"""The classes the 29th blind set (tests/intake/cases_holdout29, recurring and period billing) found, each in other
words than its case: a count in calendar units that contradicts its own period is asked; a count of quarters is
no quarter; a count times a count is read also after a failed one; a follow-up sentence counting the article's own
calendar unit is the line's count; a period written in a labelled product value dates the line; the two decisions
of the set (a reference label keeps the title before the name, a contact label drops it; a correction that restates
the request and says to invoice it instead of the earlier one is a request held for the earlier one)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import mail, text_att, xlsx
from tests.intake.cases_holdout29.kit29 import CENTRE_FI, CENTRE_SE, REGISTRY, W
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str = CENTRE_SE, subject: str = "Fakturering",
           attachments: list[Any] | None = None, html: str | None = None) -> dict:
    m = mail(frm, subject, "Tue, 02 Feb 2027 10:00:00 +0100", body, html=html, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict) -> list[tuple[str | None, str | None]]:
    return [(ln["period_start"], ln["period_end"]) for r in out["requests"] for ln in r["lines"]]


def _codes(out: dict, i: int = 0) -> list[str]:
    return [f["code"] for f in out["requests"][i].get("review") or []]


# --- a count in calendar units that its own period contradicts (k06, money-critical) -------------------------------

_CONTRADICTED = [
    (W["lok"], CENTRE_SE, "Hej,\n\nparkeringsplats LF30 åt Kvarnbacken Redovisning AB för januari–mars 2027, "
                          "2 månader à 650 kr.\n\n/Hyresadministrationen\n", "LF30"),
    (W["til"], CENTRE_FI, "Hei,\n\nPirkanmaan Kiinteistöhuolto Oy: autopaikka TK20 ajalle 1.11.2026–31.1.2027, "
                          "2 kk à 45 €.\n\nt. Vuokrauspalvelut\n", "TK20"),
    (W["nri"], CENTRE_FI, "Hello,\n\nplease invoice Arctic Sensing Oy for lab bench rental AR20, 1.3.2027–31.5.2027, "
                          "4 months at 850 EUR.\n\nNARI Finance\n", "AR20"),
]


@pytest.mark.parametrize(("frm", "to", "body", "article"), _CONTRADICTED)
def test_a_month_count_its_own_period_contradicts_is_asked(frm, to, body, article):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, None)]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


_AGREES = [
    (W["lok"], CENTRE_SE, "Hej,\n\nparkeringsplats LF30 åt Kvarnbacken Redovisning AB för januari–mars 2027, "
                          "3 månader à 650 kr.\n\n/Hyresadministrationen\n", "LF30", 3),
    (W["til"], CENTRE_FI, "Hei,\n\nPirkanmaan Kiinteistöhuolto Oy: autopaikka TK20 ajalle 15.1.–14.3.2027, "
                          "2 kk à 45 €.\n\nt. Vuokrauspalvelut\n", "TK20", 2),
]


@pytest.mark.parametrize(("frm", "to", "body", "article", "count"), _AGREES)
def test_a_month_count_its_period_agrees_with_stands(frm, to, body, article, count):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(count))]


# --- a count of quarters is no quarter (p21) ------------------------------------------------------------------------

_QUARTERS = [
    (W["lok"], CENTRE_SE, "Hej,\n\nfastighetsskötsel LF40 för Kvarnbacken Redovisning AB, april–juni 2027, "
                          "1 kvartal à 3 900 kr.\n\n/Hyresadministrationen\n", "LF40"),
    (W["nri"], CENTRE_FI, "Hello,\n\nArctic Sensing Oy: data subscription AR10 for April to June 2027, 1 quarter "
                          "at 2,400 EUR.\n\nNARI Finance\n", "AR10"),
]


@pytest.mark.parametrize(("frm", "to", "body", "article"), _QUARTERS)
def test_one_quarter_before_its_price_is_the_count(frm, to, body, article):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(1))]
    assert out["requests"][0]["questions"] == []


# --- a count times a count after a failed candidate (p05) -----------------------------------------------------------

def test_a_product_after_a_number_that_was_no_product_is_read():
    body = ("Hej,\n\nSundsvalls Konståkningsklubb hade istid (IF10) lördagar 8–10 två helger i mars, 3 pass à "
            "2 timmar.\n\n/Bokningen\n")
    out = _parse(W["idr"], body)
    assert [ln[:2] for ln in _lines(out)] == [("IF10", Decimal(6))]


# --- a follow-up sentence counting the article's calendar unit (p10) ------------------------------------------------

_FOLLOW_UPS = [
    (W["ark"], CENTRE_SE, "Hej!\n\nVi glömde att fakturera Visby Kulturtryck AB för abonnemanget RA20 under "
                          "november–december 2026. Det blir 2 månader à 790 kr.\n\n/Regionarkivet\n", "RA20", 2),
    (W["til"], CENTRE_FI, "Hei,\n\nunohdimme laskuttaa Pirkanmaan Kiinteistöhuolto Oy:n autopaikan TK20 loka–"
                          "joulukuulta 2026. Se tekee 3 kk à 45 €.\n\nt. Vuokrauspalvelut\n", "TK20", 3),
]


@pytest.mark.parametrize(("frm", "to", "body", "article", "count"), _FOLLOW_UPS)
def test_a_follow_up_counting_the_article_s_month_is_its_count(frm, to, body, article, count):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(count))]
    assert out["requests"][0]["questions"] == []


# --- a period written in a labelled product value (o04) -------------------------------------------------------------

def test_a_period_in_the_product_label_dates_the_line():
    body = ("Hej,\n\nKund: Kvarnbacken Redovisning AB\nTjänst: LF20 förrådshyra 1.4.–30.6.2027\nAntal: 3 mån\n\n"
            "/Hyresadministrationen\n")
    out = _parse(W["lok"], body)
    line = out["requests"][0]["lines"][0]
    assert (line["article"], line["period_start"], line["period_end"]) == ("LF20", "2027-04-01", "2027-06-30")


# --- decision: a reference label keeps the title, a contact label drops it (p05) ------------------------------------

_REFERENCES = [
    (W["lok"], CENTRE_SE, "Er referens: ekonomichef Anna Holm", "ekonomichef Anna Holm"),
    (W["lok"], CENTRE_SE, "Kontaktperson: ekonomichef Anna Holm", "Anna Holm"),
    (W["til"], CENTRE_FI, "Viitteenne: talouspäällikkö Satu Laine", "talouspäällikkö Satu Laine"),
    (W["til"], CENTRE_FI, "Yhteyshenkilö: talouspäällikkö Satu Laine", "Satu Laine"),
]


@pytest.mark.parametrize(("frm", "to", "label", "want"), _REFERENCES)
def test_a_reference_label_keeps_the_title_a_contact_label_drops_it(frm, to, label, want):
    customer = "Kvarnbacken Redovisning AB" if to == CENTRE_SE else "Pirkanmaan Kiinteistöhuolto Oy"
    article = "LF30 parkeringsplats 1 mån" if to == CENTRE_SE else "TK20 autopaikka 1 kk"
    body = f"Hej,\n\nKund: {customer}\nTuote: {article}\n{label}\n\nt.\n"
    out = _parse(frm, body, to=to)
    assert out["requests"][0]["buyer_reference"] == want


# --- decision: a correction that restates the request and replaces the earlier one (o04) ----------------------------

_REPLACING: list[tuple[str, str, str, str]] = [
    (W["lok_m"], CENTRE_SE, "Rättelse: parkering", "Hej,\n\nrättelse till mitt mejl i morse, priset var fel. Rätt "
     "underlag:\n\nKund: Kvarnbacken Redovisning AB\nArtikel: LF30 parkeringsplats februari 2027\nAntal: 1\n"
     "Pris: 700 kr\n\nFakturera endast detta och inte det tidigare.\n\nMaria\n"),
    (W["til_j"], CENTRE_FI, "Korjaus", "Hei,\n\nkorjaus aiempaan viestiini: määrä oli väärin. Korjattu pyyntö:\n\n"
     "Asiakas: Pirkanmaan Kiinteistöhuolto Oy\nTuote: TK20 autopaikka\nMäärä: 2 kk\n\nLaskuttakaa ainoastaan "
     "tämä, ei aiempaa.\n\nJari\n"),
]


@pytest.mark.parametrize(("frm", "to", "subject", "body"), _REPLACING)
def test_a_full_correction_is_a_request_held_for_the_earlier_one(frm, to, subject, body):
    out = _parse(frm, body, to=to, subject=subject)
    assert out["kind"] == "invoice_request"
    assert len(out["requests"]) == 1 and out["requests"][0]["lines"]
    assert "replaces_earlier" in _codes(out)


def test_a_partial_correction_stays_for_a_clerk():
    body = ("Hej,\n\nändring till mitt mejl i morse om Kvarnbacken Redovisning AB: det var 2 parkeringsplatser "
            "(LF30), inte 1. Resten stämmer.\n\nMaria\n")
    out: dict[str, Any] = _parse(W["lok_m"], body)
    assert out["kind"] == "unknown" and out["requests"] == []


# --- kinds: a question whether invoices went out, a change of the customer's address (o07, o06) ---------------------

_STATUS = [
    (W["nri"], CENTRE_FI, "Hello,\n\ncan you see if the March invoices for Arctic Sensing Oy were sent? Their "
                          "accounts payable has not seen them.\n\nNARI Finance\n"),
    (W["lok"], CENTRE_SE, "Hej,\n\nkan ni kolla om fakturorna till Kvarnbacken Redovisning AB för januari har "
                          "skickats? De säger att inget har kommit.\n\n/Hyresadministrationen\n"),
    (W["til"], CENTRE_FI, "Hei,\n\nvoisitteko tarkistaa, ovatko Pirkanmaan Kiinteistöhuolto Oy:n tammikuun "
                          "laskut lähteneet? Asiakas ei ole saanut niitä.\n\nt. Vuokrauspalvelut\n"),
]


@pytest.mark.parametrize(("frm", "to", "body"), _STATUS)
def test_asking_whether_invoices_went_out_is_no_request(frm, to, body):
    out = _parse(frm, body, to=to)
    assert out["kind"] == "unknown" and out["requests"] == []


_ADDRESS = [
    (W["lok"], CENTRE_SE, "Hej,\n\nKvarnbacken Redovisning AB har ny postadress från mars: Box 12, 971 02 "
                          "Luleå. Uppdatera gärna registret.\n\n/Hyresadministrationen\n"),
    (W["til"], CENTRE_FI, "Hei,\n\nPirkanmaan Kiinteistöhuolto Oy:n uusi laskutusosoite on Hämeenkatu 5, 33100 "
                          "Tampere. Päivittäkää asiakasrekisteri ennen seuraavaa laskua.\n\nt. Vuokrauspalvelut\n"),
    (W["nri"], CENTRE_FI, "Hello,\n\nArctic Sensing Oy has moved; their new address is Tiedepuisto 4, 90590 Oulu. "
                          "Please update the customer register.\n\nNARI Finance\n"),
]


@pytest.mark.parametrize(("frm", "to", "body"), _ADDRESS)
def test_a_customers_new_address_with_no_line_is_no_request(frm, to, body):
    out = _parse(frm, body, to=to)
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_new_address_beside_a_line_to_invoice_stays_a_request():
    body = ("Hej,\n\nfakturera Kvarnbacken Redovisning AB för parkeringsplats LF30 februari 2027, 1 mån. "
            "Observera ny adress: Box 12, 971 02 Luleå.\n\n/Hyresadministrationen\n")
    out = _parse(W["lok"], body)
    assert out["kind"] == "invoice_request" and _lines(out)[0][:2] == ("LF30", Decimal(1))


# --- a season in a sheet's title: what the sold permits are valid for (p11) -----------------------------------------

@pytest.mark.parametrize("title", ["Kausiluvat 2027 – voimassa 1.5.–31.8.2027",
                                   "Säsongskort sommaren 2027, giltiga 1.5.–31.8.2027"])
def test_the_validity_of_sold_permits_in_a_title_dates_the_lines(title):
    rows = [[title], ["Asiakas", "Tuote", "Kpl"], ["Tunturikota Oy", "MH20", 4]]
    att = xlsx("luvat.xlsx", [("Taul1", rows, [])])
    out = _parse(W["met"], "Hei,\n\nliitteenä kauden luvat laskutukseen.\n\nt. Asiakaspalvelu\n", to=CENTRE_FI,
                 attachments=[att])
    assert _periods(out) == [("2027-05-01", "2027-08-31")]


def test_a_price_lists_validity_in_a_title_dates_nothing():
    rows = [["Hinnasto voimassa 1.1.–31.12.2027"], ["Asiakas", "Tuote", "Kpl"], ["Tunturikota Oy", "MH20", 4]]
    att = xlsx("luvat.xlsx", [("Taul1", rows, [])])
    out = _parse(W["met"], "Hei,\n\nliitteenä luvat laskutukseen.\n\nt. Asiakaspalvelu\n", to=CENTRE_FI,
                 attachments=[att])
    assert _periods(out) != [("2027-01-01", "2027-12-31")]


# --- a column of weeks headed by a plural of time is the rows' period, the count beside it the count (p12) ----------

def test_a_weeks_column_is_the_period_and_the_count_column_the_count():
    csv = ("kund;artikel;veckor;antal;stuga\nKvarnbacken Redovisning AB;IF20;v. 6;1;Stora hallen\n"
           "Kvarnbacken Redovisning AB;IF20;v. 7-8;2;Stora hallen\n")
    out = _parse(W["idr"], "Hej,\n\nhallhyror enligt bifogad fil, pris enligt taxa.\n\n/Bokningen\n",
                 attachments=[text_att("hallar.csv", csv)])
    assert [ln[:2] for ln in _lines(out)] == [("IF20", Decimal(1)), ("IF20", Decimal(2))]
    assert _periods(out) == [("2027-02-08", "2027-02-14"), ("2027-02-15", "2027-02-28")]
    assert out["requests"][0]["questions"] == [] and out["requests"][0]["review"] == []


# --- a club or association column names the customer (p06) ----------------------------------------------------------

def test_an_association_column_names_the_rows_customers():
    html = ("<p>Hej,</p><table><tr><th>Klubb</th><th>Art</th><th>Timmar</th></tr>"
            "<tr><td>Sundsvalls Konståkningsklubb</td><td>IF10</td><td>3</td></tr>"
            "<tr><td>Medelpads Hockeyförbund</td><td>IF10</td><td>5</td></tr></table><p>Bokningen</p>")
    out = _parse(W["idr"], None, html=html)
    assert [r["customer"]["name"] for r in out["requests"]] == ["Sundsvalls Konståkningsklubb",
                                                                 "Medelpads Hockeyförbund"]
    assert all(not r["review"] for r in out["requests"])


# --- a registered association's form ("rf", "r.f.", "r.y.") is no part of the name (k09) ---------------------------

@pytest.mark.parametrize("name", ["Sydösterbottens Seglarklubb", "Sydösterbottens Seglarklubb r.f.",
                                  "SYDÖSTERBOTTENS SEGLARKLUBB RF"])
def test_an_association_is_found_with_or_without_its_form(name):
    body = f"Hej,\n\nbåtplats NP10 åt {name} för säsongen 2027, 1 st.\n\n/Hamnkontoret\n"
    out = _parse(W["nar"], body, to=CENTRE_FI)
    assert out["requests"][0]["customer"]["customer_number"] == "R-3908"


# --- a reply that asks to invoice as the customer's confirmation below says (p08) -----------------------------------

_CONFIRMED = [
    (W["idr_p"], CENTRE_SE, "SV: Hallhyra vecka 14",
     "Hej,\n\ndebitera utifrån klubbens besked nedan, hallhyra IF20 enligt taxa.\n\nPatrik Holm\nIdrottsförvaltningen"
     "\n\nFrån: Kassören <kassor@sundsvallkk.se>\nSkickat: den 1 april 2027 08:00\nTill: Patrik Holm\nÄmne: SV: "
     "Hallhyra vecka 14\n\nHej! Vi tar hallen vecka 14, totalt 1 vecka. Fakturan till Sundsvalls "
     "Konståkningsklubb.\n/Kassören\n", "IF20", 1),
    (W["met_t"], CENTRE_FI, "VS: Tupavaraus",
     "Hei,\n\nlaskuttakaa alla olevan asiakkaan vahvistuksen mukaan, vuokratupa MH10 hinnaston mukaan.\n\nTuula"
     "\n\nLähettäjä: Tunturikota Oy <laskut@tunturikota.fi>\nLähetetty: 1. huhtikuuta 2027 8.00\nVastaanottaja: "
     "Tuula Niemelä\nAihe: VS: Tupavaraus\n\nHei! Vahvistamme tuvan viikoille 15-16, yhteensä 2 viikkoa. Lasku "
     "Tunturikota Oy:lle.\n", "MH10", 2),
]


@pytest.mark.parametrize(("frm", "to", "subject", "body", "article", "count"), _CONFIRMED)
def test_the_confirmation_below_the_note_counts_the_notes_line(frm, to, subject, body, article, count):
    out = _parse(frm, body, to=to, subject=subject)
    assert [ln[:2] for ln in _lines(out)] == [(article, Decimal(count))]
    assert out["requests"][0]["review"]    # two writers' words joined: a clerk checks


def test_a_note_with_its_own_count_keeps_the_confirmation_below_as_its_story():
    """holdout33 w08: "laskuttakaa alla olevan varauksen mukaan: … 2 vrk (NL30) …" states its own line; the quoted
    booking's "noin 30" (people) is no second line."""
    body = ("Hej,\n\ndebitera utifrån klubbens besked nedan: hallhyra IF20, 1 vecka, vecka 14.\n\nPatrik Holm\n"
            "Idrottsförvaltningen\n\nFrån: Kassören <kassor@sundsvallkk.se>\nSkickat: den 1 april 2027 08:00\nTill: "
            "Patrik Holm\nÄmne: SV: Hallhyra vecka 14\n\nHej! Vi tar hallen vecka 14, vi är ungefär 25 åkare. "
            "Fakturan till Sundsvalls Konståkningsklubb.\n/Kassören\n")
    out = _parse(W["idr_p"], body, subject="SV: Hallhyra vecka 14")
    assert [ln[:2] for ln in _lines(out)] == [("IF20", Decimal(1))]


# --- a currency code glued to a word by a hyphen is a thing, not the currency (holdout27 v37) -----------------------

def test_a_currency_code_in_a_compound_word_is_no_foreign_price():
    body = ("Hej,\n\nKvarnbacken Redovisning AB: förråd LF20 EUR-pallplatser, 2 mån, februari–mars 2027.\n\n"
            "/Hyresadministrationen\n")
    out = _parse(W["lok"], body)
    assert [ln[:3] for ln in _lines(out)] == [("LF20", Decimal(2), Decimal("1450.00"))]
    assert out["requests"][0]["currency"] == "SEK"


# --- the customer named in its role; a writer unsure which of two near-twins (k08, k04) -----------------------------

_ROLE_NAMED = [
    (W["met"], CENTRE_FI, "Hei,\n\nvuokratupa MH10 viikolle 12, 1 viikko, asiakkaana Liisa Aho, osoite Kirkkotie 2, "
                          "99800 Ivalo.\n\nt. Asiakaspalvelu\n", "Liisa Aho"),
    (W["lok"], CENTRE_SE, "Hej,\n\nparkeringsplats LF30 mars 2027, 1 mån, som hyresgäst Eva Lind, Storgatan 3, "
                          "972 31 Luleå.\n\n/Hyresadministrationen\n", "Eva Lind"),
]


@pytest.mark.parametrize(("frm", "to", "body", "name"), _ROLE_NAMED)
def test_a_private_customer_named_in_its_role_is_the_customer_as_written(frm, to, body, name):
    out = _parse(frm, body, to=to)
    assert out["requests"][0]["customer"]["name"] == name
    assert "customer.org_no" in out["requests"][0]["questions"]


_UNSURE = [
    "arkivkonsult RA90, 3 timmar à 850 kr. Fakturera Bergströms Bygg AB, eller kanske Bergström Bygg AB, jag är "
    "inte säker.",
    "archive consulting RA90, 3 hours at 850 SEK for Bergström Bygg or maybe Bergströms Bygg, I cannot find the "
    "order.",
]


@pytest.mark.parametrize("sentence", _UNSURE)
def test_a_writer_unsure_which_of_two_customers_resolves_neither(sentence):
    out = _parse(W["ark"], f"Hej,\n\n{sentence}\n\n/Regionarkivet\n")
    cust = out["requests"][0]["customer"]
    assert (cust["org_no"], cust["customer_number"]) == (None, None)
    assert "customer.org_no" in out["requests"][0]["questions"]


def test_one_of_the_twins_named_alone_resolves():
    out = _parse(W["ark"], "Hej,\n\narkivkonsult RA90, 3 timmar à 850 kr åt Bergströms Bygg AB.\n\n/Regionarkivet\n")
    assert out["requests"][0]["customer"]["customer_number"] == "R-2903"
