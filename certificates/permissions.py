"""Who may see and revoke certificates: the permissions, and the staff group that gets them.

The permissions are created by migration 0001; elearning's migration 0006 creates the
"E-learning staff" group with them (and the group's other permissions).
"""

from __future__ import annotations

STAFF_GROUP = "E-learning staff"
PERMISSIONS = {
    "view_certificate": "Can view certificate",
    "revoke_certificate": "Can revoke certificates",
}


def grant_to_staff(apps, group=None) -> None:
    """Create the permissions (``apps``: the migration's or Django's registry) and give them to
    ``group``, or to the staff group if it exists."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="certificates", model="certificate"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PERMISSIONS.items()
    ]
    groups = [group] if group is not None else Group.objects.filter(name=STAFF_GROUP)
    for staff in groups:
        staff.permissions.add(*permissions)


def revoke_from_everyone(apps) -> None:
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="certificates", codename__in=PERMISSIONS
    ).delete()
