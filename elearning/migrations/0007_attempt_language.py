"""Each quiz attempt remembers the language it was taken in; earlier ones were all Polish."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("elearning", "0006_elearning_staff_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="attempt",
            name="language",
            field=models.CharField(default="pl", max_length=10, verbose_name="language"),
        ),
    ]
