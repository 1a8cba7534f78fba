"""Build a Debian package from the one-folder bundle.

    python packaging/make_deb.py dist/exhibit --out dist        (make deb)

The package installs the bundle in /opt/exhibit (entry point /opt/exhibit/kiosk), the
kiosk units in /lib/systemd/system, the desktop-session unit in /usr/lib/systemd/user,
the autostart desktop file in /usr/share/applications and the configuration in
/etc/exhibit/kiosk.toml (a conffile: an update keeps local changes). Its maintainer
scripts (packaging/deb/) create the user ``exhibit`` and the content folder /srv/exhibit,
publish the bundled content there when nothing was published yet, and restart a running
kiosk after an update.

Depends lists the system libraries the bundle links against and does not carry: every
ELF file is run through ``ldd`` (with the bundle's own folder first, as its loader does)
and each library found outside the bundle through ``dpkg -S``. A library this machine
lacks is named from a table of sonames; one missing from the table stops the build.
Build the package on the Debian or Ubuntu release the kiosks run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
NAME = "soviet-war-crimes-exhibit"

# Sonames of libraries Qt's plugins use that a build machine may not have installed,
# with the Debian/Ubuntu package that provides each.
NOT_INSTALLED_HERE = {
    "libpulse.so.0": "libpulse0",  # the on-screen keyboard's sounds (Qt Multimedia)
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libgbm.so.1": "libgbm1",
    "libdrm.so.2": "libdrm2",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libudev.so.1": "libudev1",
    "libmtdev.so.1": "libmtdev1",
    "libinput.so.10": "libinput10",
}
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)")


class DebError(Exception):
    """The package cannot be built; the message says why."""


def elf_files(bundle: Path) -> list[Path]:
    out = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def linked_libraries(bundle: Path, files: list[Path]) -> tuple[set[Path], set[str]]:
    """(libraries resolved outside the bundle, sonames resolved nowhere)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    outside: set[Path] = set()
    missing: set[str] = set()
    for path in files:
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in result.stdout.splitlines():
            m = _LDD_LINE.match(line)
            if m is None:
                continue
            soname, where = m.groups()
            if where == "not found":
                missing.add(soname)
            elif not Path(where).resolve().is_relative_to(bundle.resolve()):
                outside.add(Path(where))
    return outside, missing


def owning_packages(libraries: set[Path]) -> dict[Path, str]:
    """The installed package that owns each library (dpkg -S), merged /usr or not."""
    owners: dict[Path, str] = {}
    for lib in sorted(libraries):
        candidates = [lib, lib.resolve()]
        candidates += [Path(str(c).removeprefix("/usr")) for c in list(candidates)]
        candidates += [
            Path("/usr" + str(c)) for c in list(candidates) if not str(c).startswith("/usr")
        ]
        for candidate in dict.fromkeys(candidates):
            result = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
            if result.returncode == 0:
                owners[lib] = result.stdout.split(":", 1)[0].split(",")[0].strip()
                break
        else:
            raise DebError(f"no installed package owns {lib} (dpkg -S)")
    return owners


def glibc_needed(files: list[Path]) -> str:
    """The newest GLIBC_x.y symbol version any file uses ("" when none)."""
    best = (0, 0)
    for path in files:
        result = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        for major, minor in _GLIBC.findall(result.stdout):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}" if best != (0, 0) else ""


# Run, never linked: "Read aloud" speaks through the speech-dispatcher daemon and its
# espeak-ng voices (Qt TextToSpeech's speechd engine links only libspeechd2).
RUNTIME_DEPENDS = ("speech-dispatcher", "speech-dispatcher-espeak-ng")


def depends(bundle: Path) -> list[str]:
    files = elf_files(bundle)
    outside, missing = linked_libraries(bundle, files)
    unknown = sorted(missing - set(NOT_INSTALLED_HERE))
    if unknown:
        raise DebError(
            "these libraries are neither installed here nor in NOT_INSTALLED_HERE: "
            + ", ".join(unknown)
        )
    packages = set(owning_packages(outside).values()) | {NOT_INSTALLED_HERE[s] for s in missing}
    packages |= set(RUNTIME_DEPENDS)
    glibc = glibc_needed(files)
    packages.discard("libc6")
    return [f"libc6 (>= {glibc})" if glibc else "libc6", *sorted(packages)]


