from django import forms
from django.utils.translation import gettext_lazy as _

from . import credentials, keys
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


class CredentialUploadForm(forms.Form):
    """A credential file, checked against the site's published keys (certificates.credentials)."""

    credential = forms.FileField(
        label=_("Digital credential file"),
        help_text=_("The .jwt file downloaded with the certificate, at most 64 KB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".jwt,application/vc+jwt,text/plain"}),
    )

    def clean_credential(self) -> credentials.CheckedCredential:
        upload = self.cleaned_data["credential"]
        if upload.size > credentials.MAX_SIZE:
            raise forms.ValidationError(
                _("This file is too large to be a credential of this site (at most 64 KB)."),
                code="too_large",
            )
        try:
            return credentials.check(upload.read(credentials.MAX_SIZE + 1), keys.site_key_set())
        except credentials.NotACredential as error:
            raise forms.ValidationError(
                _("This file is not a digital credential: choose the .jwt file of a certificate."),
                code="not_a_credential",
            ) from error
        except credentials.BadSignature as error:
            raise forms.ValidationError(
                _(
                    "The signature does not check: this file was altered, or it was not "
                    "issued by this site."
                ),
                code="bad_signature",
            ) from error
