"""Demo content of the contact page: the coordinator's details and the message form.

``to_address`` is left empty on purpose: the demo stores submissions (Forms in the admin)
but mails nobody. An editor sets the office's address on the page to have them emailed.
"""

from __future__ import annotations

from contact.models import ContactPage, FormField
from core.demo.base import Demo, translate_everywhere
from core.demo.builder import stream_value
from core.demo.partnership import CONTACT
from core.demo.text import T
from core.demo.tree import ensure_child_page

# The body's first section repeats the coordinator's details, which the page shows itself.
BODY = CONTACT["body"][2:]

FIELDS = [
    {
        "label": T(pl="Imię i nazwisko", en="Name", es="Nombre y apellidos"),
        "field_type": "singleline",
        "autocomplete": "name",
    },
    {
        "label": T(pl="Adres e-mail", en="Email address", es="Correo electrónico"),
        "help_text": T(
            pl="Na ten adres wyślemy odpowiedź.",
            en="We will send our reply to this address.",
            es="Le enviaremos la respuesta a esta dirección.",
        ),
        "field_type": "email",
        "autocomplete": "email",
    },
    {
        "label": T(pl="Wiadomość", en="Message", es="Mensaje"),
        "field_type": "multiline",
    },
]

# The footer gives foreign readers the number with Poland's country code; so does this page.
PHONE = T(pl=CONTACT["phone"], en=f"+48 {CONTACT['phone']}", es=f"+48 {CONTACT['phone']}")

CONSENT_LABEL = T(
    pl=(
        "Wyrażam zgodę na przetwarzanie moich danych osobowych podanych w formularzu w celu "
        "udzielenia odpowiedzi na wiadomość, zgodnie z informacją o ochronie danych osobowych."
    ),
    en=(
        "I agree to the processing of the personal data I give in this form in order to reply to "
        "my message, as described in the privacy notice."
    ),
    es=(
        "Acepto el tratamiento de los datos personales que facilito en este formulario para "
        "responder a mi mensaje, conforme al aviso de privacidad."
    ),
)

SPEC = {
    **CONTACT,
    "phone": PHONE,
    "body": BODY,
    "fields": FIELDS,
    "consent_label": CONSENT_LABEL,
}


def form_fields() -> list[FormField]:
    return [
        FormField(
            label=field["label"].pl,
            help_text=field["help_text"].pl if "help_text" in field else "",
            field_type=field["field_type"],
            autocomplete=field.get("autocomplete", ""),
            required=True,
        )
        for field in FIELDS
    ]


def load(demo: Demo) -> None:
    """The contact page, last in the menu, linked to the privacy notice."""
    page = ensure_child_page(
        demo.pages["home"],
        ContactPage,
        CONTACT["slug"].pl,
        title=CONTACT["title"].pl,
        intro=CONTACT["intro"].pl,
        coordinator=CONTACT["coordinator"].pl,
        institution=CONTACT["institution"].pl,
        phone=PHONE.pl,
        body=stream_value(BODY, "pl"),
        form_intro=CONTACT["form_intro"].pl,
        privacy_notice=CONTACT["privacy_notice"].pl,
        privacy_page=demo.pages.get("privacy"),
        consent_label=CONSENT_LABEL.pl,
        thank_you_text=CONTACT["thank_you"].pl,
        to_address="",
        form_fields=form_fields(),
    )
    translate_everywhere(page, SPEC, demo.locales)
    demo.pages["contact"] = page
    demo.menu.append(page)
