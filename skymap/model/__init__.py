"""Skymap's model: the map document, its vocabulary, edits, measures and file format.

Pure Python: no Qt, no reportlab. A test can build, edit, measure and save a map with no
QApplication.
"""

from .document import Change, MapDocument, Removal
from .errors import SkymapError
from .objects import (
    CURRENT_VERSION,
    FAMILY_ID,
    Actor,
    Annotation,
    Domain,
    FamilyMember,
    Link,
    MapContent,
    Metadata,
    RCScores,
    Settings,
    SkyMap,
    Snapshot,
)

__all__ = [
    "CURRENT_VERSION",
    "FAMILY_ID",
    "Actor",
    "Annotation",
    "Change",
    "Domain",
    "FamilyMember",
    "Link",
    "MapContent",
    "MapDocument",
    "Metadata",
    "RCScores",
    "Removal",
    "Settings",
    "SkyMap",
    "SkymapError",
    "Snapshot",
]
