"""Moodle's own question files (tests/fixtures/moodle/, verbatim, GPL-3.0-or-later: see the
README there), read by the question-format and question-bank tests."""

from __future__ import annotations

from pathlib import Path

MOODLE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "moodle"


def moodle_fixture(name: str) -> bytes:
    return (MOODLE_FIXTURES / name).read_bytes()
