"""Information meetings proposed by advisors, which become event pages through moderation.

An advisor does not publish: a proposal makes a draft ``outreach.EventPage`` under the event
index of the default (source) language, owned by the advisor, and starts the page's Wagtail
workflow on it, so an editor finds it under "Awaiting your review" and approves it (which
publishes it, with its .ics file) or asks for changes. Where no workflow applies to the event
index, nothing is created: a meeting is never published without review.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, WorkflowState

from network import territory
from outreach.models import EventIndexPage, EventPage

from .models import MeetingProposal


class ProposalRefused(Exception):
    """The meeting cannot be proposed now; the message says why, for the advisor."""


@dataclass(frozen=True)
class Meeting:
    """What an advisor proposes, checked by the form."""

    title: str
    start: datetime.datetime
    end: datetime.datetime | None
    venue: str
    county_code: str
    municipality_code: str
    topic_key: str
    topic_title: str  # in the default language, for the page
    description: str


def event_index() -> EventIndexPage | None:
    """The event index of the default language, where proposals go to be translated from."""
    return EventIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()


def refusal() -> str | None:
    """Why a meeting cannot be proposed now, for the advisor; None when it can.

    It can when there is an event index with an active workflow over it, so that an editor
    reviews what is proposed.
    """
    index = event_index()
    if index is None:
        return _("Meetings cannot be proposed yet: the site has no page of information meetings.")
    workflow = index.get_workflow()
    if workflow is None or not workflow.active:
        return _(
            "Meetings cannot be proposed now: no editor would review them. Please tell the"
            " office's staff."
        )
    return None


def _body(meeting: Meeting) -> list[tuple[str, str]]:
    # The page has no field for the block; the source language says it in the body, which
    # editors translate with the rest of the page.
    with translation.override(Locale.get_default().language_code):
        line = _("Training block: %(title)s") % {"title": meeting.topic_title}
    return [("paragraph", f"<p>{escape(line)}</p>")]


def propose(advisor, meeting: Meeting) -> MeetingProposal:
    """A draft event page for ``meeting``, in moderation; refused without an index or workflow."""
    reason = refusal()
    if reason is not None:
        raise ProposalRefused(reason)
    index = event_index()
    workflow = index.get_workflow()
    county = territory.county(meeting.county_code)
    municipality = territory.municipality(meeting.municipality_code)
    with transaction.atomic():
        page = EventPage(
            title=meeting.title,
            slug=find_available_slug(index, slugify(meeting.title)[:200] or "spotkanie"),
            start=meeting.start,
            end=meeting.end,
            venue=meeting.venue,
            municipality=municipality.name,
            county=county.slug,
            description=meeting.description,
            body=_body(meeting),
            live=False,
            owner=advisor,
            locale=index.locale,
        )
        index.add_child(instance=page)
        page.save_revision(user=advisor, log_action=True)
        workflow.start(page, advisor)
        return MeetingProposal.objects.create(
            advisor=advisor,
            page=page,
            title=meeting.title,
            start=meeting.start,
            topic_key=meeting.topic_key,
            county_code=meeting.county_code,
            municipality_code=meeting.municipality_code,
        )


class State(enum.Enum):
    AWAITING_REVIEW = "awaiting_review"
    PUBLISHED = "published"
    CHANGES_REQUESTED = "changes_requested"
    CANCELLED = "cancelled"
    DRAFT = "draft"  # approved workflow without publishing, or unpublished later
    REMOVED = "removed"  # the page was deleted


STATE_LABELS = {
    State.AWAITING_REVIEW: gettext_lazy("awaiting an editor's review"),
    State.PUBLISHED: gettext_lazy("published"),
    State.CHANGES_REQUESTED: gettext_lazy("changes requested or rejected"),
    State.CANCELLED: gettext_lazy("cancelled"),
    State.DRAFT: gettext_lazy("not published (draft)"),
    State.REMOVED: gettext_lazy("removed by the editors"),
}


@dataclass(frozen=True)
class ProposalState:
    proposal: MeetingProposal
    state: State
    page: Page | None
    comment: str = ""

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self.state])


def _last_workflow_states(page_ids: list[int]) -> dict[int, WorkflowState]:
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
    ).order_by("created_at", "pk")
    return {int(state.object_id): state for state in states}


def _comment(workflow_state: WorkflowState) -> str:
    task_state = workflow_state.task_states.order_by("-started_at", "-pk").first()
    return (task_state.comment or "") if task_state else ""


def states_of(advisor) -> list[ProposalState]:
    """The advisor's proposals, newest first, each with where its page stands."""
    proposals = list(MeetingProposal.objects.filter(advisor=advisor).select_related("page"))
    workflows = _last_workflow_states([p.page_id for p in proposals if p.page_id])
    result = []
    for proposal in proposals:
        page = proposal.page
        if page is None:
            result.append(ProposalState(proposal, State.REMOVED, None))
            continue
        workflow_state = workflows.get(page.pk)
        if page.live:
            state = State.PUBLISHED
        elif workflow_state is None:
            state = State.DRAFT
        else:
            state = {
                WorkflowState.STATUS_IN_PROGRESS: State.AWAITING_REVIEW,
                WorkflowState.STATUS_NEEDS_CHANGES: State.CHANGES_REQUESTED,
                WorkflowState.STATUS_CANCELLED: State.CANCELLED,
            }.get(workflow_state.status, State.DRAFT)
        comment = _comment(workflow_state) if state is State.CHANGES_REQUESTED else ""
        result.append(ProposalState(proposal, state, page, comment))
    return result
