"""Scene items: thin views of model objects that turn gestures into commands."""
