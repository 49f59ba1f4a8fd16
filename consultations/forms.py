"""The advisor's forms: a consultation for the log, an information meeting to propose."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network import territory

from . import services
from .models import MAX_HOURS, Consultation

NO_PERSONAL_DATA = _(
    "Do not write down the client's name or any other personal data: the log keeps only the"
    " kind of client."
)


def municipality_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """Municipalities grouped by county, so the list reads like the map."""
    return [
        (str(county.name), territory.municipality_choices(county.code))
        for county in territory.counties()
    ]


class TerritoryFields(forms.Form):
    """County and municipality as TERYT codes; the municipality must lie in the county."""

    county_code = forms.ChoiceField(label=_("County"))
    municipality_code = forms.ChoiceField(
        label=_("Municipality"),
        help_text=_("Municipalities are listed under their county."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        blank = [("", _("Choose…"))]
        self.fields["county_code"].choices = blank + territory.county_choices()
        self.fields["municipality_code"].choices = blank + municipality_groups()

    def clean(self):
        cleaned_data = super().clean()
        county_code = cleaned_data.get("county_code")
        municipality_code = cleaned_data.get("municipality_code")
        if (
            county_code
            and municipality_code
            and not territory.municipality_in_county(municipality_code, county_code)
        ):
            self.add_error(
                "municipality_code",
                forms.ValidationError(
                    _("%(municipality)s is not in %(county)s. Choose a municipality of the county.")
                    % {
                        "municipality": services.municipality_label(municipality_code),
                        "county": services.county_label(county_code),
                    },
                    code="municipality_outside_county",
                ),
            )
        return cleaned_data


def topic_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("Topic"), help_text=_("The training block the consultation was about.")
    )


class ConsultationForm(TerritoryFields, forms.ModelForm):
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The day of the consultation; not a day still to come."),
    )
    hours = forms.DecimalField(
        label=_("Duration (hours)"),
        min_value=Consultation._meta.get_field("hours").validators[0].limit_value,
        max_value=MAX_HOURS,
        max_digits=4,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"step": "0.25", "inputmode": "decimal"}),
        help_text=_("In quarter hours, from 0.25 to 12: e.g. 1.5 for an hour and a half."),
    )
    topic_key = topic_field()
    client_type = forms.ChoiceField(
        label=_("Client"),
        widget=forms.RadioSelect,
        choices=Consultation._meta.get_field("client_type").choices,
        help_text=NO_PERSONAL_DATA,
    )

    field_order = ["date", "hours", "topic_key", "client_type", "county_code", "municipality_code"]

    class Meta:
        model = Consultation
        fields = ["date", "hours", "topic_key", "client_type", "county_code", "municipality_code"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic_key"].choices = [("", _("Choose…"))] + [
            (topic.key, topic.title) for topic in services.topics()
        ]
        if self.instance.pk:
            self.initial["topic_key"] = str(self.instance.topic_key)

    def clean_date(self) -> datetime.date:
        date = self.cleaned_data["date"]
        if date > services.today():
            raise forms.ValidationError(
                _("The date is in the future. Log a consultation once it has taken place."),
                code="future",
            )
        return date

    def clean_hours(self):
        hours = self.cleaned_data["hours"]
        # The model's validators say it too, but in the field's place and words.
        Consultation._meta.get_field("hours").run_validators(hours)
        return hours


class MeetingForm(TerritoryFields):
    title = forms.CharField(
        label=_("Title"),
        max_length=255,
        help_text=_("As the meeting will be announced, e.g. “Green jobs in your municipality”."),
    )
    start = forms.DateTimeField(
        label=_("Start"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Date and time in Polish time."),
    )
    end = forms.DateTimeField(
        label=_("End"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Optional."),
    )
    venue = forms.CharField(
        label=_("Venue"),
        max_length=255,
        help_text=_("Building, address, room."),
    )
    topic_key = forms.ChoiceField(
        label=_("Topic"), help_text=_("The training block the meeting is about.")
    )
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        help_text=_("What the meeting is about and whom it is for."),
    )

    field_order = [
        "title",
        "start",
        "end",
        "venue",
        "county_code",
        "municipality_code",
        "topic_key",
        "description",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = services.topics()
        self.fields["topic_key"].choices = [("", _("Choose…"))] + [
            (topic.key, topic.title) for topic in self.topics
        ]

    def clean_start(self) -> datetime.datetime:
        start = self.cleaned_data["start"]
        if start <= timezone.now():
            raise forms.ValidationError(
                _("The start has passed. Propose a meeting that is still to come."), code="past"
            )
        return start

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end <= start:
            self.add_error(
                "end", forms.ValidationError(_("The end must be after the start."), code="order")
            )
        return cleaned_data
