"""The built site served over http on 127.0.0.1, on a free port, and the Chromium that loads it.

Shared by the browser and notebook test suites and by bench/page_weight.py (a tool, not a test: tests/ holds
only what pytest collects).
"""

import contextlib
import functools
import http.server
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # the tests record every response they care about themselves

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser dropped a request it no longer needed (page closed)


@contextlib.contextmanager
def serving(directory, handler=QuietHandler):
    """Serve ``directory`` with ``handler`` on a free 127.0.0.1 port until the block ends; yield the port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# Playwright cannot download its own browser here: it drives Debian's (installed by `make test`).
CHROMIUM = {
    "executable_path": "/usr/bin/chromium",
    "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run"],
}
