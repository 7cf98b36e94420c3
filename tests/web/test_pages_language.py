"""Every page a person reads, in Swedish and in Finnish, for an administrator and for an agency's user: no `None`,
no internal field path (`customer.org_no`, `lines[0].quantity`), no raw key or status, no English text that the
catalog translates, no 1234.50 (sv, fi) and no ISO date (fi) (issue #15: plain, translated language everywhere a
person reads). In English the same pages are read for `None`, paths and keys.

The crawl opens every GET route without parameters and the detail pages of the world's objects (one invoice per
status and agency with its preview, customer and account page, payment, request pages, articles, agencies,
users, an invoicing file with a rejected row, a run preview and a finished run), with the test client."""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from babel.messages.pofile import read_po
from sqlmodel import Session, select

from core.billing import drafting, issuing
from core.billing.drafting import LineInput
from core.billing.models import Invoice
from core.platform import jobs
from core.platform.models import RunRecord
from core.registers.models import Agency, Customer
from core.requests.models import InvoiceRequest
from tests.web.test_translations import HERE
from web import labels
from web.fmt import STATUS_LABELS
from web.views.runs import KINDS

# routes that are not pages (files, JSON, API, health) or that end the session
SKIP = re.compile(r"^/(static|api|health|healthz|metrics|logout)\b|\.json$|\.(pdf|csv|xlsx)$|/template")
NONE = re.compile(r"(?<![\w-])None(?![\w-])")
FIELD_PATH = re.compile(r"\b(customer|lines?|invoice|payment|request|payer)(\[\d+\])?\.[a-z]+_[a-z_]+\b"
                        r"|\b(customer|lines?)(\[\d+\])?\.(quantity|address|name|article|description|email|vat)\b"
                        r"|\blines\[\d+\]")
# a key that has words (a status, source, channel, VAT code, finding...) shown as the key itself (not the roles:
# the demo users are called admin and clerk)
RAW_STATUS = {k for table in (STATUS_LABELS, labels.SOURCES, labels.CHANNELS, labels.VAT_CODES, labels.FINDINGS,
                              labels.WARNINGS, labels.BATCH_POLICIES, labels.COLLECTION) for k in table} | {
    "company", "public", "private"}  # a customer's kind
# a key with its count in running text ("peppol: 2, print: 3")
KEY_COUNT = re.compile(r"(?<![\w-])([a-z_]+):\s*\d")
# numbers and dates as the reader writes them: 1 234,50 and 5.4.2027 in Finnish, never 1234.50 or 2027-04-05
ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d\d-\d\d(?![\w-])")
DOT_DECIMAL = re.compile(r"(?<![\w.])(?<!\d\d\d\d )\d+\.\d\d?(?![\w.])")  # not a Finnish time (2026 10.20)
# an internal key in snake case (total_fees, waiting_for_answer), not inside an address, a file name or a URL
RAW_KEY = re.compile(r"(?<![\w@./:=-])[a-z]+(?:_[a-z]+)+(?![\w@./-])")


