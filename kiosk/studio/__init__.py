"""``kiosk studio``: the curators' desktop editor (Qt Widgets) over the editing model in
``kiosk.content.studio``."""
