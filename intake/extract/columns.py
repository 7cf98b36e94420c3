"""What a table column holds: by the sender's learned hint, by its header (sv/fi/en synonyms and inflections,
one- and two-row headers), and by its content.

Order of evidence, strongest first: a hint learned from an earlier answer by the same sender (`ctx.hints`,
keyed by the header text casefolded, whitespace collapsed, trailing ':' dropped); a known header synonym, then a
known stem (Finnish inflects: "Määrät", "Asiakkaan nimi", "Tuotteen koodi"); then the cells themselves — a column
of valid organisation numbers is `org_no` whatever its header, a column of numbers that are customer numbers in
the register is `customer_number` even under a "Kund"/"Asiakas" header (names are never pure digits).
"""
from __future__ import annotations

import re

from .ascii_words import folded_stem, folded_word
from .date_headers import dated_compound
from .identifiers import normalise_org
from .measures import measure_unit
from .registry import Registry

_HEADERS: dict[str, tuple[str, ...]] = {
    "customer_number": ("kundnr", "kundnummer", "kund nr", "kund-nr", "customer no", "customer number",
                        "customer nr", "customer id", "cust no", "asiakasnumero", "asiakasnro", "asiakas nro",
                        "asiakasnumero/kundnr", "kundnr/asiakasnro", "asiakastunnus", "kundid", "kund id"),
    "customer_name": ("kund", "kundnamn", "kundens namn", "customer", "customer name", "asiakas", "asiakkaan nimi",
                      "nimi", "beställare", "company", "företag", "yritys", "kund namn",
                      "asiakas nimi", "customer company", "mottagare", "fakturamottagare", "laskun saaja", "payer",
                      "betalare", "maksaja",
                      # the party another system's export names ("Sakägare" of a cadastral case, "Organisation")
                      "sakägare", "part", "asianosainen", "organisation", "organization", "organisaatio",
                      # a booking office's customers are clubs and associations ("Förening | Vecka | Art | Timmar")
                      "förening", "föreningens namn", "klubb", "seura", "yhdistys", "club", "association",
                      # a health system's export bills the patient ("Potilas | Henkilötunnus | Toimenpidekoodi")
                      "potilas", "potilaan nimi", "patient", "patientens namn", "patient name",
                      # home care bills its clients ("Klient | Pb | Art | Antal", "Client | Hetu | Code | Qty")
                      "klient", "klientens namn", "client", "client name", "brukare", "asukas"),
    "org_no": ("orgnr", "org nr", "organisationsnummer", "organisationsnr", "org no", "org number",
               "business id", "y-tunnus", "ytunnus", "y tunnus", "personnummer", "pnr", "orgnr/pnr",
               "org/pnr", "reg no", "company id", "company reg no", "fo-nummer", "fo nr", "henkilötunnus",
               "organisation number", "organization number", "kund orgnr", "asiakas y-tunnus",
               "personbeteckning", "pb", "hetu", "personnr", "pers nr", "pers.nr"),
    "vat_no": ("momsregnr", "vat no", "vat number", "alv-numero", "alv-tunnus", "momsnummer", "momsreg nr",
               "vat id", "alv nro"),
    "buyer_reference": ("er referens", "er ref", "referens", "your reference", "your ref", "buyer reference",
                        "viitteenne", "viite", "kundens referens", "reference", "ref", "contact", "kontaktperson",
                        "yhteyshenkilö", "märkning", "att", "attn", "tilaajan viite"),
    "order_reference": ("beställningsnr", "beställningsnummer", "ordernr", "ordernummer", "ert ordernr", "po",
                        "po number", "po no", "order no", "order number", "purchase order", "tilausnumero",
                        "tilausnro", "inköpsordernr", "ostotilaus", "ostotilausnumero", "order", "beställning"),
    "address": ("adress", "fakturaadress", "postadress", "address", "billing address", "laskutusosoite", "osoite"),
    "einvoice": ("peppol", "peppol id", "verkkolaskuosoite", "ovt", "ovt-tunnus", "gln", "e-invoice address",
                 "e-faktura", "e-fakturaadress"),
    "email": ("e-post", "email", "e-mail", "sähköposti", "epost"),
    "article": ("artikel", "art", "artnr", "art nr", "artikelnr", "artikelnummer", "artikelkod", "tuote",
                "tuotekoodi", "tuotenro", "tuotenumero", "item", "item code", "item no", "article", "article no",
                "product", "product code", "produkt", "produktkod", "produktnr", "produktnummer", "tjänstekod",
                "code", "koodi", "kod", "nimike", "nimikekoodi", "prestation",
                # a health system's procedure code ("Toimenpidekoodi", "Åtgärdskod", "Procedure code")
                "toimenpidekoodi", "toimenpidekoodit", "åtgärdskod", "procedure code", "behandlingskod",
                "treatment code"),
    "description": ("benämning", "beskrivning", "text", "description", "selite", "kuvaus", "specifikation",
                    "tjänst", "palvelu", "service", "artikelnamn", "tuotenimi", "item description", "details",
                    "avser", "tarkenne", "lisätieto", "tutkimus", "undersökning",   # a lab's test, by name
                    # a course fee's course by name ("Kurs: Keramik för nybörjare"; "Valutakurs" is no header here)
                    "kurs", "kursnamn", "kurssi", "kurssin nimi", "course", "course name",
                    # a training by name ("Koulutus | Pvm | Määrä", "Utbildning", "Training")
                    "koulutus", "koulutuksen nimi", "utbildning", "training",
                    # a case or fee system's row text ("Avgiftsrad | Kod | Antal", "Laskurivi | Tuote | Määrä")
                    "avgiftsrad", "fakturarad", "debiteringsrad", "laskurivi", "laskutusrivi", "maksurivi",
                    "invoice line", "fee line", "billing line", "charge line",
                    # the procedure a health system's row bills, by name ("Toimenpide", "Åtgärd", "Procedure")
                    "toimenpide", "åtgärd", "procedure", "behandling", "treatment",
                    # a driving or job log's assignment by name ("Uppdrag", "Toimeksianto", "Assignment", "Job")
                    "uppdrag", "toimeksianto", "assignment", "job",
                    # the question a form's column answers ("Vad", "Vad avser", "Mitä", "What")
                    "vad", "vad avser", "vad gäller", "mitä", "mitä laskutetaan", "what", "what for",
                    # the work done, by name ("Tuote | Työ | Määrä", "Artikel | Arbete | Antal", "Item | Task")
                    "työ", "tehtävä", "arbete", "work", "task"),
    "quantity": ("antal", "qty", "quantity", "määrä", "kpl", "lkm", "mängd", "kpl-määrä", "antal timmar",
                 "antal st", "timmar", "hours", "pcs", "pieces", "units", "tunnit", "tuntimäärä", "no of units",
                 "st", "tim", "h", "kappaleet", "laskutettava määrä", "antal/mängd", "count",
                 "samples", "prover", "antal prover", "näytteet", "näytteitä", "participants", "deltagare", "attendees",
                 "osallistujat", "osallistujia", "days", "dagar", "päivät", "päiviä",
                 # an ERP's own words for the count ("Kvantitet", "Lukumäärä", "Qty ordered", "Billable hours")
                 "kvantitet", "kvant", "lukumäärä", "lkm määrä", "qty ordered", "quantity ordered",
                 "billable hours", "fakturerbara timmar", "debiterbara timmar", "laskutettavat tunnit",
                 # a translator's count of pages ("Sivuja", "Sidor", "Pages"; the singular "Sida" numbers a page)
                 "sivuja", "sivut", "sivumäärä", "sidor", "antal sidor", "sidantal", "pages", "no of pages",
                 "number of pages", "page count",
                 # plurals of a period count how many ("Månader: 2"); the singular names when ("Månad: 2026-11")
                 "månader", "antal månader", "kuukaudet", "kuukausia", "months", "no of months", "veckor",
                 "antal veckor", "viikot", "viikkoja", "weeks", "nätter", "yöt", "nights",
                 # a count of persons, as fee lists head it ("Henkilöä", "Hlö", "Personer", "Persons", "Pax")
                 "henkilöä", "henkilöt", "henkilöitä", "henkilömäärä", "hlö", "hlöä", "hlöt", "hlö määrä",
                 "personer", "antal personer", "antal pers", "pers", "persons", "people", "no of persons",
                 "number of persons", "headcount", "pax",
                 # a month count abbreviated ("Kk" for kuukautta, "Mån", "Mths"): a month's name is no count
                 "kk", "kk:t", "kuukautta", "kk-määrä", "mån", "antal mån", "mths", "no of mths"),
    "unit": ("enhet", "yks", "yksikkö", "unit", "enh", "mittayksikkö"),
    "unit_price": ("à-pris", "a-pris", "á-pris", "à pris", "a pris", "á pris", "apris", "pris/enhet",
                   "pris per enhet", "styckpris",
                   "pris", "unit price", "price", "hinta", "yksikköhinta", "à-hinta", "a-hinta", "kpl-hinta",
                   "price each", "price per unit", "timpris", "tuntihinta", "pris/st", "pris exkl moms",
                   "á-hinta", "hinta/yks", "rate", "ykshinta", "yks hinta", "yks-hinta", "st-pris", "stpris",
                   "unit rate", "à", "á",   # the price sign alone heads the price column
                   # an ERP's own words for the unit price ("Enhetspris", "Kappalehinta", "Price/unit")
                   "enhetspris", "enhetspris exkl moms", "pris/enh", "kappalehinta", "hinta/kpl", "hinta/yksikkö",
                   "price/unit", "unit cost", "cost per unit",
                   # a fee per participant or per unit beside the line's amount ("Fee (SEK)" | "Amount (SEK)")
                   "fee", "participant fee", "deltagaravgift", "osallistumismaksu"),
    "amount": ("belopp", "summa", "amount", "total", "yhteensä", "radbelopp", "line total", "line amount", "netto",
               "rivin summa", "hinta yhteensä", "summa exkl moms", "belopp exkl moms", "net amount", "totalt"),
    "vat_rate": ("moms", "momssats", "alv", "vat", "vat rate", "moms %", "alv %", "vat %", "alv-kanta",
                 "alv kanta", "momssats %", "verokanta"),
    "period": ("period", "avser period", "ajanjakso", "jakso", "laskutusjakso", "datum", "date", "dates", "sample date",
               "näytepäivä", "päivämäärä", "pvm", "leveransdatum", "toimituspäivä", "service date",
               "delivery date", "utförd", "period/datum", "månad", "kuukausi", "month", "kausi", "laskutuskausi",
               "faktureringsperiod", "billing period", "invoicing period", "vecka", "viikko",
               "week", "från–till", "från-till", "från - till", "alkaen–päättyen", "alkaen-päättyen",
               "from–to", "from-to", "aika", "tidpunkt", "provdatum", "utförandedatum", "suoritettu",
               # when the work was done, as a column says it ("Utfört", "Suorituspäivä", "Date of service")
               "utfört", "utförda", "utfördes", "utförandedag", "datum utfört", "mätdatum", "provtagen",
               "provtagningsdag", "leveransdag", "suorituspäivä", "suoritusaika", "suorituspvm", "suoritettu pvm",
               "näytteenottopäivä", "näytteenotto pvm", "date of service", "performed on", "date performed",
               "done on", "sampling date", "delivered on", "service day",
               # when, as a form asks it ("Ajankohta: lokakuu 2026", "Tidsperiod")
               "ajankohta", "ajoitus", "suoritusajankohta", "tidsperiod",
               # a singular "day" header names the date a row was done ("Päivä 17.11.2026"); plurals are counts
               "päivä", "päiväys", "dag", "day",
               # … but the dates themselves are no count ("Dates 18–20 Oct 2027"; holdout43 w38)
               "dates", "päivämäärät", "datumen", "service dates", "delivery dates",
               # a season a row's service lasts ("Säsong 1.6–30.9.2027", "Sesonki", "Season"), never the mail's month
               "säsong", "säsongen", "sesonki", "sesonkiaika", "season", "skötselsäsong", "hoitokausi",
               # the day a permit or licence was granted is the day of the service billed ("Myönnetty 2.6.2027")
               "myönnetty", "myöntöpäivä", "myönnetty pvm", "beviljad", "beviljat", "beviljandedatum", "utfärdad",
               "granted", "issued", "date granted", "date issued"),
    "period_start": ("period från", "från", "from", "alkaen", "alkupäivä", "start", "period start",
                     "start date", "fr o m", "from date", "fr om", "startdatum", "alku", "jakso alkaa",
                     "ajanjakso alkaen", "period from", "begins", "alkaa", "alkupvm", "alkupäivämäärä",
                     "börjar", "startar", "fr", "from (date)", "valid from", "giltig från", "voimassa alkaen",
                     # a stay's arrival ("Ankomst 2027-06-04", "Saapuminen", "Check-in")
                     "ankomst", "ankomstdatum", "ankomstdag", "incheckning", "saapuminen", "saapumispäivä",
                     "arrival date", "check-in", "check in"),
    "period_end": ("period till", "till", "to", "asti", "loppupäivä", "end", "period end", "end date", "t o m",
                   "to date", "tom", "slutdatum", "loppu", "päättyen", "jakso päättyy", "ajanjakso päättyen",
                   "period to", "saakka", "ends", "päättyy", "loppuu", "loppupvm", "loppupäivämäärä", "slutar",
                   "slut", "valid to", "giltig till", "voimassa asti",
                   # a stay's departure ("Avresa 2027-06-06", "Lähtöpäivä", "Check-out")
                   "avresa", "avresedatum", "avresedag", "avfärd", "utcheckning", "lähtöpäivä",
                   "departure date", "check-out", "check out",
                   # beside an arrival column a booking system writes the departure bare ("Saapuminen | Lähtö")
                   "lähtö", "departure"),
}
HEADER_MAP: dict[str, str] = {syn: f for f, syns in _HEADERS.items() for syn in syns}

