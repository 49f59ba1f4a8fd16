"""Checks a credential file's signature offline: ``manage.py verify_credential FILE``.

Against the site's own keys (its database), or a published key set with ``--jwks``, given
as a file or an address (e.g. https://…/.well-known/jwks.json). Exits non-zero when the
signature does not check. Whether the certificate still stands is for its verification
page (the credential's id) to say.
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from certificates import credentials, keys

# A key set is a few hundred bytes a key.
MAX_KEY_SET_SIZE = 1024 * 1024
FETCH_TIMEOUT_SECONDS = 10


def load_key_set(source: str) -> KeySet:
    """The JWK Set in the file or at the http(s) address ``source``."""
    try:
        if source.startswith(("https://", "http://")):
            with urllib.request.urlopen(source, timeout=FETCH_TIMEOUT_SECONDS) as answer:  # noqa: S310 - http(s) only, checked above
                data = answer.read(MAX_KEY_SET_SIZE)
        else:
            data = Path(source).read_bytes()[:MAX_KEY_SET_SIZE]
        return KeySet.import_key_set(json.loads(data))
    except (OSError, ValueError, TypeError, KeyError, JoseError) as error:
        raise CommandError(f"Cannot read the key set {source}: {error}") from error


class Command(BaseCommand):
    help = "Check the signature of a digital credential file (.jwt) offline."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="The credential file (.jwt).")
        parser.add_argument(
            "--jwks",
            help="A JWK Set file or address to check against; default: this site's keys.",
        )

    def handle(self, *args, file: str, jwks: str | None = None, **options) -> None:
        key_set = load_key_set(jwks) if jwks else keys.site_key_set()
        try:
            data = Path(file).read_bytes()[: credentials.MAX_SIZE + 1]
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            checked = credentials.check(data, key_set)
        except credentials.NotACredential as error:
            raise CommandError(f"{file} is not a signed credential ({error}).") from error
        except credentials.BadSignature as error:
            raise CommandError(
                f"The signature of {file} does not check: altered, or not signed by these "
                f"keys ({error})."
            ) from error
        content = checked.credential
        subject = content.get("credentialSubject", {})
        self.stdout.write(self.style.SUCCESS(f"Signature valid (key {checked.kid})."))
        self.stdout.write(f"Credential: {content.get('id', '')}")
        self.stdout.write(f"Achievement: {subject.get('achievement', {}).get('name', '')}")
        self.stdout.write(f"Holder: {subject.get('name', '')}")
        self.stdout.write(f"Valid from: {content.get('validFrom', '')}")
        self.stdout.write("Whether it still stands: open the credential's address above.")
