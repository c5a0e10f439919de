"""Working-day arithmetic on the official calendar (法定节假日 + 调休上班日).

Periods of 2/3/5/7 days in the 行政处罚法 are working days (第八十五条; review-rules.md §b,
§d.6).  The calendar is the ``chinesecalendar`` package (module ``chinese_calendar``), which
carries the State Council's holiday notices year by year.  It is data that must be kept
current (upgrade the package each December when the next year's notice is out).

Rules of counting used here:

* Counting starts the day after the trigger: ``add_working_days(d, 1)`` is the first working
  day after ``d``; ``working_days_between(a, b)`` counts the working days ``a < day ≤ b``.
* A date outside the calendar's supported range gives ``None`` — never a guess.  So does
  any count whose walk leaves the range.  The range ends on 24 December of the package's last
  year, because the next year's notice may still move the last days of December.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar

__all__ = [
    "LAST_YEAR_SETTLED_UNTIL", "add_calendar_days", "add_working_days", "is_working_day", "supported_range", "working_days_between",
]


#: The last days of a year belong to the *next* year's holiday notice (元旦 调休: the 2007,
#: 2008, 2012, 2019, 2023 and 2024 notices moved 29–31 December of the year before).  So the
#: calendar's last year is trusted only up to this day (month, day); later days give None
#: until a package with the next year's notice is installed.
LAST_YEAR_SETTLED_UNTIL = (12, 24)


@lru_cache(maxsize=1)
def supported_range() -> tuple[dt.date, dt.date]:
    """First and last date the installed calendar settles: 1 January of its first year to
    24 December of its last year (see :data:`LAST_YEAR_SETTLED_UNTIL`)."""
    years = [d.year for d in chinese_calendar.holidays] + [d.year for d in chinese_calendar.workdays]
    month, day = LAST_YEAR_SETTLED_UNTIL
    return dt.date(min(years), 1, 1), dt.date(max(years), month, day)


def _as_date(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"expected a datetime.date, not {type(value).__name__}")


def _covered(day: dt.date) -> bool:
    lo, hi = supported_range()
    return lo <= day <= hi


@lru_cache(maxsize=8192)
def _workday(day: dt.date) -> bool:
    return bool(chinese_calendar.is_workday(day))


def is_working_day(day: dt.date) -> bool | None:
    """True on a working day (incl. 调休 make-up Saturdays/Sundays), False on weekends and
    statutory holidays, None outside the calendar."""
    day = _as_date(day)
    if not _covered(day):
        return None
    try:
        return _workday(day)
    except NotImplementedError:  # the package's own range check
        return None


def add_working_days(start: dt.date, n: int) -> dt.date | None:
    """The ``n``-th working day after ``start`` (``n`` < 0: before it; 0: ``start`` itself).

    E.g. a 告知书 received on 2024-09-27 (Fri): 5 working days end on 2024-10-10 (29 Sep is a
    make-up workday; 1–7 Oct are 国庆 holidays).  None when the walk leaves the calendar."""
    start = _as_date(start)
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    if not _covered(start):
        return None
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    day = start
    one = dt.timedelta(days=step)
    while remaining:
        day += one
        ok = is_working_day(day)
        if ok is None:
            return None
        if ok:
            remaining -= 1
    return day


def working_days_between(a: dt.date, b: dt.date) -> int | None:
    """Working days after ``a`` up to and including ``b`` (negative when ``b`` < ``a``; 0 when
    equal).  None when either date is outside the calendar."""
    a, b = _as_date(a), _as_date(b)
    if not (_covered(a) and _covered(b)):
        return None
    if b < a:
        back = working_days_between(b, a)
        return None if back is None else -back
    count = 0
    day = a
    one = dt.timedelta(days=1)
    while day < b:
        day += one
        ok = is_working_day(day)
        if ok is None:
            return None
        count += ok
    return count


def add_calendar_days(start: dt.date, n: int, *, roll_forward: bool = True) -> dt.date | None:
    """``start`` + ``n`` calendar days (for the 15/60/90-day periods).

    With ``roll_forward`` a period that ends on a rest day (weekend or holiday) ends on the
    next working day instead — the rule of 民事诉讼法 第八十五条 / 行政诉讼法 第一百零一条,
    applied here by analogy (inferred; the caller decides whether it applies).  Returns None
    when the calendar is needed and does not cover the dates; without ``roll_forward`` this is
    plain date arithmetic."""
    start = _as_date(start)
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    end = start + dt.timedelta(days=n)
    if not roll_forward:
        return end
    ok = is_working_day(end)
    if ok is None:
        return None
    if ok:
        return end
    return add_working_days(end, 1)
