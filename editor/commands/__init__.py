"""CLI subcommands. Each module defines NAME, HELP, add_arguments(parser) and run(args) -> int.

Add a module name to COMMANDS to register it; cli.py imports a command only when it runs.
"""

COMMANDS: tuple[str, ...] = (
    "screenshot",
    "library",
    "convert",
    "export",
    "grammar",
    "check",
    "fix",
)
