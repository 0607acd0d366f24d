// Sourcewiki: the edit form shows only the facts of the chosen kind of page. Without this file every set of facts
// is shown, each labelled with the kind it belongs to; hidden ones are still sent, so nothing typed is lost.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var kinds = document.querySelectorAll("#field-kind input[name=kind]");
    var sets = document.querySelectorAll(".kind-fields[data-kind]");
    if (!kinds.length || !sets.length) { return; }

    function chosen() {
      var value = null;
      kinds.forEach(function (radio) { if (radio.checked) { value = radio.value; } });
      return value;
    }

    function update() {
      var kind = chosen();
      sets.forEach(function (set) { set.hidden = set.getAttribute("data-kind") !== kind; });
    }

    kinds.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  });
})();
