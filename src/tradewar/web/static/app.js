// tradewar's web app: the scenario library, a scenario builder, runs as charts, maps and
// tables, and comparisons. Plain JavaScript, no build step, no network beyond this server:
// Plotly is served by the server from its installed package, the world map is tradewar's.
"use strict";

const API = "/api/v1";
const view = () => document.getElementById("view");

// ---- small helpers ----------------------------------------------------------------------

function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key in node && key !== "list") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((n) => n !== null && n !== undefined && n !== false));
  return node;
}

function show(...nodes) {
  return fill(view(), ...nodes);
}

function pct(value, digits = 3) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return (value > 0 ? "+" : "") + value.toFixed(digits);
}

function money(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${sign}$${(abs / 1e12).toFixed(2)}T`;
  if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(1)}B`;
  if (abs >= 1e6) return `${sign}$${(abs / 1e6).toFixed(1)}M`;
  return `${sign}$${abs.toFixed(0)}`;
}

function signed(value, text) {
  return h("span", { className: value > 0 ? "pos" : value < 0 ? "neg" : "" }, text);
}

function safeLink(url, text) {
  // only http(s) addresses become links; anything else is shown as text
  return /^https?:\/\/[^\s"'<>]+$/i.test(url || "")
    ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text || url)
    : h("span", {}, text || url || "");
}

// ---- the API ----------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.detail || error.title || `HTTP ${status}`);
    this.status = status;
    this.error = error;
    this.problems = error.problems || [];
  }
}

function token() {
  return sessionStorage.getItem("tradewar-token") || "";
}

function askToken() {
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token-input");
  input.value = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      sessionStorage.setItem("tradewar-token", input.value.trim());
      resolve();
    }, { once: true });
    dialog.showModal();
  });
}

async function request(path, options = {}, retried = false) {
  const headers = Object.assign({}, options.headers || {});
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options = Object.assign({}, options, { body: JSON.stringify(options.json) });
  }
  const response = await fetch(path.startsWith("/") ? path : `${API}/${path}`,
    Object.assign({}, options, { headers }));
  if (response.status === 401 && !retried) {
    await askToken();
    return request(path, options, true);
  }
  return response;
}

