"""Help -> About: version, database, and the licences shipped with Sijill (and the app icon).

The licence texts are files in ``resources/licenses/`` (plus the font licence in
``resources/fonts/``); a frozen bundle carries them, and also each bundled Python package's own
licence files in ``resources/licenses/packages/``. The dialog lists whatever is there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import resources_dir

APP_ID = "org.sijill.Sijill"  # the .desktop file's name: lets Wayland docks find the icon
NOTICES = "THIRD-PARTY-NOTICES.md"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LRI, PDI = "\u2066", "\u2069"  # keep a path or version line left-to-right inside Arabic text


def app_icon() -> QIcon:
    """Sijill's icon, from the PNG sizes shipped in resources/icons (no SVG plugin needed)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"sijill-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def apply_app_icon(window: QWidget) -> None:
    """Give ``window`` (and the application) Sijill's icon and desktop identity."""
    icon = app_icon()
    window.setWindowIcon(icon)
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setWindowIcon(icon)
        QGuiApplication.setDesktopFileName(APP_ID)


def licence_files() -> list[tuple[str, Path]]:
    """(label, path) of every licence text shipped, the third-party notices first."""
    folder = resources_dir() / "licenses"
    found: list[tuple[str, Path]] = []
    notices = folder / NOTICES
    if notices.is_file():
        found.append((QCoreApplication.translate("AboutDialog", "Third-party notices"), notices))
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path != notices:
            found.append((str(path.relative_to(folder)), path))
    ofl = resources_dir() / "fonts" / "OFL-Amiri.txt"
    if ofl.is_file():
        label = QCoreApplication.translate("AboutDialog", "Amiri font (SIL Open Font License 1.1)")
        found.insert(1 if notices.is_file() else 0, (label, ofl))
    from desktop.resources import ui_font_licence

    plex = ui_font_licence()
    if plex is not None:
        label = QCoreApplication.translate("AboutDialog", "IBM Plex Sans Arabic font (SIL Open Font License 1.1)")
        found.insert(2 if notices.is_file() else 1, (label, plex))
    return found


def _about_text(database: str, access: str = "") -> str:
    name = QCoreApplication.translate("AboutDialog", "Sijill (سجل)")
    summary = QCoreApplication.translate(
        "AboutDialog", "A register of partnership agreements and the activities carried out under them."
    )
    version = QCoreApplication.translate("AboutDialog", "Version {version}")
    from desktop import __version__  # reads the package metadata: not at start-up

    version = version.format(version=f"<b>{__version__}</b>")
    where = QCoreApplication.translate("AboutDialog", "Database: {path}")
    where = where.format(path=LRI + _escape(database) + PDI)
    if access:  # who may do what: a file's permissions, or the server login's role (issue 21)
        where += "<br>" + _escape(access)
    import platform

    runtime = QCoreApplication.translate("AboutDialog", "Python {python}, Qt {qt}, PySide6 {pyside}").format(
        python=platform.python_version(), qt=qVersion(), pyside=pyside_version
    )
    licence = QCoreApplication.translate(
        "AboutDialog",
        "Sijill is free software under the GNU General Public License, version 3 or later. Arabic is "
        "drawn with the Amiri font (SIL Open Font License). Qt and PySide6 are used under the GNU "
        "Lesser General Public License, version 3.",
    )
    return (
        f"<h2>{name}</h2><p>{summary}</p>"
        f"<p>{version}<br>{where}<br>{LRI}{runtime}{PDI}</p><p>{licence}</p>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    """Version and database on top; the licence files below, one chosen from a list."""

    def __init__(self, database: str, parent: QWidget | None = None, access: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Sijill"))
        self.setWindowIcon(app_icon())
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header(database, access))
        heading = QCoreApplication.translate("AboutDialog", "Licences of Sijill and of what it ships with:")
        layout.addWidget(QLabel(heading, self))
        layout.addWidget(self._licences(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self, database: str, access: str = "") -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(QSize(96, 96)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(_about_text(database, access), self)
        self.text.setObjectName("about_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        return row

    def _licences(self) -> QSplitter:
        splitter = QSplitter(self)
        self.licence_list = QListWidget(splitter)
        self.licence_list.setObjectName("about_licences")
        self.licence_view = QTextBrowser(splitter)
        self.licence_view.setObjectName("about_licence_text")
        self.licence_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the texts are English
        self.licence_view.setOpenExternalLinks(True)
        for label, path in licence_files():
            item = QListWidgetItem(label, self.licence_list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.licence_list.currentItemChanged.connect(self._show_licence)
        splitter.setSizes([260, 560])
        if self.licence_list.count():
            self.licence_list.setCurrentRow(0)
        else:
            self.licence_view.setPlainText(
                QCoreApplication.translate("AboutDialog", "The licence files are missing from this installation.")
            )
        return splitter

    def _show_licence(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".md":
            self.licence_view.setMarkdown(text)
        else:
            self.licence_view.setPlainText(text)


def show_about(parent: QWidget | None, database: str, access: str = "") -> None:
    AboutDialog(database, parent, access).exec()
