"""Finding and tapping the real QML items of a running exhibit, and walking its chapters
and events as a visitor does."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QEvent, QEventLoop, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlExpression
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from kiosk.content import text

# StackView creates screens without a QObject parent; PySide6 then treats a Python
# wrapper of one as the owner and deletes the screen when the wrapper is collected.
# Keeping the wrappers alive keeps the screens alive for as long as QML wants them.
_SCREENS: list[QQuickItem] = []


def settle(ms: int = 60) -> None:
    """Let the exhibit lay out, load images and draw for ``ms``, as its running event loop
    would. It waits for events rather than spinning over them: on a shared machine, and
    when the suite runs in parallel, a spinning wait takes the processor from the very
    work it waits for."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    # screens the stack let go of, as the running event loop deletes them
    QGuiApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# The window the test last looked at (``current_screen``, ``tap``, ``frame``), for the
# helpers that are handed an item only: asking an item for its window (``item.window()``)
# can leave PySide6 deleting the window when that wrapper goes (seen here).
_WINDOW: list[Any] = []


def next_frame() -> None:
    """A frame of the window the test last looked at (``frame``), or 20 ms without one."""
    if _WINDOW and shiboken6.isValid(_WINDOW[0]):
        frame(_WINDOW[0])
    else:
        settle(20)


def frame(window: Any, timeout_ms: int = 1000) -> None:
    """Return as soon as ``window`` has drawn a frame of what changed before the call: the
    scene polished (rows and columns place their items then), synchronised and drawn, as
    a visitor would see it. A fixed wait (``settle``) waits its whole time however soon
    the frame comes (a frame or two: a few milliseconds offscreen); this returns with it.
    A window that draws nothing (closed, never shown) is given ``timeout_ms``."""
    _WINDOW[:] = [window]
    loop = QEventLoop()
    window.frameSwapped.connect(loop.quit)  # the connection goes with the loop
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    window.update()  # a frame even where nothing asked for one
    loop.exec()
    # screens the stack let go of, as the running event loop deletes them
    QGuiApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def frames(window: Any, count: int = 2) -> None:
    """``count`` frames one after the other: what a change starts in one frame (a list
    makes its delegates, Qt.callLater, a column places what a text rewrapped) is drawn
    in the next."""
    for _ in range(count):
        frame(window)


def until(
    window: Any, ready: Callable[[], object], timeout_ms: int = 5000, strict: bool = True
) -> None:
    """Frame by frame until ``ready()`` (a timer ran out, a part made in the background
    arrived): as soon as it is true, and no longer than ``timeout_ms`` (after which it
    fails, unless not ``strict``: then the caller judges what it finds)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not ready():
        if deadline.hasExpired():
            assert not strict, f"not ready within {timeout_ms} ms: {ready}"
            return
        frame(window)


def drawn(window: Any, timeout_ms: int = 5000) -> None:
    """Wait until the screen on top has drawn: a frame or two, then every image on it
    decoded (they load in the background, and a late one may move what is beside it)."""
    frames(window)
    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        screen = current_screen(window)
        if not any(  # (PySide6 cannot read an Image's status enum: its progress, then)
            i.inherits("QQuickImage")
            and i.property("source").toString()
            and i.property("progress") < 1.0
            for i in items(screen)
        ):
            break
        settle(10)  # a decode on the image threads: no frame tells of it
    frames(window)


def current_screen(window: Any) -> QQuickItem:
    """The screen on top of the stack (the only visible one)."""
    _WINDOW[:] = [window]
    stack = window.findChild(QQuickItem, "stack")
    screens = [i for i in stack.childItems() if i.isVisible() and i.objectName().endswith("Screen")]
    assert len(screens) == 1, [i.objectName() for i in screens]
    _SCREENS.append(screens[0])
    return screens[0]


def find(root: QQuickItem, name: str, timeout_ms: int = 3000) -> QQuickItem:
    """The visible item called ``name`` under ``root`` (the current screen by default).
    A list makes its delegates a frame or two after it moved, later on a busy machine:
    wait for it up to ``timeout_ms``."""
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        hits = [i for i in items(root) if i.objectName() == name]
        if hits or deadline.hasExpired():
            break
        next_frame()  # the list makes its delegates for the next frame
    assert hits, f"no visible item named {name!r}"
    return hits[0]


def tap(window: Any, item: QQuickItem, timeout_ms: int = 3000, still: bool = True) -> None:
    """Press and release at the centre of ``item`` as a visitor's finger would, once it
    is on screen and stands still (a list scrolled a moment ago may still be laying out);
    ``still=False`` presses where it is at once, for a test of a tap on a moving item."""

    def centre() -> QPoint:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def on_screen() -> bool:
        at = centre()
        return 0 <= at.x() < window.width() and 0 <= at.y() < window.height()

    # where the item stands in a drawn frame, and still stands in the next one (a list
    # that moved lays its delegates out again; a busy machine draws later)
    deadline = QDeadlineTimer(timeout_ms)
    at = centre()
    while not deadline.hasExpired():
        if not still and on_screen():
            break
        frame(window)
        now = centre()
        if now == at and on_screen():
            break
        at = now
    assert on_screen(), f"{item.objectName() or item} is off screen at {at}"
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(window, button, none, at)
    # a finger rests on the glass for a frame (never long enough to be a long press)
    frame(window, timeout_ms=100)
    QTest.mouseRelease(window, button, none, at)
    frames(window)  # what the tap changed (a screen pushed, a list moved) is drawn


def tap_name(window: Any, name: str) -> None:
    tap(window, find(current_screen(window), name))


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every visible item under ``root``, depth first."""
    for child in root.childItems():
        if child.isVisible() and child.opacity() > 0:
            yield child
            yield from items(child)


