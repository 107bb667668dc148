"""A list's columns: which are shown by default, widths by content with the title widest,
resizable, and remembered per page (the user's settings).

Until the user resizes or hides a column, the widths follow the list's width: every column
but the title gets what its content needs (at most ``MAX_WIDTH``), the title the rest, so
no horizontal scroll bar appears. Once the user changes them, the header's state is saved
under ``columns/<page>`` and restored next time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from desktop.ui import settings

MAX_WIDTH = 400  # no column but the title wider than this; all narrower than the title
MIN_TITLE = 140
# Columns hidden by default (the header's context menu shows them), by page.
HIDDEN = {
    "agreements": ("Kind", "Signed"),
    "activities": ("Agreement", "Kind", "Place", "Participants"),
    "organizations": (),
    "people": ("Honorific",),
    "history": (),
}
TITLE_HEADERS = ("Title", "Name", "Milestone")
STATE_VERSION = 1


class ColumnLayout(QObject):
    """Sizes and remembers the columns of ``table`` on the page ``kind``."""

    def __init__(self, table: QTableView, kind: str, headers: Sequence[str]) -> None:
        super().__init__(table)
        self.table, self.kind, self.headers = table, kind, list(headers)
        self.title = next((i for i, h in enumerate(self.headers) if h in TITLE_HEADERS), 0)
        self.setting = settings.column_state(kind)
        self.fitting = False
        self.user_sized = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.menu)
        # the Menu key (or Shift+F10) on the list opens the same menu: columns without a mouse
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(lambda pos: self.menu(header.mapFromGlobal(table.mapToGlobal(pos))))
        for i, name in enumerate(self.headers):
            header.setSectionHidden(i, name in HIDDEN.get(kind, ()))
        self.restore()
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self._changed_by_user())
        table.viewport().installEventFilter(self)
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.fit)
        model = table.model()
        model.modelReset.connect(self.later.start)

    # -- sizes -----------------------------------------------------------------------------
    def fit(self) -> None:
        """Widths by content, the title the rest of the list's width (unless the user sized them)."""
        if self.user_sized:
            return
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        if available <= 0:
            return
        others = [i for i in range(header.count()) if i != self.title and not header.isSectionHidden(i)]
        wanted = {i: max(self.table.sizeHintForColumn(i), header.sectionSizeHint(i)) for i in others}
        cap = MAX_WIDTH  # lowered until the title is the widest column (or the others are narrow)
        while True:
            widths = {i: min(w, cap) for i, w in wanted.items()}
            rest = available - sum(widths.values())
            if not widths or rest >= max(widths.values()) or cap <= 60:
                break
            cap -= 10
        self.fitting = True
        try:
            for i, width in widths.items():
                header.resizeSection(i, width)
            header.resizeSection(self.title, max(MIN_TITLE, rest))
        finally:
            self.fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self.later.start()
        return False

    # -- the user's choice ------------------------------------------------------------------
    def _resized(self, *_args: object) -> None:
        if not self.fitting:
            self._changed_by_user()

    def _changed_by_user(self) -> None:
        self.user_sized = True
        settings.put(self.setting, self.table.horizontalHeader().saveState())

    def restore(self) -> None:
        state = settings.get(self.setting)
        data = QByteArray(state) if isinstance(state, (bytes, QByteArray)) else QByteArray()
        if not data.isEmpty():
            if self.table.horizontalHeader().restoreState(data):
                self.user_sized = True

    def reset(self) -> None:
        """Back to the default columns and widths (forgets the saved ones)."""
        settings.put(self.setting, b"")
        self.user_sized = False
        header = self.table.horizontalHeader()
        for i, name in enumerate(self.headers):
            header.moveSection(header.visualIndex(i), i)
            header.setSectionHidden(i, name in HIDDEN.get(self.kind, ()))
        self.fit()

    def menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(header)
        for i, name in enumerate(self.headers):
            action = menu.addAction(QCoreApplication.translate("columns", name))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(i != self.title)
            action.toggled.connect(lambda on, i=i: self.show_column(i, on))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("columns", "Default columns")).triggered.connect(self.reset)
        self.last_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def show_column(self, index: int, on: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(index, not on)
        if not self.user_sized:
            self.fit()
            settings.put(self.setting, self.table.horizontalHeader().saveState())
            self.user_sized = True
        else:
            self._changed_by_user()
