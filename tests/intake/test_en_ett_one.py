"""Swedish "en"/"ett" as the contract's explicit one (holdout14 b40 "en radonmätning A120", holdout16 f25 "en
inspektion Y210"), in other words than those cases, and the idioms where "en"/"ett" is no count: a quantity idiom
("ett par", "ett tiotal", "en del"), a duration ("en timmes"), a bound ("minst en"), a name ("En Bostad AB"),
Finnish "en" (the negative verb), English "a" (not listed by the contract), a half unit for a whole-unit article
("en halvdag" for a day) and a frequency ("en gång i månaden")."""
from __future__ import annotations

from decimal import Decimal

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, text: str, to: str = CENTRE_SE) -> dict:
    greet, sign = ("Hei", "Juha") if frm == JUHA else ("Hi", "Sarah") if frm == SARAH else ("Hej", "/Olle")
    m = mail(frm, "Fakturering", "Wed, 02 Dec 2026 10:00:00 +0100", f"{greet},\n\n{text}\n\n{sign}\n", to=to)
    return parse_message(m.as_bytes(), REGISTRY)


def _qty(out: dict) -> list:
    return [q for _a, q, _p in _lines(out)]


def test_en_or_ett_right_before_the_noun_the_code_follows_is_one():
    out = _parse(OLLE, "Hallstahammars Bostäder AB – en portrycksmätning 1020 den 4 november, utförd i Kolbäck.")
    assert _lines(out) == [("1020", Decimal("1"), Decimal("980.00"))]
    assert not out["requests"][0]["questions"]
    # one adjective between, the code after an article word
    out = _parse(OLLE, "Fakturera Nordkap Analys AB ett tryckt exemplar, art. 3020.")
    assert _qty(out) == [Decimal("1")]
    out = _parse(OLLE, "Brattfors Skogsägare ekonomisk förening: en kompletterande portrycksmätning (1020).")
    assert _qty(out) == [Decimal("1")]
    # Finland-Swedish from a Finnish agency
    out = _parse(JUHA, "Fakturera Närpes Grönsaker Ab för en sedimentanalys LA200 den 12.11.2026.", CENTRE_FI)
    assert _lines(out) == [("LA200", Decimal("1"), Decimal("142.00"))]
    # English "a" is not listed by the contract: still asked
    out = _parse(SARAH, "Please invoice Kuopion Vesi Oy for a sediment sample LA200 taken on 4 November.", CENTRE_FI)
    assert _qty(out) == [None]


def test_the_idioms_where_en_or_ett_is_no_count_are_still_asked():
    out = _parse(OLLE, "Vretstorp Entreprenad AB: en ny portrycksmätning (1020).")
    assert _qty(out) == [Decimal("1")]      # "en ny mätning" is one measurement
    for said in ("ett par portrycksmätningar (1020)", "en del portrycksmätningar (1020)",
                 "ett tiotal portrycksmätningar (1020)", "ett fåtal portrycksmätningar (1020)",
                 "en handfull portrycksmätningar (1020)", "en hel del portrycksmätningar (1020)",
                 "en av portrycksmätningarna (1020)", "en annan portrycksmätning (1020)",
                 "en timmes genomgång (2010)", "minst en portrycksmätning (1020)",
                 "inte mer än en portrycksmätning (1020)", "ett antal prov (1020)",
                 "portrycksmätningar, ett tiotal (1020)", "portrycksmätningar, en del (1020)"):
        out = _parse(OLLE, f"Vretstorp Entreprenad AB: {said}.")
        assert _qty(out) == [None], said
        assert out["requests"][0]["questions"] == ["lines[0].quantity"], said


def test_en_in_a_name_or_as_the_finnish_negative_verb_is_no_count():
    out = _parse(OLLE, "Fakturera Ålidens kommun en utredning, art 2010, och en portrycksmätning 1020.")
    assert _qty(out) == [None, Decimal("1")]     # "en utredning" for an hour article is no hour: asked
    out = _parse(OLLE, "Fakturera En Bostad AB: rapport (3020).")
    assert _qty(out) == [None]
    out = _parse(JUHA, "Kuopion Vesi Oy: sedimenttinäyte LA200 2 kpl. Vesinäytteitä en laskuta LA100 vielä, "
                       "tulokset tulevat ensi viikolla.", CENTRE_FI)
    assert _qty(out)[:1] == [Decimal("2")] and all(q is None for q in _qty(out)[1:])


def test_a_half_day_or_half_hour_for_a_whole_unit_article_is_asked_not_one():
    out = _parse(OLLE, "Sjöbo Vattenråd: fältarbete (1500) en halvdag, den 3 november.")
    assert _qty(out) == [None]
    out = _parse(OLLE, "Sjöbo Vattenråd: utredning (2010) en halvtimme.")
    assert _qty(out) == [None]
    out = _parse(OLLE, "Sjöbo Vattenråd: fältarbete (1500) en halv dag, den 3 november.")
    assert _qty(out) == [Decimal("0.5")]     # written apart it is half a day, as before


def test_how_often_is_no_count():
    out = _parse(OLLE, "Göran Lilja: portrycksmätning (1020) en gång i månaden under hösten.")
    assert _qty(out) == [None]
    out = _parse(OLLE, "Göran Lilja: portrycksmätning (1020) två gånger per vecka i november.")
    assert _qty(out) == [None]
    out = _parse(JUHA, "Kuopion Vesi Oy: vesinäyte LA100 kaksi kertaa kuussa syksyn ajan.", CENTRE_FI)
    assert _qty(out) == [None]
    out = _parse(OLLE, "Göran Lilja: portrycksmätning (1020) tre gånger per dag under 2 dagar.")
    assert _qty(out) == [None]      # how often and how long: neither is the count
    out = _parse(OLLE, "Göran Lilja: portrycksmätning (1020), 2 gånger.")
    assert _qty(out) == [Decimal("2")]      # a count of times is still a count
