# PyInstaller run-time hook, used by packaging/privacy-editor.spec instead of PyInstaller's pyi_rth_pyside6.
# That hook imports PySide6.QtCore (with shiboken, about 0.1 s) at every start, even for `--version` or the
# `check` command, only to register a qt.conf; PySide6's PyPI wheels make their Qt relocatable themselves when
# QtCore is first imported. What is left: tell Qt where its plugins are, and on Windows where its DLLs are.
# The package ships no Wayland plugin (size); in a Wayland session Qt would pick "wayland" and fail to start,
# so there it runs through XWayland unless the user chose a platform.
import os
import sys


def _ppe_qt_hook() -> None:
    if sys.platform.startswith("win"):
        qt_dir = os.path.join(sys._MEIPASS, "PySide6")
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    else:
        qt_dir = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    plugins = os.path.join(qt_dir, "plugins")
    os.environ["QT_PLUGIN_PATH"] = plugins
    wayland_session = os.environ.get("XDG_SESSION_TYPE") == "wayland" or "WAYLAND_DISPLAY" in os.environ
    if (sys.platform.startswith("linux") and wayland_session and os.environ.get("DISPLAY")
            and "QT_QPA_PLATFORM" not in os.environ
            and not os.path.exists(os.path.join(plugins, "platforms", "libqwayland.so"))):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


_ppe_qt_hook()
del _ppe_qt_hook
