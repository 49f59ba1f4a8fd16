from django.db import migrations, models

ACTIONS = {"add": "Can add", "change": "Can change", "delete": "Can delete", "view": "Can view"}
# Who manages promoted search results decides what the search page suggests.
SEARCH_CURATORS = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def create_hide_permissions(apps, schema_editor):
    """The permissions exist from this migration on, and go to the groups that curate search.

    Wagtail shows its search terms report to superusers only, and gives no group the
    promoted results; a site that gave a group those gets the hidden searches too. Superusers
    always have them.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="site_search", model="hiddensearch"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_hiddensearch",
            defaults={"name": f"{label} hidden search"},
        )[0]
        for action, label in ACTIONS.items()
    ]
    for group in Group.objects.filter(
        permissions__content_type__app_label="wagtailsearchpromotions",
        permissions__codename__in=SEARCH_CURATORS,
    ).distinct():
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="HiddenSearch",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "query_string",
                    models.CharField(
                        help_text="As it appears in the list of popular searches.",
                        max_length=255,
                        verbose_name="search",
                    ),
                ),
                (
                    "language_code",
                    models.CharField(
                        blank=True,
                        help_text="Leave empty to hide the search in every language.",
                        max_length=20,
                        verbose_name="language",
                    ),
                ),
                ("hidden_at", models.DateTimeField(auto_now_add=True, verbose_name="hidden at")),
            ],
            options={
                "verbose_name": "hidden search",
                "verbose_name_plural": "hidden searches",
                "ordering": ["query_string", "language_code"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("query_string", "language_code"), name="unique_hidden_search"
                    )
                ],
            },
        ),
        migrations.RunPython(create_hide_permissions, migrations.RunPython.noop),
    ]
