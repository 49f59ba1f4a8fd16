"""Who may publish a profile, and publishing, unpublishing and taking one down.

Eligibility is the green-jobs advisor certificate, valid (not revoked), held by an active
account with a first name and a surname. It is checked when the advisor publishes and again
by every public listing (``AdvisorProfile.objects.public()``), so a profile whose holder loses
it disappears from the directory without anyone unpublishing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.issuing import advisor_certificate_of

from .models import AdvisorProfile

ADVISORS_GROUP = "Advisors"  # created by elearning's migration 0002


class Standing(StrEnum):
    """Where an advisor's profile stands, as "My learning" and the profile page tell them."""

    NOT_ELIGIBLE = "not_eligible"
    NO_PROFILE = "no_profile"
    DRAFT = "draft"
    PUBLISHED = "published"
    HIDDEN = "hidden"  # published, but its holder is no longer eligible
    TAKEN_DOWN = "taken_down"


class NotEligible(Exception):
    """Publishing refused; the message says why, to the advisor."""


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reason: str = ""
    needs_name: bool = False  # the one reason the advisor can fix in their account


def is_advisor(user) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and (
        user.groups.filter(name=ADVISORS_GROUP).exists()
    )


def eligibility(user: AbstractBaseUser) -> Eligibility:
    certificate = advisor_certificate_of(user)
    if certificate is None:
        return Eligibility(
            False,
            str(
                _(
                    "You can publish a profile once you hold the green-jobs advisor "
                    "certificate: pass every block of the training."
                )
            ),
        )
    if certificate.is_revoked:
        return Eligibility(
            False,
            str(
                _(
                    "Your green-jobs advisor certificate was revoked, so your profile cannot "
                    "be public."
                )
            ),
        )
    if not (user.first_name.strip() and user.last_name.strip()):
        return Eligibility(
            False,
            str(_("Add your first name and surname to your account before you publish.")),
            needs_name=True,
        )
    return Eligibility(True)


def profile_of(user) -> AdvisorProfile | None:
    return AdvisorProfile.objects.filter(user=user).first()


def standing(user, profile: AdvisorProfile | None) -> Standing:
    allowed = eligibility(user).eligible
    if profile is None:
        return Standing.NO_PROFILE if allowed else Standing.NOT_ELIGIBLE
    if profile.published:
        return Standing.PUBLISHED if allowed else Standing.HIDDEN
    if profile.unpublished_at is not None:
        return Standing.TAKEN_DOWN
    return Standing.DRAFT if allowed else Standing.NOT_ELIGIBLE


def publish(profile: AdvisorProfile) -> None:
    """Makes ``profile`` public; raises NotEligible (with the reason) if its holder may not."""
    allowed = eligibility(profile.user)
    if not allowed.eligible:
        raise NotEligible(allowed.reason)
    profile.published = True
    profile.published_at = timezone.now()
    # The advisor publishing again after a take-down has read the reason and fixed it.
    profile.unpublished_at = None
    profile.unpublished_reason = ""
    profile.unpublished_by = None
    profile.save()


def unpublish(profile: AdvisorProfile) -> None:
    profile.published = False
    profile.save(update_fields=["published", "updated_at"])


def take_down(profile: AdvisorProfile, *, reason: str, by) -> None:
    """Staff unpublish a profile; the advisor sees the reason on their profile page."""
    profile.published = False
    profile.unpublished_at = timezone.now()
    profile.unpublished_reason = reason
    profile.unpublished_by = by
    profile.save()


# Personal data: the holder's download, and erasure ---------------------------------------


def personal_data_records(user) -> list[dict]:
    """The profile as the holder's data download lists it (accounts.personal_data)."""
    return [
        {
            "display_name": profile.display_name,
            "institution": profile.institution,
            "counties": ", ".join(profile.counties),
            "municipalities": ", ".join(profile.municipalities),
            "topics": ", ".join(profile.topics),
            "contact_kind": profile.contact_kind,
            "contact": profile.contact_value,
            "bio": profile.bio,
            "published": profile.published,
            "published_at": profile.published_at,
            "taken_down_at": profile.unpublished_at,
            "reason_for_taking_down": profile.unpublished_reason,
            "created_at": profile.created_at,
            "updated_at": profile.updated_at,
        }
        for profile in AdvisorProfile.objects.filter(user=user)
    ]


def erase_profile(user) -> None:
    """A profile is all personal: erasing its holder's data deletes it."""
    AdvisorProfile.objects.filter(user=user).delete()
