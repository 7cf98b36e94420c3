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
uppdelade i 3 grupper" invoiced as 58 groups — then fixed by class, tests/intake/test_holdout12_classes.py);
holdouts 14–17 the same way (their first runs are in the README's table of blind sets). They
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
from tests.intake.cases_holdout14 import make_holdout as make14
from tests.intake.cases_holdout14.kit14 import CASES as CASES14
from tests.intake.cases_holdout14.kit14 import REGISTRY as REGISTRY14
from tests.intake.cases_holdout15 import make_holdout as make15
from tests.intake.cases_holdout15.kit15 import CASES as CASES15
from tests.intake.cases_holdout15.kit15 import REGISTRY as REGISTRY15
from tests.intake.cases_holdout16 import make_holdout as make16
from tests.intake.cases_holdout16.kit16 import CASES as CASES16
from tests.intake.cases_holdout16.kit16 import REGISTRY as REGISTRY16
from tests.intake.cases_holdout17 import make_holdout as make17
from tests.intake.cases_holdout17.kit17 import CASES as CASES17
from tests.intake.cases_holdout17.kit17 import REGISTRY as REGISTRY17
from tests.intake.cases_holdout18 import make_holdout as make18
from tests.intake.cases_holdout18.kit18 import CASES as CASES18
from tests.intake.cases_holdout18.kit18 import REGISTRY as REGISTRY18
from tests.intake.cases_holdout19 import make_holdout as make19
from tests.intake.cases_holdout19.kit19 import CASES as CASES19
from tests.intake.cases_holdout19.kit19 import REGISTRY as REGISTRY19
from tests.intake.cases_holdout20 import make_holdout as make20
from tests.intake.cases_holdout20.kit20 import CASES as CASES20
from tests.intake.cases_holdout20.kit20 import REGISTRY as REGISTRY20
from tests.intake.cases_holdout21 import make_holdout as make21
from tests.intake.cases_holdout21.kit21 import CASES as CASES21
from tests.intake.cases_holdout21.kit21 import REGISTRY as REGISTRY21
from tests.intake.cases_holdout22 import make_holdout as make22
from tests.intake.cases_holdout22.kit22 import CASES as CASES22
from tests.intake.cases_holdout22.kit22 import REGISTRY as REGISTRY22
from tests.intake.cases_holdout23 import make_holdout as make23
from tests.intake.cases_holdout23.kit23 import CASES as CASES23
from tests.intake.cases_holdout23.kit23 import REGISTRY as REGISTRY23
from tests.intake.cases_holdout24 import make_holdout as make24
from tests.intake.cases_holdout24.kit24 import CASES as CASES24
from tests.intake.cases_holdout24.kit24 import REGISTRY as REGISTRY24
from tests.intake.cases_holdout25 import make_holdout as make25
from tests.intake.cases_holdout25.kit25 import CASES as CASES25
from tests.intake.cases_holdout25.kit25 import REGISTRY as REGISTRY25
from tests.intake.cases_holdout26 import make_holdout as make26
from tests.intake.cases_holdout26.kit26 import CASES as CASES26
from tests.intake.cases_holdout26.kit26 import REGISTRY as REGISTRY26
from tests.intake.cases_holdout27 import make_holdout as make27
from tests.intake.cases_holdout27.kit27 import CASES as CASES27
from tests.intake.cases_holdout27.kit27 import REGISTRY as REGISTRY27
from tests.intake.cases_holdout28 import make_holdout as make28
from tests.intake.cases_holdout28.kit28 import CASES as CASES28
from tests.intake.cases_holdout28.kit28 import REGISTRY as REGISTRY28
from tests.intake.cases_holdout29 import make_holdout as make29
from tests.intake.cases_holdout29.kit29 import CASES as CASES29
from tests.intake.cases_holdout29.kit29 import REGISTRY as REGISTRY29
from tests.intake.cases_holdout30 import make_holdout as make30
from tests.intake.cases_holdout30.kit30 import CASES as CASES30
from tests.intake.cases_holdout30.kit30 import REGISTRY as REGISTRY30
from tests.intake.cases_holdout31 import make_holdout as make31
from tests.intake.cases_holdout31.kit31 import CASES as CASES31
from tests.intake.cases_holdout31.kit31 import REGISTRY as REGISTRY31
from tests.intake.cases_holdout32 import make_holdout as make32
from tests.intake.cases_holdout32.kit32 import CASES as CASES32
from tests.intake.cases_holdout32.kit32 import REGISTRY as REGISTRY32
from tests.intake.cases_holdout33 import make_holdout as make33
from tests.intake.cases_holdout33.kit33 import CASES as CASES33
from tests.intake.cases_holdout33.kit33 import REGISTRY as REGISTRY33
from tests.intake.cases_holdout34 import make_holdout as make34
from tests.intake.cases_holdout34.kit34 import CASES as CASES34
from tests.intake.cases_holdout34.kit34 import REGISTRY as REGISTRY34
from tests.intake.cases_holdout35 import make_holdout as make35
from tests.intake.cases_holdout35.kit35 import CASES as CASES35
from tests.intake.cases_holdout35.kit35 import REGISTRY as REGISTRY35
from tests.intake.cases_holdout36 import make_holdout as make36
from tests.intake.cases_holdout36.kit36 import CASES as CASES36
from tests.intake.cases_holdout36.kit36 import REGISTRY as REGISTRY36
from tests.intake.cases_holdout37 import make_holdout as make37
from tests.intake.cases_holdout37.kit37 import CASES as CASES37
from tests.intake.cases_holdout37.kit37 import REGISTRY as REGISTRY37
from tests.intake.cases_holdout38 import make_holdout as make38
from tests.intake.cases_holdout38.kit38 import CASES as CASES38
from tests.intake.cases_holdout38.kit38 import REGISTRY as REGISTRY38
from tests.intake.cases_holdout39 import make_holdout as make39
from tests.intake.cases_holdout39.kit39 import CASES as CASES39
from tests.intake.cases_holdout39.kit39 import REGISTRY as REGISTRY39
from tests.intake.cases_holdout40 import make_holdout as make40
from tests.intake.cases_holdout40.kit40 import CASES as CASES40
from tests.intake.cases_holdout40.kit40 import REGISTRY as REGISTRY40
from tests.intake.cases_holdout41 import make_holdout as make41
from tests.intake.cases_holdout41.kit41 import CASES as CASES41
from tests.intake.cases_holdout41.kit41 import REGISTRY as REGISTRY41
from tests.intake.cases_holdout42 import make_holdout as make42
from tests.intake.cases_holdout42.kit42 import CASES as CASES42
from tests.intake.cases_holdout42.kit42 import REGISTRY as REGISTRY42
from tests.intake.cases_holdout43 import make_holdout as make43
from tests.intake.cases_holdout43.kit43 import CASES as CASES43
from tests.intake.cases_holdout43.kit43 import REGISTRY as REGISTRY43
from tests.intake.cases_holdout44 import make_holdout as make44
from tests.intake.cases_holdout44.kit44 import CASES as CASES44
from tests.intake.cases_holdout44.kit44 import REGISTRY as REGISTRY44
from tests.intake.cases_holdout45 import make_holdout as make45
from tests.intake.cases_holdout45.kit45 import CASES as CASES45
from tests.intake.cases_holdout45.kit45 import REGISTRY as REGISTRY45
from tests.intake.cases_holdout46 import make_holdout as make46
from tests.intake.cases_holdout46.kit46 import CASES as CASES46
from tests.intake.cases_holdout46.kit46 import REGISTRY as REGISTRY46
from tests.support.intake_score import MONEY, score_dir

HERE = Path(__file__).resolve().parent
# holdout2 100/99.3/98.6/97.9 and holdout4 100/99.3/100/100 since holdout26: h16 and w14 carry the month of their
# file's title as every line's period (CONTRACT_QUESTIONS)
SETS = {"cases_holdout2": {"kind": 99.0, "precision": 99.0, "recall": 97.0, "questions": 96.0},
        "cases_holdout3": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},  # 100 each
        "cases_holdout4": {"kind": 99.0, "precision": 99.0, "recall": 99.0, "questions": 99.0},
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
        "cases_holdout13": {"kind": 99.0, "precision": 99.5, "recall": 99.0, "questions": 99.0},  # 100 each
        # 100/100/98.8/100: b33 (a payment told by its reference, ", SEK 2,400.00" in apposition: no stated total,
        # as holdout9's r32 decided), a07 (a misspelt "Datun" label: a bare "Datum" is no period, holdout8), a14 (a
        # price asked in the chat); b40 ("en radonmätning A120") passes since "en/ett" is the contract's explicit one
        "cases_holdout14": {"kind": 99.5, "precision": 99.5, "recall": 98.5, "questions": 99.5},
        # 100/100/99.8/97.4: y07, y09, y10 pass since holdout24 (a credit and a new invoice in one mail: the new
        # invoice is a request held for the clerk until the credit is done, as holdouts 15 and 24 both read it);
        # y10 still asks its price ("170,00 € (sovittu alennus)": a price beside a discount note is asked)
        "cases_holdout15": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 97.0},
        "cases_holdout16": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},  # 100 each
        "cases_holdout17": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},  # 100 each
        # 100/99.8/100/97.5: m31 ("4 timmar à 1 250 kr = 6 250 kr": the count kept and the price asked, as
        # holdout7's t09 decided, where the set asks both); m12 passes since holdout29's decision (a reference
        # label keeps the title before the name)
        "cases_holdout18": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 97.0},
        # 100/99.8/100/100: a29 (a new customer's "Kontakt: ordforande@…" is output as its e-mail, as the contract's
        # "as written" and holdout18's m28 want; the set expects none)
        "cases_holdout19": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},
        "cases_holdout20": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},  # 100 each
        # 100/99.8/99.8/97.5: a29 ("6 h × 780 = 3 900": the count kept and the price asked, as holdout7's t09
        # decided, where the set keeps the price and asks the count)
        "cases_holdout21": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 97.0},
        "cases_holdout22": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},  # 100 each
        "cases_holdout23": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},  # 100 each
        # 100/99.7/99.7/100: n18 (a capitalised "Kajplatsavgift" stays the line's own description, as holdout7's
        # t12/t13 decided; the set expects the register's name)
        "cases_holdout24": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},
        "cases_holdout25": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},  # 100 each
        # 100/98.6/97.8/95.0: j09 ("Yhteyshenkilö: …" is the buyer reference, as issue #14 and holdouts 8, 16 and 17
        # read it; the set expects none), line descriptions of fee systems (j02, j12), and requests held with a
        # question the set does not ask (j17, j20, j28, j29, j34, j35) — none through wrong
        "cases_holdout26": {"kind": 99.5, "precision": 98.0, "recall": 97.0, "questions": 94.0},
        # 100/99.8/98.4/100 after its fixes (wrong straight through 3 → 0, first run 95.0/98.9/94.8/92.3): the
        # recall floor is for the periods still missed, each held by the period net — c08 (an HTML form's
        # "Kalibrerat: 2027-03-08" above its table; also its description keeps the comma), c27 (a key lost at the
        # event, undated in its own item) and c33 (a day in an attached HTML page's heading)
        "cases_holdout28": {"kind": 99.5, "precision": 99.5, "recall": 98.0, "questions": 99.5},
        # 100/99.0/95.3/97.4 after a first pass of fixes (wrong straight through 4 → 0): precision for line
        # descriptions of fee systems and tables (v08, v15, v27) and an attached row the mail says is not invoiced
        # (v20, held); recall for the one date of the story still unread — a permit decision's day (v07, held, as
        # holdout16's "päätös annettu" decided), a bare "datum 25/3" (v05, holdout8's rule), a vessel line's date
        # (v27), "19.3" without a year (v33), the month of a CSV's name (v22) — a label "Koulun viite laskulle" (v23),
        # a cancelled call's owner (v29); questions: v24 (a bare "AR10: 2 870" without a unit is asked)
        "cases_holdout30": {"kind": 99.5, "precision": 98.5, "recall": 95.0, "questions": 97.0},
        # 100/97.0/94.2/79.5 after a first pass (wrong straight through 2 → 0), every failure held or asked: a
        # price said with VAT ("3 750 kr inklusive moms", "1 255 € sisältäen alv:n": x07, y22) is asked and a
        # discount on the row (x04, y23) holds the request, as holdouts 6, 9, 10 and 13 decided, where this set
        # computes the net price; x12 ("3 poliser × 5 timmar à 980 kr = 17 640 kr": the count kept, the price
        # asked, as holdout7's t09 decided, where the set asks the count); x02 (a special visit's agreed price in
        # the sentence after), x06 (an extension line "2 poliser, 1 h 45 min" under the article), y24 (an agreed
        # total for 30 in a reply chain), z34/z35/z39 (a day stated once, not given to the lines), z33 (a table's
        # own description), z37 (CHF with apostrophe thousands in a PDF), z38 (lunch "both days for everyone")
        "cases_holdout31": {"kind": 99.5, "precision": 96.5, "recall": 93.5, "questions": 79.0},
        # 97.5/98.4/98.1/94.9: v37 passes since holdout29's decision (a correction that restates the request and
        # says to invoice it instead of the earlier one is a request held with `replaces_earlier`); v39 (a question
        # about an invoice read as a request, held for the clerk), v05 (weekly kilo rows under a month's title),
        # v16, v24, v30
        "cases_holdout27": {"kind": 97.0, "precision": 98.0, "recall": 97.5, "questions": 94.5},
        # 100 each after fixing by class (first run 92.5/97.4/90.4/71.8, wrong straight through 1 → 0)
        "cases_holdout29": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},
        # 100/99.7/95.8/97.4 after its fixes (wrong straight through 1 → 0, first run 100/98.9/94.1/87.2): the recall
        # floor is for the one date of the story not given to the lines (w01 "Käynti 4.5.", w03 "Hoito 28.4.2027",
        # w04, w15, w26, w33 — each held by the period net; that class is being fixed apart), w09 ("toukokuun alussa"
        # read as all of May, the nights asked) and w16 (a Finnish note's "KM10 (perusmaksu) ja KM20 (rajamerkit)"
        # over a Swedish order counting "grundavgiften (1 st) och två nya gränsmärken": the counts asked, and its
        # forwarded "Fakturareferens: Lars Niemi" not read); the questions floor is for w16
        "cases_holdout33": {"kind": 99.5, "precision": 99.5, "recall": 95.0, "questions": 97.0},
        # 100/99.5/99.5/94.9 after its fixes (first run 100/98.4/95.6/87.2, none through wrong): v02 (the prose
        # "300 kr per vuxen och 100 kr per kalv" beside the wide table read as a codeless line, held), v04 ("…
        # (LJ90) …, ett ärende": a count said after the item, asked) and v13 (a PDF work order's own line texts,
        # the register's names given)
        "cases_holdout32": {"kind": 99.5, "precision": 99.0, "recall": 99.0, "questions": 94.0},
        # 97.5/97.8/92.7/92.1 after its fixes (first run 97.5/97.0/91.8/89.5, wrong straight through 2 → 0): the kind
        # floor is for w24 (an invoicing request and a payment advice in one mail, read as the advice); recall for
        # w24, w04 (a body note changing a spreadsheet's row), w34/w40 (a new choir's name; a customer named by its
        # number in an English phone note) and the one date of a story not given to the lines (w07, w20, w25, w33,
        # each held for a clerk); precision for w04; questions for w04, w24 and w40
        "cases_holdout35": {"kind": 97.0, "precision": 97.5, "recall": 92.0, "questions": 91.5},
        # 97.5/98.5/97.9/92.3 after its fixes (wrong straight through 2 (1 money-critical) → 0, first run
        # 97.5/97.1/90.8/71.8), every failure held or asked: the kind floor is for w28 (a Finnish status question
        # about an earlier invoice read as a request, held); precision and recall for w08 (a lump sum "184 500 kr"
        # under a fee row, the fee read as the line), w17 (the storm's dates read for the statement's delivery
        # day), w31 (an unregistered club's name, a count 2 read for the one), w32 (two
        # contradicting amounts: one read as a second line) and w38 (an unregistered parent: "2 pupils x SEK 650"
        # not given to the line); the questions floor is for w31, w32 and w38
        "cases_holdout34": {"kind": 97.0, "precision": 98.0, "recall": 97.0, "questions": 91.5},
        # 100/98.2/97.7/94.7 after its fixes (first run 97.5/94.5/93.3/81.6, wrong straight through 1 → 0), none
        # through wrong: q10 (a contract price sentence above the week's lines read as a line: the lines
        # misaligned, asked), q19 (an article named once in the preamble not given to the numbered items; a price
        # "selvitetään" read from the line above), q25 ("tammikuulta 18-20 kpl": the count range read as days
        # 18–20), q29 (the agency's own order number in a form's footer read as the order reference) and q33 (a
        # private person named only in prose, no identifier: the name not read); questions for q10, q19
        "cases_holdout37": {"kind": 99.5, "precision": 97.5, "recall": 97.0, "questions": 94.0},
        # 100/100/98.3/97.2 after its fixes (first run 100/94.3/89.0/91.7, wrong straight through 2 (1
        # money-critical) → 0): recall and questions are for r03 alone, whose expectation matches articles by name
        # ("validering … för 2 personer samt 2 ex kurslitteratur" expected as VU20/VU30 with register prices; the
        # contract says codes only, never by name): the parser asks "lines" and holds it
        "cases_holdout38": {"kind": 99.5, "precision": 99.5, "recall": 98.0, "questions": 97.0},
        # 100/99.9/99.3/97.4 after its fixes (first run 95.0/98.7/93.5/84.2, wrong straight through 4 (1
        # money-critical: two days' dates read as a count of 28 hours) → 0): precision, recall and questions for p05
        # ("en helprotes" after a colon not read as one, and "mellan 3 800 och 4 200 kr" for the lab's fee read as a
        # codeless line: both asked) and recall for p10 (a correction's bare "Datum: 3 december 2027" between the
        # customer and the lines not given to them: no period, the request held for replacing the earlier one)
        "cases_holdout36": {"kind": 99.5, "precision": 99.5, "recall": 99.0, "questions": 97.0},
        # 100/99.3/96.0/89.5 after its fixes (first run 97.5/98.2/89.2/84.2, wrong straight through 1 → 0), none
        # through wrong: t04 ("fast avgift" for an unpriced article with nothing else: quantity 1 not read, asked),
        # t07 (a quoted CSV's own descriptions replaced by the register's names), t10 (the reference in an Outlook
        # forward not read), t27 (an XLSX whose price-list sheet sits beside the data sheet: counts not read,
        # asked), t28 ("Kappalemäärä tarkistetaan vielä …" read as a second line, asked), t32/t36/t37 (periods:
        # "29.3–1.4", a forwarded rector's order's counts and day, a CSV's per-row conference dates) and t39 (a
        # Norwegian payer's org number); questions for t04, t27, t28, t36
        "cases_holdout40": {"kind": 99.5, "precision": 99.0, "recall": 95.5, "questions": 89.0},
        # 100/96.5/94.4/89.5 after its fixes (first run 92.5/95.6/86.5/78.9, wrong straight through 2 (1
        # money-critical: a forwarded dispute invoiced) → 0), none through wrong; all held or asked: s04
        # ("Förbrukning: 3 420 kWh" not read as the count), s08 (a PDF form's count not read), s12 (an XLSX title
        # row and a prose prepayment note read as a line: the lines misaligned), s19 ("3.–7.5." read as May),
        # s22 (the period column of a quoted CSV not read), s26 (a reply's "3,2 tonnia" read as 2) and s34 ("en
        # stallplats … för maj" not read as one)
        "cases_holdout39": {"kind": 99.5, "precision": 96.0, "recall": 94.0, "questions": 89.0},
        # 100/100/99.8/100 after its fixes (first run 100/98.9/95.6/78.9, none wrong straight through; with the nets
        # off 3, 1 money-critical): recall is for u30 alone ("reittiselvitys (EK30) 1,5 h samalle kuljetukselle":
        # "for the same transport" as the line above, dated 17.6., not read as that line's day — no period)
        "cases_holdout41": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5},
        # 100/99.0/98.6/97.4 after its fixes (first run 100/97.0/96.3/86.8, wrong straight through 1 (money-critical:
        # "två dygn" invoiced as the pupil-nights of about 45 pupils) → 0; with the nets off 3 → 0), none through
        # wrong: v08 (a booking export's row with status "Avbokad", which the mail says is not invoiced, read as a
        # line: held for the unread Status column), v18 (the count column headed by a phrase, "Myydyt liput", not
        # read: its counts asked) and v34 ("Ekenäsnejdens Fågelklubb", named without a number or a legal form, not
        # read as the customer's name: its org number asked either way); questions for v18
        "cases_holdout42": {"kind": 99.5, "precision": 98.5, "recall": 98.0, "questions": 97.0},
        # 100/99.2/98.6/97.4 after its fixes (first run 97.5/97.4/96.3/78.9, wrong straight through 1 (1
        # money-critical: "Antal 2 | 1" of a numbered case form read as 2) → 0; nets off 2 (1) → 0); all held or
        # asked: w01 (a "Makulerad" row the mail excludes by its status invoiced, held by the unread-column net),
        # w06 (an attached payment specification's invoice numbers not read), w21 (a new company's name on a bare
        # line above its Y-tunnus in a forwarded reply not read: asked) and w39 ("The quote said approx. SEK 60k"
        # after the first of two article lines read as a codeless line: asked; "60k" read as 60)
        "cases_holdout43": {"kind": 99.5, "precision": 99.0, "recall": 98.5, "questions": 97.0},
        # 100/98.9/98.2/92.1 after its fixes (first run 100/97.6/92.7/86.8, none wrong straight through; with the
        # nets off 4, 2 money-critical → 0), none through wrong; all held or asked: x14 (the twin law firms' org
        # number asked as it should be, but "totalt 23 sidor" in the lead sentence read as a codeless line and the
        # two coded lines after it), x21 (a new person's name under "Lasku morsiamelle:" dropped with her failing
        # hetu: org_no asked, the name not given), x36 (an agreed price told in a sentence of its own, "100 € per
        # dygn", read as a codeless line beside the coded one) and x39 (an XLSX's "m³" column not read as the count:
        # asked)
        "cases_holdout44": {"kind": 99.5, "precision": 98.5, "recall": 98.0, "questions": 91.5},
        # 100/99.0/98.9/100 after its fixes (first run 100/97.6/95.5/92.1, wrong straight through 2 (1
        # money-critical: a workshop speaker the mail says is not invoiced billed) → 0), none through wrong; all
        # held or asked: y04 (a new trader's name with "på" read from its last words, "Öland AB"; the address is
        # asked), y11 (a TSV's "Aktivitet" column not taken as the line's own words: the register's name instead)
        # and y33 ("Lovisa Strandgården", a short name that matches two register entries: no name, asked)
        "cases_holdout45": {"kind": 99.5, "precision": 98.5, "recall": 98.5, "questions": 99.5},
        # 100/100/100/100 after its fixes (first run 100/96.1/92.2/81.6, none wrong straight through; with the nets
        # off 1, money-critical: z24's group minimum "kattaa 15 ensimmäistä" invoiced as 15) — 100 each
        "cases_holdout46": {"kind": 99.5, "precision": 99.5, "recall": 99.5, "questions": 99.5}}

