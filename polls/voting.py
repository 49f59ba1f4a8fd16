"""Who has voted, what a poll looks like in the visitor's language, and its shared results.

Every function here costs a fixed number of queries per poll, whatever the number of
answers, votes or languages.
"""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from wagtail.models import Locale

from .models import Poll, PollChoice, Vote

VOTER_COOKIE = "zmp_poll_voter"
VOTER_COOKIE_SALT = "polls.voter"
VOTER_COOKIE_MAX_AGE = datetime.timedelta(days=365)


def voter_token(request: HttpRequest) -> str | None:
    """The anonymous visitor's token, if their cookie is there and its signature holds."""
    return request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_COOKIE_SALT) or None


def new_voter_token() -> str:
    return secrets.token_urlsafe(24)


def remember_voter(response: HttpResponse, request: HttpRequest, token: str) -> None:
    response.set_signed_cookie(
        VOTER_COOKIE,
        token,
        salt=VOTER_COOKIE_SALT,
        max_age=VOTER_COOKIE_MAX_AGE,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def voter_filter(request: HttpRequest | None) -> dict | None:
    """Lookup of this visitor's votes: by account when signed in, else by cookie token."""
    if request is None:
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return {"user": user}
    token = voter_token(request)
    return {"voter_token": token} if token else None


def previous_vote(poll_key: UUID, request: HttpRequest | None) -> Vote | None:
    lookup = voter_filter(request)
    if lookup is None:
        return None
    return Vote.objects.filter(poll_key=poll_key, **lookup).first()


@dataclass(frozen=True)
class ChoiceResult:
    key: UUID
    text: str
    votes: int
    percent: int
    is_own: bool = False


@dataclass(frozen=True)
class Results:
    choices: list[ChoiceResult]
    total: int


def count_votes(poll_key: UUID) -> dict[UUID, int]:
    rows = (
        Vote.objects.filter(poll_key=poll_key)
        .values("choice_key")
        .annotate(votes=Count("id"))
        .order_by()
    )
    return {row["choice_key"]: row["votes"] for row in rows}


def percent(part: int, total: int) -> int:
    return round(100 * part / total) if total else 0


def build_results(
    choices: list[PollChoice], counts: dict[UUID, int], own_key: UUID | None = None
) -> Results:
    """Results for ``choices`` (one per translation key, in display order)."""
    total = sum(counts.get(choice.translation_key, 0) for choice in choices)
    return Results(
        choices=[
            ChoiceResult(
                key=choice.translation_key,
                text=choice.text,
                votes=counts.get(choice.translation_key, 0),
                percent=percent(counts.get(choice.translation_key, 0), total),
                is_own=choice.translation_key == own_key,
            )
            for choice in choices
        ],
        total=total,
    )


def choices_for_results(all_choices: list[PollChoice], locale_ids: list[int]) -> list[PollChoice]:
    """One answer per translation key, in the first of ``locale_ids`` that has it.

    An answer added to the source poll but not yet synced into a translation still shows,
    in the source language, so no votes go missing from the results.
    """
    rank: dict[int, int] = {}
    for position, locale_id in enumerate(locale_ids):
        rank.setdefault(locale_id, position)  # the shown and source locales may be the same

    def rank_of(choice: PollChoice) -> int:
        return rank.get(choice.locale_id, len(locale_ids))

    best: dict[UUID, PollChoice] = {}
    for choice in all_choices:
        current = best.get(choice.translation_key)
        if current is None or rank_of(choice) < rank_of(current):
            best[choice.translation_key] = choice
    return sorted(best.values(), key=lambda c: (rank_of(c) > 0, c.sort_order, c.pk))


@dataclass
class PollState:
    """A poll as one visitor sees it: in their language, with their vote and the results."""

    poll: Poll
    source: Poll
    choices: list[PollChoice]
    results: Results
    own_vote: Vote | None = None
    accepting_votes: bool = field(init=False)

    def __post_init__(self) -> None:
        # Opening and closing is decided on the source poll, for every language at once.
        self.accepting_votes = self.source.is_accepting_votes()

    @property
    def has_voted(self) -> bool:
        return self.own_vote is not None

    @property
    def shows_results(self) -> bool:
        return self.has_voted or not self.accepting_votes

    @property
    def anchor(self) -> str:
        return f"poll-{self.poll.translation_key}"


def poll_state(
    poll: Poll, request: HttpRequest | None = None, locale: Locale | None = None
) -> PollState:
    """``poll`` in ``locale`` (default: the active one), falling back to the source language."""
    locale = locale or Locale.get_active()
    default_locale_id = Locale.get_default().pk
    translations = {
        p.locale_id: p for p in Poll.objects.filter(translation_key=poll.translation_key)
    }
    shown = translations.get(locale.pk) or translations.get(default_locale_id) or poll
    source = translations.get(default_locale_id) or shown
    all_choices = list(PollChoice.objects.filter(poll__translation_key=poll.translation_key))
    own_vote = previous_vote(poll.translation_key, request)
    results = build_results(
        choices_for_results(all_choices, [shown.locale_id, source.locale_id]),
        count_votes(poll.translation_key),
        own_key=own_vote.choice_key if own_vote else None,
    )
    return PollState(
        poll=shown,
        source=source,
        choices=[choice for choice in all_choices if choice.poll_id == shown.pk],
        results=results,
        own_vote=own_vote,
    )
