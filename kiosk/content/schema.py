"""The content.db schema: tables, per-language text tables and search indexes.

The schema version lives in SQLite's ``user_version``. ``docs/content-schema.md``
is generated from this module (``kiosk content schema-doc``).
"""

from __future__ import annotations

import re
import sqlite3

# 2: images stored in the database, shown with sections and events
# 3: search as a plain table per language (search_<lang>) with its FTS5 index beside it
# 4: maps of the time: the year of a map's borders, the figures on its routes, the
#    chapters placed on the period map
# 5: lesson paths for the classroom (issue 17): paths, path_aims, path_stops
# 6: recorded narration (audio description, issue 16): audio, audio_cues
# 7: a chapter's attributed quotation (issue 13): quotations, quotation_sources,
#    quotation_warnings; its words and attribution in chapters_text
SCHEMA_VERSION = 7

TEXT_STATUSES = ("draft", "reviewed")

# Per-language visitor text: for each entity table, the fields stored in
# ``<table>_text`` (one row per id, field and language, with a status).
# A chapter's quotation is translated with its chapter (``chapters:germany:quotation-text``):
# its words are stored in each language's own quotation marks (typography.QUOTES), so that
# every stored text shows a quotation as one; the sources hold the words without them.
QUOTATION_FIELDS = ("quotation-text", "quotation-by", "quotation-role")
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "chapters": ("title", "summary", "region", *QUOTATION_FIELDS),
    "sections": ("title", "body", "detail"),
    "perspective_sides": ("text",),
    "events": ("title", "summary", "place"),
    "figures": ("counted",),
    "estimates": ("note",),
    "sources": ("provenance", "gloss"),
    "glossary": ("term", "definition"),
    "warnings": ("label", "phrase"),
    "categories": ("label",),
    "eras": ("title",),
    "pages": ("title", "body"),
    "media": ("caption", "alt"),
    # lesson paths (schema 5): see _PATH_TABLES
    "paths": ("title",),
    "path_aims": ("text",),
    "path_stops": ("question_1", "question_2", "note"),
}

PATH_STOP_KINDS = ("chapter", "section", "event", "source", "figure")
AUDIO_TARGETS = ("chapter", "section", "event")
AUDIO_FORMATS = ("ogg", "mp3", "wav", "flac", "m4a")

SOURCE_KINDS = (
    "archive",
    "official-report",
    "commission",
    "court",
    "historian",
    "journalist",
    "memoir",
    "politician",
    "propaganda-agency",
    "parliament",
    "film",
    "literature",
    "media",
    "statistics",
    "reference",
)

FIGURE_UNITS = ("people", "percent", "years", "ships", "cases", "villages", "farms")

