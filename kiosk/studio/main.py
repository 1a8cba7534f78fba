"""Start the studio: one window on one content folder."""

from __future__ import annotations

import sys
from pathlib import Path


def run(src: Path) -> int:
    """Open the studio on ``src``; the exit code is 0, or 2 if the folder cannot be
    opened (said in a message box and on stderr)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kiosk.content.studio import Project, StudioError

    from .window import StudioWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Exhibit studio")
    try:
        project = Project(src)
    except StudioError as exc:
        print(f"kiosk studio: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Exhibit studio", str(exc))
        return 2
    window = StudioWindow(project)
    window.resize(1500, 950)
    window.show()
    return int(app.exec())
