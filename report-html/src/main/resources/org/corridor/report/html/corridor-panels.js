// The panels shared by the offline report and the server's page: the leverage heat map with its colour
// scale, ranked bars with full labels, timeline charts whose end labels do not overlap, tables, and the
// sources with their addresses as links. Each sizes itself to its container and says why when it is empty.
const CorridorPanels = (function () {
  "use strict";
  const fmt = d3.format(",.0f");

  function widthOf(el) {
    const parent = d3.select(el).node().parentNode, style = getComputedStyle(parent);
    const inner = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(300, Math.floor(inner || 1000));
  }

  // Width of each text at the chart's font size, measured in the svg itself.
  function measure(svg, texts, cls) {
    const t = svg.append("text").attr("class", cls || "axis");
    const w = texts.map(s => { t.text(s); return t.node().getComputedTextLength(); });
    t.remove();
    return w;
  }

  function empty(el, why) {
    const node = d3.select(el);
    if (node.node().tagName.toLowerCase() === "svg") {
      node.attr("height", 0).attr("viewBox", null);
      d3.select(node.node().parentNode).selectAll("p.empty").remove();
      d3.select(node.node().parentNode).append("p").attr("class", "note empty").text(why);
    } else {
      node.append("p").attr("class", "note empty").text(why);
    }
  }

  /** cells [{actor, target, v}] in USD m/yr: a matrix coloured on a log scale, with the scale drawn beside it. */
  function heat(el, cells, why) {
    const svg = d3.select(el);
    svg.selectAll("*").remove();
    d3.select(svg.node().parentNode).selectAll("p.empty").remove();
    if (!cells.length) { empty(el, why); return; }
    const width = widthOf(el);
    const actors = Array.from(new Set(cells.map(c => c.actor))).sort();
    const targets = Array.from(new Set(cells.map(c => c.target))).sort();
    const m = { left: 12 + d3.max(measure(svg, actors)), top: 40 };
    const scaleW = 70;
    const size = Math.max(22, Math.min(44, (width - m.left - scaleW - 20) / targets.length));
    const height = m.top + size * actors.length + 20;
    svg.attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
    const top = d3.max(cells, c => c.v) || 10;
    const scale = d3.scaleSequentialLog(d3.interpolateOrRd).domain([1, Math.max(10, top)]);
    svg.append("g").selectAll("text").data(targets).join("text").attr("class", "axis")
      .attr("x", (d, i) => m.left + i * size + size / 2).attr("y", m.top - 8).attr("text-anchor", "middle").text(d => d);
    svg.append("g").selectAll("text").data(actors).join("text").attr("class", "axis")
      .attr("x", m.left - 8).attr("y", (d, i) => m.top + i * size + size / 2 + 4).attr("text-anchor", "end").text(d => d);
    svg.append("text").attr("class", "axis").attr("x", m.left).attr("y", 12).text("target (loses) →");
    const g = svg.append("g").selectAll("g").data(cells).join("g").attr("class", "cell")
      .attr("transform", c => `translate(${m.left + targets.indexOf(c.target) * size},${m.top + actors.indexOf(c.actor) * size})`);
    g.append("rect").attr("width", size - 1).attr("height", size - 1).attr("fill", c => scale(Math.max(1, c.v)))
      .append("title").text(c => `${c.actor} over ${c.target}: USD ${fmt(c.v)} m a year`);
    const dark = c => d3.hsl(scale(Math.max(1, c.v))).l < 0.5;
    g.append("text").attr("x", size / 2).attr("y", size / 2 + 3).attr("text-anchor", "middle")
      .attr("fill", c => dark(c) ? "#fff" : "#1d2733")
      .text(c => size < 30 ? "" : c.v >= 1000 ? d3.format(".1f")(c.v / 1000) + "bn" : fmt(c.v));
    colourScale(svg, scale, m.left + targets.length * size + 24, m.top, Math.max(120, size * actors.length));
  }

  // A vertical gradient with log ticks: what a colour of the heat map is worth, in USD m/yr.
  function colourScale(svg, scale, x, y, h) {
    const id = "heat-scale-" + Math.random().toString(36).slice(2);
    const grad = svg.append("defs").append("linearGradient").attr("id", id).attr("x1", 0).attr("x2", 0).attr("y1", 1).attr("y2", 0);
    d3.range(0, 1.0001, 0.1).forEach(t => grad.append("stop").attr("offset", t)
      .attr("stop-color", scale(Math.pow(10, Math.log10(scale.domain()[0]) + t * Math.log10(scale.domain()[1] / scale.domain()[0])))));
    const g = svg.append("g").attr("class", "colour-scale").attr("transform", `translate(${x},${y})`);
    g.append("rect").attr("width", 12).attr("height", h).attr("fill", `url(#${id})`).attr("stroke", "#ccd3db");
    const axis = d3.scaleLog().domain(scale.domain()).range([h, 0]);
    g.append("g").attr("class", "axis").attr("transform", "translate(12,0)")
      .call(d3.axisRight(axis).ticks(4, "~s").tickFormat(v => [1, 10, 100, 1000, 10000, 100000].includes(v) ? d3.format("~s")(v) : ""));
    g.append("text").attr("class", "axis").attr("y", -8).text("USD m/yr");
  }

  // Splits text into lines no wider than max pixels (a word longer than that gets a line of its own).
  function wrap(svg, text, max) {
    const words = text.split(" "), lines = [];
    let line = "";
    words.forEach(w => {
      const next = line ? line + " " + w : w;
      if (line && measure(svg, [next])[0] > max) { lines.push(line); line = w; } else line = next;
    });
    if (line) lines.push(line);
    return lines;
  }

  /**
   * Horizontal bars, one per row, with the whole label: beside the bar when it fits in half the width,
   * else above the bar, wrapped onto as many lines as it needs.
   */
  function bars(el, rows, label, value, fmtValue, why) {
    const svg = d3.select(el);
    svg.selectAll("*").remove();
    d3.select(svg.node().parentNode).selectAll("p.empty").remove();
    if (!rows.length) { empty(el, why); return; }
    const width = widthOf(el);
    const lw = measure(svg, rows.map(label));
    const beside = d3.max(lw) + 16 <= width * 0.5;
    const left = beside ? d3.max(lw) + 16 : 4;
    const lines = rows.map(r => beside ? [label(r)] : wrap(svg, label(r), width - 8));
    const tops = [];
    let y = 6;
    rows.forEach((r, i) => { tops.push(y); y += beside ? 22 : 14 * lines[i].length + 24; });
    const height = y + 6;
    svg.attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
    const valueW = d3.max(measure(svg, rows.map(d => fmtValue(value(d))))) + 12;
    const x = d3.scaleLinear().domain([0, d3.max(rows, value) || 1]).range([0, width - left - valueW]);
    const g = svg.selectAll("g.row").data(rows).join("g").attr("class", "row").attr("transform", (d, i) => `translate(0,${tops[i]})`);
    const barY = (i) => beside ? 0 : 14 * lines[i].length + 2;
    g.append("text").attr("class", "axis bar-label").attr("x", beside ? left - 8 : left).attr("y", beside ? 13 : 11)
      .attr("text-anchor", beside ? "end" : "start")
      .each(function (d, i) {
        const t = d3.select(this);
        lines[i].forEach((l, k) => t.append("tspan").attr("x", beside ? left - 8 : left).attr("dy", k ? 14 : 0).text(l));
      });
    g.append("rect").attr("class", "bar").attr("x", left).attr("y", (d, i) => barY(i)).attr("height", 16)
      .attr("width", d => Math.max(1, x(value(d))));
    g.append("text").attr("class", "axis").attr("x", d => left + x(value(d)) + 6).attr("y", (d, i) => barY(i) + 13)
      .text(d => fmtValue(value(d)));
  }

  // Moves label positions apart so that no two are closer than gap, keeping their order.
  function spread(ys, gap, lo, hi) {
    const order = ys.map((y, i) => [y, i]).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < order.length; k++) order[k][0] = Math.max(order[k][0], order[k - 1][0] + gap);
    const over = order.length ? order[order.length - 1][0] - hi : 0;
    if (over > 0) order.forEach(o => { o[0] -= over; });
    for (let k = order.length - 2; k >= 0; k--) order[k][0] = Math.min(order[k][0], order[k + 1][0] - gap);
    order.forEach(o => { o[0] = Math.max(lo, o[0]); });
    const out = [];
    order.forEach(([y, i]) => { out[i] = y; });
    return out;
  }

  /** rows [{date, indicator, value, unit}] of share indicators, one chart per exporter and commodity. */
  function timeline(el, rows, why) {
    const root = d3.select(el);
    root.selectAll("*").remove();
    const shares = rows.filter(r => r.unit === "share" && r.indicator.includes(" share crossing "));
    const groups = d3.groups(shares, r => r.indicator.split(" share crossing ")[0]);
    if (!groups.length) { empty(el, why); return; }
    const width = widthOf(el), h = 260;
    groups.forEach(([focus, rs]) => {
      root.append("h3").text(`${focus}: share of exports crossing each country`);
      const svg = root.append("svg").attr("class", "timeline-chart chart");
      const series = d3.groups(rs, r => r.indicator);
      const names = series.map(([name]) => name.split(" share crossing ")[1]);
      const m = { l: 44, r: d3.max(measure(svg, names)) + 16, t: 10, b: 30 };
      svg.attr("viewBox", `0 0 ${width} ${h}`).attr("width", width).attr("height", h);
      const x = d3.scaleTime().domain(d3.extent(rs, r => new Date(r.date))).range([m.l, width - m.r]);
      const y = d3.scaleLinear().domain([0, 1]).range([h - m.b, m.t]);
      svg.append("g").attr("class", "axis").attr("transform", `translate(0,${h - m.b})`).call(d3.axisBottom(x).ticks(Math.max(3, Math.floor(width / 120))));
      svg.append("g").attr("class", "axis").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5, "%"));
      const c = d3.scaleOrdinal(d3.schemeTableau10);
      const ends = [];
      series.forEach(([name, pts]) => {
        pts.sort((a, b) => d3.ascending(a.date, b.date));
        svg.append("path").attr("fill", "none").attr("stroke", c(name)).attr("stroke-width", 2)
          .attr("d", d3.line().x(p => x(new Date(p.date))).y(p => y(p.value))(pts));
        ends.push({ name: name.split(" share crossing ")[1], colour: c(name), y: y(pts[pts.length - 1].value) + 4 });
      });
      const ys = spread(ends.map(e => e.y), 12, m.t + 4, h - m.b);
      ends.forEach((e, i) => svg.append("text").attr("class", "axis end-label").attr("x", width - m.r + 6).attr("y", ys[i])
        .attr("fill", e.colour).text(e.name));
    });
  }

  /** A table: columns [{label, value(row), num, link}]; a column with link shows web addresses as links. */
  function table(el, columns, rows, why) {
    const root = d3.select(el);
    root.selectAll("*").remove();
    if (!rows.length) { empty(el, why); return; }
    const t = root.append("table");
    t.append("thead").append("tr").selectAll("th").data(columns).join("th").text(c => c.label);
    t.append("tbody").selectAll("tr").data(rows).join("tr").selectAll("td")
      .data(r => columns.map(c => ({ v: c.value(r), num: c.num, link: c.link })))
      .join("td").attr("class", d => d.num ? "num" : null)
      .each(function (d) {
        const td = d3.select(this);
        if (d.link && /^https?:\/\//.test(d.v)) td.append("a").attr("href", d.v).attr("target", "_blank").attr("rel", "noopener noreferrer").text(d.v);
        else td.text(d.v);
      });
  }

  /** The data set's sources: id, title, publisher, date, and the address as a link. */
  function sources(el, rows) {
    table(el, [
      { label: "id", value: s => s.id }, { label: "title", value: s => s.title }, { label: "publisher", value: s => s.publisher },
      { label: "date", value: s => s.date }, { label: "address", value: s => s.address, link: true }], rows,
      "The data set lists no sources.");
  }

  return { heat, bars, timeline, table, sources, spread };
})();
