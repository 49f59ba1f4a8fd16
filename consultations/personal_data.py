"""An advisor's consultations and proposed meetings in their data download, and at erasure.

The consultation log is the project's reporting data (hours against the funders' target), so
erasing an advisor's personal data does not delete it: each consultation and proposal is
detached from the person (its advisor set to null). The hours still count in every total,
for nobody; the advisor's account itself is anonymised by accounts.erasure.
"""

from __future__ import annotations

from accounts.personal_data import Record

from . import services
from .models import Consultation, MeetingProposal


def consultations(user) -> list[Record]:
    titles = services.topic_titles()
    return [
        {
            "date": consultation.date,
            "hours": float(consultation.hours),
            "topic": titles.get(str(consultation.topic_key), str(consultation.topic_key)),
            "county": services.county_label(consultation.county_code),
            "municipality": services.municipality_label(consultation.municipality_code),
            "client_type": consultation.client_type,
            "logged_at": consultation.created_at,
            "updated_at": consultation.updated_at,
        }
        for consultation in Consultation.objects.filter(advisor=user).order_by("date", "pk")
    ]


def meeting_proposals(user) -> list[Record]:
    titles = services.topic_titles()
    return [
        {
            "title": proposal.title,
            "start": proposal.start,
            "topic": titles.get(str(proposal.topic_key), str(proposal.topic_key)),
            "county": services.county_label(proposal.county_code),
            "municipality": services.municipality_label(proposal.municipality_code),
            "proposed_at": proposal.proposed_at,
            "event_page_id": proposal.page_id,
        }
        for proposal in MeetingProposal.objects.filter(advisor=user).order_by("proposed_at")
    ]


def detach(user) -> None:
    """The user's consultations and proposals stay, for nobody: the totals still add up."""
    Consultation.objects.filter(advisor=user).update(advisor=None)
    MeetingProposal.objects.filter(advisor=user).update(advisor=None)
