"""The QML module's type information, generated from the Python types registered with QML.

``kiosk/qml/Kiosk/kiosk.qmltypes`` tells ``pyside6-qmllint`` (and the QML language server)
every property, signal, slot and enum of the singletons and view models, read from their
QMetaObjects. After changing a registered class::

    python -m kiosk.app.qmltypes            # rewrite the file
    python -m kiosk.app.qmltypes --check    # exit 1 when the file is out of date
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Property, QMetaMethod, QMetaObject, QObject

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from .models import OBJECT_TYPES

APP_DIR = Path(__file__).resolve().parent
PACKAGE_ROOT = APP_DIR.parent.parent
QMLTYPES = APP_DIR.parent / "qml" / QML_IMPORT_NAME / "kiosk.qmltypes"

# the decorators that register a class with QML, and those that make it a singleton
_REGISTERING = {"QmlElement", "QmlNamedElement", "QmlUncreatable", "QmlSingleton"}

HEADER = """import QtQuick.tooling 1.2

// The Python types of the QML module {uri}, for QML tooling (qmllint, qmlls) only.
// Generated from their QMetaObjects by: python -m kiosk.app.qmltypes
// Do not edit; a test fails when this file is out of date.
"""


class QmlTypesError(Exception):
    """A registered class the type information cannot describe."""


@dataclass(frozen=True)
class Registered:
    cls: type[QObject]
    singleton: bool
    creatable: bool


def registered_classes(app_dir: Path = APP_DIR) -> list[Registered]:
    """Every class of ``kiosk.app`` decorated with @QmlElement, in name order.

    The decorators are read from the source, as written, and each class is then
    imported: its QMetaObject is what QML sees.
    """
    found = []
    for path in sorted(app_dir.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            names = {_decorator_name(d) for d in node.decorator_list}
            if "QmlElement" not in names:
                continue
            module = importlib.import_module(f"kiosk.app.{path.stem}")
            cls = getattr(module, node.name)
            singleton = "QmlSingleton" in names
            creatable = not singleton and "QmlUncreatable" not in names
            found.append(Registered(cls, singleton, creatable))
    return sorted(found, key=lambda r: r.cls.__name__)


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _is_ours(cls: type) -> bool:
    return cls.__module__.startswith("kiosk.")


def _base(cls: type[QObject]) -> type[QObject] | None:
    """The nearest base class of ours with a QMetaObject (None: a Qt class)."""
    for base in cls.__mro__[1:]:
        if issubclass(base, QObject):
            return base if _is_ours(base) else None
    return None


def _property_object(cls: type[QObject], name: str) -> Property | None:
    for klass in cls.__mro__:
        value = vars(klass).get(name)
        if isinstance(value, Property):
            return value
    return None


# C++ type names in a QMetaObject → the names QML tooling uses
_TYPES = {"QVariantList": "QVariantList", "QVariantMap": "QVariantMap", "double": "double"}


def _type(type_name: str) -> tuple[str, bool]:
    """The tooling name of a C++ type, and whether it is a pointer."""
    if type_name.endswith("*"):
        return type_name[:-1], True
    return _TYPES.get(type_name, type_name), False


def _meta(cls: type[QObject]) -> QMetaObject:
    return cast(QMetaObject, cast(Any, cls).staticMetaObject)


def _text(value: object) -> str:
    """A name from a QMetaObject (str, bytes or QByteArray, depending on the call)."""
    if isinstance(value, str):
        return value
    if hasattr(value, "data"):
        value = value.data()
    return bytes(cast(bytes, value)).decode()


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _parameter_names(cls: type[QObject], method: QMetaMethod) -> list[str]:
    count = method.parameterCount()
    names = [_text(n) for n in method.parameterNames()]
    if all(names) and len(names) == count:
        return names
    func = getattr(cls, _text(method.name()), None)
    if callable(func) and method.methodType() == QMetaMethod.MethodType.Slot:
        params = list(inspect.signature(func).parameters)[1:]  # without self
        if len(params) == count:
            return params
    return [f"arg{i}" for i in range(count)]


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def open(self, name: str) -> None:
        self.line(name + " {")
        self.depth += 1

    def close(self) -> None:
        self.depth -= 1
        self.line("}")

    def fields(self, name: str, pairs: list[tuple[str, str]]) -> None:
        """``Name { a: 1; b: 2 }`` on one line."""
        self.line(f"{name} {{ " + "; ".join(f"{k}: {v}" for k, v in pairs) + " }")


def _components(registered: list[Registered]) -> Iterator[tuple[type[QObject], Registered | None]]:
    """The registered classes, then every class of ours they need described: their
    bases and the types of their object properties (unexported), each once."""
    seen: set[type[QObject]] = set()
    queue: list[tuple[type[QObject], Registered | None]] = [(r.cls, r) for r in registered]
    while queue:
        cls, reg = queue.pop(0)
        if cls in seen:
            continue
        seen.add(cls)
        yield cls, reg
        base = _base(cls)
        if base is not None:
            queue.append((base, None))
        mo = _meta(cls)
        for i in range(mo.propertyOffset(), mo.propertyCount()):
            prop = _property_object(cls, _text(mo.property(i).name()))
            kind = OBJECT_TYPES.get(prop) if prop is not None else None
            if kind is not None:
                queue.append((kind, None))


def _describe(w: _Writer, cls: type[QObject], reg: Registered | None) -> None:
    mo = _meta(cls)
    if _text(mo.className()) != cls.__name__:
        raise QmlTypesError(f"{cls.__name__}: its QMetaObject is named {_text(mo.className())}")
    super_mo = mo.superClass()
    w.open("Component")
    w.line(f"file: {_quote(Path(inspect.getfile(cls)).relative_to(PACKAGE_ROOT).as_posix())}")
    w.line(f"name: {_quote(cls.__name__)}")
    w.line('accessSemantics: "reference"')
    w.line(f"prototype: {_quote(_text(super_mo.className()))}")
    if reg is not None:
        version = f"{QML_IMPORT_MAJOR_VERSION}.0"
        w.line(f"exports: [{_quote(f'{QML_IMPORT_NAME}/{cls.__name__} {version}')}]")
        if not reg.creatable:
            w.line("isCreatable: false")
        if reg.singleton:
            w.line("isSingleton: true")
        w.line(f"exportMetaObjectRevisions: [{QML_IMPORT_MAJOR_VERSION << 8}]")
    else:
        w.line("isCreatable: false")
    for i in range(mo.enumeratorOffset(), mo.enumeratorCount()):
        enum = mo.enumerator(i)
        values = ", ".join(_quote(_text(enum.key(k))) for k in range(enum.keyCount()))
        w.open("Enum")
        w.line(f"name: {_quote(_text(enum.name()))}")
        if enum.isScoped():
            w.line("isScoped: true")
        w.line(f"values: [{values}]")
        w.close()
    for index, i in enumerate(range(mo.propertyOffset(), mo.propertyCount())):
        meta = mo.property(i)
        name = _text(meta.name())
        type_name, pointer = _type(_text(meta.typeName()))
        prop = _property_object(cls, name)
        kind = OBJECT_TYPES.get(prop) if prop is not None else None
        if kind is not None:
            type_name = kind.__name__
        pairs = [("name", _quote(name)), ("type", _quote(type_name))]
        if pointer:
            pairs.append(("isPointer", "true"))
        pairs.append(("read", _quote(name)))
        if meta.isWritable():
            pairs.append(("write", _quote("set" + name[0].upper() + name[1:])))
        if meta.hasNotifySignal():
            pairs.append(("notify", _quote(_text(meta.notifySignal().name()))))
        pairs.append(("index", str(index)))
        if not meta.isWritable():
            pairs.append(("isReadonly", "true"))
        if meta.isConstant():
            pairs.append(("isPropertyConstant", "true"))
        w.fields("Property", pairs)
    for i in range(mo.methodOffset(), mo.methodCount()):
        method = mo.method(i)
        kind_name = {
            QMetaMethod.MethodType.Signal: "Signal",
            QMetaMethod.MethodType.Slot: "Method",
            QMetaMethod.MethodType.Method: "Method",
        }.get(method.methodType())
        if kind_name is None or method.access() != QMetaMethod.Access.Public:
            continue
        name = _text(method.name())
        returns = _text(method.typeName())
        params = list(
            zip(
                _parameter_names(cls, method),
                [_text(t) for t in method.parameterTypes()],
                strict=True,
            )
        )
        head = [("name", _quote(name))]
        if kind_name == "Method" and returns and returns != "void":
            type_name, pointer = _type(returns)
            head.append(("type", _quote(type_name)))
            if pointer:
                head.append(("isPointer", "true"))
        if not params:
            w.fields(kind_name, head)
            continue
        w.open(kind_name)
        for key, value in head:
            w.line(f"{key}: {value}")
        for pname, ptype in params:
            type_name, pointer = _type(ptype)
            pairs = [("name", _quote(pname)), ("type", _quote(type_name))]
            if pointer:
                pairs.append(("isPointer", "true"))
            w.fields("Parameter", pairs)
        w.close()
    w.close()


def render(registered: list[Registered] | None = None) -> str:
    """The text of the .qmltypes file for the registered classes."""
    registered = registered_classes() if registered is None else registered
    w = _Writer()
    for line in HEADER.format(uri=QML_IMPORT_NAME).splitlines():
        w.line(line)
    w.open("Module")
    for cls, reg in sorted(_components(registered), key=lambda c: c[0].__name__):
        _describe(w, cls, reg)
    w.close()
    return "\n".join(w.lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.app.qmltypes",
        description=f"Write {QMLTYPES.name}, the QML module's type information, from the "
        "Python types registered with QML.",
        epilog="Exit status: 0 written (or current), 1 out of date (--check).",
    )
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    parser.add_argument("--out", type=Path, default=QMLTYPES, help="where to write it")
    args = parser.parse_args(argv)
    text = render()
    current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if args.check:
        if text != current:
            print(f"{args.out.name} is out of date: run python -m kiosk.app.qmltypes")
            return 1
        return 0
    if text != current:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
