"""A record's history inside its editor: a collapsible section at the bottom of every editor
(``<entity>_history``) listing each change newest first - when, who, what, and the fields
old -> new. The history is read only while the section is open (and then once per record
loaded or saved), so opening a record costs nothing more while it is closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSizePolicy, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import HistoryEntry
from desktop.services.register import Register
from desktop.ui import display, i18n, settings
from desktop.ui.record_values import ACTIONS, field_label, source_text, tr, value_text

CONTEXT = "RecordHistory"
HEADERS = (
    QT_TRANSLATE_NOOP("RecordHistory", "When"), QT_TRANSLATE_NOOP("RecordHistory", "Who"),
    QT_TRANSLATE_NOOP("RecordHistory", "What"), QT_TRANSLATE_NOOP("RecordHistory", "Changes"),
)
Row = tuple[str, str, str, str]


def when_text(value: Any) -> str:
    """A moment in local time, one left-to-right unit (Arabic-Indic digits when chosen: they
    are Arabic numbers to bidi, so the separators between them are pinned left to right)."""
    text = display.digits(value.astimezone().strftime("%Y-%m-%d %H:%M"))
    if not text[:1].isascii():
        text = "".join(display.LRM + ch + display.LRM if ch in "- " else ch for ch in text)
    return display.LRI + text + display.PDI


class _Lookups:
    """The register's lookups that ``value_text`` makes, each asked once per listing."""

    def __init__(self, register: Register | None) -> None:
        self.register = register
        self.cache: dict[tuple[str, str], Any] = {}

    def _get(self, what: str, uuid: str) -> Any:
        key = (what, uuid)
        if key not in self.cache:
            try:
                self.cache[key] = getattr(self.register, what)(uuid)
            except Exception as exc:  # noqa: BLE001 - deleted meanwhile: value_text shows the id
                self.cache[key] = exc
        found = self.cache[key]
        if isinstance(found, Exception):
            raise found
        return found

    def organization(self, uuid: str) -> Any:
        return self._get("organization", uuid)

    def agreement(self, uuid: str) -> Any:
        return self._get("agreement", uuid)

    def objective(self, uuid: str, agreement_uuids: list[str]) -> str | None:
        """An objective's number and text, looked for in the agreements named."""
        for agreement_uuid in agreement_uuids:
            try:
                agreement = self.agreement(agreement_uuid)
            except Exception:  # noqa: BLE001
                continue
            for n, objective in enumerate(agreement.objectives, start=1):
                if objective.uuid == uuid:
                    text = objective.text_ar if i18n.is_rtl() else objective.text_en
                    return f"{display.number(n)}. {text or objective.text_ar or objective.text_en}"
        return None


def _value(kind: str, name: str, value: Any, lookups: _Lookups, agreements: list[str]) -> str:
    if name == "objective_uuid" and isinstance(value, str) and value:
        found = lookups.objective(value, agreements)
        if found is not None:
            return display.isolate(found)
    text = value_text(kind, name, value, lookups if lookups.register is not None else None)  # type: ignore[arg-type]
    return text if "\n" in text else display.FSI + text + display.PDI  # each value one unit in the line


def _changes(kind: str, entry: HistoryEntry, lookups: _Lookups, agreements: list[str]) -> str:
    if entry.action == "delete":
        return ""
    arrow = " ← " if i18n.is_rtl() else " → "  # points from the old value to the new one
    lines = []
    for name, (old, new) in entry.changes.items():
        if entry.action == "create" or (old in (None, "", []) and entry.action in ("import", "restore")):
            lines.append(field_label(name) + ": " + _value(kind, name, new, lookups, agreements))
        else:
            lines.append(field_label(name) + ": " + _value(kind, name, old, lookups, agreements) + arrow
                         + _value(kind, name, new, lookups, agreements))
    return "\n".join(lines)


def _what(entry: HistoryEntry) -> str:
    what = tr(ACTIONS, entry.action)
    if entry.source:
        what += "\n" + QCoreApplication.translate("RecordHistory", "from {source}").format(source=display.isolate(source_text(entry.source)))
    return what


def history_rows(kind: str, entries: list[HistoryEntry], register: Register | None) -> list[Row]:
    """Rows (when, who, what, changes) for a record's history entries, newest first."""
    lookups = _Lookups(register)
    agreements: list[str] = []
    for entry in entries:  # the agreements an activity belonged to: where its objectives are
        for value in entry.changes.get("agreement_uuid", []):
            if isinstance(value, str) and value and value not in agreements:
                agreements.append(value)
    return [(when_text(e.when), _who(e), _what(e), _changes(kind, e, lookups, agreements))
            for e in reversed(entries)]


