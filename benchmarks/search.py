"""Search speed: median and p95 over 200 realistic queries, beside a bare FTS5 MATCH.

    python benchmarks/search.py [--big BIG.db]

Realistic queries are names, places and words from the exhibit's own titles, typed in
full or as the first letters (as the screen searches while the visitor types).
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from offscreen import synthetic_db

from kiosk.content import schema
from kiosk.content.repository import Repository
from kiosk.content.sources import SourceQueries, build_match

ROOT = Path(__file__).resolve().parent.parent


def queries(db: Path, n: int = 200, seed: int = 3) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    titles = [
        r[0] for r in conn.execute("SELECT text FROM events_text WHERE field='title' AND lang='en'")
    ]
    vocab = sorted({w for t in titles for w in re.findall(r"[^\W\d_]{4,}", t)})
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        w = rng.choice(vocab)
        out.append(w[: rng.randint(3, len(w))] if rng.random() < 0.6 else w)
    return out


def timed(fn, items: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for q in items:
        t0 = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def measure(db: Path) -> tuple[list[float], list[float]]:
    repo = Repository.open(db)
    sq = SourceQueries(repo)
    qs = queries(db)

    def bare(q: str) -> None:
        match = build_match(q)
        if match:
            table = schema.fts_table("en")
            repo.conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT 60",
                (match,),
            ).fetchall()

    timed(lambda q: sq.search(q, "en"), qs[:20])  # warm the page cache
    return timed(lambda q: sq.search(q, "en"), qs), timed(bare, qs)


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--big", type=Path, default=None, help="synthetic database (built if absent)")
    args = p.parse_args()
    args.big = synthetic_db(args.big)

    def p95(xs: list[float]) -> float:
        return sorted(xs)[int(0.95 * len(xs)) - 1]

    print(
        f"{'search, 200 queries (ms)':34} {'median':>8} {'floor':>8} {'ratio':>7} {'p95':>8} {'floor':>8} {'ratio':>7}"
    )
    for name, db, p95_target in (
        ("real content", ROOT / "content.db", 5.0),
        ("synthetic 5,000 events", args.big, 20.0),
    ):
        ours, floor = measure(db)
        mo, mf, po, pf = statistics.median(ours), statistics.median(floor), p95(ours), p95(floor)
        ok = "ok" if mo / mf <= 2 and po <= p95_target else "OVER"
        print(
            f"{name:34} {mo:8.2f} {mf:8.2f} {mo / mf:6.2f}x {po:8.2f} {pf:8.2f} {po / pf:6.2f}x  {ok}"
        )
    print("targets: median at most 2x the bare MATCH; p95 under 5 ms (real) and 20 ms (synthetic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