#: Cases whose request goes straight through with a value the set expects otherwise because two blind sets
#: disagree and the contract does not decide; none may touch a money-critical field.
#: h16 and w14: a month stated only in the file's title row ("Faktureringsunderlag januari 2027") — holdouts 2 and 4
#: expect no period, holdouts 23, 26 and 27 the month on every line, as the contract's "a period stated once for
#: the whole request applies to every line" says; the parser follows the contract (a period is not money-critical).
#: v01: the buyer reference "Johan Ling (produktansvarig)" — holdout30 expects the role in parentheses after the
#: name dropped, holdout25's e10 ("Ella Nord (kassör)") kept; the lead decided for keeping what the sender wrote
#: after a reference label (as with a role before the name, "kassör Gunilla Berg"); not money-critical.
CONTRACT_QUESTIONS = {"cases_holdout30": {"v01_sv_kons_prose_failed_charger_test_costs"},
                      "cases_holdout2": {"h16_sv_xlsx_title_rows_customer_numbers"},
                      "cases_holdout4": {"w14_sv_pdf_customer_blocks_wrapped_cells"}}


@pytest.mark.parametrize("folder", sorted(SETS))
def test_holdout_scores_and_no_wrong_straight_through(folder):
    s = score_dir(HERE / folder, HERE / folder / "registry.json")
    assert s.below(SETS[folder]) == {}, s.line()
    open_question = CONTRACT_QUESTIONS.get(folder, set())
    assert [n for r in s.results if r.name not in open_question for n in r.st_wrong] == []
    assert not any(MONEY in n for r in s.results for n in r.st_wrong)


