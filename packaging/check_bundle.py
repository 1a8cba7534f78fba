"""Start the one-folder bundle as a kiosk would, without the build's Python, and check it.

    python packaging/check_bundle.py dist/exhibit       (make bundle-check)

The bundle is copied to a temporary folder (it must run wherever it is installed) and
started with an empty environment: PATH=/usr/bin:/bin, offscreen Qt, no virtualenv, no
PYTHONPATH, another working folder. It must

- hold its QML module, the .qm of every interface language, the fonts, content.db with
  its checksum, and the Qt plugins a kiosk uses (platforms, JPEG, on-screen keyboard);
- publish its own content.db with ``kiosk content publish``;
- run as the units start it (``kiosk run --content FOLDER --config kiosk.toml``): say
  READY=1 after its first frame, ping the watchdog, end cleanly on SIGTERM;
- draw the attract screen (``kiosk screenshots``): a 1920x1080 PNG with text on it, not
  the staff error screen;
- load no file from the source tree, the build's virtualenv or the build's Python.

Prints one line per check and the figures (size, seconds to READY and to the attract
screen); exits 1 if any check failed. Needs Linux (it reads /proc) and Pillow.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1920, 1080)
QT = Path("_internal/PySide6/Qt")
NEEDED = [
    QT / "plugins/platforms/libqoffscreen.so",
    QT / "plugins/platforms/libqxcb.so",
    QT / "plugins/platforms/libqwayland.so",
    QT / "plugins/platforms/libqeglfs.so",
    QT / "plugins/platforms/libqlinuxfb.so",
    QT / "plugins/imageformats/libqjpeg.so",
    QT / "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    QT / "qml/QtQuick/Controls/Basic/qmldir",
    QT / "qml/QtQuick/Layouts/qmldir",
    QT / "qml/QtQuick/VirtualKeyboard/qmldir",
]


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'}  {what}" + (f": {detail}" if detail and not ok else ""))
        if not ok:
            self.failures.append(what)
        return ok

    def figure(self, what: str, value: str) -> None:
        print(f"      {what}: {value}")


def contents(bundle: Path, report: Report) -> None:
    internal = bundle / "_internal"
    qml = [p.relative_to(ROOT) for p in (ROOT / "kiosk" / "qml").rglob("*") if p.is_file()]
    missing = [str(p) for p in qml if not (internal / p).is_file()]
    report.check(not missing, "the QML module Kiosk is complete", ", ".join(missing[:5]))
    langs = sorted(p.stem for p in (ROOT / "kiosk" / "i18n").glob("kiosk_*.ts"))
    missing = [
        f"{lang}.qm" for lang in langs if not (internal / "kiosk/i18n" / f"{lang}.qm").is_file()
    ]
    report.check(
        bool(langs) and not missing,
        f"{len(langs)} interface translations (.qm)",
        ", ".join(missing),
    )
    fonts = sorted(p.name for p in (ROOT / "assets" / "fonts").iterdir())
    missing = [f for f in fonts if not (internal / "assets/fonts" / f).is_file()]
    report.check(not missing, f"{len(fonts)} font files", ", ".join(missing))
    db, manifest = internal / "content.db", internal / "content.db.sha256"
    digest = hashlib.sha256(db.read_bytes()).hexdigest() if db.is_file() else ""
    recorded = manifest.read_text(encoding="ascii").split()[0] if manifest.is_file() else "?"
    report.check(
        digest == recorded, "content.db matches content.db.sha256", f"{digest} != {recorded}"
    )
    missing = [str(p) for p in NEEDED if not (bundle / p).is_file()]
    report.check(not missing, "Qt plugins and QML modules a kiosk needs", ", ".join(missing))


class Maps:
    """Every file the bundle's processes map (libraries, plugins, fonts), sampled."""

    def __init__(self) -> None:
        self.files: set[str] = set()

    def sample(self, pid: int) -> None:
        try:
            lines = Path(f"/proc/{pid}/maps").read_text().splitlines()
        except OSError:
            return
        self.files.update(line.split(None, 5)[5] for line in lines if len(line.split(None, 5)) == 6)

    def foreign(self, bundle: Path) -> list[str]:
        """Mapped files from the source tree, the build's virtualenv or its Python."""
        python = sysconfig.get_paths()
        roots = {ROOT, Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix)}
        roots |= {Path(python["stdlib"]), Path(python["platstdlib"])}
        roots |= {Path(p) for p in sys.path if p and Path(p).is_dir()}  # site-packages too
        roots = {r.resolve() for r in roots if r.resolve() not in (Path("/usr"), Path("/"))}
        out = []
        for name in sorted(self.files):
            path = Path(name)
            if not path.is_absolute() or path.is_relative_to(bundle):
                continue
            if any(path.is_relative_to(r) for r in roots) or path.name.startswith("libpython"):
                out.append(name)
        return out


