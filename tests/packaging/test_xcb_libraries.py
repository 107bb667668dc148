"""Qt's xcb platform plugin finds every library it links to (scripts/debian-packages.txt),
and without one the command line says in one line what is missing instead of Qt aborting."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import qt_platform

ROOT = Path(__file__).resolve().parents[2]
linux = pytest.mark.skipif(sys.platform != "linux", reason="the xcb plugin is Linux's")


@linux
def test_the_xcb_plugin_libraries_all_load() -> None:
    plugin = qt_platform.xcb_plugin()
    assert plugin is not None, "PySide6's plugins/platforms/libqxcb.so not found"
    assert qt_platform.missing_libraries(plugin) == [], (
        "install scripts/debian-packages.txt: " + qt_platform.install_line(qt_platform.missing_libraries(plugin))
    )
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"):
        ctypes.CDLL(soname)  # raises OSError when missing


def test_every_xcb_package_is_in_the_setup_list() -> None:
    listed = {
        line.strip() for line in (ROOT / "scripts" / "debian-packages.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    wanted = {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
              "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1"}
    assert wanted <= listed


def test_ldd_output_is_read_for_missing_libraries() -> None:
    output = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
\tlibxcb-icccm.so.4 => not found
"""
    missing = qt_platform.parse_ldd(output)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert qt_platform.install_line(missing) == "sudo apt-get install libxcb-cursor0 libxcb-icccm4"


def test_the_check_runs_only_for_xcb_on_linux() -> None:
    assert qt_platform.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert qt_platform.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not qt_platform.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not qt_platform.uses_xcb({}, "linux")
    assert not qt_platform.uses_xcb({"DISPLAY": ":0"}, "win32")


def test_the_gui_says_what_is_missing_in_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(qt_platform, "missing_libraries", lambda plugin=None: ["libxcb-cursor.so.0"])
    from desktop.cli import gui

    code = gui.launch(type("Args", (), {"db": None})(), lambda: None)  # type: ignore[arg-type,return-value]
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "libxcb-cursor.so.0" in err and "sudo apt-get install libxcb-cursor0" in err


@linux
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed (scripts/debian-packages-test.txt)")
def test_qt_starts_on_xcb_under_a_virtual_display() -> None:
    """What `xvfb-run bash scripts/run.sh` does first: a QApplication on the xcb platform."""
    code = "from PySide6.QtWidgets import QApplication; app = QApplication([]); print(app.platformName())"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "xcb"
