"""The classes the 39th blind set (tests/intake/cases_holdout39, mostly not plain requests: forwarded disputes and
reminder complaints, credits, advices, replies; workbooks with title rows and notes) found, each in other words
than its case; one section per class, named with the case that found it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, xlsx
from tests.intake.cases_holdout2.kit import JUHA, OLLE
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list | None = None,
           subject: str = "Fakturering") -> dict:
    m = mail(frm, subject, "Tue, 11 May 2027 10:00:00 +0200", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["article"], Decimal(ln["quantity"]) if ln["quantity"] is not None else None)
            for ln in out["requests"][i]["lines"]]


# --- a forwarded dispute or reminder complaint is no request (s11, s21, money-critical) -----------------------------

_COMPLAINTS = [
    (OLLE, CENTRE_SE, "VB: Reklamation av faktura 26-1187",
     "Hej,\n\nkunden reklamerar, se nedan. Vänta med påminnelse tills vi har tittat på det.\n\n/Olle\n\n"
     "Från: Kassör <kassor@sjobo-demo.se>\nSkickat: den 10 maj 2027 09:12\nÄmne: Faktura 26-1187\n\n"
     "Hej,\n\nSjöbo Vattenråd (kundnr K-4007) reklamerar faktura 26-1187 (portrycksmätning 1020, 2 st à 980 kr). "
     "Mätningen gjordes aldrig. Vi betalar därför inte fakturan.\n\nMvh\nKassören\n"),
    (OLLE, CENTRE_SE, "VB: Påminnelse 4410233",
     "Hej,\n\nse kundens synpunkt nedan. Kan ni kontrollera och vid behov stryka avgiften?\n\n/Olle\n\n"
     "---------- Vidarebefordrat meddelande ----------\nFrån: Nordkap Analys AB <ekonomi@nordkap-demo.se>\n"
     "Ämne: Påminnelse faktura 4410233\n\nHej,\n\nvi fick en betalningspåminnelse för faktura 4410233 med "
     "påminnelseavgift 60 kr. Fakturan kom först efter förfallodagen, så påminnelsen är obefogad. Vi betalar "
     "beloppet 2 350,00 kr (1010, 1 st) men inte avgiften.\n\nHälsningar\nNordkap Analys AB\n"),
    (JUHA, CENTRE_FI, "VL: Huomautus laskusta 5100722",
     "Hei,\n\nalla asiakkaan viesti. Voitteko katsoa?\n\nJuha\n\n---------- Välitetty viesti ----------\n"
     "Lähettäjä: Kuopion Vesi Oy <talous@kuopionvesi-demo.fi>\nAihe: Lasku 5100722\n\n"
     "Hei,\n\nsaimme maksumuistutuksen laskusta 5100722 (LA100, 6 kpl) sekä muistutusmaksun 5 €. "
     "Lasku tuli meille vasta eräpäivän jälkeen, joten emme maksa muistutusmaksua.\n\nTerveisin\nKuopion Vesi Oy\n"),
]


@pytest.mark.parametrize(("frm", "to", "subject", "body"), _COMPLAINTS)
def test_a_forwarded_complaint_about_an_issued_invoice_is_no_request(frm, to, subject, body):
    out = _parse(frm, body, to=to, subject=subject)
    assert out["kind"] not in ("invoice_request", "reply")
    assert out["requests"] == []


# --- a passing mention that nothing is credited keeps a request a request (s02) ------------------------------------

_NOT_CREDITED = [
    (OLLE, CENTRE_SE, "Hej,\n\nfaktura 4410233 är betald och ingenting ska krediteras. Fakturera nu Sjöbo "
                      "Vattenråd (kundnr K-4007): 1010 Geoteknisk provtagning 3 st.\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nlasku 5100722 on maksettu, eikä mitään tarvitse hyvittää. Laskuttakaa Kuopion "
                      "Vesi Oy (asiakasnro K-5001): LA100 Vesinäyte, perusanalyysi 7 kpl.\n\nJuha\n"),
]


@pytest.mark.parametrize(("frm", "to", "body"), _NOT_CREDITED)
def test_a_credit_said_not_to_be_wanted_is_no_credit_request(frm, to, body):
    out = _parse(frm, body, to=to)
    assert out["kind"] == "invoice_request"
    assert len(out["requests"]) == 1 and len(out["requests"][0]["lines"]) == 1


# --- a sheet of persons with their own count column; days to pay in the covering mail (s32) ------------------------

_ROSTERS = [
    (OLLE, CENTRE_SE, "Hej,\n\nkursavgifterna i bifogad fil. Betalas inom 30 dagar, det vet deltagarna.\n\n/Olle\n",
     ["Deltagare", "Personnummer", "Artikel", "Benämning", "Antal"],
     [["Göran Lilja", "19261203-4575", "3010", "Kurs, per deltagare", 1],
      ["Elsa Nyström", "19500614-2383", "3010", "Kurs, per deltagare", 2]]),
    (JUHA, CENTRE_FI, "Hei,\n\nkurssimaksut liitteessä. Maksuaika 21 päivää, osallistujat tietävät sen.\n\nJuha\n",
     ["Osallistuja", "Henkilötunnus", "Tuote", "Kuvaus", "Määrä"],
     [["Aino Heikkilä", "120385-2461", "KO10", "Koulutuspäivä", 1]]),
]


@pytest.mark.parametrize(("frm", "to", "body", "header", "rows"), _ROSTERS)
def test_a_person_column_beside_a_count_column_names_the_persons(frm, to, body, header, rows):
    book = xlsx("kurser.xlsx", [("Kurser", [["Kursavgifter våren 2027"], header, *rows], [])])
    out = _parse(frm, body, to=to, attachments=[book])
    assert out["kind"] == "invoice_request"
    assert [_lines(out, i) for i in range(len(out["requests"]))] == [[(r[2], Decimal(r[4]))] for r in rows]


# --- a marking said as done in a forwarded acceptance: "fakturan märks X" (s13) --------------------------------------

_MARKED = [
    (OLLE, CENTRE_SE, "Hej,\n\nkunden har tackat ja, se nedan. Fakturera nu.\n\n/Olle\n\nFrån: Kansliet "
                      "<kansli@sjobo-demo.se>\nSkickat: den 10 maj 2027 09:14\nÄmne: SV: Offert\n\nHej,\n\nvi tackar "
                      "ja: Sjöbo Vattenråd (kundnr K-4007), 1010 Geoteknisk provtagning 2 st. Fakturan märks Ulla "
                      "Stensson.\n\nHälsningar\nKansliet\n", "Ulla Stensson"),
    (OLLE, CENTRE_SE, "Hi,\n\nplease invoice Sjöbo Vattenråd (customer no K-4007) for 1010 Geoteknisk provtagning, "
                      "2 st. The invoice is marked Per Holm.\n\nOlle\n", "Per Holm"),
]


@pytest.mark.parametrize(("frm", "to", "body", "ref"), _MARKED)
def test_an_invoice_said_to_be_marked_gives_the_buyer_reference(frm, to, body, ref):
    out = _parse(frm, body, to=to)
    assert out["kind"] == "invoice_request"
    assert out["requests"][0]["buyer_reference"] == ref
