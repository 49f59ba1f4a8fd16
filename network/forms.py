"""The advisor's profile form: territory from the TERYT data, topics from the training blocks,
and one contact channel checked according to its kind."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext_lazy as _

from . import territory
from . import topics as training_blocks
from .choices import ContactKind
from .models import AdvisorProfile

# Digits with the separators people write (spaces, dashes, dots, brackets), an optional "+".
PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
PHONE_DIGITS = (9, 15)  # a Polish number has 9; with a country code, up to E.164's 15


def municipality_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """Municipalities grouped by county, for a select with one group per county."""
    return [
        (str(county.name), territory.municipality_choices(county.code))
        for county in territory.counties()
    ]


def _in_teryt_order(codes: list[str]) -> list[str]:
    return sorted(set(codes))


class AdvisorProfileForm(forms.ModelForm):
    counties = forms.MultipleChoiceField(
        label=_("Counties"),
        choices=territory.county_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The whole counties you serve."),
    )
    municipalities = forms.MultipleChoiceField(
        label=_("Municipalities"),
        choices=municipality_groups,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
        help_text=_(
            "Or the municipalities you serve, if not whole counties. Hold Ctrl (⌘ on a Mac) to "
            "choose more than one."
        ),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=training_blocks.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The training blocks you advise on."),
        error_messages={"required": _("Choose at least one topic.")},
    )

    class Meta:
        model = AdvisorProfile
        fields = [
            "display_name",
            "institution",
            "counties",
            "municipalities",
            "topics",
            "contact_kind",
            "contact_value",
            "bio",
        ]
        widgets = {
            "contact_kind": forms.RadioSelect,
            "bio": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"contact_value": _("E-mail address, phone number or website address")}
        help_texts = {
            "institution": _("Where you work, as the public should see it."),
            "bio": _("A few sentences about what you can help with."),
        }

    def clean_display_name(self) -> str:
        return self.cleaned_data["display_name"].strip()

    def clean_institution(self) -> str:
        return self.cleaned_data["institution"].strip()

    def clean_counties(self) -> list[str]:
        return _in_teryt_order(self.cleaned_data["counties"])

    def clean_municipalities(self) -> list[str]:
        return _in_teryt_order(self.cleaned_data["municipalities"])

    def clean(self) -> dict:
        cleaned = super().clean()
        no_territory = not cleaned.get("counties") and not cleaned.get("municipalities")
        if no_territory and not {"counties", "municipalities"} & set(self.errors):
            self.add_error(
                "counties", _("Choose at least one county or municipality that you serve.")
            )
        kind, value = cleaned.get("contact_kind"), (cleaned.get("contact_value") or "").strip()
        if kind and value:
            try:
                cleaned["contact_value"] = clean_contact(kind, value)
            except ValidationError as error:
                self.add_error("contact_value", error)
        return cleaned


def clean_contact(kind: str, value: str) -> str:
    """``value`` checked as a contact of ``kind``; raises ValidationError with what is wrong."""
    if kind == ContactKind.EMAIL:
        try:
            validate_email(value)
        except ValidationError as error:
            raise ValidationError(_("Enter a valid e-mail address.")) from error
        return value
    if kind == ContactKind.PHONE:
        digits = sum(ch.isdigit() for ch in value)
        if not PHONE.match(value) or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
            raise ValidationError(
                _("Enter a phone number of 9 to 15 digits, for example +48 85 123 45 67.")
            )
        return value
    try:
        URLValidator(schemes=["https", "http"])(value)
    except ValidationError as error:
        raise ValidationError(
            _(
                "Enter a full website address starting with https://, for example https://example.org."
            )
        ) from error
    return value


class TakeDownForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("The advisor sees this reason on their profile page."),
    )
