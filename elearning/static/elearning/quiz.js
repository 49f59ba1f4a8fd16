// A quiz attempt: saves the answers on every change and counts down a time limit.
// Without this script nothing is lost either: "Save answers" posts the form, and the server
// keeps the clock.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = document.getElementById("quiz-save-status");
  var pending = null;
  var inFlight = false;
  var again = false;
  var submitting = false;

  function say(text) {
    if (status) status.textContent = text;
  }

  function save() {
    // Once the form is on its way the server has the answers; a late save would only be refused.
    if (submitting) return Promise.resolve();
    if (inFlight) { again = true; return Promise.resolve(); }
    inFlight = true;
    var data = new FormData(form);
    data.delete("action");
    return fetch(form.dataset.autosave, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.status === 409 && body.result) {
          window.location.assign(body.result);
          return;
        }
        if (response.ok) {
          say(form.dataset.saved.replace("{time}", body.saved_at));
        } else {
          say(body.error || form.dataset.notSaved);
        }
      });
    }).catch(function () {
      say(form.dataset.notSaved);
    }).then(function () {
      inFlight = false;
      if (again) { again = false; save(); }
    });
  }

  function later(delay) {
    window.clearTimeout(pending);
    pending = window.setTimeout(save, delay);
  }

  form.addEventListener("submit", function () {
    submitting = true;
    window.clearTimeout(pending);
    pending = null;
  });
  form.addEventListener("change", function () { later(200); });
  form.addEventListener("input", function (event) {
    if (event.target.tagName === "TEXTAREA" || event.target.type === "text") later(1500);
  });
  window.addEventListener("pagehide", function () {
    if (pending) { window.clearTimeout(pending); navigator.sendBeacon && navigator.sendBeacon(form.dataset.autosave, (function () { var d = new FormData(form); d.delete("action"); return d; })()); }
  });

  var timer = document.getElementById("quiz-timer");
  if (!timer) return;
  var clock = document.getElementById("quiz-timer-clock");
  var announce = document.getElementById("quiz-timer-announce");
  var endsAt = Date.now() + Number(timer.dataset.secondsLeft) * 1000;
  // Screen readers hear the time at these minutes, not every second.
  var milestones = [30, 15, 10, 5, 2, 1];
  var spoken = {};

  function show(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    var mm = (h ? String(m).padStart(2, "0") : String(m));
    clock.textContent = (h ? h + ":" : "") + mm + ":" + String(s).padStart(2, "0");
  }

  function tick() {
    var seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    show(seconds);
    var minutes = Math.ceil(seconds / 60);
    milestones.forEach(function (mark) {
      if (seconds <= mark * 60 && seconds > (mark * 60) - 5 && !spoken[mark]) {
        spoken[mark] = true;
        announce.textContent = mark === 1 ? announce.dataset.minuteLeft : announce.dataset.minutesLeft.replace("{minutes}", String(minutes));
      }
    });
    if (seconds === 0) {
      window.clearInterval(interval);
      announce.textContent = announce.dataset.timeUp;
      var button = document.createElement("input");
      button.type = "hidden";
      button.name = "action";
      button.value = "time-up";
      form.appendChild(button);
      form.submit();
    }
  }
  var interval = window.setInterval(tick, 1000);
  tick();
})();
