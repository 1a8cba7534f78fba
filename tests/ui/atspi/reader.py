"""Read the exhibit's accessibility tree through AT-SPI, as a screen reader does, and
print its buttons' names (one JSON line). Run by the system's Python 3 with
gi.repository.Atspi: ``python3 reader.py APP_NAME DONE_FILE``."""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def main():
    app_name, done = sys.argv[1], sys.argv[2]
    found = []
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        apps = [desktop.get_child_at_index(i) for i in range(desktop.get_child_count())]
        apps = [a for a in apps if a is not None and a.get_name() == app_name]
        if apps:
            found = [
                {"role": n.get_role_name(), "name": n.get_name()}
                for n in walk(apps[0])
                if n.get_role() in (Atspi.Role.PUSH_BUTTON, Atspi.Role.STATIC, Atspi.Role.LABEL)
            ]
            if any(f["role"] == "push button" for f in found):
                break
        time.sleep(0.5)
    print(json.dumps(found))
    open(done, "w").close()


main()
