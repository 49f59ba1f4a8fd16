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
from collections.abc import Iterable
from typing import Any

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("zmp.cache")


def _unreachable(operation: str, error: Exception) -> None:
    logger.warning("Cache unreachable (%s): %s", operation, error)


class TolerantRedisCache(RedisCache):
    def get(self, key, default=None, version=None) -> Any:
        try:
            return super().get(key, default, version)
        except RedisError as error:
            _unreachable("get", error)
            return default

    def get_many(self, keys: Iterable, version=None) -> dict:
        try:
            return super().get_many(keys, version)
        except RedisError as error:
            _unreachable("get_many", error)
            return {}

    def has_key(self, key, version=None) -> bool:
        try:
            return super().has_key(key, version)
        except RedisError as error:
            _unreachable("has_key", error)
            return False

    def add(self, key, value, timeout=None, version=None) -> bool:
        try:
            return super().add(key, value, timeout, version)
        except RedisError as error:
            _unreachable("add", error)
            return False

    def set(self, key, value, timeout=None, version=None) -> None:
        try:
            super().set(key, value, timeout, version)
        except RedisError as error:
            _unreachable("set", error)

    def set_many(self, data: dict, timeout=None, version=None) -> list:
        try:
            return super().set_many(data, timeout, version)
        except RedisError as error:
            _unreachable("set_many", error)
            return list(data)

    def touch(self, key, timeout=None, version=None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except RedisError as error:
            _unreachable("touch", error)
            return False

    def delete(self, key, version=None) -> bool:
        try:
            return super().delete(key, version)
        except RedisError as error:
            _unreachable("delete", error)
            return False

    def delete_many(self, keys: Iterable, version=None) -> None:
        try:
            super().delete_many(keys, version)
        except RedisError as error:
            _unreachable("delete_many", error)

    def incr(self, key, delta=1, version=None) -> int:
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            _unreachable("incr", error)
            raise ValueError(f"Key '{key}' not found: the cache is unreachable.") from error

    def clear(self) -> None:
        try:
            super().clear()
        except RedisError as error:
            _unreachable("clear", error)
