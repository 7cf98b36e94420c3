"""The classes the sixteenth blind set (tests/intake/cases_holdout16, "Finnish-speaking agencies, the way they
really write") found, each in other words than its case: a price said to be net of VAT ("veroton hinta",
"(alv 0 %)", "utan moms") is no VAT rate; an initial's dot ends no reference; a Y-tunnus written without its dash
after its label; Finnish reference labels as compounds ("Ostotilausnro", "Asiakasviite"); "puoli päivää"; the day
a billed statement was given; a payer's own "maksoimme tänään <date>"; a party named only by "invoice X for"."""
from __future__ import annotations

from decimal import Decimal

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import items_of as _items
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str | None = None, date: str = "Tue, 12 May 2026 10:00:00 +0300",
           subject: str = "Laskutus") -> dict:
    m = mail(frm, subject, date, body, to=to or CENTRE_FI)
    return parse_message(m.as_bytes(), REGISTRY)


def _req(out: dict, i: int = 0) -> dict:
    return out["requests"][i]


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review"))


def _vat(out: dict) -> list[Decimal]:
    return [Decimal(str(ln["vat_rate"])) for ln in _req(out)["lines"]]


# --- a price said to be net of VAT is no VAT rate (money-critical) ------------------------------------------------

def test_a_price_called_veroton_keeps_the_articles_rate_and_its_gross_checks_out():
    body = ("Hei,\n\nKuopion Vesi Oy: asiantuntijatyö AT10 6 h, veroton tuntihinta 140,00 €, verollinen "
            "tuntihinta 175,70 €.\n\nJuha\n")
    out = _parse(JUHA, body)
    assert _lines(out) == [("AT10", Decimal("6"), Decimal("140.00"))]
    assert _vat(out) == [Decimal("25.5")]
    assert not _held(_req(out))     # the gross is the net with 25.5 % added: accounted for


def test_alv_0_beside_a_price_and_utan_moms_say_net_but_an_exempt_service_is_0():
    out = _parse(JUHA, "Hei,\n\nPirkanmaan Maanrakennus Oy: sedimenttinäyte LA200, 3 kpl, hinta 150,00 €/kpl "
                       "(alv 0 %).\n\nJuha\n")
    assert _vat(out) == [Decimal("25.5")]
    out = _parse(OLLE, "Hej,\n\nVretstorp Entreprenad AB: utredningstimme (2010), 3 tim à 1 300 kr utan moms.\n"
                       "\n/Olle\n", to=CENTRE_SE, date="Tue, 12 May 2026 10:00:00 +0200")
    assert _vat(out) == [Decimal("25")]
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: asiantuntijatyö AT10 2 h, palvelu on arvonlisäveroton.\n\nJuha\n")
    assert _vat(out) == [Decimal("0")]


# --- an initial's dot ends no reference -------------------------------------------------------------------------

def test_a_reference_with_an_initial_is_kept_whole():
    body = "Hei,\n\nKuopion Vesi Oy: vesinäyte LA100, 5 kpl.\nViitteenne: Kunnossapito 14 / M. Rantala\n\nJuha\n"
    assert _req(_parse(JUHA, body))["buyer_reference"] == "Kunnossapito 14 / M. Rantala"
    body = "Hei,\n\nKuopion Vesi Oy: vesinäyte LA100, 5 kpl, yhteyshenkilö P. Virtanen.\n\nJuha\n"
    assert _req(_parse(JUHA, body))["buyer_reference"] == "P. Virtanen"
    # a capital letter ending a sentence still ends the reference
    body = "Hej,\n\nVretstorp Entreprenad AB: 1020, 2 st.\nEr referens: Etapp B. Tack på förhand\n\n/Olle\n"
    out = _parse(OLLE, body, to=CENTRE_SE, date="Tue, 12 May 2026 10:00:00 +0200")
    assert _req(out)["buyer_reference"] == "Etapp B"


# --- a Y-tunnus without its dash right after its label ----------------------------------------------------------

def test_a_dashless_y_tunnus_after_its_label_names_the_customer():
    out = _parse(JUHA, "Hei,\n\nLaskutettava: Y-tunnus 24055188\nVesinäyte LA100, 5 kpl.\n\nJuha\n")
    assert _req(out)["customer"]["customer_number"] == "K-5001"
    assert _req(out)["customer"]["name"] == "Kuopion Vesi Oy"
    assert _req(out)["questions"] == []
    out = _parse(JUHA, "Hei,\n\nKoivulan Sähkö Oy, y-tunnus 31875547, Kauppakatu 3, 70100 Kuopio.\n"
                       "Vesinäyte LA100, 5 kpl.\n\nJuha\n")
    assert _req(out)["customer"]["org_no"] == "3187554-7"
    # one failing its check digit is asked; eight digits without the label are no identifier
    out = _parse(JUHA, "Hei,\n\nKoivulan Sähkö Oy (y-tunnus 24055189), vesinäyte LA100, 5 kpl.\n\nJuha\n")
    assert _req(out)["customer"]["org_no"] is None and "customer.org_no" in _req(out)["questions"]
    out = _parse(JUHA, "Hei,\n\nKoivulan Sähkö Oy, tilaus 31875547, vesinäyte LA100, 5 kpl.\n\nJuha\n")
    assert _req(out)["customer"]["org_no"] is None


