"""Finding and tapping the real QML items of a running exhibit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQml import QQmlExpression
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app.screenshots import settle

# StackView creates screens without a QObject parent; PySide6 then treats a Python
# wrapper of one as the owner and deletes the screen when the wrapper is collected.
# Keeping the wrappers alive keeps the screens alive for as long as QML wants them.
_SCREENS: list[QQuickItem] = []


def current_screen(window: Any) -> QQuickItem:
    """The screen on top of the stack (the only visible one)."""
    stack = window.findChild(QQuickItem, "stack")
    screens = [i for i in stack.childItems() if i.isVisible() and i.objectName().endswith("Screen")]
    assert len(screens) == 1, [i.objectName() for i in screens]
    _SCREENS.append(screens[0])
    return screens[0]


def find(root: QQuickItem, name: str) -> QQuickItem:
    """The visible item called ``name`` under ``root`` (the current screen by default)."""
    hits = [i for i in items(root) if i.objectName() == name]
    assert hits, f"no visible item named {name!r}"
    return hits[0]


def tap(window: Any, item: QQuickItem) -> None:
    """Press and release at the centre of ``item`` as a visitor's finger would."""
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(window, button, none, centre)
    settle(40)  # a finger rests on the glass for a moment
    QTest.mouseRelease(window, button, none, centre)
    settle(30)


def tap_name(window: Any, name: str) -> None:
    tap(window, find(current_screen(window), name))


def items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every visible item under ``root``, depth first."""
    for child in root.childItems():
        if child.isVisible() and child.opacity() > 0:
            yield child
            yield from items(child)


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
    settle(20)


def point(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