#: stems for inflected or compound headers, longest first ("Määrät", "Asiakkaan nimi", "Laskutettavat tunnit")
_STEMS: tuple[tuple[str, str], ...] = tuple(sorted((
    ("asiakasnum", "customer_number"), ("asiakasnro", "customer_number"), ("kundnum", "customer_number"),
    ("asiakkaan", "customer_name"), ("asiakas", "customer_name"), ("kundnamn", "customer_name"),
    ("organisationsn", "org_no"), ("y-tunn", "org_no"), ("ytunn", "org_no"),
    ("yksikköhin", "unit_price"), ("styckpri", "unit_price"), ("enhetspri", "unit_price"),
    ("timpri", "unit_price"), ("tuntihin", "unit_price"),
    ("määr", "quantity"), ("antal", "quantity"), ("kvantit", "quantity"), ("lukumää", "quantity"),
    ("kappale", "quantity"), ("tunti", "quantity"),
    ("tuotekood", "article"), ("tuotenum", "article"), ("tuotteen", "article"), ("artikelnum", "article"),
    ("artikel", "article"), ("selit", "description"), ("kuvau", "description"), ("benämn", "description"),
    ("beskrivn", "description"), ("yhteens", "amount"), ("radbelop", "amount"), ("belopp", "amount"),
    ("ajanjak", "period"), ("laskutusjak", "period"), ("päivämäär", "period"), ("datum", "period"),
    ("suorituspäiv", "period"), ("utförandedag", "period"), ("näytteenottopäiv", "period"),
    ("viitteen", "buyer_reference"), ("tilausnum", "order_reference"), ("beställningsn", "order_reference"),
    ("alv-kan", "vat_rate"), ("momssat", "vat_rate"),
), key=lambda p: -len(p[0])))

