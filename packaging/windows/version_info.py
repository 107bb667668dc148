"""The Windows version resource of sijill.exe (Explorer's Properties -> Details), written in
PyInstaller's version-file format from the package metadata."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import bundle_data as bd  # noqa: E402

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Sijill'),
      StringStruct('FileDescription', 'Sijill - register of partnership agreements'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'sijill'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', 'sijill.exe'),
      StringStruct('ProductName', 'Sijill'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(nums=bd.numeric_version(), version=bd.version()), encoding="utf-8")
    return str(path)
