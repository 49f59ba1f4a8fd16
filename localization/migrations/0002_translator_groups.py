"""The translator groups, one per partner language, with what translating into it needs.

Created here rather than by the demo loader so that a production site has them. Constants are
copied from ``localization.roles``: a migration must not import the app's code, which changes.
Page permissions on the language's home page are granted here when the home page already
exists; on a new site ``localization.signals`` grants them when the home page is created.
"""

from django.db import migrations

# (group name, language code, collection name)
TRANSLATOR_GROUPS = [
    ("Translators (English)", "en", "Translations – English"),
    ("Translators (Spanish)", "es", "Translations – Spanish"),
]
# (app label, model, codename, name): the admin, wagtail-localize's permission to submit
# translations (checked per language by localization.access), and the translatable snippets.
GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ("core", "mainmenu", "change_mainmenu", "Can change main menu"),
    ("core", "mainmenu", "view_mainmenu", "Can view main menu"),
    ("core", "sitefooter", "change_sitefooter", "Can change site footer"),
    ("core", "sitefooter", "view_sitefooter", "Can view site footer"),
    ("news", "newstopic", "change_newstopic", "Can change news topic"),
    ("news", "newstopic", "view_newstopic", "Can view news topic"),
    ("partnership", "sector", "change_sector", "Can change sector"),
    ("partnership", "sector", "view_sector", "Can view sector"),
    ("partnership", "subregion", "change_subregion", "Can change subregion"),
    ("partnership", "subregion", "view_subregion", "Can view subregion"),
    ("elearning", "glossaryterm", "change_glossaryterm", "Can change glossary term"),
    ("elearning", "glossaryterm", "view_glossaryterm", "Can view glossary term"),
    ("polls", "poll", "change_poll", "Can change poll"),
    ("polls", "poll", "view_poll", "Can view poll"),
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
PAGE_PERMISSIONS = [
    ("wagtailcore", "page", "add_page", "Can add page"),
    ("wagtailcore", "page", "change_page", "Can change page"),
    ("wagtailcore", "page", "publish_page", "Can publish page"),
]
# Treebeard's materialised path: four base-36 digits per level.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP = 4


def permission(apps, app_label: str, model: str, codename: str, name: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def path_step(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def collection(apps, name: str):
    """The named child of the root collection, added the way treebeard adds a last child."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.get(depth=1)
    existing = Collection.objects.filter(depth=2, name=name).first()
    if existing:
        return existing
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[-STEP:], len(ALPHABET)) + 1 if last else 1
    child = Collection.objects.create(
        name=name, depth=2, path=root.path + path_step(number), numchild=0
    )
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return child


def home_pages(apps, language_code: str):
    """The language's translations of the sites' root pages, where they exist already."""
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    keys = Page.objects.filter(
        pk__in=Site.objects.values_list("root_page_id", flat=True)
    ).values_list("translation_key", flat=True)
    return Page.objects.filter(translation_key__in=keys, locale__language_code=language_code)


def create_translator_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    TranslatorRole = apps.get_model("localization", "TranslatorRole")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for name, code, collection_name in TRANSLATOR_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        TranslatorRole.objects.get_or_create(group=group, defaults={"language_code": code})
        for row in GLOBAL_PERMISSIONS:
            group.permissions.add(permission(apps, *row))
        own = collection(apps, collection_name)
        for row in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=own, permission=permission(apps, *row)
            )
        for home in home_pages(apps, code):
            for row in PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission(apps, *row)
                )


def remove_translator_groups(apps, schema_editor):
    names = [name for name, _code, _collection in TRANSLATOR_GROUPS]
    apps.get_model("auth", "Group").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("localization", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_translator_groups, remove_translator_groups)]
