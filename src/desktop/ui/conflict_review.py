"""Reviewing the conflicts an import left: for each, both versions field by field, and for
each field mine / theirs / an edited value; or, when one side deleted the record, keep it
or not. Closing the dialog leaves the rest for later; they stay listed in the register."""

from __future__ import annotations

from desktop.domain.changeset import ChangeSet

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.changes import Conflict
from desktop.ui import display, errors
from desktop.ui.widgets.bidi import BidiDelegate
from desktop.ui.widgets.history import fit_rows
from desktop.ui.record_values import KINDS, REASONS, field_label, is_editable, source_text, tr, value_text

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

C = "ConflictReview"
EDITABLE = (str, int, type(None))



class ConflictReview(QDialog):
    def __init__(self, window: Host) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("conflict_review")
        self.setWindowTitle(QCoreApplication.translate("ConflictReview", "Review conflicts"))
        self.resize(1040, 560)
        self.conflicts: list[Conflict] = []
        self.list = QListWidget(self)
        self.list.setObjectName("conflict_list")
        self.list.currentRowChanged.connect(self._show)
        self.summary = QLabel(self)
        self.summary.setObjectName("conflict_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflict_fields")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ConflictReview", "Field"), QCoreApplication.translate("ConflictReview", "Here (mine)"), QCoreApplication.translate("ConflictReview", "From the field (theirs)"), QCoreApplication.translate("ConflictReview", "Keep")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 240)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(BidiDelegate(self.table))  # each value in its own direction, from its start
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.keep_record = QRadioButton(QCoreApplication.translate("ConflictReview", "Keep the record"), self)
        self.keep_record.setObjectName("conflict_keep_record")
        self.drop_record = QRadioButton(QCoreApplication.translate("ConflictReview", "Leave it deleted"), self)
        self.drop_record.setObjectName("conflict_drop_record")
        self.choices: dict[str, tuple[QComboBox, QLineEdit | None, Any]] = {}
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addWidget(self.summary)
        deleted = QHBoxLayout()
        deleted.addWidget(self.keep_record)
        deleted.addWidget(self.drop_record)
        deleted.addStretch(1)
        column.addLayout(deleted)
        column.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 700])
        buttons = QDialogButtonBox(self)
        self.resolve_button = buttons.addButton(QCoreApplication.translate("ConflictReview", "Resolve this conflict"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.resolve_button.setObjectName("conflict_resolve")
        self.resolve_button.clicked.connect(self.resolve_current)
        later = buttons.addButton(QCoreApplication.translate("ConflictReview", "Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("conflict_later")
        later.setToolTip(QCoreApplication.translate("ConflictReview", "Close; the conflicts stay listed until they are resolved."))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    # -- list --------------------------------------------------------------------------
    def reload(self) -> None:
        self.conflicts = self.window_.register.conflicts()
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(display.isolate(c.label) + "\n" + tr(KINDS, c.record_kind) + " — " + tr(REASONS, c.reason))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    # -- one conflict ------------------------------------------------------------------
    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.choices.clear()
        self.table.setRowCount(0)
        one_side = conflict is not None and (conflict.mine is None or conflict.theirs is None)
        for button in (self.keep_record, self.drop_record):
            button.setVisible(one_side)
        self.resolve_button.setEnabled(conflict is not None)
        if conflict is None:
            self.summary.setText(QCoreApplication.translate("ConflictReview", "No conflicts are waiting for review."))
            return
        text = QCoreApplication.translate("ConflictReview", "{what}: {reason}. From {source}.").format(
            what=display.isolate(conflict.label), reason=tr(REASONS, conflict.reason), source=display.isolate(source_text(conflict.source)))
        if conflict.note:
            text += "\n" + display.isolate(conflict.note)
        self.summary.setText(text)
        if one_side:
            self.keep_record.setChecked(True)
        self._fill(conflict)

    def _fill(self, conflict: Conflict) -> None:
        mine, theirs = conflict.mine or {}, conflict.theirs or {}
        names = conflict.fields or [n for n in (mine or theirs) if n != "uuid"]
        register = self.window_.register
        self.table.setRowCount(len(names))
        for i, name in enumerate(names):
            cells = (field_label(name), value_text(conflict.record_kind, name, mine.get(name), register) if conflict.mine is not None else "—",
                     value_text(conflict.record_kind, name, theirs.get(name), register) if conflict.theirs is not None else "—")
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                if len(text) > 60:
                    item.setToolTip(text)
                self.table.setItem(i, j, item)
            if conflict.mine is not None and conflict.theirs is not None:
                self._choice_cell(i, name, mine.get(name), editable=is_editable(conflict.record_kind, name))
        fit_rows(self.table)

    def _choice_cell(self, row: int, name: str, mine_value: Any, editable: bool) -> None:
        cell = QWidget(self.table)
        box = QHBoxLayout(cell)
        box.setContentsMargins(2, 0, 2, 0)
        combo = QComboBox(cell)
        combo.setObjectName(f"choice_{name}")
        combo.addItem(QCoreApplication.translate("ConflictReview", "Mine"), "mine")
        combo.addItem(QCoreApplication.translate("ConflictReview", "Theirs"), "theirs")
        editor: QLineEdit | None = None
        if editable and isinstance(mine_value, EDITABLE):
            combo.addItem(QCoreApplication.translate("ConflictReview", "Edit…"), "edit")
            editor = QLineEdit(cell)
            editor.setObjectName(f"edit_{name}")
            from desktop.ui.editors.fields import follow_text_direction

            follow_text_direction(editor)
            editor.setText("" if mine_value is None else str(mine_value))
            editor.setCursorPosition(0)  # the start of a long value, not its end
            editor.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _i, c=combo, e=editor: e.setEnabled(c.currentData() == "edit"))
        box.addWidget(combo)
        if editor is not None:
            box.addWidget(editor, 1)
        self.table.setCellWidget(row, 3, cell)
        self.choices[name] = (combo, editor, mine_value)

    def selected_choices(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (combo, editor, mine_value) in self.choices.items():
            choice = combo.currentData()
            if choice == "edit" and editor is not None:
                text = editor.text()
                value: Any = text
                if isinstance(mine_value, int) and not isinstance(mine_value, bool):
                    value = int(text) if text.strip().lstrip("-").isdigit() else None
                out[name] = {"value": value if text != "" or isinstance(mine_value, str) else None}
            else:
                out[name] = choice
        return out

    def resolve_current(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        register = self.window_.register
        if conflict.mine is None or conflict.theirs is None:
            keep_mine = (conflict.mine is not None) == self.keep_record.isChecked()
            keep = "mine" if keep_mine else "theirs"
            work = lambda _p: register.resolve_conflict(conflict.id, keep=keep)  # noqa: E731
        else:
            choices = self.selected_choices()
            work = lambda _p: register.resolve_conflict(conflict.id, choices)  # noqa: E731
        self.resolve_button.setEnabled(False)
        self.window_.runner.run(work, on_done=lambda _r: self.reload(), on_error=self._failed,
                                changes=ChangeSet.everything())

    def _failed(self, exc: BaseException) -> None:
        self.resolve_button.setEnabled(True)
        errors.show(exc, self)


def review(window: Host) -> ConflictReview:
    dialog = ConflictReview(window)
    window.conflict_review = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
