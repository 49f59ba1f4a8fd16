"""Write Varnish's ``backends.vcl`` for one app server or several.

``python deploy/varnish_backends.py 127.0.0.1:8010 10.0.0.12:8000 …`` prints it. With one
address it declares ``backend app``; with several, one backend each (``app1``, ``app2``…),
a round-robin director over the healthy ones, and sends a request whose app server could
not be reached (default.vcl's ``vcl_backend_error`` retries a GET or HEAD once and names
the one that failed) to the next. Each backend is probed with default.vcl's ``app_health``.
Used by deploy/serve-prod, bench/pages.py and the tests.
"""

from __future__ import annotations

import sys

TIMEOUTS = "    .connect_timeout = 2s;\n    .first_byte_timeout = 60s;\n"


def _backend(name: str, address: str) -> str:
    host, _, port = address.rpartition(":")
    return (
        f"backend {name} {{\n"
        f'    .host = "{host}";\n    .port = "{port}";\n'
        f"    .probe = app_health;\n{TIMEOUTS}}}\n"
    )


def backends_vcl(addresses: list[str], written_by: str) -> str:
    if not addresses:
        raise ValueError("at least one app server address (host:port) is needed")
    header = f"# Written by {written_by}: app servers at {', '.join(addresses)}.\n"
    if len(addresses) == 1:
        return header + _backend("app", addresses[0])
    names = [f"app{number}" for number in range(1, len(addresses) + 1)]
    backends = "".join(map(_backend, names, addresses))
    adds = "".join(f"    apps.add_backend({name});\n" for name in names)
    elsewhere = "".join(
        f'    if (bereq.http.X-Failed-Backend == "{name}") '
        f"{{ set bereq.backend = {names[(index + 1) % len(names)]}; }}\n"
        for index, name in enumerate(names)
    )
    return (
        header
        + "import directors;\n\n"
        + backends
        + f"\nsub vcl_init {{\n    new apps = directors.round_robin();\n{adds}}}\n"
        + "\nsub vcl_recv {\n    set req.backend_hint = apps.backend();\n}\n"
        + f"\nsub vcl_backend_fetch {{\n{elsewhere}    unset bereq.http.X-Failed-Backend;\n}}\n"
    )


if __name__ == "__main__":
    sys.stdout.write(backends_vcl(sys.argv[1:], written_by="deploy/varnish_backends.py"))
