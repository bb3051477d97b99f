// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Move focus to an error summary so screen-reader users hear what went wrong.
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }

    // Select the invitation link on focus, ready to copy.
    document.querySelectorAll(".copy-field").forEach(function (input) {
        input.addEventListener("focus", function () { input.select(); });
    });

    // Ask before irreversible actions, naming what is at stake (text from data-confirm).
    // Pages that are themselves a confirmation step carry no data-confirm.
    document.querySelectorAll("button[data-confirm]").forEach(function (button) {
        var form = button.form;
        if (!form) { return; }
        form.addEventListener("submit", function (event) {
            if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
        });
    });
})();