class _Text(HTMLParser):
    """The text a reader sees: text nodes (not scripts or styles) and the placeholder/title/label attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.texts: list[str] = []  # text nodes only (an input's placeholder may show the format to type)
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.parts += [v for k, v in attrs if k in ("placeholder", "title", "aria-label", "alt") and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(data.strip())
            self.texts.append(data.strip())


def _english(lang: str) -> set[str]:
    """English msgids the catalog translates differently (a text equal to one is untranslated)."""
    with (HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        cat = [m for m in read_po(f) if m.id and isinstance(m.id, str) and m.string]
    words = {str(m.string).strip() for m in cat}
    ids = {str(m.id).strip() for m in cat}
    return {i for i in ids if len(i) > 2 and i not in words and "%(" not in i}


ENGLISH = {"sv": _english("sv"), "fi": _english("fi"), "en": set()}


def problems(url: str, html: str, lang: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    found = []
    for text in parser.parts:
        bare = text.rstrip(":").strip()
        if NONE.search(text):
            found.append(f"None: {text[:80]!r}")
        if FIELD_PATH.search(text):
            found.append(f"field path: {text[:80]!r}")
        if RAW_KEY.search(text):
            found.append(f"raw key: {text[:80]!r}")
        if DOT_DECIMAL.search(text) and lang != "en":
            found.append(f"decimal point: {text[:80]!r}")
        if bare in RAW_STATUS or any(k in RAW_STATUS for k in KEY_COUNT.findall(text)):
            found.append(f"raw key: {text!r}")
        if bare in ENGLISH[lang]:
            found.append(f"English: {text!r}")
    if lang == "fi" and "/preview." not in url:  # a document is in its recipient's language, not the reader's
        found += [f"ISO date: {text[:80]!r}" for text in parser.texts if ISO_DATE.search(text)]
    return [f"{url} [{lang}] {p}" for p in dict.fromkeys(found)]


def _make_objects(app, world, as_user, clean_db) -> dict[str, list[int]]:
    """An invoicing file with a rejected row per agency and a finished reminder run (they have pages of their own)."""
    client = app.test_client()
    with Session(clean_db) as s:
        numbers = {code: s.exec(select(Customer.customer_number).where(Customer.id == world[code]["customer"])).one()
                   for code in ("HYDRO-SE", "VESI-FI")}
    batches = []
    for code in ("HYDRO-SE", "VESI-FI"):
        body = {"batch_id": f"lang-{code}", "invoices": [
            {"invoice_key": "1", "customer": {"customer_number": numbers[code]},
             "lines": [{"article": world[code]["article_code"], "quantity": "2"}]},
            {"invoice_key": "2", "customer": {"customer_number": numbers[code]},
             "lines": [{"article": world[code]["article_code"], "quantity": "abc"}]}]}
        r = client.post("/api/v1/batches", json=body, headers={"Authorization": f"Bearer {world[code]['token']}"})
        assert r.status_code == 201, r.get_json()
        batches.append(r.get_json()["batch_id"])
    with Session(clean_db) as s:  # a draft, an issued and a held invoice (the same one twice is held as a duplicate)
        agency = s.exec(select(Agency).where(Agency.id == world["HYDRO-SE"]["agency"])).one()
        cust = s.exec(select(Customer).where(Customer.id == world["HYDRO-SE"]["customer"])).one()
        for n in range(3):
            inv = drafting.create_draft(s, agency, cust, [LineInput(article_code=world["HYDRO-SE"]["article_code"],
                                                                    quantity="3", unit_price="99.50")])
            if n:
                issuing.issue(s, inv, actor="test")
        held = InvoiceRequest(token="REQ-CHECK", agency_id=world["HYDRO-SE"]["agency"], source="email",
                              status="needs_review",
                              data={"customer": {"customer_number": cust.customer_number},
                                    "lines": [{"article": world["HYDRO-SE"]["article_code"], "quantity": "2"}]},
                              review=[{"code": "inferred", "path": "lines[0].quantity", "reason": "inferred"},
                                      {"code": "total_mismatch", "path": "lines", "reason": "stated total 1"}])
        s.add(held)
        s.commit()
        checked = int(held.id or 0)
    when = (dt.date.today() + dt.timedelta(days=120)).isoformat()
    r = as_user("clerk").post("/runs/execute", data={"kind": "reminders", "agency": world["HYDRO-SE"]["agency"],
                                                     "when": when})
    job_id = int(r.location.rsplit("/", 1)[1])
    jobs.run_pending()
    with Session(clean_db) as s:
        invoices = s.exec(select(Invoice.id, Invoice.agency_id, Invoice.status)).all()
        assert s.exec(select(RunRecord)).first() is not None
    one_per_status = {(a, st): int(i or 0) for i, a, st in sorted(invoices, reverse=True)}
    return {"batch_id": batches, "job_id": [job_id], "invoice_id": sorted(one_per_status.values()),
            "request_id": [world["HYDRO-SE"]["request"], world["VESI-FI"]["request"], checked]}


def _urls(app, world, extra: dict[str, list[int]], admin: bool) -> list[str]:
    """Every page without parameters, then every page with parameters for the world's objects."""
    ids: dict[str, list[int]] = {"batch_id": extra["batch_id"], "job_id": extra["job_id"],
                                 "invoice_id": extra["invoice_id"], "user_id": sorted(world["users"].values())}
    ids["request_id"] = extra["request_id"]
    for key in ("customer", "payment", "article", "agency"):
        ids[f"{key}_id"] = [world[code][key] for code in ("HYDRO-SE", "VESI-FI")]
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or SKIP.search(rule.rule):
            continue
        args = sorted(rule.arguments - {"fmt"})
        if not args:
            urls.append(rule.rule.replace(".<any(html, pdf):fmt>", ".html"))
            continue
        if len(args) == 1 and args[0] in ids:
            urls += [re.sub(r"<[^>]+>", str(v), rule.rule.replace("<any(html, pdf):fmt>", "html"), count=1)
                     for v in ids[args[0]]]
    if admin:
        when = (dt.date.today() + dt.timedelta(days=120)).isoformat()
        for kind in KINDS:
            for code in ("HYDRO-SE", "VESI-FI"):
                period = when[:7] if kind == "interest" else when
                urls.append(f"/runs/?kind={kind}&agency={world[code]['agency']}&when={period}")
        urls += ["/invoices/?overdue=1", "/payments/?status=", "/review/hints?all=1"]
    return sorted(set(urls))


@pytest.mark.parametrize("user", ["admin", "hydro", "vesi"])
def test_every_page_reads_in_swedish_and_finnish(app, world, as_user, clean_db, user):
    extra = _make_objects(app, world, as_user, clean_db)
    client = as_user(user)
    urls = _urls(app, world, extra, admin=user == "admin")
    found, read = [], 0
    for lang in ("sv", "fi", "en"):  # English only for None, paths and keys
        client.post("/language", data={"lang": lang, "next": "/"})
        for url in urls:
            r = client.get(url)
            assert r.status_code in (200, 302, 403, 404), f"{url}: {r.status_code}"
            if r.status_code == 200 and r.mimetype == "text/html":
                read += 1
                found += problems(url, r.get_data(as_text=True), lang)
    print(f"{user}: {read} pages read, {len(urls)} addresses")
    assert read >= (180 if user == "admin" else 45), f"only {read} pages read"
    assert found == [], f"{len(found)} problem(s) on {read} pages:\n" + "\n".join(found)


def test_paths_warnings_and_run_reasons_read_as_words(app):
    """The words behind the pages: a field path, a plausibility warning and a run's reason, in Finnish."""
    from flask_babel import force_locale

    with app.test_request_context("/"), force_locale("fi"):
        assert labels.field_label("lines[1].unit_price") == "Rivi 2: Yksikköhinta"
        assert labels.field_label("customer.org_no") == "Asiakas: Y-tunnus"
        warning = {"code": "likely_duplicate", "field": "customer", "message": "same customer ...: 7, 9"}
        assert labels.warning_text(warning) == "sama asiakas ja summa 30 päivän sisällä: 7, 9"
        assert labels.reason_text("open amount 12.50 below the minimum 100.00") == \
            "avoin summa 12,50 on alle vähimmäismäärän 100,00"
        assert labels.run_cell("due_date", "2027-04-05") == "5.4.2027" and labels.run_cell("fee", None) == "—"
        assert labels.reason_text("something new") == "something new"  # unknown: as written, never dropped
