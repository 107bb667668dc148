"""Fingerprints: a printed summary checked against the register, record by record."""

from __future__ import annotations

from pathlib import Path

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.reports import export_summary
from desktop.reports.fingerprint import canonical, compare, compute
from desktop.reports.verify import read_embedded, verify_fingerprint, verify_pdf


def test_canonical_form_is_stable_and_ignores_bookkeeping() -> None:
    a = r.Activity(uuid="u", version=1, title_ar="ورشة", start=PartialDate(2022, 5))
    b = r.Activity(uuid="u", version=7, title_ar="ورشة", start=PartialDate(2022, 5))
    assert canonical(a) == canonical(b)
    assert b'"start":"2022-05"' in canonical(a) and "ورشة".encode() in canonical(a)
    # the same letters typed decomposed or composed are the same record
    assert canonical(r.Activity(uuid="u", title_ar="أ")) == canonical(r.Activity(uuid="u", title_ar="ا\u0654"))


def test_compare_names_changed_added_removed() -> None:
    diff = compare({"a": "1", "b": "2", "c": "3"}, {"a": "1", "b": "9", "d": "4"})
    assert (diff.changed, diff.added, diff.removed) == (["b"], ["d"], ["c"])
    assert not diff.matches


def test_unchanged_register_matches(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    # saving a record without changing it bumps its version, not its content
    register.save_agreement(register.agreement(plan))
    verdict = verify_pdf(register, path)
    assert verdict.matches and verdict.reference == plan
    embedded = read_embedded(path)
    assert embedded.value == compute(register, plan).value
    assert sum(k.startswith("activity:") for k in embedded.records) == 6


def test_one_edited_activity_is_named(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    activity = register.activities()[2]
    activity.title_ar += " (معدّل)"
    register.save_activity(activity)
    verdict = verify_pdf(register, path)
    assert not verdict.matches and verdict.exit_code == 1
    assert [(c.key, c.field) for c in verdict.register.changed] == [(f"activity:{activity.uuid}", "title_ar")]
    assert not verdict.register.added and not verdict.register.removed


def test_added_and_removed_activities_are_named(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    gone = register.activities()[0]
    register.delete_activity(gone.uuid)
    new = register.save_activity(r.Activity(agreement_uuid=plan, title_ar="نشاط جديد", start=PartialDate(2024))).record
    diff = verify_pdf(register, path).register
    assert [n.key for n in diff.removed] == [f"activity:{gone.uuid}"] and [n.key for n in diff.added] == [f"activity:{new.uuid}"]
    assert diff.removed[0].title == gone.title_ar and diff.added[0].title == "نشاط جديد"


def test_fingerprint_alone(register, plan: str) -> None:  # type: ignore[no-untyped-def]
    value = compute(register, plan).value
    assert verify_fingerprint(register, value.upper(), plan).matches
    found = verify_fingerprint(register, value)
    assert found.matches and found.reference == plan
    assert not verify_fingerprint(register, "0" * 64).matches


def test_cli_export_and_verify(run_cli, register, plan: str, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "sub" / "plan.pdf"
    code, out, err = run_cli("--db", str(db_path), "export-pdf", plan, "-o", str(out_file), "--hijri", "--paper", "letter")
    assert code == 0, err
    assert out_file.is_file() and not list(out_file.parent.glob(".*"))  # no temporary file left behind
    code, out, _ = run_cli("--db", str(db_path), "verify", str(out_file))
    assert code == 0 and "register: matches" in out
    fingerprint = read_embedded(out_file).value
    code, out, _ = run_cli("--db", str(db_path), "verify", "--fingerprint", fingerprint)
    assert code == 0
    activity = register.activities()[0]
    activity.place = "عمّان / Amman"
    register.save_activity(activity)
    code, out, _ = run_cli("--db", str(db_path), "verify", str(out_file))
    assert code == 1 and "register: changed" in out and "activity «" in out and "place: جدة / Jeddah -> عمّان / Amman" in out
    code, out, _ = run_cli("--db", str(db_path), "verify", "--fingerprint", fingerprint, "--agreement", plan)
    assert code == 1
    code, out, _ = run_cli("--db", str(db_path), "verify", str(out_file), "--json")
    assert code == 1 and '"changed": [' in out


def test_cli_errors(run_cli, register, plan: str, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("--db", str(db_path), "export-pdf", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "NOPE" in err
    not_a_summary = tmp_path / "other.pdf"
    not_a_summary.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, _, err = run_cli("--db", str(db_path), "verify", str(not_a_summary))
    assert code == 1 and err.startswith("sijill: error:")
    code, _, _ = run_cli("--db", str(db_path), "verify")
    assert code == 2


def test_qr_text_is_accepted_and_a_deleted_plan_is_all_removed(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    value = compute(register, plan).value
    assert verify_fingerprint(register, f"SIJILL REF={plan} SHA256={value}").matches
    path = export_summary(register, plan, tmp_path / "plan.pdf")
    register.delete_agreement(plan, with_activities=True)
    verdict = verify_pdf(register, path)
    assert not verdict.matches and any(n.key.startswith("agreement:") for n in verdict.register.removed)


def test_unwritable_target_is_a_clear_error(run_cli, register, plan: str, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run_cli("--db", str(db_path), "export-pdf", plan, "-o", str(blocker / "plan.pdf"))
    assert code == 1 and err.startswith("sijill: error: Cannot write")
