"""Gives the "E-learning staff" group (made by elearning 0006) the question bank's permissions.

The group is looked up by name, never created twice; the permissions are created the way
Django names them so post_migrate finds them and adds nothing twice.
"""

from django.db import migrations

STAFF_GROUP = "E-learning staff"
PERMISSIONS = [
    ("question", "import_questions", "Can import and export questions"),
    ("question", "add_question", "Can add question"),
    ("question", "change_question", "Can change question"),
    ("question", "delete_question", "Can delete question"),
    ("question", "view_question", "Can view question"),
    ("questioncategory", "add_questioncategory", "Can add question category"),
    ("questioncategory", "change_questioncategory", "Can change question category"),
    ("questioncategory", "delete_questioncategory", "Can delete question category"),
    ("questioncategory", "view_questioncategory", "Can view question category"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=STAFF_GROUP).first()
    if group is None:
        return
    for model, codename, name in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="questionbank", model=model
        )
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=STAFF_GROUP).first()
    if group is not None:
        codenames = [codename for _model, codename, _name in PERMISSIONS]
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="questionbank", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("questionbank", "0001_initial"),
        ("elearning", "0006_elearning_staff_group"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
