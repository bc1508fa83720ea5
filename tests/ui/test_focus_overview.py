"""While a child's own view is shown ("Show only Emil's network", from the member's context
menu), the overview counts that view and says so above its figures ("Emils netværk" /
"Emil's network"); View ▸ Show the Whole Map brings the whole map's figures back. Before, the
overview kept the whole map's counts and findings under Emil's view."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from skymap.model.focus import focus_of
from skymap.model.vocabulary import ActorKind
from skymap.ui import modal
from tests.helpers import by_name
from tests.ui.test_family_export_window import _menu_action

WORDS = {"en": ("Show only Emil's network", "Emil's network", "%d professionals", "View", "Show the Whole Map"),
         "da": ("Vis kun Emils netværk", "Emils netværk", "%d fagpersoner", "Vis", "Vis hele kortet")}


def figures(win) -> tuple[str, str, list[str], str]:
    overview = win.docview.overview
    findings = [overview.findings.item(i).text() for i in range(overview.findings.count())]
    return (overview.scope.text() if overview.scope.isVisible() else "", overview.headline.text(),
            overview.counts.spoken_rows(), "\n".join(findings))


def test_the_overview_counts_a_childs_view_and_says_whose(example_window_each_language, monkeypatch, qtbot):
    win = example_window_each_language
    entry, title, pros, view, whole = WORDS[win.lang]
    qtbot.waitUntil(lambda: win.docview.overview.headline.text() != "")
    everyone = by_name(win.doc, "Sofie Nørgaard")
    all_pros = [a for a in win.doc.map.actors if a.active and a.kind is ActorKind.PROFESSIONAL]
    assert figures(win)[:2] == ("", pros % len(all_pros))
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    emil = by_name(win.doc, "Emil Nørgaard")
    point = win.view.mapFromScene(win.scene.anchor_of(emil.id))
    viewport = win.view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    next(a for a in menus[-1].actions() if a.text() == entry).trigger()
    met = focus_of(win.doc.map, emil.id).people
    emils_pros = [a for a in all_pros if a.id in met]
    scope, headline, rows, found = figures(win)
    assert scope == title and headline == pros % len(emils_pros) and len(emils_pros) < len(all_pros)
    assert win.docview.overview.accessibleName().endswith(title)
    assert any(row.startswith("Emil Nørgaard") for row in rows)
    assert not any(everyone.name in row for row in rows) and everyone.name not in found
    # the view follows the map: a professional Emil did not meet comes into contact with him
    newcomer = next(a for a in all_pros if a.id not in met)
    win.editor.add_tie(newcomer.id, emil.id)
    qtbot.waitUntil(lambda: figures(win)[1] == pros % (len(emils_pros) + 1))
    assert figures(win)[0] == title
    win.editor.update_one("family", emil.id, name="Emilie Nørgaard")  # renamed: the heading follows
    qtbot.waitUntil(lambda: figures(win)[0] == title.replace("Emil", "Emilie"))
    _menu_action(win, view, whole).trigger()
    scope, headline, rows, found = figures(win)
    assert scope == "" and headline == pros % len(all_pros)
    assert any(row.startswith(everyone.name) for row in rows) and everyone.name in found
    assert not win.docview.overview.accessibleName().endswith(title)
