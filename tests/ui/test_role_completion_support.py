"""Role completion in the new person's form (Ctrl+Shift+P in a cloud): "støtte" is completed
to "støttekontaktperson" in Børn og familie, as a caseworker in a user trial expected (it
suggested nothing there), and in Voksen og socialpsykiatri to the word as Danish writes it
(it was "støtte-kontaktperson"); "support" in English likewise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import DomainKind


@pytest.fixture(params=["da", "en"])
def window(request, open_example, qtbot):
    from skymap.ui import i18n

    i18n.install(QApplication.instance(), request.param)
    win = open_example(request.param, fit=True)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    yield win
    i18n.install(QApplication.instance(), "en")


def _role_typed(window, kind: DomainKind, typed: str) -> str:
    """A new person in the cloud of `kind`, `typed` into the role: the role kept."""
    cloud = next(d for d in window.doc.map.domains if d.kind is kind)
    window.scene.select_only(cloud.id)
    QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    form = window.docview.inline
    QTest.keyClicks(form.fields["name"], "Nikolaj Vinther")
    QTest.keyClick(form.fields["name"], Qt.Key_Tab)
    QTest.keyClicks(form.fields["role"], typed)
    shown = form.fields["role"].text()
    QTest.keyClick(form.fields["role"], Qt.Key_Return)
    kept = next(a for a in reversed(window.doc.map.actors) if a.name == "Nikolaj Vinther").role
    assert kept == shown
    return kept


@pytest.mark.parametrize("kind", [DomainKind.CHILDREN_FAMILY, DomainKind.ADULT_SOCIAL_PSYCHIATRY])
def test_stotte_is_completed_to_the_support_contact_person(window, kind):
    # (the example map is Danish: its own roles first, whatever the interface speaks)
    assert _role_typed(window, kind, "støtte") == "støttekontaktperson"


def test_support_is_completed_in_the_interfaces_language_too(window):
    said = {"en": "support contact person", "da": "support"}  # (a Danish window offers no English roles)
    assert _role_typed(window, DomainKind.CHILDREN_FAMILY, "support") == said[window.lang]

