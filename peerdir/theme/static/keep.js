/* "Keep this directory on this device" on the Browse safely page: nothing is stored until the button is pressed;
 * then the service worker (offline.js, through the site's sw.js) stores the pages and the search data.
 * "Remove from this device" unregisters it and deletes its caches, and only this site's: other sites at the same
 * address (org.github.io/another-directory/) keep theirs. */
(function () {
  "use strict";

  var box = document.getElementById("keep");
  if (!box || !("serviceWorker" in navigator) || !window.caches || !window.isSecureContext || location.protocol === "file:") return;
  var root = new URL(box.getAttribute("data-root"), document.baseURI).href.replace(/index\.html$/, "");
  var text = JSON.parse(document.getElementById("keep-text").textContent);
  var keep = document.getElementById("keep-button");
  var remove = document.getElementById("keep-remove");
  var status = document.getElementById("keep-status");
  var size = document.getElementById("keep-size");

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function show(kept, message) {
    keep.hidden = kept;
    remove.hidden = !kept;
    status.textContent = message || (kept ? text.kept : "");
  }

  function ours(name) { return name.indexOf("peerdir " + root + " ") === 0; }

  box.hidden = false;
  document.getElementById("keep-unsupported").hidden = true;
  fetch(root + "keep.json").then(function (response) { return response.json(); }).then(function (info) {
    var megabytes = new Intl.NumberFormat(document.documentElement.lang || undefined,
      { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(Math.max(0.1, info.bytes / 1e6));
    size.textContent = fill(text.size, { size: megabytes, files: info.files });
  });
  var pressed = false;  /* once a button is pressed, what it does says what happens, not this first look */
  navigator.serviceWorker.getRegistration(root).then(function (registration) {
    if (!pressed) show(!!(registration && registration.scope === root));
  });

  keep.addEventListener("click", function () {
    pressed = true;
    status.textContent = text.saving;
    keep.disabled = true;
    navigator.serviceWorker.register(root + "sw.js", { scope: root }).then(function (registration) {
      var worker = registration.installing || registration.waiting || registration.active;
      return new Promise(function (done, fail) {
        function check() {
          if (worker.state === "activated") done();
          else if (worker.state === "redundant") fail(new Error(text.failed));
        }
        worker.addEventListener("statechange", check);
        check();
      });
    }).then(function () {
      keep.disabled = false;
      show(true);
    }, function () {
      keep.disabled = false;
      show(false, text.failed);
      navigator.serviceWorker.getRegistration(root).then(function (r) { if (r && r.scope === root) r.unregister(); });
    });
  });

  remove.addEventListener("click", function () {
    pressed = true;
    navigator.serviceWorker.getRegistration(root).then(function (registration) {
      return registration && registration.scope === root ? registration.unregister() : true;
    }).then(function () { return caches.keys(); }).then(function (names) {
      return Promise.all(names.filter(ours).map(function (name) { return caches.delete(name); }));
    }).then(function () { show(false, text.removed); });
  });
})();
