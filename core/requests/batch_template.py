"""The Excel invoicing-request template of an agency (Valtiokonttori's Kieku takes invoicing requests through such a
template): an instruction sheet in the agency's language, a data sheet with locked headers in that language, the
agency's articles and customers as validated dropdowns (openpyxl DataValidation over hidden list sheets), and
example rows marked with `#` in the first column, which the import ignores. A filled template is read back by
core.requests.batch_format without any mapping (its headers are among the accepted aliases).
"""
from __future__ import annotations

import io

import sqlalchemy as sa
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.cells import xlsx_append, xlsx_text
from core.kernel.jsonenc import number_str
from core.kernel.money import price_str
from core.registers.models import Agency, AgencyCustomer, Article, Customer
from core.requests.batch_format import COLUMNS

DATA_ROWS = 5000  # rows prepared with dropdowns and unlocked cells
HEADINGS: dict[str, tuple[str, ...]] = {
    "sv": ("Fakturanyckel", "Kundnummer", "Organisationsnummer", "Kundnamn", "Er referens", "Ordernummer",
           "Fakturadatum", "Förfallodatum", "Artikel", "Beskrivning", "Antal", "À-pris", "Moms %", "Period från",
           "Period till", "Fakturatext", "Valuta", "Gatuadress", "Postnummer", "Ort", "Land", "E-post"),
    "fi": ("Laskuavain", "Asiakasnumero", "Y-tunnus", "Asiakkaan nimi", "Viitteenne", "Tilausnumero", "Laskupäivä",
           "Eräpäivä", "Nimike", "Kuvaus", "Määrä", "Á-hinta", "ALV %", "Jakso alkaa", "Jakso päättyy",
           "Laskun teksti", "Valuutta", "Katuosoite", "Postinumero", "Postitoimipaikka", "Maa", "Sähköposti"),
    "en": tuple(c.replace("_", " ").capitalize() for c in COLUMNS),
}
SHEETS = {"sv": ("Instruktioner", "Fakturarader"), "fi": ("Ohjeet", "Laskurivit"),
          "en": ("Instructions", "Invoice lines")}
INSTRUCTIONS = {
    "sv": ["Fakturaunderlag till servicecentret — {agency}",
           "En rad per fakturarad. Rader med samma fakturanyckel blir en faktura.",
           "Kunden: kundnummer (listan) eller organisations-/personnummer. En ny kund behöver organisationsnummer, "
           "namn och adress.",
           "Artikel ur listan. Utan pris används registerpriset; moms följer artikeln.",
           "Datum som 2026-11-30 eller 30.11.2026; belopp med decimalkomma eller punkt.",
           "Rader som börjar med # (exemplen) läses inte. Rubrikerna får inte ändras.",
           "Skicka filen via webben, API:t eller den säkra filmappen. Samma fil två gånger faktureras en gång.",
           "Kvittot listar avvisade rader med radnummer, fält och orsak."],
    "fi": ["Laskutuspyyntö palvelukeskukselle — {agency}",
           "Yksi rivi laskuriviä kohden. Saman laskuavaimen rivit muodostavat yhden laskun.",
           "Asiakas: asiakasnumero (luettelo) tai Y-tunnus. Uusi asiakas tarvitsee Y-tunnuksen, nimen ja osoitteen.",
           "Nimike luettelosta. Ilman hintaa käytetään rekisterihintaa; ALV määräytyy nimikkeen mukaan.",
           "Päivämäärät muodossa 30.11.2026 tai 2026-11-30; summat pilkulla tai pisteellä.",
           "#-merkillä alkavia rivejä (esimerkit) ei lueta. Otsikoita ei saa muuttaa.",
           "Lähetä tiedosto verkkopalvelussa, API:n kautta tai suojattuun kansioon. Sama tiedosto laskutetaan kerran.",
           "Kuittaus luettelee hylätyt rivit rivinumeron, kentän ja syyn kanssa."],
    "en": ["Invoicing request to the service centre — {agency}",
           "One row per invoice line. Rows with the same invoice key make one invoice.",
           "Customer: customer number (from the list) or organisation number. A new customer needs the organisation "
           "number, name and address.",
           "Article from the list. Without a price the register price applies; VAT follows the article.",
           "Dates as 2026-11-30 or 30.11.2026; amounts with a decimal comma or point.",
           "Rows starting with # (the examples) are not read. Do not change the headings.",
           "Send the file through the web, the API or the secure drop folder. The same file twice is invoiced once.",
           "The receipt lists rejected rows with row number, field and reason."],
}
EXAMPLE = {"sv": "#EXEMPEL", "fi": "#ESIMERKKI", "en": "#EXAMPLE"}
_HEAD_FILL = PatternFill("solid", fgColor="DDE5F0")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def agency_customers(session: Session, agency: Agency) -> list[Customer]:
    """The customers the agency knows: linked to it, or invoiced by it before."""
    linked = select(AgencyCustomer.customer_id).where(AgencyCustomer.agency_id == agency.id)
    invoiced = select(Invoice.customer_id).where(Invoice.agency_id == agency.id).distinct()
    q = select(Customer).where(sa.or_(col(Customer.id).in_(linked), col(Customer.id).in_(invoiced)))
    return list(session.exec(q.order_by(col(Customer.customer_number))))


