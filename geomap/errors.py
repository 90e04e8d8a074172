"""All geomap exceptions, in one place.  Each carries a user-facing message and an exit code."""

from __future__ import annotations


class GeomapError(Exception):
    """A problem the user can act on: printed as one line, no traceback."""

    exit_code = 1


class InputError(GeomapError):
    """Missing, unreadable, binary, empty or malformed input."""

    exit_code = 2


class OutputError(GeomapError):
    """The output folder cannot be written."""

    exit_code = 3


class DataError(GeomapError):
    """The gazetteer or another data file is unusable."""

    exit_code = 4
