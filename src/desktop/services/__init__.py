"""Use cases: one function per user action, validation, returning plain records. No Qt."""

from desktop.services.register import Register

__all__ = ["Register"]
