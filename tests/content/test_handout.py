"""What a handout holds in each profile: the care rules decide, as on screen (no Qt)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content import handout, policy
from kiosk.content.handout import HandoutError
from kiosk.content.repository import Repository
from tests.conftest import FIXTURE_SOURCES, ROOT

DETAIL = "A graphic account that belongs only in the detail layer of this test chapter."


@pytest.fixture
def repo(small_db: Path) -> Iterator[Repository]:
    r = Repository.open(small_db)
    yield r
    r.close()


def test_a_chapter_handout_holds_its_text_numbers_sources_and_version(repo: Repository) -> None:
    h = handout.chapter(repo, "north", "en", policy.CareState("classroom"))
    assert h.title.text == "The northern country"
    assert h.subtitle == "Baltic coast · 1940–1949"
    assert h.summary.text.startswith("In June 1941 the NKVD deported 9,254 to 10,861 people")
    assert [p.id for p in h.parts] == ["north-deportations", "north-debate", "north-soldiers"]
    debate = h.parts[1]
    assert debate.kind == "perspective" and debate.sides[0].text.startswith("Ann Example counts")
    assert [d.label for d in h.dates] == ["14–16 June 1941", "winter 1941–42"]
    [fig] = h.figures
    assert fig.counted.text == "people deported in June 1941"
    assert [(e.text, e.owner, e.year) for e in fig.estimates] == [
        ("9,254 to 10,861", "State archive", "1990")
    ]
    # sections, sides, events and estimates: every source they rest on, in source order
    assert [s.id for s in h.sources] == ["archive-one", "historian-one", "historian-two"]
    assert h.content_version == repo.meta["content_version"] != ""
    assert h.warnings == ("violence", "sexual-violence")


def test_a_disputed_figure_keeps_every_estimate_and_its_owner(repo: Repository) -> None:
    h = handout.chapter(repo, "south", "en", policy.CareState("museum"))
    [fig] = h.figures
    assert fig.disputed and fig.text == "200,000 to 2,000,000"
    assert [(e.text, e.owner) for e in fig.estimates] == [
        ("200,000", "Bo Sample"),
        ("1,000,000 to 2,000,000", "Ann Example"),
    ]
    assert h.map is not None and h.map.id == "south-cover" and h.map_data
    assert h.map_data.startswith(b"\x89PNG")


def test_the_classroom_never_prints_a_detail_layer(repo: Repository) -> None:
    state = policy.CareState("classroom")
    state.opened_details.add("north-soldiers")  # not even if it were somehow opened
    h = handout.chapter(repo, "north", "en", state, all_details=True)
    assert all(p.detail is None for p in h.parts)
    assert h.details_left_out


def test_the_museum_prints_a_detail_layer_only_behind_its_gate(repo: Repository) -> None:
    state = policy.CareState("museum")
    closed = handout.chapter(repo, "north", "en", state)
    assert all(p.detail is None for p in closed.parts) and closed.details_left_out
    policy.answer(state, "detail", "north-soldiers", "continue", ["sexual-violence"])
    opened = handout.chapter(repo, "north", "en", state)
    soldiers = next(p for p in opened.parts if p.id == "north-soldiers")
    assert (
        soldiers.detail is not None
        and soldiers.detail.text == DETAIL
        and soldiers.detail_tags == ("sexual-violence",)
    )
    assert not opened.details_left_out
    # printed from the command line: every detail layer, each with the tags it warns of
    every = handout.chapter(repo, "north", "en", policy.CareState("museum"), all_details=True)
    assert [p.detail_tags for p in every.parts if p.detail] == [("sexual-violence",)]


def test_summary_only_for_the_young_and_for_a_visitor_who_chose_it(repo: Repository) -> None:
    young = handout.chapter(repo, "north", "en", policy.CareState("young"))
    assert young.summary_only and young.parts == ()
    assert [s.id for s in young.sources] == ["archive-one", "historian-one"]  # events, figure
    state = policy.CareState("museum")
    policy.answer(state, "chapter", "north", "summary", ["violence"])
    chose = handout.chapter(repo, "north", "en", state)
    assert chose.summary_only and chose.parts == ()


def test_an_event_handout(repo: Repository) -> None:
    h = handout.event(repo, "south-1945", "en", policy.CareState("classroom"))
    assert h.title.text == "Killings in the south" and h.subtitle == "c. 1945 · Southern region"
    assert h.chapter_title is not None and h.chapter_title.text == "The southern region"
    assert h.summary.text.startswith("Soldiers killed civilians across the region")
    assert [f.id for f in h.figures] == ["south-victims"]  # the number its summary gives
    # its own source, and those of the figure's estimates
    assert [s.id for s in h.sources] == ["historian-one", "historian-two"]
    assert h.map is not None and h.map.id == "south-cover"  # its chapter's map
    deported = handout.event(repo, "north-deportation-1941", "en", policy.CareState("museum"))
    assert [f.id for f in deported.figures] == ["north-deportees"]


def test_unknown_ids_and_hidden_chapters_are_refused(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(HandoutError, match="there is no chapter 'nowhere'"):
        handout.chapter(repo, "nowhere", "en", policy.CareState())
    with pytest.raises(HandoutError, match="there is no event"):
        handout.make(repo, "event", "nowhere", "en", policy.CareState())
    with pytest.raises(HandoutError, match="not 'path'"):
        handout.make(repo, "path", "north", "en", policy.CareState())
    monkeypatch.setattr(policy.CareState, "lists_chapter", lambda self, unsuitable: False)
    with pytest.raises(HandoutError, match="not offered in the young profile"):
        handout.chapter(repo, "north", "en", policy.CareState("young"))
    with pytest.raises(HandoutError, match="does not offer"):
        handout.event(repo, "south-1945", "en", policy.CareState("young"))


def test_texts_fall_back_to_english_and_say_so(tmp_path: Path) -> None:
    # the small content with a German translation of the north chapter's title, summary
    # and first section only
    import polib

    from kiosk.content import loader, translations
    from kiosk.content.build import build

    src = tmp_path / "src"
    shutil.copytree(FIXTURE_SOURCES, src)
    with (src / "languages.yaml").open("a", encoding="utf-8") as f:
        f.write(
            "- code: de\n  name: Deutsch\n  direction: ltr\n  enabled: true\n"
            "  partial: true\n  prompt: Berühren, um zu beginnen\n"
        )
    wanted = {"chapters:north:title", "chapters:north:summary", "sections:north-deportations:body"}
    done = set()
    for po_path in translations.export(src, loader.load(src), "de"):
        po = polib.pofile(str(po_path))
        for entry in po:
            if entry.msgctxt in wanted:
                entry.msgstr = "Auf Deutsch: " + entry.msgid
                done.add(entry.msgctxt)
        po.save(str(po_path))
    assert done == wanted
    build(src, tmp_path / "content.db")
    repo = Repository.open(tmp_path / "content.db")
    try:
        h = handout.chapter(repo, "north", "de", policy.CareState("classroom"))
    finally:
        repo.close()
    assert h.title.text.startswith("Auf Deutsch") and not h.summary.fallback("de")
    assert [(p.id, p.body.lang) for p in h.parts] == [
        ("north-deportations", "de"),
        ("north-debate", "en"),
        ("north-soldiers", "en"),
    ]
    assert [p.body.fallback("de") for p in h.parts] == [False, True, True]


def test_handouts_are_made_without_qt(small_db: Path) -> None:
    script = f"""
import sys
sys.modules["PySide6"] = None
from kiosk.content import handout, policy, repository
repo = repository.Repository.open({str(small_db)!r})
h = handout.chapter(repo, "south", "en", policy.CareState("classroom"))
print(h.figures[0].text)
assert not any(m.startswith("PySide6.") for m in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "200,000 to 2,000,000"
