"""Seven languages on screen: switching keeps the visitor's place and leaves nothing of
the previous language; missing text shows in English, marked; Dari mirrors the layout."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF

from kiosk.app import i18n
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.screenshots import call
from kiosk.content.build import build
from tests.ui.helpers import current_screen, find, items, qml, settle, tap_name, texts

CYCLE = ["de", "pl", "ru", "et", "ja", "fa", "en"]


def ui_strings(lang: str) -> set[str]:
    root = ET.parse(i18n.ts_path(lang)).getroot()
    out = set()
    for tr in root.iter("translation"):
        forms = [f.text for f in tr.iter("numerusform")] or [tr.text]
        out |= {f for f in forms if f and "%" not in f and len(f) >= 5}
    return out


@pytest.fixture(scope="module")
def unique_ui() -> dict[str, set[str]]:
    strings = {lang: ui_strings(lang) for lang in CYCLE}
    return {
        lang: mine - set().union(*(s for other, s in strings.items() if other != lang))
        for lang, mine in strings.items()
    }


def switch(ex: Any, lang: str) -> None:
    tap_name(ex.window, "navLanguage")
    assert ex.screen() == "languageScreen"
    tap_name(ex.window, f"language_{lang}")


@pytest.mark.parametrize("where", ["home", "chapter", "search", "sources"])
def test_switching_ten_times_keeps_the_screen_and_drops_the_old_language(
    start_exhibit: Any, real_db: Path, unique_ui: dict[str, set[str]], where: str
) -> None:
    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    call(ex.nav, "home")
    if where == "chapter":
        call(ex.nav, "chapter", "estonia")
    elif where != "home":
        call(ex.nav, where)
    settle()
    screen = ex.screen()
    previous = "en"
    for step in range(10):
        lang = CYCLE[step % len(CYCLE)]
        switch(ex, lang)
        assert ex.screen() == screen, (where, lang)
        shown = set(texts(current_screen(ex.window)))
        leftovers = shown & unique_ui[previous]
        assert not leftovers, (where, previous, "->", lang, sorted(leftovers)[:5])
        if lang in ("de", "pl", "ru", "et"):
            assert shown & unique_ui[lang], (where, lang)
        previous = lang


def test_chapter_text_in_the_visitors_language(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, default_language="de")
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("de")])
    call(ex.nav, "chapter", "estonia")
    settle()
    shown = "\n".join(texts(current_screen(ex.window)))
    assert "Estland" in shown
    assert "Shown in English" not in shown and "Auf Englisch" not in shown


def test_missing_text_appears_in_english_marked(
    start_exhibit: Any, sources: Path, tmp_path: Path
) -> None:
    # the small content with German for the north chapter's title only: the real content
    # is translated in full, so the half-translated language is made here
    import polib

    from kiosk.content import loader, translations

    (sources / "languages.yaml").write_text(
        (sources / "languages.yaml").read_text()
        + "- code: de\n  name: Deutsch\n  direction: ltr\n  enabled: true\n  partial: true\n"
        + "  prompt: Zum Beginnen berühren\n"
    )
    for po_path in translations.export(sources, loader.load(sources), "de"):
        po = polib.pofile(str(po_path))
        for entry in po:
            if entry.msgctxt == "chapters:north:title":
                entry.msgstr = "Der Norden"
        po.save(str(po_path))
    db = tmp_path / "half.db"
    build(sources, db)
    ex = start_exhibit(db, default_language="de")
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("de")])
    call(ex.nav, "chapter", "north")
    settle()
    assert ex.services.exhibit.chapter.fallback
    marker = find(current_screen(ex.window), "fallbackMarker")
    assert marker.property("text") and marker.property("text") != "Shown in English"
    summary = find(current_screen(ex.window), "chapterSummary").property("text")
    assert "northern country" in summary  # the English text, never an empty label
    assert "Der Norden" in "\n".join(texts(current_screen(ex.window)))


def test_right_to_left_mirrors_the_layout(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, default_language="fa")
    call(ex.nav, "home")
    settle()
    home = find(current_screen(ex.window), "navLanguage")
    x = home.mapToScene(home.boundingRect().center()).x()
    assert x < ex.window.width() / 2  # the language button moves to the left in Dari
    switch(ex, "en")
    home = find(current_screen(ex.window), "navLanguage")
    assert home.mapToScene(home.boundingRect().center()).x() > ex.window.width() / 2


@pytest.mark.parametrize("lang", ["de", "ru"])
def test_longer_translations_are_not_cut(start_exhibit: Any, real_db: Path, lang: str) -> None:
    ex = start_exhibit(real_db, default_language=lang, size=(1366, 768))
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings(lang)])
    for step in ("home", "chapters", "sources", "search"):
        call(ex.nav, "home")
        if step != "home":
            call(ex.nav, step)
        settle()
        for item in items(current_screen(ex.window)):
            if item.inherits("QQuickText") and item.property("text"):
                meant = item.property("maximumLineCount") < 100  # cards and titles may elide
                assert meant or not item.property("truncated"), (lang, step, item.property("text"))
        for card in [i for i in items(current_screen(ex.window)) if "Card_" in i.objectName()]:
            for text in [i for i in items(card) if i.inherits("QQuickText")]:
                bottom = text.mapToItem(card, QPointF(0, text.height())).y()
                assert bottom <= card.height() + 1, (lang, step, text.property("text"))


def test_picker_lists_a_language_only_when_enough_is_translated(
    sources: Path, tmp_path: Path
) -> None:
    (sources / "languages.yaml").write_text(
        (sources / "languages.yaml").read_text()
        + "- code: de\n  name: Deutsch\n  direction: ltr\n  enabled: true\n  partial: false\n"
        + "  prompt: Zum Beginnen berühren\n"
    )
    db = tmp_path / "c.db"
    build(sources, db)
    assert [r["code"] for r in Exhibit(db, KioskConfig()).languages.rows()] == ["en"]
    text = (
        (sources / "languages.yaml")
        .read_text()
        .replace("partial: false\n  prompt: Zum", "partial: true\n  prompt: Zum")
    )
    (sources / "languages.yaml").write_text(text)
    build(sources, db)
    rows = Exhibit(db, KioskConfig()).languages.rows()
    assert [(r["code"], r["partial"]) for r in rows] == [("en", False), ("de", True)]
    shutil.rmtree(sources / "translations", ignore_errors=True)


def test_switching_language_keeps_the_reading_place(
    start_exhibit: Any, real_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    call(ex.nav, "chapter", "germany")
    settle()
    lst = find(current_screen(ex.window), "chapterList")
    third = ex.services.exhibit.section_rows()[3]["sectionId"]

    def top() -> float:
        section = find(current_screen(ex.window), f"section_{third}")
        return float(section.mapToScene(section.boundingRect().topLeft()).y())

    def at_the_top() -> bool:
        return 0 <= top() < ex.window.height() / 2

    qml(ex.engine, lst, "positionViewAtIndex(3, 0)")
    qtbot.waitUntil(at_the_top, timeout=5000)  # a busy machine lays the list out later
    switch(ex, "de")
    settle(100)
    assert ex.screen() == "chapterScreen"
    assert at_the_top()  # the same section is still at the top
    switch(ex, "en")


@pytest.mark.parametrize(("lang", "side"), [("fa", "right"), ("en", "left")])
def test_reading_columns_start_on_the_reading_side(
    start_exhibit: Any, real_db: Path, lang: str, side: str
) -> None:
    """On a laptop window the text column is narrower than the screen: in Dari it must
    stand against the right edge, under the title, not against the left."""
    ex = start_exhibit(real_db, default_language=lang, size=(1366, 768))
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings(lang)])
    for open_screen, name in (
        (lambda: call(ex.nav, "chapter", "afghanistan"), "chapterSummary"),
        (lambda: call(ex.nav, "support"), "supportBody"),
        (lambda: call(ex.nav, "page", "about"), "pageBody"),
    ):
        call(ex.nav, "home")
        open_screen()
        settle()
        item = find(current_screen(ex.window), name)
        left = item.mapToScene(QPointF(0, 0)).x()
        right = item.mapToScene(QPointF(item.width(), 0)).x()
        margin = ex.window.width() - right if side == "right" else left
        assert margin < 80, (lang, name, left, right)


def test_the_nav_bar_fits_a_portrait_screen_in_german_with_a_profile(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, default_language="de", size=(1080, 1920), profile="classroom")
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("de")])
    call(ex.nav, "chapter", "poland-1939")  # Home, Back, Take a break, profile, Language
    settle()
    for name in ("navHome", "navBack", "navBreak", "navLanguage", "profileMarker"):
        item = find(current_screen(ex.window), name)
        right = item.mapToScene(QPointF(item.width(), 0)).x()
        assert right <= ex.window.width(), (name, right)


@pytest.mark.parametrize("scope", ["chapter", "event"])
def test_a_warning_gate_reads_in_the_language_chosen_on_it(
    start_exhibit: Any, real_db: Path, scope: str
) -> None:
    """Switching language on a gate rewords the gate (it once kept its English text)."""
    ex = start_exhibit(real_db)
    call(ex.nav, "home")
    if scope == "chapter":
        call(ex.nav, "chapter", "estonia")
    else:
        call(ex.nav, "event", "estonia-kautla-1941")
    settle()
    assert ex.screen() == "gateScreen"
    english = str(find(current_screen(ex.window), "gateText").property("text"))
    assert english.startswith("This ")
    switch(ex, "de")
    settle()
    assert ex.screen() == "gateScreen"
    german = str(find(current_screen(ex.window), "gateText").property("text"))
    phrases = {w.id: w.phrase.text for w in ex.services.exhibit.repository.warnings("de")}
    assert german != english
    assert german.startswith(("Dieses ", "Dieser ", "Diese ", "Bei diesem ")), german
    assert any(p in german for p in phrases.values()), german


def test_dari_search_results_and_chapter_dates_stand_on_the_reading_side(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, default_language="fa")
    w = ex.window.width()
    call(ex.nav, "search")
    settle()
    screen = current_screen(ex.window)
    qml(ex.engine, find(screen, "searchField"), "text = 'Katyn'")
    settle(400)
    hits = [i for i in items(screen) if i.objectName().startswith("result_")]
    assert hits
    for hit in hits:  # each card ends at the right margin, as the field above it does
        right = hit.mapToScene(QPointF(hit.width(), 0)).x()
        assert right > w - 100, hit.objectName()
    count = find(screen, "searchCount")
    shown = count.property("text")
    assert not any(c.isascii() and c.isdigit() for c in shown), shown  # one digit system
    assert qml(ex.engine, count, "effectiveHorizontalAlignment === Qt.AlignRight")
    ex.services.care.accept([x.id for x in ex.services.exhibit.repository.warnings("fa")])
    call(ex.nav, "chapter", "estonia")
    screen = current_screen(ex.window)
    for _ in range(100):  # the list of dates is made in the background, later on a busy machine
        settle(50)
        rows = [i for i in items(screen) if i.objectName().startswith("eventRow_")]
        if rows:
            break
    assert rows
    for row in rows:  # a year of digits only stands beside its title, on the right
        for t in [i for i in items(row) if i.inherits("QQuickText")]:
            assert qml(ex.engine, t, "effectiveHorizontalAlignment === Qt.AlignRight"), t.property(
                "text"
            )
