"""File -> Export for field work… and Import from field…: choose what goes in a bundle;
preview what a bundle would change, then merge it (conflicts go to the review dialog)."""

from __future__ import annotations

from desktop.domain.changeset import ChangeSet

import datetime as _dt
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.messages import Message
from desktop.ui import display, errors, i18n, prompts, settings
from desktop.ui.record_values import KINDS, REASONS, field_label, source_text, tr

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

C = "ExchangeDialogs"
BUNDLE_FILTER = QT_TRANSLATE_NOOP("ExchangeDialogs", "Sijill bundles (*.sijill)")



def _folder() -> str:
    return str(settings.get(settings.LAST_FOLDER) or os.path.expanduser("~"))


# -- export -------------------------------------------------------------------------------
class ExportDialog(QDialog):
    def __init__(self, window: Host, preselect: str | None = None) -> None:
        super().__init__(window)
        self.setObjectName("bundle_export")
        self.setWindowTitle(QCoreApplication.translate("ExchangeDialogs", "Export for field work"))
        self.resize(560, 440)
        intro = QLabel(QCoreApplication.translate("ExchangeDialogs", "Choose the agreements to take to the field (with their activities and the people and "
                         "organisations they name). Leave all unchecked to take the whole register."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("bundle_agreements")
        for agreement in window.register.agreements():
            item = QListWidgetItem(display.isolate(agreement.reference) + " — " + display.isolate(agreement.display_title()))
            item.setData(Qt.ItemDataRole.UserRole, agreement.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if agreement.uuid == preselect else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.since = QLineEdit(self)
        self.since.setObjectName("bundle_since")
        self.since.setPlaceholderText(QCoreApplication.translate("ExchangeDialogs", "Only records changed since (YYYY-MM-DD), optional"))
        self.since.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.sign = QCheckBox(QCoreApplication.translate("ExchangeDialogs", "Sign the bundle with your identity"), self)
        self.sign.setObjectName("bundle_sign")
        self.sign.setChecked(bool(settings.get(settings.SIGN_BUNDLE)))
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(QCoreApplication.translate("ExchangeDialogs", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("bundle_export_ok")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.since, self.sign, buttons):
            layout.addWidget(widget)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def since_value(self) -> _dt.datetime | None:
        text = self.since.text().strip()
        if not text:
            return None
        value = _dt.datetime.fromisoformat(text)
        return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)


def export_dialog(window: Host) -> None:
    page = window.pages["agreements"]
    current = page.editor.record.uuid if window.current_kind == "agreements" and page.editor.record is not None else None
    dialog = ExportDialog(window, current)
    window.bundle_export_dialog = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: _export_chosen(window, dialog))
    dialog.open()


def _export_chosen(window: Host, dialog: ExportDialog) -> None:
    try:
        since = dialog.since_value()
    except ValueError:
        prompts.error(window, QCoreApplication.translate("ExchangeDialogs", "Export for field work"), QCoreApplication.translate("ExchangeDialogs", "Write the date as YYYY-MM-DD."))
        return
    stamp = _dt.date.today().isoformat()
    suggested = os.path.join(_folder(), f"sijill-field-{stamp}.sijill")
    path = prompts.save_file(window, QCoreApplication.translate("ExchangeDialogs", "Export for field work"), suggested, QCoreApplication.translate(C, BUNDLE_FILTER))
    if not path:
        return
    if not path.endswith(".sijill"):
        path += ".sijill"
    settings.put(settings.LAST_FOLDER, os.path.dirname(path))
    settings.put(settings.SIGN_BUNDLE, dialog.sign.isChecked())
    identity = None
    if dialog.sign.isChecked():
        from desktop.ui.sealed import unlock_identity

        identity = unlock_identity(window)
        if identity is None:
            return
    run_export(window, path, dialog.chosen() or None, since, identity=identity)


def run_export(window: Host, path: str, agreements: list[str] | None, since: _dt.datetime | None = None,
               *, identity: Any = None) -> None:
    register = window.register

    def done(result: Any) -> None:
        total = sum(result.counts.values())
        written = QCoreApplication.translate("ExchangeDialogs", "Bundle written: {path} ({count} records).").format(path=display.isolate(str(result.path)), count=display.number(total))
        if getattr(result, "note", None) is not None:  # this register is a copy: it took an id of its own
            prompts.info(window, QCoreApplication.translate("ExchangeDialogs", "Export for field work"), _note_text(result.note))
        window.statusBar().showMessage(written, 10000)

    window.runner.run(lambda _p: register.export_bundle(path, agreements=agreements, since=since, identity=identity),
                      on_done=done)


# -- import -------------------------------------------------------------------------------
def _note_text(note: Message) -> str:
    """A core note in the user's language, its ids kept left to right in Arabic."""
    return i18n.tr_message(Message(note.source, {k: display.LRI + str(v) + display.PDI for k, v in note.params.items()}))


class BundlePreview(QDialog):
    """What importing a bundle would change: counts, each change and each conflict."""

    def __init__(self, report: Any, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundle_preview")
        self.setWindowTitle(QCoreApplication.translate("ExchangeDialogs", "Import from field"))
        self.resize(820, 480)
        summary = QLabel(self)
        summary.setObjectName("bundle_summary")
        summary.setWordWrap(True)
        summary.setText(QCoreApplication.translate("ExchangeDialogs", "{source}: {added} to add, {updated} to update, {deleted} to delete, {unchanged} unchanged, "
                          "{conflicts} conflicts to review.").format(
            source=display.isolate(source_text(report.source)), added=display.number(report.added), updated=display.number(report.updated),
            deleted=display.number(report.deleted), unchanged=display.number(report.unchanged),
            conflicts=display.number(len(report.conflicts))))
        signature = QLabel(signature_text(getattr(report, "signature", {}) or {}), self)
        signature.setObjectName("bundle_signature")
        signature.setWordWrap(True)
        outcomes = {"added": QCoreApplication.translate("ExchangeDialogs", "Add"), "updated": QCoreApplication.translate("ExchangeDialogs", "Update"), "deleted": QCoreApplication.translate("ExchangeDialogs", "Delete")}
        rows = [(outcomes.get(o, o), tr(KINDS, k), label, "") for o, k, label in report.changes]
        rows += [(QCoreApplication.translate("ExchangeDialogs", "Conflict"), tr(KINDS, c.kind), c.label, tr(REASONS, c.reason) + (": " + ", ".join(field_label(f) for f in c.fields) if c.fields else ""))
                 for c in report.conflicts]
        table = QTableWidget(len(rows), 4, self)
        table.setObjectName("bundle_changes")
        table.setHorizontalHeaderLabels([QCoreApplication.translate("ExchangeDialogs", "Change"), QCoreApplication.translate("ExchangeDialogs", "Kind"), QCoreApplication.translate("ExchangeDialogs", "Record"), QCoreApplication.translate("ExchangeDialogs", "Details")])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(display.isolate(text) if j == 2 else text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(i, j, item)
        table.resizeRowsToContents()
        note = QLabel(QCoreApplication.translate("ExchangeDialogs", "Nothing is overwritten: a record changed here and in the field is kept in both versions for review."), self)
        note.setWordWrap(True)
        if report.already_received and not (report.added or report.updated or report.deleted or report.conflicts):
            note.setText(QCoreApplication.translate("ExchangeDialogs", "This bundle was imported before; importing it again changes nothing."))
        if getattr(report, "note", None) is not None:  # a copy of this register: what happened to its id
            note.setText(_note_text(report.note) + "\n" + note.text())
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(QCoreApplication.translate("ExchangeDialogs", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("bundle_apply")
        self.apply_button.setEnabled(bool(report.added or report.updated or report.deleted or report.conflicts))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (summary, signature, table, note, buttons):
            layout.addWidget(widget)


def signature_text(signature: dict[str, Any]) -> str:
    """Who signed a bundle, and whether this user trusts them (desktop.services.fieldwork.signing)."""
    if not signature.get("signed"):
        return QCoreApplication.translate("ExchangeDialogs", "Unsigned: anyone could have made this bundle.")
    who = str(signature.get("signer") or "?")
    if signature.get("organisation"):
        who += f" ({signature['organisation']})"
    if signature.get("trusted"):
        return QCoreApplication.translate("ExchangeDialogs", "Signed by {who}, who is on your trust list.").format(
            who=display.isolate(who))
    return QCoreApplication.translate("ExchangeDialogs", "Signed by {who}, who is NOT on your trust list.").format(
        who=display.isolate(who))


def import_dialog(window: Host) -> None:
    path = prompts.open_file(window, QCoreApplication.translate("ExchangeDialogs", "Import from field"), _folder(), QCoreApplication.translate(C, BUNDLE_FILTER))
    if path:
        settings.put(settings.LAST_FOLDER, os.path.dirname(path))
        preview_import(window, path)


def preview_import(window: Host, path: str) -> None:
    register = window.register

    def show(report: Any) -> None:
        dialog = BundlePreview(report, path, window)
        window.bundle_preview = dialog  # type: ignore[attr-defined]
        dialog.accepted.connect(lambda: apply_import(window, path))
        dialog.open()

    def preview(_progress: Any) -> Any:
        from desktop.domain.access import Access

        register.require(Access.EDITOR)  # a reader's login (a bundle opened from the file manager)
        return register.import_bundle(path, dry_run=True)

    window.runner.run(preview, on_done=show, on_error=lambda exc: errors.show(exc, window))


def apply_import(window: Host, path: str) -> None:
    register = window.register

    def done(report: Any) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("ExchangeDialogs", "Merged: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.").format(
                added=display.number(report.added), updated=display.number(report.updated),
                deleted=display.number(report.deleted), conflicts=display.number(len(report.conflicts))), 10000)
        if report.conflicts:
            from desktop.ui.conflict_review import review

            review(window)

    window.runner.job("bundle_import", lambda _p, _c: register.import_bundle(path), on_done=done,
                      changes=ChangeSet.everything())  # one bundle import at a time
