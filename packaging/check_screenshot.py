#!/usr/bin/env python3
"""Says whether a PNG is a picture of a laid-out window, not a blank or broken one.

    check_screenshot.py FILE WIDTH HEIGHT

The PNG must have the given size and hold the variety of colours text, icons and a graph
make: a window whose widgets failed to paint (no fonts, no icons, a black surface) has a
handful. Only the standard library, so that it runs anywhere Python does.
"""
import struct
import sys
import zlib

# A blank or failed window has one to a few dozen colours; the sample's window, with
# antialiased text, icons and the graph's lanes, has thousands.
MIN_COLOURS = 500


def pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat = 8, b""
    width = height = None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour_type not in (2, 6) or interlace:
                raise ValueError(f"unexpected PNG format (depth {depth}, colour type {colour_type})")
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path, want_width, want_height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    try:
        width, height, channels, rows = pixels(path)
    except (OSError, ValueError, zlib.error, struct.error) as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    if (width, height) != (want_width, want_height):
        print(f"{path}: {width}x{height}, not {want_width}x{want_height}", file=sys.stderr)
        return 1
    colours = {row[x:x + 3] for row in rows for x in range(0, len(row), channels)}
    if len(colours) < MIN_COLOURS:
        print(f"{path}: only {len(colours)} colours; a painted window has {MIN_COLOURS} or more",
              file=sys.stderr)
        return 1
    print(f"{path}: {width}x{height}, {len(colours)} colours")
    return 0


if __name__ == "__main__":
    sys.exit(main())
