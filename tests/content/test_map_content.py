"""A map in the content: its borders year, route numbers and places survive the build,
the reader and the export; a map that names what does not exist is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import build, checks, labels, loader
from kiosk.content.repository import Repository


def test_a_map_keeps_its_year_its_routes_and_its_places(small_db: Path) -> None:
    repo = Repository.open(small_db)
    try:
        view = repo.media_views(["test-map", "test-plain"], "en")
        assert view["test-map"].borders == 1938
        assert [(r.ref, r.x, r.y) for r in view["test-map"].routes] == [
            ("north-deportees", 0.5, 0.5)
        ]
        assert [p.ref for p in view["test-map"].places] == ["north", "south"]
        assert view["test-plain"].borders is None  # a photograph is no map
        assert repo.period_map() == "test-map"
        shown = repo.images("section", ["north-deportations"], "en")["north-deportations"]
        assert [im.id for im in shown] == ["test-map"]
    finally:
        repo.close()


def _with_map_block(sources: Path, block: str) -> None:
    path = sources / "media.yaml"
    text = path.read_text()
    start = text.index("  map:\n")
    path.write_text(text[:start] + block)


def test_a_route_to_an_unknown_figure_is_an_error(sources: Path) -> None:
    _with_map_block(sources, "  map:\n    borders: 1938\n    routes:\n"
                             "    - {figure: no-such-figure, at: [0.5, 0.5]}\n")  # fmt: skip
    problems = [p for p in checks.run(loader.load(sources)) if p.severity == "error"]
    assert any("unknown figure 'no-such-figure'" in p.message for p in problems)
    with pytest.raises(build.BuildError):
        build.build(sources, sources.parent / "out.db")


def test_a_place_of_an_unknown_chapter_is_an_error(sources: Path) -> None:
    _with_map_block(sources, "  map:\n    borders: 1938\n    places:\n"
                             "    - {chapter: atlantis, at: [0.5, 0.5]}\n")  # fmt: skip
    problems = [p for p in checks.run(loader.load(sources)) if p.severity == "error"]
    assert any("unknown chapter 'atlantis'" in p.message for p in problems)


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("  map:\n    borders: 1938\n    routes:\n    - {figure: north-deportees, at: [1.5, 0]}\n",
         "must lie between 0 and 1"),
        ("  map:\n    borders: 38\n", "must be a year"),
        ("  map:\n    borders: 1938\n    routes:\n    - {figure: '../x', at: [0.5, 0.5]}\n",
         "is not an id"),
        ("  map:\n    borders: 1938\n    legend: yes\n", "unknown key 'legend'"),
    ],
)  # fmt: skip
def test_a_malformed_map_block_is_refused_with_its_line(
    sources: Path, block: str, message: str
) -> None:
    _with_map_block(sources, block)
    with pytest.raises(loader.SourceError, match=message) as caught:
        loader.load(sources)
    assert "media.yaml:" in str(caught.value.where)


# -- the labels of the period map --------------------------------------------------------


def test_a_place_on_its_own_gets_its_label_beside_it() -> None:
    (label,) = labels.place([(500.0, 400.0)], [(200.0, 60.0)], (1000.0, 800.0), 20.0, 10.0)
    assert label.box.distance((500.0, 400.0)) == pytest.approx(20.0, abs=1.0)
    assert label.anchor == label.box.nearest((500.0, 400.0))


@pytest.mark.parametrize("area", [(1824.0, 700.0), (1266.0, 560.0), (984.0, 1350.0)])
def test_crowded_labels_never_cover_each_other_or_a_place(
    real_db: Path, area: tuple[float, float]
) -> None:
    """The real period map at the three screen sizes: every label inside the area, none
    over another label or over a place."""
    repo = Repository.open(real_db)
    try:
        media_id = repo.period_map()
        assert media_id is not None
        view = repo.media_views([media_id], "en")[media_id]
        cards = {c.id: c for c in repo.chapter_cards("en")}
    finally:
        repo.close()
    scale = min(area[0] / view.width, area[1] / view.height)
    x0, y0 = (area[0] - view.width * scale) / 2, (area[1] - view.height * scale) / 2
    pins = [(x0 + p.x * view.width * scale, y0 + p.y * view.height * scale) for p in view.places]
    sizes = [
        labels.label_size(labels.short_title(cards[p.ref].title.text), 24, 64, 256)
        for p in view.places
    ]
    placed = labels.place(pins, sizes, area, 24, 12)
    for i, a in enumerate(placed):
        assert a.box.x >= 0 and a.box.x + a.box.w <= area[0] + 0.01
        assert a.box.y >= 0 and a.box.y + a.box.h <= area[1] + 0.01
        assert all(a.box.distance(p) >= 24 - 0.01 for p in pins), view.places[i].ref
        for b in placed[i + 1 :]:
            assert not a.box.overlaps(b.box, 0)


def test_a_map_label_is_the_title_before_its_subtitle() -> None:
    assert labels.short_title("Estonia: annexation, deportation and resistance") == "Estonia"
    assert labels.short_title("Germany, 1945 and the Soviet occupation") == "Germany"
    assert labels.short_title("Deported peoples of the Soviet Union") == (
        "Deported peoples of the Soviet Union"
    )
    assert labels.short_title("満洲：ソ連軍の侵攻と占領") == "満洲"
    width, height = labels.label_size("Hungary and the Siege of Budapest", 24, 64, 256)
    assert width <= 256 and height > 64  # two lines, no word broken
