"""Backups: back up now, and restore one of the listed backups (or a chosen file) after
asking; the register is closed, replaced (the current file kept aside) and opened again."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.services.register import Register
from desktop.ui import display, errors, prompts

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

C = "Backups"
log = logging.getLogger(__name__)


def backup_now(window: Host, on_done: Any = None) -> None:
    register = window.register

    def done(path: Any) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "Backed up to {path}").format(path=display.isolate(str(path))), 10000)
        if on_done is not None:
            on_done(path)

    window.runner.run(lambda _p: register.backup_now(), on_done=done, on_error=lambda exc: errors.show(exc, window))


def auto_backup(window: Host) -> None:
    """The once-a-day backup, in the thread pool but outside the runner (the window is not
    'busy' for it; closing waits for the pool). A failure is only logged."""
    register = window.register
    if register.database.path is None or os.environ.get("SIJILL_NO_AUTO_BACKUP"):
        return

    def work() -> None:
        try:
            register.auto_backup()
        except Exception:  # noqa: BLE001 - a backup must never disturb the work
            log.warning("automatic backup failed", exc_info=True)

    window.runner.pool.start(work)


class BackupsDialog(QDialog):
    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("backups_dialog")
        self.setWindowTitle(QCoreApplication.translate("Backups", "Backups"))
        self.resize(720, 420)
        intro = QLabel(QCoreApplication.translate(
            "Backups", "A backup is made automatically once a day when the database is opened (the last {days} days "
            "and {weeks} weeks are kept). Restoring replaces the database; the current file is kept aside."
        ).format(days=display.number(7), weeks=display.number(4)), self)  # digits as the user chose
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Backups", "Date"), QCoreApplication.translate("Backups", "Kind"),
            QCoreApplication.translate("Backups", "Size"),
        ])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox(self)
        now = buttons.addButton(QCoreApplication.translate("Backups", "Back up now"), QDialogButtonBox.ButtonRole.ActionRole)
        now.setObjectName("backup_now")
        now.clicked.connect(lambda: backup_now(window, on_done=lambda _p: self.reload()))
        self.restore_button = buttons.addButton(QCoreApplication.translate("Backups", "Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        other = buttons.addButton(QCoreApplication.translate("Backups", "Restore from a file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.setObjectName("backup_restore_file")
        other.clicked.connect(self.restore_file)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, buttons):
            layout.addWidget(widget)
        self.backups: list[Any] = []
        self.reload()

    def reload(self) -> None:
        try:
            self.backups = self.window_.register.backups()
        except Exception as exc:  # noqa: BLE001 - a server database: no file backups
            self.backups = []
            self.restore_button.setEnabled(False)
            errors.show(exc, self)
        kinds = {"auto": QCoreApplication.translate("Backups", "automatic"), "manual": QCoreApplication.translate("Backups", "by hand")}
        self.table.setRowCount(len(self.backups))
        for i, b in enumerate(self.backups):
            cells = (display.digits(b.created_at.strftime("%Y-%m-%d %H:%M")), kinds.get(b.kind, b.kind), display.digits(f"{b.size / 1024:.0f} KB"))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(display.LRI + text + display.PDI if j != 1 else text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, j, item)
        if self.backups:
            self.table.setCurrentCell(0, 0)

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.backups):
            self.restore(self.backups[row].path)

    def restore_file(self) -> None:
        path = prompts.open_file(self, QCoreApplication.translate("Backups", "Restore from a file"), str(Path.home()),
                                 QCoreApplication.translate("Backups", "Sijill databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, backup: Path) -> None:
        if restore(self.window_, backup):
            self.accept()


def restore(window: Host, backup: Path) -> bool:
    """Ask, then replace the open register by ``backup`` and open it again."""
    target = window.register.database.path
    if target is None:
        return False
    if not prompts.confirm(
        window, QCoreApplication.translate("Backups", "Restore a backup"),
        QCoreApplication.translate("Backups", "Replace the database by the backup of {date}?").format(date=display.isolate(backup.name)),
        QCoreApplication.translate("Backups", "Changes made since that backup will not be in the database; the current file is kept aside."),
    ):
        return False
    if not window.confirm_close():
        return False
    window.runner.pool.waitForDone(30000)
    window.release()
    try:
        aside = Register.restore_backup(target, backup)
    except Exception as exc:  # noqa: BLE001 - the backup was refused: the database is untouched
        errors.show(exc, window)
        aside = None
    _reopen(window, str(target))
    if aside is not None:
        window.statusBar().showMessage(QCoreApplication.translate("Backups", "Restored; the previous file was kept as {path}").format(
            path=display.isolate(os.fspath(aside))), 15000)
    return aside is not None


def _reopen(window: Host, target: str) -> None:
    from desktop.ui.opening import open_register

    register, lock = open_register(target, window)
    window.install_register(register, lock)
    window.show_page("agreements", force=True)


def show(window: Host) -> BackupsDialog:
    dialog = BackupsDialog(window)
    window.backups_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
