"""A gunicorn worker gives back the memory of the images it made renditions of
(cms/process_memory.py, set in the master by deploy/gunicorn.conf.py).

Each case runs in a fresh interpreter: glibc's threshold moves with the process's history,
and the test process has made many images before this one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A 12-megapixel photo made into a card's four renditions (two widths, WebP and JPEG), as
# the {% picture %} tag has Wagtail make them.
RENDITIONS_OF_A_PHOTO = """
import gc, io, re, runpy, sys
from pathlib import Path
from PIL import Image

def anonymous_mb():
    rollup = Path("/proc/self/smaps_rollup").read_text()
    return int(re.search(r"^Anonymous:\\s+(\\d+) kB", rollup, re.M).group(1)) / 1024

if sys.argv[1] == "gunicorn":
    runpy.run_path("deploy/gunicorn.conf.py")  # what gunicorn's master reads first
photo = io.BytesIO()
Image.new("RGB", (4000, 3000), (11, 61, 31)).save(photo, "JPEG")
Image.init()
before = anonymous_mb()
renditions = []
for width in (480, 960):
    for image_format in ("WEBP", "JPEG"):
        original = Image.open(photo)
        rendition = original.convert("RGB").resize((width, width * 3 // 4))
        made = io.BytesIO()
        rendition.save(made, image_format)
        # What outlives each rendition: its record, as Wagtail's Rendition row.
        renditions.append({"width": width, "format": image_format, "size": made.tell()})
        del original, rendition
gc.collect()
print(anonymous_mb() - before)
"""


def memory_kept_after_renditions(threshold: str) -> float:
    result = subprocess.run(  # noqa: S603 - the script above
        [sys.executable, "-c", RENDITIONS_OF_A_PHOTO, threshold],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout)


def test_a_worker_gives_back_the_buffers_of_a_photo_once_its_renditions_are_made():
    kept_by_default = memory_kept_after_renditions("default")
    kept_under_gunicorns_config = memory_kept_after_renditions("gunicorn")

    # The decoded photo is 36 MB; by glibc's own rules the process keeps one or more of them.
    assert kept_by_default > 30
    assert kept_under_gunicorns_config < 5
