(function () {
  "use strict";
  const fmt = d3.format(",.0f");
  const pct = d3.format(".0%");
  const colour = d3.scaleOrdinal().domain(DATA.commodities.map(c => c.id)).range(d3.schemeTableau10);

  function list(el, sections) {
    const root = d3.select(el);
    sections.forEach(s => {
      root.append("h3").text(s.heading);
      root.append("ul").attr("class", "findings").selectAll("li").data(s.lines).join("li").text(d => d);
    });
  }

  function table(el, columns, rows) {
    const t = d3.select(el).append("table");
    t.append("thead").append("tr").selectAll("th").data(columns).join("th").text(c => c.label);
    t.append("tbody").selectAll("tr").data(rows).join("tr").selectAll("td")
      .data(r => columns.map(c => ({ v: c.value(r), num: c.num })))
      .join("td").attr("class", d => d.num ? "num" : null).text(d => d.v);
  }

  function map() {
    const flows = [];
    DATA.links.forEach(l => Object.entries(l.flows).forEach(([c, v]) =>
      flows.push({ link: l, commodity: c, q: v.q, value: v.value, unit: DATA.units[c] + "/yr" })));
    CorridorMap.draw("#map", { world: WORLD, nodes: DATA.nodes, flows, countryNames: DATA.countryNames, colour, widthBy: "value", zoom: false });
  }

  function heat() {
    const totals = d3.rollups(DATA.leverageTotals, v => d3.max(v, d => d.targetLoss), d => d.actor, d => d.target);
    const cells = [];
    totals.forEach(([a, ts]) => ts.forEach(([t, v]) => { if (v > 0.5) cells.push({ actor: a, target: t, v }); }));
    const actors = Array.from(new Set(cells.map(c => c.actor))).sort();
    const targets = Array.from(new Set(cells.map(c => c.target))).sort();
    const svg = d3.select("#heat");
    const m = { left: 60, top: 40 }, size = Math.min(40, (+svg.attr("width") - 80) / Math.max(1, targets.length));
    svg.attr("height", m.top + size * Math.max(1, actors.length) + 20);
    const scale = d3.scaleSequentialLog(d3.interpolateOrRd).domain([1, d3.max(cells, c => c.v) || 10]);
    svg.append("g").selectAll("text").data(targets).join("text").attr("class", "axis")
      .attr("x", (d, i) => m.left + i * size + size / 2).attr("y", m.top - 8).attr("text-anchor", "middle").text(d => d);
    svg.append("g").selectAll("text").data(actors).join("text").attr("class", "axis")
      .attr("x", m.left - 8).attr("y", (d, i) => m.top + i * size + size / 2 + 4).attr("text-anchor", "end").text(d => d);
    const g = svg.append("g").selectAll("g").data(cells).join("g").attr("class", "cell")
      .attr("transform", c => `translate(${m.left + targets.indexOf(c.target) * size},${m.top + actors.indexOf(c.actor) * size})`);
    g.append("rect").attr("width", size - 1).attr("height", size - 1).attr("fill", c => scale(Math.max(1, c.v)))
      .append("title").text(c => `${c.actor} over ${c.target}: USD ${fmt(c.v)} m a year`);
    g.append("text").attr("x", size / 2).attr("y", size / 2 + 3).attr("text-anchor", "middle")
      .attr("fill", c => scale(Math.max(1, c.v)) && c.v > Math.sqrt(scale.domain()[1]) * 4 ? "#fff" : "#1d2733")
      .text(c => c.v >= 1000 ? d3.format(".1f")(c.v / 1000) + "bn" : fmt(c.v));
  }

  function bars(sel, rows, label, value, fmtValue) {
    const svg = d3.select(sel);
    const width = +svg.attr("width"), bar = 20, left = 360;
    svg.attr("height", Math.max(60, rows.length * bar + 30));
    const x = d3.scaleLinear().domain([0, d3.max(rows, value) || 1]).range([0, width - left - 120]);
    const g = svg.selectAll("g").data(rows).join("g").attr("transform", (d, i) => `translate(0,${10 + i * bar})`);
    g.append("text").attr("x", left - 8).attr("y", 14).attr("text-anchor", "end").attr("class", "axis").text(label);
    g.append("rect").attr("class", "bar").attr("x", left).attr("height", bar - 6).attr("width", d => Math.max(1, x(value(d))));
    g.append("text").attr("x", d => left + x(value(d)) + 6).attr("y", 14).attr("class", "axis").text(d => fmtValue(value(d)));
  }

  function timeline() {
    const root = d3.select("#timeline");
    const rows = DATA.timeline.filter(r => r.unit === "share");
    const groups = d3.groups(rows, r => r.indicator.split(" share crossing ")[0]);
    groups.forEach(([focus, rs]) => {
      root.append("h3").text(`${focus}: share of exports crossing each country`);
      const svg = root.append("svg").attr("width", 1120).attr("height", 260).attr("class", "timeline-chart");
      const m = { l: 50, r: 140, t: 10, b: 30 };
      const dates = rs.map(r => new Date(r.date));
      const x = d3.scaleTime().domain(d3.extent(dates)).range([m.l, 1120 - m.r]);
      const y = d3.scaleLinear().domain([0, 1]).range([260 - m.b, m.t]);
      svg.append("g").attr("class", "axis").attr("transform", `translate(0,${260 - m.b})`).call(d3.axisBottom(x).ticks(8));
      svg.append("g").attr("class", "axis").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5, "%"));
      const series = d3.groups(rs, r => r.indicator);
      const c = d3.scaleOrdinal(d3.schemeTableau10);
      series.forEach(([name, pts], i) => {
        pts.sort((a, b) => d3.ascending(a.date, b.date));
        svg.append("path").attr("fill", "none").attr("stroke", c(name)).attr("stroke-width", 2)
          .attr("d", d3.line().x(p => x(new Date(p.date))).y(p => y(p.value))(pts));
        svg.append("text").attr("class", "axis").attr("x", 1120 - m.r + 6).attr("y", y(pts[pts.length - 1].value) + 4)
          .attr("fill", c(name)).text(name.split(" share crossing ")[1]);
      });
    });
    if (!groups.length) root.append("p").attr("class", "note").text("No transit shares to follow.");
  }

  list("#findings-body", DATA.findings);
  map();
  heat();
  bars("#choke", DATA.chokepoints, d => `${d.element} ${d.label}`, d => d.welfareLoss, v => `USD ${fmt(v)} m`);
  bars("#routes", DATA.routes, d => `${d.exporter} ${d.commodity}: ${d.route}`, d => d.share, pct);
  timeline();
  table("#leverage-table", [
    { label: "actor", value: r => r.actor }, { label: "target", value: r => r.target },
    { label: "commodity", value: r => r.commodity }, { label: "lever", value: r => r.lever },
    { label: "sensitivity", value: r => pct(r.sensitivityShare), num: true },
    { label: "vulnerability", value: r => pct(r.vulnerabilityShare), num: true },
    { label: "re-routable", value: r => pct(r.reroutableShare), num: true },
    { label: "target loss, MUSD", value: r => fmt(r.targetLoss), num: true },
    { label: "actor cost, MUSD", value: r => fmt(r.actorCost), num: true }], DATA.leverage);
  table("#events-table", [
    { label: "scenario", value: r => r.scenario }, { label: "date", value: r => r.date },
    { label: "policy", value: r => r.policy }, { label: "what", value: r => r.description || r.kind },
    { label: "cost, MUSD", value: r => fmt(r.totalCost), num: true },
    { label: "loses most", value: r => r.biggestLoser ? `${r.biggestLoser} ${fmt(r.biggestLoss)}` : "" },
    { label: "stranded", value: r => r.stranded }], DATA.events);
  table("#sources", [
    { label: "id", value: s => s.id }, { label: "title", value: s => s.title }, { label: "publisher", value: s => s.publisher },
    { label: "date", value: s => s.date }, { label: "address", value: s => s.address }], DATA.sources);
})();
