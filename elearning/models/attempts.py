"""Quiz attempts: what the advisor was shown, what they answered, and the grade."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Attempt(models.Model):
    # A random id in URLs: attempts of other advisors cannot be guessed.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz_key = models.UUIDField(db_index=True)
    course_key = models.UUIDField(db_index=True)
    number = models.PositiveIntegerField()
    # [{"question": id, "answers": [ids in the order shown], "several": bool}, …]
    layout = models.JSONField()
    responses = models.JSONField(null=True, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The language of the quiz page the attempt was started on (its locale's code), so staff
    # can compare a question's results across translations (reports.questions).
    language = models.CharField(
        max_length=10, default=settings.LANGUAGE_CODE, verbose_name=_("language")
    )

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["quiz_key", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "number"], name="attempt_numbers_are_unique"
            ),
            # Parallel "start" requests (a double click, two tabs) resume one attempt.
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=models.Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None
