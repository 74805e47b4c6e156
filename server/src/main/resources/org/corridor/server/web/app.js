// The workbench page: asks the API (same origin) and draws with the report's map code.
(function () {
  "use strict";
  const state = { scenario: "", date: "", commodity: "", off: [], on: [], closedLinks: [] };
  let info, world, colour, token = sessionStorage.getItem("corridor-token");

  async function api(path, body) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    const r = await fetch(path, body ? { method: "POST", headers, body: JSON.stringify(body) } : { headers });
    if (r.status === 401) {
      token = window.prompt("This server needs its access token:") || "";
      sessionStorage.setItem("corridor-token", token);
      return api(path, body);
    }
    const json = await r.json();
    if (!r.ok) throw new Error(json.error ? json.error.message : r.statusText);
    return json;
  }

  function readUrl() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.scenario = p.get("scenario") || "";
    state.date = p.get("date") || "";
    state.commodity = p.get("commodity") || "";
    ["off", "on", "closedLinks"].forEach(k => { state[k] = p.get(k) ? p.get(k).split(",") : []; });
  }

  function writeUrl() {
    const p = new URLSearchParams();
    Object.entries(state).forEach(([k, v]) => { const s = Array.isArray(v) ? v.join(",") : v; if (s) p.set(k, s); });
    history.replaceState(null, "", "#" + p.toString());
  }

  function whatIf() {
    return { policiesOff: state.off, policiesOn: state.on, closedLinks: state.closedLinks };
  }

  function scenarioRef() {
    return (state.scenario || "") + (state.date ? "@" + state.date : "");
  }

  function days() {
    const from = new Date(info.dates.from), to = new Date(info.dates.to);
    return Math.max(0, Math.round((to - from) / 864e5));
  }

  function dateAt(i) {
    return new Date(new Date(info.dates.from).getTime() + i * 864e5).toISOString().slice(0, 10);
  }

  function controls() {
    d3.select("#scenario").selectAll("option").data([{ name: "", asOf: null }].concat(info.scenarios)).join("option")
      .attr("value", s => s.name).text(s => s.name ? `${s.name} (${s.asOf || "inherits date"})` : "default");
    d3.select("#scenario").property("value", state.scenario).on("change", e => { state.scenario = e.target.value; state.date = ""; refresh(); });
    d3.select("#commodity").selectAll("option.c").data(info.commodities).join("option").attr("class", "c")
      .attr("value", c => c.id).text(c => `${c.name} (${c.flowUnit})`);
    d3.select("#commodity").property("value", state.commodity).on("change", e => { state.commodity = e.target.value; refresh(); });
    const slider = d3.select("#date").attr("max", days());
    if (state.date) slider.property("value", Math.round((new Date(state.date) - new Date(info.dates.from)) / 864e5));
    slider.on("input", e => d3.select("#date-text").text(dateAt(+e.target.value)))
      .on("change", e => { state.date = dateAt(+e.target.value); refresh(); });
    d3.select("#date-text").text(state.date || "scenario's own date");
    // Each policy: as the scenario has it, switched on, or switched off.
    const rowsSel = d3.select("#policies").selectAll("label").data(info.policies).join("label")
      .attr("title", p => `${p.kind}, in force ${p.from || "…"} to ${p.to || "…"}, defined in ${p.definedIn}`);
    rowsSel.selectAll("select").data(p => [p]).join("select")
      .on("change", (e, p) => {
        state.off = state.off.filter(x => x !== p.id);
        state.on = state.on.filter(x => x !== p.id);
        if (e.target.value === "on") state.on.push(p.id);
        if (e.target.value === "off") state.off.push(p.id);
        refresh();
      })
      .selectAll("option").data(["scenario", "on", "off"]).join("option").attr("value", d => d).text(d => d);
    rowsSel.selectAll("span").data(p => [p]).join("span").text(p => ` ${p.id}: ${p.description || p.kind}`);
    d3.select("#reset").on("click", () => { state.off = []; state.on = []; state.closedLinks = []; refresh(); });
  }

  function policyChoices() {
    d3.select("#policies").selectAll("select")
      .property("value", p => state.on.includes(p.id) ? "on" : state.off.includes(p.id) ? "off" : "scenario");
  }

  function rows(answer, name) {
    const t = answer.tables.find(x => x.name === name);
    return t ? t.rows : [];
  }

  function table(el, t) {
    const root = d3.select(el).html("");
    if (!t || !t.rows.length) { root.append("p").attr("class", "note").text("No difference."); return; }
    const cols = t.columns.filter(c => c.name !== "run_id" && c.name !== "scenario");
    const tab = root.append("table");
    const th = tab.append("thead").append("tr").selectAll("th").data(cols).join("th");
    th.text(c => c.name);
    th.append("small").text(c => c.unit === "-" ? "" : c.unit);
    tab.append("tbody").selectAll("tr").data(t.rows).join("tr").selectAll("td")
      .data(r => cols.map(c => ({ v: r[c.name], num: c.type === "number" || c.type === "share" })))
      .join("td").attr("class", d => d.num ? "num" : null)
      .text(d => d.v === null || d.v === undefined ? "" : d.num ? d3.format(",.4~r")(d.v) : d.v);
  }

  async function refresh() {
    writeUrl();
    d3.select("#status").text("solving…");
    d3.select("#error").text("");
    d3.select("#closed").text(state.closedLinks.length ? "Closed: " + state.closedLinks.join(", ") : "");
    try {
      const body = { scenario: scenarioRef(), whatIf: whatIf() };
      const [geo, solved, diff] = await Promise.all([api("/api/geojson", body), api("/api/solve", body), api("/api/diff", body)]);
      policyChoices();
      draw(geo);
      table("#diff", diff.tables.find(t => t.name === "diff-results"));
      d3.select("#status").text(`${solved.summary ? solved.summary.scenario + " as of " + solved.summary.asOf : ""}`);
    } catch (e) {
      d3.select("#error").text(e.message);
      d3.select("#status").text("");
    }
  }

  function draw(geo) {
    const nodes = [], links = new Map(), flows = [];
    geo.features.forEach(f => {
      const p = f.properties;
      if (p.feature === "node") nodes.push({ id: p.id, name: p.name, country: p.country, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] });
      if (p.feature === "link") links.set(p.id, p);
    });
    geo.features.filter(f => f.properties.feature === "flow" && (!state.commodity || f.properties.commodity === state.commodity))
      .forEach(f => flows.push({ link: links.get(f.properties.link), commodity: f.properties.commodity, q: f.properties.quantity, unit: f.properties.unit }));
    state.closedLinks.filter(id => links.has(id)).forEach(id => flows.push({ link: links.get(id), commodity: "(closed)", q: 0, unit: "", state: "stranded" }));
    CorridorMap.draw("#map", { world, nodes, flows, countryNames: info.countries.map(c => c.name), colour, widthBy: "quantity", zoom: true });
    d3.select("#link").selectAll("option").data(Array.from(links.values())).join("option")
      .attr("value", l => l.id).text(l => `${l.id} ${l.name}`);
    d3.select("#close").on("click", () => {
      const id = d3.select("#link").property("value");
      if (id && !state.closedLinks.includes(id)) { state.closedLinks.push(id); refresh(); }
    });
  }

  async function start() {
    readUrl();
    [info, world] = await Promise.all([api("/api/info"), fetch("/vendor/countries-110m.json").then(r => r.json())]);
    colour = d3.scaleOrdinal().domain(info.commodities.map(c => c.id).concat(["(closed)"])).range(d3.schemeTableau10);
    controls();
    refresh();
  }

  start().catch(e => d3.select("#error").text(e.message));
})();
