"""``sijill --smoke-test``: prove that this installation (source tree or frozen bundle) works.

Offscreen and on a temporary database it loads the demo, opens the main window, exports and
checks the PDF summary, and checks that Arabic is drawn with the bundled Amiri font (and not
as "tofu" boxes, even on a machine without any Arabic font). Prints one line per check; exit
code 0 when every check passed, 1 otherwise. ``SIJILL_SMOKE_KEEP=DIR`` keeps the database,
the PDF and the PNG renderings in DIR for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEMO_KEY = "UNHCR-OIC/JAP/2022-2025"
ARABIC_SAMPLE = "سجل الاتفاقيات والأنشطة"
MISSING_CHAR = "\U0010fffd"  # a private-use code point no font draws: the "tofu" reference
ARABIC_RANGES = ((0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


class CheckFailed(Exception):
    """A smoke check that did not pass; its text says why."""


@dataclass
class Smoke:
    """The shared state of one smoke run: its folder, register, window and results."""

    folder: Path
    open_window: Callable[[str], Any] | None = None  # the composition root's create_main_window
    register: Any = None
    window: Any = None
    app: Any = None
    pdf: Path | None = None
    lines: list[str] = field(default_factory=list)
    failures: int = 0

    def step(self, name: str, check: Callable[[Smoke], str]) -> None:
        try:
            detail = check(self)
        except CheckFailed as exc:
            self.failures += 1
            self.say(f"FAIL  {name}: {exc}")
        except Exception as exc:  # noqa: BLE001 - any crash is a failed check, reported
            self.failures += 1
            self.say(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        else:
            self.say(f"ok    {name}" + (f": {detail}" if detail else ""))

    def say(self, line: str) -> None:
        self.lines.append(line)
        print(line, flush=True)


def _prepare_environment(folder: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    os.environ["SIJILL_CONFIG_DIR"] = str(folder / "config")
    os.environ.pop("SIJILL_DATABASE_URL", None)
    if sys.platform.startswith("linux"):
        os.environ.setdefault("XDG_RUNTIME_DIR", str(folder))


_QUIET = ("propagateSizeHints",)  # harmless notes of the offscreen platform


def _qt_message(_mode: Any, _context: Any, message: str) -> None:
    if not any(note in message for note in _QUIET):
        print(message, file=sys.stderr)


def _quiet_qt() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_qt_message)


# -- checks ------------------------------------------------------------------------------
def check_database(smoke: Smoke) -> str:
    from desktop.services.demo import load_demo
    from desktop.services.register import Register

    smoke.register = Register.open(smoke.folder / "smoke.sqlite")
    result = load_demo(smoke.register)
    agreements = smoke.register.agreements()
    if not any(a.reference == DEMO_KEY for a in agreements):
        raise CheckFailed(f"the demo agreement {DEMO_KEY} is missing after load_demo")
    return f"{result.total_added} demo records in {smoke.register.database.display_name()}"


def _application_families() -> set[str]:
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for font_id in range(64):  # application font ids are small consecutive integers
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def check_main_window(smoke: Smoke) -> str:
    if smoke.open_window is None:
        raise CheckFailed("no main window to open (run the smoke test through `sijill --smoke-test`)")
    smoke.register.close()
    smoke.register = None
    smoke.app = _application()
    smoke.window = smoke.open_window(str(smoke.folder / "smoke.sqlite"))
    smoke.window.show()
    smoke.app.processEvents()
    image = smoke.window.grab().toImage()
    image.save(str(smoke.folder / "main-window.png"))
    if image.isNull() or image.width() < 200:
        raise CheckFailed("the main window could not be drawn")
    return f"{smoke.window.windowTitle()!r}, {image.width()}x{image.height()} px"


def check_bundled_font(smoke: Smoke) -> str:
    from PySide6.QtGui import QFontDatabase

    from desktop.resources import UI_FONT_FAMILY, font_files, ui_font_files

    app = _application()
    for family in ("Amiri", UI_FONT_FAMILY):
        if family not in _application_families():
            raise CheckFailed(f"the bundled {family} font was not registered at start-up")
        if family not in QFontDatabase.families():
            raise CheckFailed(f"QFontDatabase does not list the family {family!r}")
    if app.font().family() != UI_FONT_FAMILY:
        raise CheckFailed(f"the interface is drawn with {app.font().family()!r}, not {UI_FONT_FAMILY}")
    files = ", ".join(p.name for p in font_files() + ui_font_files())
    return f"'Amiri' and {UI_FONT_FAMILY!r} (the interface's) registered from the application's own files ({files})"


def _ink(image: Any) -> int:
    """How many pixels of ``image`` differ from its top-left (background) pixel."""
    background = image.pixel(0, 0)
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != background
    )


def _application() -> Any:
    """The running QApplication (the one the main window made), else a new one."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "sijill"])


