"""Spreadsheet exports that show what visitors typed instead of running it.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets when a CSV file is opened, so a contact-form
message such as ``=HYPERLINK("http://…","…")`` would become a live link or worse in the
office's spreadsheet ("CSV injection", OWASP). The exports that carry what visitors type
go through the rule here: the contact form's submissions (contact/views.py) and Wagtail's
*Search terms* report (core/wagtail_hooks.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from django.utils import translation
from openpyxl.cell import WriteOnlyCell

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(value: Any) -> bool:
    """True for text a spreadsheet would take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def safe_cell(value: Any) -> Any:
    """The value for a CSV cell: text that looks like a formula gets a leading single quote.

    The quote is what OWASP recommends: spreadsheets then show the text as typed, with the
    quote. Numbers, dates and booleans are left alone: they are never formulas, and a
    negative number must stay a number.
    """
    if starts_like_formula(value):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views built on Wagtail's ``SpreadsheetExportMixin``: no cell is ever a formula.

    CSV cells are passed through :func:`safe_cell`. XLSX cells already hold text as text
    (Wagtail stores what openpyxl takes for a formula as a string), so their values are kept
    exactly; they are also marked "quote prefix", Excel's own flag for text typed with a
    leading quote, so the text stays text when someone edits the cell.
    """

    def stream_csv(self, queryset) -> Iterator[str]:
        # Wagtail streams the file after the view has returned, when the staff member's
        # language is no longer active: headings and labels would come out in the site's
        # default language. The rows are written in the view's language.
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language() -> Iterator[str]:
            with translation.override(language):
                yield from rows

        return in_language()

    def write_csv_row(self, writer, row_dict: Mapping[str, Any]):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def generate_xlsx_row(
        self, worksheet, row_dict: Mapping[str, Any], date_format: str | None = None
    ) -> Iterator[WriteOnlyCell]:
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if starts_like_formula(cell.value):
                cell.quotePrefix = True
            yield cell
