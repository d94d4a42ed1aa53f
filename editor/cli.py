"""Command line: `privacy-editor [FILE]` opens the GUI; subcommands work without Qt.

Exit codes: 0 success, 1 a check found a required item missing, 2 bad input or usage,
3 an internal error (a bug: the message says where to report it). Errors are one line on
stderr in the UI language, never a traceback (set PRIVACY_EDITOR_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType

from editor import __version__
from editor.commands import COMMANDS
from editor.core.errors import UserError
from editor.core.i18n import pick, set_language


class _Parser(argparse.ArgumentParser):
    """argparse that exits with code 2 and a one-line message (no usage dump)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {pick('fout', 'error')}: {message}\n")
        sys.exit(2)


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"editor.commands.{name}")


def _apply_language(argv: list[str]) -> list[str]:
    """Handle --lang before anything else so that every message uses it."""
    out: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg == "--lang":
            set_language(next(it, "nl"))
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
        else:
            out.append(arg)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Language: --lang, then PRIVACY_EDITOR_LANG (already read by i18n), then the settings.
    if "--lang" not in " ".join(argv) and not os.environ.get("PRIVACY_EDITOR_LANG"):
        try:
            from editor.core.settings import Settings

            set_language(Settings.load().ui_language)
        except Exception:  # settings are optional for the CLI
            pass
    argv = _apply_language(argv)
    try:
        if argv and argv[0] in COMMANDS:
            module = _command(argv[0])
            parser = _Parser(prog=f"privacy-editor {module.NAME}", description=module.HELP)
            module.add_arguments(parser)
            args = parser.parse_args(argv[1:])
            return int(module.run(args))
        return _gui(argv)
    except UserError as exc:
        sys.stderr.write(f"privacy-editor: {exc.message}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        sys.stderr.write(pick(
            "privacy-editor: onvoldoende geheugen voor dit bestand.\n",
            "privacy-editor: not enough memory for this file.\n",
        ))
        return EXIT_INTERNAL
    except Exception as exc:  # a bug: its own exit code, so that CI never reads it as a finding
        return internal_error(exc)


EXIT_INTERNAL = 3
# Where bugs go; README "Reporting a bug" says what to include.
REPORT_WHERE_NL = "het issuesysteem van het project (README, 'Reporting a bug')"
REPORT_WHERE_EN = "the project's issue tracker (README, 'Reporting a bug')"
DEBUG_ENV = "PRIVACY_EDITOR_DEBUG"


def internal_error(exc: BaseException) -> int:
    """One line naming the error and where to report it; the traceback only in debug mode."""
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exception(exc)
    name = type(exc).__name__
    sys.stderr.write(pick(
        f"privacy-editor: interne fout ({name}). Dit is een fout in de editor, niet in uw bestand. "
        f"Meld het in {REPORT_WHERE_NL}, met de uitvoer van dezelfde opdracht met {DEBUG_ENV}=1.\n",
        f"privacy-editor: internal error ({name}). This is a bug in the editor, not in your file. "
        f"Please report it in {REPORT_WHERE_EN}, with the output of the same command run with {DEBUG_ENV}=1.\n",
    ))
    return EXIT_INTERNAL


def _gui(argv: list[str]) -> int:
    parser = _Parser(
        prog="privacy-editor",
        description=pick(
            "Editor voor privacyverklaringen. Subcommando's: ", "Privacy-policy editor. Subcommands: "
        )
        + ", ".join(COMMANDS),
    )
    parser.add_argument("file", nargs="?", help=pick("bestand om te openen", "file to open"))
    parser.add_argument("--version", action="version", version=f"privacy-editor {__version__}")
    args = parser.parse_args(argv)
    from editor.gui.app import run_app

    return run_app(args.file)


if __name__ == "__main__":
    sys.exit(main())
