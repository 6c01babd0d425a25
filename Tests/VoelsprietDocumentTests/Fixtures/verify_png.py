#!/usr/bin/env python3
"""Checks the chart PNGs our encoder writes with independent decoders (Pillow and zlib).

Write the samples first, then run this on the folder:
    VOELSPRIET_DOCUMENT_OUT=/tmp/voelspriet-samples swift test --filter SampleOutputTests
    python3 Tests/VoelsprietDocumentTests/Fixtures/verify_png.py /tmp/voelspriet-samples
Exits non-zero on any problem.
"""
import struct
import sys
import zlib
from pathlib import Path

from PIL import Image

EXPECTED = {
    # name: (width, height or None, [(x, y, rgb)]) in pixels at 2x
    "bars.png": (1420, None, [(700, 90, (0x3B, 0x6E, 0xA8)), (2, 2, (255, 255, 255))]),
    "diverging.png": (1560, None, [(1000, 80, (0xD4, 0xD4, 0xD4)), (1070, 80, (0xB2, 0xAB, 0xD2)), (1020, 60, (0x55, 0x55, 0x55))]),
}


def chunks(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "signature"
    offset = 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length:offset + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, f"CRC of {kind!r}"
        yield kind, body
        offset += 12 + length


def check(path, width, height, pixels):
    data = path.read_bytes()
    parts = list(chunks(data))
    assert [kind for kind, _ in parts] == [b"IHDR", b"IDAT", b"IEND"], "chunk order"
    raw = zlib.decompress(b"".join(body for kind, body in parts if kind == b"IDAT"))
    image = Image.open(path)
    image.load()
    assert image.mode == "RGB", image.mode
    assert image.width == width, (image.width, width)
    assert height is None or image.height == height
    assert len(raw) == (width * 3 + 1) * image.height, "filtered size"
    for x, y, rgb in pixels:
        assert image.getpixel((x, y)) == rgb, (path.name, x, y, image.getpixel((x, y)), rgb)
    print(f"{path.name}: {image.width}x{image.height} ok")


def main():
    folder = Path(sys.argv[1])
    for name, (width, height, pixels) in EXPECTED.items():
        check(folder / name, width, height, pixels)


if __name__ == "__main__":
    main()
