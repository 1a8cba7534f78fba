"""Printed handouts: the PDF opens, and its text (read back with pdftotext) names every
source the handout cites and every owner of every number, in English, German, Dari and
Japanese; the classroom leaves out what the museum prints behind its warning; content
never becomes markup; "Print this" saves to the Documents folder under a safe name."""

from __future__ import annotations

import functools
import os
import re
import shutil
import sqlite3
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from kiosk.app import handout as printing
from kiosk.app import handout_pdf
from kiosk.app.config import KioskConfig
from kiosk.app.i18n import ts_path
from kiosk.app.main import Services
from kiosk.cli import main
from kiosk.cli.base import BAD_INPUT, OK
from kiosk.content import text
from kiosk.content.repository import Repository
from kiosk.content.sources import ARTICLE_SOURCE, SourceQueries

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None,
    reason="pdftotext is not installed (Debian: apt-get install poppler-utils); "
    "the handout's text cannot be read back",
)
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path) -> str:
    """What a reader gets from the PDF: its text as pdftotext extracts it, page by page,
    without the page numbers (a reference that runs onto the next page is read whole)."""
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    pages = []
    for number, page in enumerate(out.stdout.split("\f")[:-1], 1):
        lines = page.rstrip().splitlines()
        assert lines and _BIDI.sub("", lines[-1]).strip() == str(number), "no page number"
        pages.append("\n".join(lines[:-1]))
    return "\n".join(pages)


@functools.cache
def _radicals() -> dict[int, str]:
    """CJK radical code points that a Japanese font on this machine draws with an
    ideograph's glyph, mapped to that ideograph. A PDF names each glyph by the lowest code
    point that draws it, so pdftotext reads 民 back as the radical ⺠ when the font used
    maps both to one glyph; NFKC undoes that for the Kangxi radicals only."""
    from fontTools.ttLib import TTCollection, TTFont

    if not shutil.which("fc-list"):
        return {}
    found = subprocess.run(
        ["fc-list", ":lang=ja", "file"], capture_output=True, text=True, check=False
    ).stdout.split()
    out: dict[int, str] = {}
    for name in {f.rstrip(":") for f in found}:
        fonts = TTCollection(name).fonts if name.endswith(".ttc") else [TTFont(name)]
        for font in fonts[:1]:
            cmap = font.getBestCmap()
            by_glyph = {g: chr(c) for c, g in cmap.items() if 0x4E00 <= c < 0xA000}
            for c, g in cmap.items():
                if 0x2E80 <= c < 0x2FE0 and g in by_glyph:
                    out.setdefault(c, by_glyph[g])
    return out


def squeeze(value: str) -> str:
    """The letters and digits of a text, in order: compared whatever the line breaks,
    ligatures and Arabic presentation forms (NFKC), and wherever a reader of mixed
    right-to-left and left-to-right lines puts their punctuation."""
    if re.search("[\u2e80-\u2fdf]", value):
        value = value.translate(_radicals())
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", value))


_ARABIC = re.compile("[\u0600-\u06ff]")


def shows(pdf: str, value: str, rtl: bool = False) -> bool:
    """Is ``value`` in the squeezed text? Right-to-left words are read back in the order
    lines are drawn, so a Dari text, or any text of a right-to-left handout (where an
    English fallback shares its lines with Dari words), counts when each of its words is
    there."""
    if rtl or _ARABIC.search(value):
        return all(squeeze(w) in pdf for w in value.split())
    return squeeze(value) in pdf


def translation(lang: str, context: str, source: str) -> str:
    root = ET.parse(ts_path(lang)).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.iter("message"):
                if msg.findtext("source") == source:
                    return msg.findtext("translation") or source
    raise KeyError(source)


def cli_handout(
    db: Path, out: Path, kind: str, ident: str, lang: str = "en", profile: str = "classroom"
) -> int:
    argv = ["handout", kind, ident, "--lang", lang, "--profile", profile, "--out", str(out)]
    return main([*argv, "--db", str(db)])


def cited(repo: Repository, kind: str, ident: str, lang: str) -> tuple[set[str], set[str]]:
    """What the exhibit says a chapter's text or an event rests on, read straight from the
    database: the ids of its sources, and of the figures its texts state."""
    q = SourceQueries(repo)
    if kind == "event":
        [e] = repo.events(lang, event_id=ident)
        return set(e.source_ids), set(q.figures_shown("event", ident, lang))
    view = repo.chapter(ident, lang)
    assert view is not None
    sources = {s for sec in view.sections for s in q.cited_by("section", sec.id)}
    sources |= {s for e in view.events for s in e.source_ids}
    texts = [view.card.summary.text]
    texts += [t.text for sec in view.sections for t in (sec.body, *(side for side, _ in sec.sides))]
    return sources, {f for t in texts for f in text.figure_refs(t)}


