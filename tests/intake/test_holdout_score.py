"""The later intake case sets, written after the parser in other words, layouts and with another registry:
tests/intake/cases_holdout2 (52 cases, its failures then fixed by class), tests/intake/cases_holdout3 (38
cases written blind after those fixes in three batches, their failures fixed too) and tests/intake/cases_holdout4
(40 cases written blind with five more register customers; first run kind 100, precision 99.2, recall 92.1,
questions 86.5, 4 wrong straight through, then fixed by class) and tests/intake/cases_holdout5 (40 cases written
blind with a near-duplicate daughter company and a Finnish henkilötunnus in the register; first run kind 100,
precision 98.6, recall 93.4, questions 89.5, 4 wrong straight through, one money-critical — "2 h 45 min" read as 2 —
then fixed by class, tests/intake/test_holdout5_classes.py) and tests/intake/cases_holdout6 (40 cases written
blind with a Swedish region in the register; first run kind 90.0, precision 97.6, recall 88.0, questions 56.8,
7 wrong straight through, five money-critical — a phone line's count dropped, two discounts ignored, '3–4 st' read
as 4, a price inquiry invoiced — then fixed by class, tests/intake/test_holdout6_classes.py) and
tests/intake/cases_holdout7 (40 cases written blind with a Swedish and a Finnish foundation in the register and an
English-writing international unit; first run kind 85.0, precision 94.7, recall 86.8, questions 73.7, 8 wrong
straight through, six money-critical — '2 x … à …' lines merged, a line amount that disagrees with quantity × price
taken, lines under codes the register lacks merged, a 'faktureras ej' line invoiced, a status question and a paid
note read as requests — then fixed by class, tests/intake/test_holdout7_classes.py) and tests/intake/cases_holdout8
(40 cases written blind with a kuntayhtymä, an As Oy and a Danish ApS in the register; first run kind 87.5,
precision 98.5, recall 93.2, questions 81.1, 6 wrong straight through, four money-critical — a code with its count in
one parenthesis misaligned the lines, a count the text and HTML parts disagree on taken from the text, a payment
told in an English sentence and a question asked before the request was sent read as requests — then fixed by
class, tests/intake/test_holdout8_classes.py) and tests/intake/cases_holdout9 (40 cases written blind with a Brf in the
register; first run kind 85.0, precision 96.6, recall 84.7, questions 65.8, 5 wrong straight through, three
money-critical — a currency declared once ignored, an unknown second customer's line put on the first, a payment
note read as a request — then fixed by class, tests/intake/test_holdout9_classes.py) and tests/intake/cases_holdout10
(40 cases written blind with a kommunalförbund and a municipal Oy in the register; first run kind 87.5, precision
96.7, recall 89.4, questions 70.3, 1 wrong straight through, money-critical — "4 deltagare båda dagarna … per
deltagare och dag" invoiced as 4, not 8 — then fixed by class, tests/intake/test_holdout10_classes.py) and
tests/intake/cases_holdout11 (40 cases written blind on attachments and systems, with a Swedish state-owned company
and a Finnish hyvinvointialue in the register; first run kind 85.0, precision 95.5, recall 84.2, questions 73.0, 2
wrong straight through, one money-critical — a price-list CSV read as three requests beside the real one — then
fixed by class, tests/intake/test_holdout11_classes.py) and tests/intake/cases_holdout13 (40 cases written blind on
money that is not simple — instalments, index raises, gross amounts, apostrophe thousands, rounding rows — with a
German customer in the register; first run kind 90.0, precision 94.6, recall 86.5, questions 75.0, 1 wrong straight
through, money-critical — "delas upp på tre fakturor om 40 000 kr vardera" invoiced as an extra 3 × 40 000 line —
then fixed by class, tests/intake/test_holdout13_classes.py) and tests/intake/cases_holdout12 (40 cases written
blind for other agencies and trades — a university, a police area, an ELY centre, a museum, two archives; first run
kind 100, precision 98.4, recall 92.3, questions 76.3, 4 wrong straight through, one money-critical — "58 elever …
uppdelade i 3 grupper" invoiced as 58 groups — then fixed by class, tests/intake/test_holdout12_classes.py). They
keep the
fixes and the rule that no wrong request goes straight through. Per-case failures:
`.venv/bin/python -m tests.support.intake_score tests/intake/cases_holdout2 tests/intake/cases_holdout2/registry.json`
."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.intake.cases_holdout2 import make_holdout as make2
from tests.intake.cases_holdout2.kit import CASES as ALL_CASES
from tests.intake.cases_holdout2.registry_h2 import REGISTRY
from tests.intake.cases_holdout3 import make_holdout as make3  # noqa: F401 -- registers the x* cases
from tests.intake.cases_holdout4 import make_holdout as make4
from tests.intake.cases_holdout4.kit4 import CASES as CASES4
from tests.intake.cases_holdout4.kit4 import REGISTRY as REGISTRY4
from tests.intake.cases_holdout5 import make_holdout as make5
from tests.intake.cases_holdout5.kit5 import CASES as CASES5
from tests.intake.cases_holdout5.kit5 import REGISTRY as REGISTRY5
from tests.intake.cases_holdout6 import make_holdout as make6
from tests.intake.cases_holdout6.kit6 import CASES as CASES6
from tests.intake.cases_holdout6.kit6 import REGISTRY as REGISTRY6
from tests.intake.cases_holdout7 import make_holdout as make7
from tests.intake.cases_holdout7.kit7 import CASES as CASES7
from tests.intake.cases_holdout7.kit7 import REGISTRY as REGISTRY7
from tests.intake.cases_holdout8 import make_holdout as make8
from tests.intake.cases_holdout8.kit8 import CASES as CASES8
from tests.intake.cases_holdout8.kit8 import REGISTRY as REGISTRY8
from tests.intake.cases_holdout9 import make_holdout as make9
from tests.intake.cases_holdout9.kit9 import CASES as CASES9
from tests.intake.cases_holdout9.kit9 import REGISTRY as REGISTRY9
from tests.intake.cases_holdout10 import make_holdout as make10
from tests.intake.cases_holdout10.kit10 import CASES as CASES10
from tests.intake.cases_holdout10.kit10 import REGISTRY as REGISTRY10
from tests.intake.cases_holdout11 import make_holdout as make11
from tests.intake.cases_holdout11.kit11 import CASES as CASES11
from tests.intake.cases_holdout11.kit11 import REGISTRY as REGISTRY11
from tests.intake.cases_holdout12 import make_holdout as make12
from tests.intake.cases_holdout12.kit12 import CASES as CASES12
from tests.intake.cases_holdout12.kit12 import REGISTRY as REGISTRY12
from tests.intake.cases_holdout13 import make_holdout as make13
from tests.intake.cases_holdout13.kit13 import CASES as CASES13
from tests.intake.cases_holdout13.kit13 import REGISTRY as REGISTRY13
from tests.support.intake_score import score_dir

HERE = Path(__file__).resolve().parent
SETS = {"cases_holdout2": {"kind": 99.0, "precision": 99.5, "recall": 97.0, "questions": 96.0},  # 100/100/98.6/97.9
        "cases_holdout3": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},  # 100 each
        "cases_holdout4": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},  # 100 each
        "cases_holdout5": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},  # 100 each
        # 100/100/99.8/97.3: v15 asks a count the set expects as 1 (an expense written only as an amount; the
        # parser asks, as for qa14)
        "cases_holdout6": {"kind": 99.0, "precision": 99.5, "recall": 99.5, "questions": 97.0},
        "cases_holdout7": {"kind": 99.0, "precision": 99.5, "recall": 99.5, "questions": 99.0},  # 100 each
        # 100/99.7/99.4/97.3: s07 (a deduction line "-1 dag" beside "avdrag" is held: prices asked), s19 (a
        # title before the contact person's name), s34 (an advice's bare "Datum" is not taken as the payment date)
        "cases_holdout8": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 97.0},
        # 100/100/96.9/94.7: r16 (40 min under a 2 h minimum charge), r17 (an expense written only as an amount,
        # asked as v15), r19 (months listed under one article, each with its count) and r31 (an advice CSV's bare
        # "Datum" column, not taken as the payment date) still wait for a clerk
        "cases_holdout9": {"kind": 99.0, "precision": 99.5, "recall": 96.5, "questions": 94.0},
        # 100 each; w01 (a repeat of the sender's own quoted request, read from the history) is held for a clerk
        "cases_holdout10": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},
        "cases_holdout11": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},  # 100 each
        # 100/100/99.6/97.4: s22 ("3 kpl à 480 € = 1 340 €": the price asked, as holdout7's t09 wants, where the
        # set expects the stated price kept and held) and s35 (a reply "alkavina varttitunteina 9" not read)
        "cases_holdout12": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 96.0},
        "cases_holdout13": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0}}  # 100 each


@pytest.mark.parametrize("folder", sorted(SETS))
def test_holdout_scores_and_no_wrong_straight_through(folder):
    s = score_dir(HERE / folder, HERE / folder / "registry.json")
    assert s.below(SETS[folder]) == {}, s.line()
    assert s.wrong_straight_through() == []


def test_the_committed_holdout_cases_are_what_the_scripts_write():
    stale = []
    for name, fn in [*ALL_CASES, *CASES4, *CASES5, *CASES6, *CASES7, *CASES8, *CASES9]:
        folder = HERE / ("cases_holdout9" if name.startswith("r") else
                         "cases_holdout8" if name.startswith("s") else "cases_holdout7" if name.startswith("t") else
                         "cases_holdout6" if name.startswith("v") else "cases_holdout5" if name.startswith("u") else
                         "cases_holdout4" if name.startswith("w") else
                         "cases_holdout3" if name.startswith(("x", "y", "z")) else "cases_holdout2")
        msg, expected = fn()
        if (folder / f"{name}.eml").read_bytes() != msg.as_bytes() or json.loads(
                (folder / f"{name}.expected.json").read_text("utf-8")) != expected:
            stale.append(name)
    for name, fn in CASES10:    # its names start with "w" as holdout4's do: its folder by its list, not its letter
        msg, expected = fn()
        folder = HERE / "cases_holdout10"
        if (folder / f"{name}.eml").read_bytes() != msg.as_bytes() or json.loads(
                (folder / f"{name}.expected.json").read_text("utf-8")) != expected:
            stale.append(name)
    for name, fn in CASES11:    # its names start with "b": its folder by its list
        msg, expected = fn()
        folder = HERE / "cases_holdout11"
        if (folder / f"{name}.eml").read_bytes() != msg.as_bytes() or json.loads(
                (folder / f"{name}.expected.json").read_text("utf-8")) != expected:
            stale.append(name)
    for name, fn in CASES12:    # its names start with "s" as holdout8's do: its folder by its list
        msg, expected = fn()
        folder = HERE / "cases_holdout12"
        if (folder / f"{name}.eml").read_bytes() != msg.as_bytes() or json.loads(
                (folder / f"{name}.expected.json").read_text("utf-8")) != expected:
            stale.append(name)
    for name, fn in CASES13:    # its names start with "q": its folder by its list
        msg, expected = fn()
        folder = HERE / "cases_holdout13"
        if (folder / f"{name}.eml").read_bytes() != msg.as_bytes() or json.loads(
                (folder / f"{name}.expected.json").read_text("utf-8")) != expected:
            stale.append(name)
    assert stale == [], ("run make_holdout in tests/intake/cases_holdout2, cases_holdout3, cases_holdout4, 5, 6, 7, 8, "
                         "9, 10")
    for set_name in SETS:
        want = {"cases_holdout4": REGISTRY4, "cases_holdout5": REGISTRY5,
                "cases_holdout6": REGISTRY6, "cases_holdout7": REGISTRY7,
                "cases_holdout8": REGISTRY8, "cases_holdout9": REGISTRY9,
                "cases_holdout10": REGISTRY10, "cases_holdout11": REGISTRY11, "cases_holdout12": REGISTRY12,
                "cases_holdout13": REGISTRY13}.get(set_name, REGISTRY)
        assert json.loads((HERE / set_name / "registry.json").read_text("utf-8")) == want
    assert make2.HERE.name == "cases_holdout2" and make4.HERE.name == "cases_holdout4"
    assert make5.HERE.name == "cases_holdout5" and make6.HERE.name == "cases_holdout6"
    assert make7.HERE.name == "cases_holdout7" and make8.HERE.name == "cases_holdout8"
    assert make9.HERE.name == "cases_holdout9" and make10.HERE.name == "cases_holdout10"
    assert len(CASES4) == 40 and len(list((HERE / "cases_holdout4").glob("*.eml"))) == 40
    assert len(CASES5) == 40 and len(list((HERE / "cases_holdout5").glob("*.eml"))) == 40
    assert len(CASES6) == 40 and len(list((HERE / "cases_holdout6").glob("*.eml"))) == 40
    assert len(CASES7) == 40 and len(list((HERE / "cases_holdout7").glob("*.eml"))) == 40
    assert len(CASES8) == 40 and len(list((HERE / "cases_holdout8").glob("*.eml"))) == 40
    assert len(CASES9) == 40 and len(list((HERE / "cases_holdout9").glob("*.eml"))) == 40
    assert len(CASES10) == 40 and len(list((HERE / "cases_holdout10").glob("*.eml"))) == 40
    assert make11.HERE.name == "cases_holdout11"
    assert len(CASES11) == 40 and len(list((HERE / "cases_holdout11").glob("*.eml"))) == 40
    assert make12.HERE.name == "cases_holdout12"
    assert len(CASES12) == 40 and len(list((HERE / "cases_holdout12").glob("*.eml"))) == 40
    assert make13.HERE.name == "cases_holdout13"
    assert len(CASES13) == 40 and len(list((HERE / "cases_holdout13").glob("*.eml"))) == 40
