// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
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

    // Autosave (interview capture, surveys): each field goes to the server as soon as it changes,
    // so a closed laptop loses at most the text being typed. Without JavaScript the buttons save.
    // One save at a time per question: a change made while one is on its way is sent after it, with
    // the latest value. No connection, a server error (5xx, 429) or an answer that is not JSON is
    // tried again after growing pauses; an answer still not saved is said in its card and listed in
    // an alert above the buttons (in the page's language), and leaving the page asks first.
    var retryDelays = [500, 1500, 4000];
    document.querySelectorAll("form[data-autosave]").forEach(function (form) {
        var url = form.getAttribute("data-autosave");
        var tokenInput = form.querySelector("input[name='__RequestVerificationToken']");
        var timers = {};
        var questions = {};
        var submitting = false;
        var alertBox = document.createElement("div");
        alertBox.className = "error-summary autosave-alert";
        alertBox.setAttribute("role", "alert");
        alertBox.setAttribute("data-testid", "autosave-alert");
        alertBox.hidden = true;
        var actions = form.querySelector(".sticky-actions");
        if (actions) { actions.insertBefore(alertBox, actions.firstChild); } else { form.appendChild(alertBox); }
        function text(name, fallback) { return form.getAttribute(name) || fallback; }
        function labelOf(card) {
            var legend = card.querySelector("legend");
            var id = card.querySelector(".question-id");
            var words = legend ? legend.textContent.replace(id ? id.textContent : "", "").trim() : "";
            if (words.length > 90) { words = words.slice(0, 88) + "…"; }
            return (id ? id.textContent + " · " : "") + words;
        }
        function showUnsaved() {
            var keys = Object.keys(questions).filter(function (k) { return questions[k].failed; });
            alertBox.hidden = keys.length === 0;
            if (!keys.length) { alertBox.replaceChildren(); return; }
            var title = document.createElement("p");
            title.className = "autosave-title";
            title.textContent = text("data-unsaved", "Not saved:");
            var list = document.createElement("ul");
            keys.forEach(function (k) {
                var item = document.createElement("li");
                var link = document.createElement("a");
                link.href = "#question-" + k;
                link.textContent = questions[k].label + " — " + questions[k].failed;
                item.appendChild(link);
                list.appendChild(item);
            });
            var hint = document.createElement("p");
            hint.textContent = text("data-unsaved-hint", "");
            alertBox.replaceChildren(title, list, hint);
        }
        function setStatus(card, message, isError) {
            var status = card.querySelector(".save-status");
            if (!status) { return; }
            status.classList.toggle("field-error", !!isError);
            status.textContent = message;
        }
        function send(card, q, attempt) {
            q.again = false;
            var data = new FormData();
            var checked = card.querySelector("input[type=radio]:checked");
            var target = card.querySelector("select");
            var evidence = card.querySelector("textarea");
            data.append("QuestionId", card.getAttribute("data-question"));
            data.append("Level", checked ? checked.value : "");
            data.append("Target", target ? target.value : "");
            data.append("Evidence", evidence ? evidence.value : "");
            if (tokenInput) { data.append("__RequestVerificationToken", tokenInput.value); }
            if (attempt === 0) { setStatus(card, text("data-saving", "…"), false); }
            fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "application/json" } })
                .then(function (r) {
                    var json = (r.headers.get("Content-Type") || "").indexOf("application/json") !== -1;
                    var transient = r.status >= 500 || r.status === 429 || r.status === 408 || !json;
                    return (json ? r.json() : Promise.resolve({})).then(function (body) {
                        return { ok: r.ok && json, retry: transient, error: body && body.error };
                    }, function () { return { ok: false, retry: true }; });
                }, function () { return { ok: false, retry: true, offline: true }; })
                .then(function (res) {
                    if (res.ok) {
                        q.failed = null;
                        setStatus(card, text("data-saved", "✓"), false);
                    } else if (res.retry && !q.again && attempt < retryDelays.length) {
                        setStatus(card, text("data-retrying", "…"), false);
                        var pause = retryDelays[attempt] * (0.75 + Math.random() / 2);
                        setTimeout(function () { send(card, q, attempt + 1); }, pause);
                        return;
                    } else if (!q.again) {
                        q.failed = res.offline ? text("data-offline", "!") : (res.error || text("data-offline", "!"));
                        setStatus(card, q.failed, true);
                    }
                    showUnsaved();
                    if (q.again) { send(card, q, 0); } else { q.busy = false; }
                });
        }
        function save(card) {
            var key = card.getAttribute("data-question");
            var q = questions[key] || (questions[key] = { card: card, busy: false, again: false, failed: null, label: labelOf(card) });
            if (q.busy) { q.again = true; return; }
            q.busy = true;
            send(card, q, 0);
        }
        form.addEventListener("change", function (event) {
            var card = event.target.closest("[data-question]");
            if (card && event.target.tagName !== "TEXTAREA") { save(card); }
        });
        form.addEventListener("input", function (event) {
            var card = event.target.closest("[data-question]");
            if (!card || event.target.tagName !== "TEXTAREA") { return; }
            var key = card.getAttribute("data-question");
            clearTimeout(timers[key]);
            timers[key] = setTimeout(function () { save(card); }, 800);
        });
        form.addEventListener("submit", function () { submitting = true; });
        window.addEventListener("online", function () {
            Object.keys(questions).forEach(function (k) {
                if (questions[k].failed) { save(questions[k].card); }
            });
        });
        window.addEventListener("beforeunload", function (event) {
            var pending = Object.keys(questions).some(function (k) { return questions[k].busy || questions[k].failed; });
            if (pending && !submitting) { event.preventDefault(); event.returnValue = ""; }
        });
    });

    // Upload progress for large files: the form is sent by XMLHttpRequest so the bar can follow
    // the bytes; the server's answer (the preview or an error page) then replaces this page.
    document.querySelectorAll("form[data-progress]").forEach(function (form) {
        var bar = form.querySelector("progress");
        var label = form.querySelector(".progress-label");
        form.addEventListener("submit", function (event) {
            var file = form.querySelector("input[type=file]");
            if (!bar || !window.XMLHttpRequest || !file || !file.files.length) { return; }
            event.preventDefault();
            var xhr = new XMLHttpRequest();
            xhr.open("POST", form.action || window.location.href);
            bar.hidden = false;
            if (label) { label.hidden = false; }
            xhr.upload.addEventListener("progress", function (e) {
                if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
                if (label) { label.textContent = (form.getAttribute("data-uploading") || "") + " " + bar.value + " %"; }
            });
            xhr.upload.addEventListener("load", function () {
                bar.removeAttribute("value");
                if (label) { label.textContent = form.getAttribute("data-checking") || ""; }
            });
            xhr.addEventListener("load", function () {
                if (xhr.responseURL) { window.history.replaceState(null, "", xhr.responseURL); }
                document.open();
                document.write(xhr.responseText);
                document.close();
            });
            xhr.addEventListener("error", function () { form.submit(); });
            xhr.send(new FormData(form, event.submitter));
        });
    });
    // Show & Tell presentation: the slides are links; arrow keys, Page Up/Down and space follow them.
    var slideNav = document.querySelector("[data-slide-nav]");
    if (slideNav) {
        document.addEventListener("keydown", function (event) {
            var key = { ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "prev", PageUp: "prev" }[event.key];
            var link = key && slideNav.querySelector("a[rel='" + key + "']");
            if (link) { event.preventDefault(); window.location.href = link.href; }
        });
    }
    // Workshop presenter: arrow keys, Page Up/Down and space move between slides; F goes full
    // screen; votes, participants and comments refresh every two seconds without a page reload.
    var presenter = document.querySelector("[data-testid='presenter']");
    if (presenter) {
        document.addEventListener("keydown", function (event) {
            if (event.target.closest && event.target.closest("input, textarea, select")) { return; }
            var key = { ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "prev", PageUp: "prev" }[event.key];
            if (key) {
                var button = presenter.querySelector("button[data-key='" + key + "']");
                if (button && !button.disabled) { event.preventDefault(); button.form.submit(); }
            } else if (event.key === "f" || event.key === "F") {
                toggleFullscreen();
            }
        });
        function toggleFullscreen() {
            if (document.fullscreenElement) { document.exitFullscreen(); } else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
        }
        var fs = presenter.querySelector("[data-fullscreen]");
        if (fs) { fs.addEventListener("click", toggleFullscreen); }
        var liveUrl = presenter.getAttribute("data-live-url");
        function refresh() {
            fetch(liveUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (state) {
                    if (!state) { return; }
                    setText("[data-live='participants']", state.participants);
                    setText("[data-live='ballots']", state.ballots);
                    setWord("participants", state.participants);
                    setWord("ballots", state.ballots);
                    var max = 1;
                    Object.keys(state.votes).forEach(function (k) { max = Math.max(max, state.votes[k]); });
                    presenter.querySelectorAll("[data-live-theme]").forEach(function (cell) {
                        var n = state.votes[cell.getAttribute("data-live-theme")] || 0;
                        cell.textContent = n;
                        var bar = presenter.querySelector("[data-live-bar='" + cell.getAttribute("data-live-theme") + "'] .bar-fill");
                        if (bar) { bar.setAttribute("width", String(100 * n / max)); }
                    });
                    var list = presenter.querySelector("[data-live='comments']");
                    if (list && String(state.slide) === presenter.getAttribute("data-slide")) {
                        var items = state.comments.map(function (c) {
                            var li = document.createElement("li");
                            li.textContent = c.text;
                            // A comment keeps the language it was written in (WCAG 3.1.2).
                            if (c.language && c.language !== document.documentElement.lang) { li.lang = c.language; }
                            return li;
                        });
                        if (list.children.length !== items.length) { list.replaceChildren.apply(list, items); }
                    }
                })
                .catch(function () { /* the next tick tries again */ });
        }
        function setText(selector, value) {
            var el = presenter.querySelector(selector);
            if (el) { el.textContent = value; }
        }
        // "1 personne connectée", "0 bulletin", "2 bulletins": the page language's plural rule (French: 0 and 1 are singular).
        var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;
        function setWord(name, n) {
            var el = presenter.querySelector("[data-live-word='" + name + "']");
            if (!el) { return; }
            var one = plurals ? plurals.select(n) === "one" : n === 1;
            el.textContent = el.getAttribute(one ? "data-one" : "data-other");
        }
        window.setInterval(refresh, 2000);
    }

    // Workshop participant: follow the facilitator. The page reloads on a new slide unless the
    // participant is typing; then a notice offers the new slide instead of losing their text.
    var participant = document.querySelector("[data-testid='participant']");
    if (participant) {
        var stateUrl = participant.getAttribute("data-state-url");
        var dirty = false;
        participant.querySelectorAll("input, textarea").forEach(function (el) {
            el.addEventListener("input", function () { dirty = true; });
        });
        window.setInterval(function () {
            fetch(stateUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (state) {
                    if (!state) { return; }
                    var changed = String(state.slide) !== participant.getAttribute("data-slide")
                        || (state.votingOpen ? "open" : "closed") !== participant.getAttribute("data-voting")
                        || state.status !== participant.getAttribute("data-status");
                    if (!changed) { return; }
                    if (dirty) {
                        var notice = participant.querySelector("[data-live-notice]");
                        if (notice) { notice.hidden = false; }
                    } else {
                        // A fresh GET: reloading the answer to a POST would send the form again.
                        window.location.replace(stateUrl.replace(/\?.*$/, ""));
                    }
                })
                .catch(function () { /* try again on the next tick */ });
        }, 3000);
    }
    // Auto-schedule keeps improving in the background: reload when a better proposal is written.
    // Without JavaScript the page offers a link to show the latest proposal.
    document.querySelectorAll("[data-poll-url]").forEach(function (section) {
        var url = section.getAttribute("data-poll-url");
        var version = section.getAttribute("data-poll-version");
        if (!url) { return; }
        var timer = setInterval(function () {
            fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (s) {
                    if (!s) { return; }
                    if (s.version !== version || s.state !== "Running") { clearInterval(timer); window.location.reload(); }
                })
                .catch(function () { clearInterval(timer); });
        }, 1500);
    });
})();
