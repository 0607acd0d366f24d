// Sourcewiki: reading comforts. Every page works without this file (a "go to passage" link renders its fold open).
(function () {
  "use strict";

  // A link to a passage inside a folded run of web-page matter opens the fold, so the passage is in view.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    var opened = false;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) { node.open = true; opened = true; }
    }
    if (opened) { target.scrollIntoView(); }
  }

  // On paper every fold is open: printed source pages show every passage.
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.boilerplate-run:not([open]), details.boilerplate:not([open])").forEach(function (details) {
      details.open = true;
      reopened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (details) { details.open = false; });
    reopened = [];
  });

  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", openTarget);
}());
