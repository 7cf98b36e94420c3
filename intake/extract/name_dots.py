"""The dot of an initial or a title inside a person's name, which ends no sentence.

Examples: "K. Lind", "P. de Vries", "Prof. Helen Marsh", "Dr. Lind", "Mrs. A. Holm".

Why: a reference or a name runs to its sentence's end, and a dot usually ends a sentence; but the dot of an
abbreviated title or an initial stands inside the name, so cutting there leaves "Prof" or "P" — a wrong value that
looks plausible and goes straight through. The name after the dot is up to three capitalised words, each
possibly after a lower-case particle (de, van, von, af, …), followed by punctuation or the end of the text.
"""
from __future__ import annotations

#: English and Nordic titles written with a dot before a name (the title is kept as part of the reference)
TITLES = ("Prof", "Dr", "Mr", "Mrs", "Ms", "Mx", "Sr", "Jr", "Fr", "Hr", "Doc", "Dir")
#: lower-case name particles ("P. de Vries", "Anna af Klint", "L. van der Berg")
PARTICLES = r"(?:af|av|von|van|de|der|den|da|di|du|la|le|ten|ter|zu)"
_AFTER_DOT = r"(?:(?<=\b[A-ZÅÄÖ]\.)|" + "|".join(rf"(?<=\b{t}\.)" for t in TITLES) + ")"
_WORD = rf"(?:{PARTICLES}\s)*[A-ZÅÄÖ][\w'-]+"
#: after a dot, the rest of a person's name up to punctuation or the end: the dot ends no sentence
NAME_AFTER_DOT = rf"{_AFTER_DOT}\s(?:[A-ZÅÄÖ]\.\s)*{_WORD}(?:\s{_WORD}){{0,2}}(?:[.,;:\n)]|\s*$)"
#: a title or an initial as a token of a name, followed by the name's next word
NAME_DOT_TOKEN = (r"(?:(?:" + "|".join(TITLES) + r"|[A-ZÅÄÖ])\.(?=[ ]+(?:" + PARTICLES + r"[ ]+)?[A-ZÅÄÖ]))")
