/* peerdir's service worker, installed only when someone asks to keep the directory on their device (keep.js).
 * The build's sw.js at the site's root sets VERSION and imports this file, so its scope is the whole site.
 *
 * Installing stores every file keep-files.json lists (pages, styles, scripts, search data) in one cache named for
 * this site's address and version; afterwards each request for one of them is answered from that cache, with or
 * without a connection. Nothing else is ever stored: no page visited, no search, nothing quick exit loads. When the
 * device is online the browser checks sw.js; a new build has a new VERSION, so the new files are stored and the
 * old cache removed. */
/* global VERSION */
"use strict";

var SCOPE = self.registration.scope;
var PREFIX = "peerdir " + SCOPE + " ";
var CACHE = PREFIX + VERSION;
var BATCH = 40;

self.addEventListener("install", function (event) {
  event.waitUntil(
    fetch(new URL("keep-files.json", SCOPE), { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error("keep-files.json: " + response.status);
        return response.json();
      })
      .then(function (list) {
        return caches.open(CACHE).then(function (cache) {
          /* From the server, never the browser's own cache, which may still hold the last build's files. */
          var urls = list.files.map(function (path) { return new Request(new URL(path, SCOPE).href, { cache: "reload" }); });
          var chain = Promise.resolve();
          for (var i = 0; i < urls.length; i += BATCH) {
            chain = chain.then(cache.addAll.bind(cache, urls.slice(i, i + BATCH)));
          }
          return chain;
        });
      })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; })
        .map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(SCOPE) !== 0) return;
  /* The search page's address holds the search (?q=...): it is one page, whatever is asked. */
  event.respondWith(
    caches.open(CACHE).then(function (cache) { return cache.match(request, { ignoreSearch: true }); })
      .then(function (kept) { return kept || fetch(request); })
  );
});
