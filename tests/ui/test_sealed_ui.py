"""Signing on export and verifying a summary in the window (issue 20)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

PASSPHRASE = "window"


def _export(window: Any, qtbot: Any, answers: Any, target: Path) -> None:
    window.pages["agreements"].table.selectRow(0)
    answers.files.append(str(target))
    window.action_map["action_export_pdf"].trigger()
    qtbot.waitUntil(lambda: not window.runner.busy and target.exists(), timeout=20000)


def _verify_dialog(window: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: getattr(window, "verify_dialog", None) is not None, timeout=20000)
    return window.verify_dialog


def test_sign_on_export_is_remembered_and_verify_shows_three_parts(  # type: ignore[no-untyped-def]
        demo_window, qtbot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services import office_identity
    from desktop.ui import settings

    monkeypatch.setenv(office_identity.PASSPHRASE_ENV, PASSPHRASE)
    office_identity.create("Amina Haddad", "OIC")
    monkeypatch.delenv(office_identity.PASSPHRASE_ENV)
    monkeypatch.setattr("desktop.ui.sealed.QInputDialog.getText", lambda *a, **k: (PASSPHRASE, True))
    window = demo_window
    window.set_language("en")
    window.action_map["action_sign_pdf"].setChecked(True)
    assert settings.get(settings.SIGN_PDF) is True
    target = tmp_path / "signed.pdf"
    _export(window, qtbot, answers, target)
    assert not answers.errors
    answers.files.append(str(target))
    window.action_map["action_verify_summary"].trigger()
    dialog = _verify_dialog(window, qtbot)
    text = {name: label.text() for name, label in dialog.parts.items()}
    assert "Amina Haddad" in text["signature"] and "trust list" in text["signature"]
    assert "as it was made" in text["document"] and "holds exactly" in text["register"]
    assert dialog.findChild(QLabel, "verify_verdict").text().startswith("<b>The summary is intact")


def test_a_dropped_pdf_is_verified_in_arabic(demo_window, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    target = tmp_path / "plain.pdf"
    _export(window, qtbot, answers, target)
    window.set_language("ar")
    activity = window.register.activities()[0]
    activity.place, activity.notes = "عمّان", "ملاحظة"
    window.register.save_activity(activity)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(target))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    # offscreen Qt delivers no drop without a real drag: hand it to the window's drop filter
    assert window.pdf_drop.eventFilter(window, drop) is True
    dialog = _verify_dialog(window, qtbot)
    signature = dialog.parts["signature"].text()
    assert "غير موقّع" in signature
    assert dialog.changes.rowCount() == 2  # the place (printed) and the notes (not on the summary)
    assert "السجل تغيّر" in dialog.findChild(QLabel, "verify_verdict").text()
    dialog.resize(760, 420)
    dialog.grab().save(str(tmp_path / "verify-ar.png"))
    artifacts = Path(__file__).resolve().parents[2] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    dialog.grab().save(str(artifacts / "verify-ar.png"))


def test_signed_bundle_from_the_export_dialog_shows_its_signer_in_the_preview(  # type: ignore[no-untyped-def]
        demo_window, demo_template, qtbot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from desktop.services import office_identity
    from desktop.ui import settings

    monkeypatch.setenv(office_identity.PASSPHRASE_ENV, PASSPHRASE)
    office_identity.create("Amina Haddad", "OIC")
    window = demo_window
    window.set_language("en")
    window.action_map["action_export_field"].trigger()
    dialog = window.bundle_export_dialog
    dialog.findChild(type(dialog.sign), "bundle_sign").setChecked(True)
    target = tmp_path / "signed.sijill"
    answers.files.append(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: not window.runner.busy and target.exists(), timeout=20000)
    assert settings.get(settings.SIGN_BUNDLE) is True
    # another register (a copy of the same demo, so a database of its own) previews it
    other = tmp_path / "other.sqlite"
    shutil.copy(demo_template, other)
    from desktop.services.register import Register

    from desktop.ui.exchange_dialogs import BundlePreview

    elsewhere = Register.open(str(other))
    try:
        report = elsewhere.import_bundle(target, dry_run=True)
    finally:
        elsewhere.close()
    preview = BundlePreview(report, str(target), window)
    text = preview.findChild(QLabel, "bundle_signature").text()
    assert "Amina Haddad (OIC)" in text and "is on your trust list" in text


def test_history_names_the_signer_in_the_users_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import i18n
    from desktop.ui.record_values import source_text

    i18n.install("ar")  # (taken away again by the conftest)
    assert "غير موقّعة" in source_text("bundle f.sijill, unsigned")
    assert "غير موثوق به" in source_text("bundle f.sijill, signed by Mallory (not trusted)")
    assert source_text("bundle f.sijill, signed by Amina Haddad (OIC)").startswith("الحزمة")
