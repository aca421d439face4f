"""Where bundled resources live: the `resources` package, found with importlib.resources.

The same lookup works in a source checkout, an editable install, an installed wheel and the
frozen (PyInstaller) program, which collects the package's files beside its modules. Nothing
else in Renpam builds a path into `resources/`. A missing file is a `ResourceMissing` error
saying which file and that Renpam should be reinstalled, never a silent fallback.
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

from desktop.errors import RenpamError

PACKAGE = "resources"

# Every file Renpam loads at run time (icons are checked by name as the window asks for them).
REQUIRED: tuple[tuple[str, ...], ...] = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("schema", "renpam-plan.schema.json"),
    ("translations", "renpam_id.qm"),
    ("translations", "qt_id.qm"),
    ("translations", "renpam_en.qm"),
    ("icons", "renpam.svg"),
)

_MESSAGES = {
    "en": "Renpam is incomplete: the file {name} is missing from its installation ({where}); reinstall Renpam.",
    "id": "Instalasi Renpam tidak lengkap: berkas {name} tidak ada ({where}); pasang ulang Renpam.",
}


class ResourceMissing(RenpamError):
    """A file Renpam ships with (font, icon, translation, schema) is not where it must be."""

    code = "resource_missing"

    def __init__(self, name: str, where: Path) -> None:
        super().__init__(_MESSAGES["en"].format(name=name, where=where), name=name, where=str(where))

    def sentence(self, language: str = "en") -> str:
        """The one sentence to show, in `language` ('id' or 'en')."""
        return _MESSAGES.get(language, _MESSAGES["en"]).format(**self.params)


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder of the `resources` package (a real folder: Renpam is never run from a zip)."""
    try:
        root = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise ResourceMissing(PACKAGE, Path(__file__).resolve().parent.parent / PACKAGE) from None
    return Path(str(root))


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. `resource_path("fonts", "DejaVuSans.ttf")`.

    Raises `ResourceMissing` when the file is not there.
    """
    path = resources_root().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissing("/".join(parts), path)
    return path


def check_installation() -> None:
    """Raise `ResourceMissing` for the first required file that is missing."""
    for parts in REQUIRED:
        resource_path(*parts)
