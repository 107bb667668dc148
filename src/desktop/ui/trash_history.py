"""The trash (restore a deleted record; empty it after asking), a record's history
(who changed what and when, and where an import came from) as a dialog, and the user's
own name in the history (a personal setting, not stored in the shared database)."""

from __future__ import annotations

from desktop.domain.changeset import ChangeSet

import getpass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui import display, errors, prompts, settings
from desktop.ui.record_values import KINDS, tr
from desktop.ui.widgets.history import fill_table, history_rows, make_table, when_text

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

ALL_KINDS = ChangeSet.everything()  # a restore or an emptied trash: any kind may have changed


_when = when_text
_table = make_table
_fill = fill_table


class TrashDialog(QDialog):
    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("trash_dialog")
        self.setWindowTitle(QCoreApplication.translate("Trash", "Trash"))
        self.resize(760, 440)
        self.table = _table(self, "trash_table", [
            QCoreApplication.translate("Trash", "Deleted"), QCoreApplication.translate("Trash", "By"),
            QCoreApplication.translate("Trash", "Kind"), QCoreApplication.translate("Trash", "Record"),
        ])
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(QCoreApplication.translate("Trash", "Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("trash_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = buttons.addButton(QCoreApplication.translate("Trash", "Empty the trash…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.setObjectName("trash_empty")
        self.empty_button.clicked.connect(self.empty)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel(QCoreApplication.translate(
            "Trash", "Deleted records wait here until the trash is emptied: choose one and Restore to bring it "
            "back, with what was deleted with it."), self)
        self.intro.setObjectName("trash_intro")
        self.intro.setWordWrap(True)
        self.empty_note = QLabel(QCoreApplication.translate(
            "Trash", "The trash is empty. A record you delete (Delete in a list, or Edit › Delete…) comes here "
            "and can be restored until the trash is emptied."), self)
        self.empty_note.setObjectName("trash_empty_note")
        self.empty_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.entries: list[Any] = []
        self.reload()

    def reload(self) -> None:
        self.entries = self.window_.register.trash()
        _fill(self.table, [(_when(e.deleted_at), display.isolate(e.deleted_by), tr(KINDS, e.record_kind), display.isolate(e.label))
                           for e in self.entries])
        writable = not self.window_.register.read_only
        self.restore_button.setEnabled(bool(self.entries) and writable)
        self.empty_button.setEnabled(bool(self.entries) and writable)
        if self.entries:
            self.table.setCurrentCell(0, 0)
        self.empty_note.setVisible(not self.entries)  # an empty trash says what it is for
        self.intro.setVisible(bool(self.entries))
        self.table.setVisible(bool(self.entries))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        register = self.window_.register
        self.window_.runner.run(lambda _p: register.restore_from_trash(entry.record_uuid), on_done=lambda _r: self.reload(),
                                on_error=lambda exc: errors.show(exc, self), changes=ALL_KINDS)

    def empty(self) -> None:
        count = len(self.entries)
        if not prompts.confirm(
            self, QCoreApplication.translate("Trash", "Empty the trash"),
            QCoreApplication.translate("Trash", "Forget the %n record(s) in the trash for good?", "", count),
            QCoreApplication.translate("Trash", "They cannot be restored afterwards."),
        ):
            return
        register = self.window_.register
        self.window_.runner.run(lambda _p: register.empty_trash(), on_done=lambda _r: self.reload(),
                                on_error=lambda exc: errors.show(exc, self))


class HistoryDialog(QDialog):
    """Every change to one record, newest first, field by field."""

    def __init__(self, window: Host, kind: str, uuid: str, title: str) -> None:
        super().__init__(window)
        self.setObjectName("record_history")
        self.setWindowTitle(QCoreApplication.translate("RecordHistory", "History of {record}").format(record=display.isolate(title)))
        self.resize(900, 480)
        self.table = _table(self, "record_history_table", [
            QCoreApplication.translate("RecordHistory", "When"), QCoreApplication.translate("RecordHistory", "Who"),
            QCoreApplication.translate("RecordHistory", "What"), QCoreApplication.translate("RecordHistory", "Changes"),
        ])
        rows = history_rows(kind, window.register.change_log(uuid), window.register)
        _fill(self.table, rows)
        empty = QLabel(QCoreApplication.translate("RecordHistory", "No change has been recorded for this record yet."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (empty, self.table, buttons):
            layout.addWidget(widget)


PAGE_RECORD_KINDS = {"agreements": "agreement", "activities": "activity", "organizations": "organization",
                     "people": "person", "history": "milestone"}


def show_trash(window: Host) -> TrashDialog:
    dialog = TrashDialog(window)
    window.trash_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def show_history(window: Host) -> HistoryDialog | None:
    """The history of the record open in the current page's editor."""
    page = window.current_page()
    record = page.editor.record
    if record is None or not getattr(record, "uuid", None):
        return None
    kind = PAGE_RECORD_KINDS.get(page.kind, page.kind)
    title = record.display_title() if hasattr(record, "display_title") else record.display_name()
    dialog = HistoryDialog(window, kind, record.uuid, title)
    window.record_history_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


# -- your name in the history ---------------------------------------------------------------
def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        return "?"


def apply_user_name(window: Host) -> None:
    """Give the window's register the name from the user's own settings (empty: the default)."""
    if window.register is not None:
        window.register.set_user_name(str(settings.get(settings.USER_NAME) or ""))


class UserNameDialog(QDialog):
    """The name this person's changes are recorded under, kept in their own settings."""

    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("user_name_dialog")
        self.setWindowTitle(QCoreApplication.translate("UserName", "Your name in the history"))
        text = QLabel(QCoreApplication.translate(
            "UserName", "Changes you make are recorded under this name. It is kept on this computer "
            "for you alone, so colleagues sharing a server database keep their own names."), self)
        text.setWordWrap(True)
        self.edit = QLineEdit(str(settings.get(settings.USER_NAME) or ""), self)
        self.edit.setObjectName("user_name_edit")
        self.edit.setMaxLength(200)
        self.edit.setPlaceholderText(display.isolate(os_user()))
        hint = QLabel(QCoreApplication.translate(
            "UserName", "Left empty, your computer account name is used: {name}").format(name=display.isolate(os_user())), self)
        hint.setObjectName("user_name_hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.edit, hint, buttons):
            layout.addWidget(widget)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        settings.put(settings.USER_NAME, self.edit.text().strip())
        for widget in QApplication.topLevelWidgets():  # every window of this person
            if hasattr(widget, "register") and hasattr(widget, "pages"):
                apply_user_name(widget)  # type: ignore[arg-type]
        super().accept()


def show_user_name(window: Host) -> UserNameDialog:
    dialog = UserNameDialog(window)
    window.user_name_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
