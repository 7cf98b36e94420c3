"""Who wrote which lines: a mail's own text, forwarded or quoted messages, and each one's signature.

Agencies forward their customers' mails and quote the centre's question mails; the passes that read requests
must know which lines are the agency's own words, which are quoted history, and where a signature begins (the
agency's own identifiers there are never customer data). Each segment records how it was introduced (`intro`)
and, when its header or intro line names one, who wrote it (`sender`), so `quoting` can tell a forward
(content) from a quoted reply chain (history).

The rules cover the common clients in sv/fi/en (and the French/German intros that reach Finnish/Swedish
agencies): Outlook header blocks ("Från:/Skickat:", "From:/Sent:", "Lähettäjä:/Lähetetty:") and separators
("-----Ursprungligt meddelande-----", "-----Alkuperäinen viesti-----"), Gmail/Apple intros ("Den … skrev …:",
"… kirjoitti …:", "On … wrote:", "Le … a écrit :") and '>' quoting. quotequail and mail-parser-reply were
evaluated and handle neither the Swedish nor the Finnish forms, nor tell a forward from a reply.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_FORWARD_SEP = (r"vidarebefordrat (?:meddelande|brev)|forwarded message|välitetty viesti(?: alkaa)?|"
                r"videresendt melding|weitergeleitete nachricht|message transféré|begin forwarded message|"
                r"början på vidarebefordrat meddelande")
_ORIGINAL_SEP = (r"ursprungligt meddelande|original message|alkuperäinen viesti|opprinnelig melding|"
                 r"ursprüngliche nachricht|message d'origine")
#: Lotus Notes: "----- Vidarebefordrat av Maria Fransson/SGN den 2026-03-04 10:12 -----", "----- Forwarded by …"
_NOTES_FORWARD = r"(?:vidarebefordrat av|forwarded by|välittänyt|edelleenlähettänyt)\s.{2,120}?"
FORWARD_SEP_RE = re.compile(rf"(?i)^\s*(?:-{{2,}}\s*(?:{_FORWARD_SEP}|{_NOTES_FORWARD})\s*-{{2,}}"
                            rf"|(?:{_FORWARD_SEP})\s*:)\s*$")
#: the labels of a Notes memo's header, each alone on its line above its value
_NOTES_LABEL_RE = re.compile(r"(?i)^\s*(?:till|to|vastaanottaja|kopia|cc|kopio|ärende|subject|aihe)\s*$")
_NOTES_SUBJECT_RE = re.compile(r"(?i)^\s*(?:ärende|subject|aihe)\s*$")
ORIGINAL_SEP_RE = re.compile(rf"(?i)^\s*[-_]{{2,}}\s*(?:{_ORIGINAL_SEP})\s*[-_]{{2,}}\s*$")
REPLY_INTRO_RE = re.compile(
    r"(?i)^\s*(?:(?:on|den|le|am|el)\s.{4,160}\s(?:wrote|skrev|kirjoitti|a écrit|schrieb|escribió)\s*:?"
    r"|.{0,160}\s(?:wrote|skrev|kirjoitti|a écrit|schrieb)\s*:)\s*$")
#: "mån 2 nov. 2026 kl. 10:12 skrev Kalle Anka <kalle@x.se>:" (the verb before the name; needs a time or address)
_LOOSE_INTRO_RE = re.compile(r"(?i)^\s*\S.{0,200}\b(?:wrote|skrev|kirjoitti|a écrit|schrieb)\b.{0,120}:\s*$")
HEADER_LINE_RE = re.compile(r"(?i)^\s*\*?(?:från|from|lähettäjä|skickat|sent|lähetetty|till|to|vastaanottaja|"
                            r"ämne|subject|aihe|datum|date|päivämäärä|päiväys|kopia|cc|gesendet|betreff|envoyé|objet)\s*:\*?")
_FROM_LINE_RE = re.compile(r"(?i)^\s*\*?(?:från|from|lähettäjä|von|de)\s*:\*?\s*(?!\d)\S")
#: kept for callers that test a single line: any line that opens a forwarded or quoted message
FORWARD_RE = re.compile("|".join(p.pattern.replace("(?i)", "") for p in
                                 (FORWARD_SEP_RE, ORIGINAL_SEP_RE, REPLY_INTRO_RE)), re.IGNORECASE)
SIGNOFF_RE = re.compile(
    r"(?i)^\s*(?:med vänliga? hälsning(?:ar)?|vänliga hälsningar|hälsningar|mvh\b.*|ha det bra|tack på förhand!?|"
    r"ystävällisin terveisin|terveisin|t\.\s*\w+|parhain terveisin|best regards|kind regards|regards|best,?|"
    r"many thanks,?|thanks,?|thank you!?|cheers|sincerely|yours sincerely|br,?|--\s*|/\s*\w+|"
    # a first name glued to a dash, as a phone signs off ("-Petri"); "- Anna Berg" with a space is a list item
    r"-(?-i:[A-ZÅÄÖ][a-zåäö]+))[,.!]?\s*$")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Segment:
    """A run of lines written by one person: the mail's own text, or a forwarded/quoted message."""

    lines: list[tuple[int, str]]
    level: int                      # 0 own text, 1.. forwarded/quoted
    quoted: bool = False            # '>'-quoted
    sig_start: int | None = None    # index in `lines` where the signature begins
    headers: dict[str, str] = field(default_factory=dict)
    #: how the segment was introduced: own | forward (separator) | original (Outlook separator) |
    #: header (bare header block) | reply ("… wrote:") | quote ('>')
    intro: str = "own"
    sender: str | None = None       # the e-mail address its header/intro names, lower case
    role: str = "newest"            # set by quoting.assign_roles: newest | forwarded | quoted | history

    def text(self, with_signature: bool = True) -> str:
        ls = self.lines if with_signature or self.sig_start is None else self.lines[:self.sig_start]
        return "\n".join(t for _, t in ls)

    def body(self) -> list[tuple[int, str]]:
        """The lines above the signature."""
        return self.lines if self.sig_start is None else self.lines[:self.sig_start]

    def signature(self) -> list[tuple[int, str]]:
        """The signature lines (none when no sign-off was found)."""
        return [] if self.sig_start is None else self.lines[self.sig_start:]

    def subject(self) -> str:
        """The subject its header block states ("" when none)."""
        for k in ("ämne", "subject", "aihe", "betreff", "objet"):
            if self.headers.get(k):
                return self.headers[k]
        return ""


