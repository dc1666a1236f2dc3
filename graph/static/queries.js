/* cmkg query page: a CodeMirror SPARQL editor, stored queries with a form for their
 * parameters, sortable results whose cmkg IRIs open the explorer on that entity. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cmkg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var ENTITY = "https://w3id.org/cmkg/id/";
  var KEYWORDS = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "UNION", "GRAPH", "VALUES", "BIND", "AS",
    "ORDER BY", "GROUP BY", "LIMIT", "OFFSET", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "COUNT", "SAMPLE",
    "GROUP_CONCAT", "STR", "LCASE", "CONTAINS", "STRSTARTS", "BOUND", "NOT EXISTS", "DESC", "ASC", "LANG"];
  var prefixDecls = Object.keys(data.prefixes).map(function (p) { return "PREFIX " + p + ": <" + data.prefixes[p] + ">"; });

  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }

  function complete(cm) {
    var cur = cm.getCursor(), line = cm.getLine(cur.line), start = cur.ch;
    while (start > 0 && /[\w:?$-]/.test(line.charAt(start - 1))) start--;
    var word = line.slice(start, cur.ch), lower = word.toLowerCase(), vars = {};
    cm.getValue().replace(/[?$]\w+/g, function (v) { vars[v] = true; return v; });
    var pool = data.terms.concat(KEYWORDS, Object.keys(vars), prefixDecls);
    var list = pool.filter(function (t) { return t.toLowerCase().indexOf(lower) === 0 && t !== word; });
    if (/^prefix/i.test(line.trim()) || !word) list = list.concat(prefixDecls.filter(function (d) { return list.indexOf(d) < 0; }));
    return {list: list.slice(0, 60), from: CodeMirror.Pos(cur.line, start), to: CodeMirror.Pos(cur.line, cur.ch)};
  }
  var editor = CodeMirror.fromTextArea($("query"), {
    mode: "application/sparql-query", lineNumbers: true, lineWrapping: true, matchBrackets: true, indentUnit: 2,
    extraKeys: {"Ctrl-Space": "autocomplete", "Ctrl-Enter": function () { run(); }},
    hintOptions: {hint: complete, completeSingle: false}
  });
  editor.on("inputRead", function (cm, change) {
    if (/^[\w:]$/.test(change.text[0]) && !cm.state.completionActive) cm.showHint({hint: complete, completeSingle: false});
  });

  var select = $("examples");
  Object.keys(data.queries).forEach(function (name) {
    var o = el("option", name); o.value = name; select.appendChild(o);
  });
  function chooseStored(name) {
    var q = data.queries[name], fields = $("param-fields");
    fields.textContent = "";
    $("doc").textContent = q ? q.doc : "";
    if (!q) { $("params").hidden = true; return; }
    select.value = name;
    editor.setValue(q.text);
    q.params.forEach(function (p) {
      var l = el("label", "?" + p.name), i = el("input");
      i.name = p.name; i.id = "param-" + p.name; i.placeholder = p.example || "IRI in <>, country, or text";
      l.appendChild(i); fields.appendChild(l);
    });
    $("params").hidden = !q.params.length;
  }
  select.addEventListener("change", function () { chooseStored(this.value); });
  $("params").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var qs = [];
    $("param-fields").querySelectorAll("input").forEach(function (i) {
      if (i.value.trim()) qs.push(encodeURIComponent(i.name) + "=" + encodeURIComponent(i.value.trim()));
    });
    var status = $("status");
    fetch("/queries/" + encodeURIComponent(select.value) + ".rq" + (qs.length ? "?" + qs.join("&") : ""))
      .then(function (r) { return r.text().then(function (t) { return {ok: r.ok, text: t}; }); })
      .then(function (r) {
        if (!r.ok) { status.className = "error"; status.textContent = r.text; return; }
        editor.setValue(r.text); run();
      });
  });

  // -- results
  function shortIri(iri) {
    var best = iri;
    Object.keys(data.prefixes).forEach(function (p) {
      var ns = data.prefixes[p];
      if (iri.indexOf(ns) === 0 && p + ":" + iri.slice(ns.length) !== best && iri.length - ns.length < best.length) best = p + ":" + iri.slice(ns.length);
    });
    return best;
  }
  function cellFor(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri" && term.value.indexOf(ENTITY) === 0) {
      var a = el("a", shortIri(term.value)); a.href = "/#entity=" + encodeURIComponent(term.value);
      a.title = "Open in the explorer: " + term.value; td.appendChild(a);
    } else if (/^https?:\/\//i.test(term.value) && (term.type === "uri" || /anyURI$/.test(term.datatype || ""))) {
      var b = el("a", term.type === "uri" ? shortIri(term.value) : term.value); b.href = term.value;
      b.rel = "noopener noreferrer"; b.target = "_blank"; td.appendChild(b);
    } else {
      td.textContent = term.type === "uri" ? shortIri(term.value) : term.value;
    }
    td.dataset.sort = term.value;
    return td;
  }
  function sortBy(table, col, th) {
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    var rows = Array.prototype.slice.call(table.querySelectorAll("tr")).slice(1);
    rows.sort(function (r1, r2) {
      var a = r1.children[col].dataset.sort || "", b = r2.children[col].dataset.sort || "";
      var na = parseFloat(a), nb = parseFloat(b);
      var c = (!isNaN(na) && !isNaN(nb) && String(na) === a && String(nb) === b) ? na - nb : a.localeCompare(b);
      return dir === "ascending" ? c : -c;
    });
    rows.forEach(function (r) { table.appendChild(r); });
  }
  function run() {
    var status = $("status"), table = $("results");
    status.className = ""; status.textContent = "running\u2026"; table.textContent = "";
    fetch("/sparql", {method: "POST", body: editor.getValue(),
      headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}})
      .then(function (r) { return r.text().then(function (t) { return {ok: r.ok, text: t}; }); })
      .then(function (r) {
        if (!r.ok) { status.className = "error"; status.textContent = r.text; return; }
        var res = JSON.parse(r.text);
        if (res.boolean !== undefined) { status.textContent = "ASK: " + res.boolean; return; }
        var vars = res.head.vars, head = el("tr");
        vars.forEach(function (v, i) {
          var th = el("th", v); th.tabIndex = 0;
          th.addEventListener("click", function () { sortBy(table, i, th); });
          th.addEventListener("keydown", function (e) { if (e.key === "Enter") sortBy(table, i, th); });
          head.appendChild(th);
        });
        table.appendChild(head);
        res.results.bindings.forEach(function (b) {
          var tr = el("tr");
          vars.forEach(function (v) { tr.appendChild(cellFor(b[v])); });
          table.appendChild(tr);
        });
        status.textContent = res.results.bindings.length + " rows (click a column heading to sort)";
      })
      .catch(function (e) { status.className = "error"; status.textContent = String(e); });
  }
  $("run").addEventListener("click", run);

  // -- /queries#about=<IRI> (from the explorer): everything about that entity
  var m = /^#about=(.+)$/.exec(location.hash);
  if (m && data.queries.about) {
    chooseStored("about");
    var box = $("param-entity");
    if (box) { box.value = "<" + decodeURIComponent(m[1]) + ">"; $("run-params").click(); }
  }
  window.cmkgQueries = {editor: editor, run: run};
  window.cmkgReady = true;
})();
