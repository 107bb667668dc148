"""A page: search box and sortable list on one side, the record's editor on the other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop.domain.errors import ConflictError, SijillError
from desktop.ui import display, errors, prompts
from desktop.ui.editors.base import Editor
from desktop.ui.widgets.table import RecordTable

DEPENDENT_LABELS = {
    "activities": QT_TRANSLATE_NOOP("dependents", "Activities: %n"),
    "successors": QT_TRANSLATE_NOOP("dependents", "Later agreements that build on it: %n"),
    "milestones": QT_TRANSLATE_NOOP("dependents", "Milestones: %n"),
    "people": QT_TRANSLATE_NOOP("dependents", "People: %n"),
    "agreements": QT_TRANSLATE_NOOP("dependents", "Agreements where it is a party: %n"),
    "signatories": QT_TRANSLATE_NOOP("dependents", "Signatures for it: %n"),
    "signatures": QT_TRANSLATE_NOOP("dependents", "Signatures: %n"),
    "statements": QT_TRANSLATE_NOOP("dependents", "Statements: %n"),
}


class Page(QWidget):
    """``kind`` names the records in the runner's ``changed`` sets."""

    changed = Signal(object)  # set of kinds this page changed
    current_changed = Signal()

    def __init__(
        self,
        kind: str,
        title: str,
        model: Any,
        editor: Editor,
        delete: Callable[[str], None],
        dependents: Callable[[str], dict[str, int]] | None = None,
        parent: QWidget | None = None,
        filter_bar: Any = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.title, self.model, self.editor = kind, title, model, editor
        self._delete, self._dependents = delete, dependents
        self._restoring = False
        self.setObjectName(f"page_{kind}")
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.search)
        self.table = RecordTable(self)
        self.table.setModel(model)
        default = next((i for i, c in enumerate(model.columns) if c.header in ("Start", "Date")), -1)
        self.table.horizontalHeader().setSortIndicator(default, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel(self)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{kind}_heading")
        self.heading.setWordWrap(True)  # a long title wraps instead of widening the editor
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        self.filter_bar = filter_bar
        if filter_bar is not None:
            filter_bar.setParent(left)
            filter_bar.changed.connect(self.apply_filter)
            left_layout.addWidget(filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to the first field
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.heading)
        holder_layout.addWidget(editor, 1)
        scroll.setWidget(holder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 760])
        self._fit_columns()
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        editor.saved.connect(self._after_save)
        editor.dirty_changed.connect(lambda _d: self.update_heading())
        self.set_active(False)
        from desktop.ui import keyboard

        keyboard.prepare_page(self)  # tab stops, Delete in the list, the editor's undo keys

    def _fit_columns(self) -> None:
        """Widths by content with the title widest, resizable, remembered (widgets/columns.py)."""
        from desktop.ui.widgets.columns import ColumnLayout

        self.columns = ColumnLayout(self.table, self.kind, [c.header for c in self.model.columns])

    # -- names: only the visible page owns ``search_box`` / ``records_table`` -------------
    def set_active(self, active: bool) -> None:
        self.search_box.setObjectName("search_box" if active else f"search_box_{self.kind}")
        self.table.setObjectName("records_table" if active else f"records_table_{self.kind}")

    # -- list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.filter_bar is not None:
            self.filter_bar.reload()
        keep = self.editor.record.uuid if self.editor.record is not None else None
        self.model.refresh(self.search_box.text())
        self.select_uuid(keep, load=False)
        self.update_count()

    def apply_filter(self) -> None:
        keep = self.editor.record.uuid if self.editor.record is not None else None
        self.model.refresh(flt=self.filter_bar.value(self.search_box.text()))
        self.select_uuid(keep, load=False)
        self.update_count()

    def search(self, text: str) -> None:
        keep = self.editor.record.uuid if self.editor.record is not None else None
        self.model.refresh(text)
        self.select_uuid(keep, load=False)
        self.update_count()

    def update_count(self) -> None:
        total = getattr(self.model, "total", None)
        n = total if total is not None else self.model.rowCount()
        self.count_label.setText(display.digits(QCoreApplication.translate("Page", "%n records", "", n)))

    def select_uuid(self, uuid: str | None, load: bool = True) -> bool:
        row = self.model.row_of(uuid) if uuid else -1
        while row < 0 and uuid and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(uuid)
        self._restoring = not load
        try:
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
            else:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
        finally:
            self._restoring = False
        return row >= 0

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        rec = self.model.record(current.row())
        if rec is None or (self.editor.record is not None and rec.uuid == self.editor.record.uuid):
            return
        if not self.confirm_leave():
            self._restoring = True
            self.table.setCurrentIndex(previous)
            self._restoring = False
            return
        self.open(rec.uuid)

    def open(self, uuid: str) -> None:
        try:
            self.editor.load(self.editor.fetch(uuid))
        except SijillError as exc:
            errors.show(exc, self)
            return
        self.select_uuid(uuid, load=False)
        self.update_heading()
        self.current_changed.emit()

    # -- actions -------------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """True when the editor may be left: saved, discarded or unchanged."""
        if not self.editor.is_dirty():
            return True
        answer = prompts.unsaved_changes(self)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.editor.revert()
            return True
        return False

    def new(self, **values: Any) -> bool:
        if not self.confirm_leave():
            return False
        self.editor.new_record(**values)
        self.select_uuid(None, load=False)
        self.update_heading()
        self.current_changed.emit()
        self.editor.focus_first()  # typing goes into the new record, not the search box
        return True

    def save(self) -> bool:
        try:
            return self.editor.save()
        except ConflictError as exc:  # changed elsewhere: reload or overwrite (ui/conflicts.py)
            from desktop.ui import conflicts

            return conflicts.resolve(self, exc)
        except SijillError as exc:  # storage: the form keeps its content
            errors.show(exc, self)
            return False

    def revert(self) -> None:
        try:
            self.editor.revert()
        except SijillError as exc:
            errors.show(exc, self)

    def delete(self) -> bool:
        rec = self.editor.record
        if rec is None or not rec.uuid:
            return False
        try:
            deps = self._dependents(rec.uuid) if self._dependents else {}
            lines = [
                QCoreApplication.translate("dependents", DEPENDENT_LABELS.get(k, k), "", n)
                for k, n in deps.items() if n
            ]
            detail = ""
            if lines:
                detail = QCoreApplication.translate("Page", "Depending on it:") + "\n• " + "\n• ".join(lines)
            if not prompts.confirm(
                self,
                QCoreApplication.translate("Page", "Delete"),
                QCoreApplication.translate("Page", "Move “{name}” to the trash? It can be restored from File › Trash….").format(
                    name=display.isolate(self.record_name(rec))
                ),
                detail,
            ):
                return False
            self._delete(rec.uuid)
        except SijillError as exc:
            errors.show(exc, self)
            return False
        self.editor.new_record()
        self.changed.emit({self.kind})
        self.update_heading()
        self._say(QCoreApplication.translate("Page", "Moved to the trash; File › Trash… restores it."))
        return True

    def delete_from_keyboard(self) -> None:
        """Delete (or Ctrl+Del) in the list: the selected record to the trash, after asking."""
        if not self.editor.read_only:
            self.delete()

    def _say(self, text: str) -> None:
        from PySide6.QtWidgets import QMainWindow

        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _after_save(self, record: Any) -> None:
        self.model.refresh(self.search_box.text())
        if not self.select_uuid(record.uuid, load=False):
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.model.refresh("")
            self.select_uuid(record.uuid, load=False)
        self.update_count()
        self.update_heading()
        self.changed.emit({self.kind})

    # -- text ----------------------------------------------------------------------------
    def record_name(self, rec: Any) -> str:
        for attr in ("display_title", "display_name"):
            if hasattr(rec, attr):
                from desktop.ui import i18n

                return getattr(rec, attr)(i18n.current()) or ""
        return ""

    def update_heading(self) -> None:
        rec = self.editor.record
        if rec is None or not rec.uuid:
            text = QCoreApplication.translate("Page", "New record")
        else:
            text = display.isolate(self.record_name(rec))
        if self.editor.is_dirty():
            text += " ●"
        self.heading.setText(text)
        from desktop.ui.widgets.bidi import alignment_for, direction_of

        direction = direction_of(text) or self.layoutDirection()
        self.heading.setAlignment(alignment_for(direction))  # the title's own direction

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(QCoreApplication.translate("Page", "Search (Arabic or English)…"))
        if self.filter_bar is not None:
            self.filter_bar.reload()
        self.model.retranslate()
        self.editor.retranslate()
        self.update_count()
        self.update_heading()
        from desktop.ui import keyboard

        self.table.setAccessibleName(keyboard.list_name(self.kind))
        keyboard.name_controls(self)
