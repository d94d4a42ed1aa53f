"""Fixtures for the clause library tests that need a real SMB share (see samba_share.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from samba_share import SambaShare, require_share_tools


@pytest.fixture
def samba(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SambaShare]:
    require_share_tools()
    share = SambaShare(tmp_path_factory.mktemp("samba"))
    share.start()
    try:
        yield share
    finally:
        share.close()
