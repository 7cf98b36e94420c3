"""The seventeenth held-out set's registry and file builders ("what other systems send"): a Swedish and a Finnish
agency; twists: a customer number that looks like the start of an org number ("556123"), two customers with the
same registered name (different org numbers), a Swedish AB and a Finnish Oy sharing a name, articles without a
price. Builders: XLSX with hidden columns, PDF tables by reportlab (wrapping cells, header repeated on page 2)."""
from __future__ import annotations

import io
from typing import Any

from tests.intake.cases.ids import fi_yt, se_org
from tests.intake.cases.kit_helpers import agency, set_kit, signer
from tests.intake.cases.kit_helpers import article as _a
from tests.intake.cases.kit_helpers import customer as _c
from tests.intake.cases.mailkit import XLSX_TYPE, _stable_zip

MPV, MAA = "MPV-SE", "MAA-FI"
KARIN = "Karin Lundgren <karin.lundgren@miljoprovverket.se>"
EKON = "Ekonomi Miljöprovverket <ekonomi@miljoprovverket.se>"
ARENDE = "Ärendesystemet Miljöprovverket <noreply-arende@miljoprovverket.se>"
JUHA = "Juha Koskinen <juha.koskinen@maaperatutkimus.fi>"
MLASK = "Laskutus MTL <laskutus@maaperatutkimus.fi>"
VARAUS = "Tilavaraus MTL <no-reply@varaus.maaperatutkimus.fi>"
ULLA = "Ulla Westerholm <ulla.westerholm@maaperatutkimus.fi>"
CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
CENTRE_FI = "Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>"

AGENCIES: list[dict[str, Any]] = [
    agency(MPV, "Miljöprovverket", "SE", se_org("202100744"), "sv", ("Box 640", "751 26", "Uppsala"), "5311-4092",
           "kundfaktura@servicecentret.se",
           ["karin.lundgren@miljoprovverket.se", "ekonomi@miljoprovverket.se", "noreply-arende@miljoprovverket.se"]),
    agency(MAA, "Maaperätutkimuslaitos", "FI", fi_yt("0281945"), "fi", ("PL 21", "40101", "Jyväskylä"),
           "FI37 5000 1520 0431 86", "myyntilaskutus@palvelukeskus.fi",
           ["juha.koskinen@maaperatutkimus.fi", "laskutus@maaperatutkimus.fi", "no-reply@varaus.maaperatutkimus.fi",
            "ulla.westerholm@maaperatutkimus.fi"]),
]


CUSTOMERS: list[dict[str, Any]] = [
    _c("20411", "Uppvidinge Schakt AB", se_org("556741208"), "SE", "faktura@uppvidingeschakt.se",
       "Industrigatan 4", "364 30", "Åseda"),
    _c("20412", "Roslagens Vatten AB", se_org("556088311"), "SE", "ekonomi@roslagsvatten.se", "Vattenv. 2",
       "184 30", "Åkersberga"),
    _c("20413", "Tierps kommun", se_org("212000270"), "SE", "fakturor@tierp.se", "Centralgatan 7", "815 80",
       "Tierp"),
    _c("20414", "Hammarby Konsult AB", se_org("559011824"), "SE", "info@hammarbykonsult.se", "Sickla allé 3",
       "131 34", "Nacka"),
    _c("20415", "Hammarby Konsult AB", se_org("559240319"), "SE", "ekonomi@hammarbykonsult-sdl.se",
       "Storgatan 40", "852 30", "Sundsvall"),
    _c("20416", "Nordkust Logistik AB", se_org("556903172"), "SE", "ap@nordkustlogistik.se", "Hamnv. 9",
       "602 38", "Norrköping"),
    _c("556123", "Ekbackens Lantbruk AB", se_org("559312406"), "SE", "ekbacken@lantpost.se", "Ekbacken 1",
       "747 91", "Alunda"),
    _c("20418", "Mälardalens Bergteknik AB", se_org("556578902"), "SE", "faktura@mbergteknik.se",
       "Bergslagsv. 11", "722 14", "Västerås"),
    _c("20419", "Gävle Hamn AB", se_org("556104826"), "SE", "inkommande@gavlehamn.se", "Fredriksskans",
       "802 80", "Gävle"),
    _c("30501", "Keski-Suomen Maarakennus Oy", fi_yt("2519046"), "FI", "laskut@ksmaarakennus.fi",
       "Sorakuja 3", "40320", "Jyväskylä"),
    _c("30502", "Nordkust Logistik Oy", fi_yt("2998713"), "FI", "ostolaskut@nordkust.fi", "Satamatie 5",
       "65170", "Vaasa"),
    _c("30503", "Kuopion Energia Oy", fi_yt("0174852"), "FI", "laskut@kuopionenergia.fi", "Voimatie 1",
       "70100", "Kuopio"),
    _c("30504", "Närpes Grönsaker Ab", fi_yt("2043655"), "FI", "fakturor@narpesgronsaker.fi", "Odlarvägen 8",
       "64200", "Närpes"),
    _c("30505", "Porvoon Tieurakointi Oy", fi_yt("3027784"), "FI", "ap@porvoontie.fi", "Tehtaankatu 12",
       "06100", "Porvoo"),
]


