"""Fetch GeoNames country dumps for users who are online, then import them.

This is the only gazetteer code that uses the network, and only when the user runs
``geomap gazetteer download``.  Files go to ``<cache>/downloads/`` under a temporary
name first, so an interrupted download never leaves a truncated zip behind.
"""

from __future__ import annotations

import os
import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path

from .api import cache_dir, default_index_path
from .errors import GazetteerError
from .importer import import_files

_CODE = re.compile(r"^(?:[A-Z]{2}|allCountries|cities500|cities1000|cities5000|cities15000|admin1CodesASCII)$")


def download(codes: list[str], *, base_url: str, import_after: bool = True, timeout: float = 60.0) -> list[Path]:
    """Download ``<base_url><CODE>.zip`` for each country code and import them."""
    folder = cache_dir() / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for code in codes:
        code = code.upper() if len(code) == 2 else code
        if not _CODE.match(code):
            raise GazetteerError(f"not a GeoNames dump name or country code: {code!r}")
        suffix = ".txt" if code == "admin1CodesASCII" else ".zip"
        files.append(_fetch(base_url.rstrip("/") + "/" + code + suffix, folder / (code + suffix), timeout))
    if import_after:
        import_files(files, default_index_path())
    return files


def _fetch(url: str, target: Path, timeout: float) -> Path:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "geomap (offline conflict mapper)"})
        with urllib.request.urlopen(request, timeout=timeout) as response, open(tmp, "wb") as out:
            shutil.copyfileobj(response, out, length=1 << 20)
        os.replace(tmp, target)
    except (urllib.error.URLError, OSError) as exc:
        raise GazetteerError(f"download of {url} failed: {getattr(exc, 'reason', exc)}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target
