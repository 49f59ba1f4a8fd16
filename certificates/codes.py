"""Certificate codes: 12 characters of Crockford's base32, shown as ``XXXX-XXXX-XXXX``.

60 random bits: far too many to guess one, short enough to read out on the phone or type
from paper. Crockford's alphabet has no I, L, O or U, so a code typed with an O for a zero
or an L for a one still finds its certificate, in either case, with or without dashes.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
# The length of a code as stored and shown: its groups joined by dashes.
DISPLAY_LENGTH = LENGTH + LENGTH // GROUP - 1
# What people type for the digits the alphabet leaves out, and what separates groups.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", "- \u00a0\u2010\u2011\u2012\u2013")


def grouped(characters: str) -> str:
    return "-".join(characters[i : i + GROUP] for i in range(0, len(characters), GROUP))


def new_code() -> str:
    return grouped("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def normalise(typed: str) -> str | None:
    """The code as stored, from what someone typed; None if it cannot be a code at all."""
    characters = typed.strip().upper().translate(_SEPARATORS).translate(_LOOKALIKES)
    if len(characters) != LENGTH or any(c not in ALPHABET for c in characters):
        return None
    return grouped(characters)
