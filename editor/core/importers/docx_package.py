"""The Word package (.docx zip) checks that run before python-docx sees a byte.

Not a zip, a damaged or truncated zip, an unsupported zip feature ("version 7.2"), an
encrypted member, a zip bomb (total uncompressed size or compression ratio too high) and
XML parts with a DOCTYPE or ENTITY declaration anywhere (the XXE vector; Word never writes
one) are refused with a clear message.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from editor.core.errors import BadInputError
from editor.core.importers.encoding import MB, human_size

# A docx of a long policy unpacks to a few MB; 100 MB leaves room for embedded images.
UNCOMPRESSED_LIMIT = 100 * MB
RATIO_LIMIT = 100  # per member above 1 MB; XML compresses ~10x, zeros ~1000x
MAX_MEMBERS = 10_000
# python-docx holds the whole main part as a tree (about 10x its size in memory): 25 MB of XML
# stays under 500 MB RSS, and is about 20 times the text of a very long policy.
MAIN_PART_LIMIT = 25 * MB
MAX_PARAGRAPHS = 200_000
_PARAGRAPH = re.compile(rb"<w:p[\s>/]")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DOCTYPE = re.compile(rb"<!\s*DOCTYPE|<!\s*ENTITY", re.I)


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _not_word() -> BadInputError:
    return BadInputError(
        "Dit is geen geldig Word-bestand (.docx).", "This is not a valid Word file (.docx)."
    )


def _damaged(detail: str = "") -> BadInputError:
    extra = f" ({detail})" if detail else ""
    return BadInputError(
        f"Het Word-bestand is beschadigd of onvolledig{extra}.",
        f"The Word file is damaged or incomplete{extra}.",
    )


def check_package(data: bytes) -> zipfile.ZipFile:
    """Open the docx zip after refusing non-zips, damaged zips, zip bombs and DOCTYPEs."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise BadInputError(
            "Dit is een oud Word-bestand (.doc). Sla het in Word op als .docx en open het opnieuw.",
            "This is an old Word file (.doc). Save it as .docx in Word and open it again.",
        )
    if not data.startswith(b"PK"):
        raise _not_word()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError as exc:  # "zip file version 7.2": a zip feature Word never uses
        raise _damaged(str(exc)) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, RuntimeError, struct.error) as exc:
        raise _damaged(str(exc)[:100] if "central directory" not in str(exc) else "") from exc
    infos = zf.infolist()
    if any(i.flag_bits & 0x1 for i in infos):
        raise BadInputError(
            "Het Word-bestand is met een wachtwoord versleuteld; sla het in Word zonder wachtwoord op.",
            "The Word file is encrypted with a password; save it without a password in Word.",
        )
    names = {i.filename for i in infos}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise _not_word()
    if len(infos) > MAX_MEMBERS:
        raise BadInputError("Het Word-bestand bevat te veel onderdelen.", "The Word file has too many parts.")
    main = zf.getinfo("word/document.xml")
    if main.file_size > MAIN_PART_LIMIT:
        raise BadInputError(
            f"De tekst van het Word-bestand is te groot ({human_size(main.file_size)} XML; "
            f"de grens is {human_size(MAIN_PART_LIMIT)}).",
            f"The Word file's text is too large ({human_size(main.file_size)} of XML; "
            f"the limit is {human_size(MAIN_PART_LIMIT)}).",
        )
    total = sum(i.file_size for i in infos)
    bomb = total > UNCOMPRESSED_LIMIT or any(
        i.file_size > MB and i.file_size > RATIO_LIMIT * max(i.compress_size, 1) for i in infos
    )
    if bomb:
        raise BadInputError(
            f"Het Word-bestand wordt uitgepakt {human_size(total)} groot (grens {human_size(UNCOMPRESSED_LIMIT)}, "
            "of een extreme compressie); het is geweigerd als mogelijke zip-bom.",
            f"The Word file unpacks to {human_size(total)} (limit {human_size(UNCOMPRESSED_LIMIT)}, or extreme "
            "compression); it was refused as a possible zip bomb.",
        )
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        try:
            found, paragraphs = _scan_part(zf, info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError,
                struct.error) as exc:
            raise _damaged(info.filename) from exc
        if found:
            raise BadInputError(
                f"Het Word-bestand bevat een DOCTYPE-declaratie in {info.filename} (mogelijk een XXE-aanval); "
                "het is geweigerd.",
                f"The Word file contains a DOCTYPE declaration in {info.filename} (a possible XXE attack); "
                "it was refused.",
            )
        if paragraphs > MAX_PARAGRAPHS:
            # Counted before python-docx builds a tree of them.
            raise BadInputError(
                f"Het Word-bestand heeft te veel alinea's ({paragraphs:,}); de grens is {MAX_PARAGRAPHS:,}.".replace(
                    ",", "."),
                f"The Word file has too many paragraphs ({paragraphs:,}); the limit is {MAX_PARAGRAPHS:,}.",
            )
    return zf


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bool, int]:
    """Search the whole part (not just its start) for a DOCTYPE or ENTITY declaration.

    Word escapes "<" in text, so the string can only be markup: refusing wherever it stands
    makes the refusal consistent (a long comment before the DOCTYPE no longer hides it).
    Reading to the end also makes zipfile check the CRC. Also counts the paragraphs (w:p).
    """
    carry = b""
    paragraphs = 0
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            text = carry + chunk.replace(b"\x00", b"")  # UTF-16 parts
            if _DOCTYPE.search(text):
                return True, paragraphs
            paragraphs += len(_PARAGRAPH.findall(text, len(carry) - 5 if carry else 0))
            carry = text[-32:]
    return False, paragraphs