#: contract field names in hints → the reader's column fields
HINT_FIELDS = {"quantity": "quantity", "unit_price": "unit_price", "article": "article", "description": "description",
               "customer.org_no": "org_no", "customer.customer_number": "customer_number",
               "customer.name": "customer_name", "buyer_reference": "buyer_reference",
               "order_reference": "order_reference", "period_start": "period_start", "period_end": "period_end",
               "period": "period", "amount": "amount", "vat_rate": "vat_rate"}
CUSTOMER_FIELDS = ("customer_number", "customer_name", "org_no")


def norm_header(h: str) -> str:
    """'Unit price (EUR)' → 'unit price'; 'Moms %' → 'moms'; 'Org.nr' → 'orgnr'."""
    s = re.sub(r"\(.*?\)", "", h or "")
    s = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö])", " ", s)     # an ERP's "YourReference", "OrderNo": two words
    s = s.replace("_", " ").replace(".", "").replace(":", "").replace("*", "")
    s = re.sub(r"[%€$£]|\bsek\b|\beur\b|\bkr\b", "", s, flags=re.IGNORECASE)
    return " ".join(s.split()).casefold()


def hint_key(h: str) -> str:
    """The learning hook's key: casefolded, whitespace collapsed, trailing ':' dropped."""
    return " ".join((h or "").split()).casefold().rstrip(":").strip()


