"""Every command has help text, its exit codes and a README mention; the README's commands
exist and the exit codes it lists are the ones the commands use."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from kiosk import cli
from kiosk.cli import base
from tests.conftest import ROOT


def _commands() -> list[tuple[str, argparse.ArgumentParser, str]]:
    out = []
    top = cli.parser()
    for action in top._subparsers._group_actions:  # type: ignore[union-attr]
        assert isinstance(action, argparse._SubParsersAction)
        helps = {a.dest: a.help or "" for a in action._choices_actions}
        for name, sub in action.choices.items():
            out.append((name, sub, helps[name]))
            for inner in sub._subparsers._group_actions if sub._subparsers else []:
                assert isinstance(inner, argparse._SubParsersAction)
                inner_helps = {a.dest: a.help or "" for a in inner._choices_actions}
                out += [(f"{name} {n}", p, inner_helps[n]) for n, p in inner.choices.items()]
    return out


def test_every_command_has_help_and_a_readme_mention() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = _commands()
    assert {"run", "content build", "content validate", "screenshots", "hash-pin"} <= {
        c for c, _, _ in commands
    }
    for name, parser, help_text in commands:
        assert help_text, f"'kiosk {name}' has no help text"
        if parser._subparsers is None:
            assert f"kiosk {name}" in readme, f"README does not mention 'kiosk {name}'"
            for action in parser._actions:
                if action.option_strings and action.dest != "help":
                    assert action.help, f"'kiosk {name} {action.option_strings[0]}' has no help"


def test_help_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--help"], capture_output=True, text=True, timeout=30
    )
    assert out.returncode == 0
    for name in ("run", "content", "screenshots", "hash-pin"):
        assert name in out.stdout
    assert "exit status" in out.stdout
    words = " ".join(out.stdout.split())
    for code, meaning in base.EXIT_CODES.items():
        assert f"{code} {meaning}" in words


def test_every_command_documents_its_exit_codes() -> None:
    for name, parser, _ in _commands():
        epilog = parser.epilog or ""
        assert epilog.startswith("exit status"), f"'kiosk {name} --help' lists no exit codes"
        codes = {int(line.split()[0]) for line in epilog.splitlines()[1:] if line[2:3].isdigit()}
        assert 0 in codes and codes <= set(base.EXIT_CODES), f"'kiosk {name}': {codes}"
        if parser._subparsers is None:
            assert "exit status" in parser.format_help()


def test_the_readme_lists_the_exit_codes() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Exit status", 1)[1].split("\n## ", 1)[0]
    for code in base.EXIT_CODES:
        assert f"| {code} |" in section, f"README's exit status table lacks {code}"


def test_run_without_a_display_says_so_and_exits(tmp_path: Path) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["XDG_STATE_HOME"] = str(tmp_path)  # its log goes here, not to the user's folder
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "run"], capture_output=True, text=True, timeout=30, env=env
    )
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "no display" in out.stderr


def _validate(src: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "content", "validate", "--sources", str(src)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_validate_reports_problems_and_exit_codes(sources: Path) -> None:
    ok = _validate(sources)
    assert ok.returncode == 0 and "0 error(s)" in ok.stdout
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(chapter.read_text().replace("date: 1945~", "date: sometime in 1945"))
    bad = _validate(sources)
    assert bad.returncode == 1
    assert "event south-1945 (chapters/02-south.yaml" in bad.stdout
    assert "not an EDTF date" in bad.stdout and "1 error(s)" in bad.stdout
