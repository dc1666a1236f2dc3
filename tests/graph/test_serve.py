"""``cmkg serve``: a real SPARQL client, plain HTTP, refusals, concurrency and the pages in Chromium."""

from __future__ import annotations

import contextlib
import gc
import ipaddress
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.browser import browser_page, wait_ready


@pytest.fixture(scope="module")
def server(tmp_path_factory, seed_sheet):
    loc = tmp_path_factory.mktemp("serve") / "store"
    st = open_store(loc)
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(seed_sheet))
    st.flush()
    del st
    gc.collect()
    log = loc.parent / "serve.log"
    with open(log, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cmkg.app.cli", "serve", "--store", str(loc), "--port", "0", "--timeout", "5"],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    url = proc.stdout.readline().strip()
    if not url:
        proc.kill()
        pytest.fail("cmkg serve did not start: " + log.read_text())
    yield url.rstrip("/")
    proc.terminate()
    proc.wait(timeout=15)
    proc.stdout.close()  # the pipe the URL came through; left open it is a ResourceWarning at collection


def _http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode("utf-8")


def _listening(port: int) -> set[str]:
    """The local addresses of the TCP sockets listening on ``port``, from the kernel's own tables."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), open(table, encoding="ascii") as f:
            for line in f.readlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, _, hex_port = local.partition(":")
                if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                    raw = bytes.fromhex(address)
                    # the kernel prints each 32-bit word in host (little-endian) order
                    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
                    found.add(str(ipaddress.ip_address(words)))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the listening sockets from /proc/net")
def test_binds_to_localhost_only(server):
    """The server listens on 127.0.0.1 alone: read from the kernel, with no traffic to any other address."""
    assert urllib.parse.urlsplit(server).hostname == "127.0.0.1"
    assert _listening(urllib.parse.urlsplit(server).port) == {"127.0.0.1"}


USA = "https://w3id.org/cmkg/id/country/USA"
SELECT = "SELECT ?code WHERE { ?c a cmkg:Country ; cmkg:code ?code } ORDER BY ?code"


@pytest.mark.parametrize(
    ("fmt", "ctype"),
    [
        ("json", "application/sparql-results+json"),
        ("xml", "application/sparql-results+xml"),
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
    ],
)
def test_sparqlwrapper_select_formats(server, fmt, ctype):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(SELECT)
    client.setReturnFormat(fmt)
    client.setMethod("POST")
    res = client.query()
    assert res.response.headers["Content-Type"].startswith(ctype)
    body = res.convert()
    if fmt == "json":
        codes = [b["code"]["value"] for b in body["results"]["bindings"]]
        assert "JPN" in codes and "USA" in codes
    elif fmt == "xml":
        assert "JPN" in body.toxml()
    else:
        assert "JPN" in (body.decode() if isinstance(body, bytes) else body)


def test_sparqlwrapper_construct_and_ask(server):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("CONSTRUCT WHERE { ?c cmkg:code 'JPN' }")
    client.setReturnFormat(TURTLE)
    res = client.query()
    assert res.response.headers["Content-Type"].startswith("text/turtle")
    assert b"JPN" in res.convert()
    client.setQuery("ASK { ?a cmkg:party ?c . ?c cmkg:code 'MEX' }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_plain_http_get_and_pages(server):
    q = urllib.parse.quote("ASK { ?s ?p ?o }")
    status, ctype, body = _http(f"{server}/sparql?query={q}", headers={"Accept": "application/sparql-results+json"})
    assert (status, ctype.split(";")[0], body.strip()) == (
        200,
        "application/sparql-results+json",
        '{"head":{},"boolean":true}',
    )
    status, ctype, body = _http(server + "/")
    assert status == 200 and ctype.startswith("text/html") and '<script src="/static/explorer.js">' in body
    status, ctype, body = _http(server + "/queries")
    assert status == 200 and "deals_with" in body
    status, _, body = _http(server + "/queries/officials.rq")
    assert status == 200 and "RoleHolding" in body


@pytest.mark.parametrize(
    ("data", "ctype"),
    [
        (b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
        (urllib.parse.urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode(), "application/x-www-form-urlencoded"),
        (b"SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "application/sparql-query"),
    ],
)
def test_updates_are_refused(server, data, ctype):
    status, _, body = _http(server + "/sparql", data=data, headers={"Content-Type": ctype})
    assert status == 403, body
    status, _, body = _http(f"{server}/sparql?query={urllib.parse.quote('ASK { ?s ?p ?o }')}")
    assert status == 200


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE {{ ?s ?p ?o }}",
        "LOAD <http://127.0.0.1:{port}/data.ttl>",
    ],
)
def test_remote_access_is_refused_and_nothing_is_fetched(server, template, trap):
    port, hits = trap
    q = template.format(port=port)
    status, _, body = _http(server + "/sparql", data=q.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 403 and "refused" in body
    assert hits == []


def test_syntax_error_names_the_users_line(server):
    status, _, body = _http(
        server + "/sparql", data=b"SELECT ?s\nWHERE { ?s ?p }", headers={"Content-Type": "application/sparql-query"}
    )
    assert status == 400 and "line 2" in body


def test_fifty_concurrent_clients(server):
    q = urllib.parse.quote(SELECT)

    def ask(i):
        return _http(f"{server}/sparql?query={q}", headers={"Accept": "text/csv"})

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(ask, range(50)))
    assert all(status == 200 for status, _, _ in results), [r[:1] + (r[2][:100],) for r in results if r[0] != 200]
    assert len({body for _, _, body in results}) == 1 and "JPN" in results[0][2]


@pytest.mark.parametrize(
    ("path", "status", "needle"),
    [
        ("/static/vendor/sigma/sigma.min.js", 200, "Sigma"),
        ("/static/explorer.js", 200, "cmkg explorer"),
        ("/static/vendor/../../pages.py", 404, "not found"),
        ("/static/%2e%2e/pages.py", 404, "not found"),
        ("/static/vendor/sigma/LICENSE.txt", 404, "not found"),
        (
            "/queries/deal_summaries.rq?country=US",
            200,
            "VALUES (?country) { (<https://w3id.org/cmkg/id/country/USA>) }",
        ),
        ("/queries/deal_summaries.rq?bogus=1", 400, "E260"),
        ("/queries/nothing.rq", 404, "nothing"),
    ],
)
def test_static_assets_and_bound_stored_queries(server, path, status, needle):
    got, ctype, body = _http(server + path)
    assert got == status and needle in body
    if path.endswith(".js") and got == 200:
        assert ctype.startswith("text/javascript")


@pytest.mark.browser
def test_query_page_form_sorting_and_links_to_the_explorer(server):
    with browser_page(allow=(server,)) as (page, blocked):
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server + "/queries")
        wait_ready(page)
        assert page.locator(".CodeMirror .cm-keyword").count() > 0  # highlighted by the SPARQL mode
        page.select_option("#examples", "deal_summaries")
        assert page.is_visible("#param-country")
        page.fill("#param-country", "US")
        page.click("#run-params")
        page.wait_for_selector("#results tr td")
        assert "VALUES (?country)" in page.evaluate("cmkgQueries.editor.getValue()")
        heads = page.eval_on_selector_all("#results th", "ths => ths.map(t => t.textContent)")
        assert heads[0] == "country"  # whose partner each row is
        col = heads.index("label")
        page.click(f"#results th:nth-child({col + 1})")
        labels = page.eval_on_selector_all(f"#results tr td:nth-child({col + 1})", "tds => tds.map(t => t.textContent)")
        assert labels == sorted(labels) and {"Japan", "Mexico"} <= set(labels)
        page.click(f"#results th:nth-child({col + 1})")
        again = page.eval_on_selector_all(f"#results tr td:nth-child({col + 1})", "tds => tds.map(t => t.textContent)")
        assert again == sorted(labels, reverse=True)
        link = page.locator("#results tr td:first-child a").first
        assert link.get_attribute("href") == "/#entity=" + urllib.parse.quote(USA, safe="")
        link.click()
        wait_ready(page)
        assert page.text_content("#view-title") == "Deals with United States"
        assert page.is_visible("#query-link")
        assert blocked == [] and errors == []


@pytest.mark.browser
def test_editor_completes_ontology_terms(server):
    with browser_page(allow=(server,)) as (page, _blocked):
        page.goto(server + "/queries")
        wait_ready(page)
        page.evaluate("cmkgQueries.editor.setValue('SELECT * WHERE { ?a cmkg:pa')")
        page.evaluate("cmkgQueries.editor.setCursor({line: 0, ch: 100})")
        page.click(".CodeMirror")
        page.keyboard.press("End")
        page.keyboard.press("Control+Space")
        page.wait_for_selector(".CodeMirror-hints")
        hints = page.eval_on_selector_all(".CodeMirror-hint", "hs => hs.map(h => h.textContent)")
        assert "cmkg:party" in hints


@pytest.mark.browser
def test_explorer_served_links_to_the_query_page(server):
    with browser_page(allow=(server,)) as (page, blocked):
        page.goto(server + "/")
        wait_ready(page)
        assert page.evaluate("cmkg.visibleNodes().length") > 3
        page.click("#query-link")
        wait_ready(page)
        assert page.url == server + "/queries"
        page.goto(server + "/#entity=" + urllib.parse.quote(USA, safe=""))
        wait_ready(page)
        assert page.text_content("#panel h2") == "United States"
        page.click("#panel a[href^='/queries#about=']")
        page.wait_for_selector("#results tr td")
        assert page.input_value("#param-entity") == f"<{USA}>"
        assert blocked == []