def _render(text: str, family: str) -> Any:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    _application()

    label = QLabel(text)
    label.setFont(QFont(family, 28))
    label.setStyleSheet("background: white; color: black; padding: 6px;")
    label.adjustSize()
    return label, label.grab().toImage()


def _glyph_problems(text: str, family: str) -> list[str]:
    """Runs of ``text`` not drawn by ``family`` or drawn with glyph 0 (.notdef, i.e. tofu)."""
    from PySide6.QtGui import QFont, QTextLayout

    layout = QTextLayout(text, QFont(family, 28))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    problems = []
    for run in layout.glyphRuns():
        used = run.rawFont().familyName()
        if used != family:
            problems.append(f"drawn with {used!r}")
        if 0 in run.glyphIndexes():
            problems.append(f"{list(run.glyphIndexes()).count(0)} missing glyph(s) in {used!r}")
    return problems


def check_arabic_rendering(smoke: Smoke) -> str:
    from desktop.resources import UI_FONT_FAMILY

    done = [_check_arabic_in(smoke, family) for family in ("Amiri", UI_FONT_FAMILY)]
    return "; ".join(done)


def _check_arabic_in(smoke: Smoke, family: str) -> str:
    from PySide6.QtGui import QFontInfo

    label, arabic = _render(ARABIC_SAMPLE, family)
    used = QFontInfo(label.font()).family()
    arabic.save(str(smoke.folder / ("arabic-label.png" if family == "Amiri" else "arabic-label-ui.png")))
    _tofu_label, tofu = _render(MISSING_CHAR * len(ARABIC_SAMPLE), family)
    tofu.save(str(smoke.folder / "missing-glyph-label.png"))
    if used != family:
        raise CheckFailed(f"the label is drawn with {used!r}, not {family}")
    problems = _glyph_problems(ARABIC_SAMPLE, family)
    if problems:
        raise CheckFailed("; ".join(problems))
    ink = _ink(arabic)
    if ink < 200:
        raise CheckFailed(f"the Arabic label has almost no ink ({ink} px)")
    if arabic == tofu:
        raise CheckFailed("the Arabic label looks exactly like missing glyphs (tofu)")
    return f"{family}: {ink} px of ink, every glyph from it, differs from the missing-glyph rendering"


def _export(smoke: Smoke, path: Path) -> None:
    from desktop.reports import export_summary
    from desktop.services.register import Register

    register = Register.open(smoke.folder / "smoke.sqlite")
    try:
        export_summary(register, DEMO_KEY, path, lang="ar")
    finally:
        register.close()


def _reports_available() -> bool:
    """False only while the PDF module is not part of Sijill; a broken import fails the check."""
    try:
        import desktop.reports as reports
    except ImportError as exc:
        if exc.name != "desktop.reports":
            raise CheckFailed(f"the PDF module cannot be imported: {exc}") from exc
        return False
    return hasattr(reports, "export_summary")


def check_pdf_export(smoke: Smoke) -> str:
    if not _reports_available():
        smoke.pdf = None
        return "SKIPPED: desktop.reports.export_summary is not available in this build yet"
    path = smoke.folder / "summary.pdf"
    _export(smoke, path)
    if not path.is_file() or path.stat().st_size < 1000:
        raise CheckFailed(f"no PDF written at {path}")
    smoke.pdf = path
    return f"{path.name}, {path.stat().st_size // 1024} KiB"


def pdf_font_problems(data: bytes) -> list[str]:
    """Fonts of a PDF that are not embedded (no /FontFile in their descriptor, or standard-14)."""
    problems = []
    descriptors = len(re.findall(rb"/Type\s*/FontDescriptor", data))
    embedded = len(re.findall(rb"/FontFile[23]?\b", data))
    if embedded == 0:
        problems.append("no embedded font file")
    if embedded < descriptors:
        problems.append(f"{descriptors - embedded} font descriptor(s) without an embedded file")
    for name in re.findall(rb"/Subtype\s*/Type1\s*/BaseFont\s*/([A-Za-z-]+)", data):
        problems.append(f"standard font {name.decode()} is not embedded")
    return problems


def _has_arabic(text: str) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text for lo, hi in ARABIC_RANGES)


