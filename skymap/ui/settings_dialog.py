"""Settings: the interface language and the text size, applied at once and kept for the next
start (in the user's settings file, skymap.storage.settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from skymap.storage import settings
from skymap.ui import i18n
from skymap.ui.painting import Appearance, base_app_font


def apply_app_font(scale: float) -> None:
    """Scale the application's font (menus, panels, docks, dialogs) `scale` times the font
    it had before Skymap first scaled it (Appearance.apply_app_font)."""
    Appearance(scale).apply_app_font()


def base_point_size() -> float:
    """The application font's point size at the normal text size."""
    font = base_app_font()
    return font.pointSizeF() if font.pointSizeF() > 0 else 9.0


class SettingsDialog(QDialog):
    """Language and text size. Not modal: a change shows at once in the window behind it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.setObjectName("settingsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for choice in settings.LANGUAGES:
            self.language.addItem("", choice)
        self.language.setMinimumWidth(260)
        self.text_size = QComboBox()
        self.text_size.setObjectName("textSizeChoice")
        for scale in settings.TEXT_SCALES:
            self.text_size.addItem("", scale)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.text_size_label = QLabel()
        self.text_size_label.setBuddy(self.text_size)
        form.addRow(self.language_label, self.language)
        # Started with --lang, the window speaks another language than the one kept: said
        # under the kept choice, so "Follow the system (English)" in a Danish window is no riddle.
        self.this_run = QLabel()
        self.this_run.setObjectName("languageThisRun")
        self.this_run.setWordWrap(True)
        self.this_run.setStyleSheet("color: #4a5868;")
        form.addRow("", self.this_run)
        self.form = form
        form.addRow(self.text_size_label, self.text_size)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("settingsHint")
        self.hint.setStyleSheet("color: #4a5868;")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        self._select(self.language, settings.language_choice())
        self._select(self.text_size, self._nearest_scale(settings.text_scale()))
        self.language.activated.connect(lambda _i: self.choose_language(self.language.currentData()))
        self.text_size.activated.connect(lambda _i: self.choose_text_scale(self.text_size.currentData()))
        self.retranslate()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    @staticmethod
    def _nearest_scale(scale: float) -> float:
        return min(settings.TEXT_SCALES, key=lambda s: abs(s - scale))

    def retranslate(self) -> None:
        """Texts in the language now installed (the dialog changes language with the window)."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.text_size_label.setText(self.tr("&Text size:"))
        system = i18n.resolve("system")
        names = {"da": "Dansk", "en": "English"}  # each language by its own name
        self.language.setItemText(0, self.tr("Follow the system (%1)").replace("%1", names[system]))
        self.language.setItemText(1, names["da"])
        self.language.setItemText(2, names["en"])
        running = getattr(self.main_window, "lang", system)
        overridden = running != i18n.resolve(settings.language_choice())
        self.this_run.setText(self.tr("This time: %1 (chosen with --lang at start)").replace("%1", names[running])
                              if overridden else "")
        self.form.setRowVisible(self.this_run, overridden)
        self.language.setAccessibleName(self.tr("Language"))
        texts = {
            1.0: self.tr("Normal (100%)"),
            1.25: self.tr("Large (125%)"),
            1.5: self.tr("Larger (150%)"),
            1.75: self.tr("Very large (175%)"),
            2.0: self.tr("Largest (200%)"),
        }
        for i, scale in enumerate(settings.TEXT_SCALES):
            self.text_size.setItemText(i, texts[scale])
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.hint.setText(self.tr("Changes show at once and are kept for the next start. The text size applies to "
                                  "the map, the panels and the menus; the family view (F11) makes it larger still."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.adjustSize()
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """Wide enough for the longest choice in the font now in use (a new text size reaches
        the dialog's widgets only after this call's event), then the size that fits."""
        for combo in (self.language, self.text_size):
            metrics = combo.fontMetrics()
            widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
            combo.setMinimumWidth(max(260, widest + metrics.height() * 3))
        self.adjustSize()

    def choose_language(self, choice: str) -> None:
        """"system", "da" or "en": kept, and the whole window speaks it at once."""
        settings.set_preference("language", choice)
        self._select(self.language, choice)
        self.main_window.set_language(i18n.resolve(choice))

    def choose_text_scale(self, scale: float) -> None:
        settings.set_preference("text_scale", scale)
        self._select(self.text_size, scale)
        self.main_window.set_text_scale(scale)
        self.adjustSize()
        QTimer.singleShot(0, self, self._fit)
