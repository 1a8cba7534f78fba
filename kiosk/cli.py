"""The ``kiosk`` command: run the exhibit, build and check content, render screenshots."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.model import Content

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = PROJECT_ROOT / "content.db"
DEFAULT_SOURCES = PROJECT_ROOT / "assets" / "content"
DEFAULT_OUTLINES = PROJECT_ROOT / "assets" / "geodata" / "ne_110m_countries.shp"


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return w, h


def _progress(msg: str) -> None:
    print(f"  {msg}", file=sys.stderr, flush=True)


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.app.main import run

    return run(
        content=args.content,
        windowed=args.window,
        size=args.size,
        config_path=args.config,
        profile=args.profile,
        preview=args.preview,
    )


def cmd_build(args: argparse.Namespace) -> int:
    from kiosk.content import build, loader

    print(f"Building {args.out} from {args.src}", file=sys.stderr)
    try:
        warnings = build.build(args.src, args.out, progress=_progress)
    except loader.SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except build.BuildError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"{len(exc.problems)} error(s); {args.out} was not changed", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the database was not changed", file=sys.stderr)
        return 130
    for p in warnings:
        print(p, file=sys.stderr)
    print(f"built {args.out} ({len(warnings)} warning(s))", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kiosk.content import checks, loader, repository

    problems: list[checks.Problem] = []
    if args.db is not None:
        try:
            repository.Repository.open(args.db).close()
        except repository.ContentError as exc:
            problems.append(checks.Problem(str(args.db), str(exc)))
        else:
            from kiosk.content import export

            problems += checks.run(export.load_db(args.db))
    if args.db is None or args.sources is not None:
        src = args.sources or DEFAULT_SOURCES
        try:
            problems += checks.run(loader.load(src))
        except loader.SourceError as exc:
            problems.append(checks.Problem(exc.where, exc.message))
    errors = sum(p.severity == "error" for p in problems)
    if args.json:
        print(json.dumps([p.__dict__ for p in problems], indent=2, ensure_ascii=False))
    else:
        for p in problems:
            print(p)
        print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0


def _load_sources(src: Path) -> Content | None:
    from kiosk.content import loader

    try:
        return loader.load(src)
    except loader.SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def cmd_export_po(args: argparse.Namespace) -> int:
    from kiosk.content import translations

    content = _load_sources(args.src)
    if content is None:
        return 1
    if args.lang == "en" or args.lang not in {lang.code for lang in content.languages}:
        print(
            f"error: {args.lang!r} is not a translation language in languages.yaml", file=sys.stderr
        )
        return 1
    for path in translations.export(args.src, content, args.lang, args.out):
        print(path)
    return 0


def cmd_import_po(args: argparse.Namespace) -> int:
    from kiosk.content import translations

    content = _load_sources(args.src)
    if content is None:
        return 1
    try:
        report = translations.import_po(args.src, content, args.file, args.lang)
    except ValueError as exc:
        print(f"error: {exc}; nothing was changed", file=sys.stderr)
        return 1
    for p in report.problems or []:
        print(f"{p.where}: {p.message}")
    print(
        f"{report.lang}: {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.kept_reviewed} reviewed kept (empty in the file), "
        f"{len(report.problems or [])} skipped"
    )
    return 1 if report.problems else 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from kiosk.content import translations

    content = _load_sources(args.src)
    if content is None:
        return 1
    result = {
        lang.code: translations.coverage(content, content.translations, lang.code)
        for lang in content.languages
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0

    def line(share: dict[str, float]) -> str:
        return ", ".join(f"{k} {share[k]:.0%}" for k in ("reviewed", "draft", "missing"))

    for code, cov in result.items():
        print(f"{code}: {line(cov)}")
        if args.chapters:
            for chapter, share in cov["chapters"].items():
                print(f"    {chapter:24} {line(share)}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from kiosk.content.repository import ContentError, Repository
    from kiosk.content.sources import SourceQueries

    try:
        repo = Repository.open(args.db)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    order = ["chapter", "section", "event", "source", "glossary"]
    hits = sorted(
        SourceQueries(repo).search(args.query, args.lang), key=lambda h: order.index(h.kind)
    )
    for h in hits:
        snippet = h.snippet.replace("\x02", "[").replace("\x03", "]")
        place = f"{h.chapter_id}/" if h.chapter_id and h.kind != "chapter" else ""
        print(f"{h.kind}\t{place}{h.ref}\t{h.title}\t{snippet}")
    return 0 if hits else 1


def _db_problems(db: Path) -> list[str]:
    """Content rules over a database (as over the sources): the same checks."""
    from kiosk.content import checks, export

    try:
        content = export.load_db(db)
    except Exception as exc:
        return [f"{db.name}: cannot be read as exhibit content: {exc}"]
    return [str(p) for p in checks.run(content) if p.severity == "error"]


def cmd_export(args: argparse.Namespace) -> int:
    from kiosk.content import export
    from kiosk.content.repository import ContentError

    try:
        files = export.export_db(args.db, args.dir)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(files)} file(s) to {args.dir}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    args.src, args.out = args.dir, args.db
    return cmd_build(args)


def cmd_diff(args: argparse.Namespace) -> int:
    from kiosk.content import diff
    from kiosk.content.repository import ContentError

    try:
        changes = diff.diff(args.old, args.new)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in diff.report(changes):
        print(line)
    return 0


def cmd_schema_doc(args: argparse.Namespace) -> int:
    from kiosk.content import schemadoc

    args.out.write_text(schemadoc.render(), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from kiosk.content import publish

    try:
        v = publish.publish(
            args.db, args.to, keep=args.keep, progress=_progress, check=_db_problems
        )
    except publish.PublishError as exc:
        print(f"error: {exc}; the kiosks keep the version they have", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the kiosks keep the version they have", file=sys.stderr)
        return 130
    print(f"published version {v.number} ({v.content_version}) to {args.to}")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from kiosk.content import publish

    try:
        v = publish.rollback(args.to, args.version)
    except publish.PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"kiosks now use version {v.number} ({v.content_version})")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from kiosk.content import publish

    found = publish.versions(args.to)
    if not found:
        print(f"nothing has been published to {args.to}", file=sys.stderr)
        return 1
    for v in found:
        mark = "*" if v.current else " "
        print(f"{mark} {v.number:4d}  {v.content_version}  {v.path.name}")
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from kiosk.app.screenshots import render_all

    return render_all(
        args.outdir, args.size, content=args.content, lang=args.lang, profile=args.profile
    )


def cmd_i18n_update(args: argparse.Namespace) -> int:
    from kiosk.app import i18n

    for path in i18n.update(args.lang or None):
        print(path)
    return 0


def cmd_i18n_build(args: argparse.Namespace) -> int:
    from kiosk.app import i18n

    built = i18n.build()
    print(f"{len(built)} translation(s) compiled", file=sys.stderr)
    return 0


def cmd_fonts_check(args: argparse.Namespace) -> int:
    from kiosk import fonts

    missing = fonts.missing_glyphs(fonts.shipped_strings(args.db), fonts.covered())
    for ch, sample in missing.items():
        print(f"U+{ord(ch):04X} {ch!r} has no glyph (in: {sample})")
    return 1 if missing else 0


def cmd_fonts_subset(args: argparse.Namespace) -> int:
    from kiosk import fonts

    glyphs = fonts.subset_cjk(args.cjk, args.db)
    print(f"wrote {fonts.FONTS_DIR / fonts.CJK_SUBSET} ({glyphs} glyphs)")
    return 0


def cmd_media_add(args: argparse.Namespace) -> int:
    from kiosk.content import media

    tags = [t for t in (args.warn or "").split(",") if t]
    try:
        added = media.add(args.src, args.file, args.alt, args.credit, args.licence,
                          args.caption or "", tags, args.id, args.perpetrator_photo)  # fmt: skip
    except media.MediaError as exc:
        print(f"error: {args.file.name}: {exc}; nothing was added", file=sys.stderr)
        return 1
    for note in added.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"added {added.id} ({added.file}); run 'kiosk content build' to include it")
    return 0


def cmd_media_maps(args: argparse.Namespace) -> int:
    from kiosk.content import maps, media

    try:
        added = maps.make_all(args.src, args.outlines, progress=lambda m: print(m, flush=True))
    except (maps.MapError, media.MediaError) as exc:
        print(f"error: {exc}; maps already added are kept", file=sys.stderr)
        return 1
    print(f"added {len(added)} map(s); run 'kiosk content build' to include them")
    return 0


def cmd_hash_pin(args: argparse.Namespace) -> int:
    from kiosk.app.config import hash_pin

    pin = args.pin if args.pin is not None else sys.stdin.readline().strip()
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        print("error: the PIN must be 4 to 12 digits", file=sys.stderr)
        return 2
    print(hash_pin(pin))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="open the exhibit (full screen unless --window)")
    run.add_argument("--content", type=Path, default=DEFAULT_DB, help="content database to show")
    run.add_argument("--window", action="store_true", help="open in a window, not full screen")
    run.add_argument("--size", type=_size, default=None, help="window size, e.g. 1366x768")
    run.add_argument("--config", type=Path, default=None, help="kiosk configuration file (TOML)")
    run.add_argument(
        "--profile", choices=("museum", "classroom", "young"), default=None,
        help="audience profile (overrides the configuration)",
    )  # fmt: skip
    run.add_argument("--preview", action="store_true", help="mark the screen as a curator preview")
    run.set_defaults(func=cmd_run)

    content = sub.add_parser("content", help="build and check the exhibit content")
    csub = content.add_subparsers(dest="content_command", required=True, metavar="ACTION")
    b = csub.add_parser("build", help="build content.db from the YAML sources")
    b.add_argument("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")
    b.add_argument("--out", type=Path, default=DEFAULT_DB, help="database to write")
    b.set_defaults(func=cmd_build)
    v = csub.add_parser("validate", help="check the sources (or a database) and list problems")
    v.add_argument(
        "--sources", type=Path, nargs="?", const=DEFAULT_SOURCES, default=None,
        help="check the YAML sources (default folder when no path is given)",
    )  # fmt: skip
    v.add_argument("--db", type=Path, default=None, help="check that a database opens cleanly")
    v.add_argument("--json", action="store_true", help="print the problems as JSON")
    v.set_defaults(func=cmd_validate)

    ex = csub.add_parser("export-po", help="write a language's PO files for translators")
    ex.add_argument("lang", help="language code, e.g. de")
    ex.add_argument("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")
    ex.add_argument(
        "--out", type=Path, default=None, help="folder to write to (default: the sources)"
    )
    ex.set_defaults(func=cmd_export_po)
    im = csub.add_parser("import-po", help="merge a translator's PO file into the sources")
    im.add_argument("file", type=Path, help="the PO file")
    im.add_argument("--lang", default=None, help="language code (default: from the file)")
    im.add_argument("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")
    im.set_defaults(func=cmd_import_po)
    cov = csub.add_parser(
        "coverage", help="share of fields reviewed, draft and missing per language"
    )
    cov.add_argument("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")
    cov.add_argument("--chapters", action="store_true", help="also list every chapter")
    cov.add_argument("--json", action="store_true", help="print JSON for tools")
    cov.set_defaults(func=cmd_coverage)

    exp = csub.add_parser("export", help="write a database's content as editable YAML and PO files")
    exp.add_argument("dir", type=Path, help="folder to write (replaced whole)")
    exp.add_argument("--db", type=Path, default=DEFAULT_DB, help="database to read")
    exp.set_defaults(func=cmd_export)
    imp = csub.add_parser(
        "import", help="check a folder of YAML and PO files and write it to a database"
    )
    imp.add_argument("dir", type=Path, help="folder of editable files (as written by export)")
    imp.add_argument("--db", type=Path, default=DEFAULT_DB, help="database to create or update")
    imp.set_defaults(func=cmd_import)

    df = csub.add_parser("diff", help="what changed between two content versions")
    df.add_argument("old", type=Path, help="the earlier database")
    df.add_argument("new", type=Path, help="the later database")
    df.set_defaults(func=cmd_diff)
    sd = csub.add_parser("schema-doc", help="write docs/content-schema.md from the schema")
    sd.add_argument(
        "--out",
        type=Path,
        default=PROJECT_ROOT / "docs" / "content-schema.md",
        help="file to write",
    )
    sd.set_defaults(func=cmd_schema_doc)

    pub = csub.add_parser("publish", help="publish a database to a kiosk content folder")
    pub.add_argument("db", type=Path, help="the database to publish")
    pub.add_argument("--to", type=Path, required=True, help="the kiosks' content folder")
    pub.add_argument("--keep", type=int, default=5, help="versions to keep (default 5)")
    pub.set_defaults(func=cmd_publish)
    rb = csub.add_parser("rollback", help="point the kiosks back at an earlier version")
    rb.add_argument(
        "version",
        type=int,
        nargs="?",
        default=None,
        help="version number (default: the one before)",
    )
    rb.add_argument("--to", type=Path, required=True, help="the kiosks' content folder")
    rb.set_defaults(func=cmd_rollback)
    hi = csub.add_parser("history", help="list the published versions (* marks the current one)")
    hi.add_argument("--to", type=Path, required=True, help="the kiosks' content folder")
    hi.set_defaults(func=cmd_history)

    se = csub.add_parser("search", help="search the exhibit as the search screen does")
    se.add_argument("query", help="words to look for (any text is safe)")
    se.add_argument("--lang", default="en", help="language code (falls back to English)")
    se.add_argument("--db", type=Path, default=DEFAULT_DB, help="content database")
    se.set_defaults(func=cmd_search)

    shots = sub.add_parser("screenshots", help="render every screen offscreen to PNG files")
    shots.add_argument("outdir", type=Path, help="folder for the PNG files")
    shots.add_argument("--size", type=_size, default=(1920, 1080), help="e.g. 1920x1080")
    shots.add_argument("--content", type=Path, default=DEFAULT_DB, help="content database")
    shots.add_argument("--lang", default="en", help="language code")
    shots.add_argument(
        "--profile", choices=("museum", "classroom", "young"), default="museum",
        help="audience profile",
    )  # fmt: skip
    shots.set_defaults(func=cmd_screenshots)

    media = sub.add_parser("media", help="add images to the exhibit's sources")
    msub = media.add_subparsers(dest="media_command", required=True, metavar="ACTION")
    ma = msub.add_parser(
        "add", help="check, clean and add an image (the build makes its blurred stand-in)"
    )
    ma.add_argument("file", type=Path, help="the image file")
    ma.add_argument("--alt", required=True, help="alt text: what the image shows, in words")
    ma.add_argument("--credit", required=True, help="who made or holds the image")
    ma.add_argument("--licence", required=True, help="licence, e.g. CC BY-SA 4.0 or public domain")
    ma.add_argument("--caption", default=None, help="caption (default: the alt text)")
    ma.add_argument(
        "--warn",
        default=None,
        help="warning tags, comma separated: a tagged image stays blurred until the visitor "
        "chooses to see it; graphic-image is never shown in the classroom or under-14 profiles",
    )
    ma.add_argument(
        "--perpetrator-photo",
        action="store_true",
        help="the photograph was taken by the perpetrators; the kiosk captions it as such",
    )
    ma.add_argument("--id", default=None, help="media id (default: from its checksum)")
    ma.add_argument("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")
    ma.set_defaults(func=cmd_media_add)
    mm = msub.add_parser(
        "maps", help="draw the locator maps listed in maps.yaml and add them as images"
    )
    mm.add_argument("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")
    mm.add_argument(
        "--outlines", type=Path, default=DEFAULT_OUTLINES,
        help="country outlines (ESRI shapefile, Natural Earth 1:110m)",
    )  # fmt: skip
    mm.set_defaults(func=cmd_media_maps)

    i18n = sub.add_parser("i18n", help="interface translations (.ts sources, .qm builds)")
    isub = i18n.add_subparsers(dest="i18n_command", required=True, metavar="ACTION")
    iu = isub.add_parser("update", help="add new interface strings to the .ts files")
    iu.add_argument("lang", nargs="*", help="language codes (default: every .ts file)")
    iu.set_defaults(func=cmd_i18n_update)
    ib = isub.add_parser("build", help="compile the .ts files into .qm files")
    ib.set_defaults(func=cmd_i18n_build)

    fonts = sub.add_parser("fonts", help="check and make the bundled fonts")
    fsub = fonts.add_subparsers(dest="fonts_command", required=True, metavar="ACTION")
    fc = fsub.add_parser("check", help="list characters of shipped text that no font covers")
    fc.add_argument("--db", type=Path, default=DEFAULT_DB, help="content database")
    fc.set_defaults(func=cmd_fonts_check)
    fs = fsub.add_parser("subset", help="make the Japanese font subset for the shipped text")
    fs.add_argument("--cjk", type=Path, required=True, help="a full Noto Sans CJK font file")
    fs.add_argument("--db", type=Path, default=DEFAULT_DB, help="content database")
    fs.set_defaults(func=cmd_fonts_subset)

    pin = sub.add_parser("hash-pin", help="print a salted hash of an admin PIN for the config")
    pin.add_argument("pin", nargs="?", default=None, help="the PIN (read from stdin if omitted)")
    pin.set_defaults(func=cmd_hash_pin)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
