"""An image an editor picks for a page or a snippet cannot be published without its text
alternative (WCAG 1.1.1): one rule for every image field, core.image_alt."""

from __future__ import annotations

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.models import SiteIdentity
from news.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.factories_elearning import make_course
from tests.factories_partnership import PartnerIndexPageFactory, PartnerPageFactory


def news_page(home):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home))


def course_page(home):
    return make_course(home, lessons=0)


def partner_page(home):
    return PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home))


def identity(home):
    return SiteIdentity.objects.create(locale=Locale.get_default())


@pytest.mark.parametrize(
    ("make", "image_field", "alt_field"),
    [
        (news_page, "image", "image_alt"),
        (course_page, "cover_image", "cover_alt"),
        (partner_page, "logo", "logo_alt"),
        (identity, "logo", "logo_alt"),
        (identity, "funding_marks", "funding_marks_alt"),
    ],
)
def test_an_image_without_its_text_alternative_is_refused_and_with_it_accepted(
    home, make, image_field, alt_field
):
    instance = make(home)
    setattr(instance, image_field, wagtail_factories.ImageFactory())
    setattr(instance, alt_field, "   ")

    with pytest.raises(ValidationError) as refused:
        instance.full_clean()
    assert alt_field in refused.value.message_dict

    setattr(instance, alt_field, "Panele fotowoltaiczne na dachu szkoły w Łomży")
    instance.full_clean()


def test_the_editor_is_told_and_the_article_stays_unpublished(home, client):
    article = news_page(home)
    picture = wagtail_factories.ImageFactory()
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))

    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        nested_form_data(
            {
                "title": "Nowe panele",
                "slug": article.slug,
                "date": "2026-12-01",
                "lead": "Krótki wstęp.",
                "image": picture.pk,
                "image_alt": "",
                "body": streamfield([]),
                "topics": inline_formset([]),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Opisz obraz dla osób, które go nie widzą" in html  # the admin speaks Polish
    article.refresh_from_db()
    assert article.title != "Nowe panele" and NewsPage.objects.get(pk=article.pk).image is None
