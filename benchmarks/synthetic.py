"""A large synthetic content.db for benchmarks: 5,000 events over 60 chapters, six languages.

    python benchmarks/synthetic.py OUT.db [--events 5000] [--chapters 60]

The text is random words, so it says nothing; its shape (field lengths, dates, tags,
citations, translations) follows the real content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import sys
from pathlib import Path

import offscreen  # noqa: F401 - imports the kiosk of this checkout

from kiosk.content import build, loader
from kiosk.content import model as m
from kiosk.content.repository import file_sha256
from kiosk.content.translations import Translation, text_units

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "de", "pl", "ru", "et", "ja"]
WORDS = [
    "army",
    "deportation",
    "village",
    "prisoners",
    "winter",
    "archive",
    "court",
    "estimate",
    "camp",
    "railway",
    "families",
    "officers",
    "region",
    "orders",
    "witness",
    "report",
    "trial",
    "memory",
    "border",
    "river",
    "town",
    "school",
    "soldiers",
    "civilians",
    "commission",
    "historian",
    "records",
    "rations",
    "forest",
    "column",
    "station",
    "hospital",
    "letter",
]


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make(events: int, chapters: int, seed: int = 7) -> m.Content:
    rng = random.Random(seed)
    real = loader.load(ROOT / "assets" / "content")
    c = m.Content(
        languages=[m.Language(code, code.upper(), "ltr", True, False, "Touch") for code in LANGS],
        warnings=real.warnings,
        categories=real.categories,
        eras=real.eras,
        pages=real.pages,
    )
    c.sources = [
        m.Source(
            f"source-{i}",
            "historian",
            f"Author {i}",
            f"Book {i}",
            1990 + i % 30,
            None,
            words(rng, 30),
            f"Author {i}. Book {i}.",
        )
        for i in range(200)
    ]
    for ci in range(chapters):
        cid = f"chapter-{ci}"
        per = events // chapters + (1 if ci < events % chapters else 0)
        figs = [
            m.Figure(
                f"{cid}-fig-{k}",
                "people",
                words(rng, 6),
                [m.Estimate(1000 * (k + 1), 5000 * (k + 1), rng.choice(c.sources).id)],
                chapter_id=cid,
            )
            for k in range(3)
        ]
        sections = [
            m.Section(
                f"{cid}-s{k}",
                words(rng, 5),
                words(rng, 120) + f" {{fig:{figs[k].id}}}",
                [rng.choice(c.sources).id],
                ["violence"] if k == 1 else [],
            )
            for k in range(3)
        ]
        evs = []
        for ei in range(per):
            start = dt.date(1918, 1, 1) + dt.timedelta(days=rng.randrange(0, 106 * 365))
            form = rng.random()
            date = (
                start.isoformat() if form < 0.5
                else f"{start.year}-{start.month:02d}" if form < 0.8
                else f"{start.year}" if form < 0.9
                else f"{start.year}/{min(2025, start.year + rng.randint(1, 4))}"
            )  # fmt: skip
            evs.append(
                m.Event(
                    f"{cid}-e{ei}",
                    date,
                    words(rng, 2),
                    words(rng, 5),
                    words(rng, 40),
                    [rng.choice(real.categories).id],
                    [rng.choice(c.sources).id],
                    ["violence"] if ei % 3 == 0 else [],
                    chapter_id=cid,
                )
            )
        c.chapters.append(
            m.Chapter(
                cid,
                ci,
                "country",
                "Region",
                1918,
                2024,
                words(rng, 4),
                words(rng, 55),
                sections,
                evs,
                figs,
                ["violence"] if ci % 2 else [],
            )
        )
        c.origins[f"chapter:{cid}"] = f"chapters/{ci:02d}-{cid}.yaml"
    units = list(text_units(c))
    c.translations = {
        lang: {u.key: Translation(f"[{lang}] {u.text}", "draft") for u in units}
        for lang in LANGS[1:]
    }
    return c


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("out", type=Path)
    p.add_argument("--events", type=int, default=5000)
    p.add_argument("--chapters", type=int, default=60)
    args = p.parse_args()
    content = make(args.events, args.chapters)
    # built beside the target and swapped in whole, with the checksum the exhibit
    # verifies before it opens a database: another run reading it meanwhile sees the old
    # file or the new one, never half of one
    staging = args.out.with_name(f".{args.out.name}.building-{os.getpid()}")
    staging.unlink(missing_ok=True)
    conn = sqlite3.connect(staging, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN")
    build.write(content, conn, "synthetic", lambda msg: print(f"  {msg}", file=sys.stderr))
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    digest = file_sha256(staging)
    os.replace(staging, args.out)
    manifest = args.out.with_name(args.out.name + ".sha256")
    tmp = manifest.with_name(f".{manifest.name}.tmp-{os.getpid()}")
    tmp.write_text(f"{digest}  {args.out.name}\n", encoding="ascii")
    os.replace(tmp, manifest)
    print(f"wrote {args.out}: {len(content.all_events())} events, {len(content.chapters)} chapters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