async function api(path, options = {}) {
  const response = await request(path, options);
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = { error: { detail: text } }; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

async function download(path, filename) {
  const response = await request(path);
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  const link = h("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
}

function problemList(err) {
  const items = (err.problems && err.problems.length ? err.problems : [{ message: err.message }])
    .map((p) => h("li", {},
      p.line ? `line ${p.line}: ` : "", p.label ? h("strong", {}, `${p.label} `) : "",
      p.field ? h("code", {}, p.label ? `(${p.field})` : p.field) : "",
      p.field ? ": " : "", p.message));
  return h("div", { className: "problems", role: "alert" },
    h("strong", {}, err.error && err.error.title ? err.error.title : "error"), h("ul", {}, items));
}

// ---- shared data ------------------------------------------------------------------------

const cache = {};
async function once(key, load) {
  if (!(key in cache)) cache[key] = load().catch((e) => { delete cache[key]; throw e; });
  return cache[key];
}
const datasets = () => once("datasets", () => api("datasets"));
const dataset = (name) => once(`dataset:${name}`, () => api(`datasets/${encodeURIComponent(name)}`));
const worldMap = () => once("map", () => api("world-map"));

// ---- routing ----------------------------------------------------------------------------

const routes = [
  [/^#\/library$/, () => libraryView()],
  [/^#\/builder(?:\/([a-z0-9-]+))?$/, (m) => builderView(m[1])],
  [/^#\/runs$/, () => runsView()],
  [/^#\/runs\/([0-9a-f]+)$/, (m) => runView(m[1])],
  [/^#\/fix-run\/([0-9a-f]+)$/, (m) => fixRunView(m[1])],
  [/^#\/compare(?:\/([0-9a-f]+)\/([0-9a-f]+))?$/, (m) => compareView(m[1], m[2])],
];

let generation = 0;
async function route() {
  generation += 1;
  const hash = location.hash || "#/library";
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", hash.startsWith(`#/${link.dataset.nav}`));
  }
  for (const [pattern, render] of routes) {
    const match = hash.match(pattern);
    if (match) {
      try { await render(match); } catch (err) { show(h("h1", {}, "Something went wrong"), problemList(err)); }
      return;
    }
  }
  if (!location.hash) { location.hash = "#/library"; return; }
  show(h("h1", {}, "Page not found"),
    h("p", { id: "not-found" }, "There is no page at ", h("code", {}, hash), ". Try one of these:"),
    h("ul", {}, [...document.querySelectorAll("nav a")].map((a) => h("li", {}, h("a", { href: a.getAttribute("href") }, a.textContent)))));
}
window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);

// ---- the library ------------------------------------------------------------------------

// the draft a run was started from (it has no stored scenario), so that a failed run can be
// edited; kept for the browser tab
function keepRunScenario(id, body) {
  if (body.scenario) sessionStorage.setItem(`tradewar-run:${id}`, JSON.stringify(body.scenario));
}

async function startRun(body) {
  try {
    const run = await api("runs", { method: "POST", json: body });
    keepRunScenario(run.id, body);
    location.hash = `#/runs/${run.id}`;
  } catch (err) {
    if (err.status === 409 && err.error.run) {
      keepRunScenario(err.error.run.id, body);
      location.hash = `#/runs/${err.error.run.id}`;
    } else throw err;
  }
}

function scenarioCard(sc) {
  const dates = sc.first_date ? `${sc.first_date} – ${sc.last_date}` : "no dated actions";
  const buttons = [
    h("button", { className: "primary", onclick: () => startRun({ scenario_id: sc.id }).catch(alertError) }, "Run"),
    h("a", { className: "button", href: `#/builder/${sc.id}` }, sc.builtin ? "Open a copy" : "Edit"),
    h("a", { className: "button", href: `#/uncertainty/${sc.id}` }, "Uncertainty"),
    h("button", { onclick: () => download(`${API}/scenarios/${sc.id}/yaml`, `${sc.name}.yaml`).catch(alertError) }, "YAML"),
  ];
  if (!sc.builtin) {
    buttons.push(h("button", {
      className: "danger",
      onclick: async () => {
        if (!confirm(`Delete ${sc.title || sc.name}?`)) return;
        await api(`scenarios/${sc.id}`, { method: "DELETE" }).catch(alertError);
        route();
      },
    }, "Delete"));
  }
  return h("article", { className: "card scenario", dataset: { id: sc.id } },
    h("h3", {}, sc.title || sc.name),
    h("p", { className: "muted" }, h("code", {}, sc.name), ` · ${sc.actions} action(s) · ${dates} · world: ${sc.baseline}`),
    (sc.fill_in || []).length ? h("p", { className: "fill-box" }, `A news draft: ${sc.fill_in.length} field(s) to fill in before it runs (edit it).`) : null,
    sc.description ? h("p", {}, sc.description.length > 400 ? `${sc.description.slice(0, 400)}…` : sc.description) : null,
    sc.sources.length ? h("details", {}, h("summary", {}, `Sources (${sc.sources.length})`),
      h("ul", { className: "sources" }, sc.sources.map((s) => h("li", {},
        safeLink(s.url, s.title), s.date ? ` (${s.date})` : "")))) : null,
    h("div", { className: "row" }, buttons));
}

function alertError(err) {
  const box = problemList(err);
  view().prepend(box);
  box.scrollIntoView({ behavior: "smooth" });
}

async function libraryView() {
  const scenarios = await api("scenarios");
  const builtin = scenarios.filter((s) => s.builtin);
  const own = scenarios.filter((s) => !s.builtin);
  show(
    h("h1", {}, "Scenario library"),
    h("p", { className: "muted" }, "Trade conflicts written as dated actions. Run one, or open a copy in the builder."),
    h("div", { className: "grid" }, builtin.map(scenarioCard)),
    h("h2", {}, "Your scenarios"),
    own.length ? h("div", { className: "grid" }, own.map(scenarioCard))
      : h("p", { className: "muted" }, "None yet: ", h("a", { href: "#/builder" }, "build one"), "."),
  );
}

// ---- runs -------------------------------------------------------------------------------

function statusBadge(run) {
  return h("span", { className: `badge ${run.status}` }, run.status);
}

async function runsView() {
  const page = await api("runs?limit=100");
  show(h("h1", {}, "Runs"),
    page.runs.length ? h("div", { className: "scroll" }, h("table", { className: "data" },
      h("tr", {}, ["scenario", "kind", "status", "asked", "seconds", ""].map((t) => h("th", {}, t))),
      page.runs.map((r) => h("tr", { dataset: { kind: r.kind } },
        h("td", {}, h("a", { href: `#/runs/${r.id}` }, r.title || r.scenario_name)),
        h("td", {}, r.kind.replace("_", " ")),
        h("td", {}, statusBadge(r)), h("td", {}, new Date(r.created_at).toLocaleString()),
        h("td", {}, r.seconds ? r.seconds.toFixed(1) : "–"),
        h("td", {}, r.status === "done" ? h("a", { href: `#/runs/${r.id}` }, "results") : "")))))
      : h("p", { className: "muted" }, "No runs yet."));
}

// the builder on the scenario of a failed run, its errors beside their fields
async function fixRunView(id) {
  const run = await api(`runs/${id}`);
  const kept = sessionStorage.getItem(`tradewar-run:${id}`);
  const problems = (run.error && run.error.problems) || [];
  const error = { title: `the run failed: ${(run.error && run.error.title) || "error"}`, problems,
    detail: run.error && run.error.detail };
  if (kept) await builderView(null, { scenario: JSON.parse(kept), error });
  else await builderView(run.scenario_id, { error });
}

async function runView(id) {
  const mine = generation;
  let run = await api(`runs/${id}`);
  if (STRATEGY_RUNS.includes(run.kind)) { await strategyRunView(run); return; }
  const bar = h("div", { style: "width:0%" });
  const stage = h("p", { className: "muted" });
  show(h("h1", {}, run.title || run.scenario_name), h("div", { className: "progress", id: "progress" }, bar), stage,
    h("button", { id: "cancel", onclick: () => api(`runs/${id}/cancel`, { method: "POST" }).catch(alertError) }, "Cancel"));
  while (run.status === "queued" || run.status === "running") {
    bar.style.width = `${Math.round(run.progress * 100)}%`;
    stage.textContent = `${run.status}: ${run.stage} (${Math.round(run.progress * 100)}%)`;
    await new Promise((r) => setTimeout(r, 400));
    if (mine !== generation) return;
    run = await api(`runs/${id}`);
  }
  if (run.status !== "done") {
    show(h("h1", {}, run.title || run.scenario_name), h("p", {}, statusBadge(run)),
      run.error ? problemList(new ApiError(422, { error: Object.assign({ detail: run.error.detail }, run.error) })) : null,
      h("div", { className: "row" },
        run.error && (run.scenario_id || sessionStorage.getItem(`tradewar-run:${id}`))
          ? h("a", { className: "button primary", id: "edit-failed", href: `#/fix-run/${id}` }, "Edit the scenario") : null,
        h("button", { onclick: () => startRun({ scenario_id: run.scenario_id || undefined }).catch(alertError), disabled: !run.scenario_id }, "Run again")));
    return;
  }
  if (run.kind === "monte_carlo") { await monteCarloView(run); return; }
  if (run.kind === "sweep") { await sweepView(run); return; }
  const summary = await api(`runs/${id}/summary`);
  if (mine !== generation) return;
  await dashboard(run, summary);
}

function headlineTable(summary) {
  const rows = [...summary.countries].sort((a, b) => b.welfare_pct - a.welfare_pct);
  return [h("div", { className: "scroll" }, h("table", { className: "data", id: "headline" },
    h("tr", {}, ["country", "welfare %", "real GDP %", "consumer prices %", "exports %", "imports %", "tariff revenue/yr", "change"].map((t) => h("th", {}, t))),
    rows.map((r) => h("tr", { dataset: { country: r.country } },
      h("td", {}, r.country),
      h("td", { dataset: { value: r.welfare_pct } }, signed(r.welfare_pct, pct(r.welfare_pct))),
      h("td", {}, signed(r.real_gdp_pct, pct(r.real_gdp_pct))),
      h("td", {}, pct(r.price_index_pct)), h("td", {}, pct(r.exports_pct)), h("td", {}, pct(r.imports_pct)),
      h("td", {}, money(r.tariff_revenue_usd)), h("td", {}, money(r.tariff_revenue_change_usd)))))),
    revenueNote(summary, rows)];
}

// why countries collect no tariff revenue: the world carries no tariffs on their imports
// (docs/data.md: the default world has only the US's and China's; the others' are zero)
function revenueNote(summary, rows) {
  const none = rows.filter((r) => money(r.tariff_revenue_usd) === "$0").map((r) => r.country);
  if (!none.length) return null;
  const why = summary.baseline === "default"
    ? "the default world (OECD ICIO 2022) carries only the US's and China's tariffs; every other country's tariffs " +
      "are set to zero (no source of them is built in yet), so they collect none here."
    : "neither this world's data nor the scenario put a tariff on their imports.";
  return h("p", { className: "muted", id: "revenue-note" }, `Tariff revenue $0 (${none.join(", ")}): ${why}`);
}

const PLOT_CONFIG = { displaylogo: false, responsive: true };

// the layout of horizontal bars with one label for each of `names` (top to bottom, as given),
// tall enough that none is skipped on a phone
function labelledBars(names, layout = {}) {
  return Object.assign({
    margin: { l: 10, r: 10, t: 10, b: 40 }, height: Math.max(320, 34 * names.length + 90),
    yaxis: { automargin: true, autorange: "reversed", tickmode: "array", tickvals: names, ticktext: names },
    xaxis: { title: { text: "% change" }, zeroline: true },
    legend: { orientation: "h", y: -0.12 },
  }, layout);
}

function offlineGeo() {
  // Plotly asks for its own topojson for any map, even with the base layers off; an empty one,
  // preloaded, keeps the app offline (the countries come from tradewar's GeoJSON)
  const empty = { type: "Topology", arcs: [], objects: {} };
  for (const name of ["land", "ocean", "lakes", "rivers", "coastlines", "countries", "subunits"]) {
    empty.objects[name] = { type: "GeometryCollection", geometries: [] };
  }
  window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} };
  for (const key of ["world_110m", "world_50m", "un/world_110m"]) window.PlotlyGeoAssets.topojson[key] = empty;
}

async function drawMap(div, summary) {
  const geo = await worldMap();
  offlineGeo();
  const codes = Object.keys(summary.map);
  const values = codes.map((c) => summary.map[c]);
  const bound = Math.max(1e-6, ...values.map(Math.abs));
  const everywhere = geo.features.map((f) => f.id);
  await Plotly.newPlot(div, [
    { type: "choropleth", geojson: geo, featureidkey: "id", locations: everywhere, z: everywhere.map(() => 0),
      colorscale: [[0, "#e9ecef"], [1, "#e9ecef"]], showscale: false, hoverinfo: "skip", marker: { line: { color: "#fff", width: 0.3 } } },
    { type: "choropleth", geojson: geo, featureidkey: "id", locations: codes, z: values, zmin: -bound, zmax: bound,
      colorscale: "RdBu", reversescale: true, colorbar: { title: { text: "welfare %" } }, hovertemplate: "%{location}: %{z:.3f}%<extra></extra>",
      marker: { line: { color: "#fff", width: 0.3 } } },
  ], { geo: { visible: false, projection: { type: "natural earth" }, lataxis: { range: [-58, 85] } },
    margin: { l: 0, r: 0, t: 10, b: 0 }, height: 420 }, PLOT_CONFIG);
}

// a note of the scenario layer in words a reader without the file format understands
const PLAIN_NOTES = [
  [/\(model_as: trade_balance or tariff_equivalent models a real effect\)/,
    "(in the builder, \"Modelled as\" can make it a change in the trade balance or an equivalent tariff)"],
];
const plainNote = (note) => PLAIN_NOTES.reduce((text, [from, to]) => text.replace(from, to), note);

async function dashboard(run, summary) {
  const focus = summary.focus || [];
  const byCode = Object.fromEntries(summary.countries.map((r) => [r.country, r]));
  const kpis = focus.map((c) => byCode[c]).filter(Boolean).map((r) => h("div", { className: "kpi" },
    h("span", { className: "muted" }, `${r.country} welfare`), h("b", {}, signed(r.welfare_pct, `${pct(r.welfare_pct)}%`)),
    h("span", { className: "muted" }, `real GDP ${pct(r.real_gdp_pct)}%`)));
  const files = [["countries.csv", "CSV (by country)"], ["workbook.xlsx", "Excel workbook"], ["result.json", "JSON (all steps)"], ["report.html", "HTML report"]];
  const downloads = h("div", { className: "row", id: "downloads" }, files.map(([name, text]) =>
    h("button", { dataset: { file: name }, onclick: () => download(`${API}/runs/${run.id}/files/${name}`, `${summary.scenario}-${name}`).catch(alertError) }, text)));
  const library = await api("scenarios");
  const compareWith = h("select", { id: "compare-with" }, h("option", { value: "" }, "Compare with…"),
    library.map((s) => h("option", { value: s.id }, `${s.title || s.name}${s.builtin ? " (built in)" : ""}`)));
  compareWith.addEventListener("change", async () => {
    if (!compareWith.value) return;
    compareWith.disabled = true;
    try {
      const other = await runAndWait({ scenario_id: compareWith.value });
      location.hash = `#/compare/${run.id}/${other.id}`;
    } catch (err) { alertError(err); compareWith.disabled = false; }
  });
  const third = summary.third || [];
  // winners gained welfare, losers lost it (the five largest of each); a country unchanged is neither
  const winners = third.filter((r) => r.welfare_pct > 0).sort((x, y) => y.welfare_pct - x.welfare_pct).slice(0, 5);
  const losers = third.filter((r) => r.welfare_pct < 0).sort((x, y) => x.welfare_pct - y.welfare_pct).slice(0, 5);
  const changes = h("div", { className: "grid2" }, [["Winners", winners, "winners", "gained"], ["Losers", losers, "losers", "lost"]].map(([title, list, id, verb]) =>
    h("div", { className: "card", id }, h("h3", {}, `${title} among third countries`),
      list.length ? h("div", { className: "scroll" }, h("table", { className: "data" },
        h("tr", {}, ["country", "welfare %", "exports %", `exports to ${focus.join("+")} %`].map((t) => h("th", {}, t))),
        list.map((r) => h("tr", { dataset: { country: r.country } }, h("td", {}, r.country), h("td", {}, signed(r.welfare_pct, pct(r.welfare_pct))),
          h("td", {}, pct(r.exports_pct)), h("td", {}, pct(r.exports_to_pair_pct))))))
        : h("p", { className: "muted none" }, `None: no third country ${verb} welfare.`))));
  const steps = summary.steps || [];
  show(
    h("h1", {}, summary.title || summary.scenario),
    h("p", { className: "muted" }, `world: ${summary.baseline}; start: ${summary.start}; model: ${summary.model.kind}, deficits ${summary.model.deficits}; `,
      `${steps.length} step(s) · run ${run.id.slice(0, 8)}${run.cached ? " (cached)" : ""}`),
    summary.notes.length ? h("ul", { className: "muted", id: "notes" }, summary.notes.map((n) => h("li", {}, plainNote(n)))) : null,
    h("div", { className: "kpis" }, kpis),
    h("div", { className: "row", style: "margin:.8rem 0" }, downloads, compareWith),
    h("div", { className: "grid2" },
      h("section", { className: "card" }, h("h3", {}, "Welfare by country, % change"), h("div", { className: "chart", id: "chart-welfare" })),
      h("section", { className: "card" }, h("h3", {}, "World map of welfare changes"), h("div", { className: "chart", id: "chart-map" }))),
    focus.length === 2 ? h("section", { className: "card" }, h("h3", {}, `${focus[0]}–${focus[1]} trade by sector, % change`), h("div", { className: "chart", id: "chart-bilateral" })) : null,
    steps.length > 1 ? h("section", { className: "card" }, h("h3", {}, "The timeline: welfare after each date, %"),
      h("div", { className: "chart", id: "chart-timeline" }),
      h("ol", { className: "muted" }, steps.map((s) => h("li", {}, `${s.date}: ${s.actions.join("; ")}`)))) : null,
    changes,
    h("h2", {}, "Every country (final state)"), headlineTable(summary),
    h("p", { className: "muted" }, summary.interpretation));

  const ordered = [...summary.countries].sort((a, b) => a.welfare_pct - b.welfare_pct);
  await Plotly.newPlot("chart-welfare", [{ type: "bar", orientation: "h", x: ordered.map((r) => r.welfare_pct), y: ordered.map((r) => r.country),
    marker: { color: ordered.map((r) => (r.welfare_pct >= 0 ? "#2a9d8f" : "#d1495b")) }, hovertemplate: "%{y}: %{x:.3f}%<extra></extra>" }],
  { margin: { l: 60, r: 10, t: 10, b: 40 }, height: Math.max(320, 20 * ordered.length + 60) }, PLOT_CONFIG);
  await drawMap(document.getElementById("chart-map"), summary);
  if (focus.length === 2) {
    // horizontal bars: every sector labelled, on a phone too
    const traces = [[focus[0], focus[1]], [focus[1], focus[0]]].map(([a, b]) => {
      const rows = summary.bilateral.filter((r) => r.exporter === a && r.importer === b);
      return { type: "bar", orientation: "h", name: `${a} → ${b}`, y: rows.map((r) => r.sector), x: rows.map((r) => r.change_pct),
        hovertemplate: `${a} → ${b} %{y}: %{x:.2f}%<extra></extra>` };
    });
    await Plotly.newPlot("chart-bilateral", traces, labelledBars(traces[0].y, { barmode: "group" }), PLOT_CONFIG);
  }
  if (steps.length > 1) {
    const codes = [...new Set([...focus, ...third.slice(0, 2).map((r) => r.country), ...third.slice(-2).map((r) => r.country)])];
    await Plotly.newPlot("chart-timeline", codes.map((c) => ({ type: "scatter", mode: "lines+markers", name: c,
      x: steps.map((s) => s.date), y: steps.map((s) => s.welfare_pct[c]) })), { margin: { t: 10 }, height: 360 }, PLOT_CONFIG);
  }
}

async function runAndWait(body) {
  let run;
  try {
    run = await api("runs", { method: "POST", json: body });
  } catch (err) {
    if (err.status === 409 && err.error.run) run = err.error.run;
    else throw err;
  }
  while (run.status === "queued" || run.status === "running") {
    await new Promise((r) => setTimeout(r, 400));
    run = await api(`runs/${run.id}`);
  }
  if (run.status !== "done") throw new ApiError(422, { error: run.error || { detail: `the run ${run.status}` } });
  return run;
}

// ---- comparing two runs -------------------------------------------------------------------

async function compareView(a, b) {
  const page = await api("runs?status=done&limit=200");
  const choose = (id, value) => h("select", { id }, h("option", { value: "" }, "choose a run"),
    page.runs.map((r) => h("option", { value: r.id, selected: r.id === value }, `${r.title || r.scenario_name} (${r.id.slice(0, 8)})`)));
  const first = choose("compare-a", a), second = choose("compare-b", b);
  const go = h("button", { className: "primary", onclick: () => {
    if (first.value && second.value) location.hash = `#/compare/${first.value}/${second.value}`;
  } }, "Compare");
  const head = [h("h1", {}, "Compare two runs"), h("div", { className: "row choose" }, labelled("A", first), labelled("B", second), go)];
  if (!a || !b) { show(...head); return; }
  const cmp = await api(`compare?a=${a}&b=${b}`);
  const rows = [...cmp.countries].sort((x, y) => y.welfare_pct_diff - x.welfare_pct_diff);
  show(...head,
    h("p", {}, h("strong", {}, "A"), `: ${cmp.a.title || cmp.a.scenario} · `, h("strong", {}, "B"), `: ${cmp.b.title || cmp.b.scenario}`),
    cmp.same_start ? null : h("p", { className: "muted" }, `The starts differ (${cmp.a.start} and ${cmp.b.start}): each is relative to its own start.`),
    h("section", { className: "card" }, h("h3", {}, "Welfare, % change: A and B"), h("div", { className: "chart", id: "chart-compare" })),
    h("div", { className: "scroll" }, h("table", { className: "data", id: "comparison" },
      h("tr", {}, h("th", {}, "country"), cmp.measures.flatMap((m) => ["A", "B", "B − A"].map((k) => h("th", {}, `${m.replace("_pct", "").replace("_", " ")} % ${k}`)))),
      rows.map((r) => h("tr", { dataset: { country: r.country } }, h("td", {}, r.country),
        cmp.measures.flatMap((m) => [h("td", {}, pct(r[`${m}_a`])), h("td", {}, pct(r[`${m}_b`])),
          h("td", {}, signed(r[`${m}_diff`], pct(r[`${m}_diff`])))]))))));
  const codes = rows.map((r) => r.country);
  await Plotly.newPlot("chart-compare", [
    { type: "bar", orientation: "h", name: "A", y: codes, x: rows.map((r) => r.welfare_pct_a) },
    { type: "bar", orientation: "h", name: "B", y: codes, x: rows.map((r) => r.welfare_pct_b) },
  ], labelledBars(codes, { barmode: "group" }), PLOT_CONFIG);
}
