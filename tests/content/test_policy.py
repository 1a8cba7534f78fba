"""The care policy without Qt: profiles, gates, answers, search gating, page decisions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.content import policy
from kiosk.content.policy import GRAPHIC, CareState


def test_a_gate_stands_before_gated_tags_until_the_visitor_accepts_them() -> None:
    state = CareState("museum")
    assert not state.needs_gate([])  # no tag, no gate: warnings must not cry wolf
    assert state.needs_gate(["violence"])
    state.accept(["violence"])
    assert not state.needs_gate(["violence"])
    assert state.needs_gate(["violence", "torture"])


def test_a_museum_that_gates_some_tags_lets_the_others_through() -> None:
    state = CareState("museum", frozenset({"torture"}))
    assert not state.needs_gate(["violence"])
    assert state.gated(["violence", "torture", "torture"]) == ["torture"]


@pytest.mark.parametrize(
    ("profile", "detail", "sections"),
    [("museum", True, True), ("classroom", False, True), ("young", False, False)],
)
def test_what_each_profile_withholds(profile: str, detail: bool, sections: bool) -> None:
    state = CareState(profile)
    assert state.allows_detail() is detail
    assert state.allows_sections() is sections
    assert state.lists_chapter(young_unsuitable=True) is (profile != "young")
    assert state.is_summary_only("x") is (profile == "young")


def test_an_unknown_profile_falls_back_to_the_museum() -> None:
    assert CareState("party").profile == "museum"


@pytest.mark.parametrize(
    ("profile", "tags", "mode"),
    [
        ("museum", [], "open"),
        ("museum", ["violence"], "gated"),
        ("museum", [GRAPHIC], "gated"),
        ("classroom", ["violence"], "gated"),
        ("classroom", [GRAPHIC], "hidden"),
        ("young", ["violence"], "hidden"),
    ],
)
def test_image_modes(profile: str, tags: list[str], mode: str) -> None:
    assert CareState(profile).image_mode("a", tags) == mode


def test_a_graphic_image_stays_blurred_even_where_nothing_is_gated() -> None:
    state = CareState("museum", frozenset())
    assert state.image_mode("a", [GRAPHIC]) == "gated"
    assert state.show_image("a", [GRAPHIC])
    assert state.image_allowed("a", [GRAPHIC]) and not state.image_allowed("b", [GRAPHIC])


def test_routes_send_the_visitor_through_a_gate_only_where_one_stands() -> None:
    state = CareState("museum")
    way = policy.route(state, "chapter", ["violence"])
    assert way is not None and way.gate and way.scope == "chapter"
    untagged = policy.route(state, "event", [])
    assert untagged is not None and not untagged.gate
    detail = policy.route(state, "detail", [])
    assert detail is not None and detail.gate  # the detail layer always has its gate
    assert policy.route(CareState("classroom"), "detail", ["torture"]) is None


def test_gate_answers_and_where_they_lead() -> None:
    state = CareState("museum")
    assert policy.answer(state, "chapter", "estonia", "summary", ["violence"]) == "open"
    assert state.is_summary_only("estonia") and state.needs_gate(["violence"])
    assert policy.answer(state, "chapter", "estonia", "continue", ["violence"]) == "open"
    assert not state.is_summary_only("estonia") and not state.needs_gate(["violence"])
    assert policy.answer(state, "detail", "s1", "continue", ["torture"]) == "return"
    assert state.detail_opened("s1")
    assert policy.answer(state, "event", "e1", "back", ["rape"]) == "back"
    assert state.needs_gate(["rape"])


def test_the_classroom_gate_offers_no_detail_and_under_14_no_summary_choice() -> None:
    classroom = CareState("classroom")
    assert policy.answer(classroom, "detail", "s1", "continue", ["torture"]) == "return"
    assert not classroom.detail_opened("s1")
    assert "summary" in policy.gate_choices(classroom, "chapter")
    assert "summary" not in policy.gate_choices(CareState("young"), "chapter")
    assert policy.answer(CareState("young"), "chapter", "c", "summary", []) == "back"


def test_the_idle_reset_forgets_every_answer_but_keeps_the_profile() -> None:
    state = CareState("classroom")
    state.accept(["violence"])
    state.answer_chapter_gate("estonia", "summary", [])
    state.shown_images.add("a")
    state.forget()
    assert state.needs_gate(["violence"]) and not state.is_summary_only("estonia")
    assert not state.shown_images and state.profile == "classroom"


@dataclass
class Hit:
    kind: str
    ref: str
    chapter_id: str
    title: str
    snippet: str


HITS = [
    Hit("glossary", "nkvd", "", "NKVD", "the \x02NKVD\x03"),
    Hit("section", "s1", "north", "Soldiers", "\x02raped\x03 women"),
    Hit("event", "e1", "north", "Deportation", "\x02deported\x03"),
    Hit("chapter", "north", "north", "North", "the \x02north\x03"),
    Hit("chapter", "hidden", "hidden", "Hidden", "\x02hidden\x03"),
]
TAGS = {("section", "s1"): ["sexual-violence"], ("chapter", "north"): ["violence"]}


def _search(state: CareState) -> list[policy.GatedHit]:
    return policy.gate_search(state, HITS, {"north"}, lambda kind, ref: TAGS.get((kind, ref), []))


def test_search_results_are_ordered_and_hidden_chapters_left_out() -> None:
    found = _search(CareState("museum"))
    assert [(h.kind, h.ref) for h in found] == [
        ("chapter", "north"), ("section", "s1"), ("event", "e1"), ("glossary", "nkvd")
    ]  # fmt: skip


def test_search_withholds_the_words_of_warned_results_until_their_gate_is_passed() -> None:
    state = CareState("museum")
    found = {h.ref: h for h in _search(state)}
    assert found["s1"].snippet == "" and found["s1"].withheld_tags == ("sexual-violence",)
    assert found["e1"].snippet == "\x02deported\x03"
    state.accept(["sexual-violence", "violence"])
    assert {h.ref: h for h in _search(state)}["s1"].snippet == "\x02raped\x03 women"


def test_under_14_search_finds_no_section_text() -> None:
    assert "section" not in {h.kind for h in _search(CareState("young"))}


def test_page_decisions() -> None:
    assert policy.harrowing(["sexual-violence"], {"sexual-violence": 3, "violence": 2})
    assert not policy.harrowing(["violence"], {"sexual-violence": 3, "violence": 2})
    assert policy.warned([], [[], ["graphic-image"]]) and not policy.warned([], [[], []])
    assert policy.closing("trials", ["estonia", "trials", "memory"]) == ["memory"]
    assert policy.closing("estonia", ["estonia"]) == []


# -- a chapter's attributed quotation ------------------------------------------------


@pytest.mark.parametrize("profile", policy.PROFILES)
def test_a_quotation_that_touches_no_care_topic_is_shown_in_every_profile(profile: str) -> None:
    assert policy.shows_quotation(CareState(profile), "germany", [])


def test_a_warned_quotation_waits_for_its_gate_in_the_museum() -> None:
    state = CareState("museum")
    assert not policy.shows_quotation(state, "germany", ["violence"])
    state.answer_chapter_gate("germany", "continue", ["violence", "sexual-violence"])
    assert policy.shows_quotation(state, "germany", ["violence"])
    state.forget()  # the next visitor starts protected
    assert not policy.shows_quotation(state, "germany", ["violence"])


def test_a_museum_that_does_not_gate_a_tag_shows_its_quotation_at_once() -> None:
    state = CareState("museum", frozenset({"torture"}))
    assert policy.shows_quotation(state, "germany", ["violence"])
    assert not policy.shows_quotation(state, "germany", ["violence", "torture"])


def test_a_chapter_read_as_summary_only_withholds_its_warned_quotation() -> None:
    state = CareState("museum", frozenset())  # nothing gated: only the visitor's choice
    state.answer_chapter_gate("germany", "summary", ["violence"])
    assert not policy.shows_quotation(state, "germany", ["violence"])
    assert policy.shows_quotation(state, "germany", [])
    assert policy.shows_quotation(state, "poland-1939", ["violence"])  # another chapter


def test_the_classroom_shows_a_warned_quotation_after_its_gate_but_nothing_graphic() -> None:
    state = CareState("classroom")
    state.accept(["violence", GRAPHIC])
    assert policy.shows_quotation(state, "germany", ["violence"])
    assert not policy.shows_quotation(state, "germany", ["violence", GRAPHIC])
    assert policy.shows_quotation(CareState("museum", accepted={GRAPHIC}), "x", [GRAPHIC])


def test_under_14_no_warned_quotation_is_shown_even_after_a_gate() -> None:
    state = CareState("young")
    state.accept(["violence"])
    assert not policy.shows_quotation(state, "germany", ["violence"])
    assert not policy.shows_quotation(state, "germany", ["sexual-violence"])
