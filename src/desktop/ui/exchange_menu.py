"""Field work, conflicts, backups, trash, record history and the user's name in it in the main
window: their actions in the File and Edit menus, the status-bar badge of conflicts waiting for review,
and the automatic backup when a database is opened. Installed by one call from Host."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from desktop.domain.changeset import RecordKind

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

ACTIONS = {
    "action_export_field": QT_TRANSLATE_NOOP("actions", "Export for field work…"),
    "action_import_field": QT_TRANSLATE_NOOP("actions", "Import from field…"),
    "action_review_conflicts": QT_TRANSLATE_NOOP("actions", "Review conflicts…"),
    "action_backup_now": QT_TRANSLATE_NOOP("actions", "Back up now"),
    "action_backups": QT_TRANSLATE_NOOP("actions", "Backups and restore…"),
    "action_trash": QT_TRANSLATE_NOOP("actions", "Trash…"),
    "action_record_history": QT_TRANSLATE_NOOP("actions", "History of this record…"),
    "action_user_name": QT_TRANSLATE_NOOP("actions", "Your name in the history…"),
}
FILE_ITEMS = ("action_export_field", "action_import_field", "action_review_conflicts", None,
              "action_backup_now", "action_backups", "action_trash")
WRITING = ("action_import_field", "action_review_conflicts", "action_backups", "action_trash")


def install_exchange(window: Host) -> None:
    for name in ACTIONS:
        action = QAction(window)
        action.setObjectName(name)
        window.action_map[name] = action
    window.action_map["action_record_history"].setShortcut(QKeySequence("Ctrl+H"))
    _menus(window)
    badge = QToolButton(window)
    badge.setObjectName("status_conflicts")
    badge.setAutoRaise(True)
    badge.clicked.connect(lambda: _review(window))
    window.statusBar().addPermanentWidget(badge)
    window.conflicts_badge = badge  # type: ignore[attr-defined]
    from desktop.ui.trash_history import apply_user_name

    apply_user_name(window)  # the name from the user's own settings, for this register
    _connect(window)
    _follow(window)
    retranslate(window)
    refresh(window)
    from desktop.ui.backups_dialog import auto_backup

    auto_backup(window)


def _menus(window: Host) -> None:
    file_menu = window.menus["menu_file"]
    quit_action = window.action_map["action_quit"]
    for name in FILE_ITEMS:
        if name is None:
            file_menu.insertSeparator(quit_action)
        else:
            file_menu.insertAction(quit_action, window.action_map[name])
    file_menu.insertSeparator(quit_action)
    edit_menu = window.menus["menu_edit"]
    edit_menu.addSeparator()
    edit_menu.addAction(window.action_map["action_record_history"])
    edit_menu.addAction(window.action_map["action_user_name"])


def _review(window: Host) -> None:
    from desktop.ui.conflict_review import review

    review(window)


def _connect(window: Host) -> None:
    from desktop.ui import backups_dialog, exchange_dialogs, trash_history

    a = window.action_map
    a["action_export_field"].triggered.connect(lambda: exchange_dialogs.export_dialog(window))
    a["action_import_field"].triggered.connect(lambda: exchange_dialogs.import_dialog(window))
    a["action_review_conflicts"].triggered.connect(lambda: _review(window))
    a["action_backup_now"].triggered.connect(lambda: backups_dialog.backup_now(window))
    a["action_backups"].triggered.connect(lambda: backups_dialog.show(window))
    a["action_trash"].triggered.connect(lambda: trash_history.show_trash(window))
    a["action_record_history"].triggered.connect(lambda: trash_history.show_history(window))
    a["action_user_name"].triggered.connect(lambda: trash_history.show_user_name(window))
    window.runner.changed.connect(lambda changes: refresh(window) if RecordKind.CONFLICT in changes.kinds else None)


def _follow(window: Host) -> None:
    """Also after another database is opened in the window, and after a language switch
    (the host's signals; the window's methods are its own)."""

    def installed(_register: Any) -> None:
        from desktop.ui.trash_history import apply_user_name

        apply_user_name(window)
        refresh(window)
        from desktop.ui.backups_dialog import auto_backup

        auto_backup(window)

    window.register_changed.connect(installed)
    window.retranslated.connect(lambda: retranslate(window))


def retranslate(window: Host) -> None:
    for name, text in ACTIONS.items():
        window.action_map[name].setText(QCoreApplication.translate("actions", text))
    refresh(window)


def refresh(window: Host) -> None:
    """The badge shows how many conflicts wait for review (hidden when none)."""
    badge = getattr(window, "conflicts_badge", None)
    if badge is None:
        return
    try:
        count = window.register.open_conflict_count()
    except Exception:  # noqa: BLE001 - a database being switched or closed
        count = 0
    from desktop.ui import display

    badge.setText(QCoreApplication.translate("MainWindow", "⚠ %n conflict(s) to review", "", count).replace(str(count), display.number(count)))
    badge.setVisible(count > 0)
    writable = not window.register.read_only
    for name in WRITING:
        window.action_map[name].setEnabled(writable)
    window.action_map["action_backup_now"].setEnabled(window.register.database.path is not None)
