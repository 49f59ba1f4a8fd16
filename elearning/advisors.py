"""Creating advisor accounts in bulk from a CSV file exported from the office's records.

Each row is checked by the admin's own user form (Wagtail's ``UserCreationForm``), so a
username, e-mail address or name the import accepts is one staff could also have typed
in *Users*: same characters, same lengths, same duplicate check. On top of that the import
refuses an e-mail address used twice in the file or by an existing account, because the
set-password e-mail would otherwise reach several accounts. All rows or none.

Files come from Excel as often as from the office's records system: "CSV UTF-8" with commas,
or Excel's plain "CSV" on Polish Windows, which is Windows-1250 with semicolons. Both are
read. Staff see the rows before anything is created; the preview carries the rows signed,
and they are validated again on confirmation, since accounts may have appeared meanwhile.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from operator import itemgetter

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from wagtail.users.forms import UserCreationForm

from accounts.tasks import send_password_reset

# The group every advisor belongs to (created by migration 0002).
ADVISORS_GROUP = "Advisors"

REQUIRED_COLUMNS = ("username", "email", "first_name", "last_name")
MAX_ROWS = 500
MAX_BYTES = 1024 * 1024
# Spreadsheet row numbers: the header is row 1, the first advisor row 2.
FIRST_ROW = 2
# Tried in this order: a Windows-1250 file with Polish letters is never valid UTF-8.
ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1250", "Windows-1250"))
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
PREVIEW_SALT = "elearning.advisor-import"
# Long enough to read a preview of 500 rows, short enough that a forgotten tab goes stale.
PREVIEW_MAX_AGE = 60 * 60


@dataclass(frozen=True)
class AdvisorRow:
    row: int
    username: str
    email: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class AdvisorFile:
    """A file that can be imported: its rows and how it was read."""

    rows: list[AdvisorRow]
    encoding: str
    delimiter: str

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, self.delimiter)


class AdvisorImportError(ValueError):
    """The file cannot be imported; ``errors`` lists every problem found, by row."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


class AdvisorForm(UserCreationForm):
    """One row of the file, validated as the admin validates a new user.

    Advisors choose their password through the e-mail they are sent, and an import never
    makes an administrator, so those fields are left out.
    """

    password_enabled = False
    is_superuser = None

    class Meta(UserCreationForm.Meta):
        fields = list(REQUIRED_COLUMNS)
        widgets = {}


def too_large() -> str:
    return _("The file is larger than %(limit)s. Split it into smaller files.") % {
        "limit": filesizeformat(MAX_BYTES)
    }


def validate_upload(upload: File) -> None:
    """Refuse a file that is too large before it is read."""
    if upload.size > MAX_BYTES:
        raise ValidationError(too_large(), code="too_large")


def decode(raw: bytes) -> tuple[str, str]:
    """The file's text and the name of the encoding it was read in."""
    for codec, name in ENCODINGS:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        # A spreadsheet or other binary file can decode as text but is never CSV.
        if "\x00" in text:
            raise AdvisorImportError([_("The file is not a CSV text file. Save it as CSV UTF-8.")])
        return text, name
    raise AdvisorImportError(
        [_("The file is neither UTF-8 nor Windows-1250 text. Save it as CSV UTF-8.")]
    )


def row_error(row: int, column: str, error: str) -> tuple[int, str]:
    """A problem and the spreadsheet row it is on, so the list can be sorted by row."""
    if column == NON_FIELD_ERRORS:
        return row, _("Row %(row)s: %(error)s") % {"row": row, "error": error}
    message = _("Row %(row)s, column %(column)s: %(error)s") % {
        "row": row,
        "column": column,
        "error": error,
    }
    return row, message


def same_as_row(first: int) -> str:
    return _("The same value is already in row %(row)s.") % {"row": first}


def too_many_rows() -> str:
    return ngettext(
        "The file has more than %(limit)s advisor.",
        "The file has more than %(limit)s advisors.",
        MAX_ROWS,
    ) % {"limit": MAX_ROWS}


def taken_emails(emails: list[str]) -> set[str]:
    """Those of ``emails`` (lower case) that existing accounts use, in any letter case."""
    return set(
        get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=emails)
        .values_list("email_lower", flat=True)
    )


