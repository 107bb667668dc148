#!/usr/bin/env python3
"""Write docs/sample-plan.pdf (and docs/sample-plan-p1.png, its first page) from the demo data.

Usage: .venv/bin/python scripts/make-sample-pdf.py [--lang ar|en] [--hijri]
Needs pdftoppm (Debian package poppler-utils) for the PNG. The generation date is fixed so
the output only changes when the demo data or the summary's layout does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from desktop.reports import export_summary  # noqa: E402
from desktop.services.demo import load_demo  # noqa: E402
from desktop.services.register import Register  # noqa: E402

GENERATED = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("ar", "en"), default="ar")
    parser.add_argument("--hijri", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "sample-plan.pdf")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        register = Register.open(Path(folder) / "demo.sqlite")
        try:
            reference = load_demo(register).reference
            path = export_summary(register, reference, args.out, lang=args.lang, hijri=args.hijri,
                                  generated=GENERATED)
        finally:
            register.close()
    print(f"written: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): no PNG written", file=sys.stderr)
        return 1
    png = args.out.with_name(args.out.stem + "-p1")
    subprocess.run([pdftoppm, "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile", str(args.out), str(png)],
                   check=True)
    print(f"written: {png.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
