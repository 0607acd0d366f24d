// Sourcewiki: a changed form warns before the page is left (a header link, a title suggestion, closing the tab).
// Every form works without this file; it only keeps typed text from being thrown away by a stray click.
(function () {
  "use strict";

  function snapshot(form) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.type === "hidden" || element.type === "submit") { return; }
      values.push(element.name + "=" + (element.type === "radio" || element.type === "checkbox"
        ? element.checked : element.value));
    });
    return values.join("\u0000");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var forms = document.querySelectorAll("form[data-warn-unsaved]");
    if (!forms.length) { return; }
    var submitting = false;
    var initial = [];
    forms.forEach(function (form, i) {
      initial[i] = snapshot(form);
      form.addEventListener("submit", function () { submitting = true; });
    });
    // A form shown again after a refused save holds text that is not saved yet: it counts as changed.
    var refused = document.querySelector(".form-errors[role=alert]") !== null;
    window.addEventListener("beforeunload", function (event) {
      if (submitting) { return; }
      var changed = refused;
      forms.forEach(function (form, i) { changed = changed || snapshot(form) !== initial[i]; });
      if (changed) {
        event.preventDefault();
        event.returnValue = forms[0].getAttribute("data-warn-message") || "";
        return event.returnValue;
      }
    });
  });
})();