def _read_with_qtpdf(path: Path, png: Path) -> tuple[int, str, int]:
    """(pages, text, ink of page 1) read with QtPdf, the renderer the bundle ships."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    _application()
    document = QPdfDocument(None)
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise CheckFailed(f"QtPdf cannot read it (status {document.status()})")
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    image = document.render(0, QSize(595, 842)) if document.pageCount() else None
    if image is None:
        return 0, text, 0
    image.save(str(png))
    return document.pageCount(), text, _ink(image.scaled(149, 210))


def _read_with_pypdf(path: Path) -> tuple[int, str, int]:
    """The same without QtPdf (a source install without pyside6-pdf): no rendering."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), text, -1


def _read_pdf(path: Path, png: Path) -> tuple[int, str, int]:
    try:
        import PySide6.QtPdf  # noqa: F401
    except ImportError:
        if getattr(sys, "frozen", False):
            raise CheckFailed("QtPdf is missing from this bundle") from None
        return _read_with_pypdf(path)
    return _read_with_qtpdf(path, png)


def check_pdf_content(smoke: Smoke) -> str:
    if smoke.pdf is None:
        return "SKIPPED: no PDF was exported"
    problems = pdf_font_problems(smoke.pdf.read_bytes())
    if problems:
        raise CheckFailed("; ".join(problems))
    pages, text, ink = _read_pdf(smoke.pdf, smoke.folder / "summary-page-1.png")
    if pages < 1:
        raise CheckFailed("the PDF has no pages")
    if not _has_arabic(text) or "2022" not in text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")):
        raise CheckFailed(f"the text is not extractable (got {text[:60]!r})")
    if 0 <= ink < 200:
        raise CheckFailed("page 1 renders blank")
    how = "rendered with QtPdf" if ink >= 0 else "read with pypdf (QtPdf not installed)"
    return f"{pages} page(s), fonts embedded, {len(text)} characters of text incl. Arabic, {how}"


def check_about(smoke: Smoke) -> str:
    from PySide6.QtCore import Qt

    from desktop.ui.about import NOTICES, AboutDialog, app_icon

    _application()
    if app_icon().isNull():
        raise CheckFailed("the app icon is missing (resources/icons)")
    dialog = AboutDialog(str(smoke.folder / "smoke.sqlite"))
    files = [str(dialog.licence_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(dialog.licence_list.count())]
    dialog.grab().save(str(smoke.folder / "about.png"))
    dialog.deleteLater()
    if not any(f.endswith(NOTICES) for f in files) or not any(f.endswith("OFL-Amiri.txt") for f in files):
        raise CheckFailed(f"licence files are missing from Help -> About ({len(files)} found)")
    return f"{len(files)} licence files, app icon present"


CHECKS: tuple[tuple[str, Callable[[Smoke], str]], ...] = (
    ("database and demo", check_database),
    ("main window", check_main_window),
    ("bundled Arabic font", check_bundled_font),
    ("Arabic rendering", check_arabic_rendering),
    ("About and licences", check_about),
    ("PDF export", check_pdf_export),
    ("PDF content", check_pdf_content),
)


def _close(smoke: Smoke) -> None:
    if smoke.window is not None:
        smoke.window.close()
        smoke.window.deleteLater()
        smoke.window = None
    if smoke.app is not None:
        smoke.app.processEvents()
    if smoke.register is not None:
        smoke.register.close()


def run(keep: str | os.PathLike[str] | None = None, open_window: Callable[[str], Any] | None = None) -> int:
    """Run every check; 0 when all passed, 1 otherwise (with one FAIL line per failure).
    ``open_window`` is the composition root's ``create_main_window`` (ui/ does not import
    desktop.app); ``sijill --smoke-test`` passes it."""
    from desktop import __version__

    keep = keep or os.environ.get("SIJILL_SMOKE_KEEP")
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="sijill-smoke-"))
    folder.mkdir(parents=True, exist_ok=True)
    _prepare_environment(folder)
    _quiet_qt()
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    smoke = Smoke(folder, open_window)
    smoke.say(f"Sijill {__version__} smoke test ({frozen}, {sys.platform}) in {folder}")
    try:
        for name, check in CHECKS:
            smoke.step(name, check)
    finally:
        _close(smoke)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    if smoke.failures:
        print(f"smoke test FAILED: {smoke.failures} of {len(CHECKS)} checks failed", file=sys.stderr)
        return 1
    print(f"smoke test passed ({len(CHECKS)} checks)")
    return 0
