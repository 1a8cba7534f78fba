"""docs/content-schema.md, generated from the schema so that it cannot drift."""

from __future__ import annotations

import re

from . import schema

INTRO = """# The content.db schema

Generated from `kiosk/content/schema.py` by `kiosk content schema-doc`; a test fails when
this file and the schema differ. Curators may open content.db with any SQLite tool (DB
Browser for SQLite, Datasette) to read it or to edit a copy, then run
`kiosk content validate --db COPY` before publishing it.

- Schema version: {version} (SQLite `user_version`).
- Every visitor text lives in a `<table>_text` table: one row per id, field and language,
  with a status (`draft` or `reviewed`); a missing row means the English text is shown.
- Figures are never typed into prose: texts hold `{{fig:ID}}` placeholders that the exhibit
  fills from `figures` and `estimates`.
- Search: per language, a table `search_<lang>` (kind, ref, chapter, title, body) and its
  FTS5 index `search_<lang>_fts` over title and body (diacritics folded), as sqlite-utils
  makes them (`sqlite-utils search content.db search_en Katyn` searches the same texts).
"""


def render() -> str:
    lines = [INTRO.format(version=schema.SCHEMA_VERSION)]
    for statement in schema.ddl().split(";\n"):
        match = re.search(r"CREATE TABLE (\w+) \((.*)\)", statement, re.S)
        if not match:
            continue
        name, body = match.groups()
        lines.append(f"## `{name}`\n")
        lines.append("| column or rule | definition |\n|---|---|")
        for raw in body.split(",\n"):
            item = " ".join(raw.split())
            if not item:
                continue
            head, _, rest = item.partition(" ")
            if head in ("PRIMARY", "CHECK", "FOREIGN", "UNIQUE"):
                head, rest = "(table)", item
            lines.append(f"| `{head}` | {rest.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
