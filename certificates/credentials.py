"""Certificates as digital credentials: Open Badges 3.0 ``OpenBadgeCredential``s (W3C
Verifiable Credentials Data Model 2.0), secured as a JWS in compact serialization as "Securing
Verifiable Credentials using JOSE and COSE" (VC-JOSE-COSE) specifies: media type
``application/vc+jwt``, the credential itself as the payload, the key's id in the header.

Anyone can check one offline with the site's published key set (``/.well-known/jwks.json``);
whether it still stands is asked of its ``id``, the certificate's verification address.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from . import keys
from .codes import normalise

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
MEDIA_TYPE = "application/vc+jwt"
HEADER_TYPE = "vc+jwt"
# The advisor achievement has no course page of its own: a fixed id, the same in every
# language and every credential.
ADVISOR_ACHIEVEMENT_ID = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'zmp:green-jobs-advisor')}"
# A credential is some 2 KB; anything much larger is not one of ours.
MAX_SIZE = 64 * 1024
_VERIFICATION_PATH = re.compile(r"/verify/(?P<code>[^/]+)/?$")
_SEGMENT = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class Achievement:
    """What was achieved, in the language the credential is issued in."""

    id: str
    name: str
    description: str
    criteria: str


@dataclass(frozen=True)
class CredentialFacts:
    """Everything a credential states, already in the chosen language."""

    verification_url: str
    issuer_name: str
    issuer_url: str
    holder_name: str
    issued_at: datetime
    language: str
    achievement: Achievement


def course_achievement_id(course_key: uuid.UUID) -> str:
    return f"urn:uuid:{course_key}"


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def credential(facts: CredentialFacts) -> dict:
    """The OpenBadgeCredential, unsigned."""
    achievement = facts.achievement
    return {
        "@context": CONTEXTS,
        # Its verification page: resolving the id tells whether it still stands.
        "id": facts.verification_url,
        "type": TYPES,
        "name": achievement.name,
        "issuer": {
            "id": facts.issuer_url,
            "type": ["Profile"],
            "name": facts.issuer_name,
            "url": facts.issuer_url,
        },
        "validFrom": _timestamp(facts.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": facts.holder_name,
            # Open Badges' own way of naming the holder, for wallets that read only that.
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": facts.holder_name,
                    "identityType": "name",
                    "hashed": False,
                }
            ],
            "activityEndDate": _timestamp(facts.issued_at),
            "achievement": {
                "id": achievement.id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": achievement.name,
                "description": achievement.description,
                "criteria": {"narrative": achievement.criteria},
                "inLanguage": facts.language,
            },
        },
    }


def sign(unsigned: dict) -> str:
    """``unsigned`` signed with the site's key: a compact JWS (raises keys.KeyUnavailable)."""
    key = keys.signing_key()
    header = {"alg": keys.ALGORITHM, "kid": key.kid, "typ": HEADER_TYPE, "cty": "vc"}
    payload = json.dumps(unsigned, ensure_ascii=False, separators=(",", ":")).encode()
    return jws.serialize_compact(header, payload, key, algorithms=[keys.ALGORITHM])


# Checking -------------------------------------------------------------------------------------


class NotACredential(Exception):
    """The file is not a signed credential at all (wrong type, not JWS, far too large)."""


class BadSignature(Exception):
    """The file has the shape of a signed credential but its signature does not check: it
    was altered, or not signed by any key of the key set."""


@dataclass(frozen=True)
class CheckedCredential:
    credential: dict
    kid: str

    @property
    def code(self) -> str | None:
        """The certificate code its id (the verification address) ends with, if any."""
        match = _VERIFICATION_PATH.search(str(self.credential.get("id", "")))
        return normalise(match["code"]) if match else None


def _decoded(segment: str) -> bytes:
    """A base64url segment's bytes; only its one canonical spelling is accepted, so that a
    changed character never decodes to the same bytes (the last character's spare bits)."""
    if not _SEGMENT.match(segment):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    if base64.urlsafe_b64encode(data).rstrip(b"=").decode() != segment:
        raise ValueError("not the canonical base64url spelling")
    return data


def check(data: bytes | str, key_set: KeySet) -> CheckedCredential:
    """The credential in ``data`` if its signature checks against ``key_set``.

    Raises NotACredential for anything that is not a compact JWS, BadSignature for one
    whose signature does not check (a changed byte anywhere, an unknown key).
    """
    if len(data) > MAX_SIZE:
        raise NotACredential("too large")
    if isinstance(data, bytes):
        try:
            data = data.decode("ascii")
        except UnicodeDecodeError as error:
            raise NotACredential("not text") from error
    token = data.strip()
    segments = token.split(".")
    if len(segments) != 3 or not all(segments):
        raise NotACredential("not a compact JWS")
    try:
        for segment in segments:
            _decoded(segment)
        header = json.loads(_decoded(segments[0]))
        kid = header["kid"]
        if header.get("alg") != keys.ALGORITHM:
            raise ValueError("unexpected algorithm")
        key = key_set.get_by_kid(kid)
        verified = jws.deserialize_compact(token, key, algorithms=[keys.ALGORITHM])
        content = json.loads(verified.payload)
    except (ValueError, KeyError, TypeError, binascii.Error, JoseError) as error:
        # Its shape said "signed credential": whatever fails now, it is not the one signed.
        raise BadSignature(str(error)) from error
    if not isinstance(content, dict) or "OpenBadgeCredential" not in content.get("type", []):
        raise NotACredential("signed, but not an Open Badges credential")
    return CheckedCredential(credential=content, kid=kid)
