// tradewar's web app: how sure the numbers are. A Monte Carlo over a scenario's trade
// elasticities (median and bands by country) and sweeps over a grid of its parameters (a
// line per country, or a heat map and the payoff matrix of two players). Loaded after app.js.
"use strict";

routes.push([/^#\/uncertainty(?:\/([a-z0-9-]+))?$/, (m) => uncertaintyView(m[1])]);

const MEASURES = [
  ["welfare_pct", "welfare"], ["real_wage_pct", "real wage"], ["real_gdp_pct", "real GDP"],
  ["exports_pct", "exports"], ["imports_pct", "imports"], ["terms_of_trade_pct", "terms of trade"],
  ["price_index_pct", "consumer prices"], ["output_pct", "output"],
];

// "0:0.5:6" (start:stop:count) or "0, 0.1, 0.2" -> numbers (NaN where it is not one)
function gridValues(text) {
  const parts = text.split(":").map((p) => p.trim());
  if (parts.length === 3) {
    const [a, b, n] = parts.map(Number);
    if (!Number.isInteger(n) || n < 1 || n > 100000) return [NaN];
    return Array.from({ length: n }, (_, i) => (n === 1 ? a : +(a + ((b - a) * i) / (n - 1)).toPrecision(12)));
  }
  return text.split(/[,\s]+/).filter(Boolean).map(Number);
}

// the numbers of a scenario's dated actions that a sweep can change
function sweepable(scenario) {
  const out = [["theta", "θ of every sector"]];
  (scenario.actions || []).forEach((a, i) => {
    if (!a || !a.date) return;
    for (const key of ["add", "set", "coverage_usd", "covered_share", "coverage_share", "tariff_equivalent", "amount_usd", "change", "compliance"]) {
      if (typeof a[key] === "number") out.push([`actions[${i}].${key}`, `${a.label || a.kind} (${a.date}): ${key} = ${a[key]}`]);
    }
  });
  return out;
}

async function uncertaintyView(chosen) {
  const library = await api("scenarios");
  const runnable = library.filter((s) => !(s.fill_in || []).length);
  const scenario = h("select", { id: "unc-scenario", dataset: { field: "scenario_id" } },
    runnable.map((s) => h("option", { value: s.id, selected: s.id === (chosen || "may-2019") }, `${s.title || s.name}${s.builtin ? " (built in)" : ""}`)));
  const messages = h("div", { id: "unc-messages" });
  const number = (id, field, value, attrs = {}) => h("input", Object.assign({ id, type: "number", value, dataset: { field } }, attrs));
  const draws = number("mc-draws", "draws", 200, { min: 1, step: 1 });
  const seed = number("mc-seed", "seed", 0, { min: 0, step: 1 });
  const distribution = h("select", { id: "mc-distribution", dataset: { field: "distribution" } },
    h("option", { value: "default" }, "default: θ/2 to 2θ (one common shock)"),
    h("option", { value: "caliendo-parro" }, "Caliendo & Parro (2015), by sector"));
  const params = h("datalist", { id: "sweep-params" });
  const param = (i) => h("input", { id: `sweep-param-${i}`, list: "sweep-params", placeholder: i ? "(optional) theta" : "actions[0].add", dataset: { field: `params[${i}].param` } });
  const values = (i) => h("input", { id: `sweep-values-${i}`, placeholder: "0:0.5:6 or 0, 0.1, 0.2", dataset: { field: `params[${i}].values` } });
  const [p0, p1, v0, v1] = [param(0), param(1), values(0), values(1)];
  const suggest = async () => {
    const detail = await api(`scenarios/${encodeURIComponent(scenario.value)}`);
    fill(params, sweepable(detail.scenario).map(([v, t]) => h("option", { value: v }, t)));
  };
  scenario.addEventListener("change", suggest);

  const submit = (path, body) => async () => {
    messages.replaceChildren();
    for (const node of document.querySelectorAll(".invalid")) node.classList.remove("invalid");
    try {
      const run = await api(`runs/${path}`, { method: "POST", json: Object.assign({ scenario_id: scenario.value }, body()) });
      location.hash = `#/runs/${run.id}`;
    } catch (err) {
      if (err.status === 409 && err.error.run) { location.hash = `#/runs/${err.error.run.id}`; return; }
      messages.append(problemList(err));
      for (const p of err.problems) fieldTarget(view(), p.field || "")?.classList.add("invalid");
    }
  };
  const sweepBody = () => ({
    params: [[p0, v0], [p1, v1]].filter(([p]) => p.value.trim()).map(([p, v]) => ({ param: p.value.trim(), values: gridValues(v.value) })),
  });
  show(
    h("h1", {}, "How sure are the numbers?"),
    h("p", { className: "muted" }, "The trade elasticity θ moves every result and is estimated with error. ",
      "A Monte Carlo solves the scenario for many draws of θ and gives each result's median and band; ",
      "a sweep solves it over a grid of its own numbers, e.g. each side's tariff on the other: the payoff matrix of a trade war."),
    h("div", { className: "card" }, labelled("Scenario", scenario)),
    messages,
    h("div", { className: "grid2" },
      h("section", { className: "card" }, h("h2", {}, "Monte Carlo over θ"),
        h("div", { className: "fields" }, labelled("Draws", draws), labelled("Seed", seed), labelled("Distribution", distribution)),
        h("p", {}, h("button", { id: "mc-run", className: "primary", onclick: submit("monte-carlo", () => ({
          draws: Number(draws.value), seed: Number(seed.value), distribution: distribution.value })) }, "Run the Monte Carlo"))),
      h("section", { className: "card" }, h("h2", {}, "Sweep over a grid"),
        h("div", { className: "fields" }, labelled("Parameter", p0), labelled("Values", v0), labelled("Second parameter", p1), labelled("Its values", v1)),
        params,
        h("p", {}, h("button", { id: "sweep-run", className: "primary", onclick: submit("sweep", sweepBody) }, "Run the sweep")))));
  await suggest();
}

function bandsChart(div, result, measure) {
  const rows = Object.entries(result.countries).map(([c, m]) => Object.assign({ country: c }, m[measure]))
    .filter((r) => r.median !== null).sort((a, b) => a.median - b.median);
  const [lo, hi] = [`p${result.percentiles[0]}`, `p${result.percentiles[result.percentiles.length - 1]}`];
  return Plotly.newPlot(div, [
    { type: "scatter", mode: "markers", name: `median, ${lo}–${hi}`, y: rows.map((r) => r.country), x: rows.map((r) => r.median),
      error_x: { type: "data", symmetric: false, array: rows.map((r) => r[hi] - r.median), arrayminus: rows.map((r) => r.median - r[lo]), color: "#1d4e89" },
      marker: { color: "#1d4e89", size: 8 }, hovertemplate: "%{y}: %{x:.3f}%<extra>median</extra>" },
    { type: "scatter", mode: "markers", name: "at the scenario's own θ", y: rows.map((r) => r.country), x: rows.map((r) => r.central),
      marker: { symbol: "diamond-open", color: "#d1495b", size: 9 }, hovertemplate: "%{y}: %{x:.3f}%<extra>central</extra>" },
  ], { margin: { l: 60, r: 10, t: 10, b: 40 }, height: Math.max(320, 22 * rows.length + 80), xaxis: { title: { text: "% change" }, zeroline: true },
    legend: { orientation: "h", y: -0.12 } }, PLOT_CONFIG);
}

function bandsTable(result, measure) {
  const keys = ["central", "median", ...result.percentiles.map((q) => `p${q}`), "mean", "sd"];
  const rows = Object.entries(result.countries).sort((a, b) => a[1][measure].median - b[1][measure].median);
  return h("div", { className: "scroll" }, h("table", { className: "data", id: "mc-table" },
    h("tr", {}, h("th", {}, "country"), keys.map((k) => h("th", {}, k))),
    rows.map(([c, m]) => h("tr", { dataset: { country: c } }, h("td", {}, c),
      keys.map((k) => h("td", { dataset: { key: k } }, k === "sd" ? (m[measure][k] ?? 0).toFixed(4) : pct(m[measure][k])))))));
}

function fileButtons(run, files) {
  return h("div", { className: "row", id: "downloads" }, files.map(([name, text]) =>
    h("button", { dataset: { file: name }, onclick: () => download(`${API}/runs/${run.id}/files/${name}`, `${run.scenario_name}-${name}`).catch(alertError) }, text)));
}

async function monteCarloView(run) {
  const result = await api(`runs/${run.id}/result`);
  const measure = h("select", { id: "mc-measure" }, MEASURES.map(([v, t]) => h("option", { value: v }, t)));
  const table = h("div");
  const failed = result.failed_draws.length;
  show(
    h("h1", {}, `Monte Carlo: ${run.title || result.scenario}`),
    h("p", { className: "muted" }, `${result.solved} of ${result.draws} draws solved · seed ${result.seed} · θ: ${result.distribution.name} (${result.distribution.family})`,
      run.cached ? " · cached" : "", ` · run ${run.id.slice(0, 8)}`),
    failed ? h("p", { className: "problems" }, `${failed} draw(s) failed and are left out of the bands: see failed_draws in the JSON.`) : null,
    h("div", { className: "row", style: "margin:.8rem 0" }, labelled("Measure", measure),
      fileButtons(run, [["summary.csv", "CSV (bands)"], ["draws.csv", "CSV (welfare by draw)"], ["result.json", "JSON"]])),
    h("section", { className: "card" }, h("h3", {}, `Median and ${result.percentiles.map((q) => `p${q}`).join("–")} band by country, % change`),
      h("div", { className: "chart", id: "chart-mc" })),
    table,
    h("p", { className: "muted" }, "Draws that fail (a solve that does not converge, a flow target out of reach at those elasticities) are counted, never averaged in."));
  const draw = async () => {
    fill(table, bandsTable(result, measure.value));
    await bandsChart("chart-mc", result, measure.value);
  };
  measure.addEventListener("change", draw);
  await draw();
}

async function sweepView(run) {
  const result = await api(`runs/${run.id}/result`);
  const countries = Object.keys(result.points[0].countries);
  const pick = (id, value) => h("select", { id }, countries.map((c) => h("option", { value: c, selected: c === value }, c)));
  const [first, second] = ["USA", "CHN"].every((c) => countries.includes(c)) ? ["USA", "CHN"] : countries.slice(0, 2);
  const heatFor = pick("sweep-country", first), a = pick("payoff-a", first), b = pick("payoff-b", second);
  const body = h("div");
  const [xs, ys] = result.values;
  const cell = (point, country) => point.countries[country].welfare_pct;
  show(
    h("h1", {}, `Sweep: ${run.title || result.scenario}`),
    h("p", { className: "muted" }, `${result.points.length} point(s) over ${result.params.join(" × ")} · welfare, % change`,
      result.failed_points ? ` · ${result.failed_points} failed` : "", run.cached ? " · cached" : ""),
    h("div", { className: "row", style: "margin:.8rem 0" }, fileButtons(run, [["grid.csv", "CSV (grid)"], ["result.json", "JSON"]])),
    body);
  if (result.params.length === 1) {
    fill(body, h("section", { className: "card" }, h("h3", {}, `Welfare over ${result.params[0]}, % change`), h("div", { className: "chart", id: "chart-sweep" })));
    await Plotly.newPlot("chart-sweep", countries.map((c) => ({ type: "scatter", mode: "lines+markers", name: c,
      x: result.points.map((p) => p.params[result.params[0]]), y: result.points.map((p) => cell(p, c)), visible: [first, second].includes(c) ? true : "legendonly" })),
    { margin: { t: 10 }, height: 380, xaxis: { title: { text: result.params[0] } } }, PLOT_CONFIG);
    return;
  }
  const at = (i, j) => result.points[i * ys.length + j];
  const payoff = h("div", { className: "scroll" });
  const drawPayoff = () => fill(payoff, h("table", { className: "data", id: "payoff" },
    h("tr", {}, h("th", {}, `${result.params[0]} ↓ / ${result.params[1]} →`), ys.map((y) => h("th", {}, String(y)))),
    xs.map((x, i) => h("tr", {}, h("th", {}, String(x)), ys.map((y, j) => h("td", { dataset: { i, j } },
      signed(cell(at(i, j), a.value), pct(cell(at(i, j), a.value))), " / ", signed(cell(at(i, j), b.value), pct(cell(at(i, j), b.value)))))))));
  const drawHeat = () => Plotly.newPlot("chart-heatmap", [{ type: "heatmap", x: ys.map(String), y: xs.map(String),
    z: xs.map((_, i) => ys.map((_, j) => cell(at(i, j), heatFor.value))), colorscale: "RdBu", reversescale: true, zmid: 0,
    colorbar: { title: { text: "welfare %" } }, hovertemplate: `${result.params[0]} %{y}, ${result.params[1]} %{x}: %{z:.3f}%<extra></extra>` }],
  { margin: { t: 10, l: 70 }, height: 420, xaxis: { title: { text: result.params[1] }, type: "category" }, yaxis: { title: { text: result.params[0] }, type: "category" } }, PLOT_CONFIG);
  fill(body,
    h("section", { className: "card" }, h("div", { className: "row spread" }, h("h3", {}, "Heat map of welfare, % change"), labelled("Country", heatFor)),
      h("div", { className: "chart", id: "chart-heatmap" })),
    h("section", { className: "card" }, h("div", { className: "row spread" }, h("h3", {}, "Payoff matrix: welfare of each player, % change"),
      h("div", { className: "row" }, labelled("Player 1", a), labelled("Player 2", b))), payoff));
  heatFor.addEventListener("change", drawHeat);
  a.addEventListener("change", drawPayoff);
  b.addEventListener("change", drawPayoff);
  drawPayoff();
  await drawHeat();
}
