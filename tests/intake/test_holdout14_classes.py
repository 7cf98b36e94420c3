"""The classes the fourteenth blind set (tests/intake/cases_holdout14, "the front desk's Monday morning") found,
each in other words than its case: signature lines with rooms, houses, floors and opening or phone hours, the
speaker lines of a pasted chat and a meeting's place held correct requests for a clerk (the general net, without
letting a line with a count through); the day of a course given only as an attached or pasted invitation; a
colleague's absence ("semester v. 48–49") read as the service period."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.office_lines import address_line, chat_stamp, hours_line, meeting_place, office_line
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import lines_of as _lines

SIG_SV = ("Olle Berglund | Kundtjänst\nGeoteknisk Nämnd\nTfn 018-47 11 00\n"
          "Rum 3112, Plan 3, Hus 7, Box 670, 751 26 Uppsala\nTelefontid mån–fre 9–11, lunchstängt 12–13\n")
SIG_FI = ("Juha Mäkelä\nYmpäristötutkimus\nHuone 2.41, kerros 2, PL 77, 80101 Joensuu\n"
          "Puhelinaika ma–pe klo 9.00–11.30\n")


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None,
           date: str = "Mon, 30 Nov 2026 09:00:00 +0100") -> dict:
    return parse_message(mail(frm, "Fakturering", date, body, to=to, attachments=attachments).as_bytes(), REGISTRY)


def _period(out: dict, i: int = 0) -> list[tuple[str | None, str | None]]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


# --- signature lines: rooms, houses, floors, opening and phone hours ------------------------------------------------

def test_office_lines_are_recognised_whole():
    assert address_line("Rum 3112, Plan 3, Hus 7, Box 670, 751 26 Uppsala")
    assert address_line("Huone 2.41, kerros 2, PL 77, 80101 Joensuu")
    assert address_line("Room B12 / Building 4, Campus Gräsvik, 371 79 Karlskrona")
    assert hours_line("Telefontid mån–fre 9–11, lunchstängt 12–13")
    assert hours_line("Avoinna arkisin klo 8.00–15.30")
    assert hours_line("Office hours Mon–Fri 9:00–17:00")


def test_an_office_line_with_a_count_or_a_cue_is_not_chrome():
    assert not address_line("Hus 7, 2 st 1020")
    assert not address_line("Storgatan 5, 751 26 Uppsala. 3 st 1010.")
    assert not hours_line("Öppet 8–16, fakturera 2 tim till")
    assert not hours_line("Öppet 3 tim")
    assert not office_line("Rum 4, 3 dagar à 9 600 kr")


def test_a_swedish_signature_with_rooms_and_hours_holds_nothing():
    out = _parse(OLLE, "Hej,\n\nfakturera Nordkap Analys AB för 3 st portrycksmätning (1020).\n\nTack!\n\n" + SIG_SV)
    assert _lines(out) == [("1020", Decimal("3"), Decimal("980.00"))]
    assert out["requests"][0]["review"] == []


def test_a_finnish_signature_with_rooms_and_hours_holds_nothing():
    out = _parse(JUHA, "Moi,\n\nlaskuttakaa Kuopion Vesi Oy:tä 4 kpl LA100.\n\n" + SIG_FI, to=CENTRE_FI)
    assert _lines(out) == [("LA100", Decimal("4"), Decimal("84.00"))]
    assert out["requests"][0]["review"] == []


def test_a_count_beside_the_hours_still_holds_the_request():
    body = ("Hej,\n\nfakturera Nordkap Analys AB för 3 st portrycksmätning (1020).\n\n"
            "Olle\nÖppet 8–16, lägg till 2 st 1020 för förra veckan\n")
    assert [r["reason"][:7] for r in _parse(OLLE, body)["requests"][0]["review"]] == ["line 6 "]


# --- a pasted chat's speaker lines ----------------------------------------------------------------------------------

def test_chat_stamps_are_a_time_and_a_person():
    assert chat_stamp("[10:02] Olle Berglund") == "Olle Berglund"
    assert chat_stamp("Juha Mäkelä  14.05") == "Juha Mäkelä"
    assert chat_stamp("Sanna Wallin, 9:41 AM") == "Sanna Wallin"
    assert chat_stamp("Nordkap Analys AB 10:30") == ""
    assert chat_stamp("[10:02] 3 st 1020") == ""


def test_a_pasted_chat_holds_nothing_for_its_speakers():
    body = ("Från chatten i morse:\n\n[10:02] Sanna Wallin\nkan du fakturera Nordkap Analys AB?\n"
            "[10:03] Sanna Wallin\n4 st portrycksmätning (1020) och 1 st tryckt rapport (3020)\n"
            "[10:05] Olle Berglund\nok\n"
            "[10:06] Sanna Wallin\nproverna togs 24/11\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert [a for a, _q, _p in _lines(out)] == ["1020", "3020"]
    assert out["requests"][0]["review"] == []


def test_a_customer_name_with_a_time_like_number_is_no_speaker():
    body = ("Hej,\n\nfakturera Nordkap Analys AB för 3 st portrycksmätning (1020).\n\nNordkap Analys  2.30\n\n/Olle\n")
    assert [r["reason"][:7] for r in _parse(OLLE, body)["requests"][0]["review"]] == ["line 5 "]


# --- a meeting's place and the day of an invitation ----------------------------------------------------------------

def test_a_meeting_place_line_is_no_data():
    assert meeting_place("Plats: Konferensrum 4, Hus 2")
    assert meeting_place("Where: Room 3.14 / Teams meeting ID 312 448 901 22")
    assert not meeting_place("Plats: Hus 2, 3 deltagare")


def _ics(*events: tuple[str, str]) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{a}\r\nDTEND;VALUE=DATE:{b}\r\nSUMMARY:Kurs\r\nEND:VEVENT\r\n"
                   for a, b in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n".encode()


def test_an_attached_invitation_gives_the_course_its_days():
    body = "Hej,\n\nkursen i bifogad kallelse faktureras Nordkap Analys AB: kurs (3010), 5 deltagare.\n\n/Sanna\n"
    out = _parse(SANNA, body, attachments=[("kallelse.ics", _ics(("20261124", "20261126")), "text", "calendar")])
    assert _period(out) == [("2026-11-24", "2026-11-25")]   # DTEND of an all-day event is the day after


def test_two_invitations_give_no_period():
    body = "Hej,\n\nkurserna i bifogad kallelse faktureras Nordkap Analys AB: kurs (3010), 5 deltagare.\n\n/Sanna\n"
    ics = _ics(("20261124", "20261125"), ("20261201", "20261202"))
    out = _parse(SANNA, body, attachments=[("kallelse.ics", ics, "text", "calendar")])
    assert _period(out) == [(None, None)]


def test_a_pasted_appointment_gives_its_day():
    body = ("Hej, fakturera Nordkap Analys AB för utbildningen nedan: kurs (3010), 6 deltagare.\n\n"
            "-----Ursprunglig avtalad tid-----\nÄmne: Utbildning grundvatten\n"
            "När: den 19 november 2026 09:00-12:00 (UTC+01:00) Stockholm\nPlats: Konferensrum 4, Hus 2\n\n/Sanna\n")
    out = _parse(SANNA, body)
    assert _period(out) == [("2026-11-19", "2026-11-19")]
    assert out["requests"][0]["review"] == []


# --- a colleague's absence is not the service period ----------------------------------------------------------------

def test_a_colleagues_leave_in_weeks_is_no_period():
    body = ("Hej,\n\nför Sanna Wallin (semester v. 48–49): fakturera Nordkap Analys AB 2 st portrycksmätning "
            "(1020).\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("1020", Decimal("2"), Decimal("980.00"))]
    assert _period(out) == [(None, None)]


def test_a_finnish_colleagues_holiday_is_no_period():
    body = "Moi,\n\nJuhan puolesta (lomalla 23.–27.11.): laskuttakaa Kuopion Vesi Oy:tä 2 kpl LA110.\n\n-Kirsi\n"
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert _period(out) == [(None, None)]


# --- a month misspelt by one letter beside its day -----------------------------------------------------------------

def test_a_misspelt_month_beside_a_day_is_read():
    from intake.extract.dates import find_dates
    assert [(d.first.isoformat(), d.last.isoformat()) for d in find_dates("proverna togs 24 novembr", 2026)] == \
        [("2026-11-24", "2026-11-24")]
    assert [d.first.isoformat() for d in find_dates("käynti 9. marraskuta", 2026)] == ["2026-11-09"]
    assert [d.first.isoformat() for d in find_dates("visit on Octber 6, 2026", 2026)] == ["2026-10-06"]


def test_a_word_near_a_month_is_not_mended():
    from intake.extract.dates import find_dates
    assert find_dates("3 kommer senare, 14 nummer", 2026) == []
    assert find_dates("2 match", 2026) == []


def test_a_phone_note_with_a_misspelt_month_gets_its_period():
    body = "laskuttakaa kuopion vesi 3 kpl LA100, näytteet otettu 9. marraskuta\n-juha\n"
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert _period(out) == [("2026-11-09", "2026-11-09")]


# --- short digit codes that look like counts -----------------------------------------------------------------------

def _short_code_registry() -> dict:
    import copy
    reg = copy.deepcopy(REGISTRY)
    reg["articles"] += [
        {"agency": "GEO-SE", "code": "30", "name": "Sonderingsdag", "unit": "st", "unit_price": "5400.00",
         "vat_rate": "25"},
        {"agency": "YTL-FI", "code": "5", "name": "Kuljetusmaksu", "unit": "kpl", "unit_price": "35.00",
         "vat_rate": "25.5"},
    ]
    return reg


def _parse_short(frm: str, body: str, to: str = CENTRE_SE) -> dict:
    m = mail(frm, "Fakturering", "Mon, 30 Nov 2026 09:00:00 +0100", body, to=to)
    return parse_message(m.as_bytes(), _short_code_registry())


def test_a_short_code_after_an_article_word_is_the_article():
    out = _parse_short(OLLE, "fakturera Nordkap Analys AB 2 st sondering art 30, tack\n/Olle\n")
    assert _lines(out) == [("30", Decimal("2"), Decimal("5400.00"))]


def test_a_short_code_before_its_own_name_in_parentheses_is_the_article():
    out = _parse_short(OLLE, "fakturera Nordkap Analys AB 3 st 30 (sonderingsdag), tack\n/Olle\n")
    assert _lines(out) == [("30", Decimal("3"), Decimal("5400.00"))]


def test_a_count_before_its_unit_is_never_a_short_code():
    out = _parse_short(JUHA, "kuopion vesi: 5 kpl LA110 / närpes grönsaker: 1 kpl LA100. kiitos!\n", to=CENTRE_FI)
    assert _lines(out, 0) == [("LA110", Decimal("5"), Decimal("196.00"))]
    assert _lines(out, 1) == [("LA100", Decimal("1"), Decimal("84.00"))]


# --- a request sentence after a labelled customer on the same line -------------------------------------------------

def test_a_request_after_a_labelled_customer_on_its_line_is_read():
    body = "Kund: Sjöbo Vattenråd, Storgatan 1, 275 31 Sjöbo. 2 st portrycksmätning (1020).\n/Olle\n"
    out = _parse(OLLE, body)
    assert out["requests"][0]["customer"]["name"] == "Sjöbo Vattenråd"
    assert _lines(out) == [("1020", Decimal("2"), Decimal("980.00"))]


# --- payments typed as one sentence on a phone (fixer14b) ----------------------------------------------------------

def _advice(frm: str, body: str, to: str = CENTRE_SE, date: str = "Tue, 08 Dec 2026 14:05:00 +0100") -> dict:
    return parse_message(mail(frm, "betalning", date, body, to=to).as_bytes(), REGISTRY)


def test_a_payment_told_by_its_reference_alone_is_an_advice():
    out = _advice(SANNA, "Kalmar Sjöfart paid yesterday using reference RF19 5550 0123, EUR 730.50. /S\n\nSent from "
                         "my phone\n")
    assert out["kind"] == "payment_advice"
    adv = out["payment_advice"]
    assert [(i["invoice_number"], i["reference"], Decimal(str(i["amount"]))) for i in adv["items"]] == \
        [(None, "RF1955500123", Decimal("730.50"))]
    assert adv["payer"]["name"] == "Kalmar Sjöfart"
    assert adv["payment_date"] == "2026-12-07"


def test_a_swedish_payment_with_an_ocr_and_no_invoice_number_is_an_advice():
    out = _advice(OLLE, "Björkö Båtklubb betalade idag med OCR 5550012377, 1 340 kr.\n/Olle\n")
    assert out["kind"] == "payment_advice"
    assert [i["reference"] for i in out["payment_advice"]["items"]] == ["5550012377"]


def test_a_request_quoting_a_reference_is_no_payment():
    out = _advice(OLLE, "Hej,\n\nfakturera Nordkap Analys AB 2 st 1020, märk med ref 5550012377.\n\n/Olle\n")
    assert out["kind"] == "invoice_request"


def test_an_abbreviated_total_after_listed_invoices_is_the_total():
    out = _advice(JUHA, "Lapuan Sähkö maksoi tänään laskut 40551 (1 020,00 €) ja 40560 (75,50 €), yht. 1 095,50 €.\n"
                        "-Juha\n", to=CENTRE_FI)
    adv = out["payment_advice"]
    assert len(adv["items"]) == 2
    assert Decimal(str(adv["total"])) == Decimal("1095.50")


def test_a_customer_named_with_a_digit_reported_on_the_phone_is_the_payer():
    out = _advice(OLLE, "kunden 9 Liv Café ringde, de har betalat faktura 55123400 med 1 875 kr idag\n\nSkickat från "
                        "min iPhone\n")
    adv = out["payment_advice"]
    assert adv["payer"]["name"] == "9 Liv Café"
    assert Decimal(str(adv["total"])) == Decimal("1875")
    assert adv["payment_date"] == "2026-12-08"


# --- a line of two sentences judged sentence by sentence by the net (fixer14b) ---------------------------------------

def test_a_vat_basis_sentence_beside_a_read_period_holds_nothing():
    out = _parse(OLLE, "Hej,\n\nfakturera Nordkap Analys AB 3 st portrycksmätning (1020).\n"
                       "Samtliga priser exkl. moms. Gäller november 2026.\n\n/Olle\n")
    req = out["requests"][0]
    assert (req["lines"][0]["period_start"], req["lines"][0]["period_end"]) == ("2026-11-01", "2026-11-30")
    assert req["review"] == [] and not req.get("questions")


def test_a_vat_basis_sentence_beside_an_inclusive_price_still_holds():
    out = _parse(OLLE, "Hej,\n\nfakturera Nordkap Analys AB 3 st portrycksmätning (1020).\n"
                       "Samtliga priser exkl. moms. Offertens pris var inkl. moms.\n\n/Olle\n")
    assert any(r["code"] == "unexplained" for r in out["requests"][0]["review"])
