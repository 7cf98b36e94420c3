"""Quoted history is never a request: only the newest part (and forwards) yield lines and quantities.

Each test writes a fresh message the way a mail client lays it out (Outlook header blocks in sv/fi/en, Gmail/Apple
intros, '>' quoting, separators) and checks what the clerk would check: the lines invoiced, and where each value
came from (its segment in the provenance, which the gate requires to be the newest part or a forward).
"""
from __future__ import annotations

import json
from pathlib import Path

from intake.extract.quoting import assign_roles, subject_action
from intake.extract.segments import split_segments
from intake.parse import parse_message
from tests.support.mail import HYDRO, VESI, make_mail

REGISTRY = json.loads((Path(__file__).parent / "fixtures" / "pipeline" / "registry.json").read_text("utf-8"))


def _parse(body: str, **kw) -> dict:
    return json.loads(json.dumps(parse_message(make_mail(body, **kw), REGISTRY), default=str))


def _lines(out: dict) -> list[tuple[str | None, str | None]]:
    return [(ln["article"], ln["quantity"]) for r in out["requests"] for ln in r["lines"]]


OUTLOOK_SV_REPLY = """Hej,

Fakturera Byggbolaget i Norr AB, org.nr 556712-4085.
Artikel 1010, 3 st.

Mvh Maria

Från: Sofia Berglund <sofia.berglund@byggnorr.se>
Skickat: den 3 november 2026 10:12
Till: Maria Lindgren <maria.lindgren@hydrografiverket.se>
Ämne: Konsultation

Hej, vi vill beställa 10 timmar konsultation (artikel 1010) och 2 dagar fältmätning (artikel 1020).
"""


def test_outlook_reply_history_gives_no_lines():
    out = _parse(OUTLOOK_SV_REPLY, subject="SV: Konsultation")
    assert out["kind"] == "invoice_request"
    assert _lines(out) == [("1010", "3")]
    assert out["provenance"]["requests[0].lines[0].quantity"]["segment"] == "newest"


def test_finnish_outlook_and_gmail_history_is_skipped():
    lahettaja = ("Hei,\n\nlaskuttakaa Rakennus Pohjola Oy (Y-tunnus 2987654-0), tuote V100, 4 kpl.\n\n"
                 "Terveisin Pekka\n\nLähettäjä: Liisa Mäkinen <liisa@rakennuspohjola.fi>\n"
                 "Lähetetty: maanantai 2. marraskuuta 2026 10.12\n"
                 "Vastaanottaja: Pekka Virtanen\nAihe: tilaus\n\nTilaamme tuote V200 12 kpl ja tuote V300 3 kpl.\n")
    kirjoitti = ("Hei,\n\nlaskuttakaa Rakennus Pohjola Oy (Y-tunnus 2987654-0), tuote V100, 4 kpl.\n\n"
                 "ma 2.11.2026 klo 10.12 Liisa Mäkinen <liisa@rakennuspohjola.fi> kirjoitti:\n"
                 "> Tilaamme tuote V200 12 kpl\n> ja tuote V300 3 kpl\n")
    for body in (lahettaja, kirjoitti):
        out = _parse(body, sender=VESI, subject="VS: tilaus")
        assert _lines(out) == [("V100", "4")], body[:200]


def test_english_on_wrote_and_angle_quotes_are_history():
    body = ("Hi,\n\nplease invoice Byggbolaget i Norr AB (org. no 556712-4085): article 1020, 2 days.\n\nThanks\n\n"
            "On Mon, 2 Nov 2026 at 10:12, Sofia Berglund <sofia@byggnorr.se> wrote:\n"
            "> We need article 1020 for 5 days and article 1010, 12 hours.\n")
    out = _parse(body, subject="Re: field days")
    assert _lines(out) == [("1020", "2")]


def test_superseded_version_below_is_not_invoiced():
    body = """Hej, korrigerat underlag som ersätter det tidigare.

Kund: Byggbolaget i Norr AB
Org.nr: 556712-4085
Artikel: 1020
Antal: 2

Mvh Maria

-----Ursprungligt meddelande-----
Från: Maria Lindgren
Skickat: den 1 november 2026 10:12
Till: Kundfaktura
Ämne: Faktureringsunderlag

Kund: Byggbolaget i Norr AB
Org.nr: 556712-4085
Artikel: 1020
Antal: 5
"""
    out = _parse(body, subject="Faktureringsunderlag (korrigerad)")
    assert _lines(out) == [("1020", "2")]


