"""The exhibit's real content: complete, attributed, careful, our own words, and built."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.content import build, checks, dates, model, text, translations, typography
from tests.conftest import REAL_DB, REAL_SOURCES, ROOT
from tests.content.test_build import dump

COPYCHECK = ROOT.parent / "shared" / "tools" / "copycheck.py"


@pytest.fixture
def content(real_content: model.Content) -> model.Content:
    return real_content


def test_sources_pass_every_check(content: model.Content) -> None:
    problems = checks.run(content)
    assert [str(p) for p in problems] == []


@pytest.mark.slow
def test_committed_database_matches_its_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "content.db"
    build.build(REAL_SOURCES, fresh)
    assert dump(REAL_DB) == dump(fresh), "content.db is stale: run 'kiosk content build'"


def test_scale_of_the_exhibit(content: model.Content) -> None:
    events = content.all_events()
    assert len(content.chapters) >= 20
    assert len(events) >= 70
    years = [dates.parse(e.date) for e in events]
    assert min(d.start.year for d in years) <= 1919 and max(d.end.year for d in years) >= 2019
    assert len(content.glossary) >= 30
    assert len(content.notes) >= 10
    required = {
        "background", "before-1939", "estonia", "latvia", "lithuania", "poland-1939",
        "poland-1944", "finland", "soviet-peoples", "germany", "hungary-1945", "yugoslavia",
        "czechoslovakia-1945", "manchuria", "japan", "prisoners-of-war", "after-1945",
        "afghanistan", "trials", "memory", "culture",
    }  # fmt: skip
    assert required <= {c.id for c in content.chapters}


def test_disputed_figures_keep_every_estimate(content: model.Content) -> None:
    figures = content.all_figures()
    rape = [
        f for f in figures.values() if "rape" in f.counted.lower() or "raped" in f.counted.lower()
    ]
    assert rape, "the mass-rape estimates are stored as figures"
    # the Western range of 200,000 to 2 million is kept, not averaged
    assert any(
        min(e.low for e in f.estimates) == 200_000 and max(e.high for e in f.estimates) == 2_000_000
        for f in rape
    )
    for f in figures.values():
        for e in f.estimates:
            assert e.low <= e.high and e.source


def test_every_perspective_names_its_sides(content: model.Content) -> None:
    perspectives = [s for s in content.all_sections() if s.kind == "perspective"]
    assert len(perspectives) >= 4
    for s in perspectives:
        assert len(s.sides) >= 2 and all(side.sources for side in s.sides)


def test_corrections_of_the_article_are_recorded(content: model.Content) -> None:
    notes = " ".join(n.note.lower() for n in content.notes)
    assert "feodosia" in notes or any("feodosia" in n.target for n in content.notes)
    assert "worldcat" in notes or "citation debris" in notes
    assert "gross" in notes  # the cut-off sentence


@pytest.fixture(scope="module")
def copycheck() -> ModuleType:
    if not COPYCHECK.exists():
        pytest.skip("the shared copy-check tool is not beside this checkout")
    spec = importlib.util.spec_from_file_location("copycheck", COPYCHECK)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_database_has_no_copied_passages(copycheck: ModuleType) -> None:
    grams = copycheck.source_ngrams(10)
    hits = []
    for where, value in copycheck.texts_from_db(REAL_DB):
        rest, long_quotes = copycheck.strip_quotes(value)
        hits += [(where, h) for h in copycheck.copied_runs(rest, grams, 10)]
        hits += [(where, f"quote over 45 words: {q[:60]}") for q in long_quotes]
    assert hits == []


def test_rendered_text_has_no_copied_passages(
    copycheck: ModuleType, content: model.Content
) -> None:
    """With figures filled in, what a visitor reads is still our own words."""
    grams = copycheck.source_ngrams(10)
    ranges = build.figure_ranges(f for ch in content.chapters for f in ch.figures)
    hits = []
    for unit in translations.text_units(content):
        shown = text.render(unit.text, ranges)
        if unit.field == "quotation-text":  # a visitor reads it in quotation marks
            shown = typography.quote(shown, "en")
        rest, _ = copycheck.strip_quotes(shown)
        hits += [(unit.key, h) for h in copycheck.copied_runs(rest, grams, 10)]
    assert hits == []


def test_no_markup_or_placeholders_leak_into_the_database() -> None:
    conn = sqlite3.connect(f"file:{REAL_DB}?mode=ro", uri=True)
    tables = [f"{t}_text" for t in ("chapters", "sections", "events", "glossary", "pages")]
    for t in tables:
        for (value,) in conn.execute(f"SELECT text FROM {t}"):
            assert not text.MARKUP.search(value), value[:80]
            assert not text.ANY_BRACE.search(text.FIG_REF.sub("", value)), value[:80]


def test_a_title_not_in_english_keeps_its_form_and_gets_a_gloss(real_db: Path) -> None:
    from kiosk.content.repository import Repository
    from kiosk.content.sources import SourceQueries

    repo = Repository.open(real_db)
    try:
        q = SourceQueries(repo)
        en = {s.id: s for s in q.sources("en")}
        de = {s.id: s for s in q.sources("de")}
    finally:
        repo.close()
    # the Polish title stays as published, in every language; its meaning is beside it
    assert en["gurjanow"].title == de["gurjanow"].title == "Cztery deportacje 1940–41"
    assert en["gurjanow"].gloss_shown() == "Four deportations, 1940–41"
    # an English title is not repeated as its own gloss
    assert en["naimark"].gloss_shown() == ""
