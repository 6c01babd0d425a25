#!/usr/bin/env python3
"""Reference fixtures for the Swift QR encoder, made with segno (PyPI).

Usage
-----
    pip install segno pillow                # reference encoder, PNG writing
    apt-get install -y zbar-tools librsvg2-bin   # optional: decoder, SVG renderer

    python3 make_qr_fixtures.py
        Writes Tests/QRTests/Fixtures/qr_reference.json (named cases, matrices
        as rows of '0'/'1') and Tests/QRTests/Fixtures/qr_sweep.json (every
        version 1-40 x every level, filled to capacity, matrices as hex rows).
        If zbarimg is installed, segno's own symbols for the named cases are
        decoded as a sanity check of the decoding pipeline.

    QR_SVG_DUMP_DIR=$PWD/.svgdump swift test
    python3 make_qr_fixtures.py --decode .svgdump
        Round trip for *our* encoder: the Swift tests write the SVG produced by
        QRCode.svg() for every named case plus a manifest; this renders each SVG
        to PNG (rsvg-convert, or a tiny rasteriser of our path syntax if
        rsvg-convert is missing), decodes it with zbarimg and compares the text.

All inputs are encoded in byte mode as UTF-8 (encoding='utf-8' matters: segno
would otherwise pick ISO 8859-1 for Latin-1-only text), without ECI, without
Micro QR and without error-level boosting, i.e. exactly what the Swift encoder
does.

segno padding bug
-----------------
segno 1.6.6 (the newest release when this was written) appends 8 - (length % 8)
zero bits in write_padding_bits, i.e. a whole extra 0x00 codeword when the bit
stream already ends on a codeword boundary - which in byte mode is always the
case after a full 4-bit terminator. ISO/IEC 18004:2015 7.4.10 only pads *to* the
boundary and then fills with 0xEC 0x11. Readers ignore everything after the
terminator, so segno's symbols still decode, but every symbol with pad
codewords differs from an ISO-conformant encoder (GitHub heuer/segno issues
#123 and #148, both open). This script therefore replaces that one function by
an ISO-conformant version before generating the fixtures; see
patch_segno_padding().
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import segno

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "Tests", "QRTests", "Fixtures")
LEVELS = ["L", "M", "Q", "H"]

OTPAUTH = ("otpauth://totp/Voelspriet:anna?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
           "&issuer=Voelspriet&algorithm=SHA1&digits=6&period=30")
OTPAUTH_LONG = ("otpauth://totp/Voelspriet%20Workspace:anna.de.vries%40example.org"
                "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                "&issuer=Voelspriet%20Workspace&algorithm=SHA256&digits=8&period=30")

# (name, text, level). Versions noted are what segno chooses (checked below).
CASES = [
    ("empty", "", "M"),
    ("hello-L", "hello", "L"),
    ("hello-world-M", "HELLO WORLD", "M"),
    ("otpauth-L", OTPAUTH, "L"),
    ("otpauth-M", OTPAUTH, "M"),
    ("otpauth-Q", OTPAUTH, "Q"),
    ("otpauth-H", OTPAUTH, "H"),
    ("utf8-M", "Voelspriet \u2014 \u00e9 \u00fc \u4e2d", "M"),
    ("utf8-emoji-Q", "Gr\u00fc\u00dfe aus Z\u00fcrich \U0001F30D \u65e5\u672c\u8a9e \u00c5ngstr\u00f6m", "Q"),
    ("otpauth-long-M-v7plus", OTPAUTH_LONG, "M"),
    ("otpauth-long-H-v10plus", OTPAUTH_LONG, "H"),
    ("v10plus-M", (OTPAUTH_LONG + "&x=" + "A1b2C3d4" * 4)[:200], "M"),
    ("capacity-v6-M", "x" * 106, "M"),
    ("capacity-v7-M", "x" * 107, "M"),
    ("large-L", "".join(chr(0x21 + (i * 37) % 94) for i in range(1000)), "L"),
]


def patch_segno_padding():
    """Makes segno pad to the codeword boundary only (ISO/IEC 18004:2015 7.4.10).

    Returns True if the installed segno had the extra-codeword behaviour.
    """
    from segno import consts, encoder
    original = encoder.write_padding_bits

    def iso_padding_bits(buff, version, length):
        if version not in (consts.VERSION_M1, consts.VERSION_M3):
            buff.extend([0] * (-length % 8))   # 0 bits when already aligned

    probe = encoder.Buffer()
    original(probe, 1, 16)
    encoder.write_padding_bits = iso_padding_bits
    return len(probe) != 0


def make(text, level, version=None, mask=None):
    return segno.make(text, error=level, version=version, mode="byte", mask=mask,
                      encoding="utf-8", eci=False, micro=False, boost_error=False)


def rows_bits(qr):
    return ["".join("1" if m else "0" for m in row) for row in qr.matrix]


def rows_hex(qr):
    out = []
    for row in qr.matrix:
        bits = "".join("1" if m else "0" for m in row)
        bits += "0" * (-len(bits) % 4)
        out.append("".join("%x" % int(bits[i:i + 4], 2) for i in range(0, len(bits), 4)))
    return out


def byte_capacity(version, level):
    """Largest byte count segno fits into `version` (binary search)."""
    lo, hi = 0, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            make("a" * mid, level, version=version)
            lo = mid
        except segno.DataOverflowError:
            hi = mid - 1
    return lo


def sweep_text(n, rng):
    alphabet = [chr(c) for c in range(0x20, 0x7F)]
    return "".join(rng.choice(alphabet) for _ in range(n))


def write_png(matrix, path, scale=6, quiet=4):
    from PIL import Image
    size = len(matrix)
    side = (size + 2 * quiet) * scale
    img = Image.new("L", (side, side), 255)
    px = img.load()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    for dx in range(scale):
                        px[(x + quiet) * scale + dx, (y + quiet) * scale + dy] = 0
    img.save(path)


def zbar_decode(png_path):
    """Returns the decoded payload as text (raw bytes read as UTF-8), or None."""
    res = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sbinary", png_path],
                         capture_output=True)
    if res.returncode != 0:
        return None
    data = res.stdout
    if data.endswith(b"\n"):
        data = data[:-1]
    return data.decode("utf-8", errors="replace")


def generate():
    had_bug = patch_segno_padding()
    print("segno padding bug present and patched" if had_bug else "segno pads correctly; patch is a no-op")
    os.makedirs(FIXTURES, exist_ok=True)
    cases = []
    for name, text, level in CASES:
        qr = make(text, level)
        cases.append({
            "name": name,
            "text": text,
            "level": level,
            "version": qr.version,
            "mask": qr.mask,
            "matrix": rows_bits(qr),
        })
        print(f"{name:26s} {level} v{qr.version:<2d} mask {qr.mask} bytes {len(text.encode())}")
    checks = {
        "otpauth-long-M-v7plus": lambda v: v >= 7,
        "otpauth-long-H-v10plus": lambda v: v >= 10,
        "v10plus-M": lambda v: v >= 10,
        "capacity-v6-M": lambda v: v == 6,
        "capacity-v7-M": lambda v: v == 7,
    }
    for case in cases:
        if case["name"] in checks:
            assert checks[case["name"]](case["version"]), case["name"]
    reference = {
        "generator": f"segno {segno.__version__}",
        "note": "segno.make(text, error=level, mode='byte', encoding='utf-8', eci=False, "
                "micro=False, boost_error=False); matrix rows top to bottom, '1' = dark, no quiet zone",
        "segno_padding_patch": "write_padding_bits replaced by an ISO 18004 7.4.10 conformant version "
                               "(heuer/segno#123, #148); installed segno had the bug: %s" % had_bug,
        "cases": cases,
    }
    with open(os.path.join(FIXTURES, "qr_reference.json"), "w", encoding="utf-8") as f:
        json.dump(reference, f, ensure_ascii=False, indent=1)
        f.write("\n")

    rng = random.Random(18004)
    sweep = []
    for version in range(1, 41):
        for level in LEVELS:
            cap = byte_capacity(version, level)
            text = sweep_text(cap, rng)
            qr = make(text, level)
            assert qr.version == version, (version, level, qr.version)
            if version < 40:
                assert make(text + "x", level).version == version + 1
            sweep.append({"version": version, "level": level, "capacity": cap,
                          "mask": qr.mask, "text": text, "matrix": rows_hex(qr)})
        print(f"sweep v{version}: capacities", [e["capacity"] for e in sweep[-4:]])
    with open(os.path.join(FIXTURES, "qr_sweep.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": f"segno {segno.__version__} (padding patched, see qr_reference.json)",
                   "note": "each text fills the version exactly (byte capacity per segno); "
                           "matrix rows as hex, MSB = leftmost module, rows padded with 0 bits to a multiple of 4",
                   "cases": sweep}, f, separators=(",", ":"))
        f.write("\n")

    if shutil.which("zbarimg"):
        failures = 0
        with tempfile.TemporaryDirectory() as tmp:
            for name, text, level in CASES:
                png = os.path.join(tmp, name + ".png")
                write_png(make(text, level).matrix, png)
                decoded = zbar_decode(png)
                ok = decoded == text
                failures += not ok
                print(f"zbar(segno) {name:26s} {'ok' if ok else 'MISMATCH: %r' % decoded}")
        if failures:
            sys.exit(f"{failures} segno symbols did not decode; zbar pipeline broken?")
    else:
        print("zbarimg not installed; skipping decode sanity check")


def rasterise_path_svg(svg_path, png_path, scale=4):
    """Fallback renderer for our own SVG: fills the 'Mx yhWv1h-Wz' rectangles."""
    import re
    import xml.etree.ElementTree as ET
    from PIL import Image
    root = ET.parse(svg_path).getroot()
    ns = {"s": "http://www.w3.org/2000/svg"}
    side = int(root.get("viewBox").split()[2])
    img = Image.new("L", (side * scale, side * scale), 255)
    px = img.load()
    d = root.find("s:path", ns).get("d")
    for x, y, w in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", d):
        x, y, w = int(x), int(y), int(w)
        for yy in range(y * scale, (y + 1) * scale):
            for xx in range(x * scale, (x + w) * scale):
                px[xx, yy] = 0
    img.save(png_path)


def decode_dump(directory):
    if not shutil.which("zbarimg"):
        sys.exit("zbarimg not installed (apt-get install -y zbar-tools)")
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    renderer = "rsvg-convert" if shutil.which("rsvg-convert") else "own rasteriser"
    print(f"rendering with {renderer}")
    failures = 0
    for entry in manifest:
        svg = os.path.join(directory, entry["file"])
        png = svg[:-4] + ".png"
        if renderer == "rsvg-convert":
            subprocess.run(["rsvg-convert", "-b", "white", "-o", png, svg], check=True)
        else:
            rasterise_path_svg(svg, png)
        decoded = zbar_decode(png)
        ok = decoded == entry["text"]
        failures += not ok
        print(f"zbar(ours) {entry['file']:34s} v{entry['version']:<2d} {'ok' if ok else 'MISMATCH: %r' % decoded}")
    print(f"{len(manifest) - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decode", metavar="DIR",
                        help="decode the SVGs that `QR_SVG_DUMP_DIR=DIR swift test` wrote")
    args = parser.parse_args()
    if args.decode:
        decode_dump(args.decode)
    else:
        generate()


if __name__ == "__main__":
    main()
