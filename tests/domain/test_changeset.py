"""ChangeSet: what a service operation changed, as the views read it (issue 17)."""

from __future__ import annotations

from desktop.domain.changeset import ChangeSet, RecordKind as K, record_kind


def test_old_page_names_map_to_record_kinds() -> None:
    assert record_kind("activities") is K.ACTIVITY and record_kind("history") is K.MILESTONE
    assert ChangeSet.coerce(("agreements", "conflicts")).kinds == {K.AGREEMENT, K.CONFLICT}
    assert "activities" in ChangeSet.of(K.ACTIVITY) and "bogus" not in ChangeSet.of(K.ACTIVITY)


def test_known_ids_narrow_what_changed() -> None:
    one = ChangeSet.of(K.ACTIVITY, "a") | ChangeSet.of(K.CHANGE_LOG, "a") | ChangeSet.of(K.TRASH)
    assert one.ids == {"a"} and one.touches_record(K.ACTIVITY, "a") and not one.touches_record(K.ACTIVITY, "b")
    bulk = one | ChangeSet.of(K.MILESTONE)  # any milestone: any record of the kinds may have changed
    assert bulk.ids == frozenset() and bulk.touches_record(K.ACTIVITY, "b")
    assert not ChangeSet() and ChangeSet.everything().touches({K.PERSON})


def test_the_initiator_is_kept_and_not_compared() -> None:
    page = object()
    changes = ChangeSet.of(K.PERSON, "p").started_by(page)
    assert changes.initiator is page and changes == ChangeSet.of(K.PERSON, "p")
    assert ChangeSet.coerce(changes, None).initiator is page
