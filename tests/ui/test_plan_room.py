"""The joint plan at the kitchen table: a real case (13 agreements, 4 goals) on a 1366×768
laptop. The plan's tab shares the right column with the overview; each agreement wrapped
onto two to four lines, and one agreement could be read whole (measured by
`readable_agreements` on the window before the change). Now each agreement is two short
lines, the plan's tab takes most of the column when it comes to the front, and the goals
fold away: 7 agreements readable with the goals shown, 11 with them folded."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from skymap.model.document import MapDocument
from skymap.model.objects import FAMILY_ID
from skymap.model.vocabulary import AgreementStatus
from skymap.storage.mapfile import load_map
from skymap.ui import modal
from skymap.ui.main_window import MainWindow
from skymap.ui.plan_list import small_font
from tests.helpers import EXAMPLE

GOALS = ("Emil kommer i skole hver dag", "Sofie får ro til at passe sin behandling",
         "Vi spiser aftensmad sammen mindst fire gange om ugen", "Freja får en fritidsaktivitet hun glæder sig til")
AGREEMENTS = (  # (what, who, due in days from today or None)
    ("Ring til PPR om en ny test af Emils læsning", "Karin Holm", 20),
    ("Aftale fast morgenrutine med kontaktpersonen, så Emil kommer af sted kl. 7.30", "Sara Friis", 30),
    ("Søge om aflastning til weekenderne", "Mette Skov", 50),
    ("Familiemøde hver søndag aften", None, None),
    ("Følge op på medicin og bivirkninger hos Sofie", "Rikke Bach", -5),
    ("Undersøge fodboldhold til Freja", "Rasmus Ploug", None),
    ("Lave en plan for samtaler med jobcentret, der passer med behandlingen", "Louise Thor", 70),
    ("Mormor henter Alma i børnehaven tirsdag og torsdag", "Inger Nørgaard", None),
    ("Skolen og PPR holder et fælles møde om Emils trivsel", "Hanne Lund", 25),
    ("Sende referat af mødet til hele kerneteamet", "Mette Skov", -20),
    ("Bostøtte hjælper med post og regninger hver anden uge", "Jens Mølgaard", None),
    ("Sundhedsplejersken besøger familien og ser på Almas søvn", "Birgit Juhl", 55),
    ("Thomas kontakter jobkonsulenten om et praktikforløb", "Thomas Nørgaard", 35),
)


def a_real_case():
    """The example family with the plan of a real meeting (one done, one dropped, one overdue)."""
    doc = MapDocument(load_map(EXAMPLE))
    for goal in GOALS:
        doc.add_goal(goal)
    people = {p.name: p.id for p in doc.map.people()}
    for n, (text, who, days) in enumerate(AGREEMENTS, 1):
        status = {10: AgreementStatus.DONE, 6: AgreementStatus.DROPPED}.get(n, AgreementStatus.OPEN)
        doc.add_agreement(text, owner=people[who] if who else FAMILY_ID, status=status,
                          due=date.today() + timedelta(days=days) if days is not None else None)
    return doc.map


@pytest.fixture
def laptop(qtbot):
    """The window at 1366×768 with the real case open, the plan's tab clicked to the front."""
    win = MainWindow(a_real_case(), None, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    QApplication.processEvents()  # (the window's first turn of the event loop, as before any click of a user)
    bar = next(b for b in win.findChildren(QTabBar) if "Joint plan" in [b.tabText(i) for i in range(b.count())])
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == "Joint plan")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    qtbot.waitUntil(lambda: win.plan_dock.isVisible() and win.plan_panel.agreements.isVisible())
    QApplication.processEvents()
    yield win
    win.undo_stack.setClean()


def on_screen(widget, rect: QRect) -> QRect:
    return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())


def readable_agreements(win) -> int:
    """How many agreements are whole on screen: the row inside the part of the list that is
    shown and inside the part of the plan's tab that is shown (the tab scrolls when it must),
    at a text size not below the application's own."""
    agreements = win.plan_panel.agreements
    area = win.plan_dock.widget()  # (the scroll area round the panel)
    shown = on_screen(area.viewport(), area.viewport().rect()).intersected(
        on_screen(agreements.viewport(), agreements.viewport().rect()))
    if QFontInfo(agreements.font()).pixelSize() < QFontInfo(QApplication.font()).pixelSize():
        return 0
    return sum(1 for row in range(agreements.count())
               if shown.contains(on_screen(agreements.viewport(), agreements.visualItemRect(agreements.item(row)))))