# --- Finnish reference labels as compounds ----------------------------------------------------------------------

def test_finnish_order_label_compounds_with_and_without_a_colon():
    base = "Hei,\n\nKuopion Vesi Oy: vesinäyte LA100, 5 kpl.\n{}\n\nJuha\n"
    assert _req(_parse(JUHA, base.format("Ostotilausnro: 4500123456")))["order_reference"] == "4500123456"
    assert _req(_parse(JUHA, base.format("Tilausviite: 4500123456")))["order_reference"] == "4500123456"
    assert _req(_parse(JUHA, base.format("Hankintatilausnro PO-5512")))["order_reference"] == "PO-5512"
    out = _parse(JUHA, base.format("Tilausviite: 040 123 4567"))
    assert _req(out)["order_reference"] is None     # a phone number is no order


def test_finnish_buyer_reference_compounds_but_never_the_payment_reference():
    base = "Hei,\n\nKuopion Vesi Oy: vesinäyte LA100, 5 kpl.\n{}\n\nJuha\n"
    assert _req(_parse(JUHA, base.format("Asiakasviite: Kunnossapito 2027/3")))["buyer_reference"] == \
        "Kunnossapito 2027/3"
    assert _req(_parse(JUHA, base.format("Asiaviite: Vesilupa 2026/8")))["buyer_reference"] == "Vesilupa 2026/8"
    assert _req(_parse(JUHA, base.format("Viitenumero: 1234561")))["buyer_reference"] is None


# --- "puoli päivää" ----------------------------------------------------------------------------------------------

def test_half_a_day_in_finnish_is_the_count_but_half_past_is_not():
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: maastopäivä AT20 puoli päivää 3.5.2026.\n\nJuha\n")
    assert _lines(out) == [("AT20", Decimal("0.5"), Decimal("890.00"))]
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: asiantuntijatyö AT10 alkaen kello puoli kymmenen.\n\nJuha\n")
    assert _lines(out)[0][1] != Decimal("0.5")


# --- the day a billed thing was given -----------------------------------------------------------------------------

def test_the_day_the_billed_publication_was_handed_over_dates_its_line_only():
    body = ("Hei,\n\njulkaisu luovutettu 4.5.2026 Kuopion Vesi Oy:lle.\n"
            "Laskutetaan julkaisu JU10, 2 kpl.\n\nJuha\n")
    ln = _req(_parse(JUHA, body))["lines"][0]
    assert (ln["period_start"], ln["period_end"]) == ("2026-05-04", "2026-05-04")
    body = ("Hei,\n\npäätös annettu 4.5.2026 Kuopion Vesi Oy:lle.\n"
            "Laskutetaan julkaisu JU10, 2 kpl.\n\nJuha\n")
    assert _req(_parse(JUHA, body))["lines"][0]["period_start"] is None     # a decision is not what is billed


# --- a payer's own "we paid today <date>" ---------------------------------------------------------------------------

def test_a_quoted_we_paid_today_with_its_date_gives_the_date_and_the_signing_payer():
    body = ("Hei,\n\nalla asiakkaan viesti tiedoksi.\n\n> Hei,\n> maksoimme tänään 2.6.2026 laskunne 7710301, "
            "summa 196,00 €.\n> Terveisin, Kuopion Vesi Oy / talous\n\nJuha\n")
    out = _parse(JUHA, body, date="Fri, 05 Jun 2026 10:00:00 +0300", subject="Maksu")
    assert out["kind"] == "payment_advice"
    adv = out["payment_advice"]
    assert adv["payment_date"] == "2026-06-02"      # the date written, not the day the note was forwarded
    assert adv["payer"]["name"] == "Kuopion Vesi Oy"
    assert _items(out) == [("7710301", None, Decimal("196.00"))]
    body = "Hei,\n\n> maksoin tänään laskun 7710302, 84,00 €.\n> Terveisin, Pirkanmaan Maanrakennus Oy\n\nJuha\n"
    adv = _parse(JUHA, body, date="Fri, 05 Jun 2026 10:00:00 +0300", subject="Maksu")["payment_advice"]
    assert adv["payment_date"] == "2026-06-05" and adv["payer"]["name"] == "Pirkanmaan Maanrakennus Oy"


# --- a party named only by "invoice X for" --------------------------------------------------------------------------

def test_a_party_named_between_invoice_and_for_is_the_customer_as_written():
    body = ("Hi,\n\ncould you invoice Harbour Watch Collective for two expert hours (AT10) last week? "
            "We don't have their business ID yet.\n\nSarah\n")
    req = _req(_parse(SARAH, body))
    assert req["customer"]["name"] == "Harbour Watch Collective"
    assert "customer.org_no" in req["questions"]
