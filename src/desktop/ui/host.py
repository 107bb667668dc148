"""What the main window offers the feature modules it hosts (exchange menu, overview, file
operations, PDF and printing, backups, conflicts, database settings, trash and change log).

A feature module takes a :class:`Host` - the runner, the actions by objectName
(``action_map``), the menus, the register, and the ``register_changed`` / ``retranslated``
signals to follow - instead of importing the main window (no import cycle in ui/), and it
connects to those signals rather than replacing the window's methods."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStackedWidget, QStatusBar, QToolBar

    from desktop.services.register import Register
    from desktop.ui.page import Page
    from desktop.ui.runner import Runner


class Host(Protocol):
    """The main window as its feature modules see it (it is also their dialogs' parent)."""

    runner: Runner
    action_map: dict[str, QAction]
    menus: dict[str, QMenu]
    register: Register | None
    pages: dict[str, Page]
    current_kind: str
    stack: QStackedWidget
    toolbar: QToolBar
    welcome: Any

    @property
    def register_changed(self) -> SignalInstance: ...  # the Register now shown
    @property
    def retranslated(self) -> SignalInstance: ...  # the window's texts are in the new language

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name
    def current_page(self) -> Page: ...
    def shown_page(self) -> Page | None: ...
    def show_page(self, kind: str, force: bool = False) -> bool: ...
    def show_welcome(self) -> None: ...
    def open_activity(self, uuid: str) -> None: ...
    def install_register(self, register: Register, lock: Any) -> None: ...
    def confirm_close(self) -> bool: ...
    def release(self) -> None: ...