def test_forward_inside_a_forward_still_yields_the_forwarded_request():
    body = """Hej, se nedan, kan ni fakturera?

/Erik

---------- Vidarebefordrat meddelande ---------
Från: Anna Ek <anna.ek@hydrografiverket.se>
Datum: 2 nov. 2026 09:00
Ämne: VB: Beställning
Till: Erik Nyström <erik.nystrom@hydrografiverket.se>

Erik, den här är din.

---------- Vidarebefordrat meddelande ---------
Från: Tomas Wall <tomas.wall@sjomatningvast.se>
Datum: 1 nov. 2026 14:00
Ämne: Beställning

Vi beställer kalibrering av två flödesmätare (artikel 1030).

Med vänlig hälsning
Tomas Wall
Sjömätning Väst HB
Org.nr 969771-2058
"""
    out = _parse(body, sender="erik.nystrom@hydrografiverket.se", subject="VB: VB: Beställning")
    assert out["kind"] == "invoice_request"
    assert _lines(out) == [("1030", "2")]
    assert out["requests"][0]["customer"]["org_no"] == "969771-2058"
    assert out["provenance"]["requests[0].lines[0].quantity"]["segment"] == "forwarded"


def test_outlook_forward_by_subject_prefix_is_content_reply_is_not():
    block = ("Hej,\n\nse nedan.\n\n/Maria\n\nFrån: Tomas Wall <tomas.wall@sjomatningvast.se>\n"
             "Skickat: den 1 november 2026 14:00\nTill: Maria Lindgren\nÄmne: Beställning\n\n"
             "Vi beställer artikel 1030, 2 st. Org.nr 969771-2058, Sjömätning Väst HB.\n")
    fwd = _parse(block, subject="VB: Beställning")
    assert _lines(fwd) == [("1030", "2")]
    rep = _parse(block, subject="SV: Beställning")
    # a quoted third-party order read only as a fallback, marked so the gate never lets it through
    stated = [w for k, w in rep["provenance"].items() if ".lines[" in k and w.get("part") != "registry"]
    assert stated and all(w.get("segment") == "quoted" for w in stated)


def test_quoted_third_party_order_is_ignored_when_the_newest_part_has_lines():
    body = ("Fakturera artikel 1010, 4 st till Sjömätning Väst HB (969771-2058).\n\n"
            "Från: Tomas Wall <tomas.wall@sjomatningvast.se>\nSkickat: den 1 november 2026 14:00\n"
            "Ämne: Beställning\n\nVi beställer artikel 1030, 2 st.\n")
    assert _lines(_parse(body, subject="SV: Beställning")) == [("1010", "4")]


def test_the_agencys_own_quoted_mail_is_history():
    body = ("Glömde att skriva: perioden är oktober 2026.\n\n"
            "Från: Maria Lindgren <maria.lindgren@hydrografiverket.se>\nSkickat: den 1 november 2026 10:00\n"
            "Till: Kundfaktura\nÄmne: Faktureringsunderlag\n\n"
            "Kund: Byggbolaget i Norr AB\nOrg.nr: 556712-4085\nArtikel: 1020\nAntal: 5\n")
    out = _parse(body, sender=HYDRO, subject="SV: Faktureringsunderlag")
    assert _lines(out) == []


def test_roles_and_subject_prefixes():
    assert subject_action("VB: SV: x") == "forward" and subject_action("VS: x") == "reply"
    assert subject_action("Fwd: x") == "forward" and subject_action("Beställning") is None
    segs = split_segments("own\n\nDen 2 nov. 2026 kl. 10:12 skrev Kalle Anka <\nkalle@x.se>:\n> old\n")
    assign_roles(segs, "SV: x", None, set())
    assert [(s.intro, s.role) for s in segs] == [("own", "newest"), ("reply", "quoted")]
    assert segs[1].sender == "kalle@x.se"