def every_item(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root``, shown or not (a part still loading is hidden)."""
    for child in root.childItems():
        yield child
        yield from every_item(child)


def texts(root: QQuickItem) -> list[str]:
    return [
        str(i.property("text"))
        for i in items(root)
        if i.inherits("QQuickText") and i.property("text")
    ]


def is_tappable(item: QQuickItem) -> bool:
    if item.inherits("QQuickAbstractButton"):
        return item.isEnabled()
    return any(c.inherits("QQuickTapHandler") and c.property("enabled") for c in item.children())


def tappables(root: QQuickItem) -> list[QQuickItem]:
    return [i for i in items(root) if is_tappable(i)]


def qml(engine: Any, item: QQuickItem, expression: str) -> Any:
    """Evaluate a QML expression with ``item`` as its scope (its methods, enums as ints)."""
    expr = QQmlExpression(engine.rootContext(), item, expression)
    value, _undefined = expr.evaluate()
    assert not expr.hasError(), expr.error().toString()
    return value


def scroll_into_view(flickable: QQuickItem, item: QQuickItem, margin: float = 40) -> None:
    """Move a Flickable or ListView so that ``item`` sits near the top of its view."""
    content = flickable.property("contentItem")
    y = item.mapToItem(content, QPointF(0, 0)).y()
    flickable.setProperty("contentY", y - margin)
    next_frame()


def point(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


# -- a visitor's walk -----------------------------------------------------------


def snippets(db: Path, field: str) -> dict[str, str]:
    """A recognisable piece (before any figure) of every English section text of a field."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, text FROM sections_text WHERE field = ? AND lang = 'en'", (field,)
    ).fetchall()
    conn.close()
    return {
        i: text.FIG_REF.split(t)[0][:50] for i, t in rows if len(text.FIG_REF.split(t)[0]) >= 20
    }


def tags(db: Path, table: str, layer: str = "main") -> dict[str, set[str]]:
    """The warning tags of every chapter, section or event, read from the database itself
    (``table`` is chapter, section or event)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out: dict[str, set[str]] = {}
    for ident, tag in conn.execute(
        f"SELECT {table}_id, warning_id FROM {table}_warnings WHERE layer = ?", (layer,)
    ):
        out.setdefault(ident, set()).add(tag)
    conn.close()
    return out


def phrases(db: Path) -> dict[str, str]:
    """What a gate says each tag concerns, in English."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, text FROM warnings_text WHERE field = 'phrase' AND lang = 'en'"
    ).fetchall()
    conn.close()
    return dict(rows)


