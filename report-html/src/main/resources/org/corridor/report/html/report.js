(function () {
  "use strict";
  const fmt = d3.format(",.0f");
  const pct = d3.format(".0%");
  const colour = d3.scaleOrdinal().domain(DATA.commodities.map(c => c.id)).range(d3.schemeTableau10);

  function list(el, sections) {
    const root = d3.select(el);
    if (!sections.length) root.append("p").attr("class", "note").text("No findings: the analysis found nothing to report.");
    sections.forEach(s => {
      root.append("h3").text(s.heading);
      root.append("ul").attr("class", "findings").selectAll("li").data(s.lines).join("li").text(d => d);
    });
  }

  function map() {
    const flows = [];
    DATA.links.forEach(l => Object.entries(l.flows).forEach(([c, v]) =>
      flows.push({ link: l, commodity: c, q: v.q, value: v.value, unit: DATA.units[c] + "/yr" })));
    const svg = document.getElementById("map");
    const width = Math.max(300, svg.parentNode.clientWidth - 40);
    CorridorMap.draw("#map", { world: WORLD, nodes: DATA.nodes, flows, countryNames: DATA.countryNames, colour,
      widthBy: "value", zoom: false, width, height: Math.round(Math.max(360, Math.min(620, width * 0.6))) });
  }

  function heatCells() {
    const totals = d3.rollups(DATA.leverageTotals, v => d3.max(v, d => d.targetLoss), d => d.actor, d => d.target);
    const cells = [];
    totals.forEach(([a, ts]) => ts.forEach(([t, v]) => { if (v > 0.5) cells.push({ actor: a, target: t, v }); }));
    return cells;
  }

  list("#findings-body", DATA.findings);
  map();
  CorridorPanels.heat("#heat", heatCells(), "No actor can make another lose USD 0.5 m a year or more with a single lever.");
  CorridorPanels.bars("#choke", DATA.chokepoints, d => `${d.element} ${d.label}`, d => d.welfareLoss, v => `USD ${fmt(v)} m`,
    "No single link, node or country closure costs USD 0.5 m a year or more.");
  CorridorPanels.bars("#routes", DATA.routes, d => `${d.exporter} ${d.commodity}: ${d.route}`, d => d.share, pct,
    "No exporter ships across a border on a named route in this scenario.");
  CorridorPanels.timeline("#timeline", DATA.timeline,
    "No transit shares to follow: no exporter's flows cross a third country in the dates of the timeline.");
  CorridorPanels.table("#leverage-table", [
    { label: "actor", value: r => r.actor }, { label: "target", value: r => r.target },
    { label: "commodity", value: r => r.commodity }, { label: "lever", value: r => r.lever },
    { label: "sensitivity", value: r => pct(r.sensitivityShare), num: true },
    { label: "vulnerability", value: r => pct(r.vulnerabilityShare), num: true },
    { label: "re-routable", value: r => pct(r.reroutableShare), num: true },
    { label: "target loss, MUSD", value: r => fmt(r.targetLoss), num: true },
    { label: "actor cost, MUSD", value: r => fmt(r.actorCost), num: true }], DATA.leverage,
    "No lever was found: no actor's ban changes what another country earns.");
  CorridorPanels.table("#events-table", [
    { label: "scenario", value: r => r.scenario }, { label: "date", value: r => r.date },
    { label: "policy", value: r => r.policy }, { label: "what", value: r => r.description || r.kind },
    { label: "cost, MUSD", value: r => fmt(r.totalCost), num: true },
    { label: "loses most", value: r => r.biggestLoser ? `${r.biggestLoser} ${fmt(r.biggestLoss)}` : "" },
    { label: "stranded", value: r => r.stranded }], DATA.events,
    "No event costs USD 0.5 m a year or more: the data set's scenarios have no policy in force on their dates, or none that changes welfare.");
  CorridorPanels.sources("#sources", DATA.sources);
})();
