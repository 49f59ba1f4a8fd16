"""A cap on the size of uploaded files, for every form of the site.

Django limits the form fields of a request (``DATA_UPLOAD_MAX_MEMORY_SIZE``) but streams
uploaded files to disk however large they are, on any URL that reads a multipart form,
the public contact form included. Wagtail checks the size of images and documents only
once the whole file is on the server. This handler, first in ``FILE_UPLOAD_HANDLERS``,
refuses a request whose files together exceed ``ZMP_MAX_UPLOAD_SIZE`` before they are
stored: Django answers ``RequestDataTooBig`` with the site's 400 page, as it does for
oversized form data.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler


class UploadSizeLimitHandler(FileUploadHandler):
    """Refuses uploads larger than ``ZMP_MAX_UPLOAD_SIZE``; passes the data on otherwise."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None) -> None:
        # The declared length already says too much: refuse before reading anything.
        if content_length > settings.ZMP_MAX_UPLOAD_SIZE:
            raise RequestDataTooBig("Upload larger than settings.ZMP_MAX_UPLOAD_SIZE.")

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        # Counted as well, for bodies whose declared length is missing or understated.
        self.received += len(raw_data)
        if self.received > settings.ZMP_MAX_UPLOAD_SIZE:
            raise RequestDataTooBig("Upload larger than settings.ZMP_MAX_UPLOAD_SIZE.")
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None
