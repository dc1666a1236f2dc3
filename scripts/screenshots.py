"""Regenerate the screenshots in docs/ from real pages built from the dev corpus.

    .venv/bin/python scripts/screenshots.py [--articles ../shared/eval/dev/articles]

Builds the articles into a temporary store, runs ``cmkg serve`` on a free
127.0.0.1 port, and photographs in headless Debian Chromium (every request
outside the server is blocked): the landing view ("Deals with the US"), the
side panel for a partner, the whole graph, and the query page with a stored
query run from its parameter form.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.graph.browser import browser_page, wait_ready  # noqa: E402

DOCS = ROOT / "docs"


def _cmkg(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "cmkg.app.cli", *args], check=True, capture_output=True, text=True)


def _click_node(page, node_id: str) -> None:
    pos = page.evaluate("id => cmkg.viewportOf(id)", node_id)
    box = page.locator("#net").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#panel:not([hidden])")
    page.wait_for_timeout(500)


def shoot(url: str) -> None:
    with browser_page(allow=(url,)) as (page, blocked):
        page.goto(url + "/")
        wait_ready(page)
        page.wait_for_timeout(400)
        page.screenshot(path=str(DOCS / "explorer.png"))
        _click_node(page, "https://w3id.org/cmkg/id/country/JPN")
        page.screenshot(path=str(DOCS / "explorer-panel.png"))
        page.click("#v-graph")
        page.fill("#search", "China")
        page.keyboard.press("Enter")
        page.wait_for_timeout(600)
        page.screenshot(path=str(DOCS / "explorer-graph.png"))
        page.goto(url + "/queries")
        wait_ready(page)
        page.select_option("#examples", "deal_summaries")
        page.fill("#param-country", "US")
        page.click("#run-params")
        page.wait_for_selector("#results tr td")
        page.click("#results th:nth-child(5)")  # sort by status
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.screenshot(path=str(DOCS / "queries.png"))
        assert blocked == [], blocked


def main() -> None:
    ap = argparse.ArgumentParser()
    near = [base / "shared" / "eval" / "dev" / "articles" for base in (ROOT.parent, ROOT.parent.parent)]
    ap.add_argument("--articles", type=Path, default=next((p for p in near if p.is_dir()), near[0]))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        _cmkg("build", str(args.articles), "--store", store)
        proc = subprocess.Popen(
            [sys.executable, "-m", "cmkg.app.cli", "serve", "--store", store, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            url = proc.stdout.readline().strip().rstrip("/")
            if not url:
                raise SystemExit("cmkg serve did not start")
            shoot(url)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
    print("wrote", ", ".join(p.name for p in sorted(DOCS.glob("*.png"))))


if __name__ == "__main__":
    main()
