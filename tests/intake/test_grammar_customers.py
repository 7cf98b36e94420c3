"""Several customers in one body (issue #14, class 4) and customer identities (class 9): one request per
customer in order, never one customer's lines under another; org number only, exact registered names,
near-duplicate names, personal identity numbers, a new customer's e-mail, and a name and a number that disagree."""
from __future__ import annotations

import datetime as dt

from stdnum import luhn

from intake.extract.identifiers import normalise_org
from intake.extract.registry import compile_registry
from tests.intake.grammar_support import FI, REGISTRY, only, parse


def _summary(out: dict) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    assert out["kind"] == "invoice_request", out
    return [(r["customer"]["customer_number"] or r["customer"]["name"],
             [(li["article"], li["quantity"]) for li in r["lines"]]) for r in out["requests"]]


def test_labelled_blocks_become_one_request_each() -> None:
    out = parse("Hej,\nTvå kunder denna gång.\n\nKund: Fjällbäcken Bygg AB\nEr referens: Ola\n"
                "Rådgivning (2100), 3 tim\n\nKund: Norrmarks kommun\nEr referens: Siri\n"
                "Jordprov (2200), 10 st\nFältdag (2300), 1 dag\n\nMvh Anna")
    assert _summary(out) == [("30001", [("2100", "3")]), ("30005", [("2200", "10"), ("2300", "1")])]
    assert [r["buyer_reference"] for r in out["requests"]] == ["Ola", "Siri"]


def test_numbered_items_with_org_numbers_and_a_new_customer() -> None:
    out = parse("Hej,\n1) Org.nr 556901-2346: rådgivning (2100), 4 tim.\n"
                "2) Hagalunds Odlarförening: 1 st jordprov (2200). Org.nr har jag inte.\nMvh Anna")
    assert _summary(out) == [("30001", [("2100", "4")]), ("Hagalunds Odlarförening", [("2200", "1")])]
    assert out["requests"][1]["questions"] == ["customer.org_no"]


def test_customers_named_in_turn_in_prose() -> None:
    out = parse("Hei,\n\nlaskuttakaa Hämeen Vesi Oy:ltä kaksi maanäytettä (T20). Lisäksi Kustvägen Transport Oy:ltä "
                "5 h asiantuntijatyötä (T10).\n\nKiitos", sender=FI)
    assert _summary(out) == [("30006", [("T20", "2")]), ("30004", [("T10", "5")])]


def test_one_article_for_every_listed_customer_with_their_own_counts() -> None:
    out = parse("Hi,\n\nplease invoice the soil samples of 4 November 2026 (T20):\n* Hämeen Vesi Oy – 3 samples\n"
                "* Kustvägen Transport Oy – 2 samples\n\nThanks", sender=FI)
    assert _summary(out) == [("30006", [("T20", "3")]), ("30004", [("T20", "2")])]
    assert all(r["lines"][0]["period_start"] == "2026-11-04" for r in out["requests"])


def test_a_period_stated_once_applies_to_every_customer() -> None:
    out = parse("Hej!\n\nUnder oktober 2026 har vi tagit prover åt två kunder: Fjällbäcken Bygg AB (9 jordprover, "
                "art 2200) och Norrmarks kommun (3 fältdagar, art 2300).\n\nMvh Anna")
    assert _summary(out) == [("30001", [("2200", "9")]), ("30005", [("2300", "3")])]
    assert {r["lines"][0]["period_start"] for r in out["requests"]} == {"2026-10-01"}


def test_a_second_name_only_mentioned_does_not_split() -> None:
    req = only(parse("Hej, fakturera Norrmarks kommun för rådgivning (2100), 2 tim. Arbetet gällde deras "
                     "avtal med Fjällbäcken Bygg AB.\nMvh Anna"))
    assert req["customer"]["customer_number"] == "30005"


def test_lines_outside_every_block_are_marked_for_the_gate() -> None:
    out = parse("Hej,\nRådgivning (2100), 1 tim\n\nKund: Fjällbäcken Bygg AB\nJordprov (2200), 2 st\n\n"
                "Kund: Norrmarks kommun\nFältdag (2300), 1 dag\n\nMvh Anna")
    assert len(out["requests"]) == 2
    marks = [v for k, v in out["provenance"].items() if k.endswith(".customer") and "lines[" in k]
    assert marks and all(m.get("rule") == "split_uncertain" for m in marks)


def test_org_number_only_and_exact_registered_name_resolve() -> None:
    assert only(parse("Hej, fakturera 559012-3450 för rådgivning (2100), 2 tim.\nMvh"))["customer"][
        "customer_number"] == "30003"
    req = only(parse("Hej,\nKund: Norrmarks kommun\nRådgivning (2100), 2 tim\nMvh"))
    assert req["customer"]["customer_number"] == "30005" and req["questions"] == []


