"""A billing label's value that says how, when or how much to invoice is no customer (issue #14): "Laskutus",
"Fakturering" and "Billing" name whom to bill in a client's order (holdout40), but head a form's invoicing terms
as well — "Fakturering: kvartalsvis", "Laskutus: kuukausittain", "Billing: monthly" had the frequency read as
the customer's name, in place of the customer the mail names."""
from __future__ import annotations

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import mail
from tests.intake.cases_holdout40.kit40 import CENTRE_FI, REGISTRY, W

CENTRE_SE = "Fakturering <fakturering@servicecentret.se>"
DATE = "Wed, 07 Apr 2027 10:00:00 +0300"


def _customer(frm: str, to: str, body: str) -> dict:
    out = parse_message(mail(frm, "Faktureringsunderlag", DATE, body, to=to).as_bytes(), REGISTRY)
    assert out["kind"] == "invoice_request"
    assert len(out["requests"]) == 1
    return out["requests"][0]["customer"]


_SV = "Hej,\n\nFakturering: {v}\nKund: Restaurang Sjöboden AB\n\nTillsyn MH10, 2 tim den 6 april 2027.\n\nPetra\n"
_SV_PROSE = "Hej,\n\nfakturera Restaurang Sjöboden AB för tillsyn 6.4.2027, MH10 2 tim.\nFakturering: {v}\n\nPetra\n"
_FI = ("Hei,\n\nLaskutus: {v}\nAsiakas: Kalajoen kaupunki\n\nKK10 Vuosikertomus, ruotsiksi, 12 sivua, "
       "käännetty 6.4.2027.\n\nSanna\n")
_EN = ("Hi,\n\nBilling: {v}\nCustomer: Nordisk Boligforskning AS\n\nHR10 Conference fee, 3 participants, "
       "7 April 2027.\n\nKarin\n")


@pytest.mark.parametrize(("frm", "to", "body", "value", "custno"), [
    (W["mhk_p"], CENTRE_SE, _SV, "kvartalsvis", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV, "Månadsvis", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV, "en gång per kvartal", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV, "30.4.2027", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV, "april 2027", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV, "2 300 kr", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV_PROSE, "kvartalsvis", "C-4002"),
    (W["mhk_p"], CENTRE_SE, _SV_PROSE, "Ja", "C-4002"),
    (W["kaan_s"], CENTRE_FI, _FI, "kuukausittain", "C-4107"),
    (W["kaan_s"], CENTRE_FI, _FI, "Neljännesvuosittain", "C-4107"),
    (W["kaan_s"], CENTRE_FI, _FI, "huhtikuu 2027", "C-4107"),
    (W["kaan_s"], CENTRE_FI, _FI, "kerran kuussa", "C-4107"),
    (W["kaan_s"], CENTRE_FI, _FI, "Kyllä", "C-4107"),
    (W["nhrn_k"], CENTRE_SE, _EN, "monthly", "C-4301"),
    (W["nhrn_k"], CENTRE_SE, _EN, "Quarterly", "C-4301"),
    (W["nhrn_k"], CENTRE_SE, _EN, "Q2 2027", "C-4301"),
    (W["nhrn_k"], CENTRE_SE, _EN, "EUR 450.00", "C-4301"),
    (W["nhrn_k"], CENTRE_SE, _EN, "yes", "C-4301"),
])
def test_a_billing_labels_frequency_date_amount_or_yes_is_no_customer(frm, to, body, value, custno):
    cust = _customer(frm, to, body.format(v=value))
    assert cust["customer_number"] == custno
    assert (cust["name"] or "").casefold() != value.casefold()


@pytest.mark.parametrize(("frm", "to", "body", "custno"), [
    (W["mhk_p"], CENTRE_SE, "Hej,\n\nFakturering: Restaurang Sjöboden AB\n\nTillsyn MH10, 2 tim den 6 april 2027.\n"
     "\nPetra\n", "C-4002"),
    (W["kaan_s"], CENTRE_FI, "Hei,\n\nLaskutus: Kalajoen kaupunki\n\nKK10 Vuosikertomus, ruotsiksi, 12 sivua, "
     "käännetty 6.4.2027.\n\nSanna\n", "C-4107"),
    (W["nhrn_k"], CENTRE_SE, "Hi,\n\nBilling: Nordisk Boligforskning AS\n\nHR10 Conference fee, 3 participants, "
     "7 April 2027.\n\nKarin\n", "C-4301"),
])
def test_a_billing_label_naming_a_party_is_still_the_customer(frm, to, body, custno):
    assert _customer(frm, to, body)["customer_number"] == custno


def test_a_billing_labels_terms_on_the_line_below_are_no_customer():
    body = "Hej,\n\nFakturering:\nkvartalsvis\nKund: Restaurang Sjöboden AB\n\nTillsyn MH10, 2 tim den 6 april 2027.\n"
    cust = _customer(W["mhk_p"], CENTRE_SE, body)
    assert (cust["customer_number"], cust["name"]) == ("C-4002", "Restaurang Sjöboden AB")