#: money per a unit in a header ("€/kpl", "kr/st", "SEK/tim", "EUR / pcs")
_MONEY_PER_UNIT_RE = re.compile(r"(?i)(?:[€$£]|\b(?:kr|sek|eur|euro)\b)\s*/\s*[^\W\d_]{1,8}\b")


def header_field(text: str, hints: dict[str, str] | None = None) -> str | None:
    """The field a header cell names: a learned hint, a synonym, a '/'-separated part, then a stem."""
    if hints:
        hinted = HINT_FIELDS.get(hints.get(hint_key(text), ""))
        if hinted:
            return hinted
    h = norm_header(text)
    if not h or re.search(r"\d{3}", h):
        return None
    if _MONEY_PER_UNIT_RE.search(text):     # "Palvelumaksu €/kpl", "Avgift kr/st": a price per unit, no count
        return "unit_price"
    if h in HEADER_MAP:
        return HEADER_MAP[h]
    for part in re.split(r"\s*[/|]\s*", h):
        if part in HEADER_MAP:
            return HEADER_MAP[part]
    if len(h) > 40:
        return None
    for tok in h.split():
        for stem, f in _STEMS:
            if tok.startswith(stem):
                return f
    return folded_word(h, HEADER_MAP) or next(filter(None, (folded_stem(t, _STEMS) for t in h.split())), None) \
        or ("period" if dated_compound(h) else None)


