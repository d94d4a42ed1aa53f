"""Privacy-policy editor: write and check Dutch GDPR privacy policies."""

__version__ = "0.1.0"
