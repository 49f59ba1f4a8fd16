"""Everything the site keeps about one person, for them to download (GDPR art. 15 and 20).

Each app that keeps personal records registers what it holds (``register``, from its
AppConfig.ready), so the account's download lists every kind of record without this module
knowing the apps: e-learning (enrolments, completed lessons, attempts with their answers)
and polls (votes) today. A section is a list of flat records (field → text or number).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser

from .models import ErasureRequest, Profile

Record = dict[str, str | int | float | bool | None]
Exporter = Callable[[AbstractBaseUser], list[Record]]

_exporters: dict[str, Exporter] = {}


def register(section: str, exporter: Exporter) -> None:
    """``exporter(user)`` gives the records of ``section`` (a file name: letters and _)."""
    _exporters[section] = exporter


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _account(user) -> list[Record]:
    profile = Profile.objects.filter(user=user).first()
    erasure = ErasureRequest.objects.filter(user=user).first()
    return [
        {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "language": profile.language if profile else "",
            "date_joined": _plain(user.date_joined),
            "last_login": _plain(user.last_login),
            "erasure_requested_at": _plain(erasure.requested_at) if erasure else None,
        }
    ]


def personal_data(user) -> dict[str, list[Record]]:
    """Every section's records about ``user``: the account first, then each app's."""
    sections = {"account": _account(user)}
    for section, exporter in sorted(_exporters.items()):
        sections[section] = [
            {field: _plain(value) for field, value in record.items()} for record in exporter(user)
        ]
    return sections


def as_json(sections: dict[str, list[Record]]) -> bytes:
    return json.dumps(sections, ensure_ascii=False, indent=2).encode("utf-8")


def as_csv_zip(sections: dict[str, list[Record]]) -> bytes:
    """One CSV file per section (UTF-8 with a BOM, so that spreadsheets read the letters)."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as files:
        for section, records in sections.items():
            text = io.StringIO()
            fields = list(dict.fromkeys(field for record in records for field in record))
            writer = csv.DictWriter(text, fieldnames=fields)
            writer.writeheader()
            writer.writerows(records)
            files.writestr(f"{section}.csv", "\ufeff" + text.getvalue())
    return archive.getvalue()