# Each later set: its generator's module, its cases and its registry (holdouts 2 and 3 share one kit and registry;
# holdout3's case names start with x, y or z).
GENERATED = {"cases_holdout2": (make2, [c for c in ALL_CASES if not c[0].startswith(("x", "y", "z"))], REGISTRY),
             "cases_holdout3": (make2, [c for c in ALL_CASES if c[0].startswith(("x", "y", "z"))], REGISTRY),
             **{f"cases_holdout{n}": (m, c, r) for n, m, c, r in [
                 (4, make4, CASES4, REGISTRY4), (5, make5, CASES5, REGISTRY5), (6, make6, CASES6, REGISTRY6),
                 (7, make7, CASES7, REGISTRY7), (8, make8, CASES8, REGISTRY8), (9, make9, CASES9, REGISTRY9),
                 (10, make10, CASES10, REGISTRY10), (11, make11, CASES11, REGISTRY11),
                 (12, make12, CASES12, REGISTRY12), (13, make13, CASES13, REGISTRY13),
                 (14, make14, CASES14, REGISTRY14), (15, make15, CASES15, REGISTRY15),
                 (16, make16, CASES16, REGISTRY16), (17, make17, CASES17, REGISTRY17),
                 (18, make18, CASES18, REGISTRY18), (19, make19, CASES19, REGISTRY19),
                 (20, make20, CASES20, REGISTRY20), (21, make21, CASES21, REGISTRY21),
                 (22, make22, CASES22, REGISTRY22), (23, make23, CASES23, REGISTRY23),
                 (24, make24, CASES24, REGISTRY24), (25, make25, CASES25, REGISTRY25),
                 (26, make26, CASES26, REGISTRY26), (27, make27, CASES27, REGISTRY27),
                 (28, make28, CASES28, REGISTRY28), (29, make29, CASES29, REGISTRY29),
                 (30, make30, CASES30, REGISTRY30), (31, make31, CASES31, REGISTRY31),
                 (32, make32, CASES32, REGISTRY32), (33, make33, CASES33, REGISTRY33),
                 (34, make34, CASES34, REGISTRY34), (35, make35, CASES35, REGISTRY35),
                 (37, make37, CASES37, REGISTRY37),
                 (38, make38, CASES38, REGISTRY38),
                 (36, make36, CASES36, REGISTRY36),
                 (40, make40, CASES40, REGISTRY40),
                 (39, make39, CASES39, REGISTRY39),
                 (41, make41, CASES41, REGISTRY41),
                 (42, make42, CASES42, REGISTRY42),
                 (43, make43, CASES43, REGISTRY43),
                 (44, make44, CASES44, REGISTRY44),
                 (45, make45, CASES45, REGISTRY45),
                 (46, make46, CASES46, REGISTRY46)]}}


@pytest.mark.parametrize("folder", sorted(GENERATED))
def test_the_committed_holdout_cases_are_what_the_scripts_write(folder):
    """Every committed case and registry is byte for byte what its set's generator writes (run its make_holdout)."""
    make, cases, registry = GENERATED[folder]
    assert folder in SETS and make.HERE.name in (folder, "cases_holdout2")
    stale = []
    for name, fn in cases:
        msg, expected = fn()
        if (HERE / folder / f"{name}.eml").read_bytes() != msg.as_bytes() or json.loads(
                (HERE / folder / f"{name}.expected.json").read_text("utf-8")) != expected:
            stale.append(name)
    assert stale == [], f"run make_holdout in tests/intake/{folder}"
    assert len(list((HERE / folder).glob("*.eml"))) == len(cases)
    assert json.loads((HERE / folder / "registry.json").read_text("utf-8")) == registry
