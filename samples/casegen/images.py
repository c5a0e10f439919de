"""Small deterministic PNG images (own encoder, so the bytes do not depend on Pillow's)."""
from __future__ import annotations

import functools
import struct
import zlib


def encode_png(width: int, height: int, rows: list[bytes]) -> bytes:
    """8-bit RGB PNG from raw rows (each width*3 bytes)."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + r for r in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


class _Canvas:
    def __init__(self, w: int, h: int, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = [bytearray(bytes(bg) * w) for _ in range(h)]

    def rect(self, x0, y0, x1, y1, color):
        c = bytes(color)
        for y in range(max(0, y0), min(self.h, y1)):
            row = self.px[y]
            row[max(0, x0) * 3:min(self.w, x1) * 3] = c * (min(self.w, x1) - max(0, x0))

    def frame(self, x0, y0, x1, y1, t, color):
        self.rect(x0, y0, x1, y0 + t, color)
        self.rect(x0, y1 - t, x1, y1, color)
        self.rect(x0, y0, x0 + t, y1, color)
        self.rect(x1 - t, y0, x1, y1, color)

    def ring(self, cx, cy, r, t, color):
        c = bytes(color)
        for y in range(cy - r, cy + r + 1):
            for x in range(cx - r, cx + r + 1):
                d2 = (x - cx) ** 2 + (y - cy) ** 2
                if (r - t) ** 2 <= d2 <= r * r and 0 <= x < self.w and 0 <= y < self.h:
                    self.px[y][x * 3:x * 3 + 3] = c

    def png(self) -> bytes:
        return encode_png(self.w, self.h, [bytes(r) for r in self.px])


@functools.lru_cache(maxsize=None)
def licence_scan_png() -> bytes:
    """A 'scanned business licence' page: frame, grey bars as text lines, red seal; no text."""
    cv = _Canvas(620, 860, (246, 243, 236))
    cv.frame(30, 30, 590, 830, 10, (176, 46, 38))
    cv.frame(48, 48, 572, 812, 2, (176, 46, 38))
    cv.rect(220, 90, 400, 122, (90, 90, 90))           # title bar
    y = 190
    for i in range(14):
        w = 300 + (i * 37) % 160
        cv.rect(90, y, 90 + w, y + 12, (120, 120, 120))
        y += 38
    cv.rect(90, 730, 200, 800, (60, 60, 60))            # QR-ish block
    cv.ring(440, 700, 70, 8, (205, 40, 40))
    cv.rect(410, 690, 470, 710, (205, 40, 40))
    return cv.png()


@functools.lru_cache(maxsize=None)
def photo_png() -> bytes:
    """A placeholder 'site photo'."""
    cv = _Canvas(400, 240, (188, 196, 204))
    cv.rect(0, 150, 400, 240, (120, 110, 96))
    for i in range(6):
        x = 30 + i * 55
        cv.rect(x, 110, x + 40, 170, (40, 70, 140))
    cv.ring(320, 60, 30, 30, (230, 220, 180))
    return cv.png()
