"""Search: diacritics and case folded, prefixes as you type, any input safe."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import schema
from kiosk.content.repository import Repository
from kiosk.content.sources import SearchHit, SourceQueries, build_match, query_words


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
    hits = queries.search("Katyn", "xx")  # no index for the language: English, no error
    assert hits and {h.lang for h in hits} == {"en"}
    assert "poland-1939" in {h.chapter_id for h in hits}
    hits = queries.search("Kholmsk", "ru")  # a word no Russian text has
    assert hits and {h.lang for h in hits} == {"en"}
    assert all("kholmsk" in fold(h.title + h.snippet) for h in hits)


def test_detail_layers_are_not_searchable(queries: SourceQueries) -> None:
    assert queries.search("bayoneted", "en") == []


TOKEN = re.compile(r"[^\W_]+")  # letters and digits make words, as for the index


def fold(value: str) -> str:
    """Case and diacritics folded, as the search index folds them."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", value.casefold()) if not unicodedata.combining(c)
    )


def hits_hold_every_word(queries: SourceQueries, query: str, hits: list[SearchHit]) -> None:
    """Every result's own text (title and indexed body) has a word starting with each word
    typed: what the visitor opens is what they asked for."""
    typed = TOKEN.findall(fold(" ".join(query_words(query))))
    table = schema.search_table("en")
    for h in hits:
        title, body = queries.conn.execute(
            f"SELECT title, body FROM {table} WHERE kind = ? AND ref = ?", (h.kind, h.ref)
        ).fetchone()
        words = TOKEN.findall(fold(f"{title} {body}"))
        assert all(any(w.startswith(t) for w in words) for t in typed), (query, h.ref)


# FTS5 syntax, SQL and stray punctuation a visitor (or a cat on the keyboard) may type
ODD = ['"', "*", "(", "-", "+", "^", ":", "{}[]()", "';--", "🙂", "\x00", "_"]


@pytest.mark.parametrize("odd", ODD)
def test_odd_characters_around_a_word_find_what_the_word_finds(
    queries: SourceQueries, odd: str
) -> None:
    plain = [(h.kind, h.ref) for h in queries.search("Katyn", "en")]
    assert plain
    for query in (f"{odd}Katyn{odd}", f"Katyn {odd}", f"{odd} Katyn"):
        assert [(h.kind, h.ref) for h in queries.search(query, "en")] == plain, query


@pytest.mark.parametrize(
    ("query", "found"),
    [('"', False), ("*", False), ("NEAR(", True), ("a - b", True), ("x" * 500, False),
     ("🙂🙂", False), ("كابل", False), ("   ", False), ("", False), ("AND OR NOT", True),
     ("col:val", False), ("'; DROP TABLE chapters; --", False)],
)  # fmt: skip
def test_operators_and_sql_are_only_ever_searched_for(
    queries: SourceQueries, query: str, found: bool
) -> None:
    """An SQL error would be logged (and fail the test); a visitor sees results holding
    the words typed, operators included, or nothing."""
    hits = queries.search(query, "en")
    assert bool(hits) is found, query
    hits_hold_every_word(queries, query, hits)


NOISE = st.text(st.characters(categories=["P", "S", "Zs", "Cc"], exclude_characters="_"))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(["Katyn", "NKVD", "deport", "Kraków", "trial", "ships"]), min_size=1,
             max_size=3),
    NOISE, NOISE,
)  # fmt: skip
def test_words_among_any_punctuation_find_the_words_results(
    queries: SourceQueries, words: list[str], before: str, between: str
) -> None:
    typed = before + (between or " ").join(words) + between
    hits = queries.search(typed, "en")
    assert hits == queries.search(" ".join(words), "en")
    hits_hold_every_word(queries, typed, hits)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=500))
def test_any_input_finds_only_texts_holding_its_words(queries: SourceQueries, query: str) -> None:
    hits_hold_every_word(queries, query, queries.search(query, "en"))


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
