"""Create the PostgreSQL database named in DATABASE_URL if it does not exist yet.

Prints "created" or "exists", for deploy/serve-prod. The server must let the URL's user
create databases (the local postgres user does).
"""

import os
import sys

import dj_database_url
import psycopg
from psycopg import sql


def main() -> int:
    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    if config["ENGINE"] != "django.db.backends.postgresql":
        print("exists")  # SQLite: migrate creates the file
        return 0
    connect = {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**connect) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if found:
            print("exists")
            return 0
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    print("created")
    return 0


if __name__ == "__main__":
    sys.exit(main())
