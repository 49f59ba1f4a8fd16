"""Language analysis shared by the index, the query and the highlighter.

Polish is highly inflected ("odpady", "odpadów", "odpadami"), so a word is matched by its
forms: the word as typed, its dictionary form (lemma, from simplemma's dictionaries for
Polish, English and Spanish) and both without diacritics (visitors often type "ciepla" for
"ciepła"). The index stores the original text followed by the extra forms of its words; a
query term matches any of its own forms. The same functions build both sides, so they agree.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy

from search.lemma_dictionaries import SHARED_DICTIONARY_FACTORY

# Letters and digits of any script; underscores and punctuation separate words. Quotes,
# asterisks, brackets, colons, minus signs and the like therefore never reach a database's
# full-text query syntax.
WORD_RE = re.compile(r"[^\W_]+")

MAX_QUERY_LENGTH = 100
MAX_QUERY_TERMS = 10
MIN_SUGGEST_LENGTH = 2

# Languages simplemma lemmatises for us; other words are matched as written.
LEMMA_LANGUAGES = frozenset({"pl", "en", "es"})

# Letters Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})

# Query words that carry no meaning of their own; dropped so that "szkolenia dla doradców"
# does not require "dla" on the page. Kept when the query has nothing else.
_STOPWORDS = {
    "pl": "a aby albo ale czy dla do i jak jest lub na o od oraz po przez się to u w we z za ze że",
    "en": "a an and are as at be by for from how in is it of on or the to what with",
    "es": "a al como con de del el en es la las lo los o para por que se un una unas unos y",
}
STOPWORDS = {language: frozenset(text.split()) for language, text in _STOPWORDS.items()}

# Boolean operators typed in capitals ("pompy OR kotły") are not supported: the search
# always looks for all words first, then for any of them.
OPERATOR_WORDS = frozenset({"AND", "OR", "NOT"})


def base_language(language_code: str | None) -> str | None:
    """'pl' for 'pl', 'pl-PL' or 'PL'; None for languages without lemma dictionaries."""
    if not language_code:
        return None
    code = language_code.split("-")[0].split("_")[0].lower()
    return code if code in LEMMA_LANGUAGES else None


_lemmatizer_lock = threading.Lock()
_lemmatizer_instance: Lemmatizer | None = None
# How many times this process has built the lemmatiser: 1 once it is loaded.
lemmatizer_loads = 0


def load_lemmatizer() -> Lemmatizer:
    """The process's lemmatiser, with the dictionaries of every language loaded.

    simplemma reads a language's dictionary on its first word, with no lock, so parallel
    first searches each read it (seconds and tens of MB apiece). Here the first caller
    loads all three under a lock and the others wait for it. Gunicorn's master calls this
    at start-up (search/apps.py), so its workers inherit the loaded dictionaries.
    """
    global _lemmatizer_instance, lemmatizer_loads
    if _lemmatizer_instance is not None:
        return _lemmatizer_instance
    with _lemmatizer_lock:
        if _lemmatizer_instance is None:
            # The memory-frugal dictionaries keep the three languages at about 60 MB per
            # process instead of about 500 MB (laid out to stay shared by forked workers:
            # search/lemma_dictionaries.py); the lemma cache makes repeated words as fast
            # either way.
            lemmatizer = Lemmatizer(
                cache_max_size=200_000,
                lemmatization_strategy=DefaultStrategy(
                    dictionary_factory=SHARED_DICTIONARY_FACTORY
                ),
            )
            for language in sorted(LEMMA_LANGUAGES):
                lemmatizer.lemmatize("a", language)  # reads that language's dictionary
            lemmatizer_loads += 1
            _lemmatizer_instance = lemmatizer
    return _lemmatizer_instance


def fold(word: str) -> str:
    """Lower case without diacritics: 'Ciepła' -> 'ciepla', 'Formación' -> 'formacion'."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSABLE))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def lemma(word: str, language: str | None) -> str:
    """The dictionary form of ``word`` in lower case, or the word itself if unknown."""
    lowered = word.casefold()
    language = base_language(language)
    if language is None or lowered.isdigit():
        return lowered
    return load_lemmatizer().lemmatize(lowered, language).casefold()


@lru_cache(maxsize=200_000)
def word_forms(word: str, language: str | None) -> frozenset[str]:
    """Every form under which ``word`` is indexed and matched."""
    lowered = word.casefold()
    forms = {lowered, fold(lowered)}
    first = lemma(lowered, language)
    # The dictionary sometimes stops one step short ("odpadami" -> "odpady", while
    # "odpadów" -> "odpad"); the lemma of the lemma joins such forms up. It occasionally
    # links a noun to its verb ("wsparcie", "wesprzeć"), which a site search can live with.
    for lemma_form in (first, lemma(first, language)):
        # A lemma is occasionally several words or has a hyphen; keep its word parts.
        for part in WORD_RE.findall(lemma_form):
            forms.update((part, fold(part)))
    return frozenset(forms)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def index_text(text: str, language: str | None) -> str:
    """``text`` followed by the extra forms of its words, for a full-text index.

    The original text stays first and unchanged, so phrase matching and the database's own
    tokenizer still see it as written; the extra forms only add matches.
    """
    if not text:
        return text
    extra = []
    for word in WORD_RE.findall(text):
        lowered = word.casefold()
        extra.extend(sorted(form for form in word_forms(word, language) if form != lowered))
    if not extra:
        return text
    return f"{text}\n{' '.join(extra)}"


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as the visitor meant it, and whether it had to be shortened.

    Control and formatting characters (NUL, zero-width and direction marks…) become spaces,
    compatibility characters are unified (full-width letters, ligatures), runs of spaces
    collapse, and the text is cut to MAX_QUERY_LENGTH at a word boundary where possible.
    """
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[:MAX_QUERY_LENGTH]
    if not text[MAX_QUERY_LENGTH].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.strip(), True


@dataclass(frozen=True)
class Term:
    word: str
    forms: frozenset[str]


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    # True when words beyond MAX_QUERY_TERMS were left out.
    shortened: bool = False

    @property
    def forms(self) -> frozenset[str]:
        return frozenset().union(*(term.forms for term in self.terms))

    def __bool__(self) -> bool:
        return bool(self.terms)


def parse_query(text: str, language: str | None) -> ParsedQuery:
    """The terms of a cleaned query, each with the forms it matches."""
    found = WORD_RE.findall(text)
    if len(found) > 1:
        found = [word for word in found if word not in OPERATOR_WORDS] or found
    stopwords = STOPWORDS.get(base_language(language) or "", frozenset())
    meaningful = [word for word in found if word.casefold() not in stopwords]
    found = meaningful or found
    unique: dict[str, str] = {}
    for word in found:
        unique.setdefault(word.casefold(), word)
    kept = list(unique.values())
    terms = tuple(Term(word, word_forms(word, language)) for word in kept[:MAX_QUERY_TERMS])
    return ParsedQuery(terms=terms, shortened=len(kept) > MAX_QUERY_TERMS)
