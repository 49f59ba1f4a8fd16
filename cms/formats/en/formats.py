"""English pages follow British conventions: day-month-year and the 24-hour clock.

Django's "en" formats are American (11/30/2026 8:03 a.m.); its "en_GB" ones keep a 12-hour
clock. Dates are written as GOV.UK writes them ("30 November 2026").
"""

from django.conf.locale.en_GB.formats import (  # noqa: F401 - reused as they are
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    DECIMAL_SEPARATOR,
    FIRST_DAY_OF_WEEK,
    NUMBER_GROUPING,
    THOUSAND_SEPARATOR,
)

DATE_FORMAT = "j F Y"  # 30 November 2026
TIME_FORMAT = "H:i"  # 20:03
DATETIME_FORMAT = "j F Y, H:i"  # 30 November 2026, 20:03
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"  # 30/11/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 30/11/2026 20:03
