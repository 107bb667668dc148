"""What goes into Sijill's PyInstaller bundle, shared by ``sijill.spec`` on every platform.

Data files keep the layout of the source tree inside the bundle (``resources/``,
``translations/``, ``desktop/store/migrations/``) so ``desktop.resources`` and Alembic find
them under ``sys._MEIPASS`` exactly as in a checkout. No PyInstaller import here: the tests
check this list without building.
"""

from __future__ import annotations

import importlib.util
import re
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "desktop"
APP_NAME = "Sijill"
APP_ID = "org.sijill.Sijill"  # reverse-DNS id: AppStream, .desktop file, macOS bundle id
EXECUTABLE = "sijill"
BUNDLE_EXTENSION = "sijill"
BUNDLE_MIME = "application/x-sijill-bundle"

# Distributions whose code ends up in the bundle: their licence files ship with it.
RUNTIME_DISTRIBUTIONS = (
    "sijill", "PySide6-Essentials", "shiboken6", "PySide6-Pdf", "SQLAlchemy", "alembic", "Mako",
    "MarkupSafe", "typing_extensions", "reportlab", "rl_accel", "pillow", "charset-normalizer",
    "arabic-reshaper", "python-bidi", "hijridate", "platformdirs", "openpyxl", "et_xmlfile",
    "pypdf", "psycopg", "psycopg-binary", "fontpkg-ibm-plex-sans-arabic",
)
LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

# _rl_accel: reportlab imports its C accelerator by name (exec), PyInstaller cannot see it
OPTIONAL_MODULES = ("PySide6.QtPdf", "psycopg", "psycopg_binary", "pypdf", "_rl_accel")
EXCLUDES = (
    "tkinter", "_tkinter", "pytest", "pytestqt", "hypothesis", "pdfplumber", "pdfminer", "pypdfium2",
    "mypy", "IPython", "PyInstaller", "pip", "setuptools", "pkg_resources",
    "cryptography",  # pypdf's optional encryption support: Sijill's PDFs are not encrypted
)
QT_TRANSLATIONS = re.compile(r"PySide6/Qt/translations/\w+?_(\w+)\.qm$")
LANGUAGES = ("ar", "en")


def keep_data(dest: str) -> bool:
    """Drop Qt's own translations for languages Sijill is not translated into."""
    found = QT_TRANSLATIONS.search(dest.replace("\\", "/"))
    return found is None or found.group(1) in LANGUAGES


def version() -> str:
    return metadata.version("sijill")


def numeric_version() -> tuple[int, int, int, int]:
    """The version as four integers (Windows version resources want them)."""
    parts = [int(p) for p in re.findall(r"\d+", version())[:4]]
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def _files(folder: Path, dest: str, pattern: str = "*") -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            found.append((str(path), str(Path(dest) / path.relative_to(folder).parent)))
    return found


def resource_datas() -> list[tuple[str, str]]:
    """Fonts, icons, licences, compiled translations (and the Arabic .ts, which the command
    line reads without Qt) and the Alembic migrations (as .py)."""
    datas = []
    for name in ("fonts", "icons", "licenses"):
        datas += _files(ROOT / "resources" / name, f"resources/{name}")
    datas += ui_font_datas()
    datas += _files(ROOT / "translations", "translations", "*.qm")
    datas += _files(ROOT / "translations", "translations", "sijill_ar.ts")
    datas += _files(SRC / "store" / "migrations", "desktop/store/migrations")
    return datas


def ui_font_datas() -> list[tuple[str, str]]:
    """The interface's font (IBM Plex Sans Arabic, from its PyPI package) and its licence, in
    resources/fonts/ui where desktop.resources looks first."""
    spec = importlib.util.find_spec("fontpkg_ibm_plex_sans_arabic")
    if spec is None or spec.origin is None:
        raise SystemExit("fontpkg-ibm-plex-sans-arabic is not installed: the bundle needs the interface font")
    package = Path(spec.origin).parent
    files = [package / "files" / f"IBMPlexSansArabic-{style}.ttf" for style in ("Regular", "Medium", "Bold")]
    return [(str(path), "resources/fonts/ui") for path in [*files, package / "LICENSE"] if path.is_file()]


def licence_datas() -> list[tuple[str, str]]:
    """Each bundled distribution's own licence files, in resources/licenses/packages/NAME-VERSION."""
    datas = []
    for name in RUNTIME_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        dest = f"resources/licenses/packages/{dist.metadata['Name']}-{dist.version}"
        for file in dist.files or []:
            if ".dist-info" in str(file) and LICENCE_NAME.search(file.name):
                path = Path(str(dist.locate_file(file)))
                if path.is_file():
                    datas.append((str(path), dest))
    return datas


def hidden_imports(submodules: list[str]) -> list[str]:
    """Modules imported only at run time by name: Alembic's env.py and versions, SQL dialects."""
    names = list(submodules) + [
        "logging.config", "alembic.runtime.migration", "alembic.ddl.sqlite", "alembic.ddl.postgresql",
        "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql", "PySide6.QtSvg",
    ]
    names += [m for m in OPTIONAL_MODULES if importlib.util.find_spec(m.split(".")[0]) and _importable(m)]
    return names


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def required_files() -> list[str]:
    """Paths (relative to the bundle's data folder) a built bundle must contain."""
    return [
        "resources/fonts/Amiri-Regular.ttf", "resources/fonts/Amiri-Bold.ttf", "resources/fonts/OFL-Amiri.txt",
        "resources/icons/sijill.svg", "resources/icons/sijill-256.png",
        "resources/licenses/THIRD-PARTY-NOTICES.md", "resources/licenses/LGPL-3.0.txt",
        "translations/sijill_ar.qm", "translations/sijill_en.qm", "translations/sijill_ar.ts",
        "desktop/store/migrations/env.py", "desktop/store/migrations/versions/0001_initial_schema.py",
    ]


def macos_info_plist() -> dict[str, object]:
    """Info.plist entries of Sijill.app: names, version, languages, the .sijill document type."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "ar",
        "CFBundleLocalizations": ["ar", "en"],
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Sijill exchange bundle",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [f"{APP_ID}.bundle"],
            "CFBundleTypeIconFile": "sijill.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": f"{APP_ID}.bundle",
            "UTTypeDescription": "Sijill exchange bundle",
            "UTTypeConformsTo": ["public.data", "public.zip-archive"],
            "UTTypeIconFile": "sijill.icns",
            "UTTypeTagSpecification": {
                "public.filename-extension": [BUNDLE_EXTENSION],
                "public.mime-type": [BUNDLE_MIME],
            },
        }],
    }
