"""The "E-learning staff" group may add, change, delete and view quiz overrides (E-learning →
Quiz overrides): the people who follow the advisors give one extra time or extra attempts.

The permissions are created here the way Django names them, so post_migrate adds nothing twice.
"""

from django.db import migrations

STAFF_GROUP = "E-learning staff"
PERMISSIONS = [
    ("add_quizoverride", "Can add quiz override"),
    ("change_quizoverride", "Can change quiz override"),
    ("delete_quizoverride", "Can delete quiz override"),
    ("view_quizoverride", "Can view quiz override"),
]


def give_staff_the_overrides(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    content_type, _created = ContentType.objects.get_or_create(
        app_label="elearning", model="quizoverride"
    )
    for codename, name in PERMISSIONS:
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def take_them_back(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=STAFF_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="elearning",
                codename__in=[codename for codename, _name in PERMISSIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("elearning", "0008_quizzes_from_the_question_bank"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_staff_the_overrides, take_them_back)]
