"""The maintainer commands beyond build and check: init, new, stale, links, import hsds, serve, and the docs generator."""
