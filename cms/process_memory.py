"""How a long-running server process gives memory back once a request is done with it.

Making an image's rendition decodes the original into buffers of tens of MB. glibc's malloc
serves such a buffer with ``mmap`` and unmaps it when freed, but each such free also raises
the size from which it uses ``mmap`` (up to 32 MB): the next big buffers come from the heap,
where one small object left above them keeps the whole heap from shrinking. Measured on
2026-12-08 with the benchmark's data: the worker that made the home page's renditions kept
about 100 MB, its twin 45 MB. With the threshold fixed, the buffers are unmapped when freed
and the worker kept 53 MB.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

logger = logging.getLogger("zmp.process_memory")

# From glibc's <malloc.h>.
M_MMAP_THRESHOLD = -3
# Blocks from this size up are mapped on their own and unmapped when freed: glibc's starting
# value, kept fixed (setting it turns the raising off).
LARGE_BLOCK_BYTES = 128 * 1024


def unmap_large_blocks_when_freed() -> bool:
    """Fix glibc's threshold for this process and the processes it forks afterwards.

    Returns whether it was set: False where the C library is not glibc (musl, macOS), whose
    allocators have no such setting.
    """
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError, TypeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    if mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES) != 1:
        logger.warning("The C library refused a fixed mmap threshold")
        return False
    return True