def version() -> str:
    """The project's version, and for a git checkout the commit's date and hash, so each
    build of a new commit sorts after the last (dpkg compares versions)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    base = str(data["project"]["version"])
    result = subprocess.run(
        ["git", "log", "-1", "--format=%cd.%h", "--date=format:%Y%m%d%H%M"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    stamp = result.stdout.strip()
    return f"{base}+git{stamp}" if result.returncode == 0 and stamp else base


def architecture() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return out.stdout.strip() or "amd64"


def stage(bundle: Path, tree: Path) -> None:
    """Lay out the package's files under ``tree``."""
    shutil.copytree(bundle, tree / "opt" / "exhibit", symlinks=True)
    system = tree / "lib" / "systemd" / "system"
    user = tree / "usr" / "lib" / "systemd" / "user"
    for folder, units in (
        (system, ["exhibit-cage.service", "exhibit-maintenance.service"]),
        # the desktop-session unit runs under the kiosk user's systemd --user, with the
        # maintenance screen it falls back to
        (user, ["exhibit.service", "exhibit-maintenance.service"]),
    ):
        folder.mkdir(parents=True)
        for unit in units:
            shutil.copy(PACKAGING / unit, folder / unit)
    apps = tree / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(PACKAGING / "exhibit.desktop", apps / "exhibit.desktop")
    etc = tree / "etc" / "exhibit"
    etc.mkdir(parents=True)
    shutil.copy(PACKAGING / "kiosk.toml", etc / "kiosk.toml")
    doc = tree / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    shutil.copy(PACKAGING / "deb" / "copyright", doc / "copyright")
    shutil.copy(PACKAGING / "README.md", doc / "README.md")
    for path in tree.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def control(tree: Path, deps: list[str], maintainer: str) -> str:
    size_kib = sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir()) // 1024
    summary = "offline touch-screen museum exhibit about Soviet war crimes, 1919-1991"
    return (
        f"Package: {NAME}\n"
        f"Version: {version()}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(deps)}\n"
        # exhibit-cage.service runs the exhibit in the cage compositor
        "Suggests: cage\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {summary}\n"
        " The exhibit with its own Python and Qt in /opt/exhibit (/opt/exhibit/kiosk),\n"
        " systemd units for a cage kiosk session and for a desktop session, and the\n"
        " configuration in /etc/exhibit/kiosk.toml. Content is published to\n"
        " /srv/exhibit with 'kiosk content publish'.\n"
    )


def build(bundle: Path, out: Path, maintainer: str) -> Path:
    if not (bundle / "kiosk").is_file():
        raise DebError(f"no bundle at {bundle} (make bundle)")
    deps = depends(bundle)
    with tempfile.TemporaryDirectory(prefix="deb-", dir=ROOT / "build") as folder:
        tree = Path(folder) / NAME
        stage(bundle, tree)
        debian = tree / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(tree, deps, maintainer), encoding="utf-8")
        (debian / "conffiles").write_text("/etc/exhibit/kiosk.toml\n", encoding="utf-8")
        for script in ("postinst", "prerm", "postrm"):
            shutil.copy(PACKAGING / "deb" / script, debian / script)
            (debian / script).chmod(0o755)
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{NAME}_{version()}_{architecture()}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(target)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return target


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("bundle", type=Path, help="the bundle folder (dist/exhibit)")
    p.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the .deb")
    p.add_argument(
        "--maintainer",
        default=os.environ.get("DEB_MAINTAINER", "Exhibit maintainers <exhibit@example.org>"),
        help="the package's Maintainer field (default: $DEB_MAINTAINER)",
    )
    args = p.parse_args()
    (ROOT / "build").mkdir(exist_ok=True)
    try:
        deb = build(args.bundle.resolve(), args.out, args.maintainer)
    except (DebError, subprocess.CalledProcessError, OSError) as exc:
        print(f"make_deb: {exc}", file=sys.stderr)
        return 1
    print(f"{deb} ({deb.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
