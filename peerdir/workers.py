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
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PARALLEL_FROM = 500  # listings: below this, starting worker processes costs more than it saves


def cores() -> int:
    return os.cpu_count() or 1


def fork_pool(listings: int, workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> ProcessPoolExecutor | None:
    """`workers` forked processes, each set up by initializer(*initargs); None where they would not pay."""
    if listings < PARALLEL_FROM or workers < 1 or threading.active_count() > 1:
        return None
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=initializer, initargs=initargs)
