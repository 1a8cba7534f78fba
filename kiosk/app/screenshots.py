"""Render every screen offscreen to PNG files named after the screen."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from .config import KioskConfig


def _setup_offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")


def settle(ms: int = 60) -> None:
    """Let the event loop lay out, load images and render a frame, as ``exec()`` would.

    ``processEvents`` never runs deferred deletes posted at this level, so screens the
    stack let go of are deleted explicitly here, as the running event loop does.
    """
    from PySide6.QtCore import QDeadlineTimer, QEvent, QEventLoop
    from PySide6.QtGui import QGuiApplication

    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        QGuiApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def call(obj: Any, method: str, *args: Any) -> Any:
    """Call a QML function of ``obj`` (e.g. the navigator) from Python."""
    from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

    qargs = [Q_ARG("QVariant", a) for a in args]
    return QMetaObject.invokeMethod(
        obj, method, Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("QVariant"), *qargs
    )


def _find_item(window: Any, name: str) -> Any:
    """The visible item called ``name`` (delegates included, which findChild misses)."""

    def walk(item: Any) -> Any:
        for child in item.childItems():
            if child.isVisible():
                if child.objectName() == name:
                    return child
                found = walk(child)
                if found is not None:
                    return found
        return None

    return walk(window.contentItem())


def _images_loaded(engine: Any, window: Any, timeout_ms: int = 2000) -> None:
    """Wait until no visible image is still loading (they decode off the GUI thread)."""
    from PySide6.QtCore import QElapsedTimer

    def pending(item: Any) -> bool:
        for child in item.childItems():
            if not child.isVisible():
                continue
            if child.inherits("QQuickImage") and _evaluate(engine, child, "status") == 2:
                return True  # Image.Loading
            if pending(child):
                return True
        return False

    clock = QElapsedTimer()
    clock.start()
    while pending(window.contentItem()) and clock.elapsed() < timeout_ms:
        settle(20)


def _first_warned_image(services: Any) -> tuple[str, int, str, list[str]]:
    """(chapter, section index, media id, tags) of the first section image with a warning."""
    for chapter_id in services.exhibit.chapter_ids():
        services.exhibit.openChapter(chapter_id)
        for index, row in enumerate(services.exhibit.section_rows()):
            for image in row["images"]:
                if image["warnings"]:
                    return chapter_id, index, str(image["mediaId"]), list(image["warnings"])
    return "", -1, "", []


def _evaluate(engine: Any, item: Any, expression: str) -> Any:
    from PySide6.QtQml import QQmlExpression

    value, _undefined = QQmlExpression(engine.rootContext(), item, expression).evaluate()
    return value


def _shoot_image(
    services: Any, engine: Any, window: Any, nav: Any, shot: Callable[[str], None]
) -> None:
    """The first warned image in a section: blurred behind its gate, then shown (or, in a
    profile that withholds it, the section without it)."""
    from PySide6.QtCore import QPointF

    chapter_id, index, media_id, tags = _first_warned_image(services)
    if not chapter_id:
        print("no warned image in this content: no image screenshots", file=sys.stderr)
        return
    services.care.forget()
    call(nav, "home")
    call(nav, "chapter", chapter_id)
    if call(nav, "screenName") == "gateScreen":
        call(nav, "answerGate", "continue")
    settle()
    chapter_list = _find_item(window, "chapterList")
    if chapter_list is None:  # summary only in this profile: no sections, no images
        shot("image-withheld")
        return
    _evaluate(engine, chapter_list, f"positionViewAtIndex({index}, 0)")  # ListView.Beginning
    settle()
    figure = _find_item(window, f"image_{media_id}")
    if figure is None:
        shot("image-withheld")
        return
    content = chapter_list.property("contentItem")
    y = figure.mapToItem(content, QPointF(0, 0)).y()
    chapter_list.setProperty("contentY", y - 40)
    settle(300)  # the image loader decodes off the GUI thread
    shot("image-blurred")
    services.care.showImage(media_id, tags)
    settle(300)
    shot("image-shown")
    services.care.hideImage(media_id)


def _first_disputed(services: Any) -> str:
    """A section whose numbers differ between sources, for the comparison screenshot."""
    for chapter_id in services.exhibit.chapter_ids():
        services.exhibit.openChapter(chapter_id)
        for row in services.exhibit.section_rows():
            figs = services.sources.figure_rows("section", row["sectionId"])
            if any(f["disputed"] and len(f["estimates"]) > 1 for f in figs):
                return str(row["sectionId"])
    return ""


def _shooter(engine: Any, window: Any, outdir: Path, written: list[Path]) -> Callable[[str], None]:
    """``shot(name)``: the window as ``outdir/name.png`` once the screen has faded in and
    its images are drawn, added to ``written``."""
    from PySide6.QtCore import QObject

    fade = window.findChild(QObject, "screenFade")

    def shot(name: str) -> None:
        settle()
        for _ in range(50):  # past the screen's fade-in (150 ms), however busy the machine
            if fade is None or not fade.property("running"):
                break
            settle(20)
        _images_loaded(engine, window)
        path = outdir / f"{name}.png"
        if not window.grabWindow().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
        print(path, flush=True)

    return shot


def _close(engine: Any) -> None:
    """Take the screens down while the services they bind to still live (left to the
    interpreter's exit, they went in any order and bindings read views already gone)."""
    engine.deleteLater()
    settle(50)  # runs the deferred deletion


def render_all(
    outdir: Path,
    size: tuple[int, int],
    content: Path,
    lang: str = "en",
    profile: str = "museum",
    query: str = "Katyn",
    text_scale: float = 1.0,
    theme: str = "default",
) -> int:
    _setup_offscreen()
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow

    from .main import Services, make_engine

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    from .access import TEXT_STEPS

    config = KioskConfig(fullscreen=False, profile=profile, default_language=lang, theme=theme)
    services = Services(content, config)
    services.access.setTextStep(TEXT_STEPS.index(round(text_scale * 100)))
    engine = make_engine(services)
    window = cast(QQuickWindow, engine.rootObjects()[0])
    window.resize(*size)
    nav = window.findChild(QObject, "navigator")
    written: list[Path] = []

    shot = _shooter(engine, window, outdir, written)

    if services.exhibit.status != "ok":
        shot("error")
    else:
        shot("attract")
        call(nav, "begin")
        shot("language")
        call(nav, "languageChosen", True)
        shot("home")
        call(nav, "chapters")
        shot("chapters")
        call(nav, "home")
        call(nav, "periodMap")
        shot("map")
        for chapter_id in services.exhibit.chapter_ids():
            call(nav, "home")
            call(nav, "chapters")
            call(nav, "chapter", chapter_id)
            if call(nav, "screenName") == "gateScreen":
                shot(f"warning-{chapter_id}")
                call(nav, "answerGate", "continue")
            shot(f"chapter-{chapter_id}")
        _shoot_image(services, engine, window, nav, shot)
        call(nav, "home")
        call(nav, "about")
        shot("about")
        call(nav, "support")
        shot("support")
        call(nav, "home")
        call(nav, "sources")
        shot("sources")
        call(nav, "page", "reading-guide")
        shot("reading-guide")
        first = services.exhibit.chapter_ids()[0] if services.exhibit.chapter_ids() else ""
        services.exhibit.openChapter(first)
        sections = services.exhibit.section_rows()
        if sections:
            section = sections[0]["sectionId"]
            call(nav, "sourcesOf", "section", section, sections[0]["title"])
            shot("section-sources")
            listed = services.sources.for_text("section", section)
            if listed:
                call(nav, "source", listed[0]["sourceId"])
                shot("source")
        disputed = _first_disputed(services)
        if disputed:
            call(nav, "figures", "section", disputed)
            shot("figures")
        events = services.exhibit.event_rows()
        if events:
            services.care.accept(events[0]["warnings"])
            call(nav, "event", events[0]["eventId"])
            shot("event")
        call(nav, "home")
        call(nav, "timeline")
        shot("timeline")
        flick = _find_item(window, "timelineFlick")
        if flick is not None:
            timeline = services.timeline
            for level, name in ((2, "timeline-decade"), (4, "timeline-year")):
                focus = timeline.scale().x(__import__("datetime").date(1941, 6, 22))
                timeline.zoomTo(level, focus, size[0] / 2)  # the screen follows, mirrored in Dari
                shot(name)
        call(nav, "home")
        call(nav, "search")
        search = _find_item(window, "searchField")
        if search is not None:
            search.setProperty("text", query)
            settle(300)
            shot("search")
        call(nav, "rest")
        shot("break")
        call(nav, "home")
        services.idle.set_timeouts(10, int(config.countdown * 1000))
        services.idle.set_armed(True)
        settle(100)
        shot("idle")
    _close(engine)
    del app
    print(f"{len(written)} screenshot(s) in {outdir}", file=sys.stderr)
    return 0


def render_keyboard(
    outdir: Path,
    size: tuple[int, int],
    content: Path,
    lang: str = "en",
    query: str = "Estonia",
    text_scale: float = 1.0,
    theme: str = "default",
) -> int:
    """Search on a kiosk with its on-screen keyboard up (#13), ``query`` typed:
    ``search-keyboard.png``. The exhibit runs as a kiosk (full screen, Qt Virtual
    Keyboard) on an offscreen screen of ``size``; both are chosen before Qt starts, so
    this runs in a process of its own (the command line's)."""
    import json
    import tempfile

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        raise OSError("the keyboard's screenshot needs a process of its own (Qt already runs)")
    screen = Path(tempfile.mkdtemp(prefix="kiosk-screen-")) / "screen.json"
    width, height = size
    shape = {"name": "kiosk", "x": 0, "y": 0, "width": width, "height": height}
    shape |= {"logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}
    screen.write_text(json.dumps({"screens": [shape]}), encoding="utf-8")
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    from PySide6.QtCore import QObject
    from PySide6.QtQuick import QQuickWindow

    from .access import TEXT_STEPS
    from .main import Services, make_engine

    app = QGuiApplication(sys.argv)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    config = KioskConfig(fullscreen=True, default_language=lang, theme=theme)
    services = Services(content, config)
    services.access.setTextStep(TEXT_STEPS.index(round(text_scale * 100)))
    engine = make_engine(services)
    window = cast(QQuickWindow, engine.rootObjects()[0])
    written: list[Path] = []
    shot = _shooter(engine, window, outdir, written)
    nav = window.findChild(QObject, "navigator")
    if services.exhibit.status != "ok":
        shot("error")
    else:
        call(nav, "begin")
        call(nav, "languageChosen", True)
        call(nav, "search")
        settle(300)
        field = _find_item(window, "searchField")
        if field is not None:
            field.forceActiveFocus()
            settle(300)
            field.setProperty("text", query)
            settle(600)  # the search runs shortly after typing stops
        if _find_item(window, "keyboard") is None:
            print("the on-screen keyboard did not open (is libpulse0 installed?)", file=sys.stderr)
        shot("search-keyboard")
    _close(engine)
    del app
    print(f"{len(written)} screenshot(s) in {outdir}", file=sys.stderr)
    return 0


def render_classroom(outdir: Path, size: tuple[int, int], content: Path, lang: str = "en") -> int:
    """Classroom mode (#17): the choice of paths, then each path's first stop, its
    discussion questions and its teacher's note, and the last stop."""
    _setup_offscreen()
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow

    from .main import Services, make_engine

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    config = KioskConfig(fullscreen=False, profile="classroom", default_language=lang)
    services = Services(content, config, classroom=True)
    engine = make_engine(services)
    window = cast(QQuickWindow, engine.rootObjects()[0])
    window.resize(*size)
    written: list[Path] = []

    shot = _shooter(engine, window, outdir, written)

    nav = window.findChild(QObject, "navigator")

    def past_gate(path_id: str) -> None:
        """A stop behind its chapter's warning: the warning, then the stop."""
        if call(nav, "screenName") == "gateScreen":
            shot(f"classroom-{path_id}-stop-{lesson.property('stopIndex') + 1}-warning")
            call(nav, "answerGate", "continue")

    lesson = services.classroom
    if services.exhibit.status != "ok":
        shot("error")
    else:
        shot("classroom-paths")
        for row in lesson.path_rows():
            path_id = str(row["pathId"])
            lesson.start(path_id)
            past_gate(path_id)
            shot(f"classroom-{path_id}-stop-1")
            lesson.toggleQuestions()
            shot(f"classroom-{path_id}-questions")
            lesson.toggleQuestions()
            if lesson.property("note"):
                lesson.toggleNote()
                shot(f"classroom-{path_id}-note")
                lesson.toggleNote()
            last = int(lesson.property("stopCount"))
            lesson.goTo(last - 1)
            past_gate(path_id)
            shot(f"classroom-{path_id}-stop-{last}")
            lesson.end()
    _close(engine)
    del app
    print(f"{len(written)} screenshot(s) in {outdir}", file=sys.stderr)
    return 0
