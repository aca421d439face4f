"""Site-plan images: what may be stored in an operation file, checked before it is kept."""

from __future__ import annotations

import io
import math
import re
from typing import Any

from desktop.messages import Message

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # e.g. 8000 x 5000; a decompression bomb is refused
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def image_format(data: bytes) -> str | None:
    if data.startswith(PNG_MAGIC):
        return "PNG"
    if data.startswith(JPEG_MAGIC):
        return "JPEG"
    return None


def image_problem(data: bytes) -> Message | None:
    """None when `data` is a PNG or JPEG we can safely keep and draw, else the reason ("image.*")."""
    if len(data) > MAX_IMAGE_BYTES:
        return Message("image.too_many_bytes", mb=MAX_IMAGE_BYTES // (1024 * 1024))
    fmt = image_format(data)
    if fmt is None:
        return Message("image.not_png_or_jpeg")
    from PIL import Image

    try:
        # Only the header is read by open(): the size is known before any pixel is decoded.
        with Image.open(io.BytesIO(data), formats=[fmt]) as img:
            width, height = img.size
            if width < 1 or height < 1:
                return Message("image.no_pixels")
            if width * height > MAX_IMAGE_PIXELS:
                return Message("image.too_many_pixels", width=width, height=height)
            img.verify()  # chunk checksums and structure
        # verify() decodes nothing; decode it once, within the pixel cap just checked, so that a
        # truncated or malformed image is refused here rather than failing when it is drawn.
        with Image.open(io.BytesIO(data), formats=[fmt]) as img:
            img.load()
    except Image.DecompressionBombError:
        return Message("image.bomb")
    except Exception as exc:  # Pillow raises many kinds on damaged data
        return Message("image.damaged", detail=type(exc).__name__)
    return None


def image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as img:
        return img.size


# ---------------------------------------------------------------------------- scale
# A site plan is a picture printed at whatever size the page leaves it, so a ratio written in
# its note ("1:1.000") is true at one print size only. The planner gives the ground the picture
# spans instead (setting `siteplan_width_m`, e.g. measured along the scale bar drawn in it); the
# printout then derives its scale bar and its ratio from the size it prints the picture at, and a
# ratio written in the note is printed as that derived one. A written ratio without the width
# cannot be checked: that is a finding (`desktop.planning.rules`, "siteplan_scale").
WIDTH_SETTING = "siteplan_width_m"
_RATIO = re.compile(r"\b1\s*:\s*(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?![\d.,]*\d)")
POINTS_PER_METRE = 72 / 0.0254


def written_ratio(note: str) -> int | None:
    """The N of a scale "1:N" written in a note ("Skala 1:1.000" -> 1000), else None."""
    m = _RATIO.search(note or "")
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(1))
    return int(digits) if digits and int(digits) > 0 else None


def ground_width(plan: Any) -> float | None:
    """Metres of ground the site-plan image spans (None when not given)."""
    from desktop import limits

    width = limits.setting_number(plan.settings, WIDTH_SETTING, 0.0)
    return width if width > 0 else None


def printed_ratio(width_m: float, printed_width_pt: float) -> int:
    """N of "1:N" when `width_m` of ground print `printed_width_pt` points wide, rounded to two
    significant figures (it is read off a page, not measured)."""
    raw = width_m * POINTS_PER_METRE / max(printed_width_pt, 1e-6)
    if raw < 10:
        return max(1, round(raw))
    magnitude = 10 ** (len(str(int(raw))) - 2)
    return int(round(raw / magnitude) * magnitude)


def bar_metres(width_m: float, fraction: float = 0.25) -> float:
    """A round scale-bar length (1, 2 or 5 times a power of ten metres) about `fraction` of the width."""
    target = max(width_m * fraction, 1e-3)
    power = 10 ** math.floor(math.log10(target))
    return max(step * power for step in (1, 2, 5) if step * power <= target)


def ratio_text(n: int, lang: str = "id") -> str:
    """'1:1.200' in Indonesian, '1:1,200' in English."""
    sep = "," if lang == "en" else "."
    return "1:" + f"{n:,}".replace(",", sep)


def note_for_print(note: str, ratio: int | None, lang: str = "id") -> str:
    """The scale note as printed: a ratio written in it becomes the printout's own ("± 1:1.200")."""
    if ratio is None:
        return note
    return _RATIO.sub(lambda _m: "\u00b1 " + ratio_text(ratio, lang), note, count=1)