_TABLES = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE languages (
    code TEXT PRIMARY KEY CHECK (code GLOB '[a-z][a-z]*'),
    name TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('ltr', 'rtl')),
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    partial INTEGER NOT NULL CHECK (partial IN (0, 1)),
    prompt TEXT NOT NULL,
    coverage REAL NOT NULL CHECK (coverage BETWEEN 0 AND 1),
    position INTEGER NOT NULL
);
CREATE TABLE warnings (
    id TEXT PRIMARY KEY,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),
    position INTEGER NOT NULL
);
CREATE TABLE categories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
CREATE TABLE eras (
    id TEXT PRIMARY KEY,
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL CHECK (end_year >= start_year),
    position INTEGER NOT NULL
);
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(repr(k) for k in SOURCE_KINDS)})),
    author TEXT NOT NULL,
    title TEXT NOT NULL,
    year INTEGER,
    publisher TEXT,
    reference TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE media (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    credit TEXT NOT NULL,
    licence TEXT NOT NULL,
    perpetrator_photo INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE media_files (
    media_id TEXT NOT NULL REFERENCES media(id),
    variant TEXT NOT NULL CHECK (variant IN ('display', 'card', 'blur')),
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (media_id, variant)
);
CREATE TABLE maps (
    media_id TEXT PRIMARY KEY REFERENCES media(id),
    borders_year INTEGER NOT NULL CHECK (borders_year BETWEEN 1900 AND 2100)
);
CREATE TABLE chapters (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('country', 'theme')),
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL CHECK (end_year >= start_year),
    cover TEXT REFERENCES media(id),
    young_unsuitable INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE quotations (
    id TEXT PRIMARY KEY REFERENCES chapters(id)
);
CREATE TABLE chapter_related (
    chapter_id TEXT NOT NULL REFERENCES chapters(id),
    related_id TEXT NOT NULL REFERENCES chapters(id),
    PRIMARY KEY (chapter_id, related_id)
);
CREATE TABLE sections (
    id TEXT PRIMARY KEY,
    chapter_id TEXT NOT NULL REFERENCES chapters(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'perspective'))
);
CREATE INDEX sections_chapter ON sections(chapter_id, position);
CREATE TABLE perspective_sides (
    id TEXT PRIMARY KEY,
    section_id TEXT NOT NULL REFERENCES sections(id),
    position INTEGER NOT NULL
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    chapter_id TEXT NOT NULL REFERENCES chapters(id),
    edtf TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'season', 'year')),
    approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
    uncertain INTEGER NOT NULL CHECK (uncertain IN (0, 1)),
    is_range INTEGER NOT NULL CHECK (is_range IN (0, 1)),
    position INTEGER NOT NULL
);
CREATE INDEX events_start ON events(start_date);
CREATE TABLE section_media (
    section_id TEXT NOT NULL REFERENCES sections(id),
    media_id TEXT NOT NULL REFERENCES media(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (section_id, media_id)
);
CREATE TABLE event_media (
    event_id TEXT NOT NULL REFERENCES events(id),
    media_id TEXT NOT NULL REFERENCES media(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, media_id)
);
CREATE INDEX events_chapter ON events(chapter_id);
CREATE TABLE figures (
    id TEXT PRIMARY KEY,
    chapter_id TEXT NOT NULL REFERENCES chapters(id),
    unit TEXT NOT NULL CHECK (unit IN ({", ".join(repr(u) for u in FIGURE_UNITS)})),
    as_of TEXT,
    position INTEGER NOT NULL
);
CREATE TABLE estimates (
    id TEXT PRIMARY KEY,
    figure_id TEXT NOT NULL REFERENCES figures(id),
    position INTEGER NOT NULL,
    low REAL NOT NULL,
    high REAL NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    CHECK (low <= high)
);
CREATE TABLE event_figures (
    event_id TEXT NOT NULL REFERENCES events(id),
    figure_id TEXT NOT NULL REFERENCES figures(id),
    PRIMARY KEY (event_id, figure_id)
);
CREATE TABLE event_categories (
    event_id TEXT NOT NULL REFERENCES events(id),
    category_id TEXT NOT NULL REFERENCES categories(id),
    PRIMARY KEY (event_id, category_id)
);
CREATE TABLE map_routes (
    media_id TEXT NOT NULL REFERENCES maps(media_id),
    position INTEGER NOT NULL,
    figure_id TEXT NOT NULL REFERENCES figures(id),
    x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
    y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
    PRIMARY KEY (media_id, position)
);
CREATE TABLE map_places (
    media_id TEXT NOT NULL REFERENCES maps(media_id),
    position INTEGER NOT NULL,
    chapter_id TEXT NOT NULL REFERENCES chapters(id),
    x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
    y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
    PRIMARY KEY (media_id, position)
);
CREATE TABLE glossary (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
CREATE TABLE glossary_aliases (
    glossary_id TEXT NOT NULL REFERENCES glossary(id),
    lang TEXT NOT NULL REFERENCES languages(code),
    alias TEXT NOT NULL,
    PRIMARY KEY (glossary_id, lang, alias)
);
CREATE TABLE pages (
    id TEXT PRIMARY KEY
);
CREATE TABLE curator_notes (
    id TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    note TEXT NOT NULL
);
"""

# Lesson paths (schema 5, issue 17): an ordered walk through the exhibit for a lesson.
# A stop names a chapter, section, event, source or figure by kind and id (checked at
# build time: the tables it may point into differ by kind, so there is no foreign key).
_PATH_TABLES = f"""
CREATE TABLE paths (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    min_age INTEGER NOT NULL,
    max_age INTEGER CHECK (max_age IS NULL OR max_age >= min_age),
    minutes INTEGER NOT NULL CHECK (minutes > 0)
);
CREATE TABLE path_aims (
    id TEXT PRIMARY KEY,
    path_id TEXT NOT NULL REFERENCES paths(id),
    position INTEGER NOT NULL
);
CREATE TABLE path_stops (
    id TEXT PRIMARY KEY,
    path_id TEXT NOT NULL REFERENCES paths(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(repr(k) for k in PATH_STOP_KINDS)})),
    ref TEXT NOT NULL
);
CREATE INDEX path_stops_path ON path_stops(path_id, position);
"""

# Recorded narration (schema 6, issue 16): a curator's recording of a chapter, section or
# event in one language, played by "Read aloud" instead of synthetic speech, and its
# captions as plain-text cues. The bytes are in the database, as an image's are.
_AUDIO_TABLES = f"""
CREATE TABLE audio (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(repr(k) for k in AUDIO_TARGETS)})),
    ref TEXT NOT NULL,
    lang TEXT NOT NULL REFERENCES languages(code),
    format TEXT NOT NULL CHECK (format IN ({", ".join(repr(f) for f in AUDIO_FORMATS)})),
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (kind, ref, lang)
);
CREATE TABLE audio_cues (
    audio_id TEXT NOT NULL REFERENCES audio(id),
    position INTEGER NOT NULL,
    start_ms INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
    text TEXT NOT NULL,
    PRIMARY KEY (audio_id, position)
);
"""

# (table, owner column, owner table) for warning tags; sections tag a layer.
WARNING_LINKS = (
    ("chapter_warnings", "chapter_id", "chapters"),
    ("section_warnings", "section_id", "sections"),
    ("event_warnings", "event_id", "events"),
    ("figure_warnings", "figure_id", "figures"),
    ("media_warnings", "media_id", "media"),
    ("quotation_warnings", "quotation_id", "quotations"),
)
# Citations: which text rests on which source.
CITATION_LINKS = (
    ("section_sources", "section_id", "sections"),
    ("side_sources", "side_id", "perspective_sides"),
    ("event_sources", "event_id", "events"),
    ("figure_sources", "figure_id", "figures"),
    ("quotation_sources", "quotation_id", "quotations"),
)

_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


# What the search screen can find, one table per language: every row a chapter, section,
# event, source or glossary term, with the text it is found by (detail layers never).
SEARCH_COLUMNS: dict[str, type] = {"kind": str, "ref": str, "chapter": str, "title": str,
                                   "body": str}  # fmt: skip
SEARCH_INDEXED = ("title", "body")  # the rest are for showing a hit, not for finding it
SEARCH_TOKENIZE = "unicode61 remove_diacritics 2"  # case and diacritics folded
# Languages written without spaces between words: every three characters are a term, so a
# word is found inside a longer run of text (千島 in 千島列島); shorter queries are matched
# as substrings of the texts (see kiosk.content.sources).
UNSPACED = frozenset({"ja", "zh"})


def search_tokenize(lang: str) -> str:
    """The FTS5 tokenizer of one language's search index."""
    return "trigram" if lang.split("-")[0] in UNSPACED else SEARCH_TOKENIZE


