#!/usr/bin/env python3
"""Draws Haven's app icons (public/icons/*.png) from the same shape as public/favicon.svg:
a white house on the brand colour; the shortcut icons show what they open (a magnifier for
Search, a suitcase for Trips). Standard library only; run it again after changing a shape
or the colour:  python3 scripts/assets/icons.py
"""

import os
import struct
import zlib

BRAND = (0xE0, 0x56, 0x5B)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "public", "icons")


def house(x, y):
    """Whether the point (x, y) of the unit square lies on the house (roof and walls, with
    a door cut out)."""
    roof = y >= 0.18 and y <= 0.5 and abs(x - 0.5) <= (y - 0.18) / 0.32 * 0.36
    walls = 0.45 <= y <= 0.82 and 0.24 <= x <= 0.76
    door = 0.6 <= y <= 0.82 and 0.44 <= x <= 0.56
    return (roof or walls) and not door


def magnifier(x, y):
    """A lens (a ring) with a handle to the lower right."""
    ring = 0.2 <= ((x - 0.42) ** 2 + (y - 0.42) ** 2) ** 0.5 <= 0.29
    # Distance from the handle's centre line, from (0.62, 0.62) to (0.84, 0.84).
    t = max(0.0, min(1.0, ((x - 0.62) + (y - 0.62)) / (2 * 0.22)))
    hx, hy = 0.62 + 0.22 * t, 0.62 + 0.22 * t
    handle = ((x - hx) ** 2 + (y - hy) ** 2) ** 0.5 <= 0.07
    return ring or handle


def suitcase(x, y):
    """A case with a carrying handle on top."""
    body = 0.14 <= x <= 0.86 and 0.32 <= y <= 0.82
    handle = 0.36 <= x <= 0.64 and 0.16 <= y <= 0.32 and not (0.43 <= x <= 0.57 and y >= 0.23)
    seam = 0.14 <= x <= 0.86 and 0.5 <= y <= 0.55
    return (body and not seam) or handle


def png(size, padding, shape=house):
    """A square icon: the brand colour edge to edge, `shape` in white inside `padding` (a
    share of the side on each edge), 4x4 supersampled."""
    rows = []
    inner = 1 - 2 * padding
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            hits = 0
            for sy in range(4):
                for sx in range(4):
                    x = ((px + (sx + 0.5) / 4) / size - padding) / inner
                    y = ((py + (sy + 0.5) / 4) / size - padding) / inner
                    hits += shape(x, y)
            a = hits / 16
            row += bytes(round(b * (1 - a) + w * a) for b, w in zip(BRAND, WHITE))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def main():
    os.makedirs(OUT, exist_ok=True)
    # "any" icons fill the square; the maskable one keeps the house inside the central
    # 80 % circle that every mask shape preserves.
    for name, size, padding, shape in [
        ("icon-192.png", 192, 0.08, house),
        ("icon-512.png", 512, 0.08, house),
        ("icon-maskable-512.png", 512, 0.2, house),
        ("apple-touch-icon.png", 180, 0.1, house),
        ("shortcut-search-96.png", 96, 0.1, magnifier),
        ("shortcut-trips-96.png", 96, 0.1, suitcase),
    ]:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(png(size, padding, shape))


if __name__ == "__main__":
    main()
