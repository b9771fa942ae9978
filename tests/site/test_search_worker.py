"""The built site starts the search worker of the installed Material, whose file name carries a hash
(hooks/upstream.py finds it at build time; overrides/main.html names it)."""

import importlib.util
import json
import re

from built_site import REPO

_spec = importlib.util.spec_from_file_location("upstream", REPO / "hooks" / "upstream.py")
upstream = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(upstream)


def test_the_built_site_starts_the_installed_material_search_worker(site):
    worker = upstream.search_worker()
    html = (site / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)[1])
    assert config["search"].endswith(f"?material={worker}")
    assert (site / "assets" / "javascripts" / "workers" / worker).is_file()
