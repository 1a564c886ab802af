"""The Bekasi page in a real browser: headless Chromium takes a screenshot, and it is not blank.

Skipped where no browser is installed; .ci/run installs Debian's chromium. The PNG is
read with the standard library alone (zlib and the PNG chunk format), so the check needs
no imaging package.
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pledgekit.io import load
from pledgekit.report import render

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
WIDTH, HEIGHT = 1280, 2000
#: Seconds the browser has to write the screenshot (it takes about two); then it is killed.
TIMEOUT = 120
#: Headless, and nothing the browser would reach the network for on its own.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--disable-dev-shm-usage",  # a container's small /dev/shm would crash the renderer
)


def _browser() -> str | None:
    """Debian's chromium (or the same browser under its other names), if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found is not None:
            return found
    return None


# -- PNG, read with the standard library ----------------------------------------------


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Each chunk's type and data, after the signature (PNG specification, section 5)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        yield kind, data[at + 8 : at + 8 + length]
        at += 12 + length  # length, type, data, CRC


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode_png(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Width, height, bytes per pixel and the unfiltered rows of an 8-bit RGB(A) or grey PNG."""
    header = b""
    compressed = bytearray()
    for kind, body in _chunks(data):
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            compressed += body
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"a PNG this reader does not read: depth {depth}, colour type {colour}")
    raw = zlib.decompress(bytes(compressed))
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:  # Sub
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:  # Up
            line = bytearray((x + p) & 0xFF for x, p in zip(line, previous, strict=True))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                corner = previous[i - channels] if i >= channels else 0
                line[i] = (line[i] + _paeth(left, previous[i], corner)) & 0xFF
        elif kind != 0:
            raise ValueError(f"row {y}: unknown filter {kind}")
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def _png(width: int, height: int, rows: list[bytes], filters: list[int]) -> bytes:
    """A small RGB PNG, rows already filtered as ``filters`` says (for testing the reader)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    raw = b"".join(bytes([f]) + row for f, row in zip(filters, rows, strict=True))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class TestPngReader:
    def test_reads_each_filter(self) -> None:
        """Rows filtered None, Sub, Up, Average and Paeth come back as the pixels written.

        A 2 × 5 RGB image: rows 0–2 are (10,20,30)(40,50,60), stored as is, with Sub
        (each byte less the one a pixel to its left) and with Up (less the one above:
        all zero); rows 3–4 are (12,22,32)(42,52,62), with Average and with Paeth,
        filtered by hand below.
        """
        row0 = bytes([10, 20, 30, 40, 50, 60])
        row3 = bytes([12, 22, 32, 42, 52, 62])
        sub = bytes([10, 20, 30, 30, 30, 30])
        up = bytes(6)
        # Average: x − ⌊(left + above) / 2⌋; the first pixel has no left.
        average = bytes([12 - 5, 22 - 10, 32 - 15, 42 - (12 + 40) // 2, 52 - 36, 62 - 46])
        # Paeth (left a, above b, corner c): first pixel a = c = 0, so b; then
        # p = a + b − c = 12 + 42 − 12 = 42 → b (42); 22+52−22=52 → b; 32+62−32 → b.
        paeth = bytes(6)
        data = _png(2, 5, [row0, sub, up, average, paeth], [0, 1, 2, 3, 4])
        assert (2, 5, 3, [row0, row0, row0, row3, row3]) == decode_png(data)

    def test_refuses_what_is_not_a_png(self) -> None:
        """Another file's bytes are refused, not read as pixels."""
        with pytest.raises(ValueError, match="not a PNG"):
            decode_png(b"GIF89a")


# -- The page, rendered -----------------------------------------------------------------


def _screenshot(browser: str, page: Path, shot: Path, profile: Path) -> None:
    """Let the browser write ``shot``; kill it and its children when it takes too long."""
    command = [
        browser,
        *FLAGS,
        f"--user-data-dir={profile}",
        f"--screenshot={shot}",
        f"--window-size={WIDTH},{HEIGHT}",
        page.as_uri(),
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, to end it whole
    )
    try:
        _, errors = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{browser} wrote no screenshot within {TIMEOUT} seconds")
    assert 0 == process.returncode, errors.decode(errors="replace")[-2000:]


@pytest.fixture(scope="module")
def pixels(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, int, int, list[bytes]]:
    """The screenshot of the Bekasi page, in English, decoded."""
    browser = _browser()
    assert browser is not None
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "bekasi.html"
    page.write_text(render(load(BEKASI).assess(), format="html", lang="en"), encoding="utf-8")
    shot = folder / "bekasi.png"
    _screenshot(browser, page, shot, folder / "profile")
    return decode_png(shot.read_bytes())


@pytest.mark.skipif(_browser() is None, reason="no chromium installed (.ci/run installs it)")
class TestInChromium:
    """Skipped where no browser is installed; .ci/run installs Debian's chromium."""

    def test_the_window_size(self, pixels: tuple[int, int, int, list[bytes]]) -> None:
        """The screenshot is the size of the window asked for."""
        width, height, _, rows = pixels
        assert (WIDTH, HEIGHT, HEIGHT) == (width, height, len(rows))

    def test_not_blank(self, pixels: tuple[int, int, int, list[bytes]]) -> None:
        """Text, tables, badges and the chart: many colours, and a good share not white.

        A blank (all white) page has one colour and no share; the Bekasi page, headline,
        findings and chart in the first 2,000 pixels, has hundreds of colours (the
        chart's anti-aliased lines and the badges) and several per cent of ink.
        """
        width, _, channels, rows = pixels
        colours: set[bytes] = set()
        inked = 0
        for row in rows[::4]:  # every fourth row: enough to see, quick to count
            for x in range(0, width * channels, channels):
                pixel = row[x : x + 3]
                colours.add(pixel)
                if pixel != b"\xff\xff\xff":
                    inked += 1
        sampled = len(rows[::4]) * width
        assert len(colours) > 100
        assert 0.03 < inked / sampled < 0.9

    def test_the_chart_is_drawn(self, pixels: tuple[int, int, int, list[bytes]]) -> None:
        """The chart's own colours, which the page's style sheet does not use, are on the screen.

        The claims' red #c0392b and the target's green #2e7d32 (pledgekit.chart).
        """
        _, _, channels, rows = pixels
        seen = set()
        for row in rows:
            for x in range(0, len(row), channels):
                seen.add(row[x : x + 3])
        assert bytes.fromhex("c0392b") in seen
        assert bytes.fromhex("2e7d32") in seen
