"""Where things live in a library folder, and the names of revision files.

Shared by the store (reading and saving) and the builder (writing the shipped library), so
neither imports the other.

    revisions/<id>~r000003~20261207T035400Z~an~3f9c0a7b12de.md
                          every saved revision, one file each, never overwritten
    clauses/<id>.md       format-1 live files (today's libraries and the shipped one); still read
    history/<id>/r000002.md   format-1 history; still read, never written
    index.json            metadata + text of clauses and revisions, so a load reads few files
    .library-marker       read with a timeout to tell "share down" from "one failed read"
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

CLAUSES_DIR = "clauses"
HISTORY_DIR = "history"
REVISIONS_DIR = "revisions"
INDEX_FILE = "index.json"
INDEX_VERSION = 1  # format-1 readers keep working: they read "entries" and ignore "revisions"
MARKER_FILE = ".library-marker"
SUFFIX = ".md"
MAX_CLAUSE_BYTES = 1_000_000  # a clause is a few kB; anything this big is not one

SLOT_RE = re.compile(r"^r(\d{6,})\.md$")
# <id>~r<revision>~<UTC time>~<author>~<random id>.md; sync clients may add " (1)" or "-PC-JAN".
REVISION_RE = re.compile(
    r"^(?P<id>[a-z0-9][a-z0-9_-]{0,99})~r(?P<rev>\d{6,})~(?P<time>\d{8}T\d{6}Z)~(?P<author>[a-z0-9-]{0,24})"
    r"~(?P<rand>[0-9a-f]{12})(?P<copy>.*)\.md$"
)
# A sync client's copy of a live file: "klachten (1).md", "klachten-PC-JAN.md", "klachten (conflict ...).md".
_SYNC_COPY_RE = re.compile(r"^(?P<stem>.+?)(?: \(.*\)|-[A-Za-z0-9_-]*[A-Z][A-Za-z0-9_-]*)$")


def clause_path(root: PurePath, clause_id: str) -> PurePath:
    return root / CLAUSES_DIR / f"{clause_id}{SUFFIX}"


def history_dir(root: PurePath, clause_id: str) -> PurePath:
    return root / HISTORY_DIR / clause_id


def slot_path(root: PurePath, clause_id: str, revision: int) -> PurePath:
    return history_dir(root, clause_id) / f"r{revision:06d}{SUFFIX}"


def revisions_dir(root: PurePath) -> PurePath:
    return root / REVISIONS_DIR


def author_slug(author: str) -> str:
    folded = unicodedata.normalize("NFKD", author.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:24]


@dataclass(frozen=True)
class RevisionName:
    clause_id: str
    revision: int
    time: str
    author: str
    rand: str
    sync_copy: bool  # a sync client's copy of a revision file (same content, absorbed on load)

    @property
    def file_name(self) -> str:
        return f"{self.clause_id}~r{self.revision:06d}~{self.time}~{self.author}~{self.rand}{SUFFIX}"


def new_revision_name(clause_id: str, revision: int, author: str, now: dt.datetime | None = None) -> RevisionName:
    """A file name nobody else will ever pick: 48 random bits beside the revision, author and time."""
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return RevisionName(clause_id, revision, when, author_slug(author), secrets.token_hex(6), False)


def parse_revision_name(name: str) -> RevisionName | None:
    m = REVISION_RE.match(name)
    if m is None:
        return None
    return RevisionName(m["id"], int(m["rev"]), m["time"], m["author"], m["rand"], bool(m["copy"]))


def sync_copy_of(name: str) -> str | None:
    """The clause id a sync client's copy of clauses/<id>.md stands for, or None."""
    if not name.endswith(SUFFIX) or name.startswith("."):
        return None
    m = _SYNC_COPY_RE.match(name[: -len(SUFFIX)])
    return m["stem"] if m else None
