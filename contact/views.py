"""The contact page's submissions in the admin, exported without live formulas."""

from __future__ import annotations

from wagtail.contrib.forms.views import SubmissionsListView

from core.spreadsheets import FormulaSafeExportMixin


class ContactSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's list of form submissions; its CSV and XLSX downloads show messages as typed."""
