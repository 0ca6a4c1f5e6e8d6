"""Wrong join codes and keys are counted in a sliding window on an integer clock (issue 19: 48 and 53 a second)."""

from hypothesis import given
from hypothesis import strategies as st

from mentorfinder.workshop.guesses import PROCESS_GUESSES, SESSION_GUESSES, WINDOW, Guesses

SECOND = 1_000_000_000


def test_the_sixth_wrong_guess_in_a_minute_waits_until_the_first_is_a_minute_old():
    clock = [0]
    guesses = Guesses(SESSION_GUESSES, clock=lambda: clock[0])
    assert (SESSION_GUESSES, PROCESS_GUESSES, WINDOW) == (5, 60, 60)
    for second in range(5):
        assert guesses.wait() == 0
        clock[0] = second * SECOND
        guesses.missed()
    clock[0] = 10 * SECOND
    assert guesses.wait() == 50  # the first miss (at 0 s) counts until 60 s
    clock[0] = 60 * SECOND - 1
    assert guesses.wait() == 1  # a nanosecond short: still one (rounded up) second
    clock[0] = 60 * SECOND
    assert guesses.wait() == 0


@given(st.lists(st.integers(0, 200 * SECOND), max_size=40), st.integers(1, 8), st.integers(0, 400 * SECOND))
def test_a_guess_is_allowed_exactly_when_fewer_than_most_misses_are_in_the_window(times, most, now):
    times = sorted(times)
    clock = [0]
    guesses = Guesses(most, clock=lambda: clock[0])
    for moment in times:
        clock[0] = moment
        guesses.missed()
    clock[0] = max(now, times[-1] if times else 0)
    recent = [t for t in times if t > clock[0] - WINDOW * SECOND]
    wait = guesses.wait()
    assert (wait == 0) == (len(recent) < most)
    if wait:
        clock[0] += wait * SECOND
        assert guesses.wait() == 0  # the wait it names is enough
