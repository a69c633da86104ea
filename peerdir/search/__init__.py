"""The search data: an index lunr.js loads, split into shards, and peerdir's port of lunr.js's stemmer."""
