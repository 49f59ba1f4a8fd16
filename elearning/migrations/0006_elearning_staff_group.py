"""The "E-learning staff" group, with what the office's e-learning staff need, on every site.

Created here rather than by the demo loader so that a production site has it. Permissions the
group needs that Django creates only after all migrations (a model's add/change) are created
here the way Django names them, so post_migrate finds them and adds nothing twice.
"""

from django.db import migrations

STAFF_GROUP = "E-learning staff"
# (app label, model, codename, name): the admin, the staff tools, advisors' accounts, their
# locked sign-ins and erasure requests, and certificates.
STAFF_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("elearning", "enrolment", "manage_learners", "Can enrol, import and follow advisors"),
    ("auth", "user", "add_user", "Can add user"),
    ("auth", "user", "change_user", "Can change user"),
    ("auth", "user", "view_user", "Can view user"),
    (
        "accounts",
        "signinlockout",
        "unlock_accounts",
        "Can unlock sign-ins locked after failed attempts",
    ),
    (
        "accounts",
        "erasurerequest",
        "erase_personal_data",
        "Can erase an account holder's personal data",
    ),
    ("certificates", "certificate", "view_certificate", "Can view certificate"),
    ("certificates", "certificate", "revoke_certificate", "Can revoke certificates"),
]


def create_staff_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    for app_label, model, codename, name in STAFF_PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def remove_staff_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=STAFF_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("elearning", "0005_course_illustration"),
        ("accounts", "0002_profile_and_erasure_request"),
        ("certificates", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="enrolment",
            options={
                "permissions": [("manage_learners", "Can enrol, import and follow advisors")],
                "verbose_name": "enrolment",
                "verbose_name_plural": "enrolments",
            },
        ),
        migrations.RunPython(create_staff_group, remove_staff_group),
    ]
