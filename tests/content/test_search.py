"""Search: diacritics and case folded, prefixes as you type, any input safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.repository import Repository
from kiosk.content.sources import SourceQueries, build_match


@pytest.fixture(scope="module")
def queries(real_db: Path) -> SourceQueries:
    return SourceQueries(Repository.open(real_db))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Katyn", "Katyń"), ("krakow", "Kraków"), ("Ungvary", "Ungváry"), ("OVERMANS", "Overmans")],
)
def test_diacritics_and_case_do_not_matter(queries: SourceQueries, typed: str, stored: str) -> None:
    hits = queries.search(typed, "en")
    assert hits, typed
    assert any(stored.lower() in (h.title + h.snippet).lower() for h in hits)


def test_prefix_matches_as_you_type(queries: SourceQueries) -> None:
    assert {h.ref for h in queries.search("Treuenbr", "en")} >= {"germany-treuenbrietzen-1945"}


def test_falls_back_to_english(queries: SourceQueries) -> None:
    assert queries.search("Katyn", "xx")  # no index for the language: English, no error
    assert queries.search("Katyn", "ja")  # a partial language searches its English fallback


def test_detail_layers_are_not_searchable(queries: SourceQueries) -> None:
    assert queries.search("bayoneted", "en") == []


@pytest.mark.parametrize(
    "query",
    ['"', "*", "NEAR(", "-", "a - b", "'; DROP TABLE chapters; --", "x" * 500, "🙂🙂", "كابل",
     "   ", "", "AND OR NOT", "^", "col:val", "{}[]()"],
)  # fmt: skip
def test_odd_queries_never_fail(queries: SourceQueries, query: str) -> None:
    assert isinstance(queries.search(query, "en"), list)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=500))
def test_any_input_returns_results_or_nothing(queries: SourceQueries, query: str) -> None:
    assert isinstance(queries.search(query, "en"), list)


@given(st.text())
def test_match_expressions_quote_every_word(query: str) -> None:
    fts = build_match(query)
    if fts is not None:
        assert fts.count('"') % 2 == 0 and all(p.endswith('"*') for p in fts.split(" "))


@pytest.mark.parametrize(
    "typed",
    ["千島", "千島列島", "樺太", "真岡", "樺太 千島"],  # two-character words and longer ones
)
def test_japanese_words_are_found_inside_unspaced_text(queries: SourceQueries, typed: str) -> None:
    hits = queries.search(typed, "ja")
    assert hits, typed
    assert all(h.lang == "ja" for h in hits)
    assert "japan" in {h.chapter_id for h in hits}
    for h in hits:
        shown = h.title + h.snippet
        assert all(w in shown or w in (queries.marked(h.kind, h.ref, typed, "ja") or "")
                   for w in typed.split())  # fmt: skip


def test_a_short_japanese_word_is_marked_where_it_stands(queries: SourceQueries) -> None:
    hit = next(h for h in queries.search("ソ連", "ja") if "\x02" in h.snippet)
    marked = queries.marked(hit.kind, hit.ref, "ソ連", "ja")
    assert marked is not None and "\x02ソ連\x03" in marked
    assert queries.marked(hit.kind, hit.ref, "存在しない語", "ja") is None


def test_latin_words_are_found_in_a_japanese_index_too(queries: SourceQueries) -> None:
    # names stay in Latin letters, and untranslated texts are indexed in English
    hits = queries.search("Kholmsk", "ja")
    assert hits and all("kholmsk" in (h.title + h.snippet).lower() for h in hits)


def test_a_results_tags_are_its_main_layer_in_one_order(small_db: Path) -> None:
    q = SourceQueries(Repository.open(small_db))
    # the chapter lists [violence, sexual-violence]; its section's detail layer is not read
    assert q.tags_of("chapter", "north") == ["sexual-violence", "violence"]
    assert q.tags_of("chapter", "south") == ["violence"]
    assert q.tags_of("glossary", "nkvd") == [] and q.tags_of("chapter", "nowhere") == []
