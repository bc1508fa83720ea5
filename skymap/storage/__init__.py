"""Files: map load/save, CSV contact lists. No Qt here."""
