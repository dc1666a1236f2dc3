/* cmkg explorer: a country's deals (landing view) and the whole graph, drawn by sigma.js.
 * Positions come precomputed from Python; every string from the data is inserted with
 * textContent, and links are only made for http(s) URLs. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cmkg-data").textContent);
  var SigmaCtor = window.Sigma && (window.Sigma.Sigma || window.Sigma.default || window.Sigma);
  var GraphCtor = window.graphology && (window.graphology.Graph || window.graphology);
  var $ = function (id) { return document.getElementById(id); };
  var byId = {}, factsOf = {}, agreements = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; factsOf[n.id] = []; });
  data.facts.forEach(function (f, i) {
    f.i = i;
    factsOf[f.s].push(f);
    if (f.t !== f.s) factsOf[f.t].push(f);
  });

  // -- agreements: status, parties, minerals, dates and evidence from their facts
  data.nodes.forEach(function (n) {
    if (n.kind !== "agreement") return;
    var a = {id: n.id, label: n.label, parties: [], minerals: [], announcedBy: [], ev: [], status: null, when: null};
    factsOf[n.id].forEach(function (f) {
      if (f.s !== n.id) return;
      if (f.rel === "party") { if (a.parties.indexOf(f.t) < 0) a.parties.push(f.t); a.status = a.status || f.st || null; a.when = a.when || f.when || null; }
      else if (f.rel === "covers" && a.minerals.indexOf(f.t) < 0) a.minerals.push(f.t);
      else if (f.rel === "announced by" && a.announcedBy.indexOf(f.t) < 0) a.announcedBy.push(f.t);
      f.ev.forEach(function (e) { if (a.ev.indexOf(e) < 0) a.ev.push(e); });
    });
    agreements[n.id] = a;
  });
  data.facts.forEach(function (f) {  // an agreement's status and minerals hold for each of its facts
    var a = agreements[f.s];
    f.status = a ? a.status : (f.st || null);
    f.minerals = a ? a.minerals : (byId[f.t] && byId[f.t].kind === "mineral" ? [f.t] : []);
    var dates = f.ev.map(function (e) { return data.evidence[e][3]; }).filter(Boolean);
    f.dates = dates;
  });

  // -- filters
  var statuses = {}, relations = {}, minerals = [];
  data.facts.forEach(function (f) { if (f.status) statuses[f.status] = true; relations[f.rel] = true; });
  data.nodes.forEach(function (n) { if (n.kind === "mineral") minerals.push(n); });
  minerals.sort(function (a, b) { return a.label.localeCompare(b.label); });
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function checkboxes(box, values, name) {
    values.sort().forEach(function (v) {
      var l = el("label"), c = el("input");
      c.type = "checkbox"; c.checked = true; c.value = v; c.name = name;
      c.addEventListener("change", redraw);
      l.appendChild(c); l.appendChild(document.createTextNode(" " + v)); box.appendChild(l);
    });
  }
  checkboxes($("f-status"), Object.keys(statuses), "status");
  checkboxes($("f-relation"), Object.keys(relations), "relation");
  minerals.forEach(function (m) { var o = el("option", m.label); o.value = m.id; $("f-mineral").appendChild(o); });
  if (data.dateRange) {
    ["f-from", "f-to"].forEach(function (id) { $(id).min = data.dateRange[0]; $(id).max = data.dateRange[1]; });
  }
  ["f-mineral", "f-from", "f-to"].forEach(function (id) { $(id).addEventListener("change", redraw); });
  function checkedSet(name) {
    var s = {};
    document.querySelectorAll("input[name=" + name + "]").forEach(function (c) { if (c.checked) s[c.value] = true; });
    return s;
  }
  function currentFilter() {
    return {status: checkedSet("status"), relation: checkedSet("relation"), mineral: $("f-mineral").value,
            from: $("f-from").value, to: $("f-to").value};
  }
  function filtersActive(flt) {
    return flt.mineral || flt.from || flt.to ||
      Object.keys(flt.status).length < Object.keys(statuses).length ||
      Object.keys(flt.relation).length < Object.keys(relations).length;
  }
  function factPasses(f, flt) {
    if (!flt.relation[f.rel]) return false;
    if (f.status && !flt.status[f.status]) return false;
    if (flt.mineral && f.minerals.indexOf(flt.mineral) < 0) return false;
    if (flt.from || flt.to) {
      return f.dates.some(function (d) { return (!flt.from || d >= flt.from) && (!flt.to || d <= flt.to + "~"); });
    }
    return true;
  }

  // -- colours
  function statusColor(s) { return (s && data.statusColors[s]) || data.relationColor; }
  function nodeColor(n) { return data.nodeColors[n.kind] || data.nodeColors.other; }

  // -- the two views, each a graphology graph
  var countries = data.nodes.filter(function (n) { return n.kind === "country"; });
  var dealCountries = countries.filter(function (c) {
    return factsOf[c.id].some(function (f) { return f.rel === "party"; });
  }).sort(function (a, b) { return a.label.localeCompare(b.label); });
  dealCountries.forEach(function (c) { var o = el("option", c.label); o.value = c.id; $("f-country").appendChild(o); });

  function wholeGraph() {
    var g = new GraphCtor({multi: false, type: "directed"});
    data.nodes.forEach(function (n) {
      g.addNode(n.id, {x: n.x, y: n.y, size: n.size, label: n.label, color: nodeColor(n), rank: n.rank, kind: n.kind});
    });
    data.facts.forEach(function (f) {
      if (f.s === f.t) return;
      var key = f.s + "\u0000" + f.t;
      if (!g.hasEdge(key)) g.addDirectedEdgeWithKey(key, f.s, f.t, {facts: [], size: 1.2});
      g.getEdgeAttribute(key, "facts").push(f.i);
    });
    g.forEachEdge(function (key, attr) {
      var fs = attr.facts.map(function (i) { return data.facts[i]; });
      var rel = fs[0].rel, same = fs.every(function (f) { return f.rel === rel; });
      attr.color = statusColor(fs[0].status);
      attr.label = fs.length === 1 ? factText(fs[0]) : fs.length + " " + (same ? rel : "facts") + ": " +
        fs.map(function (f) { return [f.det, f.status].filter(Boolean).join(" "); }).join("; ");
      attr.size = Math.min(1 + fs.length, 4);
    });
    return g;
  }

  function countryGraph(center, flt) {
    var g = new GraphCtor({multi: false, type: "directed"});
    var c = byId[center];
    var deals = factsOf[center].filter(function (f) { return f.rel === "party" && f.t === center; })
      .map(function (f) { return agreements[f.s]; })
      .filter(function (a, i, all) {
        return a && all.indexOf(a) === i && factsOf[a.id].some(function (f) { return f.s === a.id && f.rel === "party" && factPasses(f, flt); });
      });
    var partners = {};
    deals.forEach(function (a) {
      a.parties.forEach(function (p) {
        if (p === center) return;
        var best = partners[p] || {id: p, deals: []};
        best.deals.push(a); partners[p] = best;
      });
    });
    var order = data.statusRank;  // furthest along first: the vocabulary's rank, by which cmkg deals picks a best status
    function rankOf(p) {
      return Math.min.apply(null, p.deals.map(function (a) { var i = order.indexOf(a.status); return i < 0 ? 99 : i; }));
    }
    var list = Object.keys(partners).map(function (k) { return partners[k]; });
    list.sort(function (a, b) { return rankOf(a) - rankOf(b) || byId[a.id].label.localeCompare(byId[b.id].label); });
    var R = 500, angleOf = {};
    g.addNode(center, {x: 0, y: 0, size: 22, label: c.label, color: nodeColor(c), forceLabel: true, kind: c.kind, rank: 1e9});
    list.forEach(function (p, i) {
      var ang = 2 * Math.PI * i / Math.max(list.length, 1) - Math.PI / 2;
      angleOf[p.id] = ang;
      var n = byId[p.id];
      g.addNode(p.id, {x: R * Math.cos(ang), y: R * Math.sin(ang), size: 9 + Math.min(p.deals.length, 8),
                       label: n.label, color: nodeColor(n), forceLabel: list.length <= 40, kind: n.kind,
                       rank: p.deals.length});
    });
    var placed = deals.map(function (a) {
      var sx = 0, sy = 0;
      a.parties.forEach(function (p) { if (angleOf[p] !== undefined) { sx += Math.cos(angleOf[p]); sy += Math.sin(angleOf[p]); } });
      return {a: a, ang: Math.atan2(sy, sx)};
    }).sort(function (u, v) { return u.ang - v.ang; });
    placed.forEach(function (p, i) {
      var ang = placed.length > 1 ? p.ang : p.ang, r = R * (0.45 + 0.12 * (i % 3));
      if (placed.length > 6) ang = 2 * Math.PI * i / placed.length + placed[0].ang;
      var n = byId[p.a.id];
      g.addNode(p.a.id, {x: r * Math.cos(ang), y: r * Math.sin(ang), size: 6, label: n.label, color: nodeColor(n),
                         kind: "agreement", rank: 1});
      var color = statusColor(p.a.status);
      g.addDirectedEdgeWithKey(center + "\u0000" + p.a.id, center, p.a.id, {color: color, size: 2, facts: []});
      p.a.parties.forEach(function (q) {
        if (q === center || !g.hasNode(q) || g.hasEdge(p.a.id + "\u0000" + q)) return;
        g.addDirectedEdgeWithKey(p.a.id + "\u0000" + q, p.a.id, q, {color: color, size: 2, facts: []});
      });
    });
    return g;
  }

  function factText(f) {
    return f.rel + (f.det && f.rel !== "party" ? " " + f.det : "") + (f.status ? " (" + f.status + ")" : "");
  }

  // -- drawing
  var state = {view: "country", center: data.defaultCountry, selected: null, near: null, graph: null, renderer: null};
  var settings = {
    renderEdgeLabels: true, enableEdgeEvents: true, labelRenderedSizeThreshold: 7, labelDensity: 0.7,
    labelGridCellSize: 90, labelSize: 13, labelWeight: "500", edgeLabelSize: 11, zIndex: true,
    defaultEdgeType: "arrow", minCameraRatio: 0.02, maxCameraRatio: 20, stagePadding: 40
  };
  var BIG = data.facts.length > 3000;  // large graphs: plain lines, no edge picking, edges hidden while moving
  // and the cheapest WebGL programs (one vertex per node, two per edge): without a GPU every vertex costs
  var programs = window.Sigma && window.Sigma.rendering;
  var bigSettings = {defaultEdgeType: "line", enableEdgeEvents: false, hideEdgesOnMove: true, renderEdgeLabels: false};
  if (programs && programs.EdgeLineProgram && programs.NodePointProgram) {
    bigSettings.defaultEdgeType = "thin"; bigSettings.edgeProgramClasses = {thin: programs.EdgeLineProgram};
    bigSettings.defaultNodeType = "point"; bigSettings.nodeProgramClasses = {point: programs.NodePointProgram};
  }
  function reducers(flt, active) {
    var g = state.graph;
    var edgeOk = {};
    g.forEachEdge(function (key, attr) {
      edgeOk[key] = state.view === "country" || attr.facts.some(function (i) { return factPasses(data.facts[i], flt); });
    });
    var nodeOk = {};
    g.forEachNode(function (n) { nodeOk[n] = !active || state.view === "country"; });
    if (active && state.view !== "country") {
      g.forEachEdge(function (key, attr, s, t) { if (edgeOk[key]) { nodeOk[s] = true; nodeOk[t] = true; } });
    }
    state.visibleNodes = nodeOk; state.visibleEdges = edgeOk;
    renderer.setSetting("nodeReducer", function (node, attr) {
      var res = Object.assign({}, attr);
      if (!nodeOk[node]) { res.hidden = true; return res; }
      if (state.near && !state.near[node]) { res.color = "#e4e4e4"; res.label = ""; res.zIndex = 0; }
      else if (state.near) { res.zIndex = 2; res.forceLabel = true; }
      if (node === state.selected) { res.highlighted = true; res.forceLabel = true; }
      return res;
    });
    renderer.setSetting("edgeReducer", function (edge, attr) {
      var res = Object.assign({}, attr);
      if (!edgeOk[edge]) { res.hidden = true; return res; }
      if (state.near) {
        var ends = g.extremities(edge);
        if (!(state.near[ends[0]] && state.near[ends[1]])) { res.color = "#f0f0f0"; res.label = ""; }
        else res.forceLabel = true;
      } else if (state.view === "country") res.label = "";
      return res;
    });
  }
  var renderer = null;
  function build() {
    var flt = currentFilter(), t0 = performance.now();
    if (state.renderer) state.renderer.kill();
    state.graph = state.view === "country" ? countryGraph(state.center, flt) : wholeGraph();
    var t1 = performance.now();
    try {
      var opts = Object.assign({}, settings, BIG && state.view !== "country" ? bigSettings : {});
      renderer = state.renderer = new SigmaCtor(state.graph, $("net"), opts);
    } catch (err) {
      $("nogl").hidden = false; $("nogl").textContent = "The explorer cannot draw here: " + err.message;
      throw err;
    }
    renderer.on("clickNode", function (e) { select(e.node); });
    renderer.on("clickEdge", function (e) { showEdge(e.edge); });
    renderer.on("clickStage", function () { clearSelection(); });
    var t2 = performance.now();
    reducers(flt, filtersActive(flt));
    renderer.refresh();
    state.timings = {graph: t1 - t0, sigma: t2 - t1, draw: performance.now() - t2};
    $("v-country").setAttribute("aria-pressed", String(state.view === "country"));
    $("v-graph").setAttribute("aria-pressed", String(state.view !== "country"));
    $("f-country").value = state.center || "";
    $("view-title").textContent = state.view === "country" ? "Deals with " + byId[state.center].label : "Whole graph";
    updateLegend();
  }
  function redraw() {
    if (state.view === "country") { build(); if (state.selected && state.graph.hasNode(state.selected)) select(state.selected); return; }
    var flt = currentFilter();
    reducers(flt, filtersActive(flt));
    renderer.refresh();
    updateLegend();
  }
  function updateLegend() {
    var box = $("legend"); box.textContent = "";
    var kinds = {}, colors = {}, nNodes = 0, nEdges = 0;
    state.graph.forEachNode(function (n, a) { if (state.visibleNodes[n]) { kinds[a.kind] = true; nNodes++; } });
    state.graph.forEachEdge(function (key, a) {
      if (!state.visibleEdges[key]) return;
      nEdges++;
      if (state.view === "country") {
        var ends = state.graph.extremities(key), ag = agreements[ends[0]] || agreements[ends[1]];
        colors[(ag && ag.status) || "other relation"] = true;
      } else {
        a.facts.forEach(function (i) { colors[data.facts[i].status || "other relation"] = true; });
      }
    });
    Object.keys(kinds).sort().forEach(function (k) { legendRow(box, k, data.nodeColors[k] || data.nodeColors.other, "dot", "node"); });
    Object.keys(colors).sort().forEach(function (s) { legendRow(box, s, statusColor(s === "other relation" ? null : s), "line", "edge"); });
    $("counts").textContent = nNodes + " nodes, " + nEdges + " edges";
  }
  function legendRow(box, label, color, shape, what) {
    var row = el("div", null, "legend-row"), sw = el("span", null, "sw " + shape);
    sw.style.background = color; row.dataset.kind = what; row.dataset.value = label;
    row.appendChild(sw); row.appendChild(document.createTextNode(label)); box.appendChild(row);
  }

  // -- selection and side panel
  function neighbours(id) {
    var near = {}; near[id] = true;
    state.graph.forEachNeighbor(id, function (m) { near[m] = true; });
    return near;
  }
  function select(id) {
    state.selected = id; state.near = neighbours(id);
    renderer.refresh();
    var d = renderer.getNodeDisplayData(id);
    if (d) renderer.getCamera().animate({x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, state.view === "country" ? 0.6 : 0.3)}, {duration: 300});
    showNode(id);
  }
  function clearSelection() {
    state.selected = null; state.near = null;
    renderer.refresh();
    $("panel").hidden = true;
  }
  function safeLink(url, text) {
    if (url && /^https?:\/\//i.test(url)) {
      var a = el("a", text); a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank"; return a;
    }
    return el("span", text);
  }
  function evidenceList(card, evs) {
    evs.forEach(function (i) {
      var e = data.evidence[i];
      if (e[0]) card.appendChild(el("blockquote", "\u201c" + e[0] + "\u201d"));
      var src = el("div", "\u2014 ", "source");
      src.appendChild(safeLink(e[2], e[1] || e[2] || "source"));
      if (e[3]) src.appendChild(document.createTextNode(" (" + e[3] + ")"));
      if (e[2] && !/^https?:\/\//i.test(e[2])) src.appendChild(document.createTextNode(" " + e[2]));
      card.appendChild(src);
    });
  }
  function badge(status) {
    var b = el("span", status || "no status", "badge"); b.style.background = statusColor(status); return b;
  }
  function labels(ids) { return ids.map(function (p) { return byId[p].label; }).sort().join(", "); }
  function agreementCard(a) {
    var card = el("div", null, "card agreement"); card.dataset.id = a.id;
    card.appendChild(el("h3", a.label));
    var meta = el("div", null, "meta"); meta.appendChild(badge(a.status));
    var dates = [];
    a.ev.forEach(function (i) { if (data.evidence[i][3] && dates.indexOf(data.evidence[i][3]) < 0) dates.push(data.evidence[i][3]); });
    meta.appendChild(document.createTextNode(" date: " + (a.when || "not stated") +
      (dates.length ? "; reported " + dates.sort().join(", ") : "")));
    card.appendChild(meta);
    card.appendChild(el("div", "Parties: " + labels(a.parties), "meta parties"));
    if (a.minerals.length) card.appendChild(el("div", "Minerals: " + labels(a.minerals), "meta"));
    if (a.announcedBy.length) card.appendChild(el("div", "Announced by: " + labels(a.announcedBy), "meta"));
    evidenceList(card, a.ev);
    return card;
  }
  function factCard(f) {
    var card = el("div", null, "card fact");
    card.appendChild(el("h3", byId[f.s].label + " \u2192 " + byId[f.t].label));
    var meta = el("div", null, "meta");
    if (f.status) meta.appendChild(badge(f.status));
    meta.appendChild(document.createTextNode(" " + f.rel + (f.det ? ": " + f.det : "")));
    card.appendChild(meta);
    evidenceList(card, f.ev);
    return card;
  }
  function openPanel(title, iri) {
    var body = $("panel-body"); body.textContent = "";
    body.appendChild(el("h2", title));
    if (iri) body.appendChild(el("div", iri, "iri"));
    $("panel").hidden = false;
    return body;
  }
  function visibleFact(f) { return factPasses(f, currentFilter()); }
  function showNode(id) {
    var n = byId[id], body = openPanel(n.label, id), deals = [];
    body.appendChild(el("div", n.kind, "meta"));
    if (state.view === "country" && n.kind === "country" && id !== state.center) {
      deals = Object.keys(agreements).map(function (k) { return agreements[k]; }).filter(function (a) {
        return a.parties.indexOf(id) >= 0 && a.parties.indexOf(state.center) >= 0 && state.graph.hasNode(a.id);
      });
      body.appendChild(el("p", deals.length + " agreement" + (deals.length === 1 ? "" : "s") + " with " + byId[state.center].label));
    } else if (n.kind === "agreement") {
      deals = [agreements[id]];
    } else {
      deals = Object.keys(agreements).map(function (k) { return agreements[k]; }).filter(function (a) {
        return (a.parties.indexOf(id) >= 0 || a.minerals.indexOf(id) >= 0 || a.announcedBy.indexOf(id) >= 0) &&
          factsOf[a.id].some(visibleFact);
      });
      if (deals.length) body.appendChild(el("p", deals.length + " agreement" + (deals.length === 1 ? "" : "s")));
    }
    deals.forEach(function (a) { body.appendChild(agreementCard(a)); });
    var others = factsOf[id].filter(function (f) { return !agreements[f.s] && visibleFact(f); });
    if (others.length && !(state.view === "country" && n.kind === "country")) {
      body.appendChild(el("p", "Other facts"));
      others.forEach(function (f) { body.appendChild(factCard(f)); });
    }
    if (data.served) {
      var a = el("a", "Everything about it (SPARQL)"); a.href = "/queries#about=" + encodeURIComponent(id);
      body.appendChild(a);
    }
  }
  function showEdge(edge) {
    var ends = state.graph.extremities(edge), facts = state.graph.getEdgeAttribute(edge, "facts");
    if (!facts.length) { var ag = agreements[ends[0]] || agreements[ends[1]]; return select(ag.id); }
    var body = openPanel(byId[ends[0]].label + " \u2192 " + byId[ends[1]].label, null);
    facts.map(function (i) { return data.facts[i]; }).filter(visibleFact).forEach(function (f) {
      body.appendChild(agreements[f.s] ? agreementCard(agreements[f.s]) : factCard(f));
    });
  }
  $("panel-close").addEventListener("click", clearSelection);

  // -- search with type-ahead: exact label first, then prefix, word prefix, substring; ties by importance
  var suggest = $("suggest"), picks = [], active = -1;
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var out = [];
    data.nodes.forEach(function (n) {
      var l = n.label.toLowerCase(), score = l === q ? 0 : l.indexOf(q) === 0 ? 1 :
        (" " + l).indexOf(" " + q) >= 0 ? 2 : l.indexOf(q) >= 0 ? 3 : -1;
      if (score >= 0) out.push({n: n, score: score});
    });
    out.sort(function (a, b) { return a.score - b.score || b.n.rank - a.n.rank || a.n.label.localeCompare(b.n.label); });
    return out;
  }
  function showSuggestions() {
    var hits = matches($("search").value);
    picks = hits.slice(0, 8).map(function (h) { return h.n; }); active = picks.length ? 0 : -1;
    suggest.textContent = "";
    picks.forEach(function (n, i) {
      var li = el("li", n.label); li.setAttribute("role", "option"); li.dataset.id = n.id;
      li.setAttribute("aria-selected", String(i === active));
      li.appendChild(el("span", n.kind, "kind"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(n.id); });
      suggest.appendChild(li);
    });
    suggest.hidden = !picks.length;
    $("search").setAttribute("aria-expanded", String(!suggest.hidden));
    $("search-result").textContent = $("search").value.trim() ?
      hits.length + " match" + (hits.length === 1 ? "" : "es") : "";
    if (!$("search").value.trim() && state.selected) clearSelection();
  }
  function pick(id) {
    suggest.hidden = true; $("search").setAttribute("aria-expanded", "false");
    $("search").value = byId[id].label;
    if (!state.graph.hasNode(id) || !state.visibleNodes[id]) { state.view = "graph"; build(); }
    select(id);
    $("search-result").textContent = "Selected " + byId[id].label + " (" + byId[id].kind + ")";
  }
  $("search").addEventListener("input", showSuggestions);
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!picks.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : picks.length - 1)) % picks.length;
      suggest.querySelectorAll("li").forEach(function (li, i) { li.setAttribute("aria-selected", String(i === active)); });
      ev.preventDefault();
    } else if (ev.key === "Enter" && active >= 0) { pick(picks[active].id); ev.preventDefault(); }
    else if (ev.key === "Escape") { suggest.hidden = true; }
  });
  $("search").addEventListener("blur", function () { suggest.hidden = true; });

  // -- reset, views, country choice, links in
  function reset() {
    $("search").value = ""; $("search-result").textContent = ""; suggest.hidden = true;
    document.querySelectorAll("#f-status input, #f-relation input").forEach(function (c) { c.checked = true; });
    $("f-mineral").value = ""; $("f-from").value = ""; $("f-to").value = "";
    state.selected = null; state.near = null; $("panel").hidden = true;
    build();
    renderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1, angle: 0});
  }
  $("reset").addEventListener("click", reset);
  $("v-country").addEventListener("click", function () { state.view = "country"; state.selected = null; state.near = null; build(); });
  $("v-graph").addEventListener("click", function () { state.view = "graph"; state.selected = null; state.near = null; build(); });
  $("f-country").addEventListener("change", function () {
    state.center = this.value; state.view = "country"; state.selected = null; state.near = null; $("panel").hidden = true; build();
  });
  if (data.served) $("query-link").hidden = false;
  $("heading").textContent = data.heading;

  function fromHash() {
    var h = decodeURIComponent(location.hash.replace(/^#/, "")), m = /^(country|entity)=(.+)$/.exec(h);
    if (!m || !byId[m[2]]) return false;
    if (byId[m[2]].kind === "country" && dealCountries.indexOf(byId[m[2]]) >= 0) {
      state.view = "country"; state.center = m[2]; build();
      if (m[1] === "entity") select(m[2]);
    } else { state.view = "graph"; build(); select(m[2]); }
    return true;
  }
  window.addEventListener("hashchange", fromHash);
  if (!state.center) state.view = "graph";
  if (!fromHash()) build();
  window.cmkg = {
    data: data, state: state, agreements: agreements,
    renderer: function () { return renderer; },
    visibleNodes: function () { return Object.keys(state.visibleNodes).filter(function (k) { return state.visibleNodes[k]; }); },
    visibleEdges: function () { return Object.keys(state.visibleEdges).filter(function (k) { return state.visibleEdges[k]; }); },
    viewportOf: function (id) {
      var d = renderer.getNodeDisplayData(id); return d ? renderer.framedGraphToViewport(d) : null;
    }
  };
  requestAnimationFrame(function () { requestAnimationFrame(function () { window.cmkgReady = true; }); });
})();
