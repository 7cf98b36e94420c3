"""The classes the forty-second blind set (tests/intake/cases_holdout42) found, each in other words than its case
and with a register of its own (a Swedish hostel, a Finnish camp centre, an English-writing field station): a count
of days alone ("3 dagar", "4 vuorokautta", "two days") is no count of an article charged per person and day —
asked, never invoiced as the persons' count."""
from __future__ import annotations

from typing import Any

from intake.parse import parse_message
from tests.intake.cases.ids import fi_yt, se_org
from tests.intake.cases.kit_helpers import agency
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import customer as _c
from tests.intake.cases.mailkit import mail

CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"
HOSTEL = "Vandrarhemmet Udden <bokning@udden-demo.se>"
CAMP = "Leirikeskus Kallio <laskutus@kallioleiri-demo.fi>"
FIELD = "Field Station Kivi <office@kivifield-demo.fi>"

REGISTRY: dict[str, Any] = {
    "agencies": [
        agency("UDD-SE", "Mora kommun, Vandrarhemmet Udden", "SE", se_org("212000220"), "sv",
               ("Strandvägen 1", "792 30", "Mora"), "5055-1234", "kundfaktura@servicecentret.se",
               ["bokning@udden-demo.se"]),
        agency("KAL-FI", "Kallion leirikeskus", "FI", fi_yt("0204819"), "fi", ("Leiritie 4", "41160", "Tikkakoski"),
               "FI2112345600000785", "myyntilaskutus@palvelukeskus.fi", ["laskutus@kallioleiri-demo.fi"]),
        agency("KIVI-FI", "Kivi Field Station", "FI", fi_yt("3021547"), "en", ("Kivitie 2", "99490", "Kilpisjärvi"),
               "FI2112345600000786", "myyntilaskutus@palvelukeskus.fi", ["office@kivifield-demo.fi"]),
    ],
    "customers": [
        _c("C-9101", "Orsa kommun", se_org("212000226"), "SE", "faktura@orsa-demo.se", "Box 23", "794 21", "Orsa"),
        _c("C-9201", "Laukaan kunta", fi_yt("0177736"), "FI", "ostolaskut@laukaa-demo.fi", "Laukaantie 16",
           "41340", "Laukaa"),
        _c("C-9301", "Oulun yliopisto", fi_yt("0245896"), "FI", "invoices@oulu-demo.fi", "Pentti Kaiteran katu 1",
           "90570", "Oulu"),
    ],
    "articles": [
        _a("UDD-SE", "UD10", "Skolövernattning, gäst och natt", "gästnatt", "280.00", "12"),
        _a("UDD-SE", "UD20", "Frukost", "st", "85.00", "12"),
        _a("KAL-FI", "KA10", "Leirikoulu, oppilas ja vuorokausi", "oppilasvrk", "39.00", "10"),
        _a("KIVI-FI", "KV10", "Field course, per participant-day", "participant-day", "120.00", "25.5"),
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