CASES = [
    ("en", "chapter", "germany"),
    ("de", "chapter", "estonia"),
    ("de", "event", "estonia-deportation-1941"),
    ("fa", "chapter", "afghanistan"),
    ("fa", "event", "after-1945-afghanistan-1979"),
    ("ja", "chapter", "japan"),
    ("ja", "event", "manchuria-invasion-1945"),
]


@needs_pdftotext
@pytest.mark.parametrize(("lang", "kind", "ident"), CASES)
def test_a_handout_names_every_source_and_every_owner_of_its_numbers(
    qapp: Any, real_db: Path, tmp_path: Path, lang: str, kind: str, ident: str
) -> None:
    out = tmp_path / f"{ident}-{lang}.pdf"
    assert cli_handout(real_db, out, kind, ident, lang) == OK
    pdf = squeeze(pdf_text(out))
    repo = Repository.open(real_db)
    try:
        source_ids, figure_ids = cited(repo, kind, ident, lang)
        q = SourceQueries(repo)
        figures = q.figures(sorted(figure_ids), lang)
        owners = {e.source_id for f in figures for e in f.estimates}
        sources = {s.id: s for s in q.sources(lang, sorted(source_ids | owners))}
        title = (
            repo.chapter_cards(lang, ident)[0].title.text
            if kind == "chapter"
            else repo.events(lang, event_id=ident)[0].title.text
        )
    finally:
        repo.close()
    assert source_ids, "a handout without sources tests nothing"
    for s in sources.values():
        assert squeeze(s.reference) in pdf, f"source {s.id} missing from the bibliography"
    unattributed = translation(lang, "Sources", "given without attribution in the source article")
    for f in figures:
        assert shows(pdf, f.counted.text, rtl=lang == "fa"), f.id
        for e in f.estimates:
            owner = unattributed if e.source_id == ARTICLE_SOURCE else sources[e.source_id].author
            assert shows(pdf, owner, rtl=lang == "fa"), (f.id, e.source_id)
    assert shows(pdf, title)
    assert shows(pdf, translation(lang, "HandoutPrinter", "Sources"))


def _detail(real_db: Path, section_id: str) -> str:
    conn = sqlite3.connect(f"file:{real_db}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT text FROM sections_text WHERE id = ? AND field = 'detail' AND lang = 'en'",
            (section_id,),
        ).fetchone()
    finally:
        conn.close()
    return str(row[0])


@needs_pdftotext
def test_the_classroom_leaves_out_what_the_museum_prints_behind_its_warning(
    qapp: Any, real_db: Path, tmp_path: Path
) -> None:
    detail = squeeze(_detail(real_db, "germany-flight-west")[:120])
    classroom, museum = tmp_path / "classroom.pdf", tmp_path / "museum.pdf"
    assert cli_handout(real_db, classroom, "chapter", "germany", profile="classroom") == OK
    assert cli_handout(real_db, museum, "chapter", "germany", profile="museum") == OK
    kept_out, printed = squeeze(pdf_text(classroom)), squeeze(pdf_text(museum))
    assert detail not in kept_out
    assert squeeze("The chapter's detailed accounts are not included.") in kept_out
    assert squeeze("Classroom profile") in kept_out
    at = printed.index(detail)
    warning = printed.rfind(squeeze("The details that follow describe"), 0, at)
    assert warning >= 0 and at - warning < 400, "the detailed account stands behind its warning"
    # both start with what the chapter concerns, as its gate says it
    assert kept_out.index(squeeze("Content note: This chapter describes")) < 300


@needs_pdftotext
def test_content_never_becomes_markup(qapp: Any, db_copy: Path, tmp_path: Path) -> None:
    tricky = '<b>Bold</b> <img src="file:///etc/hostname"> &amp; <a href="http://x">link</a>'
    with sqlite3.connect(db_copy) as conn:
        conn.execute(
            "UPDATE chapters_text SET text = ? WHERE id = 'north' AND field = 'summary' "
            "AND lang = 'en'",
            (tricky,),
        )
    conn.close()
    out = tmp_path / "north.pdf"
    assert cli_handout(db_copy, out, "chapter", "north") == OK
    # every character as written (NFKC: the font draws "fi" as one ligature)
    assert tricky in " ".join(unicodedata.normalize("NFKC", pdf_text(out)).split())


