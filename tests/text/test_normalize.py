from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.text.digits import to_arabic_digits, to_ascii_digits
from desktop.text.normalize import matches, normalize_for_search


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("الأمم", "الامم"),
        ("إعلان", "اعلان"),
        ("آفاق", "افاق"),
        ("المفوضية", "المفوضيه"),
        ("مستشفى", "مستشفي"),
        ("الْمُتَّحِدَة", "المتحده"),
        ("التعـــاون", "التعاون"),
        ("٢٠٢٢", "2022"),
        ("UNHCR", "unhcr"),
        ("Organisation", "ORGANISATION"),
        ("Café", "cafe"),
    ],
)
def test_variants_normalise_alike(variant: str, canonical: str) -> None:
    assert normalize_for_search(variant) == normalize_for_search(canonical)


def test_matches_every_term() -> None:
    title = "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
    assert matches("الامم المتحده", title)
    assert matches("اللاجئين", title)
    assert not matches("الامم جدة", title)
    assert matches("", title)


def test_digits_round_trip() -> None:
    assert to_ascii_digits("١٢٣-۴۵۶") == "123-456"
    assert to_arabic_digits("2022-2025") == "٢٠٢٢-٢٠٢٥"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalize_for_search(text)
    assert normalize_for_search(once) == once


@pytest.mark.parametrize("text", ["للأمم", "والأمم", "بالأمم", "الأمم"])
def test_article_is_optional_in_a_query(text: str) -> None:
    assert matches("الامم", f"منظمة {text} المتحدة")
