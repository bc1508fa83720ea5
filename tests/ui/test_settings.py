"""Settings: the language changes at once (no restart, nothing lost), the text size scales
the panels and the canvas, both are kept for the next start; the shortcuts page lists
what the menus offer."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from skymap import cli
from skymap.storage import settings
from skymap.ui import i18n
from skymap.ui.items.note_item import NoteItem
from skymap.ui.items.person_item import ActorItem


@pytest.fixture
def speaks():
    """Install a language for the test and go back to English afterwards."""
    app = QApplication.instance()

    def _speak(lang):
        i18n.install(app, lang)

    yield _speak
    i18n.install(app, "en")


@pytest.fixture
def normal_text():
    yield
    from skymap.ui.settings_dialog import apply_app_font

    apply_app_font(1.0)


def menu_titles(win):
    return [a.text() for a in win.menuBar().actions()]


def file_menu_texts(win):
    return [a.text() for a in win.menuBar().actions()[0].menu().actions() if not a.isSeparator()]


def test_choosing_a_language_in_the_settings_retranslates_the_running_window(open_example, qtbot, speaks):
    speaks("da")
    win = open_example("da")
    assert menu_titles(win)[0] == "&Filer"
    actor = win.doc.map.actors[0]
    win.scene.select_only(actor.id)
    win.editor.update_one("actors", actor.id, name="Bodil Bager")
    steps, map_before = win.undo_stack.count(), win.doc.map
    dialog = win.open_settings()
    assert dialog.windowTitle() == "Indstillinger"

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.activated.emit(dialog.language.currentIndex())

    assert menu_titles(win)[0] == "&File"
    assert "&Save" in file_menu_texts(win)
    assert win.inspector_dock.windowTitle() == "Inspector"
    assert win.statuses_dock.windowTitle() == "Statuses"
    assert win.palette_panel.buttons["professional"].text() == "Professional"
    assert win.palette_panel.buttons["cloud"].toolTip() == "Drag onto the map, or click to add"
    assert win.overview.findings_title.text() == "Findings"
    assert win.statuses_panel.save_button.text() == "Save status…"
    assert win.inspector.title.text() == "Professional"  # the same person is still shown
    assert win.inspector.a_name.text() == "Bodil Bager"
    assert dialog.windowTitle() == "Settings"
    assert dialog.language.itemText(1) == "Dansk"
    # the map, its selection, the undo history and the unsaved state survive
    assert win.doc.map is map_before
    assert win.undo_stack.count() == steps and win.is_modified()
    assert win.scene.selected_targets() == [("actors", actor.id)]
    assert settings.language_choice() == "en"
    win.undo_stack.undo()
    assert win.doc.actor(actor.id).name == actor.name

    dialog.choose_language("da")
    assert menu_titles(win)[0] == "&Filer"
    assert win.palette_panel.buttons["professional"].text() == "Fagperson"
    assert win.inspector_dock.windowTitle() == "Egenskaber"
    assert dialog.windowTitle() == "Indstillinger"
    assert settings.language_choice() == "da"
    dialog.close()
    win.scene.clearSelection()


def test_switched_menus_still_work_and_keep_their_state(open_example, qtbot, speaks):
    speaks("en")
    win = open_example("en")
    win.set_tool("connect")
    win.act_snap.trigger()  # snapping off
    win.set_language("da")
    assert win.tool_actions["connect"].isChecked()
    assert not win.act_snap.isChecked() and not win.editor.snapping
    count = len(win.doc.map.actors)
    win.scene.select_only(win.doc.map.actors[0].id)
    win.act_delete.trigger()
    assert len(win.doc.map.actors) == count - 1
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    qtbot.keyClick(win.view, Qt.Key_Z, Qt.ControlModifier)
    assert len(win.doc.map.actors) == count
    # the old actions are gone: one Save shortcut, not two
    saves = [a for a in win.findChildren(type(win.act_save)) if a.shortcut() == win.act_save.shortcut()]
    assert len({id(a) for a in saves if a.isEnabled()}) >= 1
    win.set_language("en")
    assert [a.text() for a in win.menuBar().actions()].count("&File") == 1


def test_dates_follow_the_language(open_example, qtbot, speaks):
    from datetime import date

    speaks("en")
    win = open_example("en")
    win.save_status("Start", date(2026, 3, 9))
    assert "09/03/2026" in win.statuses_panel.list.item(0).text()
    win.set_language("da")
    assert "09.03.2026" in win.statuses_panel.list.item(0).text()
    assert "Start — " in win.statuses_panel.list.item(0).text()


def test_stored_language_is_used_at_start_and_lang_overrides_it(monkeypatch):
    seen = []
    monkeypatch.setattr("skymap.ui.app.run", lambda args, lang, terminal_unlock=None: seen.append(lang) or 0)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    cli.main([])
    settings.set_preference("language", "da")
    cli.main([])
    cli.main(["--lang", "en"])
    settings.set_preference("language", "system")
    cli.main([])
    assert seen == ["en", "da", "en", "en"]


def test_text_size_scales_the_panels_and_the_canvas(open_example, qtbot, normal_text):
    win = open_example("en")
    app_pt = QApplication.font().pointSizeF()
    # (the lowest person alone in her cloud, with everyone else round the family gone: nobody's
    # symbol below her larger text and nobody's name kept small, which would step it down:
    # text_room.py)
    actors = [i for i in win.scene.items_by_id.values() if isinstance(i, ActorItem)]
    alone = [i for i in actors if sum(a.actor.domain == i.actor.domain for a in actors) == 1]
    item = max(alone, key=lambda i: i.pos().y())
    win.editor.delete([("actors", a.obj_id) for a in actors if a is not item])
    qtbot.wait(20)
    name_pt, height = item.name_font().pointSizeF(), item.boundingRect().height()
    dialog = win.open_settings()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.5))
    dialog.text_size.activated.emit(dialog.text_size.currentIndex())
    assert QApplication.font().pointSizeF() == pytest.approx(app_pt * 1.5)
    assert QFontInfo(win.palette_panel.buttons["note"].font()).pointSizeF() == pytest.approx(app_pt * 1.5, abs=0.6)
    assert item.name_font().pointSizeF() == pytest.approx(name_pt * 1.5)
    assert item.boundingRect().height() > height  # room for the larger name
    assert "25.5pt" in win.styleSheet()  # the overview's headline, 17pt at normal size
    assert settings.text_scale() == 1.5
    # a new window starts with the stored size; back to normal restores the first sizes
    dialog.choose_text_scale(1.0)
    assert QApplication.font().pointSizeF() == pytest.approx(app_pt)
    assert item.name_font().pointSizeF() == pytest.approx(name_pt)
    assert item.boundingRect().height() == pytest.approx(height)


def test_stored_text_size_applies_to_a_new_window_and_notes_grow(qtbot, normal_text):
    from skymap.model.template import new_map
    from skymap.ui.main_window import MainWindow

    settings.set_preference("text_scale", 1.25)
    win = MainWindow(new_map(lang="en"), None, "en")
    qtbot.addWidget(win)
    assert win.text_scale == 1.25
    assert win.docview.scene.appearance.text_scale == 1.25  # what the canvas draws with
    note = win.editor.add_note(0, 0)
    win.editor.update_one("annotations", note.id, text="A longer note that wraps onto a few lines of text")
    item = win.scene.items_by_id[note.id]
    assert isinstance(item, NoteItem)
    tall = item.boundingRect().height()
    win.set_text_scale(1.0)
    assert item.boundingRect().height() < tall
    win.undo_stack.setClean()


def test_family_view_and_text_size_compose(open_example, qtbot, normal_text):
    win = open_example("en")
    win.set_text_scale(1.5)
    win.set_family_view(True)
    big = win.toolbar.styleSheet()
    win.set_family_view(False)
    win.set_text_scale(1.0)
    win.set_family_view(True)
    normal = win.toolbar.styleSheet()
    win.set_family_view(False)
    size = lambda style: float(style.split("font-size:")[1].split("pt")[0])  # noqa: E731
    assert size(big) > size(normal) >= 15


@pytest.mark.parametrize("lang, save, shortcuts_title, canvas", [
    ("en", "Save", "Keyboard shortcuts", "On the map"),
    ("da", "Gem", "Tastaturgenveje", "På kortet"),
])
def test_shortcuts_page_lists_the_menus_and_the_canvas_keys(open_example, qtbot, speaks, lang, save,
                                                            shortcuts_title, canvas):
    speaks(lang)
    win = open_example(lang)
    win.act_shortcuts.trigger()
    dialog = win.shortcuts_dialog
    assert dialog.windowTitle() == shortcuts_title
    rows = dialog.rows()
    assert (save, "Ctrl+S") in [(action, keys) for _g, action, keys in rows]
    assert any(keys == "F1" for _g, _a, keys in rows)
    assert any(group == canvas and keys.startswith("Tab") for group, _a, keys in rows)
    groups = [g for g, _a, _k in rows]
    assert groups.index(canvas) > groups.index(rows[0][0])  # the menus first, the canvas after
    # every shortcut of the window is listed (the list is made from the actions)
    listed = {key for _g, _a, keys in rows for key in keys.split(", ")}
    for act in win.actions():
        for key in act.shortcuts():
            assert key.toString(key.SequenceFormat.NativeText) in listed, act.text()
    assert ("Undo" if lang == "en" else "Fortryd") in [action for _g, action, _k in rows]
    dialog.close()


def test_shortcuts_page_follows_a_language_switch(open_example, qtbot, speaks):
    speaks("en")
    win = open_example("en")
    win.set_language("da")
    rows = win.show_shortcuts().rows()
    assert ("Filer", "Gem", "Ctrl+S") in rows


def test_a_status_shown_during_a_switch_is_shown_again_in_the_new_language(open_example, qtbot, speaks):
    from datetime import date

    speaks("en")
    win = open_example("en")
    win.save_status("Start", date(2026, 3, 9))
    win.view_status(win.doc.map.snapshots[0].id)
    assert win.statuses_panel.mode.text().startswith("Showing the status")
    win.set_language("da")
    assert win.status_view is not None and win.editor.read_only
    assert win.statuses_panel.mode.text().startswith("Viser status")
    assert "09.03.2026" in win.statuses_panel.mode.text()
    win.back_to_now()
    assert not win.editor.read_only


def test_notes_boxes_grow_with_the_text(open_example, qtbot, normal_text):
    win = open_example("en")
    before = win.inspector.a_notes.height()
    win.set_text_scale(2.0)
    assert win.inspector.a_notes.height() > before


def _catalogue(to: str) -> dict[str, str]:
    """Texts that must not be seen in `to`: the other language's form of each translated string."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "skymap_da.ts"
    pairs = {}
    for msg in ET.parse(ts).getroot().iter("message"):
        source, translation = msg.findtext("source"), msg.find("translation")
        if msg.get("numerus") or translation.get("type") in ("obsolete", "vanished", "unfinished"):
            continue
        if translation.text and translation.text != source:
            pairs[source] = translation.text
    return pairs if to == "da" else {v: k for k, v in pairs.items()}