def visible_text(window: Any) -> str:
    return "\n".join(texts(current_screen(window)))


def visible_images(ex: Any) -> set[tuple[str, str]]:
    """(media id, variant) of every exhibit image drawn on the current screen."""
    names = ex.services.exhibit.repository.media_names()
    by_checksum = {digest: media_id for media_id, (digest, _) in names.items()}
    out = set()
    for item in items(current_screen(ex.window)):
        if item.inherits("QQuickImage"):
            url = item.property("source").toString()
            if "/kiosk-media-" in url:  # <checksum>-<variant>.<suffix>
                digest, variant = url.rsplit("/", 1)[-1].split(".")[0].rsplit("-", 1)
                out.add((by_checksum[digest], variant))
    return out


# the copies of an image that show it sharp (an image's smaller copy too); "blur" does not
SHARP = ("display", "card")


def sharp_warned(ex: Any, seen: set[tuple[str, str]]) -> set[str]:
    """Warned images drawn sharp: the visitor never tapped Show in these walks."""
    media_tags = ex.services.exhibit.repository.media_tags()
    return {m for m, variant in seen if variant in SHARP and media_tags.get(m)}


def open_from_card(ex: Any, chapter_id: str, index: int) -> None:
    call(ex.nav, "home")
    call(ex.nav, "chapters")
    frames(ex.window)
    grid = find(current_screen(ex.window), "chapterGrid")
    qml(ex.engine, grid, f"positionViewAtIndex({index}, 0)")  # GridView.Beginning
    frames(ex.window)
    tap_name(ex.window, f"chapterCard_{chapter_id}")


def walk_sections(ex: Any, images: set[tuple[str, str]]) -> list[str]:
    """Scroll the chapter through every section; return the text seen at each stop (and
    add the images drawn to ``images``)."""
    lst = find(current_screen(ex.window), "chapterList")
    seen = [visible_text(ex.window)]
    images |= visible_images(ex)
    for i in range(qml(ex.engine, lst, "count")):
        qml(ex.engine, lst, f"positionViewAtIndex({i}, 0)")  # ListView.Beginning
        frame(ex.window)
        seen.append(visible_text(ex.window))
        images |= visible_images(ex)
        section = current_screen(ex.window)
        names = [x.objectName() for x in items(section) if x.objectName().startswith("image_")]
        for name in dict.fromkeys(names):
            # found again each time: scrolling to one image may recycle another's delegate
            figures = [x for x in items(current_screen(ex.window)) if x.objectName() == name]
            if not figures:
                continue
            scroll_into_view(lst, figures[0])  # each image in full view, as a visitor sees it
            images |= visible_images(ex)
            seen.append(visible_text(ex.window))
        qml(ex.engine, lst, f"positionViewAtIndex({i}, 0)")
    qml(ex.engine, lst, "positionViewAtEnd()")
    frame(ex.window)
    seen.append(visible_text(ex.window))
    images |= visible_images(ex)
    return seen


def open_event(ex: Any, event_id: str) -> None:
    """Tap an event in the chapter's list of dates, once the chapter has drawn its
    pictures: one decoded late (a busy machine) changes the height of what holds it, and
    the chapter then moves its text back to the top, away from the finger."""
    drawn(ex.window)
    screen = current_screen(ex.window)
    item = find(screen, f"eventRow_{event_id}")
    dates = find(screen, "chapterEvents").property("item")
    scroll_into_view(
        dates if dates.inherits("QQuickFlickable") else find(screen, "chapterList"), item
    )
    tap(ex.window, item)


def read_event(ex: Any, images: set[tuple[str, str]]) -> str:
    """The text of the event card, every image on it scrolled into view."""
    flick = find(current_screen(ex.window), "eventFlick")
    images |= visible_images(ex)
    for figure in [
        x for x in items(current_screen(ex.window)) if x.objectName().startswith("image_")
    ]:
        scroll_into_view(flick, figure)
        images |= visible_images(ex)
    return visible_text(ex.window)
