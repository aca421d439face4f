"""Start the planning window: QApplication, translator, the file or the recovery offer."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.resources import ResourceMissing, check_installation
from desktop.version import version
from ui import i18n, icons
from ui import settings as cfg

# The one reverse-DNS id: desktop entry, MIME/AppStream files and the hicolor icon are named so.
APP_ID = "id.renpam.Renpam"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The application object; raises `ResourceMissing` when an installed file is not there."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Renpam")
    app.setOrganizationName("Renpam")
    app.setApplicationDisplayName("Renpam")
    app.setApplicationVersion(version())
    app.setDesktopFileName(APP_ID)
    check_installation()
    app.setWindowIcon(icons.icon("renpam"))
    i18n.install(cfg.language())
    return app  # type: ignore[return-value]


def run(args: list[str]) -> int:
    """Open the window on FILE (the first argument) or on a new operation; returns the exit code."""
    try:
        app = make_app([sys.argv[0], *[a for a in args if a.startswith("-")]])
    except ResourceMissing as exc:  # a broken installation: say so, in one sentence, and stop
        sentence = exc.sentence(cfg.language())
        print(sentence, file=sys.stderr)
        QMessageBox.critical(None, "Renpam", sentence)
        return 3
    from ui.file_safety import install_excepthook
    from ui.main_window import MainWindow

    install_excepthook()  # unexpected errors: traceback to the log, one sentence on screen

    window = MainWindow()
    files = [a for a in args if not a.startswith("-")]
    if files:
        path = Path(files[0])
        if not path.exists():
            print(QCoreApplication.translate("App", "File not found: %1").replace("%1", str(path)), file=sys.stderr)
            return 3
        window.show()
        if not window.open_path(path):
            return 3
    else:
        window.show()
        window.offer_recovery()
    return app.exec()
