"""User settings, stored as JSON in the user's config folder (platformdirs)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

from editor.core.atomic import atomic_write_text

APP_NAME = "privacy-policy-editor"


def config_dir() -> Path:
    return Path(os.environ.get("PRIVACY_EDITOR_CONFIG_DIR") or user_config_dir(APP_NAME))


def cache_dir() -> Path:
    return Path(os.environ.get("PRIVACY_EDITOR_CACHE_DIR") or user_cache_dir(APP_NAME))


def data_dir() -> Path:
    return Path(os.environ.get("PRIVACY_EDITOR_DATA_DIR") or user_data_dir(APP_NAME))


@dataclass
class Settings:
    library_path: str = ""  # shared clause-library folder; empty = the shipped default
    ui_language: str = "nl"  # "nl" or "en"
    grammar_mode: str = "local"  # "local" (bundled server), "remote" (team URL) or "off"
    grammar_url: str = ""  # team LanguageTool server, used when grammar_mode == "remote"
    docx_template: str = ""  # house-style template; empty = the shipped one
    revision_author: str = ""  # author of tracked changes in a redline export; empty = the OS user
    recent_files: list[str] = field(default_factory=list)
    last_export_dir: str = ""
    user_words: list[str] = field(default_factory=list)  # words the user added to the dictionary
    disabled_rules: list[str] = field(default_factory=list)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        kwargs = {}
        defaults = cls()
        for key, value in data.items():
            if key in known and isinstance(value, type(getattr(defaults, key))):
                kwargs[key] = value
        return cls(**kwargs)

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(asdict(self), ensure_ascii=False, indent=1))

    def add_recent(self, file: str, limit: int = 10) -> None:
        file = str(Path(file).resolve())
        self.recent_files = [file] + [f for f in self.recent_files if f != file][: limit - 1]
