from django.db import migrations

USER_MANAGERS = ["add_user", "change_user"]


def create_unlock_permission(apps, schema_editor):
    """The permission exists from this migration on, and goes to the groups that manage users.

    Those groups already create and edit advisors' accounts (and import them), so they are the
    ones an advisor calls when locked out. Superusers always have it.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="accounts", model="signinlockout"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="unlock_accounts",
        defaults={"name": "Can unlock sign-ins locked after failed attempts"},
    )
    for group in Group.objects.filter(
        permissions__content_type__app_label="auth", permissions__codename__in=USER_MANAGERS
    ).distinct():
        group.permissions.add(permission)


def remove_unlock_permission(apps, schema_editor):
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="accounts", codename="unlock_accounts"
    ).delete()


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("axes", "0010_accessattemptexpiration"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="SignInLockout",
            fields=[],
            options={
                "verbose_name": "locked sign-in",
                "verbose_name_plural": "locked sign-ins",
                "permissions": [
                    ("unlock_accounts", "Can unlock sign-ins locked after failed attempts")
                ],
                "proxy": True,
                "default_permissions": (),
                "indexes": [],
                "constraints": [],
            },
            bases=("axes.accessattempt",),
        ),
        migrations.RunPython(create_unlock_permission, remove_unlock_permission),
    ]
