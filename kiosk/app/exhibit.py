"""The visitor's exhibit: content, language and the chapter being read, exposed to QML."""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QLocale, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import dates, policy, publish, safety, text
from kiosk.content.repository import ContentError, Repository, check_file
from kiosk.content.sources import SourceQueries
from kiosk.content.views import ChapterView, Localized, MediaView

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .care import Care
from .config import KioskConfig
from .i18n import Translations
from .models import ChapterModel, EventModel, LanguageModel, SectionModel, object_property

log = logging.getLogger(__name__)


def _unchanged(value: str) -> str:
    return value


def _period(start: int, end: int, words: dates.Words = dates.ENGLISH) -> str:
    one, two = words.number(start), words.number(end)
    return one if start == end else words.years.format(one, two)


class ChapterPage(QObject):
    """The chapter on screen: its texts and the models of its sections and events.

    Signals:
        changed: a different chapter (or language) was loaded.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] = {}
        self._sections = SectionModel(self)
        self._events = EventModel(self)

    def load(
        self, data: dict[str, Any], sections: list[dict[str, Any]], events: list[dict[str, Any]]
    ) -> None:
        self._data = data
        self._sections.set_rows(sections)
        self._events.set_rows(events)
        self.changed.emit()

    def clear(self) -> None:
        self.load({}, [], [])

    def set_show_sections(self, show: bool) -> None:
        if self._data and self._data.get("showSections") != show:
            self._data["showSections"] = show
            self.changed.emit()

    def current_id(self) -> str:
        return str(self._data.get("chapterId", ""))

    def _get(self, key: str, default: Any = "") -> Any:
        return self._data.get(key, default)

    chapterId = Property(str, lambda s: s._get("chapterId"), notify=changed)
    title = Property(str, lambda s: s._get("title"), notify=changed)
    summary = Property(str, lambda s: s._get("summary"), notify=changed)
    region = Property(str, lambda s: s._get("region"), notify=changed)
    period = Property(str, lambda s: s._get("period"), notify=changed)
    warnings = Property(list, lambda s: s._get("warnings", []), notify=changed)
    harrowing = Property(bool, lambda s: bool(s._get("harrowing", False)), notify=changed)
    warned = Property(bool, lambda s: bool(s._get("warned", False)), notify=changed)
    cover = Property(list, lambda s: s._get("cover", []), notify=changed)  # 0 or 1 image
    closing = Property(list, lambda s: s._get("closing", []), notify=changed)
    fallback = Property(bool, lambda s: bool(s._get("fallback", False)), notify=changed)
    # sections are shown unless the profile or the visitor's answer says summary only
    showSections = Property(bool, lambda s: bool(s._get("showSections", True)), notify=changed)
    sections = object_property(SectionModel, lambda s: s._sections)
    events = object_property(EventModel, lambda s: s._events)


# The on-screen keyboard's layout (a Qt Virtual Keyboard locale) of each exhibit language
_LAYOUTS = {
    "en": "en_GB", "de": "de_DE", "pl": "pl_PL", "ru": "ru_RU", "et": "et_EE", "lv": "lv_LV",
    "fi": "fi_FI", "uk": "uk_UA", "ja": "ja_JP", "fa": "fa_FA", "ar": "ar_AR",
}  # fmt: skip

MEDIA_PREFIX = "kiosk-media-"
# a number written in groups ("116 123"): kept on one line (in right-to-left text
# ``display`` isolates it left to right, so its groups keep their order)
_NUMBER_GROUPS = re.compile(r"\d+(?:[ \u00a0]\d+)+")


def sweep_media_folders(temp: Path | None = None) -> int:
    """Remove image folders left by exhibits that are no longer running (a crash or a
    kill skips the clean-up at exit); return how many went."""
    removed = 0
    for folder in Path(temp or tempfile.gettempdir()).glob(f"{MEDIA_PREFIX}*"):
        pid = folder.name[len(MEDIA_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or folder.is_symlink() or not folder.is_dir():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # still running (or not ours to judge)
        except ProcessLookupError:
            pass
        except (PermissionError, OverflowError, ValueError):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


@QmlElement
@QmlSingleton
class Exhibit(QObject):
    """Content and visitor state for QML; one per engine (see ``install``).

    Signals:
        statusChanged: the content opened or failed.
        languageChanged: the visitor picked another language.
        sessionReset: everything went back to the defaults (idle reset).
    """

    statusChanged = Signal()
    languageChanged = Signal()
    sessionReset = Signal()

    _current: Exhibit | None = None

    def __init__(
        self, content: Path | None = None, config: KioskConfig | None = None,
        preview: bool = False, care: Care | None = None,
        translations: Translations | None = None, parent: QObject | None = None,
        checksum: str | None = None, verify_meanwhile: bool = False,
        passed: publish.PassedChecks | None = None,
    ) -> None:  # fmt: skip
        """``passed``: the databases whose texts were checked before, by checksum
        (``publish.PassedChecks``); None checks every text at every opening."""
        super().__init__(parent)
        self.passed_checks = passed
        self._config = config or KioskConfig()
        self._preview = preview
        self._repo: Repository | None = None
        self._queries: SourceQueries | None = None
        self._error = ""
        self._reason = ""
        self._language = self._config.default_language
        self._languages = LanguageModel(self)
        self._chapters = ChapterModel(self)
        self._listed: frozenset[str] = frozenset()
        self._chapter = ChapterPage(self)
        self._translations = translations
        self._osk = os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
        self._care = care or Care(self._config.profile, self._config.gated_tags, parent=self)
        self._care.profileChanged.connect(self._reload)
        self._care.changed.connect(self._care_changed)
        self._severity: dict[str, int] = {}
        self._media_tags: dict[str, tuple[str, ...]] = {}
        self._media_names: dict[str, tuple[str, str]] = {}
        self._card_widths: dict[str, int] = {}
        self._card_shapes: dict[str, float] = {}  # height / width of a card's copy
        self._media_missing: set[tuple[str, str]] = set()  # variants the database lacks
        self._media_urls: dict[tuple[str, str], str] = {}
        # per chapter and language: its view and the rows of its sections and events
        self._chapter_rows: dict[tuple[str, str], tuple[ChapterView, list[Any], list[Any]]] = {}
        # images are handed to Qt as files, which it decodes on its own threads (a
        # Python image provider there deadlocked against the GIL); made when the first
        # image is asked for, removed with the exhibit or at exit
        self._media_dir: Path | None = None
        self._pending: Callable[[], None] | None = None
        if content is not None:
            self.open(content, checksum, verify_meanwhile)

    # -- registration --------------------------------------------------------

    def install(self) -> None:
        """Make this instance the one QML gets for ``Exhibit`` in the next engine."""
        Exhibit._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Exhibit:
        return provide(Exhibit)

    # -- content -------------------------------------------------------------

    def refuse(self, reason: str, message: str) -> None:
        """Show the staff screen with ``message`` instead of any content."""
        if self._repo is not None:
            self._repo.close()
        self._repo, self._error, self._reason = None, message, reason
        self.statusChanged.emit()

    @property
    def ready(self) -> bool:
        """True while content is open (False: the maintenance screen shows why not)."""
        return self.confirm()

    def open(self, path: Path, checksum: str | None = None, meanwhile: bool = False) -> bool:
        """Open a content database; on failure, show its reason instead of content.

        ``checksum`` is the SHA-256 its build or publish recorded: the file must match
        it before anything in it is shown ("" means it has none, and is refused). With
        ``meanwhile``, the checksum and the texts are checked on a second thread while
        the screens load; ``confirm`` waits for them before the first frame."""
        self._pending = None
        try:
            if checksum == "":
                check_file(Path(path))  # a missing or empty file says so first
                name = Path(path).name
                raise ContentError(
                    "checksum",
                    f"{name} has no checksum file ({name}.sha256) from its build; "
                    "rebuild it with 'kiosk content build'",
                )
            if checksum is not None and meanwhile:
                repo, pending = publish.verify_meanwhile(Path(path), checksum, self.passed_checks)
            elif checksum is not None:
                repo, pending = publish.verify(Path(path), checksum, self.passed_checks), None
            else:
                repo, pending = Repository.open(path), None
            langs = repo.languages()
            if not langs:
                raise ContentError("incomplete", f"{Path(path).name} has no enabled language")
        except ContentError as exc:
            self._fail(exc)
            return False
        if self._repo is not None:
            self._repo.close()
        self._repo, self._error, self._reason = repo, "", ""
        self._pending = pending
        self._queries = SourceQueries(repo)
        self._media_tags = repo.media_tags()
        self._media_names = repo.media_names()
        cards = repo.media_sizes("card")
        self._card_widths = {i: w for i, (w, _h) in cards.items()}
        # the shape of the copy a chapter card draws: its own, else the display copy
        drawn = {**repo.media_sizes("display"), **cards}
        self._card_shapes = {i: h / w for i, (w, h) in drawn.items() if w}
        self._media_missing, self._media_urls, self._chapter_rows = set(), {}, {}
        codes = [lang.code for lang in langs]
        if self._language not in codes:
            self._language = codes[0]
        self._install_translation()
        self._languages.set_rows(
            {"code": lang.code, "name": lang.name, "direction": lang.direction,
             "partial": lang.partial, "prompt": lang.prompt}
            for lang in langs
        )  # fmt: skip
        self._reload()
        self.statusChanged.emit()
        return True

    def _fail(self, exc: ContentError) -> None:
        """Show why the content cannot be used, instead of any of it."""
        log.error("content unavailable (%s): %s", exc.reason, exc)
        if self._repo is not None:
            self._repo.close()
        self._repo, self._error, self._reason = None, str(exc), exc.reason
        self._queries = None
        self._media_tags, self._media_names, self._card_widths = {}, {}, {}
        self._card_shapes = {}
        self._languages.set_rows([])
        self._chapters.set_rows([])
        self._listed = frozenset()
        self._chapter.clear()
        self.statusChanged.emit()

    def confirm(self) -> bool:
        """Wait for the checks still running on the open database (``open`` with
        ``meanwhile``); if one failed, show why instead of the content. True when the
        content may be shown. Start-up calls it before the first frame is drawn."""
        pending, self._pending = self._pending, None
        if pending is not None:
            try:
                pending()
            except ContentError as exc:
                self._fail(exc)
        return self._repo is not None

    @property
    def repository(self) -> Repository | None:
        self.confirm()
        return self._repo

    @property
    def queries(self) -> SourceQueries | None:
        """Sources, figures, glossary and search over the open database."""
        self.confirm()
        return self._queries if self._repo is not None else None

    def chapter_ids(self) -> list[str]:
        """The chapters a visitor can open, in their order on screen."""
        return [str(r["chapterId"]) for r in self._chapters.rows()]

    def _locale(self) -> QLocale:
        # Dari is Afghan Persian: its month names and formats, not Iran's (fa_IR)
        return QLocale(text.locale_tag(self._language).replace("-", "_"))

    def _install_translation(self) -> None:
        """Interface strings first: the texts reloaded next use them (ranges, labels)."""
        if self._translations is not None:
            self._translations.install(self._language)

    def format_number(self, value: float) -> str:
        """A number as the visitor's language writes it (QLocale)."""
        loc = self._locale()
        return loc.toString(int(value)) if value == int(value) else loc.toString(value, "f", 1)

    def _keyboard_locales(self) -> list[str]:
        """Keyboard layouts for the enabled languages (Qt has no Lithuanian layout)."""
        return [_LAYOUTS[r["code"]] for r in self._languages.rows() if r["code"] in _LAYOUTS]

    def _keyboard_names(self) -> dict[str, str]:
        """Each keyboard layout named as the language picker names its language ("English",
        not Qt's "British English" for en_GB). Keyed by the layout and by the name Qt gives
        its locale, which the keyboard reports (fa_FA is reported as fa_IR)."""
        names: dict[str, str] = {}
        for r in self._languages.rows():
            layout = _LAYOUTS.get(r["code"])
            if layout:
                names[layout] = names[QLocale(layout).name()] = str(r["name"])
        return names

    def _keyboard_locale(self) -> str:
        """The keyboard layout of the visitor's language ("" where Qt has none)."""
        return _LAYOUTS.get(self._language, "")

    def date_words(self) -> dates.Words:
        """How the visitor's language writes dates (QLocale names and digits, word order)."""
        loc = self._locale()
        loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        long = QLocale.FormatType.LongFormat
        return dates.Words(
            month=lambda m: loc.monthName(m, long),
            month_alone=lambda m: loc.standaloneMonthName(m, long),
            number=lambda n: loc.toString(n),
            day_month_year=self.tr("{d} {m} {y}"),
            month_year=self.tr("{m} {y}"),
            seasons=(self.tr("spring"), self.tr("summer"), self.tr("autumn"), self.tr("winter")),
            circa=self.tr("c. {}"),
            winter=self.tr("winter {}–{}"),
            years=self.tr("{}–{}"),
        )

    def current_language(self) -> str:
        return self._language

    def current_chapter(self) -> str:
        """The id of the chapter open now ("" for none)."""
        return self._chapter.current_id()

    def section_rows(self) -> list[dict[str, Any]]:
        """The sections of the chapter on screen."""
        return self._chapter._sections.rows()

    def event_rows(self) -> list[dict[str, Any]]:
        """The events of the chapter on screen."""
        return self._chapter._events.rows()

    def chapter_rows(self) -> list[dict[str, Any]]:
        """The chapters offered to this visitor (the profile may hide some)."""
        return self._chapters.rows()

    def listed_chapters(self) -> frozenset[str]:
        """The ids of the chapters offered to this visitor."""
        return self._listed

    def range_pattern(self) -> str:
        """How the visitor's language writes a range ("%1 to %2", "%1 bis %2")."""
        return self.tr("%1 to %2").replace("%1", "{}").replace("%2", "{}")

    def _render(self, loc: Localized, figures: dict[str, text.FigureRange]) -> str:
        shown = text.render(loc.text, figures, self.format_number, self.range_pattern())
        return shown if loc.fallback(self._language) else self.display(shown)

    def display(self, value: str) -> str:
        """A text as the screen shows it: in a right-to-left language its numbers, dates
        and Latin names are isolated left to right, so they never reorder their
        neighbours (U+2066/U+2068 ... U+2069); in Japanese a number keeps its counter on
        its line ("1945年", with U+2060 between). The content itself holds no such marks."""
        if self._language == "ja":
            return text.keep_numbers_with_counters(value)
        return text.isolate_ltr(value) if self._rtl() else value

    def displayer(self) -> Callable[[str], str]:
        """``display`` for the language shown now, its choice made once: a search puts
        every result's title and snippet through it, per keystroke."""
        if self._language == "ja":
            return text.keep_numbers_with_counters
        return text.isolate_ltr if self._rtl() else _unchanged

    def _shown(self, loc: Localized) -> str:
        """A content text for display (an English fallback reads as a block, untouched)."""
        return loc.text if loc.fallback(self._language) else self.display(loc.text)

    def _cover_id(self, cover: str | None) -> str:
        """A chapter card's image (never a warned one: the content checks refuse that)."""
        if not cover or cover not in self._media_tags or self._media_tags[cover]:
            return ""
        return cover

    # -- images ----------------------------------------------------------------

    def media_allowed(self, media_id: str) -> bool:
        """May the sharp variant be drawn now? Unknown images never."""
        tags = self._media_tags.get(media_id)
        return tags is not None and self._care.image_allowed(media_id, list(tags))

    @Slot(str, str, result=str)
    def mediaUrl(self, media_id: str, variant: str) -> str:
        """The same for a chapter card's cover, its "card" copy (QML asks once per card)."""
        return self.media_url(media_id, variant)

    @Slot(str, int, result=str)
    def mediaUrlAt(self, media_id: str, width: int) -> str:
        """The same for an image drawn ``width`` px wide (the attract screen's map)."""
        return self.media_url_at(media_id, width)

    def media_url_at(self, media_id: str, width: int) -> str:
        """The URL of the smallest copy of an image that still fills ``width`` px: its
        smaller copy where that is at least as wide, else the display copy (the blurred
        one where the care rules withhold it). A width of 0 (not yet known) gets the
        smaller copy: the screen asks again once it knows. A 1600 px map takes 6 MiB
        of memory while it is decoded, its 1000 px copy 2.4 MiB."""
        card = self._card_widths.get(media_id, 0)
        return self.media_url(media_id, "card" if width <= card else "display")

    def media_url(self, media_id: str, variant: str) -> str:
        """A file URL of one image variant ('display', 'card': a chapter card's smaller
        copy, or 'blur'), written from the database the first time it is asked for. The
        sharp variants only when the care rules allow it, else the blurred one: the
        second lock on the same door. A card without its own copy gets the display one."""
        if self._repo is None or media_id not in self._media_names:
            return ""
        if variant not in ("display", "card", "blur"):
            return ""
        if variant != "blur" and not self.media_allowed(media_id):
            variant = "blur"
        # a file once written stays as it is: its URL is worked out once per variant
        url = self._media_urls.get((media_id, variant))
        if url is None:
            url = self._media_urls[(media_id, variant)] = self._write_media(media_id, variant)
        return url

    def _write_media(self, media_id: str, variant: str) -> str:
        if variant == "card":
            path = self._media_file(media_id, "card", quiet=True)
            if path is not None:
                return self._file_url(path)
            variant = "display"  # a database built before cards had their own copy
        path = self._media_file(media_id, variant)
        return self._file_url(path) if path is not None else ""

    @staticmethod
    def _file_url(path: Path) -> str:
        from PySide6.QtCore import QUrl  # here: importing it builds five enums at start-up

        return QUrl.fromLocalFile(str(path)).toString()

    def _media_file(self, media_id: str, variant: str, quiet: bool = False) -> Path | None:
        """The cache file of one image variant, written from the database the first time.
        A variant the database lacks: None when ``quiet``, else the path of no file (the
        image then says it could not be loaded) and a warning in the log."""
        assert self._repo is not None
        if (media_id, variant) in self._media_missing:
            return None
        digest, suffix = self._media_names[media_id]
        if self._media_dir is None:
            self._media_dir = Path(tempfile.mkdtemp(prefix=f"{MEDIA_PREFIX}{os.getpid()}-"))
            weakref.finalize(self, shutil.rmtree, self._media_dir, True)
        try:  # named by checksum only; proven to stay in the cache folder
            path = safety.inside(
                self._media_dir, f"{digest}-{variant}{'.jpg' if variant == 'blur' else suffix}"
            )
        except safety.UnsafeName as exc:
            log.error("image %r not shown: %s", media_id, exc)
            return None
        if not path.exists():
            data = self._repo.media_data(media_id, variant)
            if data:
                tmp = path.with_name(path.name + ".tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
            elif quiet:
                self._media_missing.add((media_id, variant))
                return None
            else:
                log.warning("image %r (%s) is missing from the database", media_id, variant)
        return path

    def _images(self, images: tuple[MediaView, ...]) -> list[dict[str, Any]]:
        return [
            {
                "mediaId": im.id, "width": im.width, "height": im.height,
                "caption": self._shown(im.caption), "alt": im.alt.text, "credit": im.credit,
                "licence": im.licence, "perpetrator": im.perpetrator_photo,
                "warnings": list(im.warnings), **self.map_marks(im),
            }
            for im in images
        ]  # fmt: skip

    def year_label(self, year: int) -> str:
        """A year in the visitor's digits (no group separator: 1938, not 1,938)."""
        return str(self.date_words().number(year))

    def map_marks(self, im: MediaView) -> dict[str, Any]:
        """What a map adds to its image: the year of its borders, and on each deportation
        route the number its figure gives, in the visitor's language."""
        if im.borders is None or self._repo is None:
            return {"borders": "", "routes": []}
        ranges = self._repo.figure_ranges()
        return {
            "borders": self.year_label(im.borders),
            "routes": [
                {
                    "figureId": r.ref, "x": r.x, "y": r.y,
                    "label": text.format_range(
                        ranges[r.ref], self.format_number, self.range_pattern()
                    ),
                }
                for r in im.routes if r.ref in ranges
            ],
        }  # fmt: skip

    def _reload(self) -> None:
        if self._repo is None:
            return
        lang = self._language
        warnings = self._repo.warnings(lang)
        self._severity = {w.id: w.severity for w in warnings}
        self._care.set_phrases({w.id: w.phrase.text for w in warnings})
        cards = self._repo.chapter_cards(lang)
        words = self.date_words()
        cards = [c for c in cards if self._care.state.lists_chapter(c.young_unsuitable)]
        self._chapters.set_rows(
            {
                "chapterId": c.id, "title": self._shown(c.title),
                "summary": self._shown(c.summary), "region": self._shown(c.region),
                "period": self.display(_period(c.start, c.end, words)), "kind": c.kind,
                "warnings": list(c.warnings), "hasWarning": bool(c.warnings),
                "coverId": self._cover_id(c.cover), "fallback": c.title.fallback(lang),
                "coverRatio": self._card_shapes.get(self._cover_id(c.cover), 0.0),
            }
            for c in cards
        )  # fmt: skip
        self._listed = frozenset(c.id for c in cards)
        current = self._chapter.current_id()
        if current:
            self.openChapter(current)

    # -- QML API -------------------------------------------------------------

    @Slot(str, result=bool)
    def openChapter(self, chapter_id: str) -> bool:
        if self._repo is None:
            return False
        _print_this()  # the chapter screen shows "Print this"
        lang = self._language
        cached = self._chapter_rows.get((chapter_id, lang))
        if cached is None:
            view = self._repo.chapter(chapter_id, lang)
            if view is None:
                log.warning("no chapter %r", chapter_id)
                return False
            cached = self._chapter_rows[(chapter_id, lang)] = (view, *self._chapter_parts(view))
        view, sections, events = cached
        figs = view.figures
        c = view.card
        words = self.date_words()
        titles = {r["chapterId"]: r["title"] for r in self._chapters.rows()}
        self._chapter.load(
            {
                "chapterId": c.id, "title": self._shown(c.title),
                "summary": self._render(c.summary, figs), "region": self._shown(c.region),
                "period": self.display(_period(c.start, c.end, words)),
                "warnings": list(c.warnings), "fallback": c.summary.fallback(lang),
                "cover": self._images(tuple(
                    self._repo.media_views([c.cover], lang).values() if c.cover else ()
                )),
                "harrowing": policy.harrowing(c.warnings, self._severity),
                "warned": policy.warned(c.warnings, [
                    (*s.warnings, *s.detail_warnings, *(t for im in s.images for t in im.warnings))
                    for s in view.sections
                ] + [e.warnings for e in view.events]),
                "closing": [
                    {"chapterId": r, "title": titles[r]}
                    for r in policy.closing(c.id, list(titles))
                ],
                "showSections": not self._care.summary_only(c.id)
                and self._care.allows_sections(),
            },
            [dict(r) for r in sections],
            [dict(r) for r in events],
        )  # fmt: skip
        return True

    def _chapter_parts(
        self, view: ChapterView
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """A chapter's sections and events as the chapter screen lists them: content
        only, the same for every visitor in a language, so made once per language."""
        lang, figs, words = self._language, view.figures, self.date_words()
        return (
            [
                {
                    "sectionId": s.id,
                    "kind": s.kind,
                    "title": self._shown(s.title),
                    "body": self._render(s.body, figs),
                    "sides": [self._render(side, figs) for side, _ in s.sides],
                    "fallback": s.body.fallback(lang),
                    "sourceCount": len(set(s.source_ids) | {x for _, ids in s.sides for x in ids}),
                    "warnings": list(s.warnings),
                    "hasDetail": s.detail is not None,
                    "detailWarnings": list(s.detail_warnings),
                    "figureCount": len(
                        set(
                            text.figure_refs(
                                " ".join([s.body.text, *(side.text for side, _ in s.sides)])
                            )
                        )
                    ),
                    "terms": self._terms(s.body.text),
                    "images": self._images(s.images),
                }
                for s in view.sections
            ],
            [
                {
                    "eventId": e.id,
                    "dateLabel": self.display(dates.label(e.date, words)),
                    "sourceCount": len(e.source_ids),
                    "title": self._shown(e.title),
                    "summary": self._render(e.summary, figs),
                    "place": self._shown(e.place),
                    "warnings": list(e.warnings),
                    "fallback": e.summary.fallback(lang),
                }
                for e in view.events
            ],
        )

    def quotation(self, chapter_id: str) -> dict[str, Any]:
        """A chapter's attributed quotation as its screen shows it: the words already in
        the quotation marks of the language they are in, who said them and where they
        stand. {} where the chapter has none, is not offered to this visitor, or the care
        policy withholds the quotation now (its tags, the profile, the visitor's gates)."""
        if self._repo is None or chapter_id not in self._listed:
            return {}
        lang = self._language
        cached = self._chapter_rows.get((chapter_id, lang))
        q = cached[0].quotation if cached else self._repo.quotation(chapter_id, lang)
        if q is None or not policy.shows_quotation(self._care.state, chapter_id, q.warnings):
            return {}
        return {
            "text": self._shown(q.text),
            "by": self._shown(q.by),
            "role": self._shown(q.role) if q.role else "",
            "fallback": q.text.fallback(lang),
            # who said it is written in English: joined as English writes it
            "byFallback": q.by.fallback(lang) or bool(q.role and q.role.fallback(lang)),
            "sourceCount": len(q.source_ids),
            "sourceCountText": self.format_number(len(q.source_ids)),  # the screen's digits
        }

    def page_text(self, page_id: str) -> dict[str, Any]:
        """A curator-editable page ({} when the database has none by that id)."""
        found = self._repo.page(page_id, self._language) if self._repo else None
        if found is None:
            return {}
        title, body = found
        # digits keep together across a space, so that a phone number never breaks; in
        # right-to-left text numbers and Latin names are isolated left to right
        kept = _NUMBER_GROUPS.sub(lambda m: m.group(0).replace(" ", "\u00a0"), body.text)
        if not body.fallback(self._language):
            kept = self.display(kept)
        lead, _, rest = kept.partition("\n\n")
        return {"title": self._shown(title), "body": kept, "lead": lead, "rest": rest,
                "fallback": body.fallback(self._language)}  # fmt: skip

    def _terms(self, body: str) -> list[dict[str, str]]:
        """Glossary chips for a text: the terms it uses, in order."""
        if self._queries is None:
            return []
        return [
            {"termId": g.id, "term": g.term.text}
            for g in self._queries.terms_in(body, self._language)
        ]

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if code == self._language or code not in {r["code"] for r in self._languages.rows()}:
            return
        self._language = code
        self._install_translation()
        self._reload()
        self.languageChanged.emit()

    def highlight_at(self, index: int) -> dict[str, Any]:
        """The chapter the attract loop shows at step ``index``: title, period and its
        locator map (never a warned image or graphic text)."""
        rows = self._chapters.rows()
        if not rows:
            return {}
        r = rows[index % len(rows)]
        # its map comes along only when untagged (coverId is "" for a warned image)
        return {
            "title": r["title"], "region": r["region"], "period": r["period"],
            "coverId": r.get("coverId", ""),
        }  # fmt: skip

    def prompt_at(self, index: int) -> str:
        """ "Touch to begin" in the enabled languages, one after another."""
        rows = self._languages.rows()
        return str(rows[index % len(rows)]["prompt"]) if rows else ""

    @Slot(str, result=bool)
    def hasEvent(self, event_id: str) -> bool:
        """Is this event in a chapter the visitor may open?"""
        _print_this()  # the event screen shows "Print this"
        return bool(self.event_card(event_id))

    def event_card(self, event_id: str) -> dict[str, Any]:
        """One event for its card: date as precise as it is known, summary, tags."""
        if self._repo is None:
            return {}
        found = self._repo.events(self._language, event_id=event_id)
        chapters = {r["chapterId"]: r["title"] for r in self._chapters.rows()}
        if not found or found[0].chapter_id not in chapters:
            return {}
        e = found[0]
        figs = self._repo.figure_ranges()
        return {
            "eventId": e.id,
            "chapterId": e.chapter_id,
            "chapterTitle": chapters[e.chapter_id],
            "dateLabel": self.display(dates.label(e.date, self.date_words())),
            "title": self._shown(e.title),
            "place": self._shown(e.place),
            "summary": self._render(e.summary, figs),
            "fallback": e.summary.fallback(self._language),
            "warnings": list(e.warnings),
            "sourceCount": len(e.source_ids),
            "images": self._images(e.images),
        }

    def section_detail(self, section_id: str) -> str:
        """The detail layer of a section, only once the visitor has opened it at its gate
        (and never outside the museum profile)."""
        if self._repo is None or not self._care.detail_opened(section_id):
            return ""
        found = self._repo.section_detail(section_id, self._language)
        return self._render(found, self._repo.figure_ranges()) if found else ""

    def _care_changed(self) -> None:
        current = self._chapter.current_id()
        if current:
            self._chapter.set_show_sections(
                self._care.allows_sections() and not self._care.summary_only(current)
            )

    def tags_of(self, kind: str, target: str) -> list[str]:
        """The warning tags on the way to a chapter, event, detail layer, figure list or one
        figure (a map route's number)."""
        if self._repo is None:
            return []
        if kind == "chapter" and target == self._chapter.current_id():
            return list(self._chapter._get("warnings", []))  # opened a moment ago
        if kind == "chapter":
            cards = self._repo.chapter_cards(self._language, target)
            return list(cards[0].warnings) if cards else []
        if kind == "event":
            found = self._repo.events(self._language, event_id=target)
            return list(found[0].warnings) if found else []
        if kind == "detail":
            rows = [r for r in self._chapter._sections.rows() if r["sectionId"] == target]
            return list(rows[0]["detailWarnings"]) if rows else []
        if self._queries is not None and kind in (
            "figures-section",
            "figures-event",
            "figures-figure",
        ):
            owner = kind.removeprefix("figures-")
            return self._queries.figure_tags(
                self._queries.figures_shown(owner, target, self._language)
            )
        return []

    @Slot(str, str, result=list)
    def gateBefore(self, kind: str, target: str) -> list[str]:
        """The tags of the gate that stands on the way to ``kind`` ``target`` now, or []
        when the way is open (the policy decides; QML only follows)."""
        screen = "figure" if kind.startswith("figures-") else kind
        way = policy.route(self._care.state, screen, self.tags_of(kind, target))
        if way is None or not way.gate:
            return []
        # the detail layer always stands behind its gate, whatever the museum gates
        return list(dict.fromkeys(way.tags)) if screen == "detail" else self._care.gated(way.tags)

    @Slot()
    def resetSession(self) -> None:
        """Back to the defaults for the next visitor: language, chapter, choices."""
        self._chapter.clear()
        self._care.forget()
        default = self._config.default_language
        if default != self._language and default in {r["code"] for r in self._languages.rows()}:
            self._language = default
            self._install_translation()
            self._reload()
            self.languageChanged.emit()
        self.sessionReset.emit()

    def _rtl(self) -> bool:
        rows = [r for r in self._languages.rows() if r["code"] == self._language]
        return bool(rows and rows[0]["direction"] == "rtl")

    # Whether the content may be shown is known once its checks are done (``confirm``):
    # Main.qml reads ``status`` to choose the attract screen, the first that shows it.
    def _status(self) -> str:
        return "ok" if self.confirm() else "error"

    def _error_message(self) -> str:
        self.confirm()
        return self._error

    def _error_reason(self) -> str:
        self.confirm()
        return self._reason

    def _content_version(self) -> str:
        return self._repo.meta.get("content_version", "") if self.confirm() and self._repo else ""

    status = Property(str, _status, notify=statusChanged)
    errorMessage = Property(str, _error_message, notify=statusChanged)
    errorReason = Property(str, _error_reason, notify=statusChanged)
    contentVersion = Property(str, _content_version, notify=statusChanged)
    language = Property(str, lambda s: s._language, notify=languageChanged)
    rightToLeft = Property(bool, _rtl, notify=languageChanged)
    profile = Property(str, lambda s: s._config.profile, constant=True)
    onScreenKeyboard = Property(bool, lambda s: s._osk, constant=True)
    keyboardLocales = Property(list, lambda s: s._keyboard_locales(), notify=statusChanged)
    keyboardNames = Property(dict, lambda s: s._keyboard_names(), notify=statusChanged)
    keyboardLocale = Property(str, lambda s: s._keyboard_locale(), notify=languageChanged)
    preview = Property(bool, lambda s: s._preview, constant=True)
    fullscreen = Property(bool, lambda s: s._config.fullscreen, constant=True)
    density = Property(str, lambda s: s._config.density, constant=True)
    languages = object_property(LanguageModel, lambda s: s._languages)
    chapters = object_property(ChapterModel, lambda s: s._chapters)
    chapter = object_property(ChapterPage, lambda s: s._chapter)

    @property
    def care(self) -> Care:
        return self._care


def _print_this() -> None:
    """ "Print this" registered with QML before a screen that shows it loads (start-up
    leaves it for after the first frame: ``main.register_print_this``)."""
    if "kiosk.app.handout" not in sys.modules:
        from . import handout  # noqa: F401 - @QmlElement registers it
