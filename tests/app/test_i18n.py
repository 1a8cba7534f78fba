"""Interface translations: current with the sources, complete, plural forms, numbers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk import fonts
from kiosk.app import i18n
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit

SHIPPED = ["en", "de", "pl", "ru", "et", "ja", "fa"]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_ts_files_are_current_with_the_sources(tmp_path: Path) -> None:
    for path in i18n.update(["en"], out_dir=tmp_path):
        fresh = set(messages(path))
        committed = set(messages(i18n.ts_path("en")))
        assert fresh == committed, "run 'kiosk i18n update': the .ts files are out of date"
    for lang in i18n.ts_languages():
        assert set(messages(i18n.ts_path(lang))) == set(messages(i18n.ts_path("en"))), lang


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_languages_have_no_unfinished_entries(lang: str) -> None:
    unfinished = [
        src for (_, src), msg in messages(i18n.ts_path(lang)).items()
        if (msg.find("translation") is None or msg.find("translation").get("type") == "unfinished")
    ]  # fmt: skip
    assert unfinished == []


def _translator(lang: str) -> QTranslator:
    i18n.build([lang])
    tr = QTranslator()
    assert tr.load(str(i18n.qm_path(lang)))
    return tr


NS = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111]


@pytest.mark.parametrize(
    ("lang", "groups"),
    [
        # numbers that share a plural form
        ("pl", [[1], [2, 22], [0, 5, 11, 21, 25, 101, 111]]),
        ("ru", [[1, 21, 101], [2, 22], [0, 5, 11, 25, 111]]),
        ("de", [[1], [0, 2, 5, 11, 21, 22, 25, 101, 111]]),
        ("en", [[1], [0, 2, 5, 11, 21, 22, 25, 101, 111]]),
    ],
)
def test_plural_forms(qapp: Any, lang: str, groups: list[list[int]]) -> None:
    tr = _translator(lang)
    QCoreApplication.installTranslator(tr)
    try:

        def word(n: int) -> str:
            text = QCoreApplication.translate("SearchScreen", "%n result(s)", None, n)
            return text.replace(str(n), "#")

        forms = [{word(n) for n in group} for group in groups]
        assert all(len(f) == 1 for f in forms), forms  # same form within a group
        assert len({next(iter(f)) for f in forms}) == len(groups)  # different across groups
        assert sorted(n for g in groups for n in g) == sorted(NS)
    finally:
        QCoreApplication.removeTranslator(tr)


def test_numbers_and_ranges_follow_the_language(real_db: Path, qapp: Any) -> None:
    exhibit = Exhibit(real_db, KioskConfig())
    assert exhibit.format_number(1234567) == QLocale("en").toString(1234567) == "1,234,567"
    exhibit.setLanguage("de")
    assert exhibit.format_number(1234567) == "1.234.567"
    exhibit.setLanguage("ru")
    assert exhibit.format_number(1234567) == QLocale("ru").toString(1234567)


def test_every_shipped_character_has_a_glyph(real_db: Path) -> None:
    missing = fonts.missing_glyphs(fonts.shipped_strings(real_db), fonts.covered())
    assert missing == {}, "run 'kiosk fonts subset --cjk ...' or bundle a font for these"


def test_fonts_are_bundled_with_their_licence() -> None:
    names = {p.name for p in fonts.font_files()}
    assert {"NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", fonts.CJK_SUBSET} <= names
    assert "SIL OPEN FONT LICENSE Version 1.1" in (fonts.FONTS_DIR / "OFL.txt").read_text()


@pytest.mark.parametrize(
    ("lang", "day", "month", "circa"),
    [
        ("en", "14 June 1941", "June 1941", "c. 1945"),
        ("de", "14. Juni 1941", "Juni 1941", "um 1945"),
        ("ru", "14 июня 1941", "июнь 1941", "ок. 1945"),
        ("pl", "14 czerwca 1941", "czerwiec 1941", "ok. 1945"),
        ("ja", "1941年6月14日", "1941年6月", "1945頃"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(
    real_db: Path, qapp: Any, lang: str, day: str, month: str, circa: str
) -> None:
    from kiosk.content import dates

    exhibit = Exhibit(real_db, KioskConfig(), translations=i18n.Translations())
    try:
        exhibit.setLanguage(lang)
        words = exhibit.date_words()
        assert dates.label(dates.parse("1941-06-14"), words) == day
        assert dates.label(dates.parse("1941-06"), words) == month
        assert dates.label(dates.parse("1945~"), words) == circa
    finally:
        exhibit.setLanguage("en")  # the translator is application-wide: leave English


def test_dari_uses_its_own_digits_and_words(real_db: Path, qapp: Any) -> None:
    from kiosk.content import dates

    exhibit = Exhibit(real_db, KioskConfig(), translations=i18n.Translations())
    try:
        exhibit.setLanguage("fa")
        words = exhibit.date_words()
        assert dates.label(dates.parse("1980-22"), words) == "تابستان ۱۹۸۰"
        assert dates.label(dates.parse("1979/1989"), words) == "۱۹۷۹ تا ۱۹۸۹"
        # Dari month names (fa-AF), not the Iranian ones: June is جون, not ژوئن
        assert dates.label(dates.parse("1941-06-14"), words) == "۱۴ جون ۱۹۴۱"
    finally:
        exhibit.setLanguage("en")


def test_gate_wording_exists_in_every_enabled_language(real_db: Path, qapp: Any) -> None:
    """Every gate sentence, for every scope and tag, in the visitor's own language."""
    translations = i18n.Translations()
    exhibit = Exhibit(real_db, KioskConfig(), translations=translations)
    repo = exhibit.repository
    assert repo is not None
    tags = [w.id for w in repo.warnings("en")]
    scopes = ("chapter", "section", "event", "detail", "figure", "image")
    try:
        english = {(s, t): exhibit.care.gate_text(s, [t]) for s in scopes for t in tags}
        for lang in [x.code for x in repo.languages()]:
            exhibit.setLanguage(lang)
            phrases = {w.id: w.phrase for w in repo.warnings(lang)}
            for (scope, tag), sentence in english.items():
                text = exhibit.care.gate_text(scope, [tag])
                assert text, (lang, scope, tag)
                if lang != "en":
                    assert phrases[tag].lang == lang, (lang, tag)  # the phrase is translated
                    assert text != sentence, (lang, scope, tag)
                if not (scope == "image" and tag == "graphic-image"):
                    assert phrases[tag].text in text, (lang, scope, tag)
    finally:
        exhibit.setLanguage("en")


