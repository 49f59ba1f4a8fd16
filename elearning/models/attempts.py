"""Quiz attempts: what the advisor was shown, what they answered, and the grade."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class Attempt(models.Model):
    # A random id in URLs: attempts of other advisors cannot be guessed.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz_key = models.UUIDField(db_index=True)
    course_key = models.UUIDField(db_index=True)
    number = models.PositiveIntegerField()
    # The questions drawn for this attempt, fixed for its lifetime (elearning.attempt_layout):
    # [{"question": translation key, "version": QuestionVersion id, "kind": …, "order": […]}, …]
    layout = models.JSONField()
    # The answers saved so far, then the answers submitted: {translation key: [values]}.
    responses = models.JSONField(null=True, blank=True)
    # Essays graded by staff: {translation key: {"fraction", "comment", "graded_by", "graded_at"}}.
    manual_grades = models.JSONField(default=dict, blank=True, verbose_name=_("manual grades"))
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    saved_at = models.DateTimeField(null=True, blank=True, verbose_name=_("answers saved"))
    # Answers are accepted until then (plus a short grace for the last save in flight); the
    # start, the quiz's time limit and the learner's extra time fix it when the attempt starts.
    deadline = models.DateTimeField(null=True, blank=True, verbose_name=_("deadline"))
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

    @property
    def is_graded(self) -> bool:
        """Submitted and scored; an attempt with an essay waits for staff until then."""
        return self.score is not None

    @property
    def awaiting_grading(self) -> bool:
        return self.is_submitted and self.score is None


class QuizOverride(models.Model):
    """A learner's own terms for one quiz, set by staff: extra time, extra attempts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_overrides",
        verbose_name=_("learner"),
    )
    quiz = models.ForeignKey(
        "elearning.QuizPage",
        on_delete=models.CASCADE,
        related_name="overrides",
        verbose_name=_("quiz"),
        help_text=_("The quiz in any language: the override applies to all its translations."),
    )
    extra_minutes = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("extra time (minutes)"),
        help_text=_("Added to the quiz's time limit, e.g. as an accessibility accommodation."),
    )
    extra_attempts = models.PositiveSmallIntegerField(default=0, verbose_name=_("extra attempts"))
    reason = models.CharField(max_length=255, blank=True, verbose_name=_("reason"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated"))

    class Meta:
        verbose_name = _("quiz override")
        verbose_name_plural = _("quiz overrides")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz"], name="one_override_per_quiz")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz}"

    def save(self, *args, **kwargs) -> None:
        # One override per learner and quiz, whichever translation staff picked.
        default = Locale.get_default()
        if self.quiz.locale_id != default.pk:
            self.quiz = self.quiz.get_translation_or_none(default) or self.quiz
        super().save(*args, **kwargs)
