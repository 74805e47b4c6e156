// The workbench page: asks the API (same origin) and draws with the report's map and panel code. Every
// figure comes from the API; the page only keeps the what-if, which lives in the URL so that a colleague
// who opens the same address sees the same view.
(function () {
  "use strict";
  const EMPTY = () => ({ scenario: "", date: "", commodity: "", country: "", off: [], on: [], bans: [], closedLinks: [],
    closedNodes: [], capacities: {} });
  let state = EMPTY();
  let info, world, colour, answers = {}, token = sessionStorage.getItem("corridor-token");
  let seq = 0, panelSeq = 0, routesSeq = 0, panelTimer, selected = {};
  const fmt = d3.format(",.0f"), pct = d3.format(".0%"), num = d3.format(",.4~r");

  async function call(path, body) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    const r = await fetch(path, body ? { method: "POST", headers, body: JSON.stringify(body) } : { headers });
    if (r.status === 401) {
      token = window.prompt("This server needs its access token:") || "";
      sessionStorage.setItem("corridor-token", token);
      return call(path, body);
    }
    if (!r.ok) {
      const e = await r.json().catch(() => null);
      throw new Error(e && e.error ? e.error.message : r.status + " " + r.statusText);
    }
    return r;
  }

  const api = async (path, body) => (await call(path, body)).json();

  // --- the what-if in the URL: #scenario=..&date=..&off=a,b&bans=transit:RU:crude&closedLinks=..&capacities=ID:5
  function readUrl() {
    const p = new URLSearchParams(location.hash.slice(1));
    state = EMPTY();
    ["scenario", "date", "commodity", "country"].forEach(k => { state[k] = p.get(k) || ""; });
    ["off", "on", "closedLinks", "closedNodes"].forEach(k => { state[k] = p.get(k) ? p.get(k).split(",") : []; });
    state.bans = (p.get("bans") ? p.get("bans").split(",") : []).map(b => {
      const [kind, country, commodity] = b.split(":");
      return { kind, country, commodity: commodity || null };
    });
    (p.get("capacities") ? p.get("capacities").split(",") : []).forEach(c => {
      const i = c.lastIndexOf(":");
      state.capacities[c.slice(0, i)] = +c.slice(i + 1);
    });
  }

  function writeUrl() {
    const p = new URLSearchParams();
    ["scenario", "date", "commodity", "country"].forEach(k => { if (state[k]) p.set(k, state[k]); });
    ["off", "on", "closedLinks", "closedNodes"].forEach(k => { if (state[k].length) p.set(k, state[k].join(",")); });
    if (state.bans.length) p.set("bans", state.bans.map(b => [b.kind, b.country, b.commodity || ""].join(":")).join(","));
    const caps = Object.entries(state.capacities);
    if (caps.length) p.set("capacities", caps.map(([k, v]) => k + ":" + v).join(","));
    history.replaceState(null, "", "#" + p.toString());
  }

  function whatIf() {
    return { policiesOff: state.off, policiesOn: state.on, bans: state.bans, closedLinks: state.closedLinks,
      closedNodes: state.closedNodes, capacities: state.capacities };
  }

  function hasEdits() {
    return state.off.length + state.on.length + state.bans.length + state.closedLinks.length + state.closedNodes.length
      + Object.keys(state.capacities).length > 0;
  }

  const scenarioRef = () => (state.scenario || "") + (state.date ? "@" + state.date : "");
  const body = extra => Object.assign({ scenario: scenarioRef(), whatIf: whatIf() }, extra || {});
  const linkInfo = id => info.links.find(l => l.id === id);
  const nodeInfo = id => info.nodes.find(n => n.id === id);
  const countryByName = name => info.countries.find(c => c.name === name);
  const countryName = code => (info.countries.find(c => c.code === code) || { name: code }).name;

  function rows(answer, name) {
    const t = answer && answer.tables.find(x => x.name === name);
    return t ? t.rows : [];
  }

  // --- controls
  function days() {
    return Math.max(0, Math.round((new Date(info.dates.to) - new Date(info.dates.from)) / 864e5));
  }

  function dateAt(i) {
    return new Date(new Date(info.dates.from).getTime() + i * 864e5).toISOString().slice(0, 10);
  }

  function controls() {
    d3.select("#scenario").selectAll("option").data([{ name: "", asOf: null }].concat(info.scenarios)).join("option")
      .attr("value", s => s.name).text(s => s.name ? `${s.name} (${s.asOf || "inherits date"})` : "default (" + info.defaultScenario + ")");
    d3.select("#scenario").on("change", e => { state.scenario = e.target.value; state.date = ""; refresh(true); });
    d3.select("#commodity").selectAll("option.c").data(info.commodities).join("option").attr("class", "c")
      .attr("value", c => c.id).text(c => `${c.name} (${c.flowUnit})`);
    d3.select("#commodity").on("change", e => { state.commodity = e.target.value; writeUrl(); drawMap(); });
    d3.select("#ban-commodity").selectAll("option.c").data(info.commodities).join("option").attr("class", "c")
      .attr("value", c => c.id).text(c => c.name);
    d3.select("#date").attr("max", days())
      .on("input", e => d3.select("#date-text").text(dateAt(+e.target.value)))
      .on("change", e => { state.date = dateAt(+e.target.value); refresh(true); });
    const labels = d3.select("#policies").selectAll("label").data(info.policies).join("label")
      .attr("title", p => `${p.kind}, in force ${p.from || "…"} to ${p.to || "…"}, defined in ${p.definedIn}`);
    labels.selectAll("select").data(p => [p]).join("select").attr("data-policy", p => p.id)
      .on("change", (e, p) => {
        state.off = state.off.filter(x => x !== p.id);
        state.on = state.on.filter(x => x !== p.id);
        if (e.target.value === "on") state.on.push(p.id);
        if (e.target.value === "off") state.off.push(p.id);
        refresh(true);
      })
      .selectAll("option").data(["scenario", "on", "off"]).join("option").attr("value", d => d).text(d => d);
    labels.selectAll("span").data(p => [p]).join("span").text(p => ` ${p.id}: ${p.description || p.kind}`);
    d3.select("#link").selectAll("option").data(info.links).join("option").attr("value", l => l.id)
      .text(l => `${l.id}${l.name ? " " + l.name : ""}`);
    d3.select("#pick").on("click", () => pickLink(linkInfo(d3.select("#link").property("value"))));
    d3.select("#add-ban").on("click", () => {
      const b = { kind: d3.select("#ban-kind").property("value"), country: selected.country,
        commodity: d3.select("#ban-commodity").property("value") || null };
      if (!state.bans.some(x => x.kind === b.kind && x.country === b.country && x.commodity === b.commodity)) state.bans.push(b);
      refresh(true);
    });
    d3.select("#close-node").on("click", () => {
      if (!state.closedNodes.includes(selected.node)) state.closedNodes.push(selected.node);
      refresh(true);
    });
    d3.select("#close-link").on("click", () => {
      if (!state.closedLinks.includes(selected.link)) state.closedLinks.push(selected.link);
      refresh(true);
    });
    d3.select("#capacity").on("input", e => capacityText(+e.target.value))
      .on("change", e => { state.capacities[selected.link] = +(+e.target.value).toPrecision(3); refresh(true); });
    d3.select("#set-capacity").on("click", () => {
      state.capacities[selected.link] = +(+d3.select("#capacity").property("value")).toPrecision(3);
      refresh(true);
    });
    d3.select("#reset").on("click", () => {
      const keep = { scenario: state.scenario, date: state.date, commodity: state.commodity, country: state.country };
      state = Object.assign(EMPTY(), keep);
      refresh(true);
    });
    d3.select("#copy-link").on("click", () => navigator.clipboard && navigator.clipboard.writeText(location.href));
    d3.select("#dl-geojson").on("click", () => download("/api/geojson", body(), "corridor-flows.geojson"));
    d3.select("#dl-diff").on("click", () => download("/api/compare", body({ csv: "diff-results" }), "diff-results.csv"));
    d3.select("#dl-report").on("click", () => download("/api/report", body(), "corridor-report.html",
      "building the report (every analysis; this takes a while)…"));
    d3.select("#dl-panels").on("click", async () => {
      for (const t of ["leverage-totals", "chokepoints", "event-costs", "routes", "timeline"]) {
        await download("/api/analysis", body({ csv: t }), t + ".csv", "building " + t + ".csv…");
      }
      await download("/api/sources", null, "sources.csv", "", "/api/sources?csv=sources");
    });
  }

  function capacityText(v) {
    const l = linkInfo(selected.link);
    d3.select("#capacity-text").text(`${d3.format(",.3~r")(v)} ${l.capacityUnit || ""}`);
  }

  async function download(path, payload, name, message, getPath) {
    d3.select("#dl-status").text(message || "preparing " + name + "…");
    try {
      const r = getPath ? await call(getPath) : await call(path, payload);
      const blob = await r.blob();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      d3.select("#dl-status").text("saved " + name);
    } catch (e) {
      d3.select("#dl-status").text(name + ": " + e.message);
    }
  }

  function syncControls() {
    d3.select("#scenario").property("value", state.scenario);
    d3.select("#commodity").property("value", state.commodity);
    if (state.date) d3.select("#date").property("value", Math.round((new Date(state.date) - new Date(info.dates.from)) / 864e5));
    d3.select("#date-text").text(state.date || "scenario's own date");
    d3.select("#policies").selectAll("select")
      .property("value", p => state.on.includes(p.id) ? "on" : state.off.includes(p.id) ? "off" : "scenario");
    const edits = [];
    state.bans.forEach((b, i) => edits.push([`ban on ${b.kind} ${b.kind === "transit" ? "through" : b.kind === "import" ? "into" : "from"} ${countryName(b.country)}, ${b.commodity || "all commodities"}`, () => state.bans.splice(i, 1)]));
    state.closedLinks.forEach((id, i) => edits.push([`link ${id} closed`, () => state.closedLinks.splice(i, 1)]));
    state.closedNodes.forEach((id, i) => edits.push([`node ${id} closed`, () => state.closedNodes.splice(i, 1)]));
    Object.entries(state.capacities).forEach(([id, v]) => edits.push([`link ${id} capacity ${v} ${(linkInfo(id) || {}).capacityUnit || ""}`, () => delete state.capacities[id]]));
    state.on.forEach((id, i) => edits.push([`policy ${id} on`, () => state.on.splice(i, 1)]));
    state.off.forEach((id, i) => edits.push([`policy ${id} off`, () => state.off.splice(i, 1)]));
    const li = d3.select("#edits").selectAll("li").data(edits.length ? edits : [null]).join("li");
    li.text(d => d ? d[0] + " " : "none: the scenario as it is");
    li.filter(d => d).append("button").text("undo").on("click", (e, d) => { d[1](); refresh(true); });
  }

  // --- picking on the map
  function pickCountry(name) {
    const c = countryByName(name);
    if (!c) return;
    selected = { country: c.code, countryName: name };
    d3.select("#pick-country").attr("hidden", null);
    d3.select("#pick-node").attr("hidden", true);
    d3.select("#pick-link").attr("hidden", true);
    d3.select("#pick-country-name").text(`${name} (${c.code})`);
    state.country = c.code;
    writeUrl();
    drawMap();
    routes();
  }

  function pickNode(n) {
    selected = { node: n.id };
    d3.select("#pick-node").attr("hidden", null);
    d3.select("#pick-country").attr("hidden", true);
    d3.select("#pick-link").attr("hidden", true);
    d3.select("#pick-node-name").text(`${n.name} (${n.id}, ${n.country})`);
    drawMap();
  }

  function pickLink(l) {
    if (!l) return;
    const full = linkInfo(l.id);
    selected = { link: full.id };
    d3.select("#pick-link").attr("hidden", null);
    d3.select("#pick-country").attr("hidden", true);
    d3.select("#pick-node").attr("hidden", true);
    d3.select("#pick-link-name").text(`${full.id}${full.name ? " " + full.name : ""}`);
    const base = full.capacity === null ? 0 : full.capacity;
    const now = state.capacities[full.id] !== undefined ? state.capacities[full.id] : base;
    d3.select("#capacity").attr("max", Math.max(1, base * 2, now)).property("value", now)
      .property("disabled", full.capacity === null);
    if (full.capacity === null) d3.select("#capacity-text").text("no capacity limit in the data");
    else capacityText(now);
    drawMap();
  }

  // --- the map and the diff, from one answer of /api/compare
  function drawMap() {
    const a = answers.compare;
    if (!a) return;
    const byId = new Map(info.links.map(l => [l.id, l]));
    const flows = rows(a, "flow-changes").filter(r => !state.commodity || r.commodity === state.commodity)
      .filter(r => r.after > 0 || r.before > 0)
      .map(r => ({ link: byId.get(r.link), commodity: r.commodity, q: r.after, before: hasEdits() ? r.before : undefined,
        unit: r.unit, state: hasEdits() ? r.state : undefined }));
    const marks = {};
    rows(a, "stranded-changes").filter(r => r.delta > 0 && (!state.commodity || r.commodity === state.commodity))
      .forEach(r => { marks[r.node] = (marks[r.node] ? marks[r.node] + "; " : "") + `stranded +${num(r.delta)} ${r.unit} ${r.commodity}`; });
    const shown = CorridorMap.draw("#map", { world, nodes: info.nodes, flows, countryNames: info.countries.map(c => c.name),
      colour, widthBy: "quantity", zoom: true, byState: hasEdits(), marks,
      selected: { country: selected.countryName, node: selected.node, link: selected.link },
      onCountry: pickCountry, onNode: pickNode, onLink: pickLink });
    d3.select("#map").attr("data-labels", shown.labels().join("|"));
  }

  function diffTable(t) {
    const root = d3.select("#diff").html("");
    if (!hasEdits()) { root.append("p").attr("class", "note").text("No what-if yet: switch a policy, add a ban, close a link or node, or set a capacity."); return; }
    if (!t || !t.rows.length) { root.append("p").attr("class", "note").text("The what-if changes no result."); return; }
    const cols = t.columns.filter(c => c.name !== "run_id" && c.name !== "scenario");
    const tab = root.append("table").attr("id", "diff-table");
    const th = tab.append("thead").append("tr").selectAll("th").data(cols).join("th");
    th.text(c => c.name);
    th.append("small").text(c => c.unit === "-" ? "" : c.unit === "{unit}" ? "see unit" : c.unit);
    tab.append("tbody").selectAll("tr").data(t.rows).join("tr").selectAll("td")
      .data(r => cols.map(c => ({ v: r[c.name], num: c.type === "number" || c.type === "share" })))
      .join("td").attr("class", d => d.num ? "num" : null)
      .text(d => d.v === null || d.v === undefined ? "" : d.num ? num(d.v) : d.v);
  }

  async function refresh(edited) {
    writeUrl();
    syncControls();
    const mine = ++seq;
    d3.select("#status").text("solving…");
    d3.select("#error").text("");
    try {
      const a = await api("/api/compare", body());
      if (mine !== seq) return;
      answers.compare = a;
      drawMap();
      diffTable(a.tables.find(t => t.name === "diff-results"));
      const s = a.tables[0] ? a.tables[0].scenario : "";
      d3.select("#status").text(s);
      document.body.setAttribute("data-ready", String(mine));
    } catch (e) {
      if (mine !== seq) return;
      d3.select("#error").text(e.message);
      d3.select("#status").text("");
      return;
    }
    // The panels run every analysis: ask once the edits have paused, not for each click.
    clearTimeout(panelTimer);
    panelTimer = setTimeout(panels, 800);
    if (edited || state.country) routes();
  }

  // --- the panels: the main job on the same scenario and what-if (slower: every analysis)
  async function panels() {
    const mine = ++panelSeq;
    ["#heat", "#choke"].forEach(s => d3.select(s).attr("opacity", 0.4));
    d3.select("#events").html("<p class='note'>computing…</p>");
    try {
      const a = await api("/api/analysis", body());
      if (mine !== panelSeq) return;
      answers.analysis = a;
      renderPanels(a);
    } catch (e) {
      if (mine !== panelSeq) return;
      d3.select("#events").html("").append("p").attr("class", "error").text("Panels: " + e.message);
    }
  }

  function renderPanels(a) {
    {
      ["#heat", "#choke"].forEach(s => d3.select(s).attr("opacity", 1));
      const totals = d3.rollups(rows(a, "leverage-totals"), v => d3.max(v, d => d.target_loss), d => d.actor, d => d.target);
      const cells = [];
      totals.forEach(([act, ts]) => ts.forEach(([t, v]) => { if (v > 0.5) cells.push({ actor: act, target: t, v }); }));
      CorridorPanels.heat("#heat", cells, "No actor can make another lose USD 0.5 m a year or more with a single lever.");
      const label = r => r.element === "link" && linkInfo(r.id) && linkInfo(r.id).name ? `${r.element} ${r.id} (${linkInfo(r.id).name})`
        : r.element === "node" && nodeInfo(r.id) ? `${r.element} ${r.id} (${nodeInfo(r.id).name})`
        : r.element === "country" ? `country ${r.id} (${countryName(r.id)})` : `${r.element} ${r.id}`;
      const choke = rows(a, "chokepoints").filter(r => r.solved && r.welfare_loss > 0.5)
        .sort((x, y) => y.welfare_loss - x.welfare_loss).slice(0, 15);
      CorridorPanels.bars("#choke", choke, label, r => r.welfare_loss, v => `USD ${fmt(v)} m`,
        "No single link, node or country closure costs USD 0.5 m a year or more.");
      CorridorPanels.table("#events", [
        { label: "scenario", value: r => r.scenario }, { label: "date", value: r => r.date },
        { label: "policy", value: r => r.policy }, { label: "what", value: r => r.description || r.kind },
        { label: "cost, USD m/yr", value: r => fmt(r.total_cost), num: true },
        { label: "loses most", value: r => r.biggest_loser ? `${r.biggest_loser} ${fmt(r.biggest_loss)}` : "" }],
        rows(a, "event-costs").filter(r => Math.abs(r.total_cost) >= 0.5),
        "No event costs USD 0.5 m a year or more in the data set's scenarios.");
    }
  }

  async function routes() {
    if (!state.country) return;
    const mine = ++routesSeq;
    d3.select("#routes-country").text(countryName(state.country));
    d3.select("#routes-note").text("computing…");
    try {
      const a = await api("/api/shares", body({ exporter: state.country }));
      if (mine !== routesSeq) return;
      const rs = rows(a, "routes").filter(r => !state.commodity || r.commodity === state.commodity);
      d3.select("#routes-note").text("Share of the country's exports (per commodity) on each named route; a flow can use two routes in turn.");
      CorridorPanels.bars("#routes", rs, r => `${r.commodity}: ${r.route}`, r => r.share, pct,
        `${countryName(state.country)} exports nothing across a border on a named route in this scenario.`);
    } catch (e) {
      if (mine !== routesSeq) return;
      d3.select("#routes-note").text(e.message);
    }
  }

  async function sources() {
    const a = await api("/api/sources");
    CorridorPanels.sources("#sources", rows(a, "sources"));
  }

  async function start() {
    readUrl();
    [info, world] = await Promise.all([api("/api/info"), fetch("/vendor/countries-110m.json").then(r => r.json())]);
    colour = d3.scaleOrdinal().domain(info.commodities.map(c => c.id)).range(d3.schemeTableau10);
    controls();
    if (state.country) {
      selected = { country: state.country, countryName: countryName(state.country) };
    }
    window.addEventListener("hashchange", () => { readUrl(); refresh(true); });
    let resize;
    window.addEventListener("resize", () => { clearTimeout(resize); resize = setTimeout(() => { drawMap(); if (answers.analysis) renderPanels(answers.analysis); }, 250); });
    refresh(false);
    sources().catch(e => d3.select("#sources").text(e.message));
  }

  start().catch(e => d3.select("#error").text(e.message));
})();
