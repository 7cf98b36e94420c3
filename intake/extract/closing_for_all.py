"""A closing paragraph after the last customer block that speaks for all of them: "Allt utfört 19–21.11.2027.",
"Kaikki tehty 3.–4.12.2027.", "All work done 6–8 December 2027." (holdout45). Left in the last block it dated only
that customer's lines and the others went without a period; moved to the preamble, it is a period stated once for
the whole request and reaches every block's lines without one of their own."""
from __future__ import annotations

import re
from dataclasses import replace

from .segments import Segment

#: a paragraph opening with a word for "all of it" ("Allt", "Alla", "Samtliga", "Kaikki", "All", "Everything",
#: "Both", "Båda", "Molemmat"); a digit is needed too, so a greeting ("Allt gott", "All the best") stays put
_ALL_RE = re.compile(r"(?i)^\W*(?:allt|alla|allting|samtliga|båda|bägge|kaikki|molemmat|kumpikin|all|everything|"
                     r"both)\b")


def closing_for_all(pre: Segment, blocks: list[Segment]) -> tuple[Segment, list[Segment]]:
    """(the preamble with the closing paragraph for all, the blocks without it); unchanged when there is none."""
    if len(blocks) < 2:
        return pre, blocks
    lines = blocks[-1].lines
    end = max((k + 1 for k, (_n, t) in enumerate(lines) if t.strip()), default=0)
    blank = max((k for k, (_n, t) in enumerate(lines[:end]) if not t.strip()), default=None)
    if blank is None:
        return pre, blocks
    para = lines[blank + 1:end]
    text = " ".join(t for _n, t in para)
    if not para or not _ALL_RE.match(para[0][1]) or not re.search(r"\d", text):
        return pre, blocks
    last = replace(blocks[-1], lines=lines[:blank + 1] + lines[end:])
    return replace(pre, lines=pre.lines + para), [*blocks[:-1], last]
