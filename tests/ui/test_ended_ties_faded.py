"""The ties of someone marked no longer active (ophørt) are faded on screen as in the PDF
(a user trial: the screen drew them at full strength, the PDF in grey, and only from one
end). The rule is the style's (model/style.ended_ties: an ended person at either end); the
screen fades them as the person (SCREEN.faded_opacity), the print draws them grey
(PRINT.ended_tie_ink) and its legend says what grey means."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest

from skymap.export import map_page
from skymap.model import style
from skymap.model.template import new_map
from skymap.ui.export_dialog import ExportOptionsDialog
from skymap.ui.items.link_item import LinkItem
from tests.helpers import by_name


def untick_active(window, name: str) -> None:
    """Click the person on the map, then untick "Active (still involved)" in the inspector."""
    actor = by_name(window.doc, name)
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, window.view.mapFromScene(actor.x, actor.y))
    assert window.inspector.current == ("actors", actor.id)
    box = window.inspector.a_active
    QTest.mouseClick(box, Qt.LeftButton, Qt.NoModifier, QPoint(8, box.height() // 2))
    assert not by_name(window.doc, name).active


def faded_on_screen(window) -> set[str]:
    return {i.obj_id for i in window.scene.items_by_id.values()
            if isinstance(i, LinkItem) and i.opacity() == style.SCREEN.faded_opacity}


def test_the_model_names_the_ties_of_an_ended_person_at_either_end():
    m = new_map(template="empty")
    from skymap.model.document import MapDocument
    from skymap.model.vocabulary import LinkKind

    doc = MapDocument(m)
    a, b, c = (doc.add_actor(n).id for n in ("A", "B", "C"))
    ab = doc.add_link(LinkKind.COORDINATION, a, b).id
    ca = doc.add_link(LinkKind.COORDINATION, c, a).id
    bc = doc.add_link(LinkKind.COORDINATION, b, c).id
    assert style.ended_ties(doc.map) == frozenset()
    doc.update("actors", a, active=False)
    assert style.ended_ties(doc.map) == {ab, ca}  # the target's end too
    assert bc not in style.ended_ties(doc.map)


def test_an_ended_persons_ties_fade_on_screen_and_come_back(open_example):
    window = open_example("da")
    assert faded_on_screen(window) == set()
    untick_active(window, "Mette Skov")  # a coordination tie ends at her (Ali Hassan's, Peter Vinther's)
    mette = by_name(window.doc, "Mette Skov").id
    hers = {ln.id for ln in window.doc.map.links if mette in (ln.source, ln.target)}
    assert any(ln.target == mette for ln in window.doc.map.links if ln.id in hers)
    assert hers and faded_on_screen(window) == hers
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    next(a for a in edit_menu.actions() if a.text().startswith("&Undo")).trigger()  # active again
    assert by_name(window.doc, "Mette Skov").active, window.undo_stack.undoText()
    assert faded_on_screen(window) == set()


def test_the_pdf_greys_the_same_ties_the_screen_fades(open_example, monkeypatch, tmp_path):
    window = open_example("da")
    untick_active(window, "Mette Skov")
    untick_active(window, "Lise Dam")
    inks: list[str] = []
    real = map_page.tie_stroke

    def spy(p, quality, a, b, ink, *args, **kwargs):
        inks.append(ink)
        real(p, quality, a, b, ink, *args, **kwargs)

    monkeypatch.setattr(map_page, "tie_stroke", spy)
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda d: ExportOptionsDialog.DialogCode.Accepted)

    def printer(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "kort.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", printer)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() in ("&File", "&Filer"))
    next(a for a in file_menu.actions() if a.text() in ("&Print…", "&Udskriv…")).trigger()
    assert (tmp_path / "kort.pdf").is_file()
    links = window.doc.map.links
    ties, legend = inks[:len(links)], inks[len(links):]  # the map's ties in order, then the legend's samples
    grey = {ln.id for ln, ink in zip(links, ties) if ink == style.PRINT.ended_tie_ink}
    assert grey == faded_on_screen(window) == style.ended_ties(window.doc.map)
    assert style.PRINT.ended_tie_ink in legend  # "forbindelse til ophørt person"
