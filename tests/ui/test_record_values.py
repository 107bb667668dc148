"""Stored values as the history shows them: dates follow the digits setting."""

from __future__ import annotations

from desktop.ui import record_values, settings


def test_dates_in_the_history_follow_the_arabic_digits_setting(qapp) -> None:  # type: ignore[no-untyped-def]
    settings.put(settings.ARABIC_DIGITS, True)
    try:
        text = record_values.value_text("activity", "start", "2025-03")
        assert "٢٠٢٥" in text and "2025" not in text
        assert "٣" in record_values.value_text("agreement", "signed_on", "2022-03-15")
    finally:
        settings.put(settings.ARABIC_DIGITS, False)
    assert "2025-03" in record_values.value_text("activity", "start", "2025-03")
    assert record_values.value_text("activity", "place", "2025") == "2025"  # not a date field
