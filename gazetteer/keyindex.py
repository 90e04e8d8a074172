"""The compiled look-up index: name keys mapped straight to their places.

SQLite stays the store -- imports merge into it, :meth:`Gazetteer.near` and ``info``
query it -- but one Python call into SQLite costs about 15 µs, too slow for 100,000
look-ups a second.  After every build or import the names are compiled into two
files beside the index, named after the index's build id so a stale pair is never read:

* ``<index>.<stamp>.keys`` -- a marisa trie of every name key, and of
  ``"\\x01" skeleton "\\x1f" key`` strings for the loose (transliteration) match;
* ``<index>.<stamp>.rows`` -- each place marshalled with its context-free prior
  score (:func:`gazetteer.ranking.priors`), then the postings: for each trie id,
  the rows of the places with that key and how the name relates to them, best
  context-free score first -- so a look-up without context needs no sorting.

The trie is loaded (~15 ms); the rows file is memory-mapped and pre-faulted, so
worker processes share its pages and a cold look-up takes no page fault.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import sqlite3
import struct
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import marisa_trie

from .errors import GazetteerError
from .model import Place
from .ranking import MATCH_QUALITY, priors

_SKELETON = "\x01"
_SEPARATOR = "\x1f"
_KIND_BITS = 2  # a posting is row << 2 | name kind (primary, alias, alternate)
_MAGIC = b"GMROWS03"
_FOOTER = struct.Struct("<8sQQQ")  # magic, rows, trie ids, postings
_PLACES = "SELECT id, name, lat, lon, country, admin1, fclass, fcode, population, source FROM places ORDER BY id"
_NAME_COUNTS = "SELECT place_id, count(*) FROM names GROUP BY place_id ORDER BY place_id"
_new_tuple = tuple.__new__  # Place._make without its length check: rows were written from Places

_loads = marshal.loads
Prior = tuple[float, tuple[str, ...]]  # context-free score and its reasons


def _code_digest() -> str:
    """Ranking and row layout are compiled in: a change to their code recompiles."""
    digest = hashlib.sha1()
    here = Path(__file__).parent
    for name in ("keyindex.py", "ranking.py", "model.py", "normalize.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:8]


_CODE = _code_digest()


def paths(index: Path, build_id: str) -> tuple[Path, Path]:
    stem = f"{index.name}.{build_id}-{_CODE}"
    return index.with_name(stem + ".keys"), index.with_name(stem + ".rows")


def compile_index(db_path: Path, index: Path, build_id: str) -> None:
    """Compile the names and places of ``db_path`` into the files that serve ``index``.

    Besides the trie, memory holds only integer arrays (about 30 bytes per place and per name):
    names and places are streamed from SQLite.
    """
    keys_path, rows_path = paths(index, build_id)
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        trie = marisa_trie.Trie(_trie_strings(db))
        trie.save(str(_temporary(keys_path)))
        with _temporary(rows_path).open("wb") as out:
            order = _write_rows(db, out)
            postings = _write_postings(db, trie, order, out)
            out.write(_FOOTER.pack(_MAGIC, len(order.ids), len(trie), postings))
    except BaseException:
        _temporary(keys_path).unlink(missing_ok=True)
        _temporary(rows_path).unlink(missing_ok=True)
        raise
    finally:
        db.close()
    os.replace(_temporary(rows_path), rows_path)
    os.replace(_temporary(keys_path), keys_path)
    for stale in index.parent.glob(f"{index.name}.*"):
        if stale.suffix in (".keys", ".rows") and stale not in (keys_path, rows_path):
            stale.unlink(missing_ok=True)
    for orphan in index.parent.glob(f".{index.name}.*.tmp"):  # left by a compile that was killed
        if not _alive(orphan.suffixes[-2][1:]):  # ".<name>.<pid>.tmp"
            orphan.unlink(missing_ok=True)


def _alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _trie_strings(db: sqlite3.Connection) -> Iterator[str]:
    for key, skel in db.execute("SELECT key, skel FROM names"):
        yield key
        if skel:
            yield f"{_SKELETON}{skel}{_SEPARATOR}{key}"


class _RowOrder(NamedTuple):
    """Per row (places in id order): geonameid, context-free prior score, population."""

    ids: array
    plain: array
    populations: array

    def row_of(self, place_id: int) -> int:
        return bisect_left(self.ids, place_id)

    def posting_order(self, posting: int) -> tuple[float, int, int]:
        """The order of :func:`gazetteer.ranking.rank` without context."""
        row, kind = posting >> _KIND_BITS, posting & 3
        return -(MATCH_QUALITY[kind] + self.plain[row]), -self.populations[row], row


def _write_rows(db: sqlite3.Connection, out) -> _RowOrder:
    """Places in id order, then their byte offsets."""
    admin1 = {(c, code): n for c, code, n in db.execute("SELECT country, code, name FROM admin1")}
    offsets = array("Q", [0])
    order = _RowOrder(array("q"), array("d"), array("q"))
    counts = db.cursor().execute(_NAME_COUNTS)  # both in id order: walked side by side
    counted, names = next(counts, (None, 0))
    for pid, name, lat, lon, country, code, fclass, fcode, population, source in db.execute(_PLACES):
        while counted is not None and counted < pid:
            counted, names = next(counts, (None, 0))
        place = Place(pid, name, lat, lon, country, code, admin1.get((country, code), ""), fclass, fcode,
                      population, source)
        prior = priors(place, names if counted == pid else 0)
        blob = marshal.dumps((tuple(place), prior))
        out.write(blob)
        offsets.append(offsets[-1] + len(blob))
        order.ids.append(pid)
        order.plain.append(prior[0])
        order.populations.append(population)
    _pad(out)
    out.write(offsets.tobytes())
    return order


def _write_postings(db: sqlite3.Connection, trie: marisa_trie.Trie, order: _RowOrder, out) -> int:
    """Postings grouped by key, each group in context-free order; then, per trie id, where its
    group starts and ends.  One pass over the names in key order."""
    starts, ends = array("I", bytes(4 * len(trie))), array("I", bytes(4 * len(trie)))
    postings = array("I")
    names = db.execute("SELECT key, place_id, kind FROM names ORDER BY key")
    for key, group in groupby(names, key=itemgetter(0)):
        slot = trie[key]
        group_postings = [order.row_of(place_id) << _KIND_BITS | kind for _, place_id, kind in group]
        if len(group_postings) > 1:
            group_postings.sort(key=order.posting_order)
        starts[slot] = len(postings)
        postings.extend(group_postings)
        ends[slot] = len(postings)
    out.write(starts.tobytes())
    out.write(ends.tobytes())
    out.write(postings.tobytes())
    return len(postings)


def _pad(out) -> None:
    """Align the integer arrays that follow to 8 bytes (memoryview.cast needs it)."""
    out.write(bytes(-out.tell() % 8))


class KeyIndex:
    """Read side of the compiled files."""

    def __init__(self, keys_path: Path, rows_path: Path):
        self._trie = marisa_trie.Trie().load(str(keys_path))
        with rows_path.open("rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0),
                                  prot=mmap.PROT_READ)
        size = len(self._map)
        magic, rows, ids, postings = _FOOTER.unpack_from(self._map, size - _FOOTER.size) \
            if size >= _FOOTER.size else (b"", 0, 0, 0)
        if magic != _MAGIC or ids != len(self._trie):
            raise GazetteerError(f"{rows_path} is not a geomap rows file; delete it and it is rebuilt")
        self._view = memoryview(self._map)
        end = size - _FOOTER.size
        post_at = end - 4 * postings
        ends_at = post_at - 4 * ids
        starts_at = ends_at - 4 * ids
        offsets_at = starts_at - 8 * (rows + 1)
        self._postings = self._view[post_at:end].cast("I")
        self._ends = self._view[ends_at:post_at].cast("I")
        self._starts = self._view[starts_at:ends_at].cast("I")
        self._offsets = self._view[offsets_at:starts_at].cast("Q")

    def entries(self, key: str) -> list[tuple[int, int]]:
        """(row, name kind) of every place whose name has exactly this key."""
        return [(p >> _KIND_BITS, p & 3) for p in self._postings_of(key)]

    def places(self, key: str) -> list[tuple[Place, Prior, int]]:
        """(place, prior, name kind) of every place whose name has exactly this key, best
        context-free first: :meth:`entries` and :meth:`row` in one loop, the look-up's hot path."""
        offsets, view, found = self._offsets, self._view, []
        for posting in self._postings_of(key):
            row = posting >> _KIND_BITS
            fields, prior = _loads(view[offsets[row]:offsets[row + 1]])
            found.append((_new_tuple(Place, fields), prior, posting & 3))
        return found

    def _postings_of(self, key: str) -> Sequence[int]:
        slot = self._trie.get(key)
        return () if slot is None else self._postings[self._starts[slot]:self._ends[slot]]

    def __contains__(self, key: str) -> bool:
        return key in self._trie

    def row(self, number: int) -> tuple[Place, Prior]:
        """The place in row ``number`` and its prior (total, reasons)."""
        offsets = self._offsets
        fields, prior = _loads(self._view[offsets[number]:offsets[number + 1]])
        return _new_tuple(Place, fields), prior

    def skeleton_keys(self, skel: str) -> list[str]:
        """Every name key sharing the loose key ``skel``."""
        prefix = f"{_SKELETON}{skel}{_SEPARATOR}"
        return [full[len(prefix):] for full in self._trie.keys(prefix)]

    def keys_with_prefix(self, prefix: str) -> list[str]:
        return [k for k in self._trie.keys(prefix) if not k.startswith(_SKELETON)] if prefix else []

    def close(self) -> None:
        for view in (self._postings, self._starts, self._ends, self._offsets, self._view):
            view.release()
        self._map.close()


def open_for(index: Path, build_id: str) -> KeyIndex:
    """The compiled files of ``index``, compiled now if missing or stale (an older geomap, a crash)."""
    keys_path, rows_path = paths(index, build_id)
    if not (keys_path.exists() and rows_path.exists()):
        try:
            compile_index(index, index, build_id)
        except OSError as exc:
            raise GazetteerError(f"cannot write the look-up files beside {index}: {exc.strerror}; "
                                 "set GEOMAP_CACHE to a writable folder") from None
    return KeyIndex(keys_path, rows_path)
