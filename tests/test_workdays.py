"""Working days on the official holiday + make-up-workday calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.workdays import (
    add_calendar_days, add_working_days, is_working_day, supported_range, working_days_between,
)

D = dt.date


def test_national_day_2024_with_make_up_days():
    # 告知书 received Fri 27 Sep 2024: Sun 29 Sep is a make-up workday, 1–7 Oct are holidays.
    assert add_working_days(D(2024, 9, 27), 5) == D(2024, 10, 10)
    assert working_days_between(D(2024, 9, 27), D(2024, 10, 10)) == 5
    assert add_working_days(D(2024, 9, 28), 1) == D(2024, 9, 29)  # Sat → the make-up Sunday
    assert add_working_days(D(2024, 9, 30), 1) == D(2024, 10, 8)
    assert add_working_days(D(2024, 10, 11), 1) == D(2024, 10, 12)  # make-up Saturday
    assert working_days_between(D(2024, 9, 30), D(2024, 10, 7)) == 0


def test_spring_festival_2025_with_make_up_days():
    # 28 Jan – 4 Feb 2025 off; Sun 26 Jan and Sat 8 Feb are working days.
    assert add_working_days(D(2025, 1, 24), 7) == D(2025, 2, 10)
    assert add_working_days(D(2025, 1, 27), 1) == D(2025, 2, 5)
    assert working_days_between(D(2025, 1, 24), D(2025, 2, 10)) == 7
    assert is_working_day(D(2025, 1, 26)) is True
    assert is_working_day(D(2025, 2, 4)) is False
    assert is_working_day(D(2025, 2, 8)) is True


def test_national_day_2025_and_spring_festival_2026():
    assert add_working_days(D(2025, 9, 26), 1) == D(2025, 9, 28)  # make-up Sunday
    assert add_working_days(D(2025, 9, 30), 1) == D(2025, 10, 9)
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)  # make-up Saturday
    assert add_working_days(D(2026, 2, 14), 1) == D(2026, 2, 24)


def test_counting_starts_the_day_after_the_trigger():
    mon = D(2025, 3, 3)
    assert add_working_days(mon, 0) == mon
    assert add_working_days(mon, 1) == D(2025, 3, 4)
    assert working_days_between(mon, mon) == 0
    assert working_days_between(mon, D(2025, 3, 4)) == 1
    assert working_days_between(D(2025, 3, 4), mon) == -1
    assert add_working_days(D(2025, 3, 4), -1) == mon
    assert add_working_days(D(2024, 10, 8), -1) == D(2024, 9, 30)


def test_outside_the_calendar_is_none_never_a_guess():
    first, last = supported_range()
    before, after = first - dt.timedelta(days=1), D(last.year + 1, 3, 2)
    assert add_working_days(before, 1) is None
    assert add_working_days(after, 5) is None
    assert working_days_between(before, D(first.year, 3, 1)) is None
    assert working_days_between(D(last.year, 6, 1), after) is None
    assert is_working_day(after) is None
    assert add_working_days(last - dt.timedelta(days=2), 10) is None  # walks out of the calendar
    assert add_calendar_days(after, 15) is None
    assert add_calendar_days(after, 15, roll_forward=False) == after + dt.timedelta(days=15)


def test_last_days_of_the_last_year_are_not_settled():
    # the next year's 元旦 notice may still move 29–31 December (it did for 2018, 2023, …)
    first, last = supported_range()
    assert (last.month, last.day) == (12, 24)
    assert is_working_day(D(last.year, 12, 29)) is None
    assert is_working_day(D(2018, 12, 29)) is True  # settled years keep their make-up days
    assert is_working_day(D(2018, 12, 31)) is False


def test_calendar_day_periods_roll_over_rest_days():
    assert add_calendar_days(D(2024, 9, 16), 15) == D(2024, 10, 8)  # would end on 1 Oct
    assert add_calendar_days(D(2024, 9, 16), 15, roll_forward=False) == D(2024, 10, 1)
    assert add_calendar_days(D(2025, 3, 3), 15) == D(2025, 3, 18)


def test_datetimes_are_accepted_other_types_are_not():
    assert add_working_days(dt.datetime(2024, 9, 27, 16, 30), 5) == D(2024, 10, 10)
    with pytest.raises(TypeError):
        add_working_days("2024-09-27", 5)
    with pytest.raises(TypeError):
        add_working_days(D(2024, 9, 27), 1.5)


DATES = st.dates(min_value=D(2005, 1, 1), max_value=D(2025, 12, 31))


@settings(max_examples=200, deadline=None)
@given(DATES, st.integers(min_value=0, max_value=40))
def test_add_then_count_round_trips(start, n):
    end = add_working_days(start, n)
    assert end is not None
    assert working_days_between(start, end) == n
    if n > 0:
        assert is_working_day(end)
        assert add_working_days(end, -n) <= start
    back = add_working_days(start, -n)  # the n-th working day before start
    expected = 0 if n == 0 else n - 1 + int(is_working_day(start))
    assert working_days_between(back, start) == expected


@settings(max_examples=200, deadline=None)
@given(DATES, st.integers(min_value=0, max_value=60))
def test_count_then_add_lands_on_or_before(start, days):
    end = start + dt.timedelta(days=days)
    w = working_days_between(start, end)
    assert 0 <= w <= days
    reached = add_working_days(start, w)
    assert reached <= end
    day = reached + dt.timedelta(days=1)
    while day <= end:  # nothing but rest days after the last counted working day
        assert not is_working_day(day)
        day += dt.timedelta(days=1)
