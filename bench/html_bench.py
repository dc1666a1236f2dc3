"""Explorer time to interactive, and pan/zoom response, against the previous page, side by side.

    python bench/html_bench.py --nodes 2000 --runs 3
    python bench/html_bench.py --nodes 20000 --runs 1 --timeout 120
    python bench/html_bench.py --direct --nodes 2000 --runs 3 --pyvis   # against cmkg export --format pyvis

Both pages show the same synthetic graph (bench/synthetic.py), loaded from disk
in headless Debian Chromium with every network request blocked, a new browser
per load.

* **cmkg page** (``cmkg export --format html``): sigma.js over a layout
  computed in Python; "interactive" is ``window.cmkgReady``, set after the
  first frame is drawn. The landing view is one country's deals, so the page is
  also timed after switching to the whole graph, which is what the old page drew.
* **previous page** (vis-network with physics, ``graph/html_view.py`` at
  ``--baseline`` checked out from git into a temporary directory):
  "interactive" is the end of its first physics stabilisation.
* **pyvis page** (``--pyvis``, ``cmkg export --format pyvis``) in place of the
  previous page: vis-network over the same Python layout; "interactive" is its
  ``window.cmkgReady``, set after the first frame drawn once physics (small
  graphs only) has settled.

Pan and zoom: after the page is interactive, ten camera moves of the whole
graph (five zooms, five pans), each timed from the move to the end of the next
drawn frame; median reported.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_sheets  # noqa: E402
from cmkg.graph.nxview import to_networkx  # noqa: E402
from cmkg.graph.pages import render_explorer  # noqa: E402
from cmkg.graph.pyvis_page import render_pyvis  # noqa: E402
from cmkg.graph.rdf_build import sheet_to_graph  # noqa: E402
from cmkg.graph.store import open_store  # noqa: E402
from tests.graph.browser import FLAGS  # noqa: E402

BASELINE = "79da1ff"  # main before the sigma.js explorer
PAN_ZOOM = """async () => {
  const r = cmkg.renderer(), cam = r.getCamera(), out = [];
  const moves = [{ratio: 0.5}, {ratio: 0.25}, {x: 0.3}, {y: 0.7}, {ratio: 1.5}, {x: 0.6, y: 0.4},
                 {ratio: 0.1}, {x: 0.45}, {ratio: 3}, {x: 0.5, y: 0.5, ratio: 1}];
  for (const m of moves) {
    const t0 = performance.now();
    await new Promise(res => { r.once("afterRender", res); cam.setState(Object.assign({}, cam.getState(), m)); });
    out.push(performance.now() - t0);
  }
  return out;
}"""
PAN_ZOOM_PREVIOUS = """async () => {
  const n = cmkg.network, out = [];
  const moves = [0.5, 0.25, [300, 0], [0, -300], 1.5, [200, 200], 0.1, [-150, 0], 3, 1];
  for (const m of moves) {
    const t0 = performance.now();
    await new Promise(res => {
      n.once("afterDrawing", res);
      if (Array.isArray(m)) { const p = n.getViewPosition(); n.moveTo({position: {x: p.x + m[0], y: p.y + m[1]}}); }
      else n.moveTo({scale: m});
    });
    out.push(performance.now() - t0);
  }
  return out;
}"""


def graph_with(nodes: int):
    st = open_store(":memory:")
    sheets = synthetic_sheets(10**7, seed=3)
    done, step = 0, 200
    while True:
        for _ in range(step):
            st.add_dataset(sheet_to_graph(next(sheets)), defer=True)
        done += step
        st.flush_summaries()
        g = to_networkx(st)
        print(f"{done} articles: {g.number_of_nodes()} nodes", file=sys.stderr)
        if g.number_of_nodes() >= nodes:
            return g
        step = max(200, int(step * max(1.2, min(4.0, nodes / g.number_of_nodes()))) // 2)


def direct_graph(nodes: int, seed: int = 3):
    """A networkx view shaped like ``to_networkx`` output, built without RDF (the RDF route needs hours for
    20,000 nodes): countries and minerals from the gazetteer, agreements with 2-5 parties and a mineral,
    officials of countries, export controls and production shares, each with an evidence sentence."""
    import random

    import networkx as nx

    from cmkg.core.gazetteer import gazetteer

    rng = random.Random(seed)
    gz = gazetteer()
    countries = [f"https://w3id.org/cmkg/id/country/{c}" for c in sorted(gz.countries)]
    minerals = [f"https://w3id.org/cmkg/id/mineral/{m}" for m in sorted(gz.minerals)]
    weights = [30 if c.rsplit("/", 1)[-1] in ("USA", "CHN", "EU", "JPN", "AUS") else 1 for c in countries]
    g = nx.MultiDiGraph()
    for c in countries:
        g.add_node(c, type="country", label=c.rsplit("/", 1)[-1])
    for m in minerals:
        g.add_node(m, type="mineral", label=m.rsplit("/", 1)[-1])

    def ev(i):
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        return [{"sentence": f"Synthetic sentence {i}.", "title": f"Article {i}", "url": None, "published": day}]

    i = 0
    while g.number_of_nodes() < nodes:
        i += 1
        a = f"https://w3id.org/cmkg/id/agreement/a{i}"
        status = rng.choice(["signed", "announced", "planned", "negotiating", "existing"])
        g.add_node(a, type="agreement", label=f"Agreement {i}")
        for c in set(rng.choices(countries, weights, k=rng.choice([2, 2, 2, 3, 5]))):
            g.add_edge(a, c, relation="party", status=status, evidence=ev(i))
        g.add_edge(a, rng.choice(minerals), relation="covers", evidence=ev(i))
        p = f"https://w3id.org/cmkg/id/person/p{i}"
        g.add_node(p, type="person", label=f"Official {i}")
        g.add_edge(p, rng.choice(countries), relation="official of", detail="Minister", evidence=ev(i))
        if i % 3 == 0:
            g.add_edge(
                rng.choice(countries),
                rng.choice(minerals),
                relation="export control",
                status="in_force",
                detail=rng.choice(["ban", "licence", "quota"]),
                evidence=ev(i),
            )
            g.add_edge(
                rng.choice(countries),
                rng.choice(minerals),
                relation="production share",
                detail=f"mines {rng.randrange(1, 99)}%",
                evidence=ev(i),
            )
    return g


def baseline_renderer(commit: str, tmp: Path):
    """``render_html`` from graph/html_view.py at ``commit``, with its template, imported from a temp dir."""
    base = tmp / "baseline"
    (base / "templates").mkdir(parents=True)
    for rel in ("graph/html_view.py", "graph/templates/explorer.html"):
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{rel}"], capture_output=True, text=True)
        if text.returncode != 0:
            raise SystemExit(f"cannot read {rel} at {commit}: {text.stderr.strip()}")
        (base / rel.removeprefix("graph/")).write_text(text.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_html_view", base / "html_view.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render_html


def time_to_ready(page, url: str, timeout: float, poll: bool) -> float:
    """Seconds until ``window.cmkgReady``. The previous page can block its main thread for minutes, so it is
    awaited with ``wait_for_function`` (its CSP bypassed for that), whose timeout holds even then."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    start = time.perf_counter()
    try:
        page.goto(url, timeout=timeout * 1000)
        if not poll:
            page.wait_for_function("window.cmkgReady === true", timeout=timeout * 1000, polling=50)
            return time.perf_counter() - start
    except PlaywrightTimeout:
        return float("inf")
    while not page.evaluate("window.cmkgReady === true"):
        if time.perf_counter() - start > timeout:
            return float("inf")
        page.wait_for_timeout(20)
    return time.perf_counter() - start


