"""Draw the QuoteDesk icon and write it in every size and format the three platforms want.

The icon is a white speech bubble holding a pair of quotation marks on a blue rounded square.
It is drawn once as SVG (below); Qt's SVG renderer rasterises it. Outputs, all committed:

    packaging/icons/quotedesk.svg              scalable source (Linux hicolor/scalable)
    packaging/icons/png/quotedesk-<N>.png      N = 16 24 32 48 64 128 256 512 (Linux hicolor)
    packaging/icons/quotedesk.ico              Windows: 16..256, PNG-compressed entries
    packaging/icons/quotedesk.icns             macOS: 16..1024 (@1x and @2x), PNG entries
    resources/icons/quotedesk.svg, .png        the window icon the app loads (SVG, and a
                                               256 px PNG), each only when it does not exist

Run with the project venv: ``.venv/bin/python packaging/make_icons.py`` (offscreen is fine).
ICO and ICNS are written directly (both are a small header plus PNG blobs), so no
platform tool (iconutil, ImageMagick) is needed; packaging/macos/README.md shows the
iconutil route as a cross-check.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
TOP = HERE.parent
OUT = HERE / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32),    # 16 and 16@2x
    (b"icp5", 32), (b"ic12", 64),    # 32 and 32@2x
    (b"ic07", 128), (b"ic13", 256),  # 128 and 128@2x
    (b"ic08", 256), (b"ic14", 512),  # 256 and 256@2x
    (b"ic09", 512), (b"ic10", 1024),  # 512 and 512@2x
)

SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>QuoteDesk</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2F74C0"/>
      <stop offset="1" stop-color="#1A4779"/>
    </linearGradient>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="104" fill="url(#bg)"/>
  <path fill="#FFFFFF" d="M132 104 H380 A56 56 0 0 1 436 160 V316 A56 56 0 0 1 380 372
        H236 L150 440 L162 372 H132 A56 56 0 0 1 76 316 V160 A56 56 0 0 1 132 104 Z"/>
  <g fill="#1F5A99">
    <circle cx="196" cy="206" r="42"/>
    <path d="M238 206 C238 262 214 300 164 322 L152 298 C182 282 196 262 198 236 Z"/>
    <circle cx="316" cy="206" r="42"/>
    <path d="M358 206 C358 262 334 300 284 322 L272 298 C302 282 316 262 318 236 Z"/>
  </g>
</svg>
"""


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """ICONDIR + one ICONDIRENTRY per size, each pointing at a PNG (Vista+ ICO)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """'icns' + total length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    if not renderer.isValid():
        raise RuntimeError("the icon SVG does not parse")
    (OUT / "png").mkdir(parents=True, exist_ok=True)
    (OUT / "quotedesk.svg").write_text(SVG, encoding="utf-8")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    for size in PNG_SIZES:
        (OUT / "png" / f"quotedesk-{size}.png").write_bytes(pngs[size])
    write_ico(OUT / "quotedesk.ico", {s: pngs[s] for s in ICO_SIZES})
    write_icns(OUT / "quotedesk.icns", pngs)
    window_icons = TOP / "resources" / "icons"
    window_icons.mkdir(parents=True, exist_ok=True)
    for name, data in (("quotedesk.svg", SVG.encode()), ("quotedesk.png", pngs[256])):
        if not (window_icons / name).exists():
            (window_icons / name).write_bytes(data)
            print(f"wrote {(window_icons / name).relative_to(TOP)}")
    print(f"wrote {OUT.relative_to(TOP)}/: svg, {len(PNG_SIZES)} png, ico, icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
