"""Stage 1, read: files and folders in, :class:`~geomap.document.Article` objects out.

Plain text (.txt, .md), HTML (.html, .htm) and JSON Lines (.jsonl, .ndjson,
optionally .gz) are read.  A text file holding several articles (headline,
photo captions, body, next headline ...) is split into its articles, and a
caption or headline printed twice counts once.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .document import Article
from .errors import InputError
from .text import MONTHS

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_MAX_BYTES = 50 * 1024 * 1024  # an HTML page larger than this is not an article
_SAMPLE_BYTES = 1 << 20
MAX_ARTICLE_CHARS = 1_000_000  # longer texts are cut into parts at paragraph breaks


@dataclass
class Problem:
    """A part of the input that was skipped, reported to the user (never dropped silently)."""

    where: str
    reason: str


def read_inputs(paths: list[str], problems: list[Problem] | None = None) -> Iterator[Article]:
    """Yield every article in ``paths``; skipped parts are appended to ``problems``.

    Raises :class:`InputError` when a path is missing or nothing readable is found.
    """
    problems = problems if problems is not None else []
    found = 0
    for path in _expand(paths):
        for article in read_file(path, problems):
            found += 1
            yield article
    if not found:
        detail = "; ".join(f"{p.where}: {p.reason}" for p in problems[:3])
        raise InputError("no readable article in " + ", ".join(paths) + (f" ({detail})" if detail else ""))


def _expand(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input not found: {raw}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p))
            yield from files
        else:
            yield path


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def read_file(path: Path, problems: list[Problem]) -> Iterator[Article]:
    kind = _kind(path) or "text"
    if kind == "jsonl":
        yield from read_jsonl(path, problems)
        return
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            sample = handle.read(_SAMPLE_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    if sample and decode(sample[:4096], str(path)) is None:
        problems.append(Problem(str(path), "binary file, not text"))
        return
    if kind == "html":
        articles = _html_articles(path, size, problems)
    elif size <= _SAMPLE_BYTES:
        articles = iter_articles((decode(sample, str(path)) or "").split("\n"))
    else:  # large file: streamed line by line in the encoding its first megabyte shows
        articles = iter_articles(_stream_lines(path, _encoding_of(sample)))
    yield from _numbered(articles, path, problems)


def _numbered(articles: Iterator[tuple[str, str]], path: Path, problems: list[Problem]) -> Iterator[Article]:
    """Article ids: the file's stem for a single article, stem-N when the file holds several."""
    previous, number = None, 0
    for title, body in articles:
        number += 1
        if previous is not None:
            yield make_article(f"{path.stem}-{number - 1}", previous[1], title=previous[0], source=str(path))
        previous = (title, body)
    if previous is None:
        problems.append(Problem(str(path), "no text"))
    else:
        article_id = f"{path.stem}-{number}" if number > 1 else path.stem
        yield make_article(article_id, previous[1], title=previous[0], source=str(path))


def _html_articles(path: Path, size: int, problems: list[Problem]) -> Iterator[tuple[str, str]]:
    if size > _MAX_BYTES:
        problems.append(Problem(str(path), f"HTML page larger than {_MAX_BYTES // 2**20} MB"))
        return
    title, body = html_to_text(decode(path.read_bytes(), str(path)) or "")
    if body.strip():
        yield title, body


def _encoding_of(sample: bytes) -> str:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        sample[:-4].decode("utf-8")  # the cut may split a character
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def _stream_lines(path: Path, encoding: str) -> Iterator[str]:
    with open(path, encoding=encoding, errors="replace", newline=None) as handle:
        for line in handle:
            yield line.replace("\x00", "")


def decode(raw: bytes, where: str) -> str | None:
    """Text from bytes: UTF-16 by BOM, then UTF-8, then Windows-1252; None for binary data."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    sample = raw[:4096]
    if sample and (sample.count(b"\x00") > len(sample) // 10 or _control_ratio(sample) > 0.1):
        return None
    for encoding in _ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")


def _control_ratio(sample: bytes) -> float:
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample)


def make_article(article_id: str, text: str, *, title: str = "", date: str | None = None, url: str = "",
                 source: str = "", date_hint: str | None = None) -> Article:
    """An Article whose text starts with its title, so offsets cover both."""
    body = text.strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Article(id=article_id, text=body, title=title, date=date, url=url, source=source,
                   date_hint=date_hint or caption_date(body))


# -- JSON Lines -----------------------------------------------------------------------------

def read_jsonl(path: Path, problems: list[Problem]) -> Iterator[Article]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                article = _jsonl_article(line, path, number, problems)
                if article is not None:
                    yield article
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        problems.append(Problem(str(path), f"unreadable: {exc}"))


def _jsonl_article(line: bytes, path: Path, number: int, problems: list[Problem]) -> Article | None:
    if not line.strip():
        return None
    where = f"{path}:{number}"
    try:
        record = json.loads(decode(line, where) or "")
    except json.JSONDecodeError as exc:
        problems.append(Problem(where, f"invalid JSON ({exc.msg})"))
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        problems.append(Problem(where, "no 'text' field"))
        return None
    article_id = str(record.get("id") or f"{path.stem}-{number}")
    date = record.get("date")
    return make_article(article_id, record["text"], title=str(record.get("title") or ""),
                        date=normalise_date(date) if isinstance(date, str) else None,
                        url=str(record.get("url") or ""), source=where)


def normalise_date(value: str) -> str | None:
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    return "-".join(match.groups()) if match else None


# -- HTML -------------------------------------------------------------------------------------

class _ArticleHTML(HTMLParser):
    """Collects the title and the text of content blocks, skipping page furniture."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button", "iframe",
            "figure", "template"}
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "div", "article", "section", "br", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.h1 = "", ""
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self._in = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self._flush()
        if tag in ("title", "h1"):
            self._in = tag

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self._flush()
        if tag == self._in:
            self._in = ""

    def handle_data(self, data):
        if self._in == "title" and not self.title:
            self.title = " ".join(data.split())
            return
        if self._skip:
            return
        if self._in == "h1" and not self.h1:
            self.h1 = " ".join(data.split())
        self._current.append(data)

    def _flush(self):
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []


