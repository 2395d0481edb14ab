"""The translation catalogs against the code: nothing missing, nothing stale, same placeholders.

The program's strings are Vietnamese (the source language) and reach the English catalog through
`tr("…")` calls and `QT_TR_NOOP("…")` marks; the Vietnamese catalog holds Qt's own words.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from quarantine_desk import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quarantine_desk"
MARKS = {"tr", "QT_TR_NOOP"}


def _source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _strings_in_code() -> dict[str, str]:
    """Every literal handed to tr() or QT_TR_NOOP(), with where it is."""
    found: dict[str, str] = {}
    for path in _source_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKS
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _catalog(code: str) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) from a .ts file."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"quarantine_desk_{code}.ts")
    out = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, message.findtext("source"))] = (translation.text or "", finished)
    return out


def _fields(text: str) -> list[tuple[str, str, str]]:
    """The str.format fields of a message: name, conversion, format spec."""
    return sorted((name, conversion or "", spec or "")
                  for _, name, spec, conversion in string.Formatter().parse(text)
                  if name is not None)


def test_every_string_marked_in_the_code_has_a_finished_english_translation() -> None:
    catalog = {source: value for (_, source), value in _catalog("en").items()}
    missing = {s: where for s, where in _strings_in_code().items() if s not in catalog}
    unfinished = [s for s, (text, finished) in catalog.items() if not finished or not text]
    assert not missing, f"not in quarantine_desk_en.ts (run pyside6-lupdate): {missing}"
    assert not unfinished, f"untranslated in quarantine_desk_en.ts: {unfinished}"


def test_the_english_catalog_holds_no_string_the_code_no_longer_uses() -> None:
    in_code = _strings_in_code()
    stale = [source for (_, source) in _catalog("en") if source not in in_code]
    assert not stale, f"stale entries in quarantine_desk_en.ts (lupdate -no-obsolete): {stale}"


def test_translations_keep_the_placeholders_and_the_outer_spaces() -> None:
    for (_, source), (text, _) in _catalog("en").items():
        assert _fields(text) == _fields(source), f"placeholders differ: {source!r} -> {text!r}"
        assert text[:1].isspace() == source[:1].isspace(), f"leading space: {source!r}"
        assert text[-1:].isspace() == source[-1:].isspace(), f"trailing space: {source!r}"


def test_every_tr_call_has_a_literal_the_catalog_tools_can_collect() -> None:
    """tr(f"…") or tr("…" + x) would be looked up at run time but never reach a catalog."""
    bad = []
    for path in _source_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKS
                    and node.args and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp))):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad


def test_pyside6_lupdate_collects_exactly_the_strings_marked_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *map(str, _source_files()), "-source-language", "vi",
                    "-target-language", "en", "-no-obsolete", "-locations", "none",
                    "-ts", str(ts)], check=True, capture_output=True)
    collected = {m.findtext("source") for m in ET.parse(ts).iter("message")}
    assert collected == set(_strings_in_code())


@pytest.mark.parametrize("code", ["en", "vi"])
def test_the_compiled_catalog_matches_its_source(code: str) -> None:
    from PySide6.QtCore import QTranslator

    compiled = QTranslator()
    assert compiled.load(str(i18n.catalog_path(code))), "run pyside6-lrelease on the .ts"
    entries = _catalog(code)
    assert entries and all(finished for _, finished in entries.values())
    stale = [source for (context, source), (text, _) in entries.items()
             if compiled.translate(context, source) != text]
    assert not stale, f"the .qm is older than the .ts for: {stale[:5]}"


def test_tr_fills_placeholders_and_follows_the_language() -> None:
    assert i18n.tr("Tổng cộng: {n} người", n=3) == "Tổng cộng: 3 người"
    assert i18n.use_language("en")
    assert i18n.tr("Tổng cộng: {n} người", n=3) == "Total: 3 people"
    assert i18n.tr("a string no catalog has {x}", x=1) == "a string no catalog has 1"
    assert i18n.use_language("vi")
    assert i18n.tr("Tổng cộng: {n} người", n=3) == "Tổng cộng: 3 người"
    assert not i18n.use_language("fr")
    assert i18n.language() == "vi"


def test_labels_are_marked_but_papers_keep_vietnamese() -> None:
    from quarantine_desk.domain.enums import SEX_LABELS, Sex

    assert i18n.use_language("en")
    assert SEX_LABELS[Sex.FEMALE] == "Nữ"  # what the report code prints
    assert i18n.tr(SEX_LABELS[Sex.FEMALE]) == "Female"  # what the screen shows


def test_the_language_chosen_is_remembered_per_desk() -> None:
    assert i18n.saved_language() == "vi"
    assert i18n.save_language("en")
    assert i18n.saved_language() == "en"
    i18n.preference_path().write_text("{not json", "utf-8")
    assert i18n.saved_language() == "vi"  # a damaged file falls back, never crashes


# «Hủy», not «Huỷ»: the interface places tone marks as the administrative papers do (the
# national title reads «CỘNG HÒA»): on the first vowel of an open «oa», «oe», «uy»
_NEW_STYLE = re.compile(r"(?<![qQ])[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ](?![A-Za-zÀ-ỹđĐ])"
                        r"|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?![A-Za-zÀ-ỹđĐ])")


def test_one_placement_of_tone_marks_in_the_interface():
    mixed = {text: where for text, where in _strings_in_code().items()
             if _NEW_STYLE.search(text)}
    assert not mixed, mixed
