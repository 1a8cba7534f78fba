"""Live validation: the rules of ``kiosk content validate`` over unsaved edits, each
problem placed on the item, the field and the language it is about.

The checks read a folder, so the edits are written to a private copy of the content
folder (texts only, no images) and the same ``loader.load`` and ``checks.run`` run on it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import checks, loader
from . import fields as f

IMAGES = ("*.png", "*.jpg", "*.jpeg", "*.webp", "*.gif", "*.tif", "*.tiff")


@dataclass(frozen=True)
class Issue:
    """A validation problem and where in the studio it belongs."""

    severity: str  # error | warning
    message: str
    where: str  # as ``kiosk content validate`` prints it
    item: str | None = None  # "section:poland-1939-invasion"
    field: str | None = None  # "title"
    lang: str | None = None

    def __str__(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


_WHERE = re.compile(
    r"^(chapter|section|event|figure|source|glossary|media|note|page|estimate"
    r"|perspective_side) (\S+)"
)
_PO = re.compile(r"^translations/(\w+)[^(]*\((\w+):([^:]+):(\w+)\)")
_TABLE_KIND = {t: k for k, t in f.TABLES.items()} | {
    "estimates": "figure",
    "perspective_sides": "section",
}
# (pattern on the message, field) for messages that do not start with the field's name
_RULES = [
    (r"cites (no|unknown) source", "sources"),
    (r"unknown warning tag|is not tagged|carry .* add to the chapter", "warnings"),
    (r"^image .* is not in media", "images"),
    (r"^cover ", "cover"),
    (r"^related chapter", "related"),
    (r"^unknown category", "categories"),
    (r"^unknown figure", "figures"),
    (r"detail layer needs detail_warnings", "detail_warnings"),
    (r"greater than high|cannot be negative|needs at least one estimate", "estimates"),
    (r"^unit must", "unit"),
    (r"^kind (must|')", "kind"),
    (r"^end year", "end"),
    (r"^(chapter |event |section |perspective |glossary )?(summary|body|definition|title)\b", None),
    (r"^alt text", "alt"),
    (r"^side \d", "sides"),
]


def locate(p: checks.Problem, known: set[str]) -> Issue:
    """Place a problem on its item and field (None where it names neither)."""
    item = field = lang = None
    m = _PO.match(p.where)
    if m:
        lang, table, ident, name = m.groups()
        kind = _TABLE_KIND.get(table)
        ident = ident.split("#")[0]
        item = f"{kind}:{ident}" if kind else None
        field = (
            "sides"
            if table == "perspective_sides"
            else ("estimates" if table == "estimates" else name)
        )
    else:
        m = _WHERE.match(p.where)
        if m:
            kind, ident = m.groups()
            if kind in ("estimate", "perspective_side"):
                kind, field = (
                    ("figure", "estimates") if kind == "estimate" else ("section", "sides")
                )
                ident = ident.split("#")[0]
            item = f"{kind}:{ident}"
            msg = p.message
            head = re.match(r"^(\w+)(:| )", msg)
            names = {x.name for x in f.FIELDS.get(kind, ())}
            if field is None and head and head.group(1) in names:
                field = head.group(1)
            for pattern, name in _RULES if field is None else []:
                hit = re.search(pattern, msg)
                if hit:
                    field = name or hit.group(2)
                    break
    if item is not None and item not in known:
        item = None
    return Issue(p.severity, p.message, p.where, item, field, lang)


class Validator:
    """Runs the content checks over a folder and the unsaved texts laid over it.

    One run at a time (a lock): the studio runs it on a worker thread after a pause in
    typing, never on the window's thread.
    """

    def __init__(self, root: Path, images: bool = False, scratch: Path | None = None) -> None:
        """``images``: copy the images too (a build for the preview needs them);
        ``scratch``: the folder to make the copy in (default: the system's)."""
        self.root = Path(root)
        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-studio-", dir=scratch)
        self.shadow = Path(self._tmp.name) / "content"
        self.images = images
        ignore = None if images else shutil.ignore_patterns(*IMAGES)
        shutil.copytree(self.root, self.shadow, ignore=ignore)
        self._written: dict[str, str] = {}
        self._lock = threading.Lock()

    def run(self, texts: dict[str, str], known: set[str]) -> list[Issue]:
        """Problems of the folder with ``texts`` (path under the folder: text) in place of
        the files on disk; files written by an earlier run and not in ``texts`` again are
        copied back from the folder."""
        with self._lock:
            self._sync(texts)
            try:
                problems = checks.run(loader.load(self.shadow))
            except loader.SourceError as exc:
                problems = [checks.Problem(exc.where, exc.message)]
        return [locate(p, known) for p in problems]

    def _sync(self, texts: dict[str, str]) -> None:
        for rel in set(self._written) - set(texts):
            src = self.root / rel
            if src.exists():
                shutil.copyfile(src, self.shadow / rel)
            else:
                (self.shadow / rel).unlink(missing_ok=True)
            del self._written[rel]
        for rel, t in texts.items():
            if self._written.get(rel) != t:
                (self.shadow / rel).parent.mkdir(parents=True, exist_ok=True)
                (self.shadow / rel).write_text(t, encoding="utf-8")
                self._written[rel] = t
        media = self.root / "media"
        for name in media.glob("*") if self.images and media.is_dir() else []:
            copy = self.shadow / "media" / name.name
            if not copy.exists() and (self.shadow / "media").is_dir() and name.is_file():
                shutil.copyfile(name, copy)  # an image imported since

    def build(self, texts: dict[str, str], out: Path) -> list[checks.Problem]:
        """Build a database of the folder with ``texts`` in place (for the preview);
        raises loader.SourceError or build.BuildError as ``kiosk content build`` does."""
        from .. import build

        with self._lock:
            self._sync(texts)
            return build.build(self.shadow, out)

    def close(self) -> None:
        self._tmp.cleanup()