def html_to_text(html: str) -> tuple[str, str]:
    """(title, article text) of an HTML page; short link-like blocks are dropped as boilerplate."""
    parser = _ArticleHTML()
    parser.feed(html)
    parser.close()
    parser._flush()
    blocks = [b for b in parser.blocks if len(b.split()) >= 6 or re.search(r"[.!?]$", b)]
    title = parser.h1 or parser.title
    blocks = [b for b in blocks if b != title]
    return title, "\n\n".join(dict.fromkeys(blocks))


# -- splitting a text file into articles ----------------------------------------------------

_CREDIT = re.compile(r"\((?:Reuters|AP|AFP|Getty Images|EPA|Anadolu|file photo)[^)]*\)\s*$", re.I)
_DATE_IN_TEXT = re.compile(rf"\b({'|'.join(MONTHS)})\s+(\d{{1,2}}),\s+(\d{{4}})\b")


def split_articles(text: str) -> list[tuple[str, str]]:
    """(title, text) per article in a text file (see :func:`iter_articles`)."""
    return list(iter_articles(text.split("\n")))


def iter_articles(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(title, text) per article, streamed from the lines of a text file.

    A headline is a short line without final punctuation standing as its own
    paragraph; a headline seen before in the same article is a repeat.  Stray
    tokens (an agency's initials on a line of their own) are dropped, and a
    paragraph repeated verbatim is kept once.  An article longer than
    MAX_ARTICLE_CHARS is cut into parts so memory and run time stay bounded.
    """
    title, body, size, seen, part = None, [], 0, set(), 1
    for paragraph in _units(lines):
        if len(paragraph) <= 3 and paragraph[-1:] not in ".!?":
            continue  # stray initials such as a site's logo text
        opens = title is None and not body  # a file's first line may be a headline in sentence case
        if _is_headline(paragraph, opens) and paragraph not in seen and (title is None or body):
            if body or title:
                yield title or "", "\n\n".join(body)
            title, body, size, seen, part = paragraph, [], 0, {paragraph}, 1
            continue
        if paragraph in seen:
            continue
        seen.add(paragraph)
        for piece in _pieces(paragraph):
            if size + len(piece) > MAX_ARTICLE_CHARS and body:
                yield f"{title or ''} (part {part})".strip(), "\n\n".join(body)
                body, size, part = [], 0, part + 1
            body.append(piece)
            size += len(piece)
    if body or title:
        yield (f"{title or ''} (part {part})".strip() if part > 1 else title or ""), "\n\n".join(body)


def _pieces(paragraph: str) -> Iterator[str]:
    """A paragraph longer than an article's limit (one 10-million-character line) in slices."""
    for start in range(0, len(paragraph), MAX_ARTICLE_CHARS):
        yield paragraph[start:start + MAX_ARTICLE_CHARS]


def _units(lines: Iterable[str]) -> Iterator[str]:
    """Paragraph-like units: each line, with hard-wrapped lines (no final punctuation,
    next line starting in lower case) joined back together."""
    current = ""
    for line in lines:
        line = " ".join(line.split())
        if not line:
            if current:
                yield current
            current = ""
            continue
        if current and current[-1] not in ".!?\"”)" and line[0].islower():
            current += " " + line
            continue
        if current:
            yield current
        current = line
    if current:
        yield current


def _is_headline(paragraph: str, opens: bool = False) -> bool:
    """A short line without final punctuation in title case -- or, opening the file, in sentence case ("Militants
    kill dozens of soldiers in northern Burkina Faso")."""
    words = paragraph.split()
    if not 2 <= len(words) <= 25 or paragraph[-1] in ".!?:;,\"”" or _CREDIT.search(paragraph):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    # (a headline may open on a quotation: '"They came at night": survivors recount ...')
    return capitalised / len(words) >= 0.6 or \
        opens and words[0].lstrip("\"“‘'")[:1].isupper() and "\n" not in paragraph


def caption_date(text: str) -> str | None:
    """A date printed in a photo caption ("... December 2, 2024. (Reuters)"): a weak hint only."""
    for paragraph in text.split("\n\n"):
        if _CREDIT.search(paragraph):
            match = _DATE_IN_TEXT.search(paragraph)
            if match:
                month = MONTHS.index(match.group(1)) + 1
                return f"{match.group(3)}-{month:02d}-{int(match.group(2)):02d}"
    return None
