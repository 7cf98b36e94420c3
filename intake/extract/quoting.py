"""Which segments of a mail may yield request values: the newest part, forwards, and never quoted history.

A forward is content (the agency passes a customer's order on, or re-sends its own earlier request); a quote in a
reply chain is history (the agency's own earlier mail, the centre's question mail, a superseded offer). Values
from history are never read: a line taken from a quoted earlier version is a line invoiced twice or wrongly.

Roles (`Segment.role`), from most to least trusted:
- `newest`    — the writer's own text at the top (and inline answers between quotes);
- `forwarded` — a forwarded message (separator, or a header block under a "VB:/FW:/Fwd:/VL:" subject), also a
  forward inside a forward;
- `quoted`    — a third party's message quoted in a reply (Outlook header block under "SV:/RE:/VS:", "… wrote:",
  '>'), or an earlier version the newest part says it replaces: read only as a fallback, when nothing else in
  the mail gives a line, and the first such segment only (the newest version is on top);
- `history`   — the centre's question mails, the agency's own quoted mails, anything under a quoted segment:
  never read.
Every value read keeps its segment's role in its provenance (`Where.segment`), so the gate can require that
what goes straight through came from the newest part.
"""
from __future__ import annotations

import re

from .bottom_posting import confirm_quotes_answered_below
from .model import CustomerInfo, Fragment, LineItem
from .repeats import own_history_as_fallback
from .segments import Segment, is_question_mail, split_segments
from .text_context import TextContext

_ORDER = {"newest": 0, "forwarded": 1, "quoted": 2, "history": 3}
_PREFIX_RE = re.compile(r"(?i)^\s*(re|sv|vs|aw|antw|vast|fwd?|vb|vl|wg|tr|vid)\s*(?:\[\d+\])?\s*:")
_FORWARD_PREFIXES = {"fw", "fwd", "vb", "vl", "wg", "tr", "vid"}
SUPERSEDE_RE = re.compile(
    r"(?i)\b(?:ersätter\s+(?:det\s+|den\s+|mitt\s+|vårt\s+)?(?:tidigare|föregående|förra)|korrigerat?\b|rättelse|"
    r"rättat\s+underlag|ny\s+version|revidera(?:d|t|de)\b|gäller\s+(?:inte|ej)(?:\s+\w+)?\s+längre|"
    r"ei\s+(?:ole\s+)?enää\s+voimassa|no\s+longer\s+(?:valid|applies)|"
    r"uppdaterat?\s+(?:underlag|offert|beställning)|uusi\s+versio|korjattu|"
    r"korvaa\s+(?:aiemman|edellisen|aikaisemman)|päivitetty\s+(?:versio|tilaus|tarjous)|oikaisu|"
    r"replaces\s+(?:the\s+|my\s+|our\s+)?(?:previous|earlier)|this\s+replaces|updated\s+(?:version|offer|order|"
    r"request|list)|revised\s+(?:version|offer|order)|corrected\s+(?:version|order|request))")


def subject_action(subject: str) -> str | None:
    """'forward' or 'reply' by the subject's first prefix (sv VB/SV, fi VL/VS, en FW/RE, de WG/AW)."""
    m = _PREFIX_RE.match(subject or "")
    if not m:
        return None
    return "forward" if m.group(1).casefold() in _FORWARD_PREFIXES else "reply"


def assign_roles(segments: list[Segment], subject: str, agency: dict | None,
                 centre_addresses: set[str], own_name: str = "") -> list[Segment]:
    """Set `role` on every segment and return those that may be read, in reading order. `own_name`: the
    writer's display name (a quoted block "Från: Per Strand" without an address is the writer's own mail)."""
    own = _own_addresses(agency)
    if own_name.strip():
        own.add(own_name.strip().casefold())
    parents: dict[int, str] = {}
    for k, seg in enumerate(segments):
        parent = _parent_role(parents, seg.level)
        role = _role(seg, segments[:k], subject, own, centre_addresses)
        seg.role = max(role, parent, key=_ORDER.__getitem__)
        parents = {lv: r for lv, r in parents.items() if lv < seg.level}
        parents[seg.level] = seg.role
    _demote_superseded(segments, subject)
    own_history_as_fallback(segments)   # "Samma som förra månaden men …" above the own quoted request
    confirm_quotes_answered_below(segments, centre_addresses)   # "> … Ok att fakturera?" / "Ja, men lägg till …"
    return [s for s in segments if s.role != "history"]


def _parent_role(parents: dict[int, str], level: int) -> str:
    """The role of the message this segment sits in (a quote inside a quote is still history)."""
    above = [r for lv, r in parents.items() if lv < level]
    if not above:
        return "newest"
    worst = max(above, key=_ORDER.__getitem__)
    return "history" if worst == "quoted" else worst


def _role(seg: Segment, before: list[Segment], subject: str, own: set[str], centre: set[str]) -> str:
    if seg.intro == "own" and seg.level == 0:
        return "newest"
    if is_question_mail(seg) or (seg.sender and seg.sender in centre):
        return "history"
    if seg.intro == "forward":
        return "forwarded"
    if seg.intro in ("header", "original"):
        outer = next((s.subject() for s in reversed(before) if s.subject()), subject)
        action = subject_action(outer)
        if action == "forward" or (action is None and not _is_own(seg, own)) or \
                (not _is_own(seg, own) and _points_below(before)):
            return "forwarded"
    return "history" if _is_own(seg, own) else "quoted"


