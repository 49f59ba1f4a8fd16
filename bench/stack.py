"""The production stack for a benchmark: a throwaway PostgreSQL database, a Redis database
of its own, ``manage.py`` steps, gunicorn and the task worker, each started in its own
process group and stopped (and the database dropped) whatever happens.

Nothing here imports Django: the database is created before Django may connect to it, and
the servers are separate processes with the environment given here.
"""

from __future__ import annotations

import contextlib
import datetime
import http.client
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import psycopg
import redis
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
STOP_GRACE = 35  # seconds: gunicorn's graceful timeout (30 s) and a margin
POSTGRES_URL = os.environ.get("ZMP_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
# collectstatic's output for this run, removed afterwards.
STATIC_ROOT = Path(tempfile.gettempdir()) / f"zmp-bench-static-{os.getpid()}"


def production_environment(database_url: str, redis_url: str, **more: str) -> dict[str, str]:
    """What cms/settings/production.py reads, for servers on this machine over plain HTTP."""
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_STATIC_ROOT": str(STATIC_ROOT),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        **more,
    }


class StackError(RuntimeError):
    """A step of setting the stack up failed; the message says which and where its log is."""


@dataclass
class Stack:
    """One run's servers. Use as a context manager: leaving it stops and drops everything."""

    database_url: str
    redis_url: str
    environment: dict[str, str]
    run_directory: Path
    keep_database: bool = False
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    # Database and cache ----------------------------------------------------------------

    @property
    def database_name(self) -> str:
        return psycopg.conninfo.conninfo_to_dict(self.database_url)["dbname"]

    def _maintenance_connection(self) -> psycopg.Connection:
        # CREATE/DROP DATABASE cannot run inside the database itself, nor in a transaction.
        info = psycopg.conninfo.conninfo_to_dict(self.database_url)
        info["dbname"] = "postgres"
        return psycopg.connect(**info, autocommit=True)

    def create_database(self) -> None:
        """A fresh, empty database; a copy kept by an earlier ``--keep-db`` run goes first."""
        name = sql.Identifier(self.database_name)
        with self._maintenance_connection() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(name))

    def drop_database(self) -> None:
        name = sql.Identifier(self.database_name)
        with self._maintenance_connection() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))

    def server_version(self) -> str:
        with psycopg.connect(self.database_url) as connection:
            return connection.execute("SHOW server_version").fetchone()[0]

    def flush_cache(self) -> None:
        """Empty this run's Redis database (its own number), so no earlier run's pages leak in."""
        client = redis.Redis.from_url(self.redis_url)
        try:
            client.flushdb()
        finally:
            client.close()

    # Processes -------------------------------------------------------------------------

    def log_path(self, name: str) -> Path:
        return self.run_directory / f"{name}.log"

    def manage(self, *arguments: str) -> None:
        """Run one ``manage.py`` command to completion; its output goes to its log file."""
        name = arguments[0]
        log = self.log_path(name)
        with log.open("ab") as output:
            finished = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
                [sys.executable, "manage.py", *arguments],
                cwd=ROOT,
                env=self.environment,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            )
        if finished.returncode != 0:
            raise StackError(f"manage.py {' '.join(arguments)} failed; see {log}:\n{tail(log)}")

    def start(self, name: str, command: list[str], extra: dict[str, str] | None = None) -> None:
        """Start a long-running process in a new session: a process group of its own that
        Ctrl-C in the terminal does not reach, and that ``stop`` ends exactly."""
        output = self.log_path(name).open("ab")
        try:
            self.processes[name] = subprocess.Popen(  # noqa: S603 - commands built here
                command,
                cwd=ROOT,
                env={**self.environment, **(extra or {})},
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            output.close()  # the child holds its own copy of the descriptor

    def start_gunicorn(
        self,
        bind: str,
        workers: int,
        threads: int,
        name: str = "gunicorn",
        worker_class: str = "gthread",
    ) -> None:
        self.start(
            name,
            [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF)],
            {
                "GUNICORN_BIND": bind,
                "GUNICORN_WORKERS": str(workers),
                "GUNICORN_THREADS": str(threads),
                "GUNICORN_WORKER_CLASS": worker_class,
                # Not the per-user default, which another gunicorn of this user may hold.
                "GUNICORN_CONTROL_SOCKET": str(
                    Path(tempfile.gettempdir()) / f"zmp-bench-{name}-{os.getpid()}.ctl"
                ),
            },
        )

    def start_task_worker(self, interval: float = 1) -> None:
        """``interval``: seconds between looks at an empty queue."""
        self.start(
            "db_worker",
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-reload",
             "--interval", str(interval)],
            # Indexing a page needs the lemmatiser: loaded at start, not by the first task.
            {"ZMP_PRELOAD_LEMMATISER": "1"},
        )  # fmt: skip

    def wait_until_ready(self, host: str, port: int, path: str, timeout: float = 90) -> float:
        """Poll ``path`` until it answers 200; returns the seconds it took."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    log = self.log_path(name)
                    raise StackError(f"{name} exited with {process.returncode}:\n{tail(log)}")
            connection = http.client.HTTPConnection(host, port, timeout=10)
            try:
                connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
                if connection.getresponse().status == 200:
                    return time.monotonic() - started
            except OSError:
                pass  # not listening yet
            finally:
                connection.close()
            time.sleep(0.5)
        raise StackError(f"{path} did not answer 200 within {timeout:.0f} s")

    def kill(self, name: str) -> None:
        """End one process and its group at once, as a crash would."""
        process = self.processes.pop(name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop(self) -> None:
        """SIGTERM to each process we started, then SIGKILL to whatever is left of its group."""
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        for process in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            # The group id is the pid: start_new_session made each process a group leader.
            # Whatever of the group outlived the grace period (or a worker left behind by a
            # master that died) is killed; a group already gone raises ProcessLookupError.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        self.processes.clear()

    # Context manager -------------------------------------------------------------------

    def __enter__(self) -> Stack:
        self.run_directory.mkdir(parents=True, exist_ok=True)
        # SIGTERM (a CI timeout, `kill`) unwinds like Ctrl-C, so __exit__ still cleans up.
        signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
        self.create_database()
        self.flush_cache()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # A second Ctrl-C must not interrupt the clean-up itself.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.stop()
            self.flush_cache()
            if self.keep_database:
                print(f"Kept the database {self.database_name} ({self.database_url})")
            else:
                self.drop_database()
                print(f"Dropped the database {self.database_name}")
        finally:
            signal.signal(signal.SIGINT, previous)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run_benchmark(
    kind: str, environment: dict[str, str], keep_database: bool, body: Callable[[Stack], int]
) -> int:
    """``body(stack)`` on a fresh stack whose logs go to bench/results/<kind>-<time>/; its
    exit status, 2 when the stack could not be set up, 130 on Ctrl-C. Everything is stopped,
    the database dropped (unless kept) and the static files removed, whatever happens."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    run_directory = ROOT / "bench" / "results" / f"{kind}-{stamp}"
    stack = Stack(
        database_url=environment["DATABASE_URL"],
        redis_url=environment["REDIS_URL"],
        environment={**os.environ, **environment},
        run_directory=run_directory,
        keep_database=keep_database,
    )
    try:
        with stack:
            print(
                f"Throwaway database {stack.database_name} (PostgreSQL "
                f"{stack.server_version()}), cache {stack.redis_url}, logs in "
                f"{run_directory.relative_to(ROOT)}/"
            )
            return body(stack)
    except StackError as error:
        print(f"Stack set-up failed: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrupted; the servers were stopped.", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(STATIC_ROOT, ignore_errors=True)


def _raise_keyboard_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])
