/* cmkg's pyvis page: draws the network pyvis built (JSON in #cmkg-data) with vis-network.
   Every string from the graph is data: tooltips are DOM text, the panel is filled with textContent,
   and links are made only for http(s) URLs. window.cmkgReady is set once the graph is drawn. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("cmkg-data").textContent);
  const byId = (id) => document.getElementById(id);

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function asText(item) {
    // vis-network shows an Element as given; a string title would depend on the version's escaping.
    if (typeof item.title === "string") item.title = el("div", item.title);
    return item;
  }

  function legend() {
    for (const [kind, color] of data.legend.kinds) {
      const li = el("li");
      const sw = el("span", null, "swatch");
      sw.style.background = color;
      li.append(sw, el("span", kind));
      byId("legend-kinds").append(li);
    }
    for (const [status, color, dashed] of data.legend.statuses) {
      const li = el("li");
      const sw = el("span", null, dashed ? "swatch line dashed" : "swatch line");
      sw.style.borderTopColor = color;
      li.append(sw, el("span", status));
      byId("legend-statuses").append(li);
    }
  }

  function source(ev) {
    const line = el("div", null, "source");
    const title = ev.title || ev.url || "";
    if (ev.url && /^https?:\/\//i.test(ev.url)) {
      const a = el("a", title);
      a.href = ev.url;
      a.rel = "noopener noreferrer";
      line.append("\u2014 ", a);
    } else if (title) {
      line.append("\u2014 " + title);
    }
    if (ev.published) line.append(" (" + String(ev.published).slice(0, 10) + ")");
    return line;
  }

  function factBlock(edge, nodes) {
    const box = el("div", null, "fact");
    const from = nodes.get(edge.from), to = nodes.get(edge.to);
    box.append(el("div", (from ? from.label : edge.from) + " \u2192 " + (to ? to.label : edge.to), "meta"));
    box.append(el("div", edge.caption, "meta"));
    for (const ev of edge.evidence || []) {
      if (ev.sentence) box.append(el("blockquote", ev.sentence));
      box.append(source(ev));
    }
    return box;
  }

  function show(panel, heading, sub, facts, nodes) {
    panel.replaceChildren(el("h3", heading), el("div", sub, "iri"));
    for (const edge of facts) panel.append(factBlock(edge, nodes));
    panel.hidden = false;
  }

  function onClick(params, nodes, edges) {
    const panel = byId("panel");
    if (params.nodes.length) {
      const node = nodes.get(params.nodes[0]);
      const facts = edges.get({ filter: (e) => e.from === node.id || e.to === node.id });
      show(panel, node.label, node.kind + " \u00b7 " + node.id, facts, nodes);
    } else if (params.edges.length) {
      const edge = edges.get(params.edges[0]);
      show(panel, edge.relation + (edge.status ? " (" + edge.status + ")" : ""), "", [edge], nodes);
    } else {
      panel.hidden = true;
    }
  }

  byId("heading").textContent = data.heading;
  byId("counts").textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";
  legend();
  const nodes = new vis.DataSet(data.nodes.map(asText));
  const edges = new vis.DataSet(data.edges.map(asText));
  const network = new vis.Network(byId("net"), {}, data.options);
  let settled = !data.physics || data.nodes.length === 0;
  network.once("stabilizationIterationsDone", () => {
    settled = true;
    network.fit();
  });
  network.on("afterDrawing", () => {
    if (settled) window.cmkgReady = true;
  });
  network.on("click", (params) => onClick(params, nodes, edges));
  network.setData({ nodes, edges });
  if (!data.physics) network.fit();
  window.cmkg = { network, nodes, edges, data };
})();
