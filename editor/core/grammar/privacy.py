"""Where document text goes for the language check, in words for the settings dialog. No Qt."""

from __future__ import annotations

import urllib.parse

from editor.core.i18n import pick
from editor.core.settings import Settings


def is_insecure_url(url: str) -> bool:
    return urllib.parse.urlparse(url if "://" in url else "http://" + url).scheme != "https"


def privacy_notice(settings: Settings) -> str:
    """One plain sentence for the settings dialog: where document text goes for the language check."""
    if settings.grammar_mode == "off":
        return pick("De taalcontrole staat uit; er wordt geen tekst gecontroleerd.",
                    "Language checking is off; no text is checked.")
    if settings.grammar_mode == "remote":
        url = settings.grammar_url.strip() or "?"
        text = pick(
            f"De tekst van uw document wordt voor de taalcontrole naar de teamserver {url} gestuurd.",
            f"Your document's text is sent to the team server {url} for language checking.",
        )
        if is_insecure_url(url):
            text += " " + pick(
                "Let op: deze server gebruikt geen https, de tekst gaat onversleuteld over het netwerk.",
                "Warning: this server does not use https; the text travels unencrypted.",
            )
        return text
    return pick(
        "De taalcontrole draait op deze computer; er verlaat geen tekst uw computer.",
        "Language checking runs on this computer; no text leaves your machine.",
    )
