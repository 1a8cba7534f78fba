"""A whole lesson path as a handout (#17): every stop's text and questions, every number
with its owners, every source, the date and the content version; teacher's notes only
when asked; "Print this" from the classroom bar."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import handout as printing
from kiosk.app.config import KioskConfig
from kiosk.app.main import Services
from kiosk.cli import main
from kiosk.cli.base import BAD_INPUT, OK
from kiosk.content import handout
from kiosk.content.policy import CareState
from kiosk.content.repository import Repository
from kiosk.content.sources import ARTICLE_SOURCE, SourceQueries
from tests.app.test_handout import needs_pdftotext, pdf_text, shows, squeeze, translation


def cli_path(db: Path, out: Path, ident: str, lang: str = "en", *extra: str) -> int:
    argv = ["handout", "path", ident, "--lang", lang, "--out", str(out), "--db", str(db)]
    return main([*argv, *extra])


@needs_pdftotext
@pytest.mark.parametrize(("lang", "ident"), [("en", "katyn"), ("de", "baltic-deportations"),
                                             ("fa", "baltic-trials"), ("ja", "katyn")])  # fmt: skip
def test_a_path_handout_holds_every_stop_question_number_owner_and_source(
    qapp: Any, real_db: Path, tmp_path: Path, lang: str, ident: str
) -> None:
    out = tmp_path / f"{ident}-{lang}.pdf"
    assert cli_path(real_db, out, ident, lang) == OK
    pdf = squeeze(pdf_text(out))
    rtl = lang == "fa"
    repo = Repository.open(real_db)
    try:
        made = handout.path(repo, ident, lang, CareState("classroom"))
        lp = repo.lesson_path(ident, lang)
        version = repo.meta["content_version"]
        owners = {s.id: s for s in SourceQueries(repo).sources(lang)}
    finally:
        repo.close()
    assert lp is not None and len(made.stops) == len(lp.stops) >= 5
    assert shows(pdf, lp.title.text, rtl)
    for stop in lp.stops:
        for q in stop.questions:
            assert shows(pdf, q.text, rtl), q.text
    for part in made.stops:
        assert shows(pdf, part.title.text, rtl), part.title.text
        for body in part.body:
            # up to its first number (written here in English style, there in the
            # language's own)
            words = re.split(r"\d", body.text)[0][:200]
            assert shows(pdf, words, rtl), part.title.text
    assert made.figures and made.sources
    unattributed = translation(lang, "Sources", "given without attribution in the source article")
    for f in made.figures:
        for e in f.estimates:
            owner = unattributed if e.source_id == ARTICLE_SOURCE else owners[e.source_id].author
            assert shows(pdf, owner, rtl), (f.id, e.source_id)
    for s in made.sources:
        assert squeeze(s.reference) in pdf, s.id
    assert squeeze(version) in pdf
    # teacher's notes stay off the students' copy
    assert not shows(pdf, "Start with the map of 1939") and not shows(pdf, "Give it time")


@needs_pdftotext
def test_teacher_notes_are_printed_only_when_asked(
    qapp: Any, real_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "katyn.pdf"
    assert cli_path(real_db, out, "katyn", "en", "--teacher-notes") == OK
    pdf = squeeze(pdf_text(out))
    assert squeeze("This is the heart of the lesson: the crime, the lie and the admission") in pdf
    assert squeeze("For the teacher") in pdf


def test_an_unknown_path_is_bad_input(
    qapp: Any, real_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.pdf"
    assert cli_path(real_db, out, "nowhere") == BAD_INPUT
    assert "there is no lesson path 'nowhere'" in capsys.readouterr().err
    assert not out.exists()


def test_under_14_a_path_with_sections_cannot_be_printed(real_db: Path) -> None:
    repo = Repository.open(real_db)
    try:
        with pytest.raises(handout.HandoutError, match="not offered in the young profile"):
            handout.path(repo, "katyn", "en", CareState("young"))
    finally:
        repo.close()


def test_print_this_from_the_classroom_bar_saves_the_path(
    qtbot: Any, qapp: Any, real_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Documents"
    monkeypatch.setattr(printing, "documents_folder", lambda: folder)
    # classroom mode on a projector, full screen: the teacher can still print
    s = Services(real_db, KioskConfig(fullscreen=True, profile="museum"), classroom=True)
    s.install()
    try:
        assert s.care.state.profile == "classroom"
        view = printing.HandoutView()
        view.kind, view.targetId = "path", "baltic-trials"
        assert view.available
        view.save()
        qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
        saved = folder / "handout-baltic-trials-en.pdf"
        assert view.savedPath == str(saved) and saved.read_bytes().startswith(b"%PDF-")
    finally:
        s.deleteLater()
