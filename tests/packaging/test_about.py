"""Help -> About: version, database, licence files shipped in resources/licenses, app icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt

from desktop import __version__
from desktop.resources import resources_dir
from desktop.ui import about

ROOT = Path(__file__).resolve().parents[2]


def test_about_shows_version_database_and_licences(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = about.AboutDialog(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text
    assert "office.sqlite" in text
    items = [dialog.licence_list.item(i) for i in range(dialog.licence_list.count())]
    labels = [item.text() for item in items]
    files = [Path(item.data(Qt.ItemDataRole.UserRole)).name for item in items]
    assert files[:2] == [about.NOTICES, "OFL-Amiri.txt"]
    assert "LGPL-3.0.txt" in labels and "GPL-3.0.txt" in labels
    assert "Qt 6" in dialog.licence_view.toPlainText()
    dialog.licence_list.setCurrentRow(labels.index("LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()


def test_notices_name_every_runtime_dependency() -> None:
    notices = (resources_dir() / "licenses" / about.NOTICES).read_text(encoding="utf-8")
    for name in ("Qt 6", "PySide6", "SQLAlchemy", "Alembic", "ReportLab", "arabic-reshaper", "python-bidi",
                 "openpyxl", "hijridate", "platformdirs", "Amiri", "pypdf", "LGPL-3.0-only", "OFL-1.1"):
        assert name in notices, name


def test_app_icon_has_every_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    icon = about.app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes
    assert icon.pixmap(QSize(64, 64)).width() == 64
