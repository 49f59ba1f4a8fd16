"""The translation memory: what people already translated on the site, reused first.

An identical source text is one ``String`` row wherever it appears, so a person's
translation of it into the target language is copied as is (confirmed). A source text at
least FUZZY_CUTOFF % similar to one a person translated gets that translation as a
suggestion, stored as "machine" so it is reviewed like a machine translation.
"""

import bisect
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.db.models.functions import Length
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from .services import Outcome, Targets, machine_translate, store_translation, untranslated_strings

FUZZY_CUTOFF = 85
# rapidfuzz's ratio is 200 * common / (len(a) + len(b)), so it cannot reach the cutoff when
# the shorter text is under 85/115 of the longer one: such strings are never compared.
LENGTH_FACTOR = FUZZY_CUTOFF / (200 - FUZZY_CUTOFF)


@dataclass
class MemoryOutcome:
    """Segments filled from the memory: confirmed copies, and close matches to review."""

    exact: int = 0
    fuzzy: int = 0


@dataclass
class Match:
    text: str
    score: int  # 100 for an identical source text


@dataclass
class MemoryFirstOutcome:
    """What "Machine translate" did: the memory's part, the service's part, what is left."""

    memory: MemoryOutcome = field(default_factory=MemoryOutcome)
    machine: Outcome = field(default_factory=Outcome)
    untranslated: int = 0


def _people_translations(translation: Translation) -> QuerySet[StringTranslation]:
    """Translations people made from the source language into the target one.

    Only "manual" ones: a machine's text nobody confirmed is not trustworthy enough to
    spread, and one that failed validation where it was used is not either.
    """
    return StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        translation_of__locale_id=translation.source.locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        has_error=False,
    ).order_by("-updated_at")


def find_in_memory(
    translation: Translation, strings: dict[StringValue, Targets]
) -> dict[StringValue, Match]:
    """The memory's best match for each of ``strings`` that has one (newest text wins)."""
    string_ids = {targets[0][0]: string for string, targets in strings.items()}
    matches: dict[StringValue, Match] = {}
    exact = _people_translations(translation).filter(translation_of_id__in=string_ids)
    for string_id, text in exact.values_list("translation_of_id", "data"):
        matches.setdefault(string_ids[string_id], Match(text, 100))

    rest = [string for string in strings if string not in matches]
    if not rest:
        return matches
    lengths = [len(string.data) for string in rest]
    candidates: dict[str, str] = {}
    near = (
        _people_translations(translation)
        .annotate(length=Length("translation_of__data"))
        .filter(length__gte=min(lengths) * LENGTH_FACTOR, length__lte=max(lengths) / LENGTH_FACTOR)
        .values_list("translation_of__data", "data")
    )
    for source_text, text in near.iterator():
        candidates.setdefault(source_text, text)
    # Sorted by length, so each string is compared only with the slice that could match.
    by_length = sorted(candidates, key=len)
    sizes = [len(text) for text in by_length]
    for string in rest:
        size = len(string.data)
        low = bisect.bisect_left(sizes, size * LENGTH_FACTOR)
        high = bisect.bisect_right(sizes, size / LENGTH_FACTOR)
        best = process.extractOne(
            string.data,
            by_length[low:high],
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
        )
        if best:
            source_text, score, _index = best
            matches[string] = Match(candidates[source_text], int(score))
    return matches


def store_from_memory(
    translation: Translation,
    strings: dict[StringValue, Targets],
    matches: dict[StringValue, Match],
    user,
) -> MemoryOutcome:
    """Fill the matched strings' segments, leaving any that someone filled meanwhile."""
    outcome = MemoryOutcome()
    for string, match in matches.items():
        if match.score == 100:
            outcome.exact += store_translation(
                translation,
                strings[string],
                match.text,
                _("Translation memory"),
                user,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        else:
            # "machine", so the editor, the review count and the readers' notice treat it
            # as unreviewed until a person confirms it.
            outcome.fuzzy += store_translation(
                translation,
                strings[string],
                match.text,
                _("Translation memory (%(score)s %%)") % {"score": match.score},
                user,
            )
    return outcome


def fill_from_memory(translation: Translation, user) -> MemoryOutcome:
    """Fill the translation's untranslated segments from what people translated before."""
    strings = untranslated_strings(translation)
    return store_from_memory(translation, strings, find_in_memory(translation, strings), user)


def translate_memory_first(
    translation: Translation,
    user,
    service: BaseMachineTranslator | None,
    callback_base_url: str | None = None,
) -> MemoryFirstOutcome:
    """The memory first, then ``service`` (if any) for the rest.

    Raises MachineTranslationError when the service fails, filling nothing: the memory's
    part is stored only once the service has answered (or accepted, for eTranslation).
    """
    strings = untranslated_strings(translation)
    matches = find_in_memory(translation, strings)
    rest = {string: targets for string, targets in strings.items() if string not in matches}
    outcome = MemoryFirstOutcome()
    can_translate = service is not None and service.can_translate(
        translation.source.locale, translation.target_locale
    )
    if rest and can_translate:
        outcome.machine = machine_translate(
            translation, user, service, callback_base_url, strings=rest
        )
    outcome.memory = store_from_memory(translation, strings, matches, user)
    left = untranslated_strings(translation)
    outcome.untranslated = sum(len(targets) for targets in left.values())
    return outcome
