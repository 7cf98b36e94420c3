"""Evidence of every extracted value: where in the message it was read, by which rule, and how sure.

Builds on the parser's provenance (`requests[i].<path>` -> part, line/row/col/page, rule, how) and adds what the
straight-through rule (intake.gate) and the clerk's check need:
- `segment`: "newest" (the sender's own words, or an attachment of the outer mail), "forwarded" (a forwarded or
  attached message: the forward can be the request), "quoted" (a '>'-quoted reply or the history below a reply
  header: never the request), "signature" (the sender's own signature block);
- `level`: 0 for the newest part, 1.. for each step into the forwarded/quoted history;
- `text`: the source line as written (text parts), so the clerk sees the value beside the message;
- `how`: "stated" unless the parser said otherwise ("register", "computed", "inferred", "learned").

Whether a level-1 block is a forward or a reply history is read from the outer subject (`VB:`/`Fwd:`/`VL:` vs
`SV:`/`Re:`/`VS:`) and from the separator line ("Vidarebefordrat meddelande", "Välitetty viesti", "wrote:").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from intake.extract.html import html_to_text
from intake.extract.mime import Mail, Part
from intake.extract.segments import Segment, split_segments

FORWARD_SUBJECT_RE = re.compile(r"(?i)^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|vb|vl|wg|tr|fw)\s*:")
REPLY_SUBJECT_RE = re.compile(r"(?i)^\s*(?:\[[^\]]*\]\s*)?(?:re|sv|vs|aw|vast|svar)\s*:")
FORWARD_MARK_RE = re.compile(r"(?i)(?:forwarded message|vidarebefordrat|välitetty viesti|videresendt|"
                             r"begin forwarded message|edelleenlähetetty)")
REPLY_MARK_RE = re.compile(r"(?i)(?:wrote|skrev|kirjoitti)\s*:?\s*$")
SUBJECT_KEYS = ("subject", "ämne", "aihe", "emne", "betreff")


@dataclass(frozen=True)
class LineInfo:
    """Where one line of a text part stands in the mail's history."""

    segment: str   # newest | forwarded | quoted | signature
    level: int
    text: str


def part_texts(mail: Mail, body_text: Callable[[list[Part]], str], prefix: str = "") -> dict[str, tuple[str, int]]:
    """The readable text of every text part by provenance label (as the parser labels them), with the message
    nesting depth (0: the outer mail; 1: an attached message; ...)."""
    depth = prefix.count("/")
    out: dict[str, tuple[str, int]] = {prefix + "body": (body_text(mail.parts), depth)}
    for p in mail.parts:
        label = prefix + p.label
        if p.kind == "message" and p.message:
            out.update(part_texts(p.message, body_text, label + "/"))
        elif p.is_attachment and p.kind in ("text", "html") and p.text:
            out[label] = (p.text if p.kind == "text" else html_to_text(p.text), depth)
    return out


@lru_cache(maxsize=32)
def line_map(text: str, subject: str, base_level: int = 0) -> dict[int, LineInfo]:
    """Line number (1-based) -> its segment kind, history level and text (cached: the gate's checks ask for the
    same texts several times; callers must not change the result)."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    segs = split_segments(text)
    out: dict[int, LineInfo] = {}
    kinds: list[str] = []
    prev_end = 0
    for seg in segs:
        first = seg.lines[0][0] if seg.lines else prev_end + 1
        gap = "\n".join(raw[prev_end:max(prev_end, first - 1)])
        kind = _segment_kind(seg, gap, subject, segs, kinds)
        kinds.append(kind)
        sig = {n for n, _ in seg.signature()} if seg.level == 0 else set()
        for n, t in seg.lines:
            out[n] = LineInfo("signature" if n in sig else kind, seg.level + base_level, t)
        if seg.lines:
            prev_end = seg.lines[-1][0]
    return out


def _segment_kind(seg: Segment, gap: str, subject: str, segs: list[Segment], kinds: list[str]) -> str:
    """newest / forwarded / quoted for one segment (signature lines are marked by the caller)."""
    if seg.level == 0:
        return "newest"
    if seg.quoted:
        return "quoted"
    parent_subject = subject
    for prev, kind in zip(reversed(segs[:len(kinds)]), reversed(kinds), strict=False):
        if prev.level == seg.level - 1:
            if kind == "quoted":
                return "quoted"
            parent_subject = next((prev.headers[k] for k in SUBJECT_KEYS if k in prev.headers), parent_subject) \
                if prev.level > 0 else subject
            break
    if FORWARD_MARK_RE.search(gap) or FORWARD_SUBJECT_RE.match(parent_subject or ""):
        return "forwarded"
    if REPLY_MARK_RE.search(gap) or REPLY_SUBJECT_RE.match(parent_subject or ""):
        return "quoted"
    return "quoted"


def annotate(prov: dict[str, Any], mail: Mail, body_text: Callable[[list[Part]], str]) -> dict[str, dict]:
    """Evidence per value path: the provenance entry with segment, level, source text and how sure."""
    texts = part_texts(mail, body_text)
    maps: dict[str, dict[int, LineInfo]] = {}
    out: dict[str, dict] = {}
    for path, where in prov.items():
        ev = dict(where) if isinstance(where, dict) else {"part": str(where)}
        part = str(ev.get("part") or "")
        if part == "registry":
            ev.setdefault("how", "register")
            ev.setdefault("segment", "register")
        else:
            ev.setdefault("how", "stated")
            if ev.get("line") is None and isinstance(ev.get("value"), str) and part.endswith("body"):
                ev.update(_find_line(part, ev["value"], texts, mail.subject))
            if ev.get("rule") != "subject":
                loc = _locate(part, ev.get("line"), texts, maps, mail.subject)
                if ev.get("segment") and loc.get("segment") not in ("signature", "unplaced"):
                    loc.pop("segment")  # the parser's own reading of the history (intake.extract.quoting) wins
                ev.update(loc)
        out[path] = ev
    return out


def _find_line(part: str, value: str, texts: dict[str, tuple[str, int]], subject: str) -> dict[str, Any]:
    """A value the parser read without a line number (e.g. a name spotted in prose): its first line in the part,
    else the subject; nothing when it is in neither."""
    needle = " ".join(value.split()).casefold()
    if not needle or part not in texts:
        return {}
    for n, line in enumerate(texts[part][0].replace("\r\n", "\n").split("\n"), start=1):
        if needle in " ".join(line.split()).casefold():
            return {"line": n, "rule": "located"}
    if part == "body" and needle in " ".join(subject.split()).casefold():
        return {"segment": "newest", "level": 0, "text": f"Subject: {subject}"[:300], "rule": "subject"}
    return {}


def _locate(part: str, line: Any, texts: dict[str, tuple[str, int]], maps: dict[str, dict[int, LineInfo]],
            subject: str) -> dict[str, Any]:
    """Segment, level and line text of a value read in `part` (attachments stand at their message's level)."""
    depth = part.count("/")
    if part in texts and isinstance(line, int):
        if part not in maps:
            maps[part] = line_map(texts[part][0], subject, texts[part][1])
        info = maps[part].get(line)
        if info is not None:
            seg = "forwarded" if info.segment == "newest" and depth else info.segment
            return {"segment": seg, "level": info.level, "text": info.text.strip()[:300]}
    if part in texts and line is None and not part.endswith("body"):
        return {"segment": "forwarded" if depth else "newest", "level": depth}
    if part in texts:
        return {"segment": "unplaced", "level": depth}
    return {"segment": "forwarded" if depth else "newest", "level": depth}
