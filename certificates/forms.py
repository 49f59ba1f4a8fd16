from django import forms
from django.utils.translation import gettext_lazy as _

from .codes import normalise


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        help_text=_("12 letters and digits, as printed on the certificate, e.g. 7QK2-M9XD-4HRB."),
        # No length limit of its own: whatever the length, the answer is "not a code".
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self) -> str:
        code = normalise(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _("This is not a certificate code: a code has 12 letters and digits."),
                code="malformed",
            )
        return code


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        help_text=_("Shown to anyone who verifies the certificate."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
    )
