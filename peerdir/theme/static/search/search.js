/* peerdir search page: instant results, filters with counts, and the state in the URL.
 * The index loads only once someone starts to search. Everything shown is built as text nodes. */
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var cardTemplate = document.getElementById("search-card");
  var filters = form.querySelector("details.filters");
  var more = document.getElementById("search-more");
  var text = JSON.parse(document.getElementById("search-text").textContent);
  var fallback = document.getElementById("search-fallback");
  var crisis = document.getElementById("search-crisis");
  var noJs = document.getElementById("search-no-js");
  /* The worker's address, whose ?v= (the build's digest of its static files) every script asks with, so that none
   * comes from a browser's cache of another build. */
  var workerUrl = new URL(form.getAttribute("data-worker"), document.baseURI);
  function script(name) { return new URL(name + workerUrl.search, workerUrl).href; }
  /* A site searched in a language other than English also loads that language's stemmer and stop words. */
  var language = form.getAttribute("data-language");
  var languageScripts = language !== "en" ? [script("lunr.stemmer.support.min.js"), script("lunr." + language + ".min.js")] : [];
  var dataUrl = new URL(form.getAttribute("data-data"), document.baseURI).href;
  var root = new URL(form.getAttribute("data-root"), document.baseURI).href.replace(/index\.html$/, "");
  var fileUrls = form.getAttribute("data-file-urls") === "1";
  var facetNames = Array.prototype.map.call(form.querySelectorAll("fieldset[data-facet]"), function (f) {
    return f.getAttribute("data-facet");
  });

  var nearBox = document.getElementById("near");
  var nearInput = document.getElementById("near-place");
  var nearMe = document.getElementById("near-me");
  var nearOff = document.getElementById("near-off");
  var nearStatus = document.getElementById("near-status");
  var nearList = document.getElementById("near-places");
  /* Where to sort from: null, {lat, lon} from the device, or {place: what was typed}. Kept in this page only:
   * never in the address, the history's state or any storage. */
  var near = null;
  var askedNear = false; /* whether the words of the last search asked for what is near ("near me") */

  var run = null;
  var limit = 20;
  var latest = 0;
  var timer = null;

  function start() {
    if (run) return run;
    var pending = {};
    var nextId = 0;
    function onPage() {
      return loadScripts([script("lunr.min.js")].concat(languageScripts, [script("core.js"), script("../when.js")])).then(function () {
        var engine = new window.PeerdirSearch.Engine(function (files) {
          return loadScripts(files.map(function (file) { return dataUrl + file; }));
        });
        return function (request) { return engine.search(request); };
      });
    }
    var worker = null;
    try {
      worker = new Worker(workerUrl.href);
    } catch (e) {
      worker = null; /* file:// and some privacy settings forbid workers */
    }
    if (!worker) return kept(onPage());
    return kept(new Promise(function (resolve) {
      worker.onmessage = function (event) {
        var done = pending[event.data.id];
        delete pending[event.data.id];
        if (done) (event.data.error ? done.reject(new Error(event.data.error)) : done.resolve(event.data.result));
      };
      worker.onerror = function () { /* the worker could not load its scripts: search on the page instead */
        worker = null;
        var page = kept(onPage());
        Object.keys(pending).forEach(function (id) {
          var waiting = pending[id];
          delete pending[id];
          page.then(function (go) { return go(waiting.request); }).then(waiting.resolve, waiting.reject);
        });
      };
      worker.postMessage({ type: "init", dataUrl: dataUrl, scripts: languageScripts });
      resolve(function (request) {
        if (!worker) return start().then(function (go) { return go(request); });
        return new Promise(function (ok, fail) {
          var id = ++nextId;
          pending[id] = { resolve: ok, reject: fail, request: request };
          worker.postMessage({ type: "search", id: id, request: request });
        });
      });
    }));
  }

  /* The way searches run, until it fails to load: then the next search starts afresh, so a phone that lost its
   * signal searches again once it is back, without reloading the page. */
  function kept(attempt) {
    run = attempt;
    attempt.then(null, function () { if (run === attempt) run = null; });
    return attempt;
  }

  function loadScripts(urls) {
    return urls.reduce(function (chain, url) {
      return chain.then(function () {
        return new Promise(function (ok, fail) {
          var s = document.createElement("script");
          s.src = url;
          s.onload = ok;
          s.onerror = function () { fail(new Error("could not load " + url)); };
          document.head.appendChild(s);
        });
      });
    }, Promise.resolve());
  }

  function readForm() {
    var filters = {};
    facetNames.forEach(function (name) {
      var checked = form.querySelectorAll('input[name="' + name + '"]:checked');
      if (checked.length) filters[name] = Array.prototype.map.call(checked, function (c) { return c.value; });
    });
    return { q: input.value.trim(), filters: filters };
  }

  function writeForm(state) {
    input.value = state.q;
    form.querySelectorAll("fieldset[data-facet] input").forEach(function (box) {
      var wanted = state.filters[box.name] || [];
      box.checked = wanted.indexOf(box.value) >= 0;
    });
  }

  function stateFromUrl() {
    var params = new URLSearchParams(location.search);
    var filters = {};
    facetNames.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) filters[name] = values;
    });
    return { q: params.get("q") || "", filters: filters };
  }

  function urlFor(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    facetNames.forEach(function (name) { (state.filters[name] || []).forEach(function (v) { params.append(name, v); }); });
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  function href(url) {
    var parts = url.split("#");
    var path = parts[0];
    if (fileUrls && (path === "" || path.charAt(path.length - 1) === "/")) path += "index.html";
    return root + path + (parts.length > 1 ? "#" + parts[1] : "");
  }

  var APOSTROPHES = /['’‘ʼ`´]/g; /* dropped from words compared, so that "don't" and "don’t" are one */

  function highlight(element, value, words) {
    value.split(/(\s+)/).forEach(function (piece) {
      var key = piece.toLowerCase().replace(APOSTROPHES, "").normalize("NFKD").replace(/\p{M}/gu, "").replace(/^[^\p{L}\p{N}]+/u, "");
      var hit = key && words.some(function (w) { return w.length >= 2 && key.indexOf(w) === 0; });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = piece;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(piece));
      }
    });
  }

  /* "2.3 mi", "14 km"; "about 2.3 mi" when the listing gives only its town or postcode. */
  function distanceText(km, exact) {
    var n = text.units === "mi" ? km / 1.609344 : km;
    var rounded = n < 10 ? Math.max(0.1, Math.round(n * 10) / 10) : Math.round(n);
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 1 }).format(rounded);
    var said = text.distance.replace("{n}", function () { return number; });
    return exact ? said : text.about.replace("{distance}", function () { return said; });
  }

  function nearMessage(state, result) {
    if (!near) return asksNear(state.q) ? text.asked : "";  /* "near me": from where? */
    if (!result.near) return text.sorted_you;
    var template = !result.near.found ? text.unknown : result.results.some(function (r) { return r.km !== undefined; }) || result.total === 0
      ? text.sorted_place : text.here;
    return template.replace("{place}", function () { return result.near.name; });
  }

  function render(state, result) {
    var lang = document.documentElement.lang || undefined;  /* numbers and plurals as the page's language has them */
    var numbers = new Intl.NumberFormat(lang);
    /* Where nothing matched, the ways to browse (as while searches fail): not a dead end for someone who came to find help. */
    fallback.hidden = result.total !== 0;
    noJs.hidden = true;
    list.textContent = "";
    result.results.forEach(function (item) {
      var li = cardTemplate.content.firstElementChild.cloneNode(true);
      var a = li.querySelector(".card-title a");
      a.href = href(item.url);
      highlight(a, item.name, result.words);
      /* words a translation has none for, in the main language: read by a screen reader in that language */
      function mark(element, letter) { if (item.written.indexOf(letter) >= 0) element.lang = item.lang; return element; }
      mark(li.querySelector(".card-title"), "n");
      li.querySelector(".card-meta").textContent = text.types[item.type] + (item.where ? " · " + item.where : "") +
        (item.km !== undefined ? " · " + distanceText(item.km, item.exact) : "");
      var summary = li.querySelector(".card-summary");
      if (item.badge) {  /* 'Temporarily closed', as its card in the lists says */
        var badge = document.createElement("p");
        badge.className = "badge";
        badge.textContent = item.badge;
        li.insertBefore(badge, summary);
      }
      highlight(mark(summary, "s"), item.summary, result.words);
      var openNow = item.open && !item.always;  /* a line open 24 hours says so in its hours, without "Open now" */
      if (item.hours || item.note || openNow) {  /* a helpline's hours and phones, as its card in the lists shows them */
        var hours = document.createElement("p");
        hours.className = "card-hours";
        if (openNow) {  /* and, as the lists cannot, whether it is open now */
          var open = document.createElement("strong");
          open.className = "card-open";
          open.textContent = text.open_now;
          hours.appendChild(open);
          if (item.hours || item.note) hours.appendChild(document.createTextNode(" · "));
        }
        hours.appendChild(document.createTextNode(item.hours));
        if (item.note) {  /* the note, apart, where it is in the main language */
          var note = document.createElement("span");
          note.textContent = item.note;
          if (item.hours) hours.appendChild(document.createTextNode(" · "));
          hours.appendChild(mark(note, "h"));
        }
        li.appendChild(hours);
      }
      if (item.calls.length) {
        var calls = document.createElement("ul");
        calls.className = "actions card-actions";
        item.calls.forEach(function (call) {
          var action = document.createElement("a"), entry = document.createElement("li");
          action.className = "action";
          action.href = call[1];
          action.textContent = call[0];
          if (call[1].indexOf("https:") === 0) action.rel = "noopener noreferrer";  /* WhatsApp, as on its page */
          entry.appendChild(action);
          if (call[2]) {  /* its label and hours, as beside the button on its page: 'TTY', 'Press 1' */
            var label = document.createElement("span");
            label.className = "action-note";
            label.textContent = call[2];
            entry.appendChild(document.createTextNode(" "));
            entry.appendChild(mark(label, "p"));
          }
          calls.appendChild(entry);
        });
        li.appendChild(calls);
      }
      list.appendChild(li);
    });
    Object.keys(result.counts).forEach(function (facet) {
      Object.keys(result.counts[facet]).forEach(function (value) {
        var slot = form.querySelector('[data-count="' + facet + ":" + value + '"]');
        if (slot) slot.textContent = "(" + numbers.format(result.counts[facet][value]) + ")";
      });
    });
    /* Replacements by function: a query holding $& or $' must appear as typed, not as a String.replace pattern. */
    var number = numbers.format(result.total);
    var count = (new Intl.PluralRules(lang).select(result.total) === "one" ? text.one : text.other).replace("{n}", function () { return number; });
    var message = count + (state.q ? " " + text.for_q.replace("{q}", function () { return state.q; }) : "");
    if (result.total === 0) message += ". " + text.none;
    else if (result.fuzzy) message += ". " + text.fuzzy;
    else if (result.closeTo.length) message += ". " + text.close.replace("{words}", function () { return result.closeTo.join(", "); });
    status.textContent = message;
    more.hidden = result.results.length >= result.total;
    nearStatus.textContent = nearMessage(state, result);
    nearOff.hidden = !near;
  }

  /* Words as compared: lower case, apostrophes dropped ("don't" is "dont"), anything else not a letter or digit a
   * space, with a space at each end so that a phrase is found only as whole words. */
  function wordsOf(written) {
    return " " + written.toLowerCase().replace(APOSTROPHES, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
  }
  var crisisWords = text.crisis_words.map(wordsOf).filter(function (words) { return words.trim(); });
  /* Words that ask for what is near ("support group near me", "cerca de mí"): no listing says them, so they are not
   * searched for; they open the place box, to sort by distance from a town typed there or from the device's
   * position, which is asked for only when its button is pressed. The longest first ("cerca de mí" before "cerca"). */
  var nearWords = text.near_words.map(function (words) { return words.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean); })
    .filter(function (words) { return words.length; })
    .sort(function (a, b) { return b.join(" ").length - a.join(" ").length; })
    .map(function (words) { return new RegExp("(^|[^\\p{L}\\p{N}])" + words.join("[^\\p{L}\\p{N}]+") + "(?![\\p{L}\\p{N}])", "giu"); });
  function spaced(q) { return (q || "").replace(/\s+/g, " ").trim(); }
  function withoutNear(q) { return spaced(nearWords.reduce(function (rest, words) { return rest.replace(words, "$1 "); }, q || "")); }
  function asksNear(q) { return withoutNear(q) !== spaced(q); }

  function search(state, history) {
    var id = ++latest;
    var typed = wordsOf(state.q || "");
    /* Before anything is looked up, so that it shows even when the search cannot run (offline, say). */
    crisis.hidden = !crisisWords.some(function (words) { return typed.indexOf(words) >= 0; });
    if (history === "push") window.history.pushState(state, "", urlFor(state));
    else if (history === "replace") window.history.replaceState(state, "", urlFor(state));
    if (!run) status.textContent = text.loading;
    var asking = asksNear(state.q) && !near;
    if (asking && !askedNear) nearBox.open = true;  /* once as the words appear: closed again, it stays closed */
    askedNear = asking;
    return start().then(function (go) {
      return go({ q: withoutNear(state.q), filters: state.filters, limit: limit, typing: history === "replace", counts: filters.open, now: Date.now(),
        near: near, spellings: crisis.hidden });
    }).then(function (result) {
      if (id === latest) render(state, result);
    }, function (error) {
      /* A file that would not load (offline, or a deploy under way): plain words and the ways to browse instead;
       * what went wrong goes to the console, for whoever looks after the site. */
      if (id !== latest) return;
      status.textContent = text.failed;
      list.textContent = "";
      more.hidden = true;
      noJs.hidden = true;
      fallback.hidden = false;
      console.error(error);
    });
  }

  input.addEventListener("focus", start);
  filters.addEventListener("toggle", function () { /* the counts beside the filters load when they are opened */
    if (filters.open && run) search(readForm(), null);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    limit = 20;
    timer = setTimeout(function () { search(readForm(), "replace"); }, 120);
  });
  /* The place box: what it holds is the place to sort from; emptied, the sorting stops. */
  function nearFromBox() {
    var typed = nearInput.value.trim();
    if (typed) near = { place: typed };
    else if (near && near.place !== undefined) near = null;
  }

  nearInput.addEventListener("focus", function () { /* the directory's towns and postcodes, as suggestions */
    if (nearList.options.length) return;
    start().then(function (go) { return go({ places: true }); }).then(function (names) {
      if (nearList.options.length) return;
      names.forEach(function (name) {
        var option = document.createElement("option");
        option.value = name;
        nearList.appendChild(option);
      });
    });
  });
  nearMe.addEventListener("click", function () {
    nearStatus.textContent = text.finding;
    navigator.geolocation.getCurrentPosition(function (position) {
      near = { lat: position.coords.latitude, lon: position.coords.longitude };
      nearInput.value = "";
      limit = 20;
      search(readForm(), null);
    }, function (error) {
      nearStatus.textContent = error.code === error.PERMISSION_DENIED ? text.denied : text.unavailable;
      nearInput.focus();
    }, { maximumAge: 300000, timeout: 20000 });
  });
  nearOff.addEventListener("click", function () {
    near = null;
    nearInput.value = "";
    limit = 20;
    search(readForm(), null);
    nearInput.focus();
  });

  form.addEventListener("change", function (event) {
    if (event.target === input) return;
    if (event.target === nearInput) {
      nearFromBox();
      limit = 20;
      search(readForm(), null);
      return;
    }
    limit = 20;
    search(readForm(), "push");
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    nearFromBox();
    limit = 20;
    search(readForm(), "push");
  });
  more.addEventListener("click", function () {
    limit += 20;
    search(readForm(), null);
  });
  window.addEventListener("popstate", function () {
    var state = stateFromUrl();
    writeForm(state);
    search(state, null);
  });

  fallback.hidden = true; /* shown where this script cannot run, or a search could not */
  nearBox.hidden = false;
  nearMe.hidden = !(navigator.geolocation && window.isSecureContext); /* browsers share a position only over https */
  form.classList.add("search-ready");
  var initial = stateFromUrl();
  writeForm(initial);
  if (initial.q || Object.keys(initial.filters).length) search(initial, null);
})();
