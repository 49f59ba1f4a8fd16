"""The tests that read the demo site share one load of it.

Loading the demo takes tens of seconds, so these tests do not each load it: the first test of
this package in a test process loads it inside a transaction, each test runs in a savepoint
within it (its own changes rolled back), and the transaction is rolled back once the process
leaves the package, as Django's ``TestCase.setUpTestData`` does for a class. Under pytest-xdist
the package's tests are one group (``DemoTestsTogether`` in tests/conftest.py), handed to one
worker whole: the demo is loaded once per run, while the other worker gets on with the rest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import transaction

from tests.factories import run_load_demo


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker) -> Iterator[None]:
    with django_db_blocker.unblock(), transaction.atomic():
        run_load_demo("--no-users")
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_site, db) -> None:
    """Each test starts from the loaded demo; what it changes is rolled back."""
