"""Time until the explorer is interactive at about 2,000 nodes, in headless Chromium.

    python bench/html_bench.py --nodes 2000

cmkg's page (``cmkg export --format html``) against pyvis's own page for the
same networkx graph, both loaded from disk with every network request
blocked.  "Interactive" means the first physics stabilisation is done: cmkg's
page sets ``window.cmkgReady`` and stops physics; pyvis fades its loading bar
out on the same vis-network event (``stabilizationIterationsDone``) but keeps
simulating.  Median of a few loads each, side by side.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_sheets  # noqa: E402
from cmkg.graph.html_view import render_html  # noqa: E402
from cmkg.graph.nxview import to_networkx  # noqa: E402
from cmkg.graph.rdf_build import sheet_to_graph  # noqa: E402
from cmkg.graph.store import open_store  # noqa: E402

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def graph_with(nodes: int):
    st = open_store(":memory:")
    batch = 50
    for i, sheet in enumerate(synthetic_sheets(10**6, seed=3)):
        st.add_dataset(sheet_to_graph(sheet), defer=True)
        if i % batch == batch - 1:
            st.flush_summaries()
            g = to_networkx(st)
            if g.number_of_nodes() >= nodes:
                return g
            print(f"{i + 1} articles: {g.number_of_nodes()} nodes", file=sys.stderr)


def pyvis_page(g, path: Path) -> None:
    import networkx as nx
    from pyvis.network import Network

    flat = nx.MultiDiGraph()
    for n, a in g.nodes(data=True):
        flat.add_node(n, label=str(a.get("label", n)))
    for u, v, a in g.edges(data=True):
        flat.add_edge(u, v, title=a.get("relation", ""))
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    net.from_nx(flat)
    path.write_text(net.generate_html(), encoding="utf-8")


def time_to_ready(page, url: str, probe: str, timeout: float = 300.0, *, poll: bool) -> float:
    """Seconds from navigation until ``probe`` is true; inf after ``timeout``.

    cmkg's page forbids eval in its Content-Security-Policy, so it is polled
    with ``evaluate``; pyvis's page has no CSP and can block its main thread for
    minutes, so it is awaited with ``wait_for_function``, whose timeout holds
    even then."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    start = time.perf_counter()
    try:
        page.goto(url, timeout=timeout * 1000)
        if not poll:
            page.wait_for_function(probe, timeout=timeout * 1000, polling=50)
            return time.perf_counter() - start
        while not page.evaluate(probe):
            if time.perf_counter() - start > timeout:
                return float("inf")
            page.wait_for_timeout(20)
    except PlaywrightTimeout:
        return float("inf")
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0, help="give up on a page after this many seconds")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    g = graph_with(args.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "cmkg.html", Path(tmp) / "pyvis.html"
        ours.write_text(render_html(g), encoding="utf-8")
        pyvis_page(g, theirs)
        a, b = [], []
        pyvis_probe = (
            "(function () { var b = document.getElementById('loadingBar'); return !!b && b.style.opacity === '0'; })()"
        )
        with sync_playwright() as p:
            for _ in range(args.runs):  # a new browser per load: a page busy for minutes never slows the next one
                for page_file, probe, poll, out in (
                    (ours, "window.cmkgReady === true", True, a),
                    (theirs, pyvis_probe, False, b),
                ):
                    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
                    page = browser.new_page(viewport={"width": 1400, "height": 900})
                    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                    out.append(time_to_ready(page, page_file.as_uri(), probe, args.timeout, poll=poll))
                    print(f"{page_file.stem} page: {out[-1]:.1f} s", file=sys.stderr)
                    browser.close()
    print("| nodes | edges | cmkg page, median s | pyvis page, median s | ratio |")
    print("|---:|---:|---:|---:|---:|")
    ma, mb = statistics.median(a), statistics.median(b)
    theirs_text = f"{mb:.1f}" if mb != float("inf") else f"> {args.timeout:.0f} (not interactive)"
    ratio = f"{mb / ma:.1f}x" if mb != float("inf") else f"> {args.timeout / ma:.0f}x"
    print(
        f"| {g.number_of_nodes():,} | {g.number_of_edges():,} | {ma:.1f} (n={len(a)}) "
        f"| {theirs_text} (n={len(b)}) | {ratio} |"
    )


if __name__ == "__main__":
    main()