def title_ink(dock) -> int:
    """How wide the dock's title is drawn, in pixels: from its first to its last dark pixel in
    the left part of the title bar (the float and close buttons sit on the right)."""
    bar = dock.grab(QRect(0, 0, dock.width() * 2 // 3, dock.widget().y())).toImage()
    dark = [x for x in range(bar.width()) for y in range(bar.height()) if bar.pixelColor(x, y).lightness() < 110]
    return max(dark) - min(dark) + 1 if dark else 0


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_a_real_plan_is_readable_at_1366x768_and_more_of_it_with_the_goals_folded(laptop, qtbot):
    panel = laptop.plan_panel
    assert panel.agreements.count() == len(AGREEMENTS)
    assert QFontInfo(small_font(panel.agreements.font())).pixelSize() >= QFontInfo(QApplication.font()).pixelSize()
    with_goals = readable_agreements(laptop)
    assert with_goals >= 7  # (1 before: each agreement wrapped onto 2-4 lines in a third of the column)
    assert panel.goals.isVisible() and panel.goals_toggle.text() == "The family's goals (4)"
    click(panel.goals_toggle)  # fold the goals away
    qtbot.waitUntil(lambda: not panel.goals.isVisible())
    QApplication.processEvents()
    folded = readable_agreements(laptop)
    assert folded >= 11 and folded > with_goals
    click(panel.goals_toggle)
    qtbot.waitUntil(lambda: panel.goals.isVisible())
    assert panel.agreements_box.title() == "Agreements (11 open / 13)"  # (the overdue one is open too)


def test_an_agreement_chosen_opens_to_its_whole_text(laptop, qtbot):
    agreements = laptop.plan_panel.agreements
    row = 1  # "Aftale fast morgenrutine ...": longer than the column
    closed = agreements.visualItemRect(agreements.item(row)).height()
    other = agreements.visualItemRect(agreements.item(0)).height()
    assert closed == other
    QTest.mouseClick(agreements.viewport(), Qt.MouseButton.LeftButton,
                     pos=agreements.visualItemRect(agreements.item(row)).center())
    qtbot.waitUntil(lambda: agreements.visualItemRect(agreements.item(row)).height() > closed)
    assert agreements.visualItemRect(agreements.item(0)).height() == other
    said = agreements.item(row).text()  # (what a screen reader hears, and the tooltip)
    assert said.startswith(f"2. {AGREEMENTS[1][0]} — Sara Friis · by ") and said.endswith("open")
    assert agreements.item(row).toolTip() == said
    overdue = agreements.item(4).text()
    assert overdue.endswith("overdue")


def test_marked_done_by_mouse_and_by_keyboard_one_undo_step_each(laptop, monkeypatch):
    panel, doc = laptop.plan_panel, laptop.doc
    agreements = panel.agreements
    # the mouse: click the agreement, click Done
    QTest.mouseClick(agreements.viewport(), Qt.MouseButton.LeftButton,
                     pos=agreements.visualItemRect(agreements.item(0)).center())
    assert panel.done_button.isEnabled()
    click(panel.done_button)
    assert doc.map.agreements[0].status is AgreementStatus.DONE
    assert not panel.done_button.isEnabled()  # (done already)
    assert laptop.undo_stack.undoText() == "Agreement done"
    QTest.keyClick(laptop, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.map.agreements[0].status is AgreementStatus.OPEN
    # the keyboard: the arrows choose, Enter opens the agreement, its status is set and OK'd
    answered = []

    def done(dialog):
        answered.append(dialog.text.text())
        dialog.status.setCurrentIndex(dialog.status.findData(AgreementStatus.DONE))
        return True

    monkeypatch.setattr(modal, "exec_dialog", done)
    agreements.setFocus()
    for _ in range(2):
        QTest.keyClick(agreements, Qt.Key.Key_Down)
    QTest.keyClick(agreements, Qt.Key.Key_Return)
    assert answered == [AGREEMENTS[2][0]] and doc.map.agreements[2].status is AgreementStatus.DONE
    # and the Done button by the keyboard: Space on it
    QTest.keyClick(agreements, Qt.Key.Key_Down)
    panel.done_button.setFocus()
    QTest.keyClick(panel.done_button, Qt.Key.Key_Space)
    assert doc.map.agreements[3].status is AgreementStatus.DONE


def test_a_larger_text_size_reaches_the_plan_tab_and_its_title(laptop, qtbot):
    """Settings > Text size 150 %: the plan's tab title grows with the other panels' titles
    (it kept the small font), and the agreements with the list's text."""
    from skymap.ui.settings_dialog import apply_app_font

    agreements = laptop.plan_panel.agreements
    row_height = agreements.visualItemRect(agreements.item(0)).height()
    try:
        dialog = laptop.open_settings()
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.5))
        dialog.text_size.activated.emit(dialog.text_size.currentIndex())
        QApplication.processEvents()
        # the title drawn as wide as the larger font writes it (the dock drew it at the old size)
        expected = QFontMetrics(QApplication.font()).horizontalAdvance(laptop.plan_dock.windowTitle())
        assert title_ink(laptop.plan_dock) > 0.85 * expected  # (56 px of 84 before: the 9 pt title)
        qtbot.waitUntil(lambda: agreements.visualItemRect(agreements.item(0)).height() > row_height * 1.3)
        assert readable_agreements(laptop) >= 3
        dialog.close()
    finally:
        apply_app_font(1.0)
