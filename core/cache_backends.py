"""Django's Redis cache, answering "nothing cached" while Redis cannot be reached.

Every page reads the cache (Wagtail's site root paths, the page frame), so with Django's own
backend a Redis that is down or restarting turns the whole site into 500s. This one logs the
failure and carries on as an empty cache: pages are built from the database, a little slower.
Counters behave as if missing (django-ratelimit then refuses, the safe side for abuse
limits). Production uses it (``REDIS_URL``) with short socket timeouts, so an unreachable
Redis costs a request a fraction of a second, not a hang.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("zmp.cache")


class TolerantRedisCache(RedisCache):
    def _or(self, fallback: Any, operation: Callable[..., Any], *args: Any) -> Any:
        """``operation(*args)``, or ``fallback`` when Redis cannot be reached."""
        try:
            return operation(*args)
        except RedisError as error:
            logger.warning("Cache unreachable (%s): %s", operation.__name__, error)
            return fallback

    def get(self, key, default=None, version=None) -> Any:
        return self._or(default, super().get, key, default, version)

    def get_many(self, keys: Iterable, version=None) -> dict:
        return self._or({}, super().get_many, keys, version)

    def has_key(self, key, version=None) -> bool:
        return self._or(False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._or(False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        self._or(None, super().set, key, value, timeout, version)

    def set_many(self, data: dict, timeout=DEFAULT_TIMEOUT, version=None) -> list:
        return self._or(list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._or(False, super().touch, key, timeout, version)

    def delete(self, key, version=None) -> bool:
        return self._or(False, super().delete, key, version)

    def delete_many(self, keys: Iterable, version=None) -> None:
        self._or(None, super().delete_many, keys, version)

    def clear(self) -> None:
        self._or(None, super().clear)

    def incr(self, key, delta=1, version=None) -> int:
        # As for a missing key: django-ratelimit then counts the request as over its limit.
        count = self._or(None, super().incr, key, delta, version)
        if count is None:
            raise ValueError(f"Key '{key}' not found: the cache is unreachable.")
        return count
