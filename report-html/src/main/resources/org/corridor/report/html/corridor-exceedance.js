// Exceedance curves, shared by the offline risk report and the server's page: P(yearly loss > x) against x as a step
// curve on a log-probability axis, with the VaR at 95% and 99% as dashed lines and the CVaR as dots at the level of
// its tail. Points come as [{loss, probability}] by rising loss, where probability is P(loss >= that point), so the
// curve holds that value just below each point and steps down at it.
const CorridorExceedance = (function () {
  "use strict";
  const num = d3.format(",.3~g");

  /** One chart into the svg `el`: line {label, unit, points, var95, var99, cvar95, cvar99, p_loss}. */
  function draw(el, line, width) {
    const svg = d3.select(el);
    svg.selectAll("*").remove();
    const height = Math.round(width * 0.62);
    const m = { left: 52, right: 14, top: 22, bottom: 36 };
    svg.attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
    const pts = line.points;
    const maxLoss = d3.max(pts, p => p.loss);
    const minP = d3.min(pts, p => p.probability);
    const x = d3.scaleLinear().domain([0, Math.max(maxLoss, line.cvar99 || 0) * 1.04 || 1]).nice()
      .range([m.left, width - m.right]);
    const y = d3.scaleLog().domain([Math.min(minP, 0.01) / 1.5, 1]).range([height - m.bottom, m.top]).clamp(true);
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.bottom})`)
      .call(d3.axisBottom(x).ticks(5, ",~f"));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${m.left},0)`)
      .call(d3.axisLeft(y).ticks(4, "~%"));
    svg.append("text").attr("class", "axis").attr("x", width - m.right).attr("y", height - 4)
      .attr("text-anchor", "end").text(`yearly loss, ${line.unit}`);
    svg.append("text").attr("class", "axis").attr("x", 4).attr("y", 12).text(`${line.label}: P(loss > x)`);
    [0.05, 0.01].forEach(p => svg.append("line").attr("class", "level").attr("x1", m.left).attr("x2", width - m.right)
      .attr("y1", y(p)).attr("y2", y(p)));
    const path = [{ loss: 0, probability: pts[0].probability }].concat(pts);
    svg.append("path").attr("class", "curve").attr("d", d3.line().curve(d3.curveStepBefore)
      .x(p => x(p.loss)).y(p => y(p.probability))(path));
    [[line.var95, line.cvar95, 0.05, "95%"], [line.var99, line.cvar99, 0.01, "99%"]].forEach(([v, c, p, label]) => {
      if (v !== null && v > 0) {
        svg.append("line").attr("class", "var").attr("x1", x(v)).attr("x2", x(v)).attr("y1", m.top)
          .attr("y2", height - m.bottom).append("title").text(`VaR${label} ${num(v)} ${line.unit}`);
        svg.append("text").attr("class", "mark").attr("x", x(v) + 3).attr("y", m.top + (label === "95%" ? 8 : 18))
          .text(`VaR${label.slice(0, 2)}`);
      }
      if (c !== null && c > 0) {
        svg.append("circle").attr("class", "cvar").attr("r", 3.5).attr("cx", x(c)).attr("cy", y(p))
          .append("title").text(`CVaR${label} ${num(c)} ${line.unit}`);
      }
    });
  }

  /** One chart per line into the container `el`, each in its own figure with a caption. */
  function grid(el, lines, why) {
    const root = d3.select(el);
    root.selectAll("*").remove();
    if (!lines.length) {
      root.append("p").attr("class", "note empty").text(why);
      return;
    }
    const width = 360;
    lines.forEach(line => {
      const fig = root.append("figure").style("margin", "0");
      draw(fig.append("svg").attr("class", "chart").node(), line, width);
    });
  }

  return { draw, grid };
})();
