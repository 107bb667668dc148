"""File › "Server users and roles…": who has which role on a shared PostgreSQL register, and
giving or taking a role (issue 21). Only a login with the admin role (or the owner) reaches
it; for everyone else, and on a SQLite file, the action is disabled."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QVBoxLayout

from desktop.domain.access import GRANTABLE, Access
from desktop.ui import display, errors

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ACTION = "action_server_users"
ACTION_TEXT = QT_TRANSLATE_NOOP("actions", "Server users and roles…")
ROLE_TEXT = {
    Access.READER: QT_TRANSLATE_NOOP("ServerUsers", "reader"),
    Access.EDITOR: QT_TRANSLATE_NOOP("ServerUsers", "editor"),
    Access.ADMIN: QT_TRANSLATE_NOOP("ServerUsers", "admin"),
    Access.OWNER: QT_TRANSLATE_NOOP("ServerUsers", "owner"),
}


def _role(access: Access) -> str:
    return QCoreApplication.translate("ServerUsers", ROLE_TEXT[access])


def may_administer(window: MainWindow) -> bool:
    register = window.register
    return register is not None and not register.database.is_sqlite and register.access.can_administer


class ServerUsersDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("server_users_dialog")
        self.setWindowTitle(QCoreApplication.translate("ServerUsers", "Server users and roles"))
        from desktop.ui.widgets.history import make_table

        self.resize(520, 420)
        self.table = make_table(self, "server_users_table", [
            QCoreApplication.translate("ServerUsers", "Login"), QCoreApplication.translate("ServerUsers", "Role"),
        ])
        self.login = QLineEdit(self)
        self.login.setObjectName("server_users_login")
        self.login.setPlaceholderText(QCoreApplication.translate("ServerUsers", "Server login"))
        self.role = QComboBox(self)
        self.role.setObjectName("server_users_role")
        for access in GRANTABLE:
            self.role.addItem(_role(access), access.value)
        row = QHBoxLayout()
        row.addWidget(self.login, 1)
        row.addWidget(self.role)
        buttons = QDialogButtonBox(self)
        grant = buttons.addButton(QCoreApplication.translate("ServerUsers", "Give this role"), QDialogButtonBox.ButtonRole.ActionRole)
        grant.setObjectName("server_users_grant")
        grant.clicked.connect(self.grant)
        revoke = buttons.addButton(QCoreApplication.translate("ServerUsers", "Take every role"), QDialogButtonBox.ButtonRole.ActionRole)
        revoke.setObjectName("server_users_revoke")
        revoke.clicked.connect(self.revoke)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.members: list[Any] = []
        self.reload()

    def reload(self) -> None:
        from desktop.services import server_roles

        register = self.window_.register
        self.window_.runner.run(lambda _p: server_roles.users(register), on_done=self._show,
                                on_error=lambda exc: errors.show(exc, self))

    def _show(self, members: Any) -> None:
        from desktop.ui.widgets.history import fill_table

        self.members = list(members)
        fill_table(self.table, [(display.isolate(m.login), _role(m.role)) for m in self.members])

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.members):
            self.login.setText(self.members[row].login)

    def _change(self, action: Any) -> None:
        login = self.login.text().strip()
        if login:
            self.window_.runner.run(lambda _p: action(login), on_done=lambda _r: self.reload(),
                                    on_error=lambda exc: errors.show(exc, self))

    def grant(self) -> None:
        from desktop.services import server_roles

        register, access = self.window_.register, Access(self.role.currentData())
        self._change(lambda login: server_roles.grant(register, login, access))

    def revoke(self) -> None:
        from desktop.services import server_roles

        register = self.window_.register
        self._change(lambda login: server_roles.revoke(register, login))


def install(window: MainWindow) -> None:
    """The action in the File menu (before Quit), enabled for admins of a server register."""
    action = QAction(window)
    action.setObjectName(ACTION)
    window.action_map[ACTION] = action
    window.menus["menu_file"].insertAction(window.action_map["action_quit"], action)
    action.triggered.connect(lambda: show(window))
    install_register, retranslate_window = window.install_register, window.retranslate

    def installed(register: Any, lock: Any) -> None:
        install_register(register, lock)
        update(window)

    def retranslated() -> None:
        retranslate_window()
        update(window)

    window.install_register = installed  # type: ignore[method-assign]
    window.retranslate = retranslated  # type: ignore[method-assign]
    update(window)


def update(window: MainWindow) -> None:
    action = window.action_map[ACTION]
    action.setText(QCoreApplication.translate("actions", ACTION_TEXT))
    action.setEnabled(may_administer(window))


def show(window: MainWindow) -> ServerUsersDialog | None:
    if not may_administer(window):  # the action is disabled; refuse a direct call too
        return None
    dialog = ServerUsersDialog(window)
    window.server_users_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
