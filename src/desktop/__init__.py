"""Sijill (سجل): a register of partnership agreements and the activities under them."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("sijill")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"
