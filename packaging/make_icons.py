"""Render resources/icons/renpam.svg into every size the platforms ask for (`make icons`).

Writes packaging/icons/hicolor/NxN/apps/id.renpam.Renpam.png (Linux icon theme) and
packaging/icons/renpam.ico (Windows: the programs, the installer and the file association).
Both are committed, so a build needs neither this script nor an SVG renderer.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "id.renpam.Renpam"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage painting needs the application)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "renpam.svg"))
    if not renderer.isValid():
        print("resources/icons/renpam.svg cannot be read", file=sys.stderr)
        return 1
    out = ROOT / "packaging" / "icons"
    images = {size: render(renderer, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(target, optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        out / "renpam.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print(f"wrote {len(PNG_SIZES)} PNG sizes and renpam.ico ({len(ICO_SIZES)} sizes) under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