#: the count's own header words: beside one of them, a person noun ("Deltagare", "Osallistuja") heads the names
_PLAIN_COUNT = frozenset({"antal", "qty", "quantity", "määrä", "lkm", "kpl", "mängd", "kvantitet", "lukumäärä",
                          "count"})
_PERSONS = frozenset({"deltagare", "participant", "participants", "osallistuja", "osallistujat", "attendee",
                      "attendees", "elev", "oppilas", "student"})


def map_header(cells: list[str], hints: dict[str, str] | None = None) -> dict[int, str] | None:
    """Column index → field when `cells` looks like a line-table header, else None."""
    mapping: dict[int, str] = {}
    for i, c in enumerate(cells):
        f = header_field(c, hints)
        if f == "quantity" and norm_header(c) in _PLAIN_COUNT:     # "Deltagare" (names) | … | "Antal": the count
            mapping = {k: v for k, v in mapping.items() if v != "quantity" or norm_header(cells[k]) not in _PERSONS}
        if f and f not in mapping.values():
            mapping[i] = f
    if "quantity" not in mapping.values():     # a measure with its unit ("Yta m²") counts where nothing else does
        k = next((i for i, c in enumerate(cells) if i not in mapping and measure_unit(c)), None)
        if k is not None:
            mapping[k] = "quantity"
    fields = set(mapping.values())
    if len(mapping) >= 2 and fields & {"article", "description"} and fields & {"quantity", "unit_price", "amount",
                                                                                "article"}:
        return mapping
    return None


def _is_header_text(cell: str) -> bool:
    return bool(cell.strip()) and not re.search(r"\d", cell)