@pytest.mark.parametrize("start, to", [("en", "da"), ("da", "en")])
def test_no_text_of_the_old_language_is_left_anywhere_in_the_window(open_example, qtbot, speaks, start, to):
    """Every action, dock, panel and form field of the window, shown or not, after a switch."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

    speaks(start)
    win = open_example(start)
    win.scene.select_only(win.doc.map.links[0].id)
    win.open_settings()
    win.set_language(to)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the replaced menus and forms
    old = _catalogue(to)
    seen = [(win.windowTitle(), "window")]
    for act in win.findChildren(QAction):
        seen += [(act.text(), "action"), (act.toolTip(), "action tooltip")]
    for widget in win.findChildren(QWidget):
        if type(widget) is QAbstractButton:  # Qt's own dock title buttons
            continue
        kind = type(widget).__name__
        seen += [(widget.toolTip(), kind), (widget.accessibleName(), kind), (widget.windowTitle(), kind)]
        if isinstance(widget, (QLabel, QAbstractButton)):
            seen.append((widget.text(), kind))
        if isinstance(widget, QComboBox):
            seen += [(widget.itemText(i), kind) for i in range(widget.count())]
    left = sorted({(text, kind) for text, kind in seen if text in old})
    assert not left, f"still in the old language: {left}"
    win.scene.clearSelection()


def test_settings_and_shortcuts_open_from_the_keyboard(open_example, qtbot, speaks):
    speaks("en")
    win = open_example("en")
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    qtbot.keyClick(win.view, Qt.Key_Comma, Qt.ControlModifier)
    assert win.settings_dialog is not None and win.settings_dialog.isVisible()
    win.settings_dialog.close()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    qtbot.keyClick(win.view, Qt.Key_F1)
    assert win.shortcuts_dialog.isVisible()
    win.shortcuts_dialog.close()


def test_a_switch_in_the_family_view_keeps_the_family_toolbar(open_example, qtbot, speaks):
    speaks("en")
    win = open_example("en")
    win.set_family_view(True)
    win.set_language("da")
    assert win.act_family_view.isChecked() and not win.menuBar().isVisible()
    assert "font-size" in win.toolbar.styleSheet()
    assert not win.act_tidy_bar.isVisible()
    assert win.tool_actions["connect"].iconText() == "Forbind"
    win.set_family_view(False)
    assert win.act_tidy_bar.isVisible() and win.menuBar().isVisible()


@pytest.mark.parametrize("lang, shown", [("da", "09.03.2026"), ("en", "09/03/2026")])
def test_the_save_status_dialog_shows_dates_in_the_language(qtbot, speaks, lang, shown):
    from datetime import date

    from PySide6.QtCore import QDate

    from skymap.ui.statuses_panel import SaveStatusDialog

    speaks(lang)
    dialog = SaveStatusDialog("Start")
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 3, 9))
    assert dialog.date.text() == shown
    assert dialog.values() == ("Start", date(2026, 3, 9))
