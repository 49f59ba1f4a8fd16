/* Search suggestions as you type: the WAI-ARIA 1.2 combobox pattern with a listbox popup
   (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/) on every input[data-suggest-url].

   Progressive enhancement: without this script the search forms are plain forms. Keys in
   the box: Down and Up move through the suggestions, Enter opens the chosen page (or
   searches, if none is chosen), Escape closes the list, Tab leaves it. */
(function () {
  "use strict";

  var script = document.currentScript;
  var MIN_LENGTH = 2;
  var MAX_LENGTH = 100;
  var DELAY = 150;
  var count = 0;

  function statusText(total) {
    var template = (script && script.getAttribute("data-status")) || "{count}";
    return total ? template.replace("{count}", String(total)) : "";
  }

  function Combobox(input) {
    count += 1;
    var base = input.id || "search-box-" + count;
    this.input = input;
    this.url = input.getAttribute("data-suggest-url");
    this.options = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.sequence = 0;

    var wrapper = document.createElement("span");
    wrapper.className = "search-combobox";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);

    this.listbox = document.createElement("ul");
    this.listbox.id = base + "-suggestions";
    this.listbox.className = "search-suggestions";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.hidden = true;
    var label = input.labels && input.labels[0];
    if (label) {
      label.id = label.id || base + "-label";
      this.listbox.setAttribute("aria-labelledby", label.id);
    }
    wrapper.appendChild(this.listbox);

    this.status = document.createElement("span");
    this.status.className = "visually-hidden";
    this.status.setAttribute("role", "status");
    wrapper.appendChild(this.status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.listbox.id);
    input.setAttribute("autocomplete", "off");

    input.addEventListener("input", this.onInput.bind(this));
    input.addEventListener("keydown", this.onKeydown.bind(this));
    input.addEventListener("blur", this.close.bind(this));
    // Keep the focus in the box while a suggestion is clicked.
    this.listbox.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    this.listbox.addEventListener("click", this.onClick.bind(this));
  }

  Combobox.prototype.onInput = function () {
    var self = this;
    window.clearTimeout(this.timer);
    var value = this.input.value.trim().slice(0, MAX_LENGTH);
    if (value.length < MIN_LENGTH) {
      this.show([]);
      return;
    }
    this.timer = window.setTimeout(function () {
      self.fetch(value);
    }, DELAY);
  };

  Combobox.prototype.fetch = function (value) {
    var self = this;
    var sequence = ++this.sequence;
    if (this.request) {
      this.request.abort();
    }
    this.request = window.AbortController ? new AbortController() : null;
    window
      .fetch(this.url + "?q=" + encodeURIComponent(value), {
        headers: { Accept: "application/json" },
        signal: this.request ? this.request.signal : undefined,
      })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        // An older, slower answer must not replace the answer to what is typed now.
        if (sequence === self.sequence && document.activeElement === self.input) {
          self.show(Array.isArray(data.suggestions) ? data.suggestions : []);
        }
      })
      .catch(function () {
        if (sequence === self.sequence) {
          self.show([]);
        }
      });
  };

  Combobox.prototype.show = function (suggestions) {
    var listbox = this.listbox;
    var base = listbox.id;
    while (listbox.firstChild) {
      listbox.removeChild(listbox.firstChild);
    }
    this.options = suggestions.map(function (suggestion, index) {
      var option = document.createElement("li");
      option.id = base + "-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = String(suggestion.title);
      option.setAttribute("data-url", String(suggestion.url));
      listbox.appendChild(option);
      return option;
    });
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    if (this.options.length) {
      listbox.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
    } else {
      this.close();
    }
    this.status.textContent = statusText(this.options.length);
  };

  Combobox.prototype.close = function () {
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.setActive(-1);
  };

  Combobox.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.setActive = function (index) {
    if (this.active >= 0 && this.options[this.active]) {
      this.options[this.active].setAttribute("aria-selected", "false");
      this.options[this.active].classList.remove("is-active");
    }
    this.active = index;
    if (index < 0 || !this.options[index]) {
      this.input.removeAttribute("aria-activedescendant");
      return;
    }
    var option = this.options[index];
    option.setAttribute("aria-selected", "true");
    option.classList.add("is-active");
    this.input.setAttribute("aria-activedescendant", option.id);
    if (option.scrollIntoView) {
      option.scrollIntoView({ block: "nearest" });
    }
  };

  Combobox.prototype.move = function (step) {
    var total = this.options.length;
    if (!total) {
      return;
    }
    if (!this.isOpen()) {
      this.listbox.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
    }
    var next = this.active < 0 ? (step > 0 ? 0 : total - 1) : (this.active + step + total) % total;
    this.setActive(next);
  };

  Combobox.prototype.go = function (option) {
    var url = option && option.getAttribute("data-url");
    if (url) {
      this.close();
      window.location.assign(url);
    }
  };

  Combobox.prototype.onKeydown = function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        event.preventDefault();
        this.move(1);
        break;
      case "ArrowUp":
      case "Up":
        event.preventDefault();
        this.move(-1);
        break;
      case "Enter":
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.go(this.options[this.active]);
        }
        break;
      case "Escape":
      case "Esc":
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        }
        break;
      case "Tab":
        this.close();
        break;
      default:
        break;
    }
  };

  Combobox.prototype.onClick = function (event) {
    var option = event.target.closest ? event.target.closest('[role="option"]') : null;
    this.go(option);
  };

  if (!window.fetch || !document.querySelectorAll) {
    return;
  }
  var inputs = document.querySelectorAll("input[data-suggest-url]");
  for (var i = 0; i < inputs.length; i += 1) {
    new Combobox(inputs[i]);
  }
})();
