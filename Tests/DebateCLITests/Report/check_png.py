#!/usr/bin/env python3
"""Checks a screenshot of the class report: a real page with the chart's bars drawn.

usage: check_png.py FILE.png MIN_WIDTH MIN_HEIGHT

Decodes the PNG with the standard library alone (8-bit RGB or RGBA, as Chromium writes), then
counts pixels of the chart's three bar colours. Exits 1 unless the picture is at least the size
given and each colour covers at least 200 pixels (a bar, not an anti-aliased edge).
"""
import struct, sys, zlib

COLOURS = {"engaged": (0x9E, 0x9E, 0x9E), "with": (0x1F, 0x77, 0xB4), "against": (0xE6, 0x55, 0x0D)}


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"unexpected PNG kind {depth}/{colour}"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main():
    path, min_width, min_height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    width, height, channels, rows = pixels(path)
    counts = {name: 0 for name in COLOURS}
    wanted = {rgb: name for name, rgb in COLOURS.items()}
    for row in rows:
        for x in range(0, len(row), channels):
            name = wanted.get((row[x], row[x + 1], row[x + 2]))
            if name:
                counts[name] += 1
    print(f"{width}x{height}", " ".join(f"{k}={v}" for k, v in counts.items()))
    ok = width >= min_width and height >= min_height and all(v >= 200 for v in counts.values())
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
