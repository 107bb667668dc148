#!/usr/bin/env python3
"""Build Sijill's icon set: the SVG app icon, PNG sizes, a Windows .ico and a macOS .icns.

The icon is a closed register (bound on the right, as Arabic books are) with a gold ribbon and
the letter س on its cover. The letter is drawn as a path taken from the bundled Amiri font, so
the SVG needs no font where it is shown. Everything is rendered with Qt (QtSvg), nothing else:

    .venv/bin/python packaging/icons/make_icons.py

writes resources/icons/sijill.svg and sijill-<N>.png (N = 16 ... 512), and
packaging/icons/sijill.ico and sijill.icns. Run it again after changing the design below.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PACKAGING = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (ICNS type, pixel size) - PNG-compressed entries, understood since macOS 10.7
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))

LETTER_BOX = QRectF(182, 172, 122, 156)  # where the letter sits on the cover (without the spine)

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Sijill</title>
  <defs>
    <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1B7266"/>
      <stop offset="1" stop-color="#0C4640"/>
    </linearGradient>
    <linearGradient id="cover" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#FBF5E6"/>
      <stop offset="1" stop-color="#EADFC4"/>
    </linearGradient>
  </defs>
  <rect x="24" y="24" width="464" height="464" rx="104" fill="url(#ground)"/>
  <!-- the pages, seen at the fore-edge (left) and the foot -->
  <rect x="118" y="112" width="246" height="310" rx="16" fill="#D8CBA8"/>
  <path d="M126 128 V404 M134 128 V404" stroke="#C2B38C" stroke-width="3"/>
  <!-- the cover, bound on the right -->
  <rect x="138" y="92" width="248" height="314" rx="18" fill="url(#cover)"/>
  <path d="M346 92 H368 A18 18 0 0 1 386 110 V388 A18 18 0 0 1 368 406 H346 Z" fill="#C9A449"/>
  <path d="M346 92 V406" stroke="#A8852F" stroke-width="4"/>
  <!-- the frame of the label, in gold -->
  <rect x="162" y="126" width="162" height="246" rx="10" fill="none" stroke="#C9A449" stroke-width="6"/>
  <!-- the letter sin, from Amiri -->
  <path fill="#0C4640" fill-rule="{rule}" d="{letter}"/>
  <!-- the ribbon -->
  <path d="M292 400 H318 V470 L305 456 L292 470 Z" fill="#B8322F"/>
</svg>
"""


def amiri() -> str:
    for name in ("Amiri-Bold.ttf", "Amiri-Regular.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / name))
        if font_id < 0:
            sys.exit(f"cannot load resources/fonts/{name}")
    return "Amiri"


def letter_path() -> tuple[str, str]:
    """The outline of س (bold Amiri), fitted into LETTER_BOX, as SVG path data."""
    font = QFont(amiri(), 200)
    font.setBold(True)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, "س")
    box = path.boundingRect()
    scale = min(LETTER_BOX.width() / box.width(), LETTER_BOX.height() / box.height())
    dx = LETTER_BOX.center().x() - box.center().x() * scale
    dy = LETTER_BOX.center().y() - box.center().y() * scale
    parts: list[str] = []
    i = 0
    while i < path.elementCount():
        e = path.elementAt(i)
        x, y = e.x * scale + dx, e.y * scale + dy
        if e.type == QPainterPath.ElementType.MoveToElement:
            parts.append(f"M{x:.1f} {y:.1f}")
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{x:.1f} {y:.1f}")
        else:  # a cubic: this control point, then two CurveToData elements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(
                f"C{x:.1f} {y:.1f} {c2.x * scale + dx:.1f} {c2.y * scale + dy:.1f} "
                f"{end.x * scale + dx:.1f} {end.y * scale + dy:.1f}"
            )
            i += 2
        i += 1
    rule = "nonzero" if path.fillRule() == Qt.FillRule.WindingFill else "evenodd"
    return " ".join(parts) + " Z", rule


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """A Windows icon with PNG-compressed entries (Windows Vista and later)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, images: dict[int, bytes]) -> None:
    """A macOS icon family with PNG entries (what `iconutil -c icns` makes from an iconset)."""
    body = b""
    for kind, size in ICNS_TYPES:
        pixels = size * 2 if kind in ("ic11", "ic12", "ic13", "ic14") else size
        blob = images[pixels]
        body += kind.encode("ascii") + struct.pack(">I", len(blob) + 8) + blob
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    letter, rule = letter_path()
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = ICONS / "sijill.svg"
    svg.write_text(SVG.format(letter=letter, rule=rule), encoding="utf-8")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"{svg} is not a valid SVG for Qt")
    images = {size: png_bytes(render(renderer, size)) for size in sorted({*PNG_SIZES, 1024})}
    for size in PNG_SIZES:
        (ICONS / f"sijill-{size}.png").write_bytes(images[size])
    write_ico(PACKAGING / "sijill.ico", {s: images[s] for s in ICO_SIZES})
    write_icns(PACKAGING / "sijill.icns", images)
    print(f"wrote {svg.relative_to(ROOT)}, {len(PNG_SIZES)} PNGs, sijill.ico and sijill.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
