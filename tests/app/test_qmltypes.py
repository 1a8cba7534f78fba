"""The QML module's type information: current with the Python types, and complete."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QEnum, QObject, Signal, Slot
from PySide6.QtQml import qmlTypeId

import kiosk.app
import kiosk.app.main  # registers every Python type QML can use
from kiosk.app import QML_IMPORT_NAME, qmltypes
from kiosk.app.main import QML_DIR, QML_IMPORT_PATH
from kiosk.app.models import RowModel, object_property


def test_committed_typeinfo_is_current_with_the_python_types() -> None:
    assert qmltypes.QMLTYPES.read_text(encoding="utf-8") == qmltypes.render(), (
        "kiosk.qmltypes is out of date: run python -m kiosk.app.qmltypes"
    )


def _exports(text: str) -> dict[str, bool]:
    """Exported type name → is it a singleton, from a .qmltypes text."""
    out = {}
    for block in text.split("Component {")[1:]:
        found = re.search(rf'exports: \["{QML_IMPORT_NAME}/(\w+) ', block)
        if found:
            out[found.group(1)] = "isSingleton: true" in block.split("Property {")[0]
    return out


def _python_classes() -> set[str]:
    """The names of the QObject classes defined in kiosk.app."""
    names = set()
    for path in Path(kiosk.app.__file__).parent.glob("*.py"):
        module = importlib.import_module(f"kiosk.app.{path.stem}")
        names |= {
            name
            for name, obj in vars(module).items()
            if isinstance(obj, type) and issubclass(obj, QObject)
            and obj.__module__ == module.__name__
        }  # fmt: skip
    return names


def test_every_python_type_the_screens_use_is_described() -> None:
    exported = _exports(qmltypes.QMLTYPES.read_text(encoding="utf-8"))
    python = _python_classes()
    as_singleton: set[str] = set()
    as_element: set[str] = set()
    for path in QML_DIR.rglob("*.qml"):
        source = path.read_text(encoding="utf-8")
        as_singleton |= set(re.findall(r"(?<![\w.])([A-Z]\w+)\s*\.", source)) & python
        as_singleton |= set(re.findall(r"target:\s*([A-Z]\w+)\s*$", source, re.M)) & python
        as_element |= set(re.findall(r"(?<![\w.])([A-Z]\w+)\s*\{", source)) & python
    assert as_singleton == {
        "Exhibit", "Care", "Timeline", "Idle", "Admin", "Opening", "Stats", "Classroom",
        "Access", "Speech",
    }  # fmt: skip
    assert as_element >= {"GateView", "SearchView", "AttractView"}
    assert {n: exported.get(n) for n in as_singleton} == dict.fromkeys(as_singleton, True)
    assert {n: exported.get(n) for n in as_element} == dict.fromkeys(as_element, False)


def test_nothing_is_registered_that_qml_does_not_use(qapp: Any) -> None:
    # the view models read Sources; no screen does
    assert qmlTypeId(QML_IMPORT_NAME, 1, 0, "Sources") == -1
    assert "Sources" not in _exports(qmltypes.QMLTYPES.read_text(encoding="utf-8"))


class _Rows(RowModel):
    ROLES = ("title",)


class _Sample(QObject):
    @QEnum
    class Mode(Enum):
        Open = 0
        Hidden = 1

    changed = Signal()
    picked = Signal(str, arguments=["choice"])

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = _Rows(self)
        self._query = ""

    @Slot(str, int, result=bool)
    def choose(self, choice: str, times: int) -> bool:
        return bool(choice and times)

    title = Property(str, lambda s: "", notify=changed)
    query = Property(str, lambda s: s._query, lambda s, v: setattr(s, "_query", v), notify=changed)
    limit = Property(int, lambda s: 3, constant=True)
    rows = object_property(_Rows, lambda s: s._rows)


def test_typeinfo_describes_properties_signals_slots_and_enums() -> None:
    text = qmltypes.render([qmltypes.Registered(_Sample, singleton=True, creatable=False)])
    sample = text.split('name: "_Sample"')[1].split('name: "_Rows"')[0]
    assert f'exports: ["{QML_IMPORT_NAME}/_Sample 1.0"]' in sample
    assert "isCreatable: false" in sample and "isSingleton: true" in sample
    assert 'values: ["Open", "Hidden"]' in sample
    assert (
        'Property { name: "title"; type: "QString"; read: "title"; notify: "changed"; '
        "index: 0; isReadonly: true }" in sample
    )
    assert 'name: "query"; type: "QString"; read: "query"; write: "setQuery"' in sample
    assert 'name: "limit"; type: "int"' in sample and "isPropertyConstant: true" in sample
    # a model property names the model, so `rows.count` is checked too
    assert 'name: "rows"; type: "_Rows"; isPointer: true' in sample
    assert 'Parameter { name: "choice"; type: "QString" }' in sample
    assert 'name: "choose"\n' in sample and 'type: "bool"' in sample
    assert 'Parameter { name: "times"; type: "int" }' in sample
    # the model and its base are described (not exported), down to Qt's own class
    assert 'prototype: "RowModel"' in text and 'prototype: "QAbstractListModel"' in text
    assert 'Property { name: "count"; type: "int"' in text


def test_qmllint_reports_a_binding_to_a_member_the_python_type_lacks(tmp_path: Path) -> None:
    qml = tmp_path / "Probe.qml"
    qml.write_text(
        "import QtQuick\nimport Kiosk\n\nItem {\n"
        "    property string a: Exhibit.language\n"
        "    property string b: Exhibit.languageName\n}\n",
        encoding="utf-8",
    )
    qmllint = Path(sys.executable).with_name("pyside6-qmllint")
    done = subprocess.run(
        [str(qmllint), "-I", str(QML_IMPORT_PATH), str(qml)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    out = done.stdout + done.stderr
    assert 'Member "languageName" not found on type "Exhibit"' in out
    assert out.count("Warning:") == 1, out  # Exhibit.language is known