def split_segments(text: str) -> list[Segment]:
    """Split at forward/reply headers and '>' quoting. Line numbers are 1-based in the original text."""
    segs: list[Segment] = [Segment([], 0)]
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(raw):
        ln = raw[i]
        intro = _intro(raw, i)
        if intro:
            seg = Segment([], segs[-1].level + 1, intro=intro, sender=_address(ln) if intro == "reply" else None)
            i = _read_headers(raw, i, seg)
            segs.append(seg)
            continue
        if ln.lstrip().startswith(">"):
            if not segs[-1].quoted or segs[-1].level == 0:
                prev = segs[-1]
                if prev.intro == "reply" and not prev.lines:
                    prev.quoted = True      # the '>' lines under "… wrote:" are that message
                else:
                    segs.append(Segment([], prev.level + 1, quoted=True, intro="quote"))
            segs[-1].lines.append((i + 1, re.sub(r"^\s*(?:>\s?)+", "", ln)))
            i += 1
            continue
        if segs[-1].quoted and segs[-1].lines and ln.strip():
            segs.append(Segment([], max(0, segs[-1].level - 1), intro=_resumed(segs)))
        segs[-1].lines.append((i + 1, ln))
        i += 1
    for s in segs:
        s.sig_start = _signature_start(s.lines)
    return [s for s in segs if s.lines or s.headers]


def _resumed(segs: list[Segment]) -> str:
    """The intro of text after a '>' block: the writer's own text again (inline answer) at level 0."""
    below = [s for s in segs if s.level == max(0, segs[-1].level - 1)]
    return below[-1].intro if below else "own"


