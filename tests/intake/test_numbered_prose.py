"""A numbered line label ("Item 1:", "Artikel 2") over a whole sentence is the line in prose, not the label's field
(intake.extract.labels): holdout43's numbered form labels had made "Item 1: Calibration of 2 flow meters, article
1030, at the list price." an article named by the sentence — the shared corpus's v25 lost both its lines."""
from __future__ import annotations

from tests.intake.cases_holdout2.kit import MARIA
from tests.intake.test_holdout5_classes import _parse


def test_a_numbered_item_over_a_sentence_is_read_as_prose():
    out = _parse(MARIA, "Hello,\n\nPlease invoice Nordkap Analys AB:\n\n"
                        "Item 1: Pressure measurement at 2 wells, article 1020, at the list price.\n\nMaria\n")
    lines = out["requests"][0]["lines"]
    assert [(ln["article"], ln["quantity"]) for ln in lines] == [("1020", "2")], lines


def test_a_numbered_item_over_a_code_is_still_the_article():
    out = _parse(MARIA, "Hej,\n\nKund: Nordkap Analys AB\nArtikel: 1020\nAntal: 2\nArtikel 2: 1020\nAntal 2: 1\n"
                        "\nMaria\n")
    lines = out["requests"][0]["lines"]
    assert [(ln["article"], ln["quantity"]) for ln in lines] == [("1020", "2"), ("1020", "1")], lines
