"""Headless Debian Chromium through Playwright, with the page's network blocked.

Never ``playwright install``: it downloads a browser, which this project's
machines cannot do.  Tests that need the browser skip when it is absent
locally, and fail in CI, where .ci/run installs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def need_chromium() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run must apt-get install chromium")
        pytest.skip("Debian chromium not installed (apt-get install -y chromium)")


@contextmanager
def browser_page(allow: tuple[str, ...] = ("file://",)) -> Iterator[tuple[object, list[str]]]:
    """A page whose requests outside ``allow`` are aborted and recorded."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})

            def gate(route) -> None:
                url = route.request.url
                if url.startswith(allow) or url.startswith(("data:", "about:")):
                    route.continue_()
                else:
                    blocked.append(url)
                    route.abort()

            page.route("**/*", gate)
            yield page, blocked
        finally:
            browser.close()


def wait_ready(page, timeout: float = 60.0) -> float:
    """Poll until the explorer says physics stabilised; return the seconds waited.

    Polling with ``evaluate`` (not ``wait_for_function``, which needs eval and
    so breaks under the page's Content-Security-Policy)."""
    import time

    start = time.monotonic()
    while not page.evaluate("window.cmkgReady === true"):
        if time.monotonic() - start > timeout:
            raise AssertionError(f"explorer not ready after {timeout:g} s")
        page.wait_for_timeout(50)
    return time.monotonic() - start
