"""First use: before the first change is recorded, ask the user's name (kept in their own
settings, see ``action_user_name``), so the history does not say "root" or a login name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop.ui import settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

NAME_ASKED = settings.declare("history/name_asked", False, QT_TRANSLATE_NOOP("settings", "The name was asked at first use"))


def needs_name(window: MainWindow) -> bool:
    register = window.register
    return (
        register is not None and not register.read_only
        and not str(settings.get(settings.USER_NAME) or "").strip()
        and not settings.get(NAME_ASKED)
    )


def ask_name(window: MainWindow) -> Any:
    """Show the name dialog (modal to the window: nothing can be changed before it is
    answered) once per user; returns it, or None when not needed."""
    if not needs_name(window):
        return None
    from desktop.ui.trash_history import UserNameDialog

    dialog = UserNameDialog(window)
    dialog.setObjectName("first_use_name")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setWindowTitle(QCoreApplication.translate("UserName", "Welcome to Sijill: your name"))
    dialog.finished.connect(lambda _r: settings.put(NAME_ASKED, True))  # asked once; Edit › Your name… changes it
    window.user_name_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    dialog.edit.setFocus()
    return dialog
