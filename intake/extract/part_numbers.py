"""Which part of a whole a line is: "del 2 av den skräddarsydda kursen", "etapp 3 av utbildningen", "koulutuksen
osan 2", "part 2 of the course", "vaihe 3", "modul 4," — an ordinal, never a count of the line.

Why: a course or a project billed in parts names the part by its number, and the number stood first in the
sentence: "del 2 av kursen (VU90), en kurs" went out as 2 courses (a blind set). A part noun followed by a small
number that is itself followed by "av/of" or by the end of the clause (no unit, no multiplication) names the part.
"""
from __future__ import annotations

import re

_PART_RE = re.compile(
    r"(?i)(?<![\w-])(?:del|delen|etapp|etappen|steg|modul|modulen|moment|osa|osan|osassa|osaan|vaihe|vaiheen|"
    r"vaiheessa|jakso|jakson|moduuli|moduulin|part|stage|phase|module|session)\s+\d{1,2}"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:av|of|från|utav|i|ja|och|and)\s+[^\W\d_])")


def part_ordinals(text: str) -> list[tuple[int, int]]:
    """Spans naming which part of a whole a line is; they hold no quantity."""
    return [(m.start(), m.end()) for m in _PART_RE.finditer(text)]
