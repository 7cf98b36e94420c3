"""Twenty-fourth held-out set (written blind), part C: replies to the centre's question mails (answering,
answering partly, not answering; the token in the subject, only in the headers, only in the quote) and requests
in between, two of which must ask (missing quantity and price, an approximate amount, a name registered in both
countries)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import expect_reply, expect_requests, mail, new_cust, xlsx

from .defs_a import SIG_ARKIS, SIG_HAMN, SIG_LAB, SIG_OPISTO, SIG_TIE, SIG_VATT, _fi, _se
from .kit24 import ASK, MUSE, OPISTO, OTHER, PLAIN, VATT, W, case, cust, line, request

CENTRE_SE_Q = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI_Q = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"


def _quote(prefix: str, lines: list[str]) -> str:
    return "\n".join(prefix + s if s else prefix.rstrip() for s in lines) + "\n"


@case("n32_sv_lab_reply_orgno_outlook")
def _n32() -> Any:
    org_no = se_org("559412377")
    q = ("\n\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 7 december 2026 10:02\n"
         "Till: Anders Ek <anders.ek@regionlab-soder.se>\nÄmne: [REQ-4QX8M] Frågor om ert faktureringsunderlag\n\n"
         "Hej,\n\nvi behöver följande för att kunna fakturera Bjärehus Fastighets AB:\n"
         "1. Kundens organisationsnummer (customer.org_no)\n\nSammanfattning: RL10 Vattenanalys, standard 5 st "
         "à 620,00 kr\n\nKundfaktura, servicecentret\n")
    m = _se("lab", "SV: [REQ-4QX8M] Frågor om ert faktureringsunderlag", "Mon, 07 Dec 2026 11:20:00",
            f"Hej,\n\norg.nr är {org_no}.\n" + SIG_LAB + q)
    return m, expect_reply("Outlook reply with the org number above the quote; the quoted summary line and the "
                           "agency's own org number are no answer.", OTHER, "REQ-4QX8M",
                           {"customer": {"org_no": org_no}, "lines": []})


@case("n33_fi_tie_reply_second_line_qty_price")
def _n33() -> Any:
    q = _quote("> ", ["Myyntilaskutus kirjoitti 2.12.2026 klo 9.14:", "Hei,", "",
                      "laskutuspyyntönne Pohjanmaan Maansiirto Oy:lle on kesken. Tarvitsemme:",
                      "1. Määrä rivillä 2 \"Tiealueen vuokra\" (lines[1].quantity)",
                      "2. Yksikköhinta rivillä 2 \"Tiealueen vuokra\" (lines[1].unit_price)", "",
                      "Rivi 1: VP10 Erikoiskuljetuslupa 2 kpl à 96,00 €"])
    m = _fi("tie", "Re: [REQ-P7D2K] Kysymyksiä laskutuspyynnöstä", "Wed, 02 Dec 2026 10:40:00",
            "Hei,\n\n1. 3 kuukautta\n2. 450,00 € / kk\n" + SIG_TIE + "\n" + q)
    return m, expect_reply("Numbered answers for the second line (lines[1]); nothing from the quoted summary.",
                           OTHER, "REQ-P7D2K", {"lines": [{"quantity": None, "unit_price": None},
                                                          {"quantity": "3", "unit_price": "450.00"}]})


@case("n34_sv_hamn_reply_partly_answered")
def _n34() -> Any:
    q = ("\n-----Ursprungligt meddelande-----\nFrån: Kundfaktura\nÄmne: [REQ-H3W9T] Fråga om underlag Östervik "
         "Stuveri\n\n1. Antal för rad 1 \"Förtöjningshjälp\" (lines[0].quantity)\n2. Pris för rad 1 "
         "\"Förtöjningshjälp\" (lines[0].unit_price)\n")
    m = _se("hamn", "SV: [REQ-H3W9T] Fråga om underlag Östervik Stuveri", "Mon, 07 Dec 2026 16:02:00",
            "Hej,\n\nDet var två tillfällen. Priset måste jag kolla med hamnkaptenen, återkommer om det.\n"
            + SIG_HAMN + q)
    return m, expect_reply("Partly answered: the quantity (a number word) is given, the price is not.", OTHER,
                           "REQ-H3W9T", {"lines": [{"quantity": "2", "unit_price": None}]})


@case("n35_fi_arkis_reply_not_answered")
def _n35() -> Any:
    q = _quote("> ", ["Aihe: [REQ-7KM2P] Kysymys laskutuspyynnöstä", "",
                      "1. Asiakkaan Y-tunnus (customer.org_no)", "2. Määrä rivillä 1 (lines[0].quantity)"])
    m = _fi("arkis", "VS: [REQ-7KM2P] Kysymys laskutuspyynnöstä", "Fri, 04 Dec 2026 14:30:00",
            "Hei,\n\nselvitän nämä asiakkaalta ja palaan asiaan ensi viikolla.\n" + SIG_ARKIS + "\n" + q)
    return m, expect_reply("A reply that answers nothing yet: the token, no partial request (the agency's own "
                           "Y-tunnus in the signature is no answer).", OTHER, "REQ-7KM2P", None)


@case("n36_en_vatt_reply_token_in_headers_only")
def _n36() -> Any:
    q = _quote("> ", ["On 4 Dec 2026, at 09:00, Myyntilaskutus wrote:", "1. Unit price for line 1 "
                      "\"Anslutningsavgift\" (lines[0].unit_price)"])
    m = _fi("vatt_fin", "Re: Questions about your invoicing request", "Fri, 04 Dec 2026 13:45:00",
            "Hi,\n\nthe connection fee is a fixed fee of EUR 2,450.00.\n\nBest regards,\nFinance, Vasklot "
            "vattenverk Ab\n\n" + q,
            headers={"In-Reply-To": "<REQ-9ZB4N.1@palvelukeskus.fi>",
                     "References": "<REQ-9ZB4N.1@palvelukeskus.fi>"})
    return m, expect_reply("English reply whose token is only in In-Reply-To/References; 'EUR 2,450.00'.", OTHER,
                           "REQ-9ZB4N", {"lines": [{"unit_price": "2450.00"}]})


@case("n37_fs_vatt_reply_token_in_quote_only")
def _n37() -> Any:
    q = ("\n\nFrån: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\nSkickat: 7.12.2026 8:15\nÄmne: "
         "[REQ-T5R6W] Frågor om er faktureringsbegäran\n\n1. Kundens FO-nummer (customer.org_no)\n\n"
         "Sammanfattning: Vasklot Fastigheter, VV30 Mätarbyte 1 st\n")
    m = _fi("vatt", "Sv: Frågor om er faktureringsbegäran", "Mon, 07 Dec 2026 09:05:00",
            "Hej,\n\nFO-numret är 2134567-3.\n" + SIG_VATT + q)
    return m, expect_reply("Finland-Swedish reply whose token is only in the quoted question mail; the answer is "
                           "the customer's FO-nummer, not the agency's in the signature.", OTHER, "REQ-T5R6W",
                           {"customer": {"org_no": "2134567-3"}, "lines": []})


@case("n38_fi_opisto_xlsx_course_fees_two_customers")
def _n38() -> Any:
    rows: list[Any] = [["Asiakas", "Tuote", "Selite", "Määrä", "Ajanjakso"],
                       ["Järvilinnan Eläkeläiset ry", "KO10", "Tuolijumppa, syksy", 12, "1.9.–30.11.2026"],
                       ["Järvilinnan Eläkeläiset ry", "KO20", "Salivuokra, kerhoilta", 8, "1.9.–30.11.2026"],
                       ["Aino Lehtonen", "KO10", "Akvarellimaalaus", 1, "1.9.–30.11.2026"],
                       ["Yhteensä", None, None, 21, None]]
    fall = {"ps": "2026-09-01", "pe": "2026-11-30"}
    m = _fi("opisto", "Syksyn laskutus", "Mon, 07 Dec 2026 09:30:00",
            "Hei,\n\nsyksyn laskutettavat liitteenä.\n" + SIG_OPISTO,
            attachments=[xlsx("syksy_2026.xlsx", [("Laskutus", rows, [])])])
    return m, expect_requests("XLSX with two customers and a period column; the Yhteensä row is no line.", PLAIN, [
        request(cust("K-8103"), [line(OPISTO, "KO10", "12", desc="Tuolijumppa, syksy", **fall),
                                 line(OPISTO, "KO20", "8", desc="Salivuokra, kerhoilta", **fall)], [], OPISTO),
        request(cust("K-8108"), [line(OPISTO, "KO10", "1", desc="Akvarellimaalaus", **fall)], [], OPISTO)])


@case("n39_sv_muse_missing_quantity_and_price")
def _n39() -> Any:
    m = mail(W["muse"], "Fakturera Lisa Holm", "Tue, 08 Dec 2026 10:10:00 +0100",
             "Hej,\n\nLisa Holm ska faktureras för bildlicenser (VM20) till sin bok om Västerdals fäbodar, samt "
             "konservering av en tavla, 6 timmar. Timpriset för konservering har vi inte bestämt än.\n\nKarin\n",
             to=CENTRE_SE_Q)
    return m, expect_requests("Quantity of the licences not written (no default 1); the conservation line has "
                              "no article and no price: both asked.", ASK, [request(cust("K-7107"), [
                                  line(MUSE, "VM20", None, skip=("description",)),
                                  line(MUSE, None, "6", price=None, skip=("description",))],
                                  ["lines[0].quantity", "lines[1].unit_price"], MUSE)])


@case("n40_en_vatt_approx_amount_ambiguous_name")
def _n40() -> Any:
    m = _fi("vatt_fin", "Invoice request – Nordsjö Rederi", "Tue, 08 Dec 2026 12:00:00",
            "Hello,\n\nplease invoice Nordsjö Rederi for one meter replacement (VV30) and one connection fee "
            "(VV20), approx. EUR 2,400 – the exact figure follows from our technician.\n\nKind regards,\nFinance, "
            "Vasklot vattenverk Ab\nBusiness ID " + SIG_VATT.split("FO-nummer ")[1])
    return m, expect_requests("'Nordsjö Rederi' matches the Swedish AB and the Finnish Ab: no identity, asked; "
                              "an 'approx.' amount is no price.", ASK, [request(
                                  new_cust("Nordsjö Rederi", None, None), [
                                      line(VATT, "VV30", "1", skip=("description",)),
                                      line(VATT, "VV20", "1", price=None, skip=("description",))],
                                  ["customer.org_no", "lines[1].unit_price"], VATT)])
