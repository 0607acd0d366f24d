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

  // Edit pages: the passage finder searches as /search does (through /api/passages) and shows results beside the
  // text. A button inserts the whole passage's key where the cursor is; selecting words in a result offers a key
  // quoting them. Without this file the finder's own form opens /passages in a new tab.
  function setUpEditPage(panel) {
    var form = document.getElementById("passage-finder-form");
    var input = document.getElementById("passage-finder-q");
    var boilerplate = document.getElementById("passage-finder-boilerplate");
    var results = panel.querySelector(".passage-results");
    var body = document.getElementById("field-body");
    var timer = null;
    var asked = 0;
    panel.querySelector(".finder-nojs").hidden = true;
    panel.querySelector(".finder-js").hidden = false;

    function insert(key) {
      var start = body.selectionStart, end = body.selectionEnd;
      body.value = body.value.slice(0, start) + key + body.value.slice(end);
      body.focus();
      body.selectionStart = body.selectionEnd = start + key.length;
      body.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function button(label, onClick) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", onClick);
      return b;
    }

    function show(data) {
      results.textContent = "";
      data.passages.forEach(function (p) {
        var item = document.createElement("li");
        item.setAttribute("data-kind", p.kind);
        var head = document.createElement("p");
        head.className = "finder-source";
        var link = document.createElement("a");
        link.href = p.href;
        link.target = "_blank";
        link.rel = "noopener";
        link.textContent = p.source_title + ", " + panel.getAttribute("data-passage-label").replace("{n}", p.number);
        head.appendChild(link);
        var kind = document.createElement("span");
        kind.className = p.boilerplate ? "meta finder-kind boilerplate" : "meta finder-kind";
        kind.textContent = " (" + panel.getAttribute(p.boilerplate ? "data-boilerplate-label" : "data-body-label") + ")";
        head.appendChild(kind);
        var key = document.createElement("code");
        key.textContent = "[" + p.key + "]";
        var actions = document.createElement("p");
        actions.className = "finder-actions";
        actions.appendChild(key);
        actions.appendChild(document.createTextNode(" "));
        actions.appendChild(button(panel.getAttribute("data-insert-label"), function () { insert("[" + p.key + "]"); }));
        var quote = button(panel.getAttribute("data-quote-label"), function () {
          var words = quote.getAttribute("data-words");
          if (words) { insert("[" + p.key + " \"" + words + "\"]"); }
        });
        quote.className = "insert-quote";
        quote.hidden = true;
        actions.appendChild(document.createTextNode(" "));
        actions.appendChild(quote);
        var text = document.createElement("p");
        text.className = "passage-text";
        if (p.language) { text.lang = p.language; }
        text.textContent = p.passage_text;
        item.appendChild(head);
        item.appendChild(text);
        item.appendChild(actions);
        results.appendChild(item);
      });
      if (data.passages.length === 0) {
        var none = document.createElement("li");
        none.textContent = panel.getAttribute("data-none-label");
        results.appendChild(none);
      }
    }

    function search() {
      var q = input.value.trim();
      if (q.length < 2) { results.textContent = ""; return; }
      var ticket = ++asked;
      var url = "/api/passages?q=" + encodeURIComponent(q) + "&boilerplate=" + (boilerplate.checked ? "1" : "0");
      fetch(url, { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) { if (ticket === asked) { show(data); } });
    }

    // Words selected inside one result's text become the quote its "Insert quote" button inserts; the button keeps
    // them, as clicking it may clear the selection.
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
      var node = selection.getRangeAt(0).commonAncestorContainer;
      var element = node.nodeType === 1 ? node : node.parentElement;
      var text = element ? element.closest(".passage-results .passage-text") : null;
      if (!text) { return; }
      var words = selection.toString().replace(/\s+/g, " ").trim().replace(/"/g, "\u201D");
      if (!words) { return; }
      results.querySelectorAll(".insert-quote").forEach(function (b) { b.hidden = true; b.removeAttribute("data-words"); });
      var quote = text.parentNode.querySelector(".insert-quote");
      quote.setAttribute("data-words", words);
      quote.hidden = false;
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      search();
    });
    boilerplate.addEventListener("change", search);
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
