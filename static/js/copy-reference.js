// Sourcewiki: a Copy button beside each formatted reference of a cite page. Without this file the references are
// still in read-only text areas, ready to select and copy.
(function () {
  "use strict";

  function setUp(section) {
    var status = section.querySelector(".copy-status");
    section.querySelectorAll(".cite-style textarea").forEach(function (area) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-reference";
      button.textContent = section.getAttribute("data-copy-label");
      button.addEventListener("click", function () {
        function done(ok) {
          if (!ok) { area.focus(); area.select(); }
          status.textContent = status.getAttribute(ok ? "data-copied" : "data-select");
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(area.value).then(function () { done(true); }, function () { done(false); });
        } else {
          done(false);
        }
      });
      area.parentNode.appendChild(button);
    });
  }

  document.querySelectorAll(".cite-references[data-copy-label]").forEach(setUp);
}());
