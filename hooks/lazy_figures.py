"""Figures of a page's content load lazily and decode off the main thread.

An article opens with prose, a formula table or a widget, never with a figure: loaded eagerly, the
figures competed with the page's stylesheets and fonts for a phone's bandwidth, and decoding an SVG
figure took the main thread (50 ms and more) while the page was starting. `loading="lazy"` fetches
one as it nears the screen (Chromium: a screen or two ahead); the width and height the page gives
every image (hooks/image_sizes.py) keep its box in place meanwhile. The stepper's static figure
(hooks/stepper_page.py) is replaced by its live diagram before it would be fetched. Images that
already say how they load (the notebook figures, hooks/notebook_pages.py) are left as they are.
"""

import re

IMAGE = re.compile(r"<img\b(?![^>]*\bloading=)")


def on_page_content(html, page, config, files):
    return IMAGE.sub('<img loading="lazy" decoding="async"', html)
