"""Wrong join codes and facilitator keys, counted in a sliding window: whether another guess may be tried yet."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

WINDOW = 60  # seconds over which wrong guesses are counted
SESSION_GUESSES = 5  # wrong codes or keys one browser session may try per WINDOW: plenty for typos
PROCESS_GUESSES = 60  # wrong codes or keys all sessions of one app process together may try per WINDOW
_NS = 1_000_000_000


class Guesses:
    """A sliding-window count of wrong guesses, thread-safe (a process's count is shared by every session).

    Join codes have 25^8 (about 1.5e11) values and keys 192 bits, so at these rates a guess that hits a live
    workshop would take longer than any workshop lasts; the count only slows guessing, it never decides a key.
    """

    def __init__(self, most: int, window: int = WINDOW, clock: Callable[[], int] | None = None):
        """Allow `most` wrong guesses per `window` seconds, on an integer nanosecond `clock` (time.monotonic_ns)."""
        self.most, self.window = most, window * _NS
        self.clock = clock or (lambda: time.monotonic_ns())  # looked up at each call, so tests can move time
        self._misses: deque[int] = deque()
        self._lock = threading.Lock()

    def wait(self) -> int:
        """Whole seconds until another guess may be tried (0: now)."""
        with self._lock:
            now = self.clock()
            self._forget(now)
            if len(self._misses) < self.most:
                return 0
            # allowed again once all but most-1 of the misses have left the window; rounded up, never "0 seconds"
            leaving = self._misses[len(self._misses) - self.most]
            return -(-(leaving + self.window - now) // _NS)

    def missed(self) -> None:
        """Count one wrong guess now."""
        with self._lock:
            now = self.clock()
            self._forget(now)
            self._misses.append(now)

    def _forget(self, now: int) -> None:
        while self._misses and self._misses[0] <= now - self.window:
            self._misses.popleft()
