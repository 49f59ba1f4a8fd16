"""The "E-learning staff" group may change the consultations target (Settings → Consultations
target), on every site: the people who follow the advisors' hours set what they aim for.

The permission is created here the way Django names it, so post_migrate adds nothing twice.
"""

from django.db import migrations

STAFF_GROUP = "E-learning staff"
PERMISSIONS = [
    (
        "consultationsettings",
        "change_consultationsettings",
        "Can change consultations target",
    ),
]


def give_staff_the_target(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    for model, codename, name in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="consultations", model=model
        )
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def take_it_back(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=STAFF_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="consultations",
                codename__in=[codename for _model, codename, _name in PERMISSIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("elearning", "0006_elearning_staff_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_staff_the_target, take_it_back)]
