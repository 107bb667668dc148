"""The Dashboard and Timeline pages in the main window: their page-switch actions
(``action_show_dashboard``, ``action_show_timeline``), their place in the page stack, and
the signals that keep them current (changes, the digits setting, another register)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.domain.changeset import ChangeSet, RecordKind

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

SHOWS = frozenset({RecordKind.AGREEMENT, RecordKind.ACTIVITY, RecordKind.MILESTONE, RecordKind.ORGANIZATION})
ACTIONS = {
    "action_show_dashboard": (QT_TRANSLATE_NOOP("overview", "Dashboard"), "Ctrl+0"),
    "action_show_timeline": (QT_TRANSLATE_NOOP("overview", "Timeline"), "Ctrl+6"),
    "action_show_reports": (QT_TRANSLATE_NOOP("overview", "Reports"), "Ctrl+7"),
}


def add_page_actions(window: Host) -> None:
    """The Dashboard and Timeline page switches, before the list pages in the tool bar and
    the View menu: part of the window's frame (so the tool bar does not move when the
    register opens), disabled until :class:`Overview` takes them over."""
    first_page = window.action_map["action_show_agreements"]
    group = first_page.actionGroup()
    view = window.menus.get("menu_view")
    for name, (_text, shortcut) in ACTIONS.items():
        action = QAction(window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(True)
        action.setEnabled(False)
        if group is not None:
            group.addAction(action)
        window.toolbar.insertAction(first_page, action)
        if view is not None:
            view.insertAction(first_page, action)
        window.action_map[name] = action
    retranslate_actions(window.action_map)


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for name, (text, _shortcut) in ACTIONS.items():
        actions[name].setText(QCoreApplication.translate("overview", text))


class Overview(QObject):
    """Adds both pages to ``window`` (whose frame has their actions, see
    :func:`add_page_actions`); shows the Dashboard first unless the welcome is up."""

    def __init__(self, window: Host) -> None:
        from desktop.ui.dashboard import DashboardPage  # the register's code: not in the frame
        from desktop.ui.reports_page import ReportsPage
        from desktop.ui.timeline import TimelinePage

        super().__init__(window)
        self.window = window
        self.dashboard = DashboardPage(lambda: window.register)
        self.timeline = TimelinePage(lambda: window.register)
        self.reports = ReportsPage(lambda: window.register, window.runner)
        self.pages: dict[str, QWidget] = {"dashboard": self.dashboard, "timeline": self.timeline, "reports": self.reports}
        for page in (self.dashboard, self.timeline):
            page.runner = window.runner  # their figures are read in the runner's pool
        self.action_map: dict[str, QAction] = {name: window.action_map[name] for name in ACTIONS}
        self._stale = set(self.pages)
        for page in self.pages.values():
            window.stack.addWidget(page)
        for action in self.action_map.values():
            action.setEnabled(True)
        self._connect()
        self.retranslate()
        window.installEventFilter(self)
        if window.stack.currentWidget() is not window.welcome:
            self.show("dashboard")

    def _connect(self) -> None:
        window = self.window
        self.action_map["action_show_dashboard"].triggered.connect(lambda: self.show("dashboard"))
        self.action_map["action_show_timeline"].triggered.connect(lambda: self.show("timeline"))
        self.action_map["action_show_reports"].triggered.connect(lambda: self.show("reports"))
        for page in (self.dashboard, self.timeline):
            page.open_activity.connect(window.open_activity)
        self.dashboard.agreement_changed.connect(self.timeline.select)
        self.timeline.agreement_changed.connect(self.dashboard.select)
        window.runner.changed.connect(self.on_changes)
        window.action_map["action_arabic_digits"].toggled.connect(lambda _on: self.invalidate())
        window.welcome.start_empty.connect(self.invalidate)

    # -- showing ---------------------------------------------------------------------------
    def current(self) -> str | None:
        shown = self.window.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is shown), None)

    def show(self, name: str) -> bool:
        window = self.window
        page = self.pages[name]
        shown = window.shown_page()
        if shown is not None and not shown.confirm_leave():
            window.action_map[f"action_show_{window.current_kind}"].setChecked(True)
            return False
        for other in list(window.pages.values()):
            other.set_active(False)
        if name in self._stale or window.register is not getattr(page, "_shown_register", None):
            self._refresh(name)
        window.stack.setCurrentWidget(page)
        self.action_map[f"action_show_{name}"].setChecked(True)
        window._update_actions()  # noqa: SLF001 - the window's own refresh of its actions
        return True

    def _refresh(self, name: str) -> None:
        page = self.pages[name]
        page.refresh()  # type: ignore[attr-defined]
        page._shown_register = self.window.register  # type: ignore[attr-defined]  # noqa: SLF001
        self._stale.discard(name)

    def on_changes(self, changes: ChangeSet) -> None:
        """Only what the charts show: agreements, activities, milestones, lead organisations."""
        if changes.touches(SHOWS):
            self.invalidate()

    def invalidate(self) -> None:
        """The register changed: refresh the page on show, now if it is showing."""
        self._stale = set(self.pages)
        shown = self.current()
        if shown is not None:
            self._refresh(shown)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        retranslate_actions(self.action_map)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
