"""The key the site signs its digital credentials with, and the public keys it publishes.

Production reads the private key from the file ``ZMP_CREDENTIAL_KEY_FILE`` names (setting,
else environment variable): a P-256 EC key, as PEM or as a JWK. It is never written to the
database; its public half is, the first time it signs (``SigningKey``). Replacing the file
rotates the key: the old public key stays in the published key set, so credentials it signed
still check.

Without a key file, a development or test site (``ZMP_CREDENTIAL_DEV_KEY``, by default where
demo users are allowed, i.e. everywhere but production) generates a key once and keeps it in
the database: outside the checkout, so it is never committed; shared by the web processes
and the task worker; and gone with a development or test database, which is what a key that
signs nothing real should do. Production without a key file signs nothing: a system check
warns, and the download says the credential is unavailable.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from django.conf import settings
from django.core.checks import Error
from django.core.checks import Warning as CheckWarning
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet

from .models import SigningKey

# ES256: ECDSA on P-256 with SHA-256, which every JOSE library verifies (EdDSA, the other
# common choice, is being replaced by the fully-specified Ed25519 of RFC 9864).
ALGORITHM = "ES256"
CURVE = "P-256"


class KeyUnavailable(Exception):
    """No key to sign with: the key file is not set, unreadable, or not a P-256 private key."""


def key_file() -> str:
    return settings.ZMP_CREDENTIAL_KEY_FILE


def dev_key_allowed() -> bool:
    return settings.ZMP_CREDENTIAL_DEV_KEY


def _kid(key: ECKey) -> str:
    # The key's own id if the JWK names one, else its RFC 7638 thumbprint: the same key
    # always gets the same id, whichever file format it came in.
    return key.kid or key.thumbprint()


def load_key_file(path: str) -> ECKey:
    """The private key in the file at ``path`` (PEM or JWK)."""
    try:
        data = Path(path).read_bytes()
        if data.lstrip().startswith(b"{"):
            key = ECKey.import_key(json.loads(data))
        else:
            key = ECKey.import_key(data)
    except (OSError, ValueError, TypeError, JoseError) as error:
        raise KeyUnavailable(f"{path}: {error}") from error
    if not key.is_private or key.get("crv") != CURVE:
        raise KeyUnavailable(f"{path}: not a {CURVE} private key")
    if not key.kid:
        key = ECKey.import_key({**key.as_dict(private=True), "kid": _kid(key)})
    return key


def _record(key: ECKey, *, keep_private: bool = False) -> None:
    SigningKey.objects.get_or_create(
        kid=key.kid,
        defaults={
            "public_jwk": key.as_dict(private=False),
            "private_jwk": key.as_dict(private=True) if keep_private else None,
        },
    )


def signing_key() -> ECKey:
    """The key to sign with now; its public half is published from here on."""
    path = key_file()
    if path:
        key = load_key_file(path)
        _record(key)
        return key
    if not dev_key_allowed():
        raise KeyUnavailable("ZMP_CREDENTIAL_KEY_FILE is not set")
    stored = SigningKey.objects.filter(private_jwk__isnull=False).order_by("-created_at").first()
    if stored is not None:
        return ECKey.import_key(stored.private_jwk)
    generated = ECKey.generate_key(CURVE, private=True)
    key = ECKey.import_key(
        {**generated.as_dict(private=True), "kid": _kid(generated), "alg": ALGORITHM}
    )
    _record(key, keep_private=True)
    return key


def public_key_set() -> dict:
    """Every public key the site has signed with, as a JWK Set (RFC 7517)."""
    # The current key is published before it first signs (a development key is generated
    # here). Without one, the system check says so, and the keys that did sign stay published.
    with contextlib.suppress(KeyUnavailable):
        signing_key()
    return {
        "keys": [
            {**row.public_jwk, "kid": row.kid, "use": "sig", "alg": ALGORITHM}
            for row in SigningKey.objects.order_by("created_at", "pk")
        ]
    }


def site_key_set() -> KeySet:
    # joserfc refuses to import an empty set: a site that never signed checks nothing.
    return KeySet([ECKey.import_key(jwk) for jwk in public_key_set()["keys"]])


def check_signing_key(app_configs=None, **kwargs) -> list:
    """A system check: production needs a readable key file to sign credentials."""
    path = key_file()
    if path:
        try:
            load_key_file(path)
        except KeyUnavailable as error:
            return [
                Error(
                    f"The credential signing key cannot be read: {error}",
                    hint="ZMP_CREDENTIAL_KEY_FILE must name a P-256 EC private key, PEM or "
                    "JWK (see README, 'Certificates that anyone can verify').",
                    id="certificates.E002",
                )
            ]
        return []
    if dev_key_allowed():
        return []
    return [
        CheckWarning(
            "ZMP_CREDENTIAL_KEY_FILE is not set: digital credentials cannot be signed.",
            hint="Generate a P-256 key (openssl genpkey -algorithm EC -pkeyopt "
            "ec_paramgen_curve:P-256 -out credential-key.pem) and point "
            "ZMP_CREDENTIAL_KEY_FILE at it.",
            id="certificates.W002",
        )
    ]
