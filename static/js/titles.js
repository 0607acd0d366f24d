// Sourcewiki: page-title suggestions while typing, for the header search box and for wiki links in the editor.
// Without this file the search box still searches and [[links]] are typed by hand.
(function () {
  "use strict";

  function suggest(input, list, onTitles) {
    var timer = null;
    var last = "";
    input.addEventListener("input", function (event) {
      var value = input.value.trim();
      // Choosing a suggestion from the list fires "input" with the whole title: go straight to the page.
      var chosen = Array.prototype.find.call(list.options, function (o) { return o.value === input.value; });
      if (chosen && (!event.inputType || event.inputType === "insertReplacementText")) {
        onTitles.chosen(chosen);
        return;
      }
      clearTimeout(timer);
      if (value.length < 2 || value === last) { return; }
      timer = setTimeout(function () {
        last = value;
        fetch("/api/titles?q=" + encodeURIComponent(value), { headers: { "Accept": "application/json" } })
          .then(function (response) { return response.json(); })
          .then(function (data) {
            list.textContent = "";
            data.titles.forEach(function (t) {
              var option = document.createElement("option");
              option.value = t.title;
              option.setAttribute("data-slug", t.slug);
              list.appendChild(option);
            });
          });
      }, 150);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var search = document.getElementById("site-search-q");
    var searchList = document.getElementById("title-suggestions");
    if (search && searchList) {
      suggest(search, searchList, { chosen: function (option) {
        window.location.href = "/wiki/" + encodeURIComponent(option.getAttribute("data-slug"));
      } });
    }
    var linker = document.getElementById("wiki-link-helper");
    var body = document.getElementById("field-body");
    if (linker && body) {
      linker.hidden = false;
      var input = document.getElementById("wiki-link-title");
      var list = document.getElementById("wiki-link-suggestions");
      function insert() {
        var title = input.value.trim();
        if (!title) { return; }
        var text = "[[" + title + "]]";
        var start = body.selectionStart, end = body.selectionEnd;
        body.value = body.value.slice(0, start) + text + body.value.slice(end);
        body.focus();
        body.selectionStart = body.selectionEnd = start + text.length;
        input.value = "";
      }
      suggest(input, list, { chosen: function () {} });
      linker.querySelector("button").addEventListener("click", insert);
    }
  });
}());
