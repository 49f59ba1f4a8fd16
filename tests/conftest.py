import pytest

from tests.factories import make_site


@pytest.fixture
def home(db):
    """The Polish home page at the site root, translated into English and Spanish."""
    return make_site()