#: the newest text asks to invoice what the mail below says: "fakturera enligt förbundets bekräftelse nedan",
#: "laskuttakaa alla olevan vahvistuksen mukaan", "please invoice as per the confirmation below"
_POINTS_BELOW_RE = re.compile(
    r"(?i)\b(?:fakturera|debitera|laskut\w*|invoice|bill)\b[^.\n]{0,60}?(?:\b(?:enligt|utifrån|som\s+i)\b"
    r"[^.\n]{0,40}?\bnedan\b|\balla\s+olev\w*\s+(?:\w+\s+){0,2}?mukaa\w*|\b(?:as\s+per|according\s+to|per|"
    r"based\s+on)\b[^.\n]{0,40}?\bbelow\b)")


def _points_below(before: list[Segment]) -> bool:
    """A reply whose newest text asks to invoice according to the message quoted below it (a customer's
    confirmation): that message is what the agency forwards in effect, read as a forward (its values then hold
    only as a forward's do, intake.gate)."""
    return any(s.role == "newest" and s.level == 0 and _POINTS_BELOW_RE.search(t := s.text(with_signature=False))
               and not _OWN_NUMBER_RE.search(_CODE_RE.sub(" ", t)) for s in before)


#: an article code ("IF10", "NL30") and a number of the newest text's own: a reply that states its own count
#: ("laskuttakaa alla olevan varauksen mukaan: … 2 vrk (NL30) 21.–23.5.2027") has its line; the quoted booking
#: only tells its story (holdout33 w08: its "noin 30" read as a second line)
_CODE_RE = re.compile(r"\b[A-ZÅÄÖ]{1,5}-?\d{1,5}\b")
_OWN_NUMBER_RE = re.compile(r"\d")


def _is_own(seg: Segment, own: set[str]) -> bool:
    """Written by the sending agency (one of its senders or its mail domain)."""
    if not seg.sender:
        name = next((seg.headers[k] for k in ("från", "from", "lähettäjä") if seg.headers.get(k)), "")
        return bool(name) and name.strip().casefold() in own
    return seg.sender in own or seg.sender.rpartition("@")[2] in {a.rpartition("@")[2] for a in own}


def _own_addresses(agency: dict | None) -> set[str]:
    return {a.strip().lower() for a in (agency or {}).get("allowed_senders") or [] if "@" in a}


def _demote_superseded(segments: list[Segment], subject: str) -> None:
    """When the newest part says it corrects/replaces an earlier version, forwards of it become fallback only."""
    newest = "\n".join(s.text(with_signature=False) for s in segments if s.role == "newest")
    if SUPERSEDE_RE.search(newest) or SUPERSEDE_RE.search(subject or ""):
        for s in segments:
            if s.role == "forwarded":
                s.role = "quoted"


def centre_addresses(registry_data: dict) -> set[str]:
    """The centre's own mailboxes (every agency's intake address): mail from there is a question we sent."""
    return {str(a.get("intake_address")).strip().lower() for a in registry_data.get("agencies") or []
            if a.get("intake_address")}


def reading_order(segments: list[Segment]) -> list[Segment]:
    """The newest part and forwards in mail order, then the quoted fallbacks (see `read_segment`)."""
    return [s for s in segments if s.role != "quoted"] + [s for s in segments if s.role == "quoted"]


def read_segment(seg: Segment, has_lines: bool, fallback_taken: bool) -> bool:
    """Whether to read `seg` now: always the newest part and forwards; a quoted one only as the single fallback
    when nothing else gave a line."""
    if seg.role in ("newest", "forwarded"):
        return True
    return seg.role == "quoted" and not has_lines and not fallback_taken


def mark_role(role: str, lines: list[LineItem], customer: CustomerInfo, tables: list[Fragment],
              before: tuple[set[str], int]) -> None:
    """Put the segment's role into the provenance of what it just gave: its lines, the customer fields it filled
    (`before`: the customer fields already known and the number of table fragments before it was read)."""
    known, n_tables = before
    wheres = [w for li in lines for w in li.where.values()]
    wheres += [w for k, w in customer.where.items() if k not in known]
    for f in tables[n_tables:]:
        wheres += [w for li in f.lines for w in li.where.values()] + list(f.customer.where.values())
    for w in wheres:
        # the newest part of an attached message is, for the outer mail, a forwarded message
        w.segment = w.segment or ("forwarded" if role == "newest" and "/" in (w.part or "") else role)


def content_text(text: str, ctx: TextContext) -> str:
    """The newest part and forwards of a text (what the writer asks now), without signatures' sign-off lines."""
    segs = assign_roles(split_segments(text), ctx.subject, ctx.agency, centre_addresses(ctx.registry.data),
                        ctx.from_name)
    return "\n".join(s.text() for s in segs if s.role in ("newest", "forwarded"))
