"""Sijill (سجل): a register of partnership agreements and the activities under them."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``desktop.__version__``, read from the installed metadata when first asked for
    (importlib.metadata is not cheap, and start-up does not need it)."""
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("sijill")
    except metadata.PackageNotFoundError:  # running from a source tree without install
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
