"""Plain-Python core: no Qt import anywhere below this package (tests enforce it)."""
