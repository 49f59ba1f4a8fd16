"""The visitor's address as seen by the outermost proxy we trust, for lockouts and rate limits."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address that connected to our outermost trusted proxy, or REMOTE_ADDR without one.

    Each trusted proxy (Varnish, nginx) appends the address it saw to X-Forwarded-For, so the
    entry ZMP_TRUSTED_PROXIES from the right is the last one a proxy of ours wrote. Entries
    further left come from the visitor and are never trusted: anyone can send the header.
    """
    trusted = settings.ZMP_TRUSTED_PROXIES
    if trusted:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= trusted:
            return forwarded[-trusted]
    return request.META.get("REMOTE_ADDR") or None


def client_network(_group: str, request: HttpRequest) -> str:
    """What rate limits count a visitor by: their address, for IPv6 its /64 (what one
    household or phone is given), or "unknown" when there is no valid address (a proxy that
    sends none, a forged header); django-ratelimit's own "ip" key answers those with a 500."""
    try:
        address = ipaddress.ip_address(client_ip(request) or "")
    except ValueError:
        return "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)
