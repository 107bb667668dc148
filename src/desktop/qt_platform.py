"""Before Qt starts on X11: do the xcb platform plugin's libraries load? (no Qt imported)

Qt aborts with "Could not load the Qt platform plugin "xcb" even though it was found" when
one of the plugin's shared libraries is missing (``libxcb-cursor0`` is the usual one). This
module finds the plugin beside PySide6, asks ``ldd`` (or, without it, the dynamic loader
through ctypes) which of its libraries do not load, and names the Debian packages that
provide them, so that the command line can say so in one line instead of Qt aborting."""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# The libraries Qt 6's xcb plugin (and libQt6XcbQpa) links to, by Debian package.
XCB_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def uses_xcb(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt will pick the xcb plugin: Linux, a DISPLAY, QT_QPA_PLATFORM unset or xcb."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" or not env.get("DISPLAY"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """``libqxcb.so`` of the PySide6 in use, or None (another Qt layout, a frozen bundle)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def parse_ldd(output: str) -> list[str]:
    """The sonames ``ldd`` reports as "not found", each once, in order."""
    missing: list[str] = []
    for line in output.splitlines():
        name, _, rest = line.strip().partition("=>")
        if "not found" in rest and name.strip() and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(plugin: Path | None = None) -> list[str]:
    """The libraries of the xcb plugin that the dynamic loader cannot find."""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return []
    ldd = shutil.which("ldd")
    if ldd:
        try:
            done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
            return parse_ldd(done.stdout)
        except (OSError, subprocess.SubprocessError):
            pass
    return [name for name in XCB_PACKAGES if not _loads(name)]


def packages_for(missing: list[str]) -> list[str]:
    """The Debian packages providing ``missing`` (a soname without a known package: itself)."""
    found: list[str] = []
    for soname in missing:
        package = XCB_PACKAGES.get(soname, soname)
        if package not in found:
            found.append(package)
    return found


def install_line(missing: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages_for(missing))


def problem(environ: dict[str, str] | None = None) -> str | None:
    """One line naming what the xcb plugin lacks and how to install it, or None when fine."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries()
    if not missing:
        return None
    return (
        f"Qt's xcb platform plugin cannot load: missing {', '.join(missing)}; "
        f"install them with `{install_line(missing)}` (or run `bash scripts/setup.sh` as root)"
    )
