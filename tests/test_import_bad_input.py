"""Every bad input of issue 2, through load_document and through the CLI.

CLI: exit code 2, exactly one line on stderr, never a traceback.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor.core.errors import BadInputError
from editor.core.importers import TEXT_LIMIT, load_document
from tests.conftest import CORPUS_FILES
from tests.test_cli_convert import assert_clean_failure, convert
from tests.test_import_docx import build_policy_docx, make_xxe_docx, make_zip_bomb


def binary_docx(tmp: Path) -> Path:
    path = tmp / "foto.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    return path


def truncated_docx(tmp: Path) -> Path:
    data = build_policy_docx(tmp / "heel.docx").read_bytes()
    path = tmp / "afgebroken.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def zip_bomb(tmp: Path) -> Path:
    return make_zip_bomb(tmp / "bom.docx")


def xxe_docx(tmp: Path) -> Path:
    secret = tmp / "geheim.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    return make_xxe_docx(tmp / "xxe.docx", secret)


def empty_txt(tmp: Path) -> Path:
    path = tmp / "leeg.txt"
    path.write_bytes(b"")
    return path


def empty_docx(tmp: Path) -> Path:
    path = tmp / "leeg.docx"
    path.write_bytes(b"")
    return path


def huge_txt(tmp: Path) -> Path:
    """A 50 MB text file, made sparse so the test is fast."""
    path = tmp / "groot.txt"
    with open(path, "wb") as fh:
        fh.write(b"Privacybeleid\n\n")
        fh.truncate(50 * 1024 * 1024)
    return path


def unknown_extension(tmp: Path) -> Path:
    path = tmp / "beleid.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    return path


def binary_txt(tmp: Path) -> Path:
    path = tmp / "programma.txt"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 16)
    return path


CASES = {
    "binary-renamed-docx": (binary_docx, "geen geldig Word-bestand"),
    "truncated-docx": (truncated_docx, "beschadigd of onvolledig"),
    "zip-bomb-docx": (zip_bomb, "zip-bom"),
    "xxe-docx": (xxe_docx, "DOCTYPE"),
    "empty-txt": (empty_txt, "Het bestand is leeg"),
    "empty-docx": (empty_docx, "Het bestand is leeg"),
    "50mb-txt": (huge_txt, "te groot"),
    "unknown-extension": (unknown_extension, "Onbekend bestandstype .pdf"),
    "binary-txt": (binary_txt, "geen tekstbestand"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_load_document_refuses_with_a_clear_message(case: str, tmp_path: Path) -> None:
    make, dutch = CASES[case]
    path = make(tmp_path)
    with pytest.raises(BadInputError) as err:
        load_document(path)
    assert dutch in err.value.nl
    assert err.value.en and err.value.en != err.value.nl
    assert "TOPSECRET" not in err.value.nl + err.value.en


@pytest.mark.parametrize("case", list(CASES))
def test_cli_convert_exits_2_with_one_line(case: str, tmp_path: Path) -> None:
    make, dutch = CASES[case]
    path = make(tmp_path)
    out = tmp_path / "uit.json"
    line = assert_clean_failure(convert(str(path), "--to", str(out)))
    assert dutch in line
    assert not out.exists()


def test_cli_messages_are_english_on_request(tmp_path: Path) -> None:
    line = assert_clean_failure(convert(str(empty_txt(tmp_path)), "--to", str(tmp_path / "o.md"), lang="en"))
    assert "The file is empty" in line


def test_html_with_xxe_via_cli_converts_without_the_secret(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    page = tmp_path / "xxe.html"
    page.write_text(
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><h1>Beleid</h1><p>&xxe;</p>', encoding="utf-8"
    )
    out = tmp_path / "uit.txt"
    proc = convert(str(page), "--to", str(out))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "TOPSECRET" not in out.read_text(encoding="utf-8")
    assert "DOCTYPE" in proc.stderr  # reported as a warning


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = huge_txt(tmp_path)
    assert path.stat().st_size > TEXT_LIMIT

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    t0 = time.perf_counter()
    with pytest.raises(BadInputError, match="te groot"):
        load_document(path)
    assert time.perf_counter() - t0 < 0.5


def test_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text(CORPUS_FILES[0].read_text(encoding="utf-8") * 3, encoding="utf-8")
    assert load_document(path).policy.blocks


def test_whitespace_only_file_gives_a_warning_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "spaties.txt"
    path.write_text("   \n\n\u00a0\n", encoding="utf-8")
    result = load_document(path)
    assert result.policy.blocks == []
    assert any("geen tekst" in w for w in result.warnings)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="bestaat niet"):
        load_document(tmp_path / "weg.docx")
    folder = tmp_path / "map.txt"
    folder.mkdir()
    with pytest.raises(BadInputError, match="map"):
        load_document(folder)


def test_damaged_native_file(tmp_path: Path) -> None:
    path = tmp_path / "kapot.ppe"
    path.write_text("{niet: json", encoding="utf-8")
    with pytest.raises(BadInputError):
        load_document(path)
