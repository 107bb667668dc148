"""Rules for attached files that need no database: the name a file is kept under."""

from __future__ import annotations

import re
import unicodedata

NAME_MAX = 200
# Bidi controls (embeddings, overrides, isolates, marks) and other invisible format characters
# that can make "gpj.exe" look like "exe.jpg": removed from names.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")


def clean_name(given: str) -> str:
    """The file's own name: no folders (either slash), no NUL, control or bidi characters,
    no leading dots, at most NAME_MAX characters (the extension kept)."""
    name = re.split(r"[\\/]", given)[-1]
    name = _INVISIBLE.sub("", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn"))
    name = unicodedata.normalize("NFC", name).strip().lstrip(".").strip()
    if len(name) > NAME_MAX:
        stem, dot, ext = name.rpartition(".")
        keep = ext if dot and 0 < len(ext) <= 16 else ""
        name = (stem if keep else name)[: NAME_MAX - len(keep) - 1].rstrip() + ("." + keep if keep else "")
    return name or "attachment"


# Names and contents the system might run rather than show: never opened from Sijill (they
# can still be saved and checked first).
RUNNABLE_EXTENSIONS = frozenset({
    "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "dll", "sys", "ps1", "psm1", "vbs", "vbe",
    "js", "jse", "wsf", "wsh", "hta", "jar", "lnk", "url", "reg", "inf", "scf", "appref-ms", "application",
    "sh", "bash", "zsh", "csh", "run", "bin", "desktop", "appimage", "deb", "rpm", "py", "pyw", "pl", "rb",
    "app", "command", "pkg", "dmg", "workflow", "action", "apk", "elf", "so", "dylib", "msc", "gadget",
})
RUNNABLE_TYPES = frozenset({
    "application/x-msdownload", "application/x-executable", "application/x-elf", "application/x-mach-binary",
    "application/x-sharedlib", "application/vnd.microsoft.portable-executable", "application/x-dosexec",
    "application/x-shellscript", "application/java-archive", "application/x-msi", "application/vnd.android.package-archive",
})


def may_run(name: str, media_type: str) -> bool:
    """True when opening the file with the system could run it as a program."""
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    return extension in RUNNABLE_EXTENSIONS or media_type in RUNNABLE_TYPES
