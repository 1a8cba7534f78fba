"""Private usage figures: what visitors do, counted per day on the device only. No Qt.

``counter`` holds the day's counts in memory and what one visit has already counted;
``store`` writes them in batches to a small SQLite file beside the logs; ``figures``
turns them into the museum's CSV (counts under 5 suppressed), merges several kiosks'
exports and writes the summary; ``chart`` draws a small PNG per day with Pillow.

Nothing here keeps an identifier, a time of day, a per-visitor record past the visit or
anything a visitor typed: every stored value comes from a fixed vocabulary or the
content's own ids, and ``counter`` refuses anything else.
"""