def run(
    argv: list[str],
    env: dict[str, str],
    cwd: Path,
    maps: Maps,
    timeout: float = 300,
    on_line: Callable[[str], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a bundle command to the end, sampling what it maps."""
    proc = subprocess.Popen(
        argv, env=env, cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out: list[str] = []
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        maps.sample(proc.pid)
        for line in iter(proc.stdout.readline, ""):
            out.append(line)
            if on_line:
                on_line(line)
        time.sleep(0.05)
    if proc.poll() is None:
        proc.kill()
    rest, err = proc.communicate()
    for line in (rest or "").splitlines(keepends=True):
        out.append(line)
        if on_line:
            on_line(line)
    return subprocess.CompletedProcess(argv, proc.returncode, "".join(out), err)


def unit_arguments() -> list[str]:
    """The exhibit's arguments in the kiosk unit, after the program (and cage's --)."""
    for line in (ROOT / "packaging" / "exhibit-cage.service").read_text().splitlines():
        if line.startswith("ExecStart="):
            words = line.split("=", 1)[1].split()
            return words[words.index("run") :]
    raise SystemExit("no ExecStart in packaging/exhibit-cage.service")


def serve_like_systemd(
    kiosk: Path, env: dict[str, str], tmp: Path, content: Path, maps: Maps, report: Report
) -> None:
    args = unit_arguments()
    args[args.index("--content") + 1] = str(content)
    args[args.index("--config") + 1] = str(ROOT / "packaging" / "kiosk.toml")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp / "notify"))
    sock.settimeout(0.1)
    unit_env = dict(env, NOTIFY_SOCKET=str(tmp / "notify"), WATCHDOG_USEC="2000000")
    start = time.monotonic()
    proc = subprocess.Popen(
        [str(kiosk), *args],
        env=unit_env,
        cwd=tmp,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    ready, pings = None, 0
    while proc.poll() is None and time.monotonic() - start < 60 and pings < 2:
        maps.sample(proc.pid)
        try:
            message = sock.recv(256).decode()
        except TimeoutError:
            continue
        if message == "READY=1" and ready is None:
            ready = time.monotonic() - start
        elif message == "WATCHDOG=1" and ready is not None:
            pings += 1
    sock.close()
    report.check(ready is not None, "kiosk run says READY=1 after its first frame")
    if ready is not None:
        report.figure("start to READY=1 (first frame)", f"{ready:.1f} s")
    report.check(pings >= 2, "kiosk run pings the watchdog while it draws")
    code = None
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    else:
        code = proc.returncode
    _out, err = proc.communicate()
    report.check(code == 0, "kiosk run ends cleanly on SIGTERM", f"exit {code}: {err[-500:]!r}")
    log = tmp / "state" / "soviet-war-crimes-exhibit" / "kiosk.log"
    lines = log.read_text().splitlines() if log.is_file() else ["no kiosk.log ERROR "]
    errors = [line for line in lines if " ERROR " in line or " CRITICAL " in line]
    report.check(not errors, "kiosk run logs no error", "; ".join(errors[:3]))


def attract(image: Path) -> str:
    """Why ``image`` is not a drawn attract screen ("" when it is)."""
    with Image.open(image) as im:
        if im.size != SIZE:
            return f"{im.size[0]}x{im.size[1]}, not {SIZE[0]}x{SIZE[1]}"
        colours = im.convert("RGB").getcolors(1 << 24) or []
    background = max(colours)[0] / (SIZE[0] * SIZE[1]) if colours else 1.0
    if len(colours) < 100 or background > 0.995:
        return f"{len(colours)} colours, {background:.1%} background: nothing drawn"
    return ""


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("bundle", type=Path, help="the bundle folder (dist/exhibit)")
    args = p.parse_args()
    source = args.bundle.resolve()
    if not (source / "kiosk").is_file():
        print(f"no bundle at {source} (make bundle)", file=sys.stderr)
        return 2
    report = Report()
    report.figure(
        "bundle", f"{_size(source) / 1e6:.0f} MB in {sum(1 for _ in source.rglob('*'))} files"
    )
    contents(source, report)
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as folder:
        tmp = Path(folder)
        bundle = tmp / "exhibit"
        shutil.copytree(source, bundle, symlinks=True)
        kiosk = bundle / "kiosk"
        for sub in ("home", "tmp", "state", "runtime"):
            (tmp / sub).mkdir(mode=0o700)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp / "home"),
            "LANG": "C.UTF-8",
            "TMPDIR": str(tmp / "tmp"),
            "XDG_STATE_HOME": str(tmp / "state"),
            "XDG_RUNTIME_DIR": str(tmp / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
            "QT_QUICK_BACKEND": "software",
        }
        maps = Maps()
        out = run([str(kiosk), "--help"], env, tmp, maps, timeout=60)
        report.check(
            out.returncode == 0 and "usage: kiosk" in out.stdout, "kiosk --help", out.stderr[-300:]
        )
        content = tmp / "srv"
        out = run(
            [
                str(kiosk),
                "content",
                "publish",
                str(bundle / "_internal" / "content.db"),
                "--to",
                str(content),
            ],
            env,
            tmp,
            maps,
            timeout=120,
        )
        report.check(
            out.returncode == 0, "kiosk content publish (the bundled content)", out.stderr[-300:]
        )
        serve_like_systemd(kiosk, env, tmp, content, maps, report)
        shots = tmp / "shots"
        start = time.monotonic()
        first: list[float] = []

        def seen(line: str) -> None:
            if line.strip().endswith("attract.png") and not first:
                first.append(time.monotonic() - start)

        out = run(
            [str(kiosk), "screenshots", str(shots), "--size", f"{SIZE[0]}x{SIZE[1]}"],
            env,
            tmp,
            maps,
            on_line=seen,
        )
        taken = sorted(p.name for p in shots.glob("*.png")) if shots.is_dir() else []
        report.check(
            out.returncode == 0,
            "kiosk screenshots",
            f"exit {out.returncode}: {out.stderr[-500:]!r}",
        )
        report.check("error.png" not in taken, "the content opens (no staff error screen)")
        why = attract(shots / "attract.png") if "attract.png" in taken else "no attract.png"
        report.check(not why, "the attract screen is drawn at 1920x1080", why)
        report.check("Traceback" not in out.stderr, "no Python traceback", out.stderr[-500:])
        if first:
            report.figure("start to attract.png written", f"{first[0]:.1f} s")
        report.figure("screens rendered", f"{len(taken)} in {time.monotonic() - start:.1f} s")
        foreign = maps.foreign(bundle)
        report.check(
            not foreign,
            "nothing loaded from the source tree or the build's Python",
            ", ".join(foreign[:5]),
        )
    if report.failures:
        print(f"bundle check: {len(report.failures)} failed", file=sys.stderr)
        return 1
    print("bundle check: passed")
    return 0


def _size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    sys.exit(main())
