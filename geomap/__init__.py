"""geomap: offline conflict-event mapping from news text.

read -> recognise -> resolve -> events and claims -> render / export, one
:class:`~geomap.document.Article` enriched by each stage.
"""

__version__ = "0.1.0"