def test_the_command_line_says_what_is_wrong(
    qapp: Any, small_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "h.pdf"
    cases = [
        (("chapter", "nowhere"), {}, "there is no chapter 'nowhere'"),
        (("event", "nowhere"), {}, "there is no event 'nowhere'"),
        (("chapter", "north"), {"lang": "xx"}, "does not offer language 'xx'; choose one of en"),
    ]
    for (kind, ident), extra, said in cases:
        assert cli_handout(small_db, out, kind, ident, **extra) == BAD_INPUT
        err = capsys.readouterr().err
        assert err.startswith("error: ") and said in err and err.count("\n") == 1
    assert cli_handout(tmp_path / "no.db", out, "chapter", "north") == BAD_INPUT
    assert cli_handout(small_db, tmp_path / "none" / "h.pdf", "chapter", "north") == BAD_INPUT
    assert "folder not found" in capsys.readouterr().err
    assert not out.exists()
    assert main(["handout", "path", "x", "--out", str(out)]) == BAD_INPUT  # not a kind
    assert cli_handout(small_db, out, "chapter", "north") == OK
    assert out.read_bytes().startswith(b"%PDF-") and list(tmp_path.iterdir()) == [out]
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask  # as any file the user makes


def test_a_failed_write_leaves_the_old_file(qapp: Any, tmp_path: Path) -> None:
    class Broken:
        def print_(self, _writer: Any) -> None:
            raise OSError(28, "No space left on device")

    out = tmp_path / "handout.pdf"
    out.write_bytes(b"the handout printed yesterday")
    with pytest.raises(OSError, match="No space left"):
        handout_pdf.write_pdf(Broken(), "title", out)  # type: ignore[arg-type]
    assert out.read_bytes() == b"the handout printed yesterday"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


# -- "Print this" in the exhibit ---------------------------------------------------------


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home" / "Documents"  # not there yet: saving makes it
    monkeypatch.setattr(printing, "documents_folder", lambda: folder)
    return folder


@pytest.fixture
def services(qapp: Any, small_db: Path) -> Iterator[Any]:
    made: list[Any] = []

    def make(**cfg: Any) -> Any:
        s = Services(small_db, KioskConfig(**cfg))
        s.install()
        made.append(s)
        return s

    yield make
    for s in made:
        s.deleteLater()


def test_print_this_saves_the_visitors_handout_to_documents(
    qtbot: Any, services: Any, documents: Path
) -> None:
    s = services(fullscreen=False, profile="museum")
    view = printing.HandoutView()
    view.kind, view.targetId = "chapter", "north"
    assert view.available and view.message == ""
    view.save()
    assert view.busy and view.message == "Saving the handout…"
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    saved = documents / "handout-north-en.pdf"
    assert view.savedPath == str(saved) and view.message == f"Saved to {saved}"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in documents.iterdir()] == [saved.name]
    # another chapter: the message about this one goes
    view.targetId = "south"
    assert view.message == "" and view.savedPath == ""
    s.exhibit.setLanguage("en")


@needs_pdftotext
def test_print_this_prints_what_the_visitor_has_opened(
    qtbot: Any, services: Any, documents: Path
) -> None:
    s = services(fullscreen=False, profile="museum")
    view = printing.HandoutView()
    view.kind, view.targetId = "chapter", "north"
    detail = "A graphic account that belongs only in the detail layer"
    view.save()
    qtbot.waitUntil(lambda: view.savedPath != "", timeout=20_000)
    assert detail not in " ".join(pdf_text(Path(view.savedPath)).split())
    s.care.answerGate("detail", "north-soldiers", "continue", ["sexual-violence"])
    view.save()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert detail in " ".join(pdf_text(Path(view.savedPath)).split())


def test_a_screen_left_while_saving_is_no_trouble(
    qtbot: Any, services: Any, documents: Path
) -> None:
    services(fullscreen=False)
    view = printing.HandoutView()
    view.kind, view.targetId = "chapter", "south"
    view.save()
    shiboken6.delete(view)  # the visitor went on: QML destroyed the screen and its view
    saved = documents / "handout-south-en.pdf"
    qtbot.waitUntil(saved.exists, timeout=20_000)
    qtbot.wait(100)  # the result arrives for nobody, and nothing breaks
    assert saved.read_bytes().startswith(b"%PDF-")


def test_print_this_is_never_offered_on_a_kiosk(services: Any, documents: Path) -> None:
    services(fullscreen=True)
    view = printing.HandoutView()
    view.kind, view.targetId = "chapter", "north"
    assert not view.available
    view.save()
    assert view.message == "" and not documents.exists()


@pytest.mark.logs
def test_print_this_says_why_nothing_was_saved(qtbot: Any, services: Any, documents: Path) -> None:
    services(fullscreen=False)
    view = printing.HandoutView()
    view.kind, view.targetId = "chapter", "../../north"  # never a path from content
    view.save()
    assert view.message.startswith("The handout could not be saved: no safe file name")
    view.targetId = "nowhere"
    view.save()
    assert view.message == "The handout could not be saved: there is no chapter 'nowhere'"
    assert not view.busy and view.savedPath == "" and list(documents.iterdir()) == []
