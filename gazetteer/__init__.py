"""geomap's offline gazetteer: place names to ranked candidate places, no network.

>>> import gazetteer
>>> gaz = gazetteer.open()                               # doctest: +SKIP
>>> [c.place.name for c in gaz.lookup("Soran", country="SY")][:1]   # doctest: +SKIP
['Şūrān']
"""

from .api import Gazetteer, cache_dir, countries, default_index_path, open  # noqa: A004
from .errors import CacheDirError, DumpFormatError, GazetteerError, IndexMissing, OnlineDisabled
from .model import Candidate, Place
from .ranking import ACCEPT, Context

__all__ = ["ACCEPT", "CacheDirError", "Candidate", "Context", "DumpFormatError", "Gazetteer", "GazetteerError",
           "IndexMissing", "OnlineDisabled", "Place", "cache_dir", "countries", "default_index_path", "open"]
