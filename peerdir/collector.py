"""The garbage collector, paused while a step makes a great many objects that form no cycles.

CPython's cyclic collector makes a full pass over every object still alive each time those that survived grow
by a quarter, so a step that builds one large structure pays again and again for passes that find nothing: 3 of
the search index's 7.6 s at 10,000 listings. Reference counting frees everything as usual meanwhile; only
cycles wait for the pause to end, so steps that leave many behind (rendering: about 30 objects a page) keep it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Also a decorator. Nested, the collector runs again once the outermost ends; in two threads at once (serve's
    update and its outputs in the background), once the first to begin ends: sooner than the other would like,
    which costs time, never memory."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
