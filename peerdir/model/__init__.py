"""The one in-memory model of a site, made from checked sources, that every output is made from."""
