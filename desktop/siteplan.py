"""Site-plan images: what may be stored in an operation file, checked before it is kept."""

from __future__ import annotations

import io

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


def image_problem(data: bytes) -> str | None:
    """None when `data` is a PNG or JPEG we can safely keep and draw, else the reason."""
    if len(data) > MAX_IMAGE_BYTES:
        return f"the image is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB"
    fmt = image_format(data)
    if fmt is None:
        return "the image is not a PNG or JPEG"
    from PIL import Image

    try:
        # Only the header is read by open(): the size is known before any pixel is decoded.
        with Image.open(io.BytesIO(data), formats=[fmt]) as img:
            width, height = img.size
            if width < 1 or height < 1:
                return "the image has no pixels"
            if width * height > MAX_IMAGE_PIXELS:
                return f"the image is too large ({width} x {height} pixels)"
            img.verify()  # chunk checksums and structure
        # verify() decodes nothing; decode it once, within the pixel cap just checked, so that a
        # truncated or malformed image is refused here rather than failing when it is drawn.
        with Image.open(io.BytesIO(data), formats=[fmt]) as img:
            img.load()
    except Image.DecompressionBombError:
        return "the image is too large (a decompression bomb)"
    except Exception as exc:  # Pillow raises many kinds on damaged data
        return f"the image is damaged ({type(exc).__name__})"
    return None


def image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as img:
        return img.size