def read_file(raw: bytes) -> AdvisorFile:
    """Parse and validate the whole file before anything is created."""
    if len(raw) > MAX_BYTES:
        raise AdvisorImportError([too_large()])
    text, encoding = decode(raw)
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return AdvisorFile(
        rows=validate(records(text, dialect)), encoding=encoding, delimiter=dialect.delimiter
    )


def records(text: str, dialect) -> list[tuple[int, dict[str, str]]]:
    """Each non-empty row's spreadsheet row number and required columns."""
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise AdvisorImportError(
            [_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}]
        )
    found: list[tuple[int, dict[str, str]]] = []
    row = FIRST_ROW - 1
    try:
        for row, record in enumerate(reader, start=FIRST_ROW):
            if row - FIRST_ROW >= MAX_ROWS:
                raise AdvisorImportError([too_many_rows()])
            data = {column: record.get(column) or "" for column in REQUIRED_COLUMNS}
            # Spreadsheets save empty rows as ";;;" at the end of the data.
            if any(value.strip() for value in data.values()):
                found.append((row, data))
    except csv.Error as error:
        raise AdvisorImportError(
            [_("Row %(row)s cannot be read as CSV. Check its quotes.") % {"row": row + 1}]
        ) from error
    return found


def validate(found: list[tuple[int, dict[str, str]]]) -> list[AdvisorRow]:
    """Every row as the admin's user form checks it, plus duplicates; all problems at once."""
    rows: list[AdvisorRow] = []
    errors: list[tuple[int, str]] = []
    usernames: dict[str, int] = {}
    emails: dict[str, int] = {}
    for row, data in found:
        form = AdvisorForm(data=data)
        if not form.is_valid():
            errors.extend(
                row_error(row, column, error)
                for column, messages in form.errors.items()
                for error in messages
            )
            continue
        values = {column: form.cleaned_data[column] for column in REQUIRED_COLUMNS}
        for column, seen, key in (
            ("username", usernames, values["username"]),
            ("email", emails, values["email"].lower()),
        ):
            first = seen.setdefault(key, row)
            if first != row:
                errors.append(row_error(row, column, same_as_row(first)))
        rows.append(AdvisorRow(row=row, **values))

    taken = taken_emails([advisor.email.lower() for advisor in rows])
    errors.extend(
        row_error(advisor.row, "email", _("An account with this e-mail address already exists."))
        for advisor in rows
        if advisor.email.lower() in taken
    )
    if errors:
        raise AdvisorImportError([message for _row, message in sorted(errors, key=itemgetter(0))])
    if not rows:
        raise AdvisorImportError([_("The file has no advisors in it.")])
    return rows


def preview_token(rows: list[AdvisorRow]) -> str:
    """The previewed rows, signed, for the confirmation to import exactly what staff saw."""
    return signing.dumps([asdict(row) for row in rows], salt=PREVIEW_SALT, compress=True)


def rows_from_token(token: str) -> list[AdvisorRow]:
    """The rows of a preview, validated again: accounts may have been created since."""
    try:
        previewed = signing.loads(token, salt=PREVIEW_SALT, max_age=PREVIEW_MAX_AGE)
        found = [
            (int(row.pop("row")), {column: str(row[column]) for column in REQUIRED_COLUMNS})
            for row in previewed
        ]
    except (signing.BadSignature, TypeError, KeyError, ValueError, AttributeError) as error:
        raise AdvisorImportError(
            [_("This preview has expired or is not valid. Upload the file again.")]
        ) from error
    return validate(found)


def create_advisors(rows: list[AdvisorRow], request) -> list:
    """All or nothing; each advisor gets an email with a link to set their password."""
    group = Group.objects.get(name=ADVISORS_GROUP)
    user_model = get_user_model()
    try:
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
    except IntegrityError as error:
        # Someone created one of these usernames between the check and the import.
        raise AdvisorImportError(
            [_("An account with one of these usernames was just created. Nothing was imported.")]
        ) from error
    for user in users:
        send_set_password_email(user, request)
    return users


def send_set_password_email(user, request) -> None:
    """The password-reset email, which also works for accounts that have no password yet.

    Sent by a background task, like "forgot password": a mail server that is down must not
    turn an import that was stored into an error page, and the advisor can ask again later.
    """
    send_password_reset.enqueue(
        user.email,
        domain=request.get_host(),
        use_https=request.is_secure(),
        language=get_language(),
    )
