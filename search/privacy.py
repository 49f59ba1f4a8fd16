"""What of a search may be stored: its words, without anything that could identify a person.

Visitors type names, e-mail addresses and phone numbers into the search box. Wagtail's
search terms report and the per-language counts (``search.queries.record_search``) keep
only what ``storable_search_terms`` returns; the editors' form for hiding a popular search
(``search.wagtail_hooks``) normalises what it is given with it too, so both agree.
"""

from __future__ import annotations

import re

from .analysis import STOPWORDS, base_language, clean_query, words

# Runs of digits with at least this many digits are dropped: phone numbers (9 digits in
# Poland, 7 without the area code), NIP (10), PESEL (11), REGON (9, 14), bank accounts (26).
MIN_PERSONAL_DIGITS = 7

_DROPPED = re.compile(
    r"""
      (?P<email>\S*@\S*)                                 # e-mail addresses, @handles
    | (?P<url>(?:[a-z][a-z0-9+.-]*://|www\.)\S*)         # addresses with a scheme, www.
    | (?P<domain>\S*[^\W_]\.[a-z]{2,}\S*)                # bare domains: kowalski.pl/cv
    | (?P<document>\b[^\W\d_]{1,3}\s?\d{6,}\b)           # ID card ABC123456, passport, PL+NIP
    | (?P<number>\+?\(?\d(?:[\s().\-/]{0,2}\d)*)         # digits, possibly grouped
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DIGIT_GROUP = re.compile(r"\d+")


def _is_personal_number(text: str) -> bool:
    """Seven digits or more, unless only years: "2021-2027" is a funding period, not a phone."""
    groups = _DIGIT_GROUP.findall(text)
    if sum(len(group) for group in groups) < MIN_PERSONAL_DIGITS:
        return False
    return not all(len(group) == 4 for group in groups)


def _drop(match: re.Match) -> str:
    if match.lastgroup == "number" and not _is_personal_number(match.group()):
        return match.group()
    return " "


def storable_search_terms(text: str, language: str | None = None) -> str:
    """The search as it may be stored, or "" when nothing meaningful remains.

    E-mail addresses, web addresses, identity-document numbers and runs of seven digits or
    more (phone, PESEL, NIP, account numbers) are dropped; what remains is normalised to its
    words in lower case, one space apart (punctuation is ignored by the search anyway, so
    the words search the same). It is meaningful if one word has a letter and is not a
    stopword of ``language``: a search of only numbers or "a", "the" is not stored.
    """
    cleaned, _shortened = clean_query(text)
    kept = words(_DROPPED.sub(_drop, cleaned).lower())
    stopwords = STOPWORDS.get(base_language(language) or "", frozenset())
    if not any(not word.isdigit() and word not in stopwords for word in kept):
        return ""
    return " ".join(kept)
