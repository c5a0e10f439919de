// 案卷评查工作台: small conveniences only; every page works without this file.
(function () {
  "use strict";
  // Filters on the list apply on click.
  document.querySelectorAll("[data-autosubmit]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });
  // A form shown again with an error: bring it into view and focus its first empty field.
  var err = document.querySelector(".form-error");
  if (err) {
    var form = err.closest("form");
    err.scrollIntoView({ block: "center" });
    if (form) {
      var field = form.querySelector("input[name=reason]") || form.querySelector("select");
      if (field) { field.focus(); }
    }
  }
  // The highlighted box on a page image: scroll it into view.
  var hl = document.querySelector(".sheet .hl");
  var img = document.getElementById("page-image");
  if (hl && img) {
    var show = function () { hl.scrollIntoView({ block: "center" }); };
    if (img.complete) { show(); } else { img.addEventListener("load", show); }
  }
  // The reviewer's name typed in one place fills the other decision forms of the page.
  var named = document.querySelectorAll("input[type=text][data-reviewer]");
  named.forEach(function (input) {
    input.addEventListener("input", function () {
      named.forEach(function (other) { if (other !== input) { other.value = input.value; } });
    });
  });
})();
