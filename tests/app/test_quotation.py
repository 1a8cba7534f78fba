"""A chapter's quotation view: its words in each language's marks, who said them, and
nothing where the profile or a gate not yet passed withholds it; re-read on every
change of language, profile or choice."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polib
import pytest

from kiosk.app.care import Care
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.views import QuotationView
from kiosk.content import build, loader, translations
from tests.conftest import FIXTURE_SOURCES
from tests.content.test_quotations import with_quotation

WORDS = "The trains left at night... nobody knew where they went."
BY_ROLE = "Ann Witness", "a teacher from the northern country, remembering 1941"
DE = "Die Züge fuhren nachts ab... niemand wusste, wohin."
FA = "قطارها شب حرکت کردند... هیچ‌کس نمی‌دانست کجا."


@pytest.fixture(scope="module")
def quoted_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small content with a quotation in the northern chapter (tagged violence),
    translated into German and Dari (its words; its attribution only into German)."""
    folder = tmp_path_factory.mktemp("quoted")
    src = folder / "content-src"
    shutil.copytree(FIXTURE_SOURCES, src)
    with_quotation(src)
    with open(src / "languages.yaml", "a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n  partial: true\n")
        fh.write("- code: fa\n  name: دری\n  direction: rtl\n  partial: true\n")
    c = loader.load(src)
    for lang, words in (("de", DE), ("fa", FA)):
        translations.export(src, c, lang)
        path = src / "translations" / lang / "01-north.po"
        po = polib.pofile(str(path))
        for e in po:
            if e.msgctxt == "chapters:north:quotation-text":
                e.msgstr = words
            if lang == "de" and e.msgctxt == "chapters:north:quotation-role":
                e.msgstr = "eine Lehrerin aus dem Norden, über 1941"
        po.save(str(path))
    out = folder / "content.db"
    build.build(src, out)
    return out


@pytest.fixture
def quotation(qapp: Any, quoted_db: Path) -> Iterator[tuple[Exhibit, Care, QuotationView]]:
    care = Care("museum")
    exhibit = Exhibit(quoted_db, KioskConfig(), care=care)
    exhibit.install()
    care.install()
    view = QuotationView()
    yield exhibit, care, view
    Exhibit._current = None  # type: ignore[assignment]
    Care._current = None  # type: ignore[assignment]


def shown(view: QuotationView) -> tuple[bool, str, str, str]:
    return (
        bool(view.property("hasQuotation")),
        str(view.property("text")),
        str(view.property("by")),
        str(view.property("role")),
    )


def test_the_quotation_waits_for_its_gate_then_shows_in_english_marks(
    quotation: tuple[Exhibit, Care, QuotationView],
) -> None:
    exhibit, care, view = quotation
    exhibit.openChapter("north")
    view.setProperty("chapterId", "north")
    assert shown(view) == (False, "", "", "")  # tagged violence: the chapter's gate first
    care.answerGate("chapter", "north", "continue", ["violence", "sexual-violence"])
    assert shown(view) == (True, f"“{WORDS}”", *BY_ROLE)
    assert view.property("sourceCount") == 1
    assert view.property("fallback") is False
    view.setProperty("chapterId", "south")  # a chapter without one
    assert shown(view) == (False, "", "", "")


def test_each_language_puts_the_words_in_its_own_marks(
    quotation: tuple[Exhibit, Care, QuotationView],
) -> None:
    exhibit, care, view = quotation
    care.accept(["violence"])
    exhibit.openChapter("north")
    view.setProperty("chapterId", "north")
    changes: list[bool] = []
    view.changed.connect(lambda: changes.append(True))
    exhibit.setLanguage("de")
    assert changes, "a change of language re-reads the quotation"
    assert shown(view) == (
        True,
        f"„{DE}“",
        "Ann Witness",
        "eine Lehrerin aus dem Norden, über 1941",
    )
    assert view.property("fallback") is False
    exhibit.setLanguage("fa")
    has, words, by, role = shown(view)
    assert has and words == f"«{FA}»"  # Dari's marks; no digit or Latin name to isolate
    assert (by, role) == BY_ROLE  # not yet translated: the English, as one block
    exhibit.setLanguage("en")
    assert shown(view)[1] == f"“{WORDS}”"


def test_a_missing_translation_shows_the_english_words_in_english_marks(
    quotation: tuple[Exhibit, Care, QuotationView], quoted_db: Path, tmp_path: Path
) -> None:
    import sqlite3

    copy = tmp_path / "content.db"
    shutil.copy(quoted_db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM chapters_text WHERE field = 'quotation-text' AND lang = 'de'")
    conn.commit()
    conn.close()
    care = Care("museum")
    care.accept(["violence"])
    exhibit = Exhibit(copy, KioskConfig(), care=care)
    exhibit.setLanguage("de")
    exhibit.openChapter("north")
    q = exhibit.quotation("north")
    assert q["text"] == f"“{WORDS}”" and q["fallback"] is True


@pytest.mark.parametrize(("profile", "visible"), [("classroom", True), ("young", False)])
def test_a_profile_withholds_what_it_withholds_elsewhere(
    quotation: tuple[Exhibit, Care, QuotationView], profile: str, visible: bool
) -> None:
    exhibit, care, view = quotation
    care.accept(["violence"])
    exhibit.openChapter("north")
    view.setProperty("chapterId", "north")
    assert view.property("hasQuotation")
    care.setProfile(profile)  # the staff panel's choice forgets the answers: gated again
    assert not view.property("hasQuotation")
    care.accept(["violence"])  # the chapter's gate passed in the new profile
    assert view.property("hasQuotation") is visible


def test_a_summary_only_answer_and_the_idle_reset_withhold_it_again(
    quotation: tuple[Exhibit, Care, QuotationView],
) -> None:
    exhibit, care, view = quotation
    exhibit.openChapter("north")
    view.setProperty("chapterId", "north")
    care.answerGate("chapter", "north", "summary", ["violence", "sexual-violence"])
    assert not view.property("hasQuotation")
    care.answerGate("chapter", "north", "continue", ["violence", "sexual-violence"])
    assert view.property("hasQuotation")
    exhibit.resetSession()
    assert not view.property("hasQuotation")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_printed_chapter_carries_the_quotation_and_its_source(
    qapp: Any, real_db: Path, tmp_path: Path
) -> None:
    from tests.app.test_handout import cli_handout, pdf_text, squeeze

    out = tmp_path / "germany.pdf"
    assert cli_handout(real_db, out, "chapter", "germany", "en", "museum") == 0
    pdf = squeeze(pdf_text(out))
    words = "Individuals, department stores, shops, apartments... all were robbed blind."
    assert squeeze(words) in pdf
    assert squeeze("Walter Kilian, first mayor of Berlin-Charlottenburg") in pdf
    # under the summary, before the first section
    assert pdf.index(squeeze(words)) < pdf.index(squeeze("What drove the violence"))
    from kiosk.content.repository import Repository
    from kiosk.content.sources import SourceQueries

    repo = Repository.open(real_db)
    try:
        [kilian] = SourceQueries(repo).sources("en", ["kilian"])
    finally:
        repo.close()
    assert squeeze(kilian.reference) in pdf  # in the bibliography
