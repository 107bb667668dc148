"""The main window: pages, menus, status bar, language, and the guard on leaving edits."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QToolBar, QWidget

from desktop.domain.changeset import ChangeSet, RecordKind
from desktop.ui import actions as acts
from desktop.ui import display, errors, i18n, settings
from desktop.ui.runner import Runner
from desktop.ui.welcome import Welcome

if TYPE_CHECKING:  # the frame is shown before the register's code (SQLAlchemy) is loaded
    from desktop.services.register import Register
    from desktop.ui.lock import DatabaseLock
    from desktop.ui.page import Page
    from desktop.ui.pages import Pages

PAGE_TITLES = {
    "agreements": "action_show_agreements",
    "activities": "action_show_activities",
    "organizations": "action_show_organizations",
    "people": "action_show_people",
    "history": "action_show_history",
}


class MainWindow(QMainWindow):
    """Built in two steps so that start-up shows the window at once: the frame (menus, tool
    bar, status bar, an "Opening…" placeholder), then ``attach`` puts a register in it. The
    list pages are built the first time they are shown (``pages[kind]``).

    The window hosts the feature modules (ui/host.py): they get its runner, ``action_map``
    (the actions by objectName), register and the ``register_changed``/``retranslated``
    signals, and never replace its methods."""

    frame_shown = Signal()  # open_later: the frame is on screen; the register opens now
    opened = Signal()  # open_later: the register is attached
    opening_failed = Signal(int)  # open_later: 1 the user cancelled, 2 an error (already shown)
    register_changed = Signal(object)  # install_register: the Register now shown (feature modules follow it)
    retranslated = Signal()  # retranslate: the window's own texts are in the new language

    def __init__(self, register: Register | None = None, lock: DatabaseLock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        from desktop.ui.about import apply_app_icon

        apply_app_icon(self)
        self.register: Register | None = None
        self.lock: DatabaseLock | None = None
        self.pages: dict[str, Page] = {}
        self.current_kind = "agreements"
        self._pending: tuple[str | os.PathLike[str] | None] | None = None
        self.runner = Runner(self)
        self.runner.changed.connect(self.on_changed)
        self.runner.failed.connect(lambda exc: errors.show(exc, self))
        self.runner.busy_changed.connect(self._busy)
        self.action_map = acts.create_actions(self)
        self.undo_group = QUndoGroup(self)
        self._undo_actions()
        from desktop.ui import keyboard

        keyboard.install(self)  # undo/redo keys, F6 between panes (ui/keyboard.py)
        self.menus = acts.create_menus(self, self.action_map)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.opening = QLabel(self)
        self.opening.setObjectName("opening_placeholder")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.welcome = Welcome(self)
        self.stack.addWidget(self.welcome)
        self._toolbar()
        from desktop.ui.overview import add_page_actions

        add_page_actions(self)  # Dashboard, Timeline: enabled once the register is open
        self._status_bar()
        self._connect()
        self.resize(1280, 800)
        self.retranslate()
        self._update_actions()  # no register yet: nothing to create, save or export
        if register is not None:
            self.attach(register, lock)
            self.pages.build_all()  # type: ignore[attr-defined]  # a window built in one go has every page

    # -- opening ---------------------------------------------------------------------------
    def open_later(self, target: str | os.PathLike[str] | None) -> None:
        """Open ``target`` once the frame has been painted (a shown window), or on the next turn
        of the event loop; ``frame_shown`` comes first, then ``opened`` or ``opening_failed``."""
        self._pending = (target,)
        if self.isVisible():
            self._first_paint = _FirstPaint(self, lambda: QTimer.singleShot(0, self._open_pending))
            QTimer.singleShot(1000, self._open_pending)  # in case nothing is painted (a minimised window)
        else:
            QTimer.singleShot(0, self._open_pending)

    def _open_pending(self) -> None:
        if self._pending is None:
            return
        (target,), self._pending = self._pending, None
        self.frame_shown.emit()
        self._open(target)

    def _open(self, target: str | os.PathLike[str] | None) -> None:
        from desktop.domain.errors import SijillError
        from desktop.ui.opening import OpeningCancelled, open_register

        try:
            register, lock = open_register(target, self)
        except OpeningCancelled:
            self.opening_failed.emit(1)
            return
        except SijillError as exc:
            errors.show(exc, self)
            self.opening_failed.emit(2)
            return
        self.attach(register, lock)
        self.opened.emit()

    def attach(self, register: Register, lock: DatabaseLock | None) -> None:
        """Put the window's first register in the frame: the welcome when it is empty, else
        the Dashboard; then the Dashboard/Timeline pages and the field-work menus."""
        from desktop.ui import fileops

        self.install_register(register, lock)
        fileops.update_recent_menu(self)
        if register.is_empty() and not register.read_only:
            self.show_welcome()
        from desktop.ui.overview import Overview

        self.overview = Overview(self)  # Dashboard and Timeline pages; shows the Dashboard unless welcoming
        from desktop.ui.exchange_menu import install_exchange

        install_exchange(self)  # field-work bundles, conflicts, backups, trash, record history
        from desktop.ui import server_users

        server_users.install(self)  # File › Server users and roles… (admins of a server register)

    # -- construction --------------------------------------------------------------------
    def _undo_actions(self) -> None:
        for name, slot, signal, key in (
            ("action_undo", self.undo_group.undo, self.undo_group.canUndoChanged, QKeySequence.StandardKey.Undo),
            ("action_redo", self.undo_group.redo, self.undo_group.canRedoChanged, QKeySequence.StandardKey.Redo),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setEnabled(False)
            action.triggered.connect(slot)
            signal.connect(action.setEnabled)
            self.action_map[name] = action

    def _toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("toolbar_main")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(16, 16))
        for name in acts.PAGE_ACTIONS:
            bar.addAction(self.action_map[name])
        bar.addSeparator()
        for name in ("action_new", "action_save", "action_revert", "action_delete"):
            bar.addAction(self.action_map[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _status_bar(self) -> None:
        self.database_label = QLabel(self)
        self.database_label.setObjectName("status_database")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("status_progress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addWidget(self.database_label, 1)
        self.runner.progress.connect(self._progress)

    def _connect(self) -> None:
        a = self.action_map
        for kind, name in PAGE_TITLES.items():
            a[name].triggered.connect(lambda _c=False, k=kind: self.show_page(k))
        a["action_new"].triggered.connect(lambda: self.current_page().new())
        a["action_save"].triggered.connect(lambda: self.current_page().save())
        a["action_revert"].triggered.connect(lambda: self.current_page().revert())
        a["action_delete"].triggered.connect(lambda: self.current_page().delete())
        a["action_find"].triggered.connect(self._focus_search)
        a["action_language_ar"].triggered.connect(lambda: self.set_language("ar"))
        a["action_language_en"].triggered.connect(lambda: self.set_language("en"))
        a["action_show_hijri"].toggled.connect(lambda on: self._display_setting(settings.SHOW_HIJRI, on))
        a["action_arabic_digits"].toggled.connect(lambda on: self._display_setting(settings.ARABIC_DIGITS, on))
        a["action_quit"].triggered.connect(self.close)
        a["action_about"].triggered.connect(self._about)
        self.welcome.start_empty.connect(lambda: self.show_page("agreements", force=True))
        self.welcome.load_example.connect(self.load_example)
        from desktop.ui import fileops

        fileops.connect(self)
        a["action_show_hijri"].setChecked(bool(settings.get(settings.SHOW_HIJRI)))
        a["action_arabic_digits"].setChecked(bool(settings.get(settings.ARABIC_DIGITS)))

    # -- register ------------------------------------------------------------------------
    def install_register(self, register: Register, lock: DatabaseLock | None) -> None:
        """Show ``register``: its pages (replacing those of the previous one) are built
        over it when first shown, or else one by one once the window is idle."""
        from desktop.ui.pages import Pages

        self._retire_pages()
        for page in list(self.pages.values()):
            self.undo_group.removeStack(page.editor.undo_stack)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.register, self.lock = register, lock
        self.pages = Pages(register, self._add_page)
        self.pages.build_rest_later(self)  # after the first page is shown
        self.database_label.setText(self._database_text())
        from desktop.ui.access import update_banner

        update_banner(self, register)  # read-only: why (a reader's login, a file open elsewhere)
        self._update_actions()
        self._update_title()
        self.register_changed.emit(register)

    def _add_page(self, page: Page) -> None:
        """A page just built by ``self.pages``: into the stack, the undo group and the signals."""
        self.stack.addWidget(page)
        self.undo_group.addStack(page.editor.undo_stack)
        page.runner = self.runner
        page.changed.connect(self.runner.announce)
        page.editor.dirty_changed.connect(lambda _d: self._update_title())
        page.current_changed.connect(self._update_actions)
        page.retranslate()
        page.refresh()
        page.editor.set_read_only(self.register.read_only)
        if page.kind == "agreements":
            page.editor.add_activity_requested.connect(self.add_activity_to)  # type: ignore[attr-defined]
            page.editor.open_activity_requested.connect(self.open_activity)  # type: ignore[attr-defined]

    def _database_text(self) -> str:
        if self.register is None:
            return ""
        text = QCoreApplication.translate("MainWindow", "Database: {name}").format(
            name=display.LRI + self.register.database.display_name() + display.PDI
        )
        if self.register.read_only:
            text += " — " + QCoreApplication.translate("MainWindow", "read-only")
        return text

    # -- navigation ----------------------------------------------------------------------
    def current_page(self) -> Page:
        return self.pages[self.current_kind]

    def shown_page(self) -> Page | None:
        """The list page on screen (None for the welcome, Dashboard or Timeline)."""
        page = self.pages.get(self.current_kind)  # get: does not build a page
        return page if page is not None and self.stack.currentWidget() is page else None

    def show_page(self, kind: str, force: bool = False) -> bool:
        if not force and kind == self.current_kind and self.stack.currentWidget() is self.pages[kind]:
            return True
        shown = self.shown_page()
        if shown is not None and kind != self.current_kind:
            if not shown.confirm_leave():
                self.action_map[PAGE_TITLES[self.current_kind]].setChecked(True)
                return False
        page = self.pages[kind]
        for other in list(self.pages.values()):
            other.set_active(False)
        page.set_active(True)
        self.current_kind = kind
        self.stack.setCurrentWidget(page)
        self.undo_group.setActiveStack(page.editor.undo_stack)
        self.action_map[PAGE_TITLES[kind]].setChecked(True)
        self._update_actions()
        self._update_title()
        return True

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self._update_actions()

    def open_activity(self, uuid: str) -> None:
        if self.show_page("activities"):
            self.pages["activities"].open(uuid)

    def add_activity_to(self, agreement_uuid: str) -> None:
        if self.show_page("activities"):
            page = self.pages["activities"]
            if page.new():
                page.editor.bindings["agreement_uuid"].set(agreement_uuid)
                page.editor.field_changed("agreement_uuid")
                page.editor.record.agreement_uuid = agreement_uuid
                page.editor.bindings["title_ar"].focus_widget().setFocus()

    def _focus_search(self) -> None:
        page = self.shown_page()
        if page is not None:
            page.search_box.setFocus()
            page.search_box.selectAll()

    # -- changes ---------------------------------------------------------------------------
    def on_changed(self, changes: ChangeSet) -> None:
        """The runner's one 'changed' signal: each page refreshes what it shows of it (the
        page on screen now, the others when next shown; the page that saved, not again)."""
        if changes.touches({RecordKind.ORGANIZATION, RecordKind.AGREEMENT}) and hasattr(self.pages, "lookups"):
            self.pages.lookups.stale = True
        for page in list(self.pages.values()):
            page.on_changes(changes)
        self._update_actions()

    def load_example(self) -> None:
        from desktop.services.demo import load_demo

        self.welcome.set_busy(True)

        def done(_result: object) -> None:
            self.welcome.set_busy(False)
            overview = getattr(self, "overview", None)
            if overview is not None:
                overview.show("dashboard")  # how the example plan stands, as on a start-up
                return
            self.show_page("agreements", force=True)

        def failed(exc: BaseException) -> None:
            self.welcome.set_busy(False)
            errors.show(exc, self)

        register = self.register
        self.runner.run(lambda _p: load_demo(register), on_done=done, on_error=failed,
                        changes=ChangeSet.everything())

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self._update_actions()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    # -- state of actions and title ------------------------------------------------------
    def _update_actions(self) -> None:
        page = self.shown_page()  # None on the welcome, Dashboard or Timeline
        on_page = page is not None
        writable = self.register is not None and not self.register.read_only
        has_record = page is not None and page.editor.record is not None and bool(page.editor.record.uuid)
        a = self.action_map
        a["action_new"].setEnabled(on_page and writable)
        a["action_save"].setEnabled(on_page and writable)
        a["action_revert"].setEnabled(on_page and writable)
        a["action_delete"].setEnabled(on_page and writable and has_record)
        a["action_import_activities"].setEnabled(writable and not self.runner.busy)
        pdf = self.current_kind == "agreements" and has_record and on_page
        for name in ("action_export_pdf", "action_preview_pdf", "action_print"):
            a[name].setEnabled(pdf)

    def _update_title(self) -> None:
        dirty = any(p.editor.is_dirty() for p in self.pages.values())
        title = QCoreApplication.translate("MainWindow", "Sijill")
        if self.register is not None:
            name = self.register.database.path.name if self.register.database.path else self.register.database.display_name()
            title += " — " + display.isolate(name)
        self.setWindowTitle(title + "[*]")
        self.setWindowModified(dirty)

    # -- language and display --------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        settings.put(settings.LANGUAGE, lang)
        i18n.install(lang)
        self.retranslate()

    def _display_setting(self, setting: settings.Setting, on: bool) -> None:
        settings.put(setting, on)
        for page in list(self.pages.values()):
            page.model.retranslate()
            page.editor.retranslate()
            page.update_count()

    def retranslate(self) -> None:
        acts.retranslate(self.action_map, self.menus)
        self.action_map[f"action_language_{i18n.current()}"].setChecked(True)
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Pages"))
        self.welcome.retranslate()
        self.opening.setText(QCoreApplication.translate("MainWindow", "Opening the database…"))
        for page in list(self.pages.values()):
            page.retranslate()
        self.database_label.setText(self._database_text())
        from desktop.ui import fileops

        fileops.update_recent_menu(self)
        self._update_title()
        self.retranslated.emit()

    def _about(self) -> None:
        from desktop.ui.about import show_about

        from desktop.ui.access import access_note

        show_about(self, self.register.database.display_name() if self.register is not None else "", access_note(self.register))

    # -- closing -------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        for kind, page in list(self.pages.items()):
            if page.editor.is_dirty():
                self.show_page(kind, force=True)
                if not page.confirm_leave():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self.runner.pool.waitForDone(30000)
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.release()
        event.accept()

    def _retire_pages(self) -> None:
        if hasattr(self.pages, "retired"):
            self.pages.retired = True

    def release(self) -> None:
        self._retire_pages()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.register is not None:
            self.register.close()


class _FirstPaint(QObject):
    """Calls ``then`` when ``window`` is painted for the first time, once."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.then()
        return False