def build_template(session: Session, agency: Agency, lang: str) -> bytes:
    """The agency's template as XLSX bytes."""
    lang = lang if lang in HEADINGS else "en"
    wb = Workbook()
    info = wb.active
    assert info is not None  # a new workbook has one sheet
    info.title = SHEETS[lang][0]
    for i, text in enumerate(INSTRUCTIONS[lang], 1):
        xlsx_text(info.cell(row=i, column=1, value=text.format(agency=f"{agency.name} ({agency.code})")))
    info["A1"].font = Font(bold=True, size=13)
    info.column_dimensions["A"].width = 110
    articles = list(session.exec(select(Article).where(Article.agency_id == agency.id, col(Article.active))
                                 .order_by(col(Article.code))))
    customers = agency_customers(session, agency)
    _list_sheet(wb, "Artiklar" if lang == "sv" else "Nimikkeet" if lang == "fi" else "Articles",
                [(a.code, a.name, a.unit, price_str(a.unit_price) if a.unit_price is not None else "",
                  number_str(a.vat_rate)) for a in articles])
    _list_sheet(wb, "Kunder" if lang == "sv" else "Asiakkaat" if lang == "fi" else "Customers",
                [(c.customer_number, c.name, "", "", "") for c in customers])
    ws = wb.create_sheet(SHEETS[lang][1], 1)
    _data_sheet(ws, lang, articles, customers, wb.sheetnames[-2], wb.sheetnames[-1], agency)
    wb.active = 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _list_sheet(wb: Workbook, title: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    ws = wb.create_sheet(title)
    ws.append(["code", "name", "unit", "price", "vat"])
    for r in rows:
        xlsx_append(ws, r)  # names come from the register: never a formula
    ws.sheet_state = "hidden"


def _data_sheet(ws, lang: str, articles: list[Article], customers: list[Customer], art_sheet: str,
                cust_sheet: str, agency: Agency) -> None:
    heads = HEADINGS[lang]
    ws.append(list(heads))
    for i, _ in enumerate(heads, 1):
        cell = ws.cell(row=1, column=i)
        cell.font, cell.fill, cell.protection = Font(bold=True), _HEAD_FILL, Protection(locked=True)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(12, len(heads[i - 1]) + 2)
        ws.column_dimensions[letter].protection = Protection(locked=False)
        if COLUMNS[i - 1] in ("invoice_date", "due_date", "period_start", "period_end"):
            ws.column_dimensions[letter].number_format = "yyyy-mm-dd"
    for n, row in enumerate(_examples(lang, articles, customers, agency), 2):
        xlsx_append(ws, row)
        for i in range(1, len(heads) + 1):
            ws.cell(row=n, column=i).font = _EXAMPLE_FONT
            ws.cell(row=n, column=i).protection = Protection(locked=False)
    ws.freeze_panes = "A2"
    _dropdown(ws, COLUMNS.index("article") + 1, art_sheet, len(articles))
    _dropdown(ws, COLUMNS.index("customer_number") + 1, cust_sheet, len(customers))
    ws.protection.sheet = True  # headers locked; data cells (unlocked columns) stay editable
    ws.protection.insertRows = False
    ws.protection.deleteRows = False
    ws.protection.formatColumns = False
    ws.protection.autoFilter = False


def _dropdown(ws, column: int, sheet: str, count: int) -> None:
    if count == 0:
        return
    letter = get_column_letter(column)
    dv = DataValidation(type="list", formula1=f"'{sheet}'!$A$2:$A${count + 1}", allow_blank=True,
                        showErrorMessage=True)
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}{DATA_ROWS + 1}")


def _examples(lang: str, articles: list[Article], customers: list[Customer], agency: Agency) -> list[list[str]]:
    """Two example rows of one invoice, from the agency's own register, marked as examples."""
    art = articles[0].code if articles else ""
    cust = customers[0].customer_number if customers else ""
    key = EXAMPLE[lang]
    blank = [""] * len(COLUMNS)
    first = dict(zip(COLUMNS, blank)) | {"invoice_key": f"{key}-1", "customer_number": cust,
                                         "invoice_date": "2026-11-30", "article": art, "quantity": "2",
                                         "buyer_reference": "Anna Berg", "text": "Tillsyn november"}
    second = dict(zip(COLUMNS, blank)) | {"invoice_key": f"{key}-1", "customer_number": cust, "article": "",
                                          "description": "Resekostnad", "quantity": "1", "unit_price": "350,00",
                                          "vat_rate": number_str(agency.default_vat_rate)}
    return [[row[c] for c in COLUMNS] for row in (first, second)]
