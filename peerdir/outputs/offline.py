"""What a device stores when someone chooses to keep the directory (static/keep.js, static/offline.js): the list
of files, their size, and the service worker's entry point at the site's root, where its scope is the whole site.

Unlike the other outputs these describe the output itself, so build.py makes them last, from what was written:
the pages, styles, scripts and search data (build.KEPT_OFFLINE), whatever their names; the exports (API, HSDS,
calendars, feeds, schemas) are for other systems and stay online. The web app manifest lets a phone put the
directory on its home screen. A build for file:// has none of these: browsers run service workers and read
manifests only from a web address.
"""

from __future__ import annotations

import hashlib
import json

from peerdir.model import urls
from peerdir.model.site import Site

def _address(rel: str) -> str:
    """A file as pages link to it: a folder's index.html is the folder."""
    return rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel


def offline_files(site: Site, kept: dict[str, tuple[int, str]]) -> dict[str, bytes]:
    """kept: the files a device keeps (build.py: the pages, theme files and search data), each its size and
    SHA-256. The version changes whenever one of them does."""
    manifest = {
        "name": site.config.title, "short_name": site.config.title, "lang": site.config.language, "start_url": "./",
        "scope": "./", "display": "standalone", "background_color": "#ffffff", "theme_color": "#094a8f",
        "icons": [{"src": urls.static("favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }  # fmt: skip
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
    kept = {**kept, "manifest.webmanifest": (len(manifest_bytes), hashlib.sha256(manifest_bytes).hexdigest())}
    version = hashlib.sha256("".join(f"{rel}\0{kept[rel][1]}\n" for rel in sorted(kept)).encode()).hexdigest()[:16]
    listed = {"version": version, "files": sorted(_address(rel) for rel in kept)}
    summary = {"version": version, "files": len(kept), "bytes": sum(size for size, _ in kept.values())}
    return {
        "manifest.webmanifest": manifest_bytes,
        "keep.json": json.dumps(summary, separators=(",", ":"), sort_keys=True).encode() + b"\n",
        "keep-files.json": json.dumps(listed, separators=(",", ":"), sort_keys=True).encode() + b"\n",
        "sw.js": f'var VERSION = "{version}";\nimportScripts("{urls.static("offline.js")}");\n'.encode(),
    }
