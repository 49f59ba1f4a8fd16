"""A signed-in voter's votes, for the download of their personal data (accounts).

Anonymous votes are tied only to a random cookie token, never to an account, so they are not
anyone's download. Polls and answers are worded in the source language.
"""

from __future__ import annotations

from wagtail.models import Locale

from accounts.personal_data import Record
from polls.models import Poll, PollChoice, Vote


def votes(user) -> list[Record]:
    rows = list(Vote.objects.filter(user=user).order_by("created"))
    default = Locale.get_default()
    polls = {
        poll.translation_key: poll.question
        for poll in Poll.objects.filter(
            translation_key__in={row.poll_key for row in rows}, locale=default
        )
    }
    choices = {
        choice.translation_key: choice.text
        for choice in PollChoice.objects.filter(
            translation_key__in={row.choice_key for row in rows}, locale=default
        )
    }
    return [
        {
            "poll": polls.get(row.poll_key, str(row.poll_key)),
            "answer": choices.get(row.choice_key, str(row.choice_key)),
            "voted_at": row.created,
        }
        for row in rows
    ]
