"""Lines a mail carries around the request that are never request data, though they hold numbers: the office's
visiting address with its room, house and floor ("Rum 214, Hus 10, Box 812, 971 28 Luleå"), its opening or phone
hours ("Öppet 8–16, lunchstängt 12–13", "Puhelinaika ma–pe klo 9–11"), the speaker and time stamp of a pasted chat
("[08:14] Frida Ek", "Liisa Koski  9.02") and a meeting's place ("Where: Room B214 / Teams meeting ID 384 551 207 96").

Why: the general net (intake.gate_leftover) holds a request for a clerk when a newest-text line with a number gave no
value. Front-desk mail signs off with such lines in every message, so without this each correct request went to a
person. Each test below accepts a line only when ALL of it is of its kind — a segment that is anything else (a
count, a price, a cue word) keeps the line material, so "Hus 10, 2 st A110" still holds the request.
"""
from __future__ import annotations

import re

#: a room, house, floor, building, staircase or box with its number ("Rum 214", "huone 2.14", "Room B214", "vån. 3")
_PLACE = (r"(?:konferensrum|mötesrum|sammanträdesrum|rum|hus|plan|våning|vån|byggnad|trapphus|ingång|"
          r"neuvotteluhuone|kokoushuone|huone|talo|kerros|rakennus|porras|sisäänkäynti|"
          r"meeting room|conference room|room|house|floor|building|bldg|suite|entrance|"
          r"box|pl|postbox|postilokero|p\.?\s?o\.?\s?box)")
_PLACE_NUM = rf"\b{_PLACE}\.?\s+[A-Z]?\d{{1,4}}(?:[.,]\d{{1,3}})?[a-z]?\b"
PLACE_RE = re.compile(rf"(?i){_PLACE_NUM}")
#: a whole address segment: a place, a postal code with its town ("971 28 Luleå", "FI-80100 Joensuu"), a street
#: and number ("Storgatan 5", "Rantakatu 3 B")
_SEGMENT_RES = (
    re.compile(rf"(?i)^{_PLACE}\.?\s+[A-Z]?\d{{1,4}}(?:[.,]\d{{1,3}})?[a-z]?$"),
    re.compile(r"^(?:[A-Z]{2}-)?\d{3}\s?\d{2}\s+[^\W\d][^\W\d -]*(?:[ -][^\W\d]+)*$"),
    re.compile(r"(?i)^[^\W\d]+(?:\s+[^\W\d]+)*\s+\d{1,4}\s?[a-z]?(?:\s+[a-z]\s?\d{0,3})?$"),
)
_SPLIT_RE = re.compile(r"\s*[,;|/]\s*|\s+[-–]\s+")


def _split(s: str) -> list[str]:
    return [p.strip(" .") for p in _SPLIT_RE.split(s.strip()) if p.strip(" .")]


def address_line(s: str) -> bool:
    """The office's address as one line of segments, each a place with its number, a postal code and town, a
    street and number or a plain name ("Campus Porsön"), with at least a place or a postal code among them."""
    parts = _split(s)
    anchored = False
    for p in parts:
        if _SEGMENT_RES[0].match(p) or _SEGMENT_RES[1].match(p):
            anchored = True
        elif not (_SEGMENT_RES[2].match(p) or re.fullmatch(r"[^\W\d]+(?:[ -][^\W\d]+){0,3}", p)):
            return False
    return anchored and len(parts) >= 2


#: opening, phone and lunch hours: a word for them, then weekdays and hour ranges only
_HOURS_WORD = (r"(?:öppet|öppettider|öppettid|telefontid(?:er)?|telefontider|expedition(?:stid)?|kontorstid|"
               r"besökstid(?:er)?|lunchstängt|lunchstängd|lunch|stängt|"
               r"avoinna|aukioloaja[t]?|aukiolo|puhelinaika|puhelinajat|palvelemme|asiakaspalvelu|lounastauko|"
               r"suljettu|open|opening hours|office hours|phone hours|hours|closed|lunch break)")
_DAY = (r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|fre|lör|sön|må|ti|on|to|fr|"
        r"maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|ma|ke|pe|la|su|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
        r"vardagar|helgfria|arkisin|arkipäivisin|weekdays)(?:ar|sin|s)?\b\.?")
