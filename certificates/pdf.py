"""The certificate as a PDF: A4 landscape, in the reader's language, with a QR code of the
address where anyone can verify it.

fpdf2 writes the PDF in pure Python (no browser or system library to run), embedding a
TrueType font so Polish and Spanish letters come out right; segno draws the QR code.

The PDF is PDF/A-2U, as fpdf2 enforces it (fonts embedded, Unicode text, XMP metadata, an
output intent): fit to archive, its text extractable and searchable. fpdf2 sets the
document's language and title and tags the QR code as a figure with its text alternative; it
does not tag the text itself, so the PDF is not PDF/UA: the HTML page is the accessible
version of the certificate.

Rendering runs in the task worker (certificates.tasks), and the result is kept
(certificates.pdf_store) until anything printed on it or ``LAYOUT_VERSION`` changes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import segno
from django.conf import settings
from django.core.checks import Warning as CheckWarning
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

# DejaVu Sans from Debian's fonts-dejavu-core (`make install-fonts`); settings may point
# elsewhere: ZMP_CERTIFICATE_FONT and ZMP_CERTIFICATE_BOLD_FONT.
DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEFAULT_BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FAMILY = "certificate"
GREEN = (20, 90, 50)
GREY = (70, 70, 70)
QR_SIZE_MM = 38
# Raise it whenever the layout or its wording changes: every stored PDF is then rendered anew.
LAYOUT_VERSION = 2
COMPLIANCE = "PDF/A-2U"


def font_paths() -> dict[str, Path]:
    return {
        "": Path(getattr(settings, "ZMP_CERTIFICATE_FONT", DEFAULT_FONT)),
        "B": Path(getattr(settings, "ZMP_CERTIFICATE_BOLD_FONT", DEFAULT_BOLD_FONT)),
    }


def missing_fonts() -> list[Path]:
    return [path for path in font_paths().values() if not path.is_file()]


def check_fonts(app_configs=None, **kwargs) -> list[CheckWarning]:
    """A system check: without the fonts, certificates cannot be downloaded as PDF."""
    return [
        CheckWarning(
            f"Certificate font {path} is missing: PDF certificates cannot be made.",
            hint="Install Debian's fonts-dejavu-core (make install-fonts) or set "
            "ZMP_CERTIFICATE_FONT / ZMP_CERTIFICATE_BOLD_FONT.",
            id="certificates.W001",
        )
        for path in missing_fonts()
    ]


@dataclass(frozen=True)
class CertificateDocument:
    """Everything printed, already in the reader's language and formats."""

    language: str
    holder_name: str
    course_title: str
    completed_on: str
    score: str
    issuer: str
    code: str
    verification_url: str
    # The advisor certificate: ``course_title`` is its title, and the blocks are listed.
    advisor: bool = False
    blocks: tuple[str, ...] = ()


def qr_png(url: str) -> io.BytesIO:
    """The QR code of ``url``, 10 pixels a module, with its quiet zone."""
    image = io.BytesIO()
    segno.make(url, error="m").save(image, kind="png", scale=10, border=4)
    image.seek(0)
    return image


def _advisor_body(document: CertificateDocument, line) -> None:
    """The advisor certificate's title, holder and blocks: tighter, to leave the QR its room."""
    line(document.course_title, 26, "B", gap=5, colour=GREEN)
    line(_("This certifies that"), 13, gap=3)
    line(document.holder_name, 22, "B", gap=4, colour=(0, 0, 0))
    line(
        _(
            "has completed every block of the green-jobs advisors' training, with an average "
            "quiz score of %(score)s%%:"
        )
        % {"score": document.score},
        13,
        gap=2,
    )
    for block in document.blocks:
        line(f"• {block}", 11, gap=0.5)


def render(document: CertificateDocument) -> bytes:
    """The PDF, with the texts of the active language (the caller activates ``language``)."""
    pdf = FPDF(orientation="landscape", format="A4", enforce_compliance=COMPLIANCE)
    for style, path in font_paths().items():
        pdf.add_font(FAMILY, style, str(path))
    title = _("Certificate") if document.advisor else _("Certificate of completion")
    pdf.set_lang(document.language)
    pdf.set_title(f"{title}: {document.course_title}")  # also shown as the window's title
    pdf.set_subject(document.course_title)
    pdf.set_author(document.issuer)
    pdf.set_creator(document.issuer)
    pdf.set_keywords(document.code)
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()

    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.4)
    pdf.rect(13, 13, pdf.w - 26, pdf.h - 26)

    width = pdf.w - 40

    def line(text: str, size: float, style: str = "", gap: float = 4, colour=GREY) -> None:
        pdf.set_font(FAMILY, style, size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(width, size * 0.5, text, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)

    pdf.set_y(28)
    if document.advisor:
        _advisor_body(document, line)
    else:
        line(title, 28, "B", gap=8, colour=GREEN)
        line(_("This certifies that"), 14)
        line(document.holder_name, 24, "B", gap=6, colour=(0, 0, 0))
        line(
            _(
                "has completed the course “%(course)s” of the green-jobs advisors' training and "
                "passed its quiz with a score of %(score)s%%."
            )
            % {"course": document.course_title, "score": document.score},
            14,
            gap=6,
        )
    line(_("Completed on %(date)s") % {"date": document.completed_on}, 13, gap=2)
    line(_("Issued by %(issuer)s") % {"issuer": document.issuer}, 13)

    qr_top = pdf.h - 20 - QR_SIZE_MM
    pdf.image(
        qr_png(document.verification_url),
        x=pdf.w - 20 - QR_SIZE_MM,
        y=qr_top,
        w=QR_SIZE_MM,
        h=QR_SIZE_MM,
        alt_text=_("QR code of the address where this certificate can be verified: %(url)s")
        % {"url": document.verification_url},
    )
    pdf.set_xy(20, qr_top + 8)
    pdf.set_text_color(*GREY)
    pdf.set_font(FAMILY, "B", 12)
    pdf.cell(
        text=_("Certificate code: %(code)s") % {"code": document.code},
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font(FAMILY, "", 10)
    pdf.multi_cell(
        width - QR_SIZE_MM - 10,
        5,
        _("Anyone can check that this certificate is valid at %(url)s or by scanning the code.")
        % {"url": document.verification_url},
        align=Align.L,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    return bytes(pdf.output())
