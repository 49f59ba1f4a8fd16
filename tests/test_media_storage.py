"""Media in an S3-compatible object store: images, renditions and documents work as on disk.

The store is moto's S3 server (from PyPI), started on a free port on this machine; the
storage settings are the very ones production builds from its environment.
"""

from __future__ import annotations

import io
import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import boto3
import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from moto.server import ThreadedMotoServer
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.test_security_headers import production

BUCKET = "zmp-media"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "zmp-test", "AWS_SECRET_ACCESS_KEY": "zmp-test-secret"}

PUBLIC_RENDITIONS = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/images/*",
        }
    ],
}

PRINT_MEDIA_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "storage": settings.STORAGES["default"],
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].get("img-src"),
    "documents": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
}))
"""


def media_settings(**environment: str) -> dict:
    process = production("shell", "--no-imports", "-c", PRINT_MEDIA_SETTINGS, **environment)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


@dataclass
class ObjectStore:
    endpoint: str
    client: object

    def object_names(self) -> list[str]:
        listing = self.client.list_objects_v2(Bucket=BUCKET)
        return [item["Key"] for item in listing.get("Contents", [])]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def object_store() -> Iterator[ObjectStore]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # moto keeps its buckets in this process across servers: start from an empty store.
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")  # noqa: S310
    urllib.request.urlopen(reset, timeout=10).close()  # noqa: S310 - the local store
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-central-1",
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"}
    )
    # As the README asks of the operator: renditions readable by anybody, nothing else.
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS))
    try:
        yield ObjectStore(endpoint, client)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def production_media(object_store) -> dict:
    return media_settings(
        ZMP_MEDIA_S3_BUCKET=BUCKET,
        ZMP_MEDIA_S3_ENDPOINT_URL=object_store.endpoint,
        ZMP_MEDIA_S3_REGION="eu-central-1",
        **CREDENTIALS,
    )


@pytest.fixture
def media_in_bucket(settings, monkeypatch, production_media, object_store) -> ObjectStore:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    settings.STORAGES = {**settings.STORAGES, "default": production_media["storage"]}
    settings.WAGTAILDOCS_SERVE_METHOD = production_media["documents"]
    return object_store


def png(width: int = 640, height: int = 480) -> ImageFile:
    data = io.BytesIO()
    PillowImage.new("RGB", (width, height), (46, 125, 50)).save(data, "PNG")
    return ImageFile(data, name="farma-wiatrowa.png")


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the local store
        assert response.status == 200
        return response.read()


def test_production_keeps_media_in_the_bucket_only_when_one_is_named(object_store):
    in_bucket = media_settings(
        ZMP_MEDIA_S3_BUCKET=BUCKET, ZMP_MEDIA_S3_ENDPOINT_URL=object_store.endpoint
    )
    on_disk = media_settings()

    assert in_bucket["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert in_bucket["storage"]["OPTIONS"]["bucket_name"] == BUCKET
    assert object_store.endpoint in in_bucket["img_src"]
    assert on_disk["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert on_disk["img_src"] is None


def test_an_image_and_its_renditions_are_stored_in_the_bucket_and_served_from_it(
    db, media_in_bucket
):
    image = get_image_model().objects.create(title="Farma wiatrowa", file=png())

    rendition = image.get_rendition("fill-120x80")

    keys = media_in_bucket.object_names()
    assert any(key.startswith("original_images/farma-wiatrowa") for key in keys)
    assert any(key.startswith("images/farma-wiatrowa") for key in keys)
    assert rendition.url.startswith(f"{media_in_bucket.endpoint}/{BUCKET}/images/")
    assert PillowImage.open(io.BytesIO(fetch(rendition.url))).size == (120, 80)


def test_a_news_listing_shows_its_images_from_the_bucket(client, home, media_in_bucket):
    image = get_image_model().objects.create(title="Farma wiatrowa", file=png())
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, image=image, image_alt="Turbiny wiatrowe na polu")

    page = BeautifulSoup(client.get(news.url).content, "html.parser")

    shown = page.select_one('img[alt="Turbiny wiatrowe na polu"]')
    assert shown["src"].startswith(f"{media_in_bucket.endpoint}/{BUCKET}/images/")
    assert PillowImage.open(io.BytesIO(fetch(shown["src"]))).size == (480, 270)


def test_a_document_is_stored_in_the_bucket_and_served_by_the_app(client, db, media_in_bucket):
    text = b"Rekomendacja partnerstwa w sprawie zielonych miejsc pracy.\n"
    document = get_document_model().objects.create(
        title="Rekomendacja", file=ContentFile(text, name="rekomendacja.txt")
    )

    response = client.get(document.url)

    stored = [key for key in media_in_bucket.object_names() if key.startswith("documents/")]
    assert stored and stored[0].startswith("documents/rekomendacja")
    # Not readable from the store by anybody: only the app, which checks the document's privacy.
    with pytest.raises(urllib.error.HTTPError):
        fetch(f"{media_in_bucket.endpoint}/{BUCKET}/{stored[0]}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == text
