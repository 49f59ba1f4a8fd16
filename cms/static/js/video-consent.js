// Embedded videos load their player only when the visitor presses play (core/embeds.py).
(function () {
  "use strict";
  document.querySelectorAll("[data-video-consent]:not([data-ready])").forEach(function (box) {
    box.setAttribute("data-ready", "");
    var button = box.querySelector(".video-consent__play");
    var player = box.querySelector("template");
    if (!button || !player) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = player.content.cloneNode(true);
      box.replaceChildren(frame);
      var iframe = box.querySelector("iframe");
      if (iframe) iframe.focus();
    });
  });
})();
