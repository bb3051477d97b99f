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

    // Ask before irreversible actions.
    document.querySelectorAll("button.danger").forEach(function (button) {
        var form = button.form;
        if (!form) { return; }
        form.addEventListener("submit", function (event) {
            var message = document.documentElement.lang === "fr" ? "Confirmer cette action ?"
                : document.documentElement.lang === "nl" ? "Deze actie bevestigen?" : "Confirm this action?";
            if (!window.confirm(message)) { event.preventDefault(); }
        });
    });
})();
