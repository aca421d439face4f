"""Open the planning window offscreen from an installed Renpam and check what a user sees first.

Run by packaging/package-test.sh with the python of a fresh venv, from a folder outside the
source tree: the title is Indonesian (the translation was found), the window and action icons
are loaded, and the modules come from the installation, not from a checkout.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    import ui
    from ui.app import make_app

    app = make_app([sys.argv[0]])
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()
    problems = []
    if "site-packages" not in (ui.__file__ or ""):
        problems.append(f"ui was imported from {ui.__file__}, not from the installation")
    if "Operasi tanpa judul" not in window.windowTitle():
        problems.append(f"the title is not Indonesian: {window.windowTitle()!r}")
    if app.windowIcon().pixmap(32, 32).isNull():
        problems.append("the window icon did not load")
    from PySide6.QtGui import QAction

    with_icons = [a for a in window.findChildren(QAction) if not a.icon().pixmap(16, 16).isNull()]
    if len(with_icons) < 10:
        problems.append(f"only {len(with_icons)} actions have a loaded icon")
    for problem in problems:
        print(f"window: {problem}", file=sys.stderr)
    if not problems:
        print(f"window ok: {window.windowTitle()!r}, {len(with_icons)} action icons loaded")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
