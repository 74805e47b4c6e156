// The map of flows, shared by the offline report and the server's page: country outlines, links curved
// (a sea leg along a lane of named straits, so that it does not cross land), line width by quantity with a legend in units,
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

  // Sea lanes: a small graph of named waypoints [lon, lat] at straits and open water, so that a sea link is
  // drawn along the shortest lane between the waypoints nearest its two ends instead of across land. The
  // Caspian is closed: its ports snap to its own waypoint, and a link whose two ends snap to the same
  // waypoint keeps its plain curve.
  const SEA_POINTS = {
    gulfOfFinland: [25.5, 59.8], gulfMouth: [22.5, 59.6], balticProper: [19.8, 57.8], balticSouth: [15, 55.0],
    arkona: [13.2, 54.85], oresund: [12.72, 55.65], oresundNorth: [12.62, 56.15], kattegat: [11.5, 57], skagen: [10.5, 58], skagerrak: [7.5, 57.6],
    northSea: [4, 54.5], northSeaNorth: [2.5, 59], dover: [1.6, 51], channel: [-1.5, 50.1], ushant: [-6, 48.5],
    finisterre: [-10.5, 43.5], stVincent: [-9.8, 36.5], gibraltar: [-5.7, 35.92], alboran: [-3, 36.0],
    sardiniaSouth: [8, 38], sicilyChannel: [11.5, 37.4], maltaSouth: [14.5, 35.5], ionian: [20, 35],
    creteWest: [23.3, 35.9], aegean: [25.3, 37.5], northAegean: [25.2, 39.3], dardanelles: [26.2, 40],
    marmara: [28, 40.7], bosporus: [29.1, 41.2], blackSeaWest: [31, 43], blackSeaEast: [38, 43], blackSeaNorthEast: [37.3, 44.4], kerch: [36.55, 45.0], kerchNorth: [36.6, 45.35],
    azov: [37.2, 46.1], azovEast: [38, 46.4], rhodes: [28.5, 35.6], cyprusWest: [31.8, 35.5], cilicia: [35, 36.2], iskenderun: [35.8, 36.45], portSaid: [32.3, 31.5],
    suez: [33.6, 27.6], redSeaNorth: [36, 24], redSeaSouth: [41.5, 15.5], babElMandeb: [43.4, 12.6],
    gulfOfAden: [47, 12.3], socotra: [52, 13.5], arabianSea: [63, 20], arabianSeaEast: [71, 18.5],
    gulfOfOman: [58, 24.8], hormuz: [56.8, 26.2], dondra: [80.5, 5], malaccaNorth: [97, 6], malacca: [100.8, 2.8],
    malaccaSouth: [102, 1.9], singapore: [103.8, 1.1], singaporeEast: [104.6, 1.2], southChinaSea: [108, 8], southChinaSeaNorth: [114, 18],
    taiwanStrait: [119.5, 24], eastChinaSea: [125, 29], koreaStrait: [129.3, 34.3], seaOfJapan: [134.5, 40],
    norwegianSea: [3, 64], lofoten: [12, 69], northCape: [25, 71.8], barents: [42, 72], pechoraSea: [54, 69.8],
    karaGate: [58, 70.45], karaSea: [66, 74], obNorth: [74, 73.6], obGulf: [73.5, 72.2], caspian: [50.5, 42] };
  // Lanes as chains of waypoints. Between Port Said and the Gulf of Suez a lane crosses land on purpose: the canal.
  const SEA_LANES = ["gulfOfFinland gulfMouth balticProper balticSouth arkona oresund oresundNorth kattegat skagen skagerrak northSea "
    + "dover channel ushant finisterre stVincent gibraltar alboran sardiniaSouth sicilyChannel maltaSouth ionian creteWest "
    + "aegean northAegean dardanelles marmara bosporus blackSeaWest blackSeaEast", "blackSeaWest blackSeaNorthEast blackSeaEast",
    "blackSeaNorthEast kerch kerchNorth azov azovEast", "aegean rhodes portSaid suez redSeaNorth redSeaSouth babElMandeb gulfOfAden socotra dondra "
    + "malaccaNorth malacca malaccaSouth singapore singaporeEast southChinaSea southChinaSeaNorth taiwanStrait eastChinaSea koreaStrait "
    + "seaOfJapan", "rhodes cyprusWest cilicia iskenderun", "portSaid ionian", "socotra arabianSea gulfOfOman hormuz",
    "arabianSea arabianSeaEast", "northSea northSeaNorth norwegianSea lofoten northCape barents pechoraSea karaGate "
    + "karaSea obNorth obGulf"];
  const CANALS = [["portSaid", "suez"]];

  const seaGraph = (() => {
    const edges = new Map(Object.keys(SEA_POINTS).map(k => [k, []]));
    SEA_LANES.forEach(lane => d3.pairs(lane.split(" ")).forEach(([a, b]) => {
      const d = d3.geoDistance(SEA_POINTS[a], SEA_POINTS[b]);
      edges.get(a).push([b, d]);
      edges.get(b).push([a, d]);
    }));
    return edges;
  })();

  function nearestSeaPoint(lonlat) {
    return d3.least(Object.keys(SEA_POINTS), k => d3.geoDistance(lonlat, SEA_POINTS[k]));
  }

  // The waypoints [lon, lat] between two sea ends along the shortest lane (Dijkstra on the few waypoints),
  // or null where both ends snap to one waypoint or no lane joins them.
  function seaRoute(from, to) {
    const start = nearestSeaPoint(from), end = nearestSeaPoint(to);
    if (start === end) return null;
    const dist = new Map([[start, 0]]), prev = new Map(), done = new Set();
    while (true) {
      const open = Array.from(dist.keys()).filter(k => !done.has(k));
      if (!open.length) return null;
      const k = d3.least(open, x => dist.get(x));
      if (k === end) break;
      done.add(k);
      seaGraph.get(k).forEach(([n, d]) => {
        if (!dist.has(n) || dist.get(k) + d < dist.get(n)) { dist.set(n, dist.get(k) + d); prev.set(n, k); }
      });
    }
    const names = [end];
    while (names[0] !== start) names.unshift(prev.get(names[0]));
    return names.map(n => SEA_POINTS[n]);
  }

  // A sea link's line: through its sea lane's waypoints, smoothed; other links bow slightly off the chord.
  function linkPath(projection, from, to, mode) {
    const a = projection(from), b = projection(to);
    const lane = mode === "sea" ? seaRoute(from, to) : null;
    if (!lane) return curve(a, b, mode === "sea" ? 0.25 : 0.06);
    return d3.line().curve(d3.curveCatmullRom.alpha(0.5))([a].concat(lane.map(p => projection(p)), [b]));
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
      const from = [byId.get(f.link.from).lon, byId.get(f.link.from).lat];
      const to = [byId.get(f.link.to).lon, byId.get(f.link.to).lat];
      lines.append("path").attr("class", "flow" + (f.state ? " " + f.state : "") + (sel.link === f.link.id ? " selected" : ""))
        .attr("data-link", f.link.id)
        .attr("d", linkPath(projection, from, to, f.link.mode)).attr("stroke", stroke(f)).attr("stroke-width", widthOf(Math.max(size(f), 0)))
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

  // Every lane segment but the canals as [[lon, lat], [lon, lat]], for the tests that check the lanes stay at sea.
  const seaSegments = () => SEA_LANES.flatMap(lane => d3.pairs(lane.split(" ")))
    .filter(([a, b]) => !CANALS.some(([x, y]) => (x === a && y === b) || (x === b && y === a)))
    .map(([a, b]) => [SEA_POINTS[a], SEA_POINTS[b]]);

  return { draw, STATE_COLOURS, seaRoute, seaSegments };
})();
