"""Where a customer's name ends when the clerk runs on with the next sentence on the same line.

"Kund: Norrviks Hamn AB. Fakturera 3 timmar …", "asiakas: Kallion kunta. Laskutetaan …": the label's value runs to
the line's end, but the name ends at the sentence end. A dot ends a sentence when the word before it is a word of
its own (three letters or more, or a legal form such as "AB" or "Oy"; not an abbreviation that stands inside names:
"St.", "Sv.", "ek. för.", "Dr.") and a
capitalised word follows. An initial ("K. Lind") ends nothing, and a dot at the very end
is only trimmed by the caller.
"""
from __future__ import annotations

import re

from .name_dots import TITLES

#: abbreviations that stand inside a name and are followed by a capitalised word of the same name; the titles
#: written before a person's name ("Prof.", "Dir.") are the ones `name_dots` keeps inside a reference
_INNER_ABBREVIATIONS = frozenset({
    "s:t", "corp", "bros", "kgl", "kungl", "int", "intl", "mfl", "inkl", "resp", "ref", "avd", "dept",
    "etc", "för", "fören", "stift", "bost", "brf", "nyk", *(t.casefold() for t in TITLES),
})
#: two-letter words that end a name (legal forms); any other word of two letters before a dot is an abbreviation
#: ("Sv. Kennelklubben", "ek. för.", "St. Eriks", "Dr. Lind")
_LEGAL_FORMS = frozenset({"ab", "hb", "kb", "oy", "ky", "ay", "ry", "as", "ag", "bv", "nv", "oü"})
_SENTENCE_END_RE = re.compile(r"(?P<word>[^\W\d_][\w:&'-]*)\.\s+(?=[A-ZÅÄÖÉ][^\W\d_])")


def name_before_sentence_end(name: str) -> str:
    """The name up to the first sentence end in it, else the name unchanged."""
    for m in _SENTENCE_END_RE.finditer(name):
        word = m.group("word")
        w = word.casefold()
        if w in _INNER_ABBREVIATIONS or (len(w) < 3 and w not in _LEGAL_FORMS):
            continue
        return name[:m.start("word") + len(word)].rstrip()
    return name
