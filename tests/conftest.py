import pytest
from django.utils import translation

from tests.factories import make_site


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language, whatever the last request activated."""
    translation.activate("pl")
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    """The Polish home page at the site root, translated into English and Spanish."""
    return make_site()
