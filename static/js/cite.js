// Sourcewiki: small comforts for citing. Every page works without this file: citation keys are visible text.
(function () {
  "use strict";

  function copy(text, status) {
    function done(ok) {
      if (status) { status.textContent = ok ? status.getAttribute("data-copied") : status.getAttribute("data-select"); }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  }

  // A long source is shown a page of passages at a time: a bare /sources/{slug}#p39000 (an old link, a typed
  // address) names a passage of another page, which only the browser knows, so it goes there.
  function landOnPassage(passages) {
    var match = /^#p(\d{1,9})$/.exec(window.location.hash);
    if (!match || document.getElementById("p" + match[1])) { return; }
    var number = parseInt(match[1], 10);
    var perPage = parseInt(passages.getAttribute("data-per-page"), 10);
    if (!perPage) { return; }
    var page = Math.floor((number - 1) / perPage) + 1;
    var params = new URLSearchParams(window.location.search);
    if (params.get("page") === String(page)) { return; }
    params.set("page", String(page));
    window.location.replace(window.location.pathname + "?" + params.toString() + window.location.hash);
  }

  // Source pages: a button per passage copies its key; selecting words offers a key with the exact quote.
  function setUpSourcePage(passages) {
    landOnPassage(passages);
    var slug = passages.getAttribute("data-source");
    var box = document.getElementById("selection-key");
    var output = box ? box.querySelector("output") : null;
    var status = box ? box.querySelector(".copy-status") : null;

    passages.querySelectorAll(".passage").forEach(function (passage) {
      var key = passage.querySelector(".citation-key code");
      if (!key) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-key";
      button.textContent = passages.getAttribute("data-copy-label");
      button.addEventListener("click", function () { copy(key.textContent, status); });
      key.parentNode.appendChild(button);
    });

    if (!box) { return; }
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
      var node = selection.getRangeAt(0).commonAncestorContainer;
      var element = node.nodeType === 1 ? node : node.parentElement;
      var text = element ? element.closest(".passage-text") : null;
      var passage = text ? text.closest(".passage") : null;
      if (!passage) { return; }
      var words = selection.toString().replace(/\s+/g, " ").trim().replace(/"/g, "\u201D");
      if (!words) { return; }
      output.value = "[@" + slug + "#p" + passage.getAttribute("data-number") + " \"" + words + "\"]";
      box.hidden = false;
    });
    box.querySelector("button").addEventListener("click", function () { copy(output.value, status); });
  }

  // Edit pages: find passages by words and insert their key where the cursor is.
  function setUpEditPage(panel) {
    var input = panel.querySelector("input[type=search]");
    var results = panel.querySelector(".passage-results");
    var body = document.getElementById("field-body");
    panel.hidden = false;
    var timer = null;

    function insert(key) {
      var start = body.selectionStart, end = body.selectionEnd;
      body.value = body.value.slice(0, start) + key + body.value.slice(end);
      body.focus();
      body.selectionStart = body.selectionEnd = start + key.length;
    }

    function search() {
      var q = input.value.trim();
      if (q.length < 2) { results.textContent = ""; return; }
      fetch("/api/passages?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          results.textContent = "";
          data.passages.forEach(function (p) {
            var item = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = panel.getAttribute("data-insert-label");
            button.addEventListener("click", function () { insert("[" + p.key + "]"); });
            var text = document.createElement("span");
            text.textContent = " " + p.key + " — " + p.text;
            item.appendChild(button);
            item.appendChild(text);
            results.appendChild(item);
          });
          if (data.passages.length === 0) {
            var none = document.createElement("li");
            none.textContent = panel.getAttribute("data-none-label");
            results.appendChild(none);
          }
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var passages = document.querySelector(".passages[data-source]");
    if (passages) { setUpSourcePage(passages); }
    var panel = document.getElementById("passage-finder");
    if (panel && document.getElementById("field-body")) { setUpEditPage(panel); }
  });
}());
