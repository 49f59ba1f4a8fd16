from __future__ import annotations

import os
import random
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing

import pytest
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import translation

from tests.factories import make_site

POSTGRESQL_ONLY_DESELECTED = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist the controller draws the fuzz seed, so every worker probes with the
    same one (each would otherwise draw its own) and the summary names the seed they used."""
    distributing = getattr(config.option, "numprocesses", None)
    is_controller = not hasattr(config, "workerinput")
    drawn = os.environ.get("ZMP_FUZZ_SEED") or os.environ.get("CI")
    if distributing and is_controller and not drawn:
        os.environ["ZMP_FUZZ_SEED"] = str(random.getrandbits(32))  # workers inherit it


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``postgresql_only`` are deselected, and counted, on any other database.

    Deselected rather than skipped: on SQLite they are not a check that failed to run but
    one that belongs to the PostgreSQL run (CI), which selects them.
    """
    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.get_closest_marker("postgresql_only")]
    if deselected:
        items[:] = [item for item in items if not item.get_closest_marker("postgresql_only")]
        config.hook.pytest_deselected(items=deselected)
    config.stash[POSTGRESQL_ONLY_DESELECTED] = len(deselected)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """An xdist worker hands what the summary counts to the controller, which prints it."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is None:
        return
    workeroutput["postgresql_only_deselected"] = session.config.stash.get(
        POSTGRESQL_ONLY_DESELECTED, 0
    )
    fuzz = sys.modules.get("tests.test_fuzz")
    if fuzz is not None and session.config.pluginmanager.has_plugin("zmp-fuzz-summary"):
        workeroutput["fuzz_tally"] = (fuzz.TALLY.requests, fuzz.TALLY.server_errors)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """The controller gathers each xdist worker's counts for the terminal summary.

    Every worker collects the whole suite, so each deselected the same tests: one count.
    The fuzz tests may be shared out among workers: their requests add up.
    """
    config, output = node.config, getattr(node, "workeroutput", {})
    config.stash[POSTGRESQL_ONLY_DESELECTED] = max(
        config.stash.get(POSTGRESQL_ONLY_DESELECTED, 0),
        output.get("postgresql_only_deselected", 0),
    )
    if "fuzz_tally" in output:
        from tests import test_fuzz  # the seed: the one the controller gave the workers

        requests, server_errors = output["fuzz_tally"]
        test_fuzz.TALLY.requests += requests
        test_fuzz.TALLY.server_errors += server_errors
        if not config.pluginmanager.has_plugin("zmp-fuzz-summary"):
            config.pluginmanager.register(test_fuzz.FuzzSummary(), "zmp-fuzz-summary")


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    deselected = config.stash.get(POSTGRESQL_ONLY_DESELECTED, 0)
    if deselected:
        terminalreporter.write_line(
            f"{deselected} PostgreSQL-only tests deselected on {connection.vendor}; "
            "CI runs them on PostgreSQL"
        )


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language, whatever the last request activated."""
    translation.activate("pl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    """Each test starts with nothing cached: the resolved site frame, rate-limit counters…

    Cache entries outlive the test database's rollback, and the next test's pages reuse
    the same ids.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    """The Polish home page at the site root, translated into English and Spanish."""
    return make_site()


@pytest.fixture
def parallel_database(transactional_db, tmp_path) -> Iterator[None]:
    """A test database that real parallel connections can share, as in production.

    For tests whose threads each open their own connection (parallel requests). PostgreSQL
    already is one: nothing to do. SQLite's in-memory test database is not: its connections
    share one cache, where a second writer fails at once with "database table is locked"
    instead of waiting. So, for this test, the database is copied into a file and every
    connection uses it: the test's own (its fixtures and assertions) and each thread's, which
    Django opens from ``connections.settings``. The file keeps the project's SQLite options
    (WAL, IMMEDIATE transactions, busy_timeout), so writers queue on the write lock, as the
    site's do. Afterwards the in-memory database is back for the test's teardown (flush) and
    for every later test.

    Transactional (committed data), since the threads cannot see the test's transaction.
    """
    in_memory = connections[DEFAULT_DB_ALIAS]
    if in_memory.vendor != "sqlite" or not in_memory.is_in_memory_db():
        yield
        return

    in_memory_settings = connections.settings[DEFAULT_DB_ALIAS]
    database_file = tmp_path / "parallel.sqlite3"
    in_memory.ensure_connection()
    with closing(sqlite3.connect(database_file)) as copy:
        in_memory.connection.backup(copy)
    # A new dict: the in-memory connection keeps its own settings_dict.
    connections.settings[DEFAULT_DB_ALIAS] = {**in_memory_settings, "NAME": str(database_file)}
    on_file = connections.create_connection(DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = on_file  # this thread's; other threads open their own
    try:
        yield
    finally:
        on_file.close()
        connections[DEFAULT_DB_ALIAS] = in_memory
        connections.settings[DEFAULT_DB_ALIAS] = in_memory_settings


@pytest.fixture(scope="session")
def migrated_data(django_db_setup, django_db_blocker) -> str:
    """What the migrations put in the database: root page, site, groups, default locale."""
    with django_db_blocker.unblock():
        return getattr(connection, "_test_serialized_contents", None) or (
            connection.creation.serialize_db_to_string()
        )


@pytest.fixture
def restorable_database(migrated_data):
    """Lets each transactional test start from the migrated data (serialized rollback).

    Playwright's event loop can hand the test a different thread-local connection object
    from the one the test database was created with, so the snapshot is put back on it.
    """
    connection._test_serialized_contents = migrated_data