def _who(entry: HistoryEntry) -> str:
    """The name the app recorded, and on a server the login the server recorded (issue 21)."""
    if not entry.server_user or entry.server_user == entry.who:
        return display.isolate(entry.who)
    text = QCoreApplication.translate("History", "{name} (server login {login})")
    return text.format(name=display.isolate(entry.who), login=display.isolate(entry.server_user))


def make_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    from desktop.ui.widgets.bidi import BidiDelegate

    table.setItemDelegate(BidiDelegate(table))
    return table


MAX_ROW_LINES = 8  # a row shows at most this many lines; its tool tip holds the rest


def fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their text, but no taller than MAX_ROW_LINES lines: a "create" entry
    lists every field and would otherwise be a row taller than the screen."""
    table.resizeRowsToContents()
    cap = table.fontMetrics().lineSpacing() * MAX_ROW_LINES + 8
    for row in range(table.rowCount()):
        if table.rowHeight(row) > cap:
            table.setRowHeight(row, cap)


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)  # the text starts at the top
            if len(text) > 80 or "\n" in text:
                item.setToolTip(text)
            table.setItem(i, j, item)
    fit_rows(table)


class HistorySection(QWidget):
    """The history of the record an editor shows; ``<entity>_history_toggle`` opens it."""

    def __init__(self, entity: str, register: Register, parent: QWidget | None = None,
                 reader: Callable[[str], list[HistoryEntry]] | None = None) -> None:
        super().__init__(parent)
        self.entity, self.register = entity, register
        self.read = reader or register.change_log
        self.uuid: str | None = None
        self.entries: list[HistoryEntry] | None = None  # None: not read for this record yet
        self.reads = 0  # how many times the history was read (tests check it stays lazy)
        self.setObjectName(f"{entity}_history")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{entity}_history_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.note = QLabel(self)
        self.note.setObjectName(f"{entity}_history_note")
        self.note.setWordWrap(True)
        self.table = make_table(self, f"{entity}_history_table", [""] * len(HEADERS))
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(260)
        for column in range(len(HEADERS) - 1):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fit_rows = QTimer(self)  # rows follow the columns' widths (once per burst of resizes)
        self.fit_rows.setSingleShot(True)
        self.fit_rows.setInterval(0)
        self.fit_rows.timeout.connect(lambda: fit_rows(self.table))
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.fit_rows.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        for widget in (self.toggle, self.note, self.table):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.toggle.setChecked(bool(settings.get(settings.HISTORY_OPEN)))
        self.toggle.toggled.connect(self._toggled)
        self.retranslate()

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, on: bool) -> None:
        self.toggle.setChecked(on)

    def _toggled(self, on: bool) -> None:
        settings.put(settings.HISTORY_OPEN, on)  # the next editors (and windows) open it the same way
        self._update()
        for other in self.window().findChildren(HistorySection):  # and so do the window's other editors
            if other is not self and other.is_open() != on:
                other.set_open(on)

    def show_record(self, uuid: str | None) -> None:
        """The editor loaded (or saved) a record: forget what was read, read again if open
        (closed, nothing else is done: no read, no widget touched)."""
        self.uuid, self.entries = uuid or None, None
        if self.is_open():
            self._update()

    def _update(self) -> None:
        on = self.is_open()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else (Qt.ArrowType.LeftArrow if rtl else Qt.ArrowType.RightArrow))
        if on and self.uuid and self.entries is None:
            self.entries = self.read(self.uuid)
            self.reads += 1
        rows = history_rows(self.entity, self.entries, self.register) if on and self.uuid and self.entries else []
        if rows or self.table.rowCount():
            fill_table(self.table, rows)  # type: ignore[arg-type]
        if not self.uuid:
            note = QCoreApplication.translate("RecordHistory", "Not saved yet: its history starts when it is saved.")
        elif not rows:
            note = QCoreApplication.translate("RecordHistory", "No change has been recorded for this record yet.")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(on and bool(note))
        self.table.setVisible(on and bool(rows))

    def retranslate(self) -> None:
        self.toggle.setText(QCoreApplication.translate("RecordHistory", "History of this record"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RecordHistory", h) for h in HEADERS])
        self._update()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._update()
