"""Static checks of the QML module: safe text, no way out of the exhibit, readable colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.app.main import QML_DIR

QML_FILES = sorted(QML_DIR.rglob("*.qml"))
# TextField and TextInput edit plain text only; they have no rich-text mode to guard.
TEXT_TYPES = ("Text", "Label", "TextEdit", "TextArea")


def blocks(source: str, type_name: str) -> list[str]:
    """The bodies of every ``TypeName { ... }`` object in a QML file (top level of the body)."""
    out = []
    for match in re.finditer(rf"(?<![\w.]){type_name}\s*\{{", source):
        depth, i = 1, match.end()
        while depth and i < len(source):
            depth += {"{": 1, "}": -1}.get(source[i], 0)
            i += 1
        out.append(source[match.end() : i - 1])
    return out


def test_module_files_exist() -> None:
    qmldir = (QML_DIR / "qmldir").read_text().splitlines()
    assert qmldir[0] == "module Kiosk"
    listed = {line.split()[-1] for line in qmldir if line.endswith(".qml")}
    assert listed == {p.relative_to(QML_DIR).as_posix() for p in QML_FILES}
    assert any(line.startswith("singleton Theme ") for line in qmldir)
    # qmllint and the language server learn the Python types from here
    assert "typeinfo kiosk.qmltypes" in qmldir
    assert (QML_DIR / "kiosk.qmltypes").is_file()


# The one exception: search snippets, whose markup the exhibit's own code makes from
# escaped content (kiosk.app.sources.highlight), fed through the `markup` property.
STYLED = {"HighlightedText.qml"}


@pytest.mark.parametrize("path", QML_FILES, ids=lambda p: p.name)
def test_every_text_item_is_plain_text(path: Path) -> None:
    source = path.read_text()
    if path.name in STYLED:
        assert "textFormat: Text.StyledText" in source and "text: markup" in source
        return
    for type_name in TEXT_TYPES:
        for body in blocks(source, type_name):
            assert "textFormat: Text.PlainText" in body, (
                f"{path.name}: a {type_name} without PlainText"
            )


@pytest.mark.parametrize("path", QML_FILES, ids=lambda p: p.name)
def test_nothing_leaves_the_exhibit(path: Path) -> None:
    source = path.read_text()
    for forbidden in (
        "openUrlExternally",
        "onLinkActivated",
        "http://",
        "https://",
        "file:",
        "XMLHttpRequest",
    ):
        assert forbidden not in source, f"{path.name} uses {forbidden}"


@pytest.mark.parametrize("path", QML_FILES, ids=lambda p: p.name)
def test_visible_strings_go_through_qstr(path: Path) -> None:
    source = path.read_text()
    literal = re.findall(r'\b(?:text|title|detail):\s*"([^"#][^"]*[A-Za-z][^"]*)"', source)
    assert literal == [], f"{path.name}: untranslated text {literal}"


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme_colours(high_contrast: bool) -> dict[str, str]:
    """Theme.qml's colours in the default or the high-contrast theme."""
    theme = (QML_DIR / "Theme.qml").read_text()
    pairs = re.findall(
        r'property color (\w+): highContrast \? "(#[0-9a-fA-F]{6,8})" : "(#[0-9a-fA-F]{6,8})"',
        theme,
    )
    return {name: (hc if high_contrast else normal) for name, hc, normal in pairs}


# Every pair of colours the screens draw one on the other, and the contrast each needs:
# body text 7:1 (WCAG 1.4.6), large text 4.5:1, controls' edges, focus rings and the
# timeline's marks 3:1 (1.4.11, 2.4.13).
BODY = [
    (fg, bg)
    for fg in ("text", "textMuted", "warning")
    for bg in ("background", "surface", "surfaceRaised")
] + [("accentText", "accent")]
LARGE = [("accent", bg) for bg in ("background", "surface", "surfaceRaised")]
MARKS = [
    ("controlBorder", "background"),
    ("controlBorder", "surface"),
    ("focus", "background"),
    ("focus", "surface"),
    ("accent", "background"),  # a primary button, a chosen chip, a timeline span
    ("accent", "surface"),
    ("textMuted", "surface"),  # the timeline's minor ticks
]


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_every_colour_pair_keeps_its_contrast(high_contrast: bool) -> None:
    colours = theme_colours(high_contrast)
    assert len(colours) >= 12, "Theme.qml's colours were not found"
    low = [
        (fg, bg, round(contrast(colours[fg][:7], colours[bg][:7]), 2), need)
        for pairs, need in ((BODY, 7.0), (LARGE, 4.5), (MARKS, 3.0))
        for fg, bg in pairs
        if contrast(colours[fg][:7], colours[bg][:7]) < need
    ]
    assert low == []
    # disabled controls still stay legible
    assert contrast(colours["disabledText"], colours["surface"]) >= 4.5


def test_high_contrast_is_higher() -> None:
    normal, high = theme_colours(False), theme_colours(True)
    for fg, bg in BODY + MARKS:
        assert contrast(high[fg][:7], high[bg][:7]) >= min(
            contrast(normal[fg][:7], normal[bg][:7]), 15
        ), (fg, bg)


def test_contrast_of_known_pairs() -> None:
    """The formula itself (WCAG 2.2's relative luminance)."""
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48
    assert contrast("#123456", "#123456") == 1.0


def test_highlight_markup_escapes_the_content() -> None:
    from kiosk.app.sources import highlight

    planted = '<img src="file:///etc/passwd"> \x02Katyn\x03 <a href="http://x">'
    out = highlight(planted)
    assert "<img" not in out and "<a " not in out
    assert out.count("<b>") == 1 and "&lt;img" in out


# A binding that calls a slot for data only re-runs when something it reads changes;
# the old tricks ("Exhibit.language, X()", "Care.revision >= 0 ? ...") forced that, and
# one screen that forgot it kept English text after a switch to German. Screens bind to
# their view models' notifying properties instead.
TRICKS = re.compile(r"Exhibit\.language\s*,|\.revision\b")
DATA_SLOTS = re.compile(
    r"(Sources|Exhibit|Care)\.(card|groups|forText|figures|figureTags|term|termsIn|search|"
    r"eventCard|page|sectionDetail|sectionMarkup|highlight|prompt|gateText|imageMode|"
    r"needsGate|summaryOnly|detailOpened)\("
)


@pytest.mark.parametrize("path", QML_FILES, ids=lambda p: p.name)
def test_no_binding_calls_a_slot_for_data(path: Path) -> None:
    source = path.read_text()
    assert not TRICKS.findall(source), f"{path.name}: a re-evaluation trick"
    assert not DATA_SLOTS.findall(source), f"{path.name}: a slot called for data"
