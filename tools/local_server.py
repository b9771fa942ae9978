"""The built site served over http on 127.0.0.1, on a free port, and the Chromium that loads it.

Shared by the browser and notebook test suites and by bench/page_weight.py and bench/lighthouse.py (tools, not
tests: tests/ holds only what pytest collects).
"""

import contextlib
import functools
import gzip
import http.server
import io
import os
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # the tests record every response they care about themselves

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser dropped a request it no longer needed (page closed)


class GzipHandler(QuietHandler):
    """QuietHandler that gzips text files for a client that accepts it, as a static host (GitHub Pages) does.

    Lighthouse scores the transfer the reader gets: served uncompressed, the same pages lose 10-50 points.
    """

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb")

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not (path.endswith(self.COMPRESSIBLE) and os.path.isfile(path)
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()  # redirects, listings, 404s, binary files: as before
        with open(path, "rb") as file:
            body = gzip.compress(file.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


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
