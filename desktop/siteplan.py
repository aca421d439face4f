"""Site-plan images: what may be stored in an operation file, checked before it is kept."""

from __future__ import annotations

import io

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
