"""Worker processes for the parts of a large build that do not depend on each other.

Reading and modelling the listings (sources/load.py) and making the outputs other than pages (build.py) each
keep one core busy for seconds at ten thousand listings while the machine's other cores wait. The workers are
forked, so they start at once and share what the parent holds instead of receiving a copy; and only for a large
site, where fork exists, and from a process with one thread (forking one with more, such as `peerdir serve`,
could copy a lock another thread holds).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

PARALLEL_FROM = 500  # listings: below this, starting worker processes costs more than it saves
MEMORY_MB = 2048  # what a build keeps its processes within by default (build --memory)
# Measured at 100,000 synthetic listings (benchmarks/memory.py): a build made in one process peaked at 1.83 times
# what it held once its model was made, the search data on top of that; each forked output worker added 0.82 to
# 0.84 times as much, since reading the model writes reference counts and so copies the memory it reads. Measured
# again on 2026-12-06, after the search data and the exports were made in pieces (the sum of PSS, over what the
# main process held when it chose): one process 1.45 times at 100,000; one worker 0.63 more at 100,000 (1,949 MB
# in all) and 0.58 at 50,000; three workers 0.75 more each at 50,000. The figures are kept, as a margin: a
# measure sampled every half second can miss a peak, and a bilingual site's differ.
ALONE, PER_WORKER = 1.9, 0.9
_shared: Any = None  # in a forked worker (and in the parent while it works alongside): what fork_pool was given


def cores() -> int:
    return os.cpu_count() or 1


def held_mb() -> float | None:
    """The most memory this process has held so far, in MB (Linux counts kilobytes, macOS bytes); None on Windows,
    which has no `resource` module (nor fork, so no workers to count)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1 << 10)


def within_memory(wanted: int, memory_mb: int) -> int:
    """How many of `wanted` output workers a build holding its model can fork and still stay inside memory_mb,
    by the measure above: all of them for ten thousand listings, none for a hundred thousand within 2 GB,
    where making everything in one process takes longer (a worker cuts a 100,000-listing build by about a third)
    but stays inside."""
    held = held_mb()
    if not held:
        return wanted
    return max(0, min(wanted, int((memory_mb / held - ALONE) / PER_WORKER)))


def can_fork() -> bool:
    """Whether this process may fork: where fork exists, and with one thread (forking one with more could copy a
    lock another thread holds into the child)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def pays(listings: int, workers: int) -> bool:
    """Whether fork_pool would start workers for a site of this many listings."""
    return listings >= PARALLEL_FROM and workers >= 1 and can_fork()


def fork_pool(listings: int, workers: int, shared: Any) -> ProcessPoolExecutor | None:
    """`workers` forked processes that find `shared` with shared(); None where they would not pay. The parent
    finds it too until the pool is shut down, so that it can do some of the same work meanwhile."""
    if not pays(listings, workers):
        return None
    share(shared)
    return _Pool(workers, mp_context=multiprocessing.get_context("fork"), initializer=share, initargs=(shared,))


class _Pool(ProcessPoolExecutor):
    """A pool whose shutdown also lets go of what fork_pool shared in the parent: held on, a model of ten thousand
    listings outlived the build, and took 0.7 s more to tear down when the program ended than when let go here."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait, cancel_futures=cancel_futures)
        share(None)


def share(value: Any) -> None:
    global _shared
    _shared = value


def shared() -> Any:
    assert _shared is not None, "called in a worker of fork_pool, or beside them"
    return _shared


class Claims:
    """Jobs 0 to count - 1, shared out from both ends between forked workers and their parent: a worker takes the
    first that no one has taken, the parent (once done with its own work) the last. A pool's queue instead hands a
    job to a busy worker early, where it waits while the parent sits idle (4 s of a 20 s build at 10,000 listings);
    here a job is only ever taken by a process ready to start it. Made before the workers are forked."""

    def __init__(self, count: int):
        self._ends = multiprocessing.get_context("fork").Array("i", [0, count])  # next from the front; end of the back

    def _take(self, front: bool) -> int | None:
        with self._ends.get_lock():
            first, end = self._ends[0], self._ends[1]
            if first >= end:
                return None
            if front:
                self._ends[0] = first + 1
                return first
            self._ends[1] = end - 1
            return end - 1

    def close(self) -> None:
        """Give out no more jobs: a failed build then waits only for the jobs already begun."""
        with self._ends.get_lock():
            self._ends[0] = self._ends[1]

    def taken(self, front: bool) -> Iterator[int]:
        """The jobs this process takes, each only once it is free to start it: from the front (a worker) or the
        back (the parent)."""
        while (job := self._take(front)) is not None:
            yield job


class Tally:
    """A count that forked workers add to and their parent reads (the files a worker has read, the pages it has
    rendered, for the parent's progress bar). Made before the workers are forked."""

    def __init__(self) -> None:
        self._count = multiprocessing.get_context("fork").Value("q", 0)

    def add(self, count: int = 1) -> None:
        with self._count.get_lock():
            self._count.value += count

    @property
    def count(self) -> int:
        return self._count.value


@dataclass
class Told:
    """What every process has done, told to `on_done` as this one goes: its own count, and what the workers have
    added to the tally meanwhile (for a progress bar: files read, pages rendered)."""

    on_done: Callable[[int], None]
    tally: Tally | None = None
    own: int = 0  # done in this process
    told: int = 0

    def add(self, count: int = 1) -> None:
        self.own += count
        self.catch_up()

    def catch_up(self) -> None:
        """Tell what was done since the last time; once more when the workers are done, for their last."""
        done = self.own + (self.tally.count if self.tally else 0)  # the tally read once: a worker may add meanwhile
        if done > self.told:
            self.on_done(done - self.told)
            self.told = done
