"""Reading text files: size limits, empty and binary files, and encoding detection.

Detection, not guessing: a BOM wins; otherwise strict UTF-8; otherwise Windows-1252 only
if it decodes and the result looks like text. Anything with NUL bytes or many control
characters is refused as binary.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import BadInputError

MB = 1024 * 1024
# Documented in docs/importers.md. A real policy is well under 1 MB of text.
TEXT_LIMIT = 20 * MB
DOCX_LIMIT = 50 * MB

# Control characters never occur in ordinary text (tab, LF, CR and FF are allowed).
_CONTROL_RATIO_LIMIT = 0.01


@dataclass
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252"


def human_size(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{max(1, size // 1024)} kB"


def check_size(path: Path, limit: int) -> int:
    """Refuse missing, empty and too large files before reading a single byte."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise BadInputError(f"Het bestand {path} bestaat niet.", f"The file {path} does not exist.") from exc
    except OSError as exc:
        raise BadInputError(
            f"Kan {path} niet lezen: {exc.strerror or exc}", f"Cannot read {path}: {exc.strerror or exc}"
        ) from exc
    if os.path.isdir(path):
        raise BadInputError(f"{path} is een map, geen bestand.", f"{path} is a folder, not a file.")
    if st.st_size == 0:
        raise BadInputError(f"Het bestand is leeg: {path}", f"The file is empty: {path}")
    if st.st_size > limit:
        raise BadInputError(
            f"Het bestand is te groot ({human_size(st.st_size)}); de grens is {human_size(limit)}: {path}",
            f"The file is too large ({human_size(st.st_size)}); the limit is {human_size(limit)}: {path}",
        )
    return st.st_size


def read_limited(path: Path, limit: int) -> bytes:
    check_size(path, limit)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise BadInputError(
            f"Kan {path} niet lezen: {exc.strerror or exc}", f"Cannot read {path}: {exc.strerror or exc}"
        ) from exc
    if len(data) > limit:
        raise BadInputError(
            f"Het bestand is te groot; de grens is {human_size(limit)}: {path}",
            f"The file is too large; the limit is {human_size(limit)}: {path}",
        )
    if not data:
        raise BadInputError(f"Het bestand is leeg: {path}", f"The file is empty: {path}")
    return data


def _binary_error() -> BadInputError:
    return BadInputError(
        "Dit is geen tekstbestand (het bevat binaire gegevens).",
        "This is not a text file (it contains binary data).",
    )


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for _ in _CONTROLS.finditer(text))
    return controls / len(text) <= _CONTROL_RATIO_LIMIT


def decode_bytes(data: bytes) -> Decoded:
    """Decode file bytes to text, or raise BadInputError for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        if b"\x00" in data:
            raise _binary_error()
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise BadInputError(
                f"Het bestand begint met een {encoding.upper()}-markering maar is geen geldige {encoding.upper()}-tekst.",
                f"The file starts with a {encoding.upper()} marker but is not valid {encoding.upper()} text.",
            ) from None
        try:
            # Not UTF-8: Windows-1252 is what Word and older websites on Windows produce.
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise BadInputError(
                "De tekenset van het bestand is niet herkend (geen UTF-8 en geen Windows-1252).",
                "The file's character set is not recognised (neither UTF-8 nor Windows-1252).",
            ) from None
        encoding = "cp1252"
    if not looks_like_text(text):
        raise _binary_error()
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def encoding_warning(encoding: str) -> str | None:
    from editor.core.i18n import pick

    if encoding == "cp1252":
        return pick(
            "Het bestand was geen UTF-8; het is gelezen als Windows-1252.",
            "The file was not UTF-8; it was read as Windows-1252.",
        )
    if encoding == "utf-16":
        return pick("Het bestand was in UTF-16 gecodeerd.", "The file was encoded in UTF-16.")
    return None
