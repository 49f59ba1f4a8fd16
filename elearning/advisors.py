"""Creating advisor accounts in bulk from a CSV file exported from the office's records."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from elearning.accounts import ADVISORS_GROUP

REQUIRED_COLUMNS = ("username", "email", "first_name", "last_name")
MAX_ROWS = 500
MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class AdvisorRow:
    line: int
    username: str
    email: str
    first_name: str
    last_name: str


class AdvisorImportError(ValueError):
    """The file cannot be imported; ``errors`` lists every problem found, by line."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def read_rows(raw: bytes) -> list[AdvisorRow]:
    """Parse and validate the whole file before anything is created."""
    if len(raw) > MAX_BYTES:
        raise AdvisorImportError([_("The file is larger than 512 KB.")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AdvisorImportError(
            [_("The file is not UTF-8 text. Save it as CSV UTF-8.")]
        ) from error
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise AdvisorImportError(
            [_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}]
        )
    rows, errors, seen = [], [], set()
    existing = set(get_user_model().objects.values_list("username", flat=True))
    for line, record in enumerate(reader, start=2):
        if line - 1 > MAX_ROWS:
            raise AdvisorImportError([_("The file has more than 500 rows.")])
        values = {c: (record.get(c) or "").strip() for c in REQUIRED_COLUMNS}
        problems = []
        if not values["username"]:
            problems.append(_("no username"))
        elif values["username"] in existing or values["username"] in seen:
            problems.append(_("username %(name)s is taken") % {"name": values["username"]})
        try:
            validate_email(values["email"])
        except ValidationError:
            problems.append(_("invalid email address"))
        if problems:
            errors.append(
                _("Line %(line)s: %(problems)s.") % {"line": line, "problems": ", ".join(problems)}
            )
        seen.add(values["username"])
        rows.append(AdvisorRow(line=line, **values))
    if errors:
        raise AdvisorImportError(errors)
    if not rows:
        raise AdvisorImportError([_("The file has no advisors in it.")])
    return rows


def create_advisors(rows: list[AdvisorRow], request) -> list:
    """All or nothing; each advisor gets an email with a link to set their password."""
    group = Group.objects.get(name=ADVISORS_GROUP)
    user_model = get_user_model()
    with transaction.atomic():
        users = []
        for row in rows:
            user = user_model(
                username=row.username,
                email=row.email,
                first_name=row.first_name,
                last_name=row.last_name,
            )
            user.set_unusable_password()
            user.save()
            user.groups.add(group)
            users.append(user)
    for user in users:
        send_set_password_email(user, request)
    return users


def send_set_password_email(user, request) -> None:
    """The password-reset email, which also works for accounts that have no password yet."""
    context = {
        "email": user.email,
        "domain": request.get_host(),
        "site_name": request.get_host(),
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": "https" if request.is_secure() else "http",
    }
    PasswordResetForm().send_mail(
        "registration/password_reset_subject.txt",
        "registration/password_reset_email.txt",
        context,
        None,
        user.email,
    )
