"""The studio's editing model: a content folder open for editing, without Qt.

A ``Project`` holds every YAML source as a ``YamlDoc`` and, as a language is needed,
its PO files as ``PoDoc``s. Every change is a ``Command`` that keeps the texts of the
files it touched before and after, so undo and redo restore them exactly. ``save``
writes the files that changed, each to a temporary file renamed over the old one.
One studio at a time: a lock file beside the folder refuses a second.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import dates, text
from ..translations import COMMON, FOLDER
from . import fields as f
from .podoc import Entry, PoDoc, PoError, status
from .yamledit import EditError, YamlDoc

LIST_FOLDERS = ("sources", "glossary", "notes")
LIST_FILES = ("pages.yaml", "media.yaml")
GROUPS = {
    "sources": "source",
    "glossary": "glossary",
    "notes": "note",
    "pages.yaml": "page",
    "media.yaml": "media",
}
MAX_UNDO = 500


class StudioError(Exception):
    """Something the curator can fix: said in words, shown in the window."""


class LockedError(StudioError):
    """The folder is open in another studio."""


@dataclass(frozen=True)
class Item:
    """One editable thing: a chapter, section, event, figure, source, term, page, image
    or note, and where it lives (file and path inside it)."""

    kind: str
    id: str
    file: str
    path: tuple[str | int, ...]
    parent: str | None = None
    label: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass
class TreeNode:
    label: str
    key: str | None = None  # an item's key; None for a heading
    children: list[TreeNode] = field(default_factory=list)


@dataclass(frozen=True)
class TextField:
    """A visitor text of an item as the PO files key it."""

    key: str  # msgctxt: "sections:poland-1939-invasion:title"
    field: str  # the form's field: title, body, sides, estimates
    label: str
    english: str
    group: str  # the PO file's stem


@dataclass(frozen=True)
class Translated:
    text: str
    status: str  # missing | draft | reviewed | outdated
    previous: str | None = None  # the English it was translated from, when changed


@dataclass
class Command:
    """One undoable edit: the text of each file it touched, before and after."""

    label: str
    target: tuple[str, str, str]  # (item key, field, language); merges typing
    changes: dict[str, tuple[str, str]]


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def lock_path(root: Path) -> Path:
    """Beside the folder, not in it: the folder's files are the content's version."""
    return root.parent / f".{root.name}.studio-lock"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def take_lock(root: Path) -> Path:
    """Create the lock file; raise LockedError if a running studio holds it."""
    path = lock_path(root)
    me = {"pid": os.getpid(), "host": socket.gethostname(), "since": _now()}
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                held = json.loads(path.read_text(encoding="utf-8"))
                pid, host, since = int(held["pid"]), str(held["host"]), str(held["since"])
            except (OSError, ValueError, KeyError, TypeError):
                path.unlink(missing_ok=True)  # unreadable: left by a crash while writing
                continue
            if host == me["host"] and not _alive(pid):
                path.unlink(missing_ok=True)  # that studio ended without closing
                continue
            raise LockedError(
                f"{root} is already open in another studio (process {pid} on {host}, "
                f"since {since}). Close that studio first: two studios would overwrite "
                f"each other's edits. If it is no longer running, delete {path}."
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me, fh)
        return path
    raise LockedError(f"cannot take the studio lock {path}")


def write_atomic(path: Path, data: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.studio-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StudioError(f"{path.name} is not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise StudioError(f"cannot read {path}: {exc.strerror}") from exc


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def to_form(value: Any) -> Any:
    """A stored value as the form shows it (text with its paragraphs, as visitors see)."""
    if isinstance(value, str):
        return text.normalize(value)
    return value


def to_source(value: str) -> str:
    """Form text as stored: paragraphs one blank line apart in a folded block."""
    return "\n".join(text.normalize(value).split("\n\n"))


@functools.lru_cache(maxsize=512)
def _date_reading(value: str) -> str:
    # parsing EDTF takes a tenth of a second: each value once
    if not value:
        return ""
    try:
        d = dates.parse(value)
        dates.check_range(d)
    except dates.DateError as exc:
        return f"not a date the exhibit can show: {exc}"
    return dates.label(d)


class Project:
    """A content folder open in the studio.

    Attributes:
        root: the content folder (assets/content).
        docs: every YAML source by its path under ``root``.
        listeners: called with no argument after every change, undo, redo and save.
    """

    def __init__(self, root: Path, lock: bool = True) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir() or not (self.root / "languages.yaml").exists():
            raise StudioError(f"{root} is not a content folder (no languages.yaml in it)")
        self._lock = take_lock(self.root) if lock else None
        self.docs: dict[str, YamlDoc] = {}
        self._po: dict[str, PoDoc] = {}
        self._saved: dict[str, str] = {}
        try:
            for path in sorted(self.root.rglob("*.yaml")):
                rel = path.relative_to(self.root).as_posix()
                if rel.startswith(FOLDER + "/"):
                    continue  # term lists: not edited here
                t = _read(path)
                try:
                    self.docs[rel] = YamlDoc(t)
                except Exception as exc:  # a YAML error: say where
                    raise StudioError(f"{rel} cannot be read: {exc}") from exc
                self._saved[rel] = t
        except BaseException:
            self.close()
            raise
        self.undo_stack: list[Command] = []
        self.redo_stack: list[Command] = []
        self.listeners: list[Callable[[], None]] = []
        self._index()

    def close(self) -> None:
        if self._lock is not None:
            self._lock.unlink(missing_ok=True)
            self._lock = None

    # -- items -----------------------------------------------------------------------

    def _index(self) -> None:
        items: dict[str, Item] = {}
        for rel, doc in self.docs.items():
            data = doc.data
            if rel.startswith("chapters/") and isinstance(data, dict):
                ch = Item("chapter", str(data.get("id")), rel, (), None, str(data.get("title")))
                items[ch.key] = ch
                for part, kind, name in (
                    ("sections", "section", "title"),
                    ("events", "event", "title"),
                    ("figures", "figure", "counted"),
                ):
                    for i, d in enumerate(data.get(part) or []):
                        if isinstance(d, dict) and d.get("id"):
                            it = Item(
                                kind,
                                str(d["id"]),
                                rel,
                                (part, i),
                                ch.key,
                                str(d.get(name, d["id"])),
                            )
                            items.setdefault(it.key, it)
                continue
            top = rel.split("/")[0] if "/" in rel else rel
            group = GROUPS.get(top)
            if group is None or not isinstance(data, list):
                continue
            for i, d in enumerate(data):
                if isinstance(d, dict) and d.get("id"):
                    label = d.get("title") or d.get("term") or d.get("caption") or d.get("note")
                    it = Item(group, str(d["id"]), rel, (i,), None, str(label or d["id"]))
                    items.setdefault(it.key, it)
        self.items = items

    def item(self, key: str) -> Item:
        try:
            return self.items[key]
        except KeyError:
            raise StudioError(f"there is no {key.replace(':', ' ')} in the content") from None

    def tree(self, search: str = "") -> list[TreeNode]:
        """Chapters with their sections, events and figures; then sources, glossary,
        pages, images and notes. ``search`` keeps items whose id or label holds it."""
        needle = search.casefold().strip()

        def hit(it: Item) -> bool:
            return not needle or needle in it.id.casefold() or needle in it.label.casefold()

        chapters = sorted(
            (it for it in self.items.values() if it.kind == "chapter"),
            key=lambda it: (self.docs[it.file].get(("order",), 0), it.id),
        )
        nodes = []
        for ch in chapters:
            kids = [
                TreeNode(f"{it.kind.title()}: {it.label}", it.key)
                for it in self.items.values()
                if it.parent == ch.key and hit(it)
            ]
            if kids or hit(ch):
                nodes.append(TreeNode(ch.label, ch.key, kids))
        out = [TreeNode("Chapters", None, nodes)]
        for kind, heading in (
            ("source", "Sources"),
            ("glossary", "Glossary"),
            ("page", "Pages"),
            ("media", "Images"),
            ("note", "Notes"),
        ):
            kids = [
                TreeNode(it.label, it.key)
                for it in self.items.values()
                if it.kind == kind and hit(it)
            ]
            out.append(TreeNode(heading, None, kids))
        return out

    def languages(self) -> list[tuple[str, str]]:
        data = self.docs["languages.yaml"].data or []
        return [(str(d.get("code")), str(d.get("name"))) for d in data if isinstance(d, dict)]

    # -- fields ----------------------------------------------------------------------

    def fields(self, key: str) -> tuple[f.Field, ...]:
        return f.FIELDS[self.item(key).kind]

    def value(self, key: str, name: str) -> Any:
        it = self.item(key)
        return to_form(self.docs[it.file].get((*it.path, name)))

    def set_value(self, key: str, name: str, value: Any, merge: bool = False) -> bool:
        """Set a field from the form; False if it already holds that value.

        Text is stored as folded paragraphs; an empty optional field is removed."""
        it = self.item(key)
        spec = f.field(it.kind, name)
        if spec.readonly:
            raise StudioError(f"{spec.label} cannot be changed here")
        doc = self.docs[it.file]
        path = (*it.path, name)
        old = doc.get(path)
        if isinstance(value, str):
            value = to_source(value) if spec.kind == "text" else value.strip()
        if spec.kind in ("ids", "tags") and isinstance(value, list):
            value = [str(v) for v in value]
        if (to_form(old) == to_form(value)) or (old is None and value in ("", [], None, False)):
            return False
        empty = value in ("", [], None) or (value is False and spec.kind == "bool")
        label = f"Change {spec.label.lower()} of {it.id}"

        def edit() -> None:
            if empty and not spec.required and old is not None:
                doc.remove(path)
            else:
                doc.set(path, value)

        self._do(label, (key, name, ""), edit, merge)
        return True

    def set_side(self, key: str, index: int, name: str, value: Any, merge: bool = False) -> bool:
        """Change one side of a perspective section: its ``text`` or its ``sources``."""
        it = self.item(key)
        doc = self.docs[it.file]
        path = (*it.path, "sides", index, name)
        if doc.get((*it.path, "sides", index)) is None or name not in ("text", "sources"):
            raise StudioError(f"{it.id} has no side {index + 1}")
        value = to_source(value) if name == "text" else [str(v) for v in value]
        if to_form(doc.get(path)) == to_form(value):
            return False
        self._do(
            f"Change side {index + 1} of {it.id}",
            (key, f"side {index}", ""),
            lambda: doc.set(path, value),
            merge,
        )
        return True

    def add_estimate(
        self, key: str, low: float, high: float, source: str, note: str | None = None
    ) -> None:
        it = self.item(key)
        if it.kind != "figure":
            raise StudioError("estimates belong to figures")
        if not source.strip():
            raise StudioError("an estimate needs the id of the source that gives it")
        est: dict[str, Any] = {"low": _number(low), "high": _number(high), "source": source}
        if note and note.strip():
            est["note"] = note.strip()
        doc = self.docs[it.file]
        path = (*it.path, "estimates")
        n = len(doc.get(path) or [])
        self._do(
            f"Add an estimate to {it.id}",
            (key, "estimates", ""),
            lambda: doc.insert(path, n, est) if doc.get(path) is not None else doc.set(path, [est]),
        )

    def remove_estimate(self, key: str, index: int) -> None:
        it = self.item(key)
        doc = self.docs[it.file]
        self._do(
            f"Remove estimate {index + 1} of {it.id}",
            (key, "estimates", ""),
            lambda: doc.remove((*it.path, "estimates", index)),
        )

    def figure_choices(self) -> list[tuple[str, str]]:
        """Every figure as (id, what it says) for the placeholder list."""
        out = []
        for it in self.items.values():
            if it.kind != "figure":
                continue
            d = self.docs[it.file].get(it.path) or {}
            ests = [e for e in d.get("estimates") or [] if isinstance(e, dict)]
            try:
                lo = min(float(e["low"]) for e in ests)
                hi = max(float(e["high"]) for e in ests)
                rng = (
                    text.english_number(lo)
                    if lo == hi
                    else (f"{text.english_number(lo)}–{text.english_number(hi)}")
                )
            except (KeyError, TypeError, ValueError):
                rng = "no estimate yet"
            out.append((it.id, f"{d.get('counted', it.id)} ({rng})"))
        return sorted(out)

    @staticmethod
    def placeholder(figure_id: str) -> str:
        return "{fig:" + figure_id + "}"

    @staticmethod
    def date_reading(value: str) -> str:
        """An EDTF date in plain words ("June 1941"), or what is wrong with it."""
        return _date_reading(value.strip())

    # -- translations ----------------------------------------------------------------

    def text_fields(self, key: str) -> list[TextField]:
        """The item's visitor texts, as ``kiosk content export-po`` keys them."""
        it = self.item(key)
        d = self.docs[it.file].get(it.path) or {}
        group = Path(it.file).stem if it.file.startswith("chapters/") else COMMON
        table = f.TABLES.get(it.kind)
        out: list[TextField] = []
        if table is None:
            return out
        for spec in f.FIELDS[it.kind]:
            if not spec.translatable:
                continue
            raw = d.get(spec.name)
            if spec.name == "gloss":
                raw = raw or d.get("title")
            if raw in (None, ""):
                continue
            out.append(
                TextField(
                    f"{table}:{it.id}:{spec.name}",
                    spec.name,
                    spec.label,
                    text.normalize(str(raw)),
                    group,
                )
            )
        for j, side in enumerate(d.get("sides") or [], 1):
            if isinstance(side, dict) and side.get("text"):
                out.append(
                    TextField(
                        f"perspective_sides:{it.id}#{j}:text",
                        "sides",
                        f"Side {j}",
                        text.normalize(str(side["text"])),
                        group,
                    )
                )
        for j, est in enumerate(d.get("estimates") or [], 1):
            if isinstance(est, dict) and est.get("note"):
                out.append(
                    TextField(
                        f"estimates:{it.id}#{j}:note",
                        "estimates",
                        f"Estimate {j} note",
                        text.normalize(str(est["note"])),
                        group,
                    )
                )
        return out

    def _po_doc(self, lang: str, group: str) -> PoDoc:
        rel = f"{FOLDER}/{lang}/{group}.po"
        if rel not in self._po:
            path = self.root / rel
            t = _read(path) if path.exists() else None
            try:
                self._po[rel] = PoDoc(t, lang)
            except PoError as exc:
                raise StudioError(f"{rel}: {exc}") from exc
            self._saved[rel] = self._po[rel].text  # a new file is written once edited
        return self._po[rel]

    def translation_groups(self) -> list[str]:
        """The stems of the PO files a language's translations are kept in."""
        chapters = sorted(Path(rel).stem for rel in self.docs if rel.startswith("chapters/"))
        return [*chapters, COMMON]

    def read_translations(self, lang: str, group: str) -> None:
        """Read one PO file ahead of its first use (a damaged one is left to say so when
        an item needs it)."""
        with contextlib.suppress(StudioError):
            self._po_doc(lang, group)

    def translation(self, lang: str, tf: TextField) -> Translated:
        e: Entry | None = self._po_doc(lang, tf.group).get(tf.key)
        return Translated(
            e.msgstr if e else "",
            status(e, tf.english),
            e.previous or (e.msgid if e and e.msgid != tf.english else None) if e else None,
        )

    def _field_of(self, key: str, tkey: str) -> TextField:
        for tf in self.text_fields(key):
            if tf.key == tkey:
                return tf
        raise StudioError(f"{key} has no text {tkey}")

    def set_translation(
        self, lang: str, key: str, tkey: str, value: str, merge: bool = False, state: str = "draft"
    ) -> bool:
        """Write a translation; an edited one is a draft until marked reviewed."""
        if lang == "en":
            raise StudioError("English is the source; edit it in the form")
        tf = self._field_of(key, tkey)
        doc = self._po_doc(lang, tf.group)
        value = value.strip()
        before = doc.get(tkey)
        if (
            before is not None
            and before.msgstr == value
            and before.msgid == tf.english
            and ((state == "draft") == before.fuzzy or not value)
        ):
            return False
        if before is None and not value:
            return False
        self._do(
            f"Translate {tf.label.lower()} of {key.split(':', 1)[1]} ({lang})",
            (key, tkey, lang),
            lambda: doc.set(tkey, tf.english, value, state),
            merge,
        )
        return True

    def mark_reviewed(self, lang: str, key: str, tkey: str) -> None:
        tf = self._field_of(key, tkey)
        e = self._po_doc(lang, tf.group).get(tkey)
        if e is None or not e.msgstr.strip():
            raise StudioError("there is no translation to mark reviewed yet")
        self.set_translation(lang, key, tkey, e.msgstr, state="reviewed")

    def needs_me(self, lang: str) -> Iterator[tuple[str, TextField, str]]:
        """(item key, text, status) of every text in ``lang`` that is not reviewed."""
        for key in self.items:
            for tf in self.text_fields(key):
                st = self.translation(lang, tf).status
                if st != "reviewed":
                    yield key, tf, st

    # -- commands --------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        out = {rel: d.text for rel, d in self.docs.items()}
        out.update({rel: d.text for rel, d in self._po.items()})
        return out

    def _restore(self, texts: dict[str, str]) -> None:
        for rel, t in texts.items():
            if rel in self.docs:
                self.docs[rel] = YamlDoc(t)
            else:
                lang = rel.split("/")[1]
                self._po[rel] = PoDoc(t, lang)
        self._index()

    def _do(
        self, label: str, target: tuple[str, str, str], edit: Callable[[], Any], merge: bool = False
    ) -> None:
        before = self._texts()
        try:
            edit()
        except EditError as exc:
            self._restore({k: v for k, v in before.items() if v != self._texts().get(k)})
            raise StudioError(f"{label}: {exc}") from exc
        except PoError as exc:
            raise StudioError(f"{label}: {exc}") from exc
        after = self._texts()
        changes = {k: (before.get(k, ""), v) for k, v in after.items() if before.get(k) != v}
        if not changes:
            return
        last = self.undo_stack[-1] if self.undo_stack else None
        if merge and last is not None and last.target == target and not self.redo_stack:
            for k, (_old, new) in changes.items():
                last.changes[k] = (last.changes.get(k, (before.get(k, ""), ""))[0], new)
        else:
            self.undo_stack.append(Command(label, target, changes))
            del self.undo_stack[:-MAX_UNDO]
        self.redo_stack.clear()
        self._index()
        self._changed()

    def undo(self) -> Command | None:
        if not self.undo_stack:
            return None
        cmd = self.undo_stack.pop()
        self._restore({k: old for k, (old, _new) in cmd.changes.items()})
        self.redo_stack.append(cmd)
        self._changed()
        return cmd

    def redo(self) -> Command | None:
        if not self.redo_stack:
            return None
        cmd = self.redo_stack.pop()
        self._restore({k: new for k, (_old, new) in cmd.changes.items()})
        self.undo_stack.append(cmd)
        self._changed()
        return cmd

    def _changed(self) -> None:
        for fn in list(self.listeners):
            fn()

    # -- saving ----------------------------------------------------------------------

    def dirty(self) -> list[str]:
        """Files whose text differs from what is on disk."""
        return sorted(rel for rel, t in self._texts().items() if self._saved.get(rel) != t)

    def save(self) -> list[str]:
        """Write every changed file atomically; return their paths under the folder."""
        written = []
        for rel in self.dirty():
            t = self._texts()[rel]
            try:
                write_atomic(self.root / rel, t)
            except OSError as exc:
                raise StudioError(
                    f"cannot save {rel}: {exc.strerror}; the file on disk is unchanged"
                ) from exc
            self._saved[rel] = t
            written.append(rel)
        if written:
            self._changed()
        return written

    def snapshot(self) -> dict[str, str]:
        """The texts that differ from disk (for a validation of unsaved edits)."""
        texts = self._texts()
        return {rel: texts[rel] for rel in self.dirty()}

    def add_media(
        self,
        file: Path,
        alt: str,
        credit: str,
        licence: str,
        caption: str = "",
        tags: list[str] | None = None,
        media_id: str | None = None,
    ) -> str:
        """Import an image with the checks of ``kiosk media add`` (Pillow decodes and
        re-encodes it: bombs, truncated files and metadata do not get through); its entry
        in media.yaml is an undoable edit like any other. Returns the image's id."""
        import hashlib

        from .. import media

        if not alt.strip() or not credit.strip() or not licence.strip():
            raise StudioError("every image needs alt text, a credit and a licence")
        try:
            data, _notes = media.prepare(Path(file))
        except media.MediaError as exc:
            raise StudioError(f"{Path(file).name}: {exc}") from exc
        digest = hashlib.sha256(data).hexdigest()[:16]
        name = f"{digest}.jpg"
        ident = media_id or f"image-{digest}"
        if f"media:{ident}" in self.items:
            raise StudioError(f"there is already an image {ident!r}")
        target = self.root / "media" / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        entry: dict[str, Any] = {
            "id": ident,
            "file": name,
            "credit": credit.strip(),
            "licence": licence.strip(),
            "caption": caption.strip() or alt.strip(),
            "alt": alt.strip(),
        }
        if tags:
            entry["warnings"] = list(tags)
        if "media.yaml" not in self.docs:
            raise StudioError("this content folder has no media.yaml")
        doc = self.docs["media.yaml"]
        n = len(doc.data or [])
        self._do(f"Add image {ident}", (f"media:{ident}", "", ""), lambda: doc.insert((), n, entry))
        return ident
