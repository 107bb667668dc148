"""``sijill --smoke-test``: the whole check in a child process, and its detectors in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui import smoke


def test_smoke_test_passes_and_keeps_its_evidence(tmp_path: Path) -> None:
    pytest.importorskip("desktop.app")
    keep = tmp_path / "evidence"
    env = {**os.environ, "SIJILL_SMOKE_KEEP": str(keep), "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    assert "FAIL" not in done.stdout
    for name in ("smoke.sqlite", "main-window.png", "arabic-label.png", "missing-glyph-label.png", "about.png"):
        assert (keep / name).is_file(), name
    if "SKIPPED" not in done.stdout:
        assert (keep / "summary.pdf").is_file()
        assert (keep / "summary-page-1.png").is_file()


def test_a_failed_check_gives_a_clear_line_and_exit_code_1(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_smoke: smoke.Smoke) -> str:
        raise smoke.CheckFailed("the font went missing")

    monkeypatch.setattr(smoke, "CHECKS", (("bundled Arabic font", broken),))
    for name in ("SIJILL_CONFIG_DIR", "QT_QPA_PLATFORM"):
        monkeypatch.setenv(name, os.environ.get(name, ""))
    assert smoke.run(keep=tmp_path) == 1
    out, err = capsys.readouterr()
    assert "FAIL  bundled Arabic font: the font went missing" in out
    assert "smoke test FAILED" in err


def test_pdf_font_problems_flags_unembedded_fonts() -> None:
    embedded = b"<< /Type /FontDescriptor /FontFile2 5 0 R >>"
    assert smoke.pdf_font_problems(embedded) == []
    bare = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    problems = smoke.pdf_font_problems(bare)
    assert "no embedded font file" in problems
    assert "standard font Helvetica is not embedded" in problems


def test_missing_glyphs_are_detected(qapp) -> None:  # type: ignore[no-untyped-def]
    register_fonts = pytest.importorskip("desktop.app").register_fonts

    register_fonts()
    assert smoke._glyph_problems(smoke.ARABIC_SAMPLE, "Amiri") == []
    assert smoke._glyph_problems("ab" + smoke.MISSING_CHAR, "Amiri")
