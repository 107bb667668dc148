"""What every record editor shares: bindings, undo/redo, dirty state, problems beside fields."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.dates import PartialDateError
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Message, N_
from desktop.services.register import Register
from desktop.ui import i18n
from desktop.ui.editors.fields import (
    Binding, ComboBinding, DateBinding, IntBinding, LineBinding, TextBinding, ValueBinding,
)
from desktop.ui.widgets import attachments
from desktop.ui.widgets.history import HistorySection
from desktop.ui.widgets.partial_date import DateField, parse

_ids: dict[str, int] = {}


def _command_id(name: str) -> int:
    return _ids.setdefault(name, 1000 + len(_ids))


class SetField(QUndoCommand):
    """One edit of one field; consecutive typing in the same field merges."""

    def __init__(self, editor: Editor, binding: Binding, old: Any, new: Any) -> None:
        super().__init__(QCoreApplication.translate("fields", binding.label))
        self.editor, self.binding, self.old, self.new = editor, binding, old, new
        self.first = True

    def id(self) -> int:
        return _command_id(self.binding.name) if isinstance(self.new, str) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.binding is not self.binding:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.first:  # the widget already shows the new value
            self.first = False
            return
        self.editor.apply(self.binding, self.new)

    def undo(self) -> None:
        self.editor.apply(self.binding, self.old)


class Editor(QWidget):
    """Subclasses declare fields in ``build()`` and convert with ``to_form``/``from_form``."""

    entity = "record"
    dirty_changed = Signal(bool)
    saved = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.bindings: dict[str, Binding] = {}
        self.errors: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.record: Any = None
        self.last_changes: Any = None
        #: True while the record just saved (not new) is loaded back: hooks may keep their choices
        self.reloading_saved = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.dirty_changed.emit(not clean))
        self.read_only = register.read_only
        self.setObjectName(f"{self.entity}_editor")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.build()
        self.attachments_section = attachments.install(self)  # agreements, activities, organisations, milestones
        self.history_section = HistorySection(self.entity, register, self)  # at the bottom, read when open
        self.outer.addWidget(self.history_section)
        self._name_helpers()
        self.new_record()

    # -- building ------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def blank(self) -> Any:
        raise NotImplementedError

    def form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def add(self, form: QFormLayout, binding: Binding, widget: QWidget | None = None) -> Binding:
        """Put a field in a form with its label and its problem line under it."""
        name = binding.name
        self.bindings[name] = binding
        binding.edited.connect(lambda b=binding: self._edited(b))
        label = QLabel(self)
        label.setObjectName(f"{self.entity}_{name}_label")
        label.setBuddy(binding.focus_widget())
        self.row_labels[name] = label
        error = QLabel(self)
        error.setObjectName(f"{self.entity}_{name}_error")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b3261e;")
        error.hide()
        self.errors[name] = error
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget or binding.widget)
        layout.addWidget(error)
        form.addRow(label, box)
        return binding

    def line(self, form: QFormLayout, name: str, label: str) -> Binding:
        widget = QLineEdit(self)
        widget.setObjectName(f"{self.entity}_{name}")
        return self.add(form, LineBinding(name, widget, label))

    def text(self, form: QFormLayout, name: str, label: str) -> Binding:
        from desktop.ui.editors.fields import direction_for

        # Text in one language: a QPlainTextEdit in that direction; text in either (notes): a
        # plain-text QTextEdit, whose paragraphs can each be aligned by their own direction.
        widget: QPlainTextEdit | QTextEdit = QPlainTextEdit(self) if direction_for(name) else QTextEdit(self)
        if isinstance(widget, QTextEdit):
            widget.setAcceptRichText(False)
        widget.setObjectName(f"{self.entity}_{name}")
        widget.setMaximumHeight(90)
        return self.add(form, TextBinding(name, widget, label))

    def integer(self, form: QFormLayout, name: str, label: str) -> Binding:
        widget = QLineEdit(self)
        widget.setObjectName(f"{self.entity}_{name}")
        return self.add(form, IntBinding(name, widget, label))

    def combo(self, form: QFormLayout, name: str, label: str, items: Any) -> ComboBinding:
        widget = QComboBox(self)
        widget.setObjectName(f"{self.entity}_{name}")
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(14)
        binding = ComboBinding(name, widget, label, items)
        self.add(form, binding)
        return binding

    def date(self, form: QFormLayout, name: str, label: str) -> Binding:
        widget = DateField(f"{self.entity}_{name}", self)
        return self.add(form, DateBinding(name, widget, label))

    def value_field(self, form: QFormLayout | None, name: str, label: str, widget: QWidget) -> Binding:
        widget.setObjectName(f"{self.entity}_{name}")
        binding = ValueBinding(name, widget, label)
        if form is not None:
            self.add(form, binding)
        else:
            self.bindings[name] = binding
            binding.edited.connect(lambda b=binding: self._edited(b))
            error = QLabel(self)
            error.setObjectName(f"{self.entity}_{name}_error")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
        return binding

    def _name_helpers(self) -> None:
        """Labels and problem lines are named after their field's widget (``activity_agreement_error``)."""
        for name, binding in self.bindings.items():
            base = binding.focus_widget().objectName() or f"{self.entity}_{name}"
            if name in self.errors:
                self.errors[name].setObjectName(base + "_error")
            if name in self.row_labels:
                self.row_labels[name].setObjectName(base + "_label")

    # -- state ---------------------------------------------------------------------------
    def _edited(self, binding: Binding) -> None:
        new = binding.get()
        old = binding.last
        if new == old:
            return
        binding.last = copy.deepcopy(new)
        self.undo_stack.push(SetField(self, binding, copy.deepcopy(old), copy.deepcopy(new)))
        self.field_changed(binding.name)

    def apply(self, binding: Binding, value: Any) -> None:
        binding.set(copy.deepcopy(value))
        self.field_changed(binding.name)

    def field_changed(self, name: str) -> None:
        """Hook for dependent fields (e.g. objectives follow the agreement)."""

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def is_new(self) -> bool:
        return self.record is None or self.record.uuid is None

    def new_record(self, **values: Any) -> None:
        rec = self.blank()
        for key, value in values.items():
            setattr(rec, key, value)
        self.load(rec)

    def load(self, record: Any) -> None:
        self.record = record
        self.before_load(record)
        for name, binding in self.bindings.items():
            binding.set(self.to_form(name, getattr(record, name, None)))
        self.clear_problems()
        self.undo_stack.clear()
        self.after_load(record)
        self.history_section.show_record(getattr(record, "uuid", None))
        if self.attachments_section is not None:
            self.attachments_section.show_record(getattr(record, "uuid", None))
        self.dirty_changed.emit(False)

    def before_load(self, record: Any) -> None:
        """Hook: refresh choices before values are set."""

    def after_load(self, record: Any) -> None:
        """Hook: sub-lists and summaries."""

    def revert(self) -> None:
        if self.record is not None and self.record.uuid:
            self.load(self.fetch(self.record.uuid))
        else:
            self.load(self.record or self.blank())

    def to_form(self, name: str, value: Any) -> Any:
        return value

    def check(self, record: Any) -> list[FieldProblem]:
        """The core's own checks of a record (to show them with the form's own problems)."""
        return []

    def collect(self) -> Any:
        """The record with the form's values; raises ValidationError for unreadable fields
        (together with the core's checks of the rest)."""
        rec = copy.deepcopy(self.record) if self.record is not None else self.blank()
        problems: list[FieldProblem] = []
        for name, binding in self.bindings.items():
            value = binding.get()
            if isinstance(binding, DateBinding):
                try:
                    value = parse(value)
                except PartialDateError:
                    problems.append(FieldProblem(name, Message(N_("Not a date: write a year (2022), a month (2022-03) or a full date (2022-03-15)."))))
                    value = None
            elif isinstance(binding, IntBinding) and isinstance(value, str):
                problems.append(FieldProblem(name, Message(N_("Write a whole number."))))
                value = None
            setattr(rec, name, value)
        if problems:
            raise ValidationError(problems + [p for p in self.check(rec) if not p.warning])
        return rec

    # -- saving --------------------------------------------------------------------------
    def fetch(self, uuid: str) -> Any:
        raise NotImplementedError

    def store(self, record: Any) -> Any:
        raise NotImplementedError

    def save(self) -> bool:
        """Save; problems appear beside the fields and False is returned. Storage errors
        propagate (the caller shows them) and the form keeps its content."""
        try:
            rec = self.collect()
            saved = self.store(rec)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        self.last_changes = getattr(saved, "changes", None)  # what the save changed (a ChangeSet)
        # the record as stored; its choices and side lists did not change by saving it again
        self.reloading_saved = bool(getattr(self.record, "uuid", None))
        try:
            self.load(saved.record)
        finally:
            self.reloading_saved = False
        self.saved.emit(saved.record)
        return True

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.clear_problems()
        texts: dict[str, list[str]] = {}
        for problem in problems:
            name = problem.field
            if name not in self.errors:
                name = name + "_uuid" if name + "_uuid" in self.errors else self.fallback_field()
            texts.setdefault(name, []).append(i18n.tr_message(problem.message))
        first: QWidget | None = None
        for name, lines in texts.items():
            self.errors[name].setText("\n".join(lines))
            self.errors[name].show()
            if first is None and name in self.bindings:
                first = self.bindings[name].focus_widget()
        if first is not None:
            self.reveal(first)
            first.setFocus()

    def reveal(self, widget: QWidget) -> None:
        """Hook: show the tab holding ``widget``."""

    def first_field(self) -> QWidget | None:
        """The widget of the editor's first field that takes the focus."""
        for binding in self.bindings.values():
            widget = binding.focus_widget()
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def focus_first(self) -> None:
        """Put the cursor in the first field (showing its tab), as for a new record."""
        widget = self.first_field()
        if widget is not None:
            self.reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def fallback_field(self) -> str:
        return next(iter(self.errors))

    def problems_text(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.text()}

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.history_section.retranslate()
        for name, label in self.row_labels.items():
            label.setText(QCoreApplication.translate("fields", self.bindings[name].label))
        for binding in self.bindings.values():
            if isinstance(binding, ComboBinding):
                binding.reload()
            if hasattr(binding.widget, "retranslate"):
                binding.widget.retranslate()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for binding in self.bindings.values():
            binding.widget.setEnabled(not read_only)