ARTICLES: list[dict[str, Any]] = [
    _a(MPV, "2010", "Provtagning", "st", "850.00", "25"),
    _a(MPV, "2020", "Analys, standardpaket", "st", "1200.00", "25"),
    _a(MPV, "2030", "Konsulttimme", "tim", "1350.00", "25"),
    _a(MPV, "2040", "Fältdag", "dag", "8900.00", "25"),
    _a(MPV, "2050", "Rapport", "st", "3100.00", "25"),
    _a(MPV, "2060", "Specialanalys", "st", None, "25"),
    _a(MPV, "2070", "Lokalhyra per timme", "tim", "450.00", "25"),
    _a(MPV, "2080", "Dataabonnemang per månad", "mån", "2500.00", "25"),
    _a(MPV, "2090", "Kurs per deltagare", "st", "3900.00", "25"),
    _a(MPV, "9100", "Utlägg", "st", None, "25"),
    _a(MAA, "M100", "Maanäyte", "kpl", "55.00", "25.5"),
    _a(MAA, "M110", "Laaja analyysi", "kpl", "210.00", "25.5"),
    _a(MAA, "M200", "Asiantuntijatunti", "h", "150.00", "25.5"),
    _a(MAA, "M210", "Kenttäpäivä", "pv", "980.00", "25.5"),
    _a(MAA, "M300", "Raportti", "kpl", "380.00", "25.5"),
    _a(MAA, "M400", "Erikoistehtävä", "kpl", None, "25.5"),
    _a(MAA, "M500", "Koulutus per osallistuja", "hlö", "310.00", "25.5"),
    _a(MAA, "M600", "Kokoustilan vuokra, tunti", "h", "65.00", "25.5"),
    _a(MAA, "M700", "Tietopalvelu, kuukausi", "kk", "420.00", "25.5"),
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request
ND = ("description",)

SIG_SE = ("\n\nMed vänliga hälsningar\n{n}\nMiljöprovverket, Box 640, 751 26 Uppsala\nOrg.nr "
          + AGENCIES[0]["org_no"] + " | Bankgiro 5311-4092 | Tfn 018-471 20 00\n"
          "Detta meddelande kan innehålla uppgifter som omfattas av sekretess.\n")
SIG_FI = ("\n\nYstävällisin terveisin\n{n}\nMaaperätutkimuslaitos, PL 21, 40101 Jyväskylä\nY-tunnus "
          + AGENCIES[1]["org_no"] + " | IBAN FI37 5000 1520 0431 86 | puh. 029 440 2000\n")

sig_se = signer(SIG_SE)
sig_fi = signer(SIG_FI)


def xlsx_book(fname: str, sheets: list[dict[str, Any]]) -> tuple[str, bytes, str, str]:
    """An XLSX workbook; each sheet a dict: title, rows, merges (ranges), hidden_cols (letters)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        for r in sh["rows"]:
            ws.append(r)
        for rng in sh.get("merges", ()):
            ws.merge_cells(rng)
        for col in sh.get("hidden_cols", ()):
            ws.column_dimensions[col].hidden = True
    buf = io.BytesIO()
    wb.save(buf)
    return (fname, _stable_zip(buf.getvalue()), *XLSX_TYPE)


def rl_pdf(fname: str, title: str, intro: list[str], header: list[str] | None, rows: list[list[str]],
           after: tuple[str, ...] | list[str] = (), widths: list[float] | None = None,
           two_col: list[tuple[str, str, str, str]] | None = None) -> tuple[str, bytes, str, str]:
    """A PDF by reportlab: a title, intro paragraphs, an optional two-column label form with dot leaders, a table
    whose header repeats on every page (long cells wrap as Paragraphs), closing paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = getSampleStyleSheet()
    cell = st["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, title=title,
                            author="system", creator="system", invariant=1)
    flow: list[Any] = [Paragraph(title, st["Heading1"])]
    for p in intro:
        flow.append(Paragraph(p, cell))
    if two_col:
        form = [[Paragraph(f"{a} {'.' * 8}", cell), Paragraph(b, cell), Paragraph(f"{c} {'.' * 8}", cell),
                 Paragraph(d, cell)] for a, b, c, d in two_col]
        flow.append(Table(form, colWidths=[40 * mm, 46 * mm, 40 * mm, 46 * mm]))
        flow.append(Spacer(1, 6 * mm))
    if rows:
        data = ([[Paragraph(f"<b>{h}</b>", cell) for h in header]] if header else []) + [
            [Paragraph(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1 if header else 0)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        flow.append(t)
    for p in after:
        flow.append(Spacer(1, 4 * mm))
        flow.append(Paragraph(p, cell))
    from reportlab import rl_config

    # the product's print renderer sets rl_config.useA85 = 0 for the whole process (core.billing.delivery.
    # print_canvas); the committed cases were written with reportlab's default, so it is pinned while building
    before, rl_config.useA85 = rl_config.useA85, 1
    try:
        doc.build(flow)
    finally:
        rl_config.useA85 = before
    return (fname, buf.getvalue(), "application", "pdf")
