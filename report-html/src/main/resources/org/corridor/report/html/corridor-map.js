// The map of flows, shared by the offline report and the server's page: country outlines, links curved
// so that a sea leg bows away from the straight line, line width by quantity with a legend in units,
// colour by commodity, and node labels that are dropped where they would overlap a placed one.
const CorridorMap = (function () {
  "use strict";

  // A quadratic curve from a to b whose control point sits off the chord by a share of its length.
  function curve(a, b, bend) {
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    return `M${a[0]},${a[1]}Q${mx - dy * bend},${my + dx * bend} ${b[0]},${b[1]}`;
  }

  // Greedy placement, largest first: a label whose box meets a placed one is left out.
  function placeLabels(g, items) {
    const placed = [];
    items.forEach(it => {
      const t = g.append("text").attr("class", "map-label").attr("x", it.x + 4).attr("y", it.y - 4).text(it.text);
      const b = t.node().getBBox();
      if (placed.some(p => b.x < p.x + p.width && p.x < b.x + b.width && b.y < p.y + p.height && p.y < b.y + b.height)) {
        t.remove();
      } else {
        placed.push(b);
      }
    });
  }

  /**
   * Draws into the <svg> `svgSel`: opts.world (TopoJSON), opts.nodes [{id,name,country,lat,lon}],
   * opts.flows [{link:{id,name,from,to,mode}, commodity, q, unit, value?, state?}], opts.countryNames,
   * opts.colour (commodity → colour), opts.zoom (pan and zoom on wheel and drag).
   */
  function draw(svgSel, opts) {
    const svg = d3.select(svgSel);
    svg.selectAll("*").remove();
    const width = +svg.attr("width") || svg.node().clientWidth, height = +svg.attr("height") || svg.node().clientHeight;
    const byId = new Map(opts.nodes.map(n => [n.id, n]));
    const points = { type: "MultiPoint", coordinates: opts.nodes.map(n => [n.lon, n.lat]) };
    const projection = d3.geoConicEqualArea().parallels([35, 55]).rotate([-60, 0])
      .fitExtent([[20, 20], [width - 170, height - 20]], points);
    const path = d3.geoPath(projection);
    const root = svg.append("g");
    root.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
    const countries = topojson.feature(opts.world, opts.world.objects.countries).features;
    const named = new Set(opts.countryNames || []);
    root.append("g").selectAll("path").data(countries).join("path")
      .attr("class", d => "country" + (named.has(d.properties.name) ? " in-data" : ""))
      .attr("d", path).append("title").text(d => d.properties.name);
    const flows = opts.flows.filter(f => byId.has(f.link.from) && byId.has(f.link.to));
    // Width by value carried (opts.widthBy "value", USD m/yr) or by quantity in the flows' own unit.
    const size = opts.widthBy === "value" ? (f => f.value) : (f => f.q);
    const max = d3.max(flows, size) || 1;
    const widthOf = d3.scaleSqrt().domain([0, max]).range([0.8, 10]);
    const lines = root.append("g");
    flows.slice().sort((a, b) => size(b) - size(a)).forEach(f => {
      const a = projection([byId.get(f.link.from).lon, byId.get(f.link.from).lat]);
      const b = projection([byId.get(f.link.to).lon, byId.get(f.link.to).lat]);
      const bend = f.link.mode === "sea" ? 0.25 : 0.06;
      lines.append("path").attr("class", "flow" + (f.state ? " " + f.state : ""))
        .attr("d", curve(a, b, bend)).attr("stroke", opts.colour(f.commodity)).attr("stroke-width", widthOf(size(f)))
        .append("title").text(`${f.link.id} ${f.link.name || ""}: ${d3.format(",.3~f")(f.q)} ${f.unit} of ${f.commodity}`
          + (f.state ? ` (${f.state})` : ""));
    });
    root.append("g").selectAll("circle").data(opts.nodes).join("circle").attr("class", "node").attr("r", 2.2)
      .attr("transform", n => `translate(${projection([n.lon, n.lat])})`).append("title").text(n => `${n.name} (${n.country})`);
    // Label the nodes that carry the most flow first.
    const through = new Map();
    flows.forEach(f => [f.link.from, f.link.to].forEach(id => through.set(id, (through.get(id) || 0) + f.q)));
    const labels = root.append("g");
    placeLabels(labels, opts.nodes.filter(n => through.has(n.id)).sort((a, b) => through.get(b.id) - through.get(a.id))
      .map(n => { const p = projection([n.lon, n.lat]); return { x: p[0], y: p[1], text: n.name }; }));
    legend(svg, width, flows, widthOf, opts.colour, opts.widthBy === "value" ? ["USD m/yr"]
      : Array.from(new Set(flows.map(f => f.unit))));
    if (opts.zoom) {
      svg.call(d3.zoom().scaleExtent([1, 12]).on("zoom", e => {
        root.attr("transform", e.transform);
        labels.attr("font-size", 11 / e.transform.k);
      }));
    }
    return { projection };
  }

  function legend(svg, width, flows, widthOf, colour, units) {
    const g = svg.append("g").attr("class", "legend").attr("transform", `translate(${width - 160},24)`);
    const used = Array.from(new Set(flows.map(f => f.commodity)));
    used.forEach((c, i) => {
      const r = g.append("g").attr("transform", `translate(0,${i * 18})`);
      r.append("rect").attr("width", 14).attr("height", 4).attr("y", 5).attr("fill", colour(c));
      r.append("text").attr("x", 20).attr("y", 11).text(c);
    });
    const top = used.length * 18 + 14;
    g.append("text").attr("y", top).text("line width" + (units.length === 1 ? `, ${units[0]}` : ", each flow in its own unit (" + units.join(", ") + ")"));
    const ticks = widthOf.ticks(3).filter(t => t > 0);
    ticks.forEach((t, i) => {
      const y = top + 14 + i * 18;
      g.append("line").attr("x1", 0).attr("x2", 28).attr("y1", y).attr("y2", y).attr("stroke", "#1d2733")
        .attr("stroke-width", widthOf(t));
      g.append("text").attr("x", 34).attr("y", y + 4).text(d3.format(",~r")(t));
    });
  }

  return { draw };
})();
