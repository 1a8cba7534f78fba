"""kiosk.content must import and work with Qt absent (a curator's tools need no GUI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURE_SOURCES, ROOT


def test_content_layer_imports_with_pyside6_blocked(tmp_path: Path) -> None:
    script = f"""
import sys
sys.modules["PySide6"] = None  # any 'import PySide6...' now raises ImportError
from kiosk.content import build, checks, dates, export, loader, repository, schema, sources
from kiosk.content import text, views
build.build({str(FIXTURE_SOURCES)!r}, {str(tmp_path / "c.db")!r})
repo = repository.Repository.open({str(tmp_path / "c.db")!r})
print(len(repo.chapter_cards("en")))
assert sources.SourceQueries(repo).search("north", "en")
assert not any(m.startswith("PySide6.") for m in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2"
