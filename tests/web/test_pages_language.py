"""Every page a person reads, in Swedish and in Finnish, for an administrator and for an agency's user: no `None`,
no internal field path (`customer.org_no`, `lines[0].quantity`), no raw status key and no English text that the
catalog translates (issue #15: plain, translated language everywhere a person reads).

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
from web.fmt import STATUS_LABELS
from web.views.runs import KINDS
from tests.web.test_translations import HERE

# routes that are not pages (files, JSON, API, health) or that end the session
SKIP = re.compile(r"^/(static|api|health|healthz|metrics|logout)\b|\.json$|\.(pdf|csv|xlsx)$|/template")
NONE = re.compile(r"(?<![\w-])None(?![\w-])")
FIELD_PATH = re.compile(r"\b(customer|lines?|invoice|payment|request|payer)(\[\d+\])?\.[a-z]+_[a-z_]+\b"
                        r"|\b(customer|lines?)(\[\d+\])?\.(quantity|address|name|article|description|email|vat)\b"
                        r"|\blines\[\d+\]")
RAW_STATUS = {k for k in STATUS_LABELS if k}
# an internal key in snake case (total_fees, waiting_for_answer), not inside an address, a file name or a URL
RAW_KEY = re.compile(r"(?<![\w@./:=-])[a-z]+(?:_[a-z]+)+(?![\w@./-])")


class _Text(HTMLParser):
    """The text a reader sees: text nodes (not scripts or styles) and the placeholder/title/label attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
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


def _english(lang: str) -> set[str]:
    """English msgids the catalog translates differently (a text equal to one is untranslated)."""
    with (HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        cat = [m for m in read_po(f) if m.id and isinstance(m.id, str) and m.string]
    words = {m.string.strip() for m in cat}
    return {m.id.strip() for m in cat if len(m.id.strip()) > 2 and m.id.strip() not in words and "%(" not in m.id}


ENGLISH = {lang: _english(lang) for lang in ("sv", "fi")}


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
        if bare in RAW_STATUS:
            found.append(f"raw status: {text!r}")
        if bare in ENGLISH[lang]:
            found.append(f"English: {text!r}")
    return [f"{url} [{lang}] {p}" for p in dict.fromkeys(found)]


def _make_objects(app, world, as_user, clean_db) -> dict[str, list[int]]:
    """An invoicing file with a rejected row per agency and a finished reminder run (they have pages of their own)."""
    client = app.test_client()
    with Session(clean_db) as s:
        numbers = {code: s.get(Customer, world[code]["customer"]).customer_number for code in ("HYDRO-SE", "VESI-FI")}
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
        agency = s.get(Agency, world["HYDRO-SE"]["agency"])
        cust = s.get(Customer, world["HYDRO-SE"]["customer"])
        for n in range(3):
            inv = drafting.create_draft(s, agency, cust, [LineInput(article_code=world["HYDRO-SE"]["article_code"],
                                                                    quantity="3", unit_price="99.50")])
            if n:
                issuing.issue(s, inv, actor="test")
        s.commit()
    when = (dt.date.today() + dt.timedelta(days=120)).isoformat()
    r = as_user("clerk").post("/runs/execute", data={"kind": "reminders", "agency": world["HYDRO-SE"]["agency"],
                                                     "when": when})
    job_id = int(r.location.rsplit("/", 1)[1])
    jobs.run_pending()
    with Session(clean_db) as s:
        invoices = s.exec(select(Invoice.id, Invoice.agency_id, Invoice.status)).all()
        assert s.exec(select(RunRecord)).first() is not None
    one_per_status = {(a, st): i for i, a, st in sorted(invoices, reverse=True)}
    return {"batch_id": batches, "job_id": [job_id], "invoice_id": sorted(one_per_status.values())}


def _urls(app, world, extra: dict[str, list[int]], admin: bool) -> list[str]:
    """Every page without parameters, then every page with parameters for the world's objects."""
    ids: dict[str, list[int]] = {"batch_id": extra["batch_id"], "job_id": extra["job_id"],
                                 "invoice_id": extra["invoice_id"], "user_id": sorted(world["users"].values())}
    for key in ("customer", "payment", "request", "article", "agency"):
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
def test_every_page_reads_in_swedish_and_finnish(app, world, as_user, clean_db, user, capsys):
    extra = _make_objects(app, world, as_user, clean_db)
    client = as_user(user)
    urls = _urls(app, world, extra, admin=user == "admin")
    found, read = [], 0
    for lang in ("sv", "fi"):
        client.post("/language", data={"lang": lang, "next": "/"})
        for url in urls:
            r = client.get(url)
            assert r.status_code in (200, 302, 403, 404), f"{url}: {r.status_code}"
            if r.status_code == 200 and r.mimetype == "text/html":
                read += 1
                found += problems(url, r.get_data(as_text=True), lang)
    assert read >= (120 if user == "admin" else 30), f"only {read} pages read"
    assert found == [], f"{len(found)} problem(s) on {read} pages:\n" + "\n".join(found)
