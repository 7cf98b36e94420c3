"""Who wrote which lines: a mail's own text, forwarded or '>'-quoted messages, and each one's signature.

Agencies forward their customers' mails and quote the centre's question mails; the passes that read requests
must know which lines are the agency's own words, which are quoted history, and where a signature begins (the
agency's own identifiers there are never customer data).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

FORWARD_RE = re.compile(
    r"(?i)^\s*(?:-{2,}\s*(?:vidarebefordrat meddelande|forwarded message|välitetty viesti|original message|"
    r"ursprungligt meddelande|alkuperäinen viesti|videresendt melding)\s*-{2,}|"
    r"(?:från|from|lähettäjä|fra)\s*:\s*.+|(?:on|den|le|am)\s.{4,120}\s(?:wrote|skrev|kirjoitti)\s*:?|"
    r".{0,80}\s(?:wrote|skrev|kirjoitti):\s*)$")
HEADER_LINE_RE = re.compile(r"(?i)^\s*(?:från|from|lähettäjä|skickat|sent|lähetetty|till|to|vastaanottaja|ämne|"
                            r"subject|aihe|datum|date|päivämäärä|kopia|cc)\s*:")
SIGNOFF_RE = re.compile(
    r"(?i)^\s*(?:med vänliga? hälsning(?:ar)?|vänliga hälsningar|hälsningar|mvh\b.*|ha det bra|tack på förhand!?|"
    r"ystävällisin terveisin|terveisin|t\.\s*\w+|parhain terveisin|best regards|kind regards|regards|best,?|"
    r"many thanks,?|thanks,?|thank you!?|cheers|sincerely|yours sincerely|br,?|--\s*|/\s*\w+)[,.!]?\s*$")


@dataclass
class Segment:
    """A run of lines written by one person: the mail's own text, or a forwarded/quoted message."""

    lines: list[tuple[int, str]]
    level: int                      # 0 own text, 1.. forwarded/quoted
    quoted: bool = False            # '>'-quoted or below a reply header
    sig_start: int | None = None    # index in `lines` where the signature begins
    headers: dict[str, str] = field(default_factory=dict)

    def text(self, with_signature: bool = True) -> str:
        ls = self.lines if with_signature or self.sig_start is None else self.lines[:self.sig_start]
        return "\n".join(t for _, t in ls)

    def body(self) -> list[tuple[int, str]]:
        """The lines above the signature."""
        return self.lines if self.sig_start is None else self.lines[:self.sig_start]

    def signature(self) -> list[tuple[int, str]]:
        """The signature lines (none when no sign-off was found)."""
        return [] if self.sig_start is None else self.lines[self.sig_start:]


def split_segments(text: str) -> list[Segment]:
    """Split at forward/reply headers and '>' quoting. Line numbers are 1-based in the original text."""
    segs: list[Segment] = [Segment([], 0)]
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(raw):
        ln = raw[i]
        if FORWARD_RE.match(ln) and (re.match(r"(?i)^\s*-{2,}", ln) or not HEADER_LINE_RE.match(ln)
                                     or _looks_header_block(raw, i)):
            seg = Segment([], segs[-1].level + 1)
            i = _read_headers(raw, i, seg)
            segs.append(seg)
            continue
        if ln.lstrip().startswith(">"):
            if not segs[-1].quoted or segs[-1].level == 0:
                segs.append(Segment([], segs[-1].level + 1, quoted=True))
            segs[-1].lines.append((i + 1, re.sub(r"^\s*(?:>\s?)+", "", ln)))
            i += 1
            continue
        if segs[-1].quoted and segs[-1].lines and ln.strip():
            segs.append(Segment([], segs[-1].level))
        segs[-1].lines.append((i + 1, ln))
        i += 1
    for s in segs:
        s.sig_start = _signature_start(s.lines)
    return [s for s in segs if s.lines or s.headers]


def _read_headers(raw: list[str], i: int, seg: Segment) -> int:
    """Consume the header block of a forward/reply starting at line `i`; the index of the first line after it."""
    j = i if HEADER_LINE_RE.match(raw[i]) else i + 1
    while j < len(raw) and HEADER_LINE_RE.match(raw[j]):
        k, _, v = raw[j].partition(":")
        seg.headers[k.strip().casefold()] = v.strip()
        j += 1
    return j


def _looks_header_block(raw: list[str], i: int) -> bool:
    n = 0
    for ln in raw[i:i + 6]:
        if HEADER_LINE_RE.match(ln):
            n += 1
    return n >= 2


def _signature_start(lines: list[tuple[int, str]]) -> int | None:
    for idx, (_, t) in enumerate(lines):
        if SIGNOFF_RE.match(t) and len(t.strip()) < 40:
            return idx
    return None


def is_question_mail(seg: Segment) -> bool:
    """A quoted question mail from the centre (it names a REQ token and the paths it asked about)."""
    t = seg.text()
    return bool(re.search(r"\[REQ-[A-Z0-9]{5}\]", t, re.IGNORECASE) and
                re.search(r"\((?:customer\.|lines)", t))