def load(p, path: Path, timeout: float, ours: bool) -> dict[str, float]:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=not ours)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        out = {"ready": time_to_ready(page, path.as_uri(), timeout, poll=ours)}
        if ours and out["ready"] != float("inf"):
            start = time.perf_counter()
            page.click("#v-graph")
            page.evaluate("() => new Promise(res => requestAnimationFrame(() => requestAnimationFrame(res)))")
            out["whole"] = out["ready"] + time.perf_counter() - start
            out["frame"] = statistics.median(page.evaluate(PAN_ZOOM))
        elif out["ready"] != float("inf"):
            out["frame"] = statistics.median(page.evaluate(PAN_ZOOM_PREVIOUS))
        return out
    finally:
        browser.close()


def fmt(values: list[float], timeout: float, unit: str = "s", scale: float = 1.0) -> str:
    m = statistics.median(values)
    if m == float("inf"):
        return f"not interactive within {timeout:.0f} s (n={len(values)})"
    each = ", ".join(f"{v * scale:.2f}" for v in values)
    return f"{m * scale:.{0 if unit == 'ms' else 2}f} {unit} (n={len(values)}: {each})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0, help="give up on a page after this many seconds")
    ap.add_argument("--baseline", default=BASELINE, help="git commit whose graph/html_view.py is the previous page")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--pyvis", action="store_true", help="compare with the pyvis page instead of the previous page")
    ap.add_argument("--direct", action="store_true", help="build the networkx view directly, not through RDF")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    g = direct_graph(args.nodes) if args.direct else graph_with(args.nodes)
    other = "pyvis" if args.pyvis else "previous"
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "cmkg.html", Path(tmp) / "previous.html"
        start = time.perf_counter()
        ours.write_text(render_explorer(g), encoding="utf-8")
        render_s = time.perf_counter() - start
        if args.pyvis:
            theirs.write_text(render_pyvis(g), encoding="utf-8")
        elif not args.no_baseline:
            theirs.write_text(baseline_renderer(args.baseline, Path(tmp))(g), encoding="utf-8")
        a, b = [], []
        with sync_playwright() as p:
            for _ in range(args.runs):
                a.append(load(p, ours, args.timeout, True))
                print(f"cmkg page: {a[-1]}", file=sys.stderr)
                if not args.no_baseline:
                    b.append(load(p, theirs, args.timeout, False))
                    print(f"{other} page: {b[-1]}", file=sys.stderr)
        size = ours.stat().st_size / 1e6
    print(
        f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges; page {size:.1f} MB, "
        f"rendered (layout included) in {render_s:.1f} s"
    )
    print(f"| measure | cmkg page (sigma.js) | {other} page (vis-network) |")
    print("|---|---:|---:|")
    prev = fmt([r["ready"] for r in b], args.timeout) if b else "not run"
    prev_frames = [r["frame"] for r in b if "frame" in r]
    prev_frame = fmt(prev_frames, args.timeout, "ms") if prev_frames else "-"
    print(f"| time to interactive, landing view | {fmt([r['ready'] for r in a], args.timeout)} | {prev} |")
    if all("whole" in r for r in a):
        print(f"| time to interactive, whole graph drawn | {fmt([r['whole'] for r in a], args.timeout)} | {prev} |")
        print(
            f"| pan / zoom, median time to the next frame | {fmt([r['frame'] for r in a], args.timeout, 'ms')} "
            f"| {prev_frame} |"
        )
    if b and all(r["ready"] != float("inf") for r in b):
        ratio = statistics.median([r["ready"] for r in b]) / statistics.median([r["whole"] for r in a])
        print(f"| ratio {other} / cmkg, whole graph | {ratio:.1f}x | |")


if __name__ == "__main__":
    main()
