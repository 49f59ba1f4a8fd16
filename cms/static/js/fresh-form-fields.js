// Forms on pages a shared cache (Varnish) serves to every visitor carry no per-visitor
// values. This fills in their CSRF token and one-off fields (the contact form's key) from
// the form's data-fresh-fields URL (/form-tokens/, never cached): when the visitor first
// touches a form, and at the latest when they send it. Readers who never use a form cost
// the server nothing. A module script runs once, however many forms include it.
const forms = document.querySelectorAll("form[data-fresh-fields]");
let pending = null;

function load(url) {
  if (!pending) {
    pending = fetch(url, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json" },
    }).then((response) => {
      if (!response.ok) {
        throw new Error(`${url} answered ${response.status}`);
      }
      return response.json();
    });
    pending.catch(() => {
      pending = null; // try again next time
    });
  }
  return pending;
}

function fill(form, values) {
  for (const input of form.querySelectorAll("input[type=hidden][name]")) {
    if (Object.hasOwn(values, input.name)) {
      input.value = values[input.name];
    }
  }
  form.dataset.freshFilled = "true";
}

for (const form of forms) {
  const url = form.dataset.freshFields;
  const prepare = () => load(url).then((values) => fill(form, values));
  form.addEventListener("focusin", () => prepare().catch(() => {}), { once: true });
  form.addEventListener("submit", (event) => {
    if (form.dataset.freshFilled) {
      return;
    }
    event.preventDefault();
    // Sent even if the values could not be had: the server then says what went wrong.
    prepare()
      .catch(() => {})
      .finally(() => {
        form.dataset.freshFilled = "true";
        form.requestSubmit(event.submitter);
      });
  });
}
