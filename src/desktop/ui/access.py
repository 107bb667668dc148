"""The banner over a read-only window: a login that may only read (PostgreSQL roles, issue 21)
or a file another Sijill window is editing. The editing controls are disabled by the pages and
actions themselves (``Register.read_only``); this says why, in the user's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from desktop.services.register import Register



def banner_text(register: Register | None) -> str:
    """Why the window is read-only ("" when it is not)."""
    if register is None or not register.read_only:
        return ""
    if register.database.read_only:
        return QCoreApplication.translate(
            "AccessBanner", "Read-only: this register is open for editing in another Sijill window. You can read and print it."
        )
    from desktop.ui import display

    login = display.LRI + (register.privileges().login or "?") + display.PDI
    return QCoreApplication.translate(
        "AccessBanner",
        "Read-only: your server login {login} may only read this register. Ask its administrator for the editor role to make changes.",
    ).format(login=login)


class AccessBanner(QLabel):
    """A label that rewords itself when the language changes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setWordWrap(False)  # one line: a tool bar gives a wrapped label the height of its narrowest form
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("QLabel#read_only_banner { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060; }")
        self.register: Register | None = None

    def show_for(self, register: Register | None) -> None:
        self.register = register
        self.setText(banner_text(register))
        self.setToolTip(self.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(banner_text(self.register))
            self.setToolTip(self.text())
        super().changeEvent(event)


def update_banner(window: QMainWindow, register: Register | None) -> AccessBanner:
    """Show (or hide) the banner of ``window`` for ``register``: a bar of its own under the
    tool bar, which the user cannot hide while the window is read-only."""
    banner = window.findChild(AccessBanner, "read_only_banner")
    if banner is None:
        bar = QToolBar(window)
        bar.setObjectName("read_only_bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        banner = AccessBanner(bar)
        bar.addWidget(banner)
    banner.show_for(register)
    bar_widget = banner.parentWidget()
    if bar_widget is not None:
        bar_widget.setVisible(bool(banner.text()))
    return banner


def access_note(register: Register | None) -> str:
    """For Help › About: who may do what in this register."""
    if register is None:
        return ""
    if register.database.is_sqlite:
        return QCoreApplication.translate(
            "AccessBanner",
            "A register file has one user at a time: the file's permissions on this computer are its access control.",
        )
    from desktop.domain.access import Access
    from desktop.ui import display

    roles = {
        Access.READER: QCoreApplication.translate("AccessBanner", "reader (may read only)"),
        Access.EDITOR: QCoreApplication.translate("AccessBanner", "editor (may change records)"),
        Access.ADMIN: QCoreApplication.translate("AccessBanner", "administrator (may also change settings and roles)"),
        Access.OWNER: QCoreApplication.translate("AccessBanner", "owner of the database"),
    }
    privileges = register.privileges()
    return QCoreApplication.translate("AccessBanner", "Server login {login}: {role}. The server's roles decide who may do what.").format(
        login=display.LRI + privileges.login + display.PDI, role=roles[privileges.access]
    )
