"""Renpam's version, read from the package metadata (pyproject.toml is its one source)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DISTRIBUTION = "renpam"


@lru_cache(maxsize=1)
def version() -> str:
    """The installed version, e.g. '0.1.0'.

    An installed wheel, an editable install and the frozen program (which carries the metadata)
    answer from the metadata; a bare source checkout run without installing reads pyproject.toml.
    """
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DISTRIBUTION)
    except PackageNotFoundError:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.is_file():
            import tomllib

            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        return "unknown"