_TIME = r"\d{1,2}(?:[.:]\d{2})?(?:\s?(?:am|pm))?"
_HOURS_REST_RE = re.compile(rf"(?i)(?:{_DAY}|\bklo\b|\bkl\b\.?|\bat\b|från|alkaen|from|och|ja|and|samt|sekä|"
                            rf"{_TIME}\s?[-–]\s?{_TIME}|[-–,.:;])")
_HOURS_HEAD_RE = re.compile(rf"(?i)^{_HOURS_WORD}\b\s*:?")


def hours_line(s: str) -> bool:
    """Opening, phone or lunch hours ("Öppet 8–16, lunchstängt 12–13", "Puhelinaika ma–pe klo 9–11", "Office
    hours Mon–Fri 9:00–17:00"): every segment starts with such a word and holds only weekdays and hour ranges."""
    parts = [p for p in re.split(r"\s*[,;|]\s*", s.strip(" .")) if p]
    for p in parts:
        head = _HOURS_HEAD_RE.match(p)
        if not head:
            return False
        if _HOURS_REST_RE.sub(" ", p[head.end():]).strip():
            return False
    return bool(parts)


_NAME = r"[A-ZÅÄÖÜ][a-zåäöüéè'’]+(?:-[A-ZÅÄÖÜ][a-zåäöüéè]+)?"
_STAMP = r"(?:\d{1,2}[./]\d{1,2}\.?(?:\d{2,4})?,?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp][Mm])?"
#: a chat's speaker line: the time in brackets before a name, or a name and a time ("[08:14] Frida Ek",
#: "Liisa Koski  9.02", "Frida Ek, 08:14", "Mikko Virtanen kl. 9.03")
CHAT_STAMP_RE = re.compile(
    rf"^\s*(?:\[\s*{_STAMP}\s*\]\s*(?P<a>{_NAME}(?:\s+{_NAME}){{0,3}})|"
    rf"(?P<b>{_NAME}(?:\s+{_NAME}){{1,3}}),?\s+(?:kl\.?\s*|klo\s+|at\s+)?\(?{_STAMP}\)?)\s*:?\s*$")
_LEGAL_RE = re.compile(r"(?i)\b(?:ab|oy|oyj|hb|kb|ky|ay|ltd|inc|gmbh|brf|tmi|ek|ekonomisk|aktiebolag)\b\.?$")


def chat_stamp(s: str) -> str:
    """The speaker's name when the line is only a chat stamp (a time and a person's name), else ""."""
    m = CHAT_STAMP_RE.match(s)
    if not m:
        return ""
    name = m.group("a") or m.group("b")
    return "" if _LEGAL_RE.search(name) and m.group("b") else name


#: where a meeting is ("Where:", "Plats:", "Paikka:", "Location:") and how to join it ("Teams meeting ID …")
MEETING_PLACE_RE = re.compile(r"(?i)^\s*(?:where|location|plats|mötesplats|paikka|sijainti|kokouspaikka)\s*:\s*")
MEETING_ID_RE = re.compile(r"(?i)\b(?:meeting id|mötes-?id|kokous-?(?:id|tunnus)|conference id|passcode|"
                           r"lösenkod|salasana|pin)\s*:?\s*[\d ]{4,}\b")
#: a time of day or a room inside a sentence ("kl 12", "klo 10 → 11", "at 10:30", "huone 2.14"): never a count
TIME_OR_ROOM_RE = re.compile(rf"(?i)(?:\b(?:kl\.?|klo|kello)\s*\d{{1,2}}(?:[.:]\d{{2}})?|\bat\s+\d{{1,2}}:\d{{2}})"
                             rf"(?:\s*(?:[-–→>]|till|to|until|asti)\s*\d{{1,2}}(?:[.:]\d{{2}})?)?\b|{_PLACE_NUM}")


def meeting_place(s: str) -> bool:
    """A meeting's place line: a place label and rooms, meeting ids and names only ("Where: Room B214 / Teams
    meeting ID 384 551 207 96"); digits of anything else keep it material."""
    m = MEETING_PLACE_RE.match(s)
    if not m:
        return False
    rest = MEETING_ID_RE.sub(" ", PLACE_RE.sub(" ", s[m.end():]))
    return not re.search(r"\d", rest)


def office_line(s: str) -> bool:
    """Any of the above, as a whole line."""
    return address_line(s) or hours_line(s) or meeting_place(s) or bool(MEETING_ID_RE.fullmatch(s.strip()))
