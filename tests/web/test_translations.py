"""Every message a person reads in the web has Swedish and Finnish, and the compiled catalogs are the current ones.

The messages are extracted from the sources the way translations/update.py extracts them (same mapping file,
same keywords), so a string added to a template or view without a translation fails here, not in front of a clerk.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "translations"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdf]")

Key = tuple[str | None, str]


def _update_keywords() -> list[str]:
    """The KEYWORDS list of translations/update.py, read without running the script."""
    tree = ast.parse((HERE / "update.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "KEYWORDS" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("translations/update.py has no KEYWORDS")


@pytest.fixture(scope="module")
def extracted() -> dict[Key, str]:
    """(context, msgid) -> where it was found, for every message in the web's sources."""
    with (HERE / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    keywords = {**DEFAULT_KEYWORDS, **parse_keywords(_update_keywords())}
    found: dict[Key, str] = {}
    for filename, lineno, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=keywords):
        msgid = message[0] if isinstance(message, tuple) else message
        if msgid:
            found.setdefault((context, msgid), f"{filename}:{lineno}")
    assert len(found) > 300, "extraction found too few messages: mapping or keywords broken"
    return found


def _forms(m) -> tuple[Key, str]:
    """A catalog entry keyed by its (singular) msgid; a plural's forms joined by NUL, or "" when any is empty (a
    count read "1 fakturor" when only the plural was there)."""
    if isinstance(m.id, str):
        return (m.context, m.id), str(m.string)
    forms = [str(s) for s in m.string]
    return (m.context, m.id[0]), ("\0".join(forms) if forms and all(forms) else "")


def _po(lang: str) -> dict[Key, str]:
    with (HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return dict(_forms(m) for m in read_po(f) if m.id)


def _mo(lang: str) -> dict[Key, str]:
    with (HERE / lang / "LC_MESSAGES" / "messages.mo").open("rb") as f:
        return dict(_forms(m) for m in read_mo(f) if m.id)


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_every_message_has_a_translation(extracted, lang):
    catalog = _po(lang)
    missing = sorted(f"{where}: {msgid!r}" + (f" (context {ctx})" if ctx else "")
                     for (ctx, msgid), where in extracted.items() if not catalog.get((ctx, msgid), "").strip())
    assert missing == [], (f"{len(missing)} message(s) without {lang} translation; add them to translations/terms.py "
                           f"and run .venv/bin/python translations/update.py:\n" + "\n".join(missing))


def test_the_english_catalog_knows_every_message(extracted):
    catalog = _po("en")
    assert sorted(k[1] for k in extracted if k not in catalog) == []


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_a_translation_keeps_the_placeholders(lang):
    wrong = [(msgid, form) for (_ctx, msgid), text in _po(lang).items() for form in text.split("\0")
             if form and set(PLACEHOLDER.findall(msgid)) != set(PLACEHOLDER.findall(form))]
    assert wrong == []


@pytest.mark.parametrize("lang", ["sv", "fi", "en"])
def test_the_compiled_catalog_is_the_current_one(lang):
    """Flask-Babel reads the .mo: a .po edited without compiling would not show."""
    po = {k: v for k, v in _po(lang).items() if v}
    assert _mo(lang) == po, "run .venv/bin/python translations/update.py to compile the catalogs"
