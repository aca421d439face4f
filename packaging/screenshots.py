"""README pictures from the real program (`make screenshots`): the planning window on the demo
operation, and one page of its printed briefing packet.

Usage: python packaging/screenshots.py DEMO.renpam OUT_DIR
Writes OUT_DIR/window.png (the window as drawn by Qt, offscreen, 1366x740) and OUT_DIR/packet.png
(the first plotting page of `renpam print`, rendered by pdftoppm). Settings and recovery copies go to a
temporary home, so the user's own are neither used nor changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKET_PAGE_TITLE = "PLOTTING PERSONEL"  # the page shown: the deployment table (first page of it)


def grab_window(demo: Path, out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from ui.app import make_app

    app = make_app([sys.argv[0]])
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1366, 740)
    window.show()
    if not window.open_path(demo):
        raise SystemExit(f"cannot open {demo}")
    deadline = time.monotonic() + 4  # the problems check runs off the GUI thread: let it report
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
    window.grab().save(str(out / "window.png"))
    window.setWindowModified(False)
    window.document.close()
    QCoreApplication.processEvents()


def packet_page(demo: Path, out: Path, work: Path) -> None:
    pdf = work / "packet.pdf"
    subprocess.run([sys.executable, "-m", "desktop", "print", str(demo), "-o", str(pdf)], check=True)
    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    page = next((i + 1 for i, p in enumerate(pages) if PACKET_PAGE_TITLE in p.extract_text()), 1)
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            str(page),
            "-l",
            str(page),
            "-r",
            "80",
            "-png",
            "-singlefile",
            str(pdf),
            str(out / "packet"),
        ],
        check=True,
    )


def main() -> int:
    demo, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="renpam-shots-") as tmp:
        work = Path(tmp)
        os.environ.update(
            HOME=tmp,
            XDG_CONFIG_HOME=tmp,
            XDG_DATA_HOME=tmp,
            XDG_STATE_HOME=tmp,
            XDG_CACHE_HOME=tmp,
            QT_QPA_PLATFORM="offscreen",
        )
        copy = work / demo.name  # a copy: the lock and the recovery files stay in the temporary folder
        shutil.copy2(demo, copy)
        packet_page(copy, out, work)
        grab_window(copy, out)
    print(f"wrote {out / 'window.png'} and {out / 'packet.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
