(function () {
  "use strict";
  const num = d3.format(",.3~g");
  const pct = d3.format(".2~%");
  const pm = (v, se) => v === null ? "" : se === null ? num(v) : `${num(v)} ± ${num(se)}`;

  const root = d3.select("#findings-body");
  if (!DATA.findings.length) root.append("p").attr("class", "note").text("No sampled year lost anything.");
  root.append("ul").attr("class", "findings").selectAll("li").data(DATA.findings).join("li").text(d => d);

  const lines = DATA.lines.map(l => Object.assign({}, l, {
    label: l.measure === "exports" ? `${l.name} ${l.commodity} exports` : `${l.name} welfare`,
    unit: l.volume_unit }));
  CorridorExceedance.grid("#curves", lines, "No sampled year lost anything: there is no curve to draw.");
  CorridorPanels.table("#measures", [
    { label: "country", value: r => r.country }, { label: "commodity", value: r => r.commodity },
    { label: "measure", value: r => r.measure }, { label: "unit", value: r => r.volume_unit },
    { label: "expected", value: r => pm(r.expected, r.expected_se), num: true },
    { label: "P(loss)", value: r => `${pct(r.p_loss)} ± ${pct(r.p_loss_se)}`, num: true },
    { label: "VaR95", value: r => pm(r.var95, r.var95_se), num: true },
    { label: "CVaR95", value: r => pm(r.cvar95, r.cvar95_se), num: true },
    { label: "VaR99", value: r => pm(r.var99, r.var99_se), num: true },
    { label: "CVaR99", value: r => pm(r.cvar99, r.cvar99_se), num: true }], lines,
    "No sampled year lost anything.");
})();