def test_near_duplicate_names_resolve_only_on_a_unique_match() -> None:
    exact = only(parse("Hej,\nKund: Fjällbäcken Bygg AB\nRådgivning (2100), 2 tim\nMvh"))
    assert exact["customer"]["customer_number"] == "30001"
    longer = only(parse("Hej, fakturera Fjällbäcken Bygg Fastigheter AB för rådgivning (2100), 2 tim.\nMvh"))
    assert longer["customer"]["customer_number"] == "30002"
    ambiguous = only(parse("Hej,\nKund: Kustvägen Transport\nRådgivning (2100), 2 tim\nMvh"))
    assert ambiguous["customer"]["customer_number"] is None and "customer.org_no" in ambiguous["questions"]
    # similar register names are suggested to the clerk, never resolved
    assert {s["customer_number"] for s in ambiguous["customer"]["suggestions"]} == {"30003", "30004"}


def test_a_longer_unknown_company_is_not_the_shorter_registered_one() -> None:
    req = only(parse("Hej, fakturera Kustvägen Transport Norr AB för rådgivning (2100), 2 tim.\nMvh"))
    assert req["customer"]["customer_number"] is None
    assert req["customer"]["name"] == "Kustvägen Transport Norr AB"


def test_personal_identity_numbers_plus_and_century_rule() -> None:
    on = dt.date(2026, 11, 16)
    assert normalise_org("450307+1237", on) == ("18450307-1237", "SE")
    assert normalise_org("450307-1237", on) == ("19450307-1237", "SE")
    assert normalise_org("200307-1236", on) == ("20200307-1236", "SE")
    assert normalise_org("261230-1230", on) == ("19261230-1230", "SE")  # born later this year: 100 years ago
    # '+' from the turn of the year the person turns 100 (here: 100 on 25 December, mail of 10 December)
    b = "261225252"
    plus = f"{b[:6]}+{b[6:]}{luhn.calc_check_digit(b)}"
    assert normalise_org(plus, dt.date(2026, 12, 10))[0] == f"1926{b[2:6]}-{b[6:]}{luhn.calc_check_digit(b)}"
    req = only(parse("Hej,\nKund: Greta Lind\nPersonnummer: 4503071237\nRådgivning (2100), 1 tim\nMvh"))
    assert req["customer"]["customer_number"] == "30007"


def test_a_new_customers_email_is_captured() -> None:
    req = only(parse("Hej,\nfakturera vår nya kund Fjällbyns Sameförening, org.nr 559318-8203, Box 12, 962 22 "
                     "Jokkmokk, för rådgivning (2100), 2 tim. Fakturan skickas till kassor@fjallbyn.se.\nMvh"))
    assert req["customer"]["name"] == "Fjällbyns Sameförening"
    assert req["customer"]["email"] == "kassor@fjallbyn.se"
    assert req["questions"] == []


def test_name_and_number_that_disagree_are_held_for_the_clerk() -> None:
    out = parse("Hej,\nKund: Fjällbäcken Bygg AB\nOrg.nr: 212000-4565\nRådgivning (2100), 2 tim\nMvh")
    req = only(out)
    codes = {(f["code"], f["path"]) for f in req.get("review") or []}
    assert ("identity_conflict", "customer.name") in codes


def test_suggestions_never_resolve() -> None:
    reg = compile_registry(REGISTRY)
    assert reg.by_name("Fjällbäcken Byg AB") == []
    assert reg.suggest("Fjällbäcken Byg AB")[0]["customer_number"] == "30001"


def test_a_private_person_named_before_the_number_in_parentheses() -> None:
    req = only(parse("Hej,\nFakturera Nils Berg (200307-1236), Skolvägen 8, 703 62 Örebro, för rådgivning (2100), "
                     "2 tim.\nnils.berg@example.se\nMvh"))
    assert (req["customer"]["name"], req["customer"]["org_no"]) == ("Nils Berg", "20200307-1236")
    assert req["customer"]["email"] == "nils.berg@example.se"


def test_headings_per_customer() -> None:
    out = parse("Hei,\n\nAsiakas 1\nHämeen Vesi Oy, Y-tunnus 3012345-8\nT10 asiantuntijatyö 2 h\n\nAsiakas 2\n"
                "Kustvägen Transport Oy\nT20 maanäyte 4 kpl\n\nTerveisin", sender=FI)
    assert _summary(out) == [("30006", [("T10", "2")]), ("30004", [("T20", "4")])]
