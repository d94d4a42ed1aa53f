"""Smoke tests of the BUILT package (dist/privacy-editor-{lite,full}); `make package-test` runs them.

They are not part of `make test`: collected only when PPE_PACKAGE_TEST=1 (set by `make package-test`),
because they need `make package` first and take minutes on a small machine.
"""

from __future__ import annotations

import os

if os.environ.get("PPE_PACKAGE_TEST") != "1":
    collect_ignore_glob = ["test_*.py"]
