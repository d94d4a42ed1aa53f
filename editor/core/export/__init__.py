"""Export a policy to DOCX and HTML (no Qt). PDF needs Qt and lives in editor.gui.pdf_export.

    export_docx(policy, path, *, template=None, toc=False, updated_line=True)
    build_docx(policy, ...) -> bytes
    render_html(policy, *, fragment=False, toc=False, updated_line=True) -> str
    export_html(policy, path, **same keywords as render_html)

Every write is atomic; an unwritable target raises WriteError, a bad template BadInputError.
"""

from editor.core.export.docx_export import build_docx, default_template, export_docx
from editor.core.export.html_export import export_html, render_html

FORMATS: tuple[str, ...] = ("docx", "html", "pdf")

__all__ = ["FORMATS", "build_docx", "default_template", "export_docx", "export_html", "render_html"]
