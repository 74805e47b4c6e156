// The map of flows, shared by the offline report and the server's page: country outlines, links curved
// so that a sea leg bows away from the straight line, line width by quantity with a legend in units,
// colour by commodity (or by what a what-if did to a flow), and labels for countries and the main nodes
// that are placed where they meet no other label, so they stay readable on paper and on screen.
const CorridorMap = (function () {
  "use strict";

  // What a what-if did to a flow (core's FlowChanges.State), in colours that read on the grey land.
  const STATE_COLOURS = { same: "#9aa5b1", rerouted: "#1f77b4", cut: "#e8853d", closed: "#c0392b" };
  const STATE_WORDS = { same: "unchanged", rerouted: "rerouted onto (more flow)", cut: "less flow", closed: "closed" };
  const LEGEND_WIDTH = 190;

  // A quadratic curve from a to b whose control point sits off the chord by a share of its length.
  function curve(a, b, bend) {
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    return `M${a[0]},${a[1]}Q${mx - dy * bend},${my + dx * bend} ${b[0]},${b[1]}`;
  }

  // A node's label: its name up to the first parenthesis or comma (the whole name is in its tooltip).
  function shortName(name) {
    const cut = name.search(/ \(|, /);
    return cut > 3 ? name.slice(0, cut) : name;
  }

  function overlaps(b, placed) {
    return placed.some(p => b.x < p.x + p.width && p.x < b.x + b.width && b.y < p.y + p.height && p.y < b.y + b.height);
  }

  // Greedy placement, most important first: each label tries four spots around its point and is left out
  // when every spot meets a placed label, a reserved box (the legend) or the edge of the view.
  function placeLabels(g, items, bounds, reserved) {
    g.selectAll("*").remove();
    const placed = reserved.slice();
    const shown = [];
    items.forEach(it => {
      const t = g.append("text").attr("class", "map-label " + (it.cls || "")).text(it.text);
      const w = t.node().getComputedTextLength(), h = it.cls === "country-label" ? 12 : 13;
      const spots = it.cls === "country-label" ? [[-w / 2, h / 3]]
        : [[5, -5], [-5 - w, -5], [5, h - 2], [-5 - w, h - 2]];
      const spot = spots.map(([dx, dy]) => ({ x: it.x + dx, y: it.y + dy, box: { x: it.x + dx - 1, y: it.y + dy - h + 2, width: w + 2, height: h } }))
        .find(s => s.box.x >= bounds[0] && s.box.y >= bounds[1] && s.box.x + s.box.width <= bounds[2]
          && s.box.y + s.box.height <= bounds[3] && !overlaps(s.box, placed));
      if (!spot) { t.remove(); return; }
      t.attr("x", spot.x).attr("y", spot.y);
      placed.push(spot.box);
      shown.push(it.text);
    });
    return shown;
  }

  /**
   * Draws into the <svg> `svgSel`, sized to the element (opts.width and opts.height override):
   * opts.world (TopoJSON), opts.nodes [{id,name,country,lat,lon}], opts.flows [{link:{id,name,from,to,mode},
   * commodity, q, unit, value?, state?}], opts.countryNames (names of the data set's countries, labelled),
   * opts.colour (commodity → colour), opts.byState (colour by what a what-if did), opts.marks (node id → note,
   * e.g. stranded supply), opts.zoom (wheel and drag), opts.selected ({country, node, link}) and the callbacks
   * opts.onCountry(name), opts.onNode(node), opts.onLink(link). Returns the labels shown.
   */
  function draw(svgSel, opts) {
    const svg = d3.select(svgSel);
    svg.selectAll("*").remove();
    const width = opts.width || svg.node().clientWidth || +svg.attr("width");
    const height = opts.height || svg.node().clientHeight || +svg.attr("height");
    svg.attr("viewBox", `0 0 ${width} ${height}`);
    const legendW = width < 700 ? 150 : LEGEND_WIDTH;
    const byId = new Map(opts.nodes.map(n => [n.id, n]));
    const points = { type: "MultiPoint", coordinates: opts.nodes.map(n => [n.lon, n.lat]) };
    const projection = d3.geoConicEqualArea().parallels([35, 55]).rotate([-60, 0])
      .fitExtent([[20, 20], [width - legendW - 10, height - 20]], points);
    const path = d3.geoPath(projection);
    svg.append("rect").attr("class", "sea").attr("width", width).attr("height", height).attr("fill", "#f4f7fa");
    const root = svg.append("g");
    root.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
    const countries = topojson.feature(opts.world, opts.world.objects.countries).features;
    const named = new Set(opts.countryNames || []);
    const sel = opts.selected || {};
    root.append("g").selectAll("path").data(countries).join("path")
      .attr("class", d => "country" + (named.has(d.properties.name) ? " in-data" : "")
        + (sel.country && sel.country === d.properties.name ? " selected" : ""))
      .attr("d", path)
      .on("click", (e, d) => { if (opts.onCountry && named.has(d.properties.name)) opts.onCountry(d.properties.name); })
      .append("title").text(d => d.properties.name);
    const flows = opts.flows.filter(f => byId.has(f.link.from) && byId.has(f.link.to));
    // Width by value carried (opts.widthBy "value", USD m/yr) or by quantity in the flows' own unit.
    const size = opts.widthBy === "value" ? (f => f.value) : (f => Math.max(f.q, f.before || 0));
    const max = d3.max(flows, size) || 1;
    const widthOf = d3.scaleSqrt().domain([0, max]).range([0.8, 10]);
    const stroke = f => opts.byState ? STATE_COLOURS[f.state || "same"] : opts.colour(f.commodity);
    const lines = root.append("g");
    flows.slice().sort((a, b) => size(b) - size(a)).forEach(f => {
      const a = projection([byId.get(f.link.from).lon, byId.get(f.link.from).lat]);
      const b = projection([byId.get(f.link.to).lon, byId.get(f.link.to).lat]);
      const bend = f.link.mode === "sea" ? 0.25 : 0.06;
      lines.append("path").attr("class", "flow" + (f.state ? " " + f.state : "") + (sel.link === f.link.id ? " selected" : ""))
        .attr("data-link", f.link.id)
        .attr("d", curve(a, b, bend)).attr("stroke", stroke(f)).attr("stroke-width", widthOf(Math.max(size(f), 0)))
        .on("click", () => { if (opts.onLink) opts.onLink(f.link); })
        .append("title").text(`${f.link.id} ${f.link.name || ""}: ${d3.format(",.3~f")(f.q)} ${f.unit} of ${f.commodity}`
          + (f.before !== undefined ? ` (before ${d3.format(",.3~f")(f.before)}; ${STATE_WORDS[f.state] || f.state})` : ""));
    });
    const marks = opts.marks || {};
    root.append("g").selectAll("circle").data(opts.nodes).join("circle")
      .attr("class", n => "node" + (marks[n.id] ? " marked" : "") + (sel.node === n.id ? " selected" : ""))
      .attr("r", n => marks[n.id] ? 5 : 2.4)
      .attr("transform", n => `translate(${projection([n.lon, n.lat])})`)
      .on("click", (e, n) => { if (opts.onNode) opts.onNode(n); })
      .append("title").text(n => `${n.name} (${n.country})` + (marks[n.id] ? `: ${marks[n.id]}` : ""));
    const legendBox = legend(svg, width, legendW, flows, widthOf, stroke, opts);
    // Nodes by importance: marked nodes, then by the flow through them.
    // A node's weight: the flow through it as a share of its commodity's largest flow, summed, so that
    // tonnes of uranium and megatonnes of crude count alike.
    const largest = d3.rollup(flows, v => d3.max(v, size) || 1, f => f.commodity);
    const through = new Map();
    flows.forEach(f => [f.link.from, f.link.to].forEach(id =>
      through.set(id, (through.get(id) || 0) + size(f) / largest.get(f.commodity))));
    const nodeItems = opts.nodes.filter(n => through.has(n.id) || marks[n.id])
      .sort((a, b) => (marks[b.id] ? 1 : 0) - (marks[a.id] ? 1 : 0) || (through.get(b.id) || 0) - (through.get(a.id) || 0)
        || d3.ascending(a.id, b.id))
      .map(n => ({ lonlat: [n.lon, n.lat], text: shortName(n.name), cls: marks[n.id] ? "marked" : "" }));
    const countryItems = countries.filter(c => named.has(c.properties.name))
      .map(c => ({ lonlat: d3.geoCentroid(c), text: c.properties.name, cls: "country-label" }));
    const labels = svg.append("g").attr("class", "labels");
    let shown = [];
    // The main nodes only: more of them as the view zooms in, so that the map does not fill with text.
    const layout = t => {
      const most = Math.max(8, Math.round(width * height / 36000 * t.k * t.k));
      // The countries first (few, short, and what a reader finds the nodes by), then the main nodes.
      const items = countryItems.concat(nodeItems.slice(0, most)).map(it => {
        const p = t.apply(projection(it.lonlat));
        return { x: p[0], y: p[1], text: it.text, cls: it.cls };
      });
      shown = placeLabels(labels, items, [0, 0, width, height], [legendBox]);
    };
    layout(d3.zoomIdentity);
    if (opts.zoom) {
      svg.call(d3.zoom().scaleExtent([1, 12]).translateExtent([[0, 0], [width, height]]).on("zoom", e => {
        root.attr("transform", e.transform);
        layout(e.transform);
      }));
    }
    return { projection, labels: () => shown };
  }

  // The legend, in a white box at the top right: colours, then line widths in units. Returns its box.
  function legend(svg, width, legendW, flows, widthOf, stroke, opts) {
    const g = svg.append("g").attr("class", "legend").attr("transform", `translate(${width - legendW},10)`);
    const bg = g.append("rect").attr("class", "legend-box").attr("x", -8).attr("y", -4).attr("fill", "#fff")
      .attr("fill-opacity", 0.92).attr("stroke", "#e1e5ea");
    let y = 0;
    const entries = opts.byState
      ? Object.keys(STATE_COLOURS).filter(s => flows.some(f => (f.state || "same") === s)).map(s => [STATE_COLOURS[s], STATE_WORDS[s]])
      : Array.from(new Set(flows.map(f => f.commodity))).sort().map(c => [opts.colour(c), c]);
    g.append("text").attr("class", "legend-title").attr("y", y + 11).text(opts.byState ? "What the what-if did" : "Commodity");
    y += 18;
    entries.forEach(([c, text]) => {
      g.append("rect").attr("width", 14).attr("height", 4).attr("y", y + 5).attr("fill", c);
      g.append("text").attr("x", 20).attr("y", y + 11).text(text);
      y += 16;
    });
    if (opts.marks && Object.keys(opts.marks).length) {
      g.append("circle").attr("class", "node marked").attr("cx", 7).attr("cy", y + 7).attr("r", 5);
      g.append("text").attr("x", 20).attr("y", y + 11).text("more supply stranded");
      y += 16;
    }
    const units = opts.widthBy === "value" ? ["USD m/yr"] : Array.from(new Set(flows.map(f => f.unit))).sort();
    y += 8;
    g.append("text").attr("class", "legend-title").attr("y", y + 11).text("Line width");
    y += 15;
    g.append("text").attr("class", "legend-units").attr("y", y + 11)
      .text(units.length === 1 ? units[0] : "each flow in its own unit:");
    if (units.length > 1) {
      y += 14;
      g.append("text").attr("class", "legend-units").attr("y", y + 11).text(units.join(", "));
    }
    y += 8;
    widthOf.ticks(3).filter(t => t > 0).forEach(t => {
      y += 16;
      g.append("line").attr("x1", 0).attr("x2", 28).attr("y1", y).attr("y2", y).attr("stroke", "#1d2733")
        .attr("stroke-width", widthOf(t));
      g.append("text").attr("x", 34).attr("y", y + 4).text(d3.format(",~r")(t));
    });
    y += 12;
    bg.attr("width", legendW - 2).attr("height", y + 4);
    return { x: width - legendW - 8, y: 6, width: legendW, height: y + 8 };
  }

  return { draw, STATE_COLOURS };
})();
