"""Figures of a page's content load lazily and decode off the main thread.

No article opens with a figure: loaded eagerly, they competed with the stylesheets and fonts for a
phone's bandwidth, and decoding an SVG figure took the main thread (50 ms and more) at start-up.
The width and height every image gets (hooks/image_sizes.py) keep its box in place meanwhile; the
stepper's static figure is replaced by its live diagram before it would be fetched. Images that
already say how they load (the notebook figures) are left as they are.
"""

import re

IMAGE = re.compile(r"<img\b(?![^>]*\bloading=)")


def on_page_content(html, page, config, files):
    return IMAGE.sub('<img loading="lazy" decoding="async"', html)