_ISOLATED = re.compile("[\u2066\u2068][^\u2069]*\u2069")
_LTR_CHAR = re.compile("[A-Za-z0-9\u06f0-\u06f9]")


def _loose(shown: str) -> str:
    """The digits and Latin letters of a shown text that stand outside an isolate."""
    return "".join(_LTR_CHAR.findall(_ISOLATED.sub("", shown)))


def test_dari_numbers_dates_and_latin_names_sit_in_isolates(real_db: Path, qapp: Any) -> None:
    from kiosk.app.sources import Sources

    exhibit = Exhibit(real_db, KioskConfig(), translations=i18n.Translations())
    sources = Sources(exhibit)
    try:
        exhibit.setLanguage("fa")
        for chapter in ("before-1939", "prisoners-of-war"):
            assert exhibit.openChapter(chapter)
            c = exhibit.chapter
            shown = [c.title, c.summary, c.period]
            shown += [t for r in exhibit.section_rows() if not r["fallback"]
                      for t in (r["title"], r["body"], *r["sides"])]  # fmt: skip
            shown += [t for r in exhibit.event_rows() if not r["fallback"]
                      for t in (r["dateLabel"], r["title"], r["summary"])]  # fmt: skip
            for s in shown:
                assert not _loose(s), s
        bodies = {r["sectionId"]: r["body"] for r in exhibit.section_rows()}
        assert "\u2068Wehrmacht-Untersuchungsstelle\u2069" in bodies["prisoners-of-war-wust"]
        assert "\u2066۱۹۳۹\u2069" in bodies["prisoners-of-war-wust"]
        exhibit.openChapter("before-1939")
        # a figure's number, rendered from its placeholder
        bodies = {r["sectionId"]: r["body"] for r in exhibit.section_rows()}
        assert "حدود \u2066۳۰۰\u2069 یهودی" in bodies["before-1939-pogrom-attribution"]
        # a phone number on the support page keeps its groups in order
        support = exhibit.page_text("support")["lead"]
        assert "\u2066116\u00a0123\u2069" in support and not _loose(support)
        # a search result: isolated, and still marked where it matched
        hit = next(h for h in sources.search_rows("۱۹۱۹") if h["ref"] == "background-overview")
        assert "<b>\u2066۱۹۱۹\u2069</b>" in hit["markup"]
        assert "\u2066۱۹۹۱\u2069" in hit["plain"] and not _loose(hit["plain"])
        # an English text found from a Dari screen reads left to right as a block
        hit = next(h for h in sources.search_rows("1919") if h["ref"] == "background-overview")
        assert hit["plain"].startswith("\u2068This exhibit") and hit["plain"].endswith("\u2069")
        assert hit["plain"].count("\u2069") == 1
        # English text is left as it is
        exhibit.setLanguage("en")
        exhibit.openChapter("prisoners-of-war")
        assert not re.search("[\u2066-\u2069]", exhibit.section_rows()[0]["body"])
        assert not re.search("[\u2066-\u2069]", exhibit.page_text("support")["lead"])
    finally:
        exhibit.setLanguage("en")
