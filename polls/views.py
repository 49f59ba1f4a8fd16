"""The vote: one POST from the poll's form, answered by a redirect back to the page."""

from __future__ import annotations

import math

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_protect

from accounts.throttling import RateLimit, retry_after

from .models import Poll, PollChoice, Vote
from .voting import new_voter_token, poll_state, remember_voter, voter_token

# Votes without the voter cookie, counted per address (ZMP_RATE_LIMITS says how many).
WITHOUT_COOKIE_LIMIT = RateLimit("poll_votes_without_cookie")


class VoteForm(forms.Form):
    poll = forms.IntegerField(
        error_messages={
            "required": _("The vote did not say which poll it was for."),
            "invalid": _("The vote did not say which poll it was for."),
        }
    )
    choice = forms.IntegerField(
        error_messages={
            "required": _("Please choose an answer before voting."),
            "invalid": _("That is not one of the poll's answers."),
        }
    )
    next = forms.CharField(required=False)


def safe_next_url(request: HttpRequest, url: str) -> str:
    """Where to send the visitor back: the page they voted on, if it is on this site."""
    url = url.split("#", 1)[0]
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return f"/{get_language()}/"


def refuse(
    request: HttpRequest, status: int, message: str, back_url: str, state=None
) -> HttpResponse:
    return render(
        request,
        "polls/vote_refused.html",
        {"message": message, "back_url": back_url, "state": state},
        status=status,
    )


def too_many_votes(request: HttpRequest, back_url: str, wait: int) -> HttpResponse:
    """429 with Retry-After; the poll is not shown, so its results stay for those who voted."""
    minutes = math.ceil(wait / 60)
    message = ngettext(
        "Many votes have come from your internet connection in a short time, so this one was "
        "not counted. Please wait %(minutes)s minute and vote again.",
        "Many votes have come from your internet connection in a short time, so this one was "
        "not counted. Please wait %(minutes)s minutes and vote again.",
        minutes,
    ) % {"minutes": minutes}
    response = refuse(request, 429, message, back_url)
    response["Retry-After"] = str(wait)
    return response


@csrf_protect
def vote(request: HttpRequest) -> HttpResponse:
    back_url = safe_next_url(request, request.POST.get("next", ""))
    if request.method != "POST":
        response = refuse(request, 405, _("Votes can only be sent with the poll's form."), back_url)
        response["Allow"] = "POST"
        return response

    form = VoteForm(request.POST)
    if not form.is_valid():
        message = next(iter(form.errors.values()))[0]
        return refuse(request, 400, message, back_url)
    poll = Poll.objects.filter(pk=form.cleaned_data["poll"]).first()
    if poll is None:
        return refuse(request, 400, _("There is no such poll."), back_url)
    choice = PollChoice.objects.filter(pk=form.cleaned_data["choice"], poll=poll).first()
    if choice is None:
        return refuse(request, 400, _("That is not one of the poll's answers."), back_url)

    state = poll_state(poll, request)
    if state.has_voted:
        return refuse(request, 409, _("You have already voted in this poll."), back_url, state)
    if not state.accepting_votes:
        return refuse(request, 409, _("This poll is closed."), back_url, state)

    user = request.user if request.user.is_authenticated else None
    token = "" if user else voter_token(request)
    if token is None:
        # Nothing tells this vote from the visitor's previous ones: count it per address.
        if wait := retry_after(request, [WITHOUT_COOKIE_LIMIT]):
            return too_many_votes(request, back_url, wait)
        token = new_voter_token()
    try:
        with transaction.atomic():
            Vote.objects.create(
                poll_key=poll.translation_key,
                choice_key=choice.translation_key,
                user=user,
                voter_token=token,
            )
    except IntegrityError:
        # A second vote sent at the same moment as the first (double click, two tabs).
        state = poll_state(poll, request)
        return refuse(request, 409, _("You have already voted in this poll."), back_url, state)

    messages.success(request, _("Thank you, your vote has been counted."))
    response = HttpResponseRedirect(f"{back_url}#{state.anchor}")
    if token:
        remember_voter(response, request, token)
    return response
