"""Signed summaries in the window: File › Sign exported summaries (remembered per user), the
passphrase dialog, and File › Verify a summary… (or a PDF dropped on the window), which shows
the three parts of ``verify`` - signature, document, register - in the user's language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QLabel, QLineEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.ui import display, errors, i18n, prompts, settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


PAGE_PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: removed."),
    "added": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: added after the summary was made."),
    "content": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: its content was changed."),
    "box": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: its size or cropping was changed."),
    "images": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: images were added or removed."),
    "annotations": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: annotations were added or removed."),
    "font": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: an embedded font was changed."),
    "unknown font": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: a font that was not in the summary was added."),
    "resources": QT_TRANSLATE_NOOP("VerifyDialog", "Page {page}: drawing resources it did not have were added."),
}
CHECKS = {
    "fingerprint_matches_digests": QT_TRANSLATE_NOOP("VerifyDialog", "The fingerprint is not the one the record digests make."),
    "metadata": QT_TRANSLATE_NOOP("VerifyDialog", "The document information does not carry the fingerprint."),
    "footer": QT_TRANSLATE_NOOP("VerifyDialog", "The footer does not print the fingerprint."),
    "qr_code": QT_TRANSLATE_NOOP("VerifyDialog", "The QR code does not encode the fingerprint."),
    "page_record": QT_TRANSLATE_NOOP("VerifyDialog", "The record of the pages made when the summary was built is missing or does not match."),
    "printed_values": QT_TRANSLATE_NOOP("VerifyDialog", "The printed values kept in the file do not match their digests."),
    "readable": QT_TRANSLATE_NOOP("VerifyDialog", "The document's pages could not be read."),
}


def t(text: str) -> str:
    return QCoreApplication.translate("VerifyDialog", text)


# -- signing on export --------------------------------------------------------------------------
def ask_passphrase(parent: QWidget | None) -> Any:
    def ask(_prompt: str) -> str:
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("VerifyDialog", "Signing key"), QCoreApplication.translate("VerifyDialog", "Passphrase of your signing key:"),
                                        QLineEdit.EchoMode.Password)
        return text if ok else ""
    return ask


def unlock_identity(window: MainWindow) -> Any:
    """The signing identity, unlocked with the passphrase (asked for in a dialog); None when
    it could not be (the error was shown)."""
    from desktop.domain.errors import SijillError
    from desktop.services import office_identity

    try:
        return office_identity.load(ask_passphrase(window))
    except SijillError as exc:
        errors.show(exc, window)
        return None


def signing_identity(window: MainWindow) -> tuple[bool, Any]:
    """(go on, identity or None): the identity when exported summaries are to be signed;
    (False, None) when it could not be unlocked."""
    if not settings.get(settings.SIGN_PDF):
        return True, None
    identity = unlock_identity(window)
    return identity is not None, identity


# -- verify -------------------------------------------------------------------------------------
def _signature_lines(signature: Any) -> list[str]:
    if not signature.signed:
        return [QCoreApplication.translate("VerifyDialog", "Not signed.")]
    if signature.problem:
        return [QCoreApplication.translate("VerifyDialog", "The signature could not be checked: it is damaged.")]
    lines = []
    for s in signature.signatures:
        who = display.isolate(f"{s.signer} ({s.organisation})" if s.organisation else s.signer)
        lines.append(QCoreApplication.translate("VerifyDialog", "Signed by {who}.").format(who=who) if s.intact and s.valid
                     else QCoreApplication.translate("VerifyDialog", "Signed by {who}, but the signature does NOT verify.").format(who=who))
        lines.append(QCoreApplication.translate("VerifyDialog", "The signer is on your trust list.") if s.trusted
                     else QCoreApplication.translate("VerifyDialog", "The signer is NOT on your trust list."))
        if s.covers_whole_file and s.byte_range_covers_file:
            lines.append(QCoreApplication.translate("VerifyDialog", "The signature covers the whole file."))
        else:
            lines.append(QCoreApplication.translate(
                "VerifyDialog", "The signature does NOT cover the whole file: %n change(s) were written after signing.", "",
                s.updates_after))
    return lines


def _document_lines(document: Any) -> list[str]:
    if document.holds:
        return [QCoreApplication.translate(
            "VerifyDialog", "The document is as it was made: %n page(s), and the fingerprint, footer, QR code and metadata agree.",
            "", document.page_count)]
    lines = [QCoreApplication.translate("VerifyDialog", "The document was ALTERED after it was made:")]
    lines += [t(CHECKS[name]) for name in document.failed() if name in CHECKS]
    lines += [t(PAGE_PROBLEMS.get(p.what, "Page {page}: changed.")).format(page=display.number(p.page))
              for p in document.pages]
    return lines


def _verdict(result: Any) -> str:
    if result.exit_code == 5:
        return QCoreApplication.translate("VerifyDialog", "This summary was altered, or its signature is not valid: do not rely on it.")
    if result.exit_code == 1:
        return QCoreApplication.translate("VerifyDialog", "The summary is intact, but the register has changed since it was printed.")
    return QCoreApplication.translate("VerifyDialog", "The summary is intact and the register still holds what it printed.")


def _record(note: Any) -> str:
    from desktop.ui.record_values import KINDS, tr

    kind = tr(KINDS, note.key.partition(":")[0])
    title = display.isolate(note.title) if note.title else ""
    if note.row:
        return QCoreApplication.translate("VerifyDialog", "Row {row}: {kind} {title}").format(row=display.number(note.row), kind=kind, title=title)
    return f"{kind} {title}".strip()


def _changes_table(parent: QWidget, result: Any) -> QTableWidget:
    from desktop.ui.record_values import field_label  # (not at start-up: it loads the register's code)

    reg = result.register
    rows = [(_record(c), field_label(c.field), c.old, c.new) for c in reg.changed]
    rows += [(_record(n), QCoreApplication.translate("VerifyDialog", "added"), "", "") for n in reg.added]
    rows += [(_record(n), QCoreApplication.translate("VerifyDialog", "removed"), "", "") for n in reg.removed]
    rows += [(_record(n), QCoreApplication.translate("VerifyDialog", "changed"), "", "") for n in reg.unexplained]
    rows += [(_record(c), QCoreApplication.translate("VerifyDialog", "{field} (not on the summary)").format(field=field_label(c.field)), c.old, c.new)
             for c in reg.not_on_summary]
    table = QTableWidget(len(rows), 4, parent)
    table.setObjectName("verify_changes")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("VerifyDialog", "Record"), QCoreApplication.translate("VerifyDialog", "Field"), QCoreApplication.translate("VerifyDialog", "Printed"), QCoreApplication.translate("VerifyDialog", "Now")])
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(display.isolate(text) if j >= 2 else text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(i, j, item)
    table.resizeRowsToContents()
    return table


class VerifyDialog(QDialog):
    """The three parts of a summary's check, in order."""

    def __init__(self, result: Any, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify_dialog")
        self.setWindowTitle(QCoreApplication.translate("VerifyDialog", "Verify a summary"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        verdict = QLabel(f"<b>{_verdict(result)}</b>", self)
        verdict.setObjectName("verify_verdict")
        verdict.setWordWrap(True)
        name = QLabel(display.isolate(Path(path).name), self)
        name.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(name)
        layout.addWidget(verdict)
        self.parts: dict[str, QLabel] = {}
        for name, title, lines in (
            ("signature", QCoreApplication.translate("VerifyDialog", "1. Signature"), _signature_lines(result.signature)),
            ("document", QCoreApplication.translate("VerifyDialog", "2. The document"), _document_lines(result.document)),
            ("register", QCoreApplication.translate("VerifyDialog", "3. The register"), [QCoreApplication.translate("VerifyDialog", "The register holds exactly what was printed.") if result.register.matches
                                                else QCoreApplication.translate("VerifyDialog", "The register no longer holds what was printed:")]),
        ):
            label = QLabel(f"<b>{title}</b><br>" + "<br>".join(lines), self)
            label.setObjectName(f"verify_{name}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.parts[name] = label
            layout.addWidget(label)
        self.changes = _changes_table(self, result)
        self.changes.setVisible(self.changes.rowCount() > 0)
        layout.addWidget(self.changes, 1)
        if not self.changes.rowCount():
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def verify(window: MainWindow, path: str) -> None:
    from desktop.reports.verify import verify_pdf

    register = window.register
    if register is None:  # the frame before a register is open: nothing to compare with yet
        return

    def show(result: Any) -> None:
        dialog = VerifyDialog(result, path, window)
        window.verify_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    window.runner.run(lambda _p: verify_pdf(register, path), on_done=show, on_error=lambda exc: errors.show(exc, window))


def verify_dialog(window: MainWindow) -> None:
    folder = str(settings.get(settings.LAST_FOLDER) or os.path.expanduser("~"))
    path = prompts.open_file(window, QCoreApplication.translate("VerifyDialog", "Verify a summary"), folder, QCoreApplication.translate("VerifyDialog", "PDF files (*.pdf)"))
    if path:
        settings.put(settings.LAST_FOLDER, os.path.dirname(path))
        verify(window, path)


class _PdfDrop(QObject):
    """A PDF dropped on the window is verified."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @staticmethod
    def _pdf(event: QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData() is not None else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].lower().endswith(".pdf") else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if self._pdf(event) and getattr(self.window, "register", None) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = self._pdf(event)
            if path and getattr(self.window, "register", None) is not None:
                event.acceptProposedAction()
                verify(self.window, path)
                return True
        return False


def connect(window: MainWindow) -> None:
    a = window.action_map
    a["action_verify_summary"].triggered.connect(lambda: verify_dialog(window))
    a["action_sign_pdf"].setChecked(bool(settings.get(settings.SIGN_PDF)))
    a["action_sign_pdf"].toggled.connect(lambda on: settings.put(settings.SIGN_PDF, bool(on)))
    window.setAcceptDrops(True)
    window.pdf_drop = _PdfDrop(window)  # type: ignore[attr-defined]
    window.installEventFilter(window.pdf_drop)  # type: ignore[attr-defined]
    i18n.current()  # the dialog words itself in the language of the moment