def _intro(raw: list[str], i: int) -> str | None:
    """How line `i` opens a new message, or None."""
    ln = raw[i]
    if FORWARD_SEP_RE.match(ln):
        return "forward"
    if ORIGINAL_SEP_RE.match(ln):
        return "original"
    if _FROM_LINE_RE.match(ln) and _looks_header_block(raw, i):
        return "header"
    if _one_line_intro(ln):
        return "reply"
    if i + 1 < len(raw) and _split_intro(ln, raw[i + 1]):
        return "reply"
    return None


def _one_line_intro(ln: str) -> bool:
    """A reply intro on one line ("On … wrote:", "Den … skrev …:", "… kirjoitti:")."""
    return bool(REPLY_INTRO_RE.match(ln) or _LOOSE_INTRO_RE.match(ln) and re.search(r"@|\d{1,2}[:.]\d{2}", ln)) \
        and not HEADER_LINE_RE.match(ln) and len(ln) < 240


def _split_intro(ln: str, nxt: str) -> bool:
    """Gmail wraps long intros: "Den 3 nov. 2026 kl. 10:12 skrev Anna Berg <" / "anna@x.se>:"."""
    joined = f"{ln.strip()} {nxt.strip()}"
    return bool(len(ln) < 200 and len(nxt) < 120 and "@" in joined and re.match(
        r"(?i)^(?:on|den|le|am)\s.{4,240}\b(?:wrote|skrev|kirjoitti|a écrit|schrieb)\b.{0,120}:$", joined))


def _address(ln: str) -> str | None:
    m = _EMAIL_RE.search(ln)
    return m.group(0).lower() if m else None


def _read_headers(raw: list[str], i: int, seg: Segment) -> int:
    """Consume the header block of a forward/reply starting at line `i`; the index of the first line after it."""
    j = i if HEADER_LINE_RE.match(raw[i]) else i + 1
    if seg.intro == "reply" and not _one_line_intro(raw[i]):
        seg.sender = seg.sender or _address(raw[i + 1])
        j = i + 2                     # a wrapped two-line intro
    elif seg.intro == "reply":
        return i + 1
    if seg.intro == "forward" and re.search(_NOTES_FORWARD, raw[i], re.IGNORECASE):
        return _notes_header(raw, i + 1, seg)
    while j < len(raw) and not raw[j].strip() and j + 1 < len(raw) and HEADER_LINE_RE.match(raw[j + 1]) \
            and seg.intro in ("forward", "original"):
        j += 1
    while j < len(raw) and HEADER_LINE_RE.match(raw[j]):
        k, _, v = raw[j].partition(":")
        key = k.strip().strip("*").strip().casefold()
        seg.headers.setdefault(key, v.strip().strip("*").strip())
        if _FROM_LINE_RE.match(raw[j]) and not seg.sender:
            seg.sender = _address(raw[j])
        j += 1
    return j


def _notes_header(raw: list[str], i: int, seg: Segment) -> int:
    """A Lotus Notes memo header under its forward separator: the author and date on lines of their own, then
    "Till"/"Kopia"/"Ärende" each above its value. Consumed up to the subject's value (kept as the subject), so
    neither the author's date nor the recipients are read as request text."""
    window = raw[i:i + 16]
    subj = next((k for k, ln in enumerate(window) if _NOTES_SUBJECT_RE.match(ln)), None)
    if subj is None or not any(_NOTES_LABEL_RE.match(ln) for ln in window[:subj]):
        return i
    author = next((ln.strip() for ln in window[:subj] if ln.strip()), "")
    seg.headers.setdefault("från", author)
    k = subj + 1
    while k < len(window) and not window[k].strip():
        k += 1
    if k < len(window):
        seg.headers.setdefault("ämne", window[k].strip())
    return i + k + 1


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
    t = seg.text() + " " + seg.subject()
    return bool(re.search(r"\[?REQ-[A-Z0-9]{5}\]?", t, re.IGNORECASE) and
                re.search(r"\((?:customer\.|lines)", t))
