"""What the studio's form shows for each kind of item: every field with its label, help
text and limits, taken from the same rules ``kiosk content validate`` applies."""

from __future__ import annotations

from dataclasses import dataclass

from ..checks import LIMITS
from ..schema import FIGURE_UNITS, SOURCE_KINDS


@dataclass(frozen=True)
class Field:
    """One field of an item's form.

    ``kind`` is line (one line of text), text (paragraphs), int, number, bool, tags
    (warning tags as checkboxes), ids (a list of ids), date (EDTF), choice (one of
    ``choices``), estimates (a figure's estimates) or sides (a perspective's sides).
    """

    name: str
    label: str
    help: str
    kind: str = "line"
    required: bool = False
    words: tuple[int, int] | None = None  # the word limits validate checks
    translatable: bool = False
    choices: tuple[str, ...] = ()
    readonly: bool = False


_ID = Field(
    "id",
    "Id",
    "The item's permanent name in links and translations; it cannot change once published.",
    required=True,
    readonly=True,
)
_TITLE = Field(
    "title",
    "Title",
    "What happened, where: at most 8 words.",
    required=True,
    words=LIMITS["title"],
    translatable=True,
)
_WARN = Field(
    "warnings",
    "Content warnings",
    "Tick every kind of harrowing material this "
    "item describes; visitors are warned before they see it.",
    "tags",
)
_SOURCES = Field(
    "sources",
    "Sources",
    "Ids of the sources this text rests on (at least one).",
    "ids",
    required=True,
)
_IMAGES = Field("images", "Images", "Ids of images from the media list shown with it.", "ids")

FIELDS: dict[str, tuple[Field, ...]] = {
    "chapter": (
        _ID,
        _TITLE,
        Field(
            "summary",
            "Summary",
            "The core fact for a 14-year-old, no graphic detail.",
            "text",
            True,
            LIMITS["chapter summary"],
            True,
        ),
        Field(
            "region", "Region", "Where the chapter takes place.", required=True, translatable=True
        ),
        Field(
            "kind",
            "Kind",
            "A country chapter or a theme chapter.",
            "choice",
            True,
            choices=("country", "theme"),
        ),
        Field("order", "Order", "Position on the home screen (lower comes first).", "int", True),
        Field("start", "First year", "The year the chapter's story begins.", "int", True),
        Field("end", "Last year", "The year it ends.", "int", True),
        _WARN,
        Field("related", "Related chapters", "Ids of chapters to suggest next.", "ids"),
        Field("young_unsuitable", "Not for young visitors", "Hidden in the young profile.", "bool"),
        Field("cover", "Cover image", "Id of an image without warning tags.", "line"),
    ),
    "section": (
        _ID,
        _TITLE,
        Field(
            "body",
            "Text",
            "The story with its figures and who says so: 80-150 words. "
            "Insert figures from the list; never type a number a figure holds.",
            "text",
            True,
            LIMITS["section body"],
            True,
        ),
        _SOURCES,
        _WARN,
        Field(
            "detail",
            "Detail layer",
            "Graphic specifics, only behind a warning and never in the classroom profile.",
            "text",
            translatable=True,
        ),
        Field("detail_warnings", "Detail warnings", "Warnings for the detail layer.", "tags"),
        _IMAGES,
        Field(
            "sides",
            "Sides",
            "A perspective section's views (20-120 words each), each with its sources.",
            "sides",
        ),
    ),
    "event": (
        _ID,
        _TITLE,
        Field(
            "date",
            "Date",
            "EDTF: 1941-06-14, 1941-06, 1941, 1945~ (about), 1941?, 1941-06/1941-07 (a range).",
            "date",
            True,
        ),
        Field("place", "Place", "Where it happened.", required=True, translatable=True),
        Field(
            "summary",
            "Summary",
            "What happened, without graphic detail.",
            "text",
            True,
            LIMITS["event summary"],
            True,
        ),
        Field("categories", "Categories", "Ids from categories.yaml.", "ids"),
        _SOURCES,
        _WARN,
        Field("figures", "Figures", "Ids of figures shown with the event.", "ids"),
        _IMAGES,
    ),
    "figure": (
        _ID,
        Field("unit", "Unit", "What one counts.", "choice", True, choices=tuple(FIGURE_UNITS)),
        Field(
            "counted",
            "What is counted",
            "In words: 'Polish officers shot at Katyn'.",
            required=True,
            translatable=True,
        ),
        Field("as_of", "As of", "EDTF date of the count, if known.", "date"),
        _WARN,
        Field(
            "estimates",
            "Estimates",
            "Every estimate with who gives it; never average disputed numbers.",
            "estimates",
            True,
        ),
    ),
    "source": (
        _ID,
        Field(
            "kind",
            "Kind",
            "What sort of source it is.",
            "choice",
            True,
            choices=tuple(SOURCE_KINDS),
        ),
        Field("author", "Author", "Person or body.", required=True),
        Field("title", "Title", "As published, in its own language.", required=True),
        Field(
            "gloss",
            "Gloss",
            "The title's meaning in English, where it says more.",
            translatable=True,
        ),
        Field("year", "Year", "Year of publication.", "int"),
        Field("publisher", "Publisher", "Publisher or archive."),
        Field(
            "provenance",
            "Provenance",
            "Who produced it and why that matters.",
            "text",
            True,
            translatable=True,
        ),
        Field(
            "reference", "Reference", "Where to find it (ISBN, archive signature).", required=True
        ),
    ),
    "glossary": (
        _ID,
        Field("term", "Term", "The word as visitors meet it.", required=True, translatable=True),
        Field("aliases", "Aliases", "Other spellings.", "ids"),
        Field(
            "definition",
            "Definition",
            "20-60 words.",
            "text",
            True,
            LIMITS["glossary definition"],
            True,
        ),
    ),
    "page": (
        _ID,
        Field("title", "Title", "The page's heading.", required=True, translatable=True),
        Field("body", "Text", "The page's text.", "text", True, translatable=True),
    ),
    "media": (
        _ID,
        Field("file", "File", "Set when the image is imported.", readonly=True),
        Field(
            "alt",
            "Alt text",
            "What the image shows, for visitors who cannot see it.",
            required=True,
            translatable=True,
        ),
        Field("caption", "Caption", "Shown under the image.", "text", True, translatable=True),
        Field("credit", "Credit", "Who made it.", required=True),
        Field("licence", "Licence", "Under what terms it is shown.", required=True),
        _WARN,
        Field("perpetrator_photo", "Taken by the perpetrators", "Needs a warning tag.", "bool"),
    ),
    "note": (
        _ID,
        Field("target", "About", "kind:id of what the note is about, or 'article'.", required=True),
        Field("note", "Note", "What was corrected or left out, and why.", "text", True),
    ),
}

TABLES = {
    "chapter": "chapters",
    "section": "sections",
    "event": "events",
    "figure": "figures",
    "source": "sources",
    "glossary": "glossary",
    "page": "pages",
    "media": "media",
}


def field(kind: str, name: str) -> Field:
    for f in FIELDS[kind]:
        if f.name == name:
            return f
    raise KeyError(f"{kind} has no field {name!r}")
