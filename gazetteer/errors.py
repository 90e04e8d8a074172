"""All gazetteer exceptions, in one place."""


class GazetteerError(Exception):
    """Base class: a gazetteer problem a user can act on (message is user-facing)."""


class IndexMissing(GazetteerError):
    """No index exists yet and building was not allowed."""


class DumpFormatError(GazetteerError):
    """An import file is corrupt, truncated or not in the expected format."""


class CacheDirError(GazetteerError):
    """The cache directory cannot be created or written."""


class OnlineDisabled(GazetteerError):
    """An online service was asked for without the flag that allows it."""
