from django.db import migrations

ADVISORS = "Advisors"


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=ADVISORS)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=ADVISORS).delete()


class Migration(migrations.Migration):
    dependencies = [("elearning", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_group, remove_group)]
