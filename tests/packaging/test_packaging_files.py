"""The packaging sources agree with each other and with the package (no build needed)."""

from __future__ import annotations

import importlib.util
import plistlib
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import __version__
from desktop.ui import about

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bd = _load("bundle_data", PACKAGING / "bundle_data.py")
launcher = _load("sijill_launcher", PACKAGING / "launcher.py")


def test_bundle_carries_fonts_icons_licences_and_every_migration() -> None:
    dests = {(Path(src).name, dest) for src, dest in bd.resource_datas()}
    assert ("Amiri-Regular.ttf", "resources/fonts") in dests
    assert ("OFL-Amiri.txt", "resources/fonts") in dests
    assert ("THIRD-PARTY-NOTICES.md", "resources/licenses") in dests
    assert ("sijill-256.png", "resources/icons") in dests
    assert ("env.py", "desktop/store/migrations") in dests
    versions = sorted(p.name for p in (ROOT / "src/desktop/store/migrations/versions").glob("*.py"))
    assert versions and all((v, "desktop/store/migrations/versions") in dests for v in versions)
    assert not any("__pycache__" in dest or src.endswith(".pyc") for src, dest in bd.resource_datas())


def test_required_files_exist_in_the_source_tree() -> None:
    for rel in bd.required_files():
        if rel.endswith(".qm"):
            rel = rel[:-3] + ".ts"  # compiled by scripts/build-translations.py before a build
        source = ROOT / rel if not rel.startswith("desktop/") else ROOT / "src" / rel
        assert source.is_file(), rel


def test_qt_translations_are_trimmed_to_sijills_languages() -> None:
    assert bd.keep_data("PySide6/Qt/translations/qtbase_ar.qm")
    assert bd.keep_data("PySide6/Qt/translations/qt_en.qm")
    assert not bd.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert bd.keep_data("resources/fonts/Amiri-Regular.ttf")


def test_licence_files_of_bundled_packages_are_found() -> None:
    dests = {dest for _src, dest in bd.licence_datas()}
    assert any(d.startswith("resources/licenses/packages/SQLAlchemy-") for d in dests)
    assert any(d.startswith("resources/licenses/packages/python-bidi-") for d in dests)


def test_one_app_id_everywhere() -> None:
    assert bd.APP_ID == about.APP_ID == "org.sijill.Sijill"
    assert (LINUX / f"{bd.APP_ID}.desktop").is_file()
    component = ET.parse(LINUX / f"{bd.APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == bd.APP_ID
    assert component.find("launchable").text == f"{bd.APP_ID}.desktop"  # type: ignore[union-attr]
    assert f'#define AppUserModel "{bd.APP_ID}"' in (PACKAGING / "windows/sijill.iss").read_text()


def test_metainfo_release_is_the_package_version() -> None:
    component = ET.parse(LINUX / f"{bd.APP_ID}.metainfo.xml").getroot()
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == __version__.split("+")[0]


def test_desktop_entry_opens_sijill_bundles() -> None:
    entry = (LINUX / f"{bd.APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=sijill %f" in entry and f"Icon={bd.APP_ID}" in entry
    assert f"MimeType={bd.BUNDLE_MIME};" in entry
    mime = ET.parse(LINUX / f"{bd.APP_ID}.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == bd.BUNDLE_MIME
    assert kind.find("m:glob", ns).get("pattern") == "*.sijill"  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{bd.APP_ID}.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{bd.APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_windows_installer_has_start_menu_entry_and_association() -> None:
    iss = (PACKAGING / "windows/sijill.iss").read_text(encoding="utf-8")
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in iss
    assert 'Subkey: "Software\\Classes\\.sijill"' in iss
    assert '""{app}\\{#AppExe}"" ""%1""' in iss
    assert "ChangesAssociations=yes" in iss


def test_macos_bundle_declares_the_sijill_document_type() -> None:
    info = bd.macos_info_plist()
    plistlib.dumps(info)  # serialisable as an Info.plist
    exported = info["UTExportedTypeDeclarations"][0]  # type: ignore[index]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["sijill"]
    assert info["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]  # type: ignore[index]
    assert info["CFBundleShortVersionString"] == __version__


def test_windows_version_resource_uses_the_package_version(tmp_path: Path) -> None:
    version_info = _load("version_info", PACKAGING / "windows/version_info.py")
    text = Path(version_info.write_version_file(tmp_path / "v.txt")).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert str(bd.numeric_version()) in text


def test_icon_files_hold_every_size() -> None:
    ico = (PACKAGING / "icons/sijill.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = (PACKAGING / "icons/sijill.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for size in (16, 32, 48, 128, 256, 512):
        assert (ROOT / f"resources/icons/sijill-{size}.png").is_file()


def test_launcher_opens_a_double_clicked_bundle_in_the_gui(tmp_path: Path) -> None:
    bundle = tmp_path / "field.sijill"
    bundle.write_bytes(b"PK")
    assert launcher._bundle_argument([str(bundle)]) == str(bundle)
    assert launcher._bundle_argument(["agreements"]) is None
    assert launcher._bundle_argument([str(tmp_path / "missing.sijill")]) is None
    assert launcher._bundle_argument([str(bundle), "--json"]) is None
