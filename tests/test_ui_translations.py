"""The Indonesian interface is complete: every tr() string in ui/ has a finished translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "renpam_id.ts"
QM = ROOT / "resources" / "translations" / "renpam_id.qm"


def _messages(path: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            tr = m.find("translation")
            text = (
                "".join(tr.itertext())
                if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
                else ""
            )
            found[(name, m.findtext("source"))] = text
    return found


def test_every_source_string_has_an_indonesian_translation(tmp_path):
    """Extracting the strings of ui/ anew finds none missing or unfinished in renpam_id.ts."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)  # lupdate merges: finished translations stay, new strings come unfinished
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    messages = _messages(fresh)
    assert len(messages) > 300
    missing = [f"{ctx}: {src!r}" for (ctx, src), text in messages.items() if not text.strip()]
    assert not missing, "untranslated (run `make translations` and translate in renpam_id.ts):\n" + "\n".join(missing)


def test_compiled_catalogue_is_up_to_date_and_loads():
    """The .qm is newer than nothing it depends on and Qt loads it and translates with it."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    assert QM.exists() and QM.stat().st_size > 5000
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "&Save") == "&Simpan"
    # a second context (enum labels moved to the core vocabulary: tests/test_vocabulary_palette.py)
    assert translator.translate("FileTrust", "%1 on computer %2 since %3") == "%1 di komputer %2 sejak %3"
    compiled = {src for (ctx, src), text in _messages(TS).items() if translator.translate(ctx, src)}
    assert len(compiled) >= len({src for (_c, src) in _messages(TS)}) - 1
    assert QCoreApplication  # imported for the translator's sake
