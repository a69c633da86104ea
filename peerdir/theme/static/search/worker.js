/* peerdir search worker: keeps the index off the page's thread, so a large index never freezes the page. */
importScripts.apply(null, ["lunr.min.js", "core.js", "../when.js"].map(function (name) { return name + self.location.search; })); /* with its own ?v= */

var engine = null;

self.onmessage = function (event) {
  var message = event.data;
  if (message.type === "init") {
    if (message.scripts.length) importScripts.apply(null, message.scripts); /* a language's stemmer (lunr-languages) */
    engine = new self.PeerdirSearch.Engine(function (files) {
      importScripts.apply(null, files.map(function (file) { return message.dataUrl + file; }));
      return Promise.resolve();
    });
    return;
  }
  new Promise(function (ok) { ok(engine.search(message.request)); }).then( /* a data file that would not load, too */
    function (result) { self.postMessage({ id: message.id, result: result }); },
    function (error) { self.postMessage({ id: message.id, error: String(error) }); }
  );
};
