"""When a save is refused because someone else changed the record (ConflictError): say who
and when, and offer to reload (the stored record, with what the user typed shown beside each
field that differs) or to overwrite (save the form over the newer version, on purpose)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import ConflictError, SijillError, ValidationError
from desktop.domain.messages import Message
from desktop.ui import display, errors, i18n
from desktop.ui.editors.fields import ComboBinding, ValueBinding

if TYPE_CHECKING:
    from desktop.ui.editors.base import Editor
    from desktop.ui.page import Page


def ask(parent: QWidget | None, text: str) -> str:
    """'reload', 'overwrite' or 'cancel' (tests replace this)."""
    box = QMessageBox(parent)
    box.setObjectName("conflict_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("conflicts", "Changed elsewhere"))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "conflicts",
            "Reload shows the stored record, with what you typed beside each field you changed. "
            "Overwrite saves your changes over the other ones; their changes to other fields are kept.",
        )
    )
    reload_button = box.addButton(QCoreApplication.translate("conflicts", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(QCoreApplication.translate("conflicts", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload_button else "overwrite" if clicked is overwrite else "cancel"


def resolve(page: Page, exc: ConflictError) -> bool:
    """Ask, then reload or overwrite; True when the form's content was saved."""
    editor = page.editor
    uuid = getattr(editor.record, "uuid", None)
    if not uuid:
        errors.show(exc, page)
        return False
    # names, dates and numbers are isolated so that a date keeps its order inside Arabic text
    params = {k: display.LRI + str(v) + display.PDI for k, v in exc.message.params.items()}
    choice = ask(page, i18n.tr_message(Message(exc.message.source, params)))
    try:
        if choice == "reload":
            reload_keeping_typed(editor, uuid)
        elif choice == "overwrite":
            return overwrite(editor, uuid)
    except SijillError as again:  # gone, another conflict, the server away: the form stays
        errors.show(again, page)
    return False


def _shown(binding: Any) -> str:
    if isinstance(binding, ComboBinding):
        return binding.widget.currentText()  # type: ignore[attr-defined,no-any-return]
    value = binding.get()
    return "" if value is None else str(value)


def typed_changes(editor: Editor) -> dict[str, tuple[Any, str]]:
    """The fields the user changed since the record was loaded: name -> (form value, text as
    shown). A form that cannot be read (a bad date) counts every field as changed."""
    try:
        collected = editor.collect()
    except ValidationError:
        collected = None
    changed = {}
    for name, binding in editor.bindings.items():
        if collected is None or getattr(collected, name, None) != getattr(editor.record, name, None):
            changed[name] = (binding.get(), _shown(binding))
    return changed


def reload_keeping_typed(editor: Editor, uuid: str) -> list[str]:
    """Load the stored record; beside each field the user had changed to something else,
    show what they typed. Returns the names of those fields."""
    typed = typed_changes(editor)
    editor.load(editor.fetch(uuid))
    differing: list[str] = []
    for name, (value, text) in typed.items():
        binding = editor.bindings[name]
        if binding.get() == value or name not in editor.errors:
            continue
        differing.append(name)
        if isinstance(binding, ValueBinding) or not text.strip():
            note = QCoreApplication.translate("conflicts", "You had changed this; the stored version is shown.")
        else:
            note = QCoreApplication.translate("conflicts", "You had typed: {value}").format(value=display.isolate(text))
        label = editor.errors[name]
        label.setText(note)
        label.show()
    return differing


def overwrite(editor: Editor, uuid: str) -> bool:
    """Save the user's changes over the newer stored version: the fields they changed take
    their values, the other person's changes to other fields are kept. The version check
    still guards against a third change made meanwhile."""
    changed = typed_changes(editor)
    collected = editor.collect()
    record = copy.deepcopy(editor.fetch(uuid))
    for name in changed:
        setattr(record, name, getattr(collected, name))
    saved = editor.store(record)
    editor.last_changes = getattr(saved, "changes", None)  # announced by the page (a ChangeSet)
    editor.load(saved.record)
    editor.saved.emit(saved.record)
    return True
