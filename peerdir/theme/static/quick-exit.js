/* Quick exit, after GOV.UK's "Exit this page": the button (a plain link, so it works without JavaScript)
 * blanks the page at once and replaces it with a neutral site; pressing Shift three times on its own within
 * five seconds does the same. Shift held for a capital letter does not count, so typing never exits. */
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) return;
  var status = document.getElementById("quick-exit-status");
  var presses = [];
  var alone = false;
  var clearing = null;

  function exit(event) {
    if (event) event.preventDefault();
    var overlay = document.createElement("div");
    overlay.className = "quick-exit-overlay";
    document.body.appendChild(overlay);
    document.title = "";
    window.location.replace(button.href);
  }

  button.addEventListener("click", exit);
  /* It is announced as a button, so Space presses it as Enter does (a link alone answers only Enter). */
  button.addEventListener("keydown", function (event) {
    if (event.key === " " || event.key === "Spacebar") exit(event);
  });
  document.addEventListener("keydown", function (event) {
    alone = event.key === "Shift" && !event.repeat;
  });
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !alone) return;
    alone = false;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) return exit();
    var left = 3 - presses.length;
    status.textContent = (left === 1 ? button.getAttribute("data-press-one-more") : button.getAttribute("data-press-more")).replace("{n}", left);
    clearTimeout(clearing);
    clearing = setTimeout(function () { status.textContent = ""; presses = []; }, 5000);
  });
})();
