"""The window's actions, menus, toolbar and status bar.

Editing actions (undo, clipboard, character formats, zoom) act on the text editor directly;
everything else is announced by a signal that the main window connects to its controllers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar

from editor.core.i18n import pick
from editor.gui.text_editor import PolicyTextEdit

STYLE_KEYS = ((0, "Ctrl+Alt+0"), (1, "Ctrl+Alt+1"), (2, "Ctrl+Alt+2"), (3, "Ctrl+Alt+3"))


class MainMenu(QObject):
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)
    save_requested = Signal()
    save_as_requested = Signal()
    export_requested = Signal()
    export_tracked_requested = Signal()  # DOCX with the inserted clauses as tracked changes
    quit_requested = Signal()
    find_requested = Signal()
    replace_requested = Signal()
    style_requested = Signal(int)
    link_requested = Signal()
    outline_toggled = Signal(bool)
    long_sentences_toggled = Signal(bool)
    profile_requested = Signal()
    library_requested = Signal()
    recheck_requested = Signal()
    fill_gaps_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()

    def __init__(self, window: QMainWindow, editor: PolicyTextEdit) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.recent_files: list[str] = []
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None, *,
                checkable: bool = False, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        ed = self.editor
        self.act_new = self._action(self.tr("&Nieuw…"), sk.New)
        self.act_open = self._action(self.tr("&Openen…"), sk.Open)
        self.act_save = self._action(self.tr("Op&slaan"), sk.Save)
        self.act_save_as = self._action(self.tr("Opslaan &als…"), sk.SaveAs)
        self.act_export = self._action(self.tr("&Exporteren…"), "Ctrl+E")
        self.act_export_tracked = self._action(self.tr("Exporteren met &wijzigingen (DOCX)…"))
        self.act_quit = self._action(self.tr("Af&sluiten"), sk.Quit)
        self.act_undo = self._action(self.tr("&Ongedaan maken"), sk.Undo)
        self.act_redo = self._action(self.tr("Opnieuw &uitvoeren"), sk.Redo)
        self.act_cut = self._action(self.tr("K&nippen"), sk.Cut)
        self.act_copy = self._action(self.tr("&Kopiëren"), sk.Copy)
        self.act_paste = self._action(self.tr("&Plakken"), sk.Paste)
        self.act_find = self._action(self.tr("&Zoeken…"), sk.Find)
        self.act_replace = self._action(self.tr("Zoeken en &vervangen…"), sk.Replace)
        if not QKeySequence.keyBindings(sk.Replace):
            self.act_replace.setShortcut(QKeySequence("Ctrl+H"))
        self.act_zoom_in = self._action(self.tr("&Inzoomen"), sk.ZoomIn)
        self.act_zoom_out = self._action(self.tr("&Uitzoomen"), sk.ZoomOut)
        self.act_zoom_reset = self._action(self.tr("Ware &grootte"), "Ctrl+0")
        self.act_outline = self._action(self.tr("&Overzicht van koppen"), checkable=True)
        self.act_outline.setChecked(True)
        self.act_long = self._action(
            self.tr("&Lange zinnen markeren"), checkable=True, tip=self.tr("Zinnen van meer dan 25 woorden geel markeren")
        )
        self.act_profile = self._action(self.tr("&Organisatieprofiel…"))
        self.act_library = self._action(self.tr("Clausule&bibliotheek…"), "Ctrl+L")
        self.act_recheck = self._action(self.tr("Opnieuw &controleren"), "F5")
        self.act_fill_gaps = self._action(
            self.tr("Ontbrekende onderdelen &aanvullen"),
            tip=self.tr("Voor elk ontbrekend onderdeel de best passende clausule invoegen (één keer ongedaan te maken)"),
        )
        self.act_settings = self._action(self.tr("&Instellingen…"), sk.Preferences)
        self.act_about = self._action(self.tr("&Over deze editor"))
        self.act_bold = self._action(self.tr("&Vet"), sk.Bold, checkable=True)
        self.act_italic = self._action(self.tr("&Cursief"), sk.Italic, checkable=True)
        self.act_underline = self._action(self.tr("&Onderstrepen"), sk.Underline, checkable=True)
        self.act_bullets = self._action(self.tr("Lijst met op&sommingstekens"), "Ctrl+Shift+8")
        self.act_numbers = self._action(self.tr("&Genummerde lijst"), "Ctrl+Shift+7")
        self.act_link = self._action(self.tr("&Koppeling…"), "Ctrl+K")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        for action, slot in (
            (self.act_undo, ed.undo), (self.act_redo, ed.redo), (self.act_cut, ed.cut), (self.act_copy, ed.copy),
            (self.act_paste, ed.paste), (self.act_zoom_in, ed.zoom_in_step), (self.act_zoom_out, ed.zoom_out_step),
            (self.act_zoom_reset, ed.zoom_reset), (self.act_bullets, lambda: ed.toggle_list(False)),
            (self.act_numbers, lambda: ed.toggle_list(True)),
            (self.act_new, self.new_requested.emit), (self.act_open, self.open_requested.emit),
            (self.act_save, self.save_requested.emit), (self.act_save_as, self.save_as_requested.emit),
            (self.act_export, self.export_requested.emit), (self.act_quit, self.quit_requested.emit),
            (self.act_export_tracked, self.export_tracked_requested.emit),
            (self.act_find, self.find_requested.emit), (self.act_replace, self.replace_requested.emit),
            (self.act_profile, self.profile_requested.emit), (self.act_library, self.library_requested.emit),
            (self.act_recheck, self.recheck_requested.emit), (self.act_fill_gaps, self.fill_gaps_requested.emit), (self.act_settings, self.settings_requested.emit),
            (self.act_about, self.about_requested.emit), (self.act_link, self.link_requested.emit),
        ):
            action.triggered.connect(slot)
        for action, toggled in (
            (self.act_bold, ed.set_bold), (self.act_italic, ed.set_italic), (self.act_underline, ed.set_underline),
            (self.act_outline, self.outline_toggled.emit), (self.act_long, self.long_sentences_toggled.emit),
        ):
            action.toggled.connect(toggled)
        doc = ed.document()
        doc.undoAvailable.connect(self.act_undo.setEnabled)
        doc.redoAvailable.connect(self.act_redo.setEnabled)
        ed.currentCharFormatChanged.connect(self.sync_char_format)

    @staticmethod
    def _fill(menu: QMenu, actions: tuple[QAction | None, ...]) -> None:
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _style_labels(self) -> dict[int, str]:
        return {0: self.tr("Hoofdtekst"), 1: self.tr("Kop 1"), 2: self.tr("Kop 2"), 3: self.tr("Kop 3")}

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self._fill(file_menu, (self.act_new, self.act_open))
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self._fill(file_menu, (None, self.act_save, self.act_save_as, self.act_export, self.act_export_tracked, None,
                               self.act_quit))
        self.edit_menu = bar.addMenu(self.tr("Be&werken"))
        self._fill(self.edit_menu, (self.act_undo, self.act_redo, None, self.act_cut, self.act_copy, self.act_paste,
                                    None, self.act_find, self.act_replace))
        format_menu = bar.addMenu(self.tr("&Opmaak"))
        self.style_actions = QActionGroup(self.window)
        labels = self._style_labels()
        for level, key in STYLE_KEYS:
            action = QAction(labels[level], self.window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, lv=level: self.style_requested.emit(lv))
            format_menu.addAction(action)
        format_menu.addSeparator()
        self._fill(format_menu, (self.act_bold, self.act_italic, self.act_underline, None, self.act_bullets,
                                 self.act_numbers, None, self.act_link))
        self.view_menu = bar.addMenu(self.tr("Bee&ld"))
        self._fill(self.view_menu, (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, None, self.act_outline,
                                    self.act_long))
        self.document_menu = bar.addMenu(self.tr("&Document"))
        self._fill(self.document_menu, (self.act_profile, self.act_library, self.act_fill_gaps, self.act_recheck))
        tools_menu = bar.addMenu(self.tr("E&xtra"))
        tools_menu.addAction(self.act_settings)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Opmaak"), self.window)
        bar.setObjectName("format-toolbar")
        bar.setAccessibleName(self.tr("Werkbalk opmaak"))
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.style_combo = QComboBox(bar)
        self.style_combo.setAccessibleName(self.tr("Alineastijl"))
        self.style_combo.setToolTip(self.tr("Alineastijl"))
        for level, label in self._style_labels().items():
            self.style_combo.addItem(label, level)
        self.style_combo.activated.connect(lambda i: self.style_requested.emit(int(self.style_combo.itemData(i))))
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        bar.addSeparator()
        bar.addWidget(self.style_combo)
        bar.addSeparator()
        english = pick("nl", "en") == "en"
        for action, short, bold, italic, underline in (
            (self.act_bold, "V", True, False, False),
            (self.act_italic, "C", False, True, False),
            (self.act_underline, "O", False, False, True),
        ):
            bar.addAction(action)
            button = bar.widgetForAction(action)
            button.setText({"V": "B", "C": "I", "O": "U"}[short] if english else short)
            button.setAccessibleName(action.text().replace("&", ""))
            font = button.font()
            font.setBold(bold)
            font.setItalic(italic)
            font.setUnderline(underline)
            button.setFont(font)
            button.setMinimumWidth(28)
        bar.addSeparator()
        bar.addAction(self.act_bullets)
        bar.widgetForAction(self.act_bullets).setText("• " + self.tr("Lijst"))
        bar.addAction(self.act_numbers)
        bar.widgetForAction(self.act_numbers).setText("1. " + self.tr("Lijst"))
        bar.addAction(self.act_link)
        bar.addSeparator()
        bar.addAction(self.act_library)
        bar.addAction(self.act_profile)
        self.window.addToolBar(bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        status = self.window.statusBar()
        status.setAccessibleName(self.tr("Statusbalk"))
        self.coverage_label = QLabel(self.window)
        self.coverage_label.setAccessibleName(self.tr("Onderdelen in deze alinea"))
        self.words_label = QLabel(self.window)
        self.words_label.setAccessibleName(self.tr("Aantal woorden"))
        self.analysis_label = QLabel(self.window)
        self.analysis_label.setAccessibleName(self.tr("Status van de controle"))
        self.grammar_label = QLabel(self.window)
        self.grammar_label.setAccessibleName(self.tr("Status van de taalcontrole"))
        status.addWidget(self.coverage_label, 1)
        status.addPermanentWidget(self.words_label)
        status.addPermanentWidget(self.analysis_label)
        status.addPermanentWidget(self.grammar_label)

    # ------------------------------------------------------------------ state shown

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.recent_files if f]
        if not files:
            action = self.recent_menu.addAction(self.tr("(geen recente bestanden)"))
            action.setEnabled(False)
            return
        for i, file in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{i % 10} {Path(file).name}")
            action.setToolTip(file)
            action.setStatusTip(file)
            action.triggered.connect(lambda _=False, f=file: self.recent_requested.emit(f))

    def sync_char_format(self, fmt: QTextCharFormat) -> None:
        for action, on in (
            (self.act_bold, fmt.fontWeight() >= 700),
            (self.act_italic, fmt.fontItalic()),
            (self.act_underline, fmt.fontUnderline()),
        ):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def sync_style(self, style: int) -> None:
        self.style_combo.setCurrentIndex(self.style_combo.findData(style if style >= 0 else 0))

    def set_word_count(self, words: int) -> None:
        self.words_label.setText(self.tr("%1 woorden").replace("%1", f"{words:,}".replace(",", ".")))
