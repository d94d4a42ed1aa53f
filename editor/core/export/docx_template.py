"""The Word template an export starts from: the shipped house style or the user's own .docx.

A template that cannot be read (missing, not a zip, damaged, unpacking too large) gives a
BadInputError that says how to choose another one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError

from editor.core.errors import BadInputError
from editor.core.paths import resources_dir

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


def default_template() -> Path:
    return resources_dir() / "export" / "reference.docx"


def _template_error(path: Path, why_nl: str, why_en: str) -> BadInputError:
    return BadInputError(
        f"Het sjabloon {path} is geen bruikbaar Word-document (.docx): {why_nl}. "
        "Kies een ander sjabloon in de instellingen of laat het veld leeg voor de standaardhuisstijl.",
        f"The template {path} is not a usable Word document (.docx): {why_en}. "
        "Choose another template in the settings or leave it empty for the default house style.",
    )


def _open_template(template: str | Path | None) -> DocxDocument:
    path = Path(template) if template else default_template()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _template_error(path, exc.strerror or str(exc), exc.strerror or str(exc)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_TEMPLATE_BYTES:
                raise _template_error(path, "het bestand is uitgepakt te groot", "it is too large when unpacked")
        return Document(io.BytesIO(data))
    except BadInputError:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise _template_error(path, "het bestand kan niet als .docx gelezen worden", "it cannot be read as .docx") from exc
    except Exception as exc:  # lxml syntax errors and other damage inside the package
        raise _template_error(path, "het bestand is beschadigd", "the file is damaged") from exc