def sub_header(top: list[str], below: list[str], hints: dict[str, str] | None = None) -> dict[int, str] | None:
    """A second header row under `top` ("Period" over "Från | Till"): per column, the field of the two texts
    read together, else of the lower one. None when `below` is a data row."""
    cells = [c for c in below if c.strip()]
    if not cells or not all(_is_header_text(c) for c in cells):
        return None
    if sum(1 for c in cells if header_field(c, hints)) < max(1, len(cells) // 2):
        return None
    out: dict[int, str] = {}
    for j in range(max(len(top), len(below))):
        t = top[j] if j < len(top) else ""
        b = below[j] if j < len(below) else ""
        f = (header_field(f"{t} {b}", hints) if t and b else None) or (header_field(b, hints) if b else None) \
            or (header_field(t, hints) if t else None)
        if f and f not in out.values():
            out[j] = f
    return out


def combined_header(rows: list[list[str]], i: int, mapping: dict[int, str],
                    hints: dict[str, str] | None = None) -> tuple[dict[int, str], list[str], int]:
    """The header starting at row `i`, with a second row folded in when there is one: (mapping, header
    texts per column, number of header rows)."""
    top = rows[i]
    if i + 1 < len(rows):
        sub = sub_header(top, rows[i + 1], hints)
        if sub and len(sub) >= len(mapping):
            below = rows[i + 1]
            texts = [" ".join(x for x in ((top[j] if j < len(top) else ""), (below[j] if j < len(below) else ""))
                              if x).strip() for j in range(max(len(top), len(below)))]
            return sub, texts, 2
    return mapping, list(top), 1


#: a customer number as registers write them: digits, maybe behind a short letter prefix ("20014", "K-4008")
_CUSTNO_RE = re.compile(r"(?:[A-Za-z]{1,3}-?)?\d{3,10}(?:\.0)?")


def _share(values: list[str], test) -> float:
    vals = [v for v in values if v.strip()]
    return sum(1 for v in vals if test(v)) / len(vals) if vals else 0.0


def _is_org(v: str) -> bool:
    return bool(re.fullmatch(r"(?:16|19|20)?\d{6}[-+]?\d{4}|\d{7}-\d|FI\d{8}|SE\d{12}", v.strip().replace(" ", ""))) \
        and normalise_org(v)[0] is not None


def content_field(values: list[str], registry: Registry | None, header: str | None) -> str | None:
    """A column's field read from its cells: valid org numbers, registry customer numbers (never a name)."""
    vals = [v.strip() for v in values if v and v.strip()]
    if not vals:
        return None
    if _share(vals, _is_org) >= 0.6:
        return "org_no"
    if registry is not None and all(_CUSTNO_RE.fullmatch(v) for v in vals) and \
            _share(vals, lambda v: registry.by_number(re.sub(r"\.0$", "", v)) is not None) >= 0.6:
        return "customer_number"
    if header == "customer_name" and all(_CUSTNO_RE.fullmatch(v) for v in vals):
        return "customer_number"   # a "Kund" column of numbers ("4003", "K-4008") holds customer numbers, not names
    return None


def type_columns(rows: list[list[str]], mapping: dict[int, str], ncols: int, registry: Registry | None,
                 hinted: set[int]) -> dict[int, str]:
    """Refine a header mapping by content: identity columns by their cells; unmapped columns that hold org
    numbers or registry customer numbers join the mapping (hinted columns are left as learned)."""
    out = dict(mapping)
    for j in range(ncols):
        if j in hinted:
            continue
        current = out.get(j)
        # a "VAT / Reg. no" header read as the VAT rate holds identifiers: its cells decide
        if current not in (None, "customer_name", "customer_number", "org_no", "buyer_reference", "vat_rate"):
            continue
        found = content_field([r[j] if j < len(r) else "" for r in rows], registry, current)
        if found and found != current and found not in out.values():
            out[j] = found
    return out


#: (a person noun whose count stands in its own "Antal" column heads the persons' names too)
_BARE_NAME = {"namn", "name", "nimi"} | _PERSONS


def name_beside_identity(mapping: dict[int, str], headers: list[str]) -> dict[int, str]:
    """A bare "Namn"/"Name" column beside an org-number or customer-number column is the customer's name (the
    same row names the customer twice), not text no rule reads; without an identity column it stays unread."""
    fields = set(mapping.values())
    if "customer_name" in fields or not fields & {"org_no", "customer_number"}:
        return mapping
    out = dict(mapping)
    for j, h in enumerate(headers):
        if j not in out and norm_header(h) in _BARE_NAME:
            out[j] = "customer_name"
            break
    return out
