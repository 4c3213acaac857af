// tradewar's web app: strategic questions (Ossa 2014) on a data set or a scenario's state: a
// country's optimal tariffs, a trade war (Nash tariffs), trade talks from a threat point, and an
// escalation game (players move in turn by rules; deal vs no deal). Loaded after app.js and the
// builder's form helpers (labelled, fieldTarget); charts with the Plotly the server serves.
"use strict";

routes.push([/^#\/strategy(?:\/([0-9a-f]+))?$/, (m) => strategyView(m[1])]);

// The questions: the API's path under /runs and what the form calls it.
const QUESTIONS = [
  ["optimal-tariff", "Optimal tariffs of a country"],
  ["nash", "A trade war: Nash tariffs"],
  ["talks", "Trade talks from a threat point"],
  ["game", "An escalation game"],
];
// The kinds of run this page shows (runView hands them over).
const STRATEGY_RUNS = ["optimal_tariff", "nash", "talks", "game"];
const STRATEGY_TITLES = {
  optimal: "Optimal tariffs", nash: "Nash tariffs (a trade war)", cooperative: "Cooperative tariffs (trade talks)",
};
const GAME_RULES = [
  ["best-response", "best response"], ["tit-for-tat", "tit for tat"],
  ["proportional", "proportional: K times the rise"], ["fixed", "fixed: the rate R"],
];
const SCENARIO_STATE = "scenario-state"; // the world list's entry for "a scenario's state"
const LEGEND_ON_TOP = { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" };

function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function choice(id, field, options, value) {
  return h("select", { id, dataset: { field } },
    options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)));
}

const takesNumber = (rule) => rule === "proportional" || rule === "fixed";
// a rule's number as the API takes it: a fixed rate typed in percent is sent as a fraction
const ruleValue = (g) => {
  const typed = String(g.value).trim();
  return g.rule === "fixed" && typed !== "" && Number.isFinite(Number(typed)) ? String(+(Number(typed) / 100).toPrecision(12)) : typed;
};

async function strategyView(runId) {
  const [sets, library] = await Promise.all([datasets(), api("scenarios")]);
  const known = Object.fromEntries(sets.filter((d) => d.returns === "Baseline").map((d) => [d.name, d]));
  const worlds = ["ossa2014", "default"].filter((n) => n in known);
  const runnable = library.filter((s) => !(s.fill_in || []).length);

  const question = choice("st-question", "question", QUESTIONS, "optimal-tariff");
  const world = choice("st-data", "data", [
    ...worlds.map((n) => [n, `${n}: ${known[n].description.split(":")[0].slice(0, 60)}`]),
    [SCENARIO_STATE, "a scenario's state…"]], worlds[0]);
  const scenario = choice("st-scenario", "scenario_id", runnable.map((s) => [s.id, s.title || s.name]), "may-2019");
  const date = h("input", { id: "st-date", type: "date", dataset: { field: "date" } });
  const weights = choice("st-weights", "weights", [["plain", "plain: real income"], ["political", "political: Ossa's weights (his data)"]], "plain");
  const model = choice("st-model", "model", [["", "the world's own"], ["ossa", "Ossa (2014)"], ["armington", "Armington"], ["caliendo-parro", "Caliendo–Parro"]], "");
  const country = h("select", { id: "st-country", dataset: { field: "country" } });
  const form = choice("st-form", "form", [["bilateral", "a rate per partner and industry"], ["mfn", "a rate per industry (MFN)"], ["uniform", "a rate per partner"], ["flat", "one rate"]], "bilateral");
  const players = h("fieldset", { id: "st-players", className: "players", dataset: { field: "players" } });
  const against = choice("st-against", "against", [["all", "every country's goods"], ["players", "only each other's goods"]], "all");
  const threat = choice("st-threat", "threat", [["factual", "the world's tariffs"], ["nash", "the trade war (Nash)"], ["free-trade", "free trade"]], "factual");
  const rounds = h("input", { id: "st-rounds", type: "number", min: 1, step: 1, value: 2, dataset: { field: "rounds" } });
  const deal = h("input", { id: "st-deal", type: "checkbox", checked: true, dataset: { field: "deal" } });
  const movers = h("div", { id: "st-movers" });
  const messages = h("div", { id: "st-messages" });
  const result = h("div", { id: "st-result" });
  let codes = [];
  const game = [{ player: "USA", rule: "best-response", value: "" }, { player: "CHN", rule: "tit-for-tat", value: "" }];

  const drawMovers = () => fill(movers, game.map((g, i) => {
    const who = choice(`st-mover-${i}`, `players[${i}]`, codes.map((c) => [c, c]), g.player);
    g.player = who.value || g.player;
    who.addEventListener("change", () => { g.player = who.value; drawMovers(); });
    const rule = choice(`st-rule-${i}`, `rules.${g.player}`, GAME_RULES, g.rule);
    rule.addEventListener("change", () => { g.rule = rule.value; drawMovers(); });
    const value = h("input", { id: `st-rule-value-${i}`, type: "number", step: "any", value: g.value,
      dataset: { field: `rules.${g.player}.value` }, placeholder: g.rule === "fixed" ? "25" : "1: as much",
      oninput: (e) => { g.value = e.target.value; } });
    return h("div", { className: "row mover", dataset: { mover: i } },
      h("b", {}, `${i + 1}.`), labelled("Player", who), labelled("Rule", rule),
      takesNumber(g.rule) ? labelled(g.rule === "fixed" ? "Rate R (%)" : "K", value) : null,
      game.length > 2 ? h("button", { onclick: () => { game.splice(i, 1); drawMovers(); } }, "Remove") : null);
  }), h("button", { id: "st-add-player", onclick: () => {
    game.push({ player: codes.find((c) => !game.some((g) => g.player === c)) || codes[0], rule: "best-response", value: "" });
    drawMovers();
  } }, "+ Add a player"));

  const scenarioFields = h("div", { className: "fields", hidden: true },
    labelled("Scenario", scenario), labelled("State on (default: its end)", date));
  const loadWorld = async () => {
    const state = world.value === SCENARIO_STATE;
    scenarioFields.hidden = !state;
    const chosen = runnable.find((s) => s.id === scenario.value);
    const name = state ? (chosen ? chosen.baseline : "default") : world.value;
    try { codes = (await dataset(name)).countries.map((c) => c.code); } catch (err) { codes = []; }
    fill(country, codes.map((c) => h("option", { value: c, selected: c === "USA" }, c)));
    fill(players, h("legend", {}, "Players (none ticked: every country)"), codes.map((c) =>
      h("label", { className: "check" }, h("input", { type: "checkbox", value: c, checked: c === "USA" || c === "CHN" }), c)));
    drawMovers();
  };
  world.addEventListener("change", loadWorld);
  scenario.addEventListener("change", loadWorld);

  // each question's fields (the inputs kept, their labels made anew)
  const sections = {
    "optimal-tariff": () => h("div", { className: "fields" }, labelled("Country", country), labelled("Its tariffs", form)),
    nash: () => [players, h("div", { className: "fields" }, labelled("The players tax", against), labelled("Their tariffs", form))],
    talks: () => [players, h("div", { className: "fields" }, labelled("The players tax", against), labelled("Threat point", threat))],
    game: () => [movers, h("div", { className: "fields" }, labelled("Rounds (at most)", rounds),
      h("label", { className: "check", dataset: { for: "deal" } }, deal, "Also the deal: cooperative tariffs from the game's end"))],
  };
  const questionFields = h("div", { id: "st-question-fields" });
  const showQuestion = () => fill(questionFields, sections[question.value]());
  question.addEventListener("change", showQuestion);

  const body = () => {
    const out = { weights: weights.value };
    if (world.value === SCENARIO_STATE) {
      out.scenario_id = scenario.value;
      if (date.value) out.date = date.value;
    } else out.data = world.value;
    if (model.value) out.model = model.value;
    const q = question.value;
    if (q === "optimal-tariff") Object.assign(out, { country: country.value, form: form.value });
    if (q === "nash" || q === "talks") {
      const ticked = [...players.querySelectorAll("input:checked")].map((i) => i.value);
      if (ticked.length) out.players = ticked;
      out.against = against.value;
      if (q === "nash") out.form = form.value; else out.threat = threat.value;
    }
    if (q === "game") {
      Object.assign(out, {
        players: game.map((g) => g.player),
        rules: Object.fromEntries(game.map((g) => [g.player, takesNumber(g.rule) ? `${g.rule}:${ruleValue(g)}` : g.rule])),
        rounds: Number(rounds.value), deal: deal.checked,
      });
    }
    return out;
  };
  const page = h("div", { id: "st-page" });
  const clearErrors = () => {
    messages.replaceChildren();
    for (const node of page.querySelectorAll(".invalid")) node.classList.remove("invalid");
    for (const node of page.querySelectorAll(".field-error")) node.remove();
  };
  const markErrors = (err) => {
    clearErrors();
    messages.append(problemList(err));
    for (const p of err.problems || []) {
      const target = fieldTarget(page, p.field || "");
      if (!target) continue;
      target.classList.add("invalid");
      (target.closest("label, fieldset") || target).append(h("span", { className: "field-error" }, p.message));
    }
    messages.scrollIntoView({ behavior: "smooth", block: "nearest" });
  };
  let ticket = 0; // a newer run replaces the one followed
  const follow = async (run) => {
    const mine = ++ticket;
    const alive = () => mine === ticket && location.hash.startsWith("#/strategy");
    const ended = await followRun(run, result, alive);
    if (ended && alive()) await showStrategyRun(ended, result);
  };
  const go = h("button", { id: "st-run", className: "primary", onclick: async () => {
    clearErrors();
    let run;
    try {
      run = await api(`runs/${question.value}`, { method: "POST", json: body() });
    } catch (err) {
      if (err.status === 409 && err.error.run) run = err.error.run;
      else { markErrors(err); return; }
    }
    history.replaceState(null, "", `#/strategy/${run.id}`);
    await follow(run);
  } }, "Run");

  fill(page,
    h("div", { className: "card" }, h("div", { className: "fields broad" },
      labelled("Question", question), labelled("World (data)", world), labelled("Weights", weights), labelled("Model", model)),
    scenarioFields),
    h("div", { className: "card" }, questionFields, h("p", {}, go)));
  show(
    h("h1", {}, "Strategy: what would governments do?"),
    h("p", { className: "muted" }, "Ossa's (2014) model of trade wars and trade talks: the tariffs that serve a country best ",
      "with the others' given, the tariffs of a trade war where each is a best response to the others', the deal ",
      "that leaves every player equally better off than a threat point, and a game of moves and answers."),
    page, messages, result);
  showQuestion();
  await loadWorld();
  if (runId) {
    const run = await api(`runs/${runId}`);
    if (!STRATEGY_RUNS.includes(run.kind)) { location.hash = `#/runs/${runId}`; return; }
    // the form asks the question of the run shown
    question.value = run.kind.replace("_", "-");
    showQuestion();
    await follow(run);
    const doc = await api(`runs/${runId}/result`).catch(() => null);
    if (doc) {
      const name = Object.keys(known).find((n) => String(doc.world || "").split(" ")[0] === n);
      if (name && worlds.includes(name) && world.value !== name) { world.value = name; await loadWorld(); }
      if (doc.weights) weights.value = doc.weights;
      if (run.kind === "optimal_tariff" && doc.players) country.value = doc.players[0];
      if (run.kind === "nash" || run.kind === "talks") {
        for (const box of players.querySelectorAll("input")) box.checked = doc.players.includes(box.value);
      }
      if (run.kind === "game") {
        game.splice(0, game.length, ...doc.players.map((p) => {
          const [rule, value] = String(doc.rules[p]).split(":");
          return { player: p, rule, value: value || "" };
        }));
        drawMovers();
      }
    }
  }
}

// follow a run until it ends, with its progress in box; the run, or null once abandoned
async function followRun(run, box, alive) {
  const bar = h("div", { style: "width:0%" });
  const stage = h("p", { className: "muted", id: "st-stage" });
  fill(box, h("div", { className: "card" }, h("div", { className: "progress", id: "st-progress" }, bar), stage,
    h("button", { id: "st-cancel", onclick: () => api(`runs/${run.id}/cancel`, { method: "POST" }).catch(alertError) }, "Cancel")));
  while (run.status === "queued" || run.status === "running") {
    bar.style.width = `${Math.round(run.progress * 100)}%`;
    stage.textContent = `${run.status}: ${run.stage} (${Math.round(run.progress * 100)}%)`;
    await new Promise((r) => setTimeout(r, 300));
    if (!alive()) return null;
    run = await api(`runs/${run.id}`);
  }
  return run;
}

// a strategy run on its own page (from the list of runs)
async function strategyRunView(run) {
  const mine = generation;
  const box = h("div", { id: "st-result" });
  show(h("h1", {}, run.title || run.scenario_name), h("p", {}, h("a", { href: "#/strategy" }, "Ask another question")), box);
  const ended = await followRun(run, box, () => mine === generation);
  if (ended) await showStrategyRun(ended, box);
}

async function showStrategyRun(run, box) {
  if (run.status !== "done") {
    fill(box, h("p", {}, statusBadge(run)),
      run.error ? problemList(new ApiError(422, { error: Object.assign({ detail: run.error.detail }, run.error) })) : null);
    return;
  }
  const doc = await api(`runs/${run.id}/result`);
  if (run.kind === "game") await gameResult(run, doc, box);
  else await questionResult(run, doc, box);
}

function strategyFiles(run, files) {
  return h("div", { className: "row", id: "st-downloads" }, files.map(([name, text]) =>
    h("button", { dataset: { file: name }, onclick: () => download(`${API}/runs/${run.id}/files/${name}`, `${run.kind}-${run.id.slice(0, 8)}-${name}`).catch(alertError) }, text)));
}

// the industries' names by code where the world's data name them (Ossa's GTAP codes: ric, v_f
// ...), in plain words: "nec" (not elsewhere classified) as "other", a space after each comma
async function industryNames(doc) {
  const described = await dataset(String(doc.world || "").split(" ")[0]).catch(() => null);
  return Object.fromEntries(Object.entries((described && described.sector_names) || {}).map(([code, name]) =>
    [code, name.replace(/,(?=\S)/g, ", ").replace(/^(.*) nec$/, "$1, other")]));
}

// the tariffs as a heat map: one country's by partner and industry, or several countries' by
// partner (the median over industries), in percent
function tariffGrid(doc, names = {}) {
  if (doc.players.length === 1) {
    const c = doc.players[0];
    const partners = Object.keys(doc.tariffs[c]);
    const industries = Object.keys(doc.tariffs[c][partners[0]] || {});
    const labels = industries.map((s) => names[s] || s);
    return { title: `${c}'s tariffs by partner and industry, %`, x: industries, y: partners, labels,
      z: partners.map((p) => industries.map((s) => 100 * doc.tariffs[c][p][s])), xTitle: "industry", yTitle: `on goods from` };
  }
  const all = Object.keys(doc.welfare_pct);
  return { title: "Tariffs of each player (row) on each partner's goods (column): median over industries, %", x: all, y: doc.players,
    z: doc.players.map((c) => all.map((p) => (c === p ? null : median(Object.values(doc.tariffs[c][p]).map((v) => 100 * v))))),
    xTitle: "on goods from", yTitle: "tariffs of", text: true };
}

// the solver's verdict in words; its own message (SciPy's "CONVERGENCE: RELATIVE REDUCTION OF
// F <= FACTR*EPSMCH" ...) in a tooltip and behind a click
function solverNote(doc) {
  return h("div", { className: "muted", id: "st-solver", title: doc.message },
    h("p", {}, doc.converged ? `Converged: the solver met its tolerance after ${doc.iterations} iteration(s).`
      : `Did not converge: the solver stopped after ${doc.iterations} iteration(s) short of its tolerance.`),
    doc.message ? h("details", {}, h("summary", {}, "The solver's own message"), h("code", {}, doc.message)) : null);
}

async function questionResult(run, doc, box) {
  const grid = tariffGrid(doc, doc.players.length === 1 ? await industryNames(doc) : {});
  const countries = Object.keys(doc.welfare_pct).sort((a, b) => doc.welfare_pct[a] - doc.welfare_pct[b]);
  const gains = doc.gain_pct ? [["gain_pct", "gain (govt) %"], ["welfare_gain_pct", "gain (welfare) %"]] : [];
  const columns = [["welfare_pct", "welfare %"], ["government_welfare_pct", "government welfare %"], ...gains];
  const kpis = doc.players.slice(0, 8).map((c) => h("div", { className: "kpi" },
    h("span", { className: "muted" }, `${c} welfare`), h("b", {}, signed(doc.welfare_pct[c], `${pct(doc.welfare_pct[c])}%`)),
    h("span", { className: "muted" }, `median tariff ${doc.median_tariff_pct[c].toFixed(1)}%`)));
  fill(box,
    h("h2", {}, `${STRATEGY_TITLES[doc.kind] || doc.kind} on ${doc.world}`),
    h("p", { className: "muted", id: "st-summary" }, `${doc.weights} weights · players: ${doc.players.join(", ")} · `,
      `${doc.converged ? "converged" : "NOT converged"} after ${doc.iterations} iteration(s) in ${doc.seconds.toFixed(1)} s`,
      doc.threat ? ` · threat point: ${doc.threat}` : "", run.cached ? " · cached" : "", ` · run ${run.id.slice(0, 8)}`),
    doc.converged ? null : h("p", { className: "problems", title: doc.message },
      "The solver did not converge: the tariffs shown are the best it found, not an answer."),
    h("div", { className: "kpis" }, kpis),
    h("div", { className: "row", style: "margin:.8rem 0" }, strategyFiles(run, [["countries.csv", "CSV (by country)"], ["tariffs.csv", "CSV (tariffs)"], ["result.json", "JSON"]])),
    h("section", { className: "card" }, h("h3", {}, grid.title), h("div", { className: "chart", id: "chart-tariffs" })),
    h("div", { className: doc.rounds ? "grid2" : "" },
      h("section", { className: "card" }, h("h3", {}, "Welfare and government welfare by country, % change"), h("div", { className: "chart", id: "chart-payoffs" })),
      doc.rounds ? h("section", { className: "card" }, h("h3", {}, "The rounds: largest tariff change"), h("div", { className: "chart", id: "chart-rounds" })) : null),
    h("div", { className: "scroll" }, h("table", { className: "data", id: "st-table" },
      h("tr", {}, h("th", {}, "country"), columns.map(([, t]) => h("th", {}, t)), h("th", {}, "median tariff %")),
      [...countries].reverse().map((c) => h("tr", { dataset: { country: c }, className: doc.players.includes(c) ? "player" : "" },
        h("td", {}, doc.players.includes(c) ? h("b", {}, c) : c),
        columns.map(([key]) => h("td", { dataset: { key } }, signed(doc[key][c], pct(doc[key][c])))),
        h("td", { dataset: { key: "median_tariff_pct" } }, doc.median_tariff_pct[c] === null ? "–" : doc.median_tariff_pct[c].toFixed(1)))))),
    solverNote(doc));

  await Plotly.newPlot("chart-tariffs", [{ type: "heatmap", x: grid.x, y: grid.y, z: grid.z, colorscale: "YlOrRd", reversescale: true,
    zmin: 0, hoverongaps: false, colorbar: { title: { text: "%" }, thickness: 12 },
    texttemplate: grid.text ? "%{z:.1f}" : undefined, customdata: grid.labels ? grid.y.map(() => grid.labels) : undefined,
    hovertemplate: `%{y} on %{${grid.labels ? "customdata" : "x"}}: %{z:.1f}%<extra></extra>` }],
  { margin: { l: 60, r: 10, t: 10, b: 70 }, height: Math.max(260, 26 * grid.y.length + (grid.labels ? 300 : 140)),
    xaxis: { title: { text: grid.xTitle }, type: "category", tickangle: grid.x.length > 10 ? -60 : 0, automargin: true,
      ...(grid.labels ? { tickmode: "array", tickvals: grid.x, ticktext: grid.labels } : {}) },
    yaxis: { title: { text: grid.yTitle }, type: "category", autorange: "reversed" } }, PLOT_CONFIG);
  await Plotly.newPlot("chart-payoffs", [
    { type: "bar", orientation: "h", name: "welfare", y: countries, x: countries.map((c) => doc.welfare_pct[c]), marker: { color: "#1d4e89" },
      hovertemplate: "%{y}: %{x:.3f}%<extra>welfare</extra>" },
    { type: "bar", orientation: "h", name: "government welfare", y: countries, x: countries.map((c) => doc.government_welfare_pct[c]), marker: { color: "#e9a23b" },
      hovertemplate: "%{y}: %{x:.3f}%<extra>government welfare</extra>" },
  ], { barmode: "group", margin: { l: 50, r: 10, t: 30, b: 40 }, height: Math.max(300, 36 * countries.length + 80),
    legend: LEGEND_ON_TOP, xaxis: { title: { text: "% change" }, zeroline: true } }, PLOT_CONFIG);
  if (doc.rounds) {
    await Plotly.newPlot("chart-rounds", [{ type: "scatter", mode: "lines+markers", x: doc.rounds.map((r) => r.iteration),
      y: doc.rounds.map((r) => r.max_change), hovertemplate: "round %{x}: %{y:.2e}<extra></extra>" }],
    { margin: { l: 60, r: 10, t: 10, b: 40 }, height: 300, xaxis: { title: { text: "round" }, dtick: 1 },
      yaxis: { type: "log", title: { text: "largest change" } } }, PLOT_CONFIG);
  }
}

// each player's mean tariff on each opponent at the start (the data's own tariffs, before any
// move; older results lack them) and after every move (carried over the others' moves)
function gamePaths(doc) {
  const start = doc.start_tariffs_pct || null;
  const traces = [];
  for (const p of doc.players) {
    for (const o of doc.players.filter((x) => x !== p)) {
      let now = start && start[p] ? start[p][o] : null;
      const after = doc.moves.map((m) => { if (m.player === p) now = m.tariffs_pct[o]; return now; });
      traces.push({ name: `${p} on ${o}`, y: start ? [start[p][o], ...after] : after });
    }
  }
  return traces;
}

async function gameResult(run, doc, box) {
  const players = doc.players;
  const moves = doc.moves.map((m) => `${m.round}·${m.player}`);
  const last = doc.moves[doc.moves.length - 1];
  const withDeal = doc.deal !== undefined;
  fill(box,
    h("h2", {}, `Escalation game on ${doc.world}`),
    h("p", { className: "muted", id: "st-summary" }, players.map((p) => `${p} (${doc.rules[p]})`).join(", "),
      ` · ${doc.message} · ${doc.seconds.toFixed(1)} s`, run.cached ? " · cached" : "", ` · run ${run.id.slice(0, 8)}`),
    h("div", { className: "row", style: "margin:.8rem 0" }, strategyFiles(run, [["path.csv", "CSV (the path)"], ["result.json", "JSON"]])),
    h("div", { className: "grid2" },
      h("section", { className: "card" }, h("h3", {}, "Tariffs after each move: mean on the opponent, %"), h("div", { className: "chart", id: "chart-game-tariffs" }),
        h("p", { className: "muted caption", id: "game-tariffs-caption" }, "Each mover's trade-weighted mean tariff on the opponent's goods, ",
          doc.start_tariffs_pct ? "starting from the data's own tariffs (\"start\", before any move)" : "after its first move (this result has no start)",
          "; the axis starts at zero.")),
      h("section", { className: "card" }, h("h3", {}, "Welfare after each move, % change from the start"), h("div", { className: "chart", id: "chart-game-welfare" }))),
    withDeal ? h("section", { className: "card" }, h("h3", {}, "Deal vs no deal: welfare, % change from the start"),
      h("div", { className: "chart", id: "chart-deal" }),
      h("div", { className: "scroll" }, h("table", { className: "data", id: "game-deal" },
        h("tr", {}, ["player", "no deal (the game's end) %", "deal %", "gain of the deal on no deal %"].map((t) => h("th", {}, t))),
        players.map((p) => h("tr", { dataset: { country: p } }, h("td", {}, p),
          h("td", { dataset: { key: "no_deal" } }, signed(last.welfare_pct[p], pct(last.welfare_pct[p]))),
          h("td", { dataset: { key: "deal" } }, signed(doc.deal.welfare_pct[p], pct(doc.deal.welfare_pct[p]))),
          h("td", { dataset: { key: "gain" } }, signed(doc.deal.gain_from_no_deal_pct[p], pct(doc.deal.gain_from_no_deal_pct[p]))))))),
      doc.deal.converged ? null : h("p", { className: "problems" }, "The talks did not converge: the deal is the best found.")) : null,
    h("h3", {}, "The path"),
    h("div", { className: "scroll" }, h("table", { className: "data", id: "game-path" },
      h("tr", {}, ["round", "player", "rule", "tariffs"].map((t) => h("th", {}, t)), players.map((p) => h("th", {}, `${p} welfare %`))),
      doc.moves.map((m, i) => h("tr", { dataset: { move: i } }, h("td", {}, String(m.round)), h("td", {}, m.player), h("td", {}, m.rule),
        h("td", {}, Object.entries(m.tariffs_pct).map(([o, v]) => `${o} ${v.toFixed(1)}%`).join(", ")),
        players.map((p) => h("td", { dataset: { key: p } }, signed(m.welfare_pct[p], pct(m.welfare_pct[p])))))))));

  const layout = (title) => ({ margin: { l: 55, r: 10, t: 30, b: 50 }, height: 320, legend: LEGEND_ON_TOP,
    xaxis: { type: "category", title: { text: "move (round·player)" } }, yaxis: { title: { text: title } } });
  const tariffLayout = layout("tariff %");
  tariffLayout.xaxis.title.text = "move (round·player), from the start";
  tariffLayout.yaxis.rangemode = "tozero";
  const steps = doc.start_tariffs_pct ? ["start", ...moves] : moves;
  await Plotly.newPlot("chart-game-tariffs", gamePaths(doc).map((t) => ({ type: "scatter", mode: "lines+markers", x: steps, y: t.y, name: t.name,
    hovertemplate: `${t.name}: %{y:.1f}%<extra>%{x}</extra>` })), tariffLayout, PLOT_CONFIG);
  await Plotly.newPlot("chart-game-welfare", players.map((p) => ({ type: "scatter", mode: "lines+markers", x: moves, name: p,
    y: doc.moves.map((m) => m.welfare_pct[p]), hovertemplate: `${p}: %{y:.3f}%<extra>%{x}</extra>` })), layout("welfare %"), PLOT_CONFIG);
  if (withDeal) {
    await Plotly.newPlot("chart-deal", [
      { type: "bar", name: "no deal: the game's end", x: players, y: players.map((p) => last.welfare_pct[p]), marker: { color: "#d1495b" } },
      { type: "bar", name: "deal", x: players, y: players.map((p) => doc.deal.welfare_pct[p]), marker: { color: "#2a9d8f" } },
    ], { barmode: "group", margin: { l: 55, r: 10, t: 30, b: 40 }, height: 300, legend: LEGEND_ON_TOP,
      yaxis: { title: { text: "welfare %" }, zeroline: true } }, PLOT_CONFIG);
  }
}