def search_table(lang: str) -> str:
    """Name of the searchable texts of one language (a plain table)."""
    if not _LANG_CODE.match(lang):
        raise ValueError(f"not a language code: {lang!r}")
    return f"search_{lang}"


def fts_table(lang: str) -> str:
    """Name of the FTS5 index over ``search_table(lang)`` (sqlite-utils' naming)."""
    return f"{search_table(lang)}_fts"


def ddl() -> str:
    """The whole schema (without per-language search tables) as SQL."""
    parts = [_TABLES, _PATH_TABLES, _AUDIO_TABLES]
    for table, column, owner in WARNING_LINKS:
        parts.append(
            f"CREATE TABLE {table} (\n"
            f"    {column} TEXT NOT NULL REFERENCES {owner}(id),\n"
            f"    warning_id TEXT NOT NULL REFERENCES warnings(id),\n"
            f"    layer TEXT NOT NULL DEFAULT 'main' CHECK (layer IN ('main', 'detail')),\n"
            f"    PRIMARY KEY ({column}, warning_id, layer)\n);\n"
        )
    for table, column, owner in CITATION_LINKS:
        parts.append(
            f"CREATE TABLE {table} (\n"
            f"    {column} TEXT NOT NULL REFERENCES {owner}(id),\n"
            f"    source_id TEXT NOT NULL REFERENCES sources(id),\n"
            f"    PRIMARY KEY ({column}, source_id)\n);\n"
        )
    for table, fields in TEXT_FIELDS.items():
        allowed = ", ".join(repr(f) for f in fields)
        parts.append(
            f"CREATE TABLE {table}_text (\n"
            f"    id TEXT NOT NULL REFERENCES {table}(id),\n"
            f"    field TEXT NOT NULL CHECK (field IN ({allowed})),\n"
            f"    lang TEXT NOT NULL REFERENCES languages(code),\n"
            f"    text TEXT NOT NULL,\n"
            f"    status TEXT NOT NULL CHECK (status IN ('draft', 'reviewed')),\n"
            f"    PRIMARY KEY (id, field, lang)\n);\n"
        )
    return "".join(parts)


def expected_tables() -> set[str]:
    """Every ordinary table a valid content.db must have."""
    names = set(re.findall(r"CREATE TABLE (\w+)", ddl()))
    return names


def execute_script(conn: sqlite3.Connection, sql: str) -> None:
    """Run DDL statement by statement (``executescript`` would commit an open transaction)."""
    for statement in sql.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def create(conn: sqlite3.Connection) -> None:
    """Create the schema in an empty database."""
    execute_script(conn, ddl())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
