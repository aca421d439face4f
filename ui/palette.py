"""The core palette (desktop/palette.py) as Qt colours for the window's views and models."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop import palette

RING_COLOURS: dict[str | None, QColor] = {code: QColor(hex_) for code, hex_ in palette.RING.items()}
RING_COLOURS[None] = QColor(palette.NO_RING)
STAFFING_COLOURS: dict[str, QColor] = {state: QColor(hex_) for state, hex_ in palette.STAFFING.items()}


def ring_colour(code: str | None) -> QColor:
    return QColor(palette.ring(code))


def bold_text_style(hex_colour: str) -> str:
    """A style sheet for a bold status label in `hex_colour`."""
    return f"color: {hex_colour}; font-weight: bold"


__all__ = ["RING_COLOURS", "STAFFING_COLOURS", "bold_text_style", "ring_colour"]
