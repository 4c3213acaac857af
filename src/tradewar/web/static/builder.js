// tradewar's web app: the scenario builder. Forms for every field of the scenario format
// (docs/scenarios.md): the world or a gravity table whose trade costs are estimated, the start
// (the data, a named state, or another scenario's state on a date), the model, and every kind
// of action with each of its ways of saying how much (one rate or a rate per sector, a cost
// change, a partial effect or regressors, a change or a level of purchases). The fields
// (fields.js) are named as the API names them, so that an error is shown beside its field.
// Loaded after app.js and fields.js.
"use strict";

const KINDS = ["tariff", "export_control", "trade_cost", "purchase_commitment", "currency"];

const NEW_ACTION = {
  tariff: () => ({ kind: "tariff", imposer: "USA", partners: ["CHN"], sectors: "goods", add: 0.1 }),
  export_control: () => ({ kind: "export_control", exporter: "USA", partners: ["CHN"], sectors: ["electronics"], coverage_share: 0.3 }),
  trade_cost: () => ({ kind: "trade_cost", exporters: ["USA"], importers: ["CHN"], sectors: "all", change: 0.1 }),
  purchase_commitment: () => ({ kind: "purchase_commitment", buyer: "CHN", seller: "USA", sectors: ["agriculture"], amount_usd: 10e9 }),
  currency: () => ({ kind: "currency", country: "CHN", change: 0.02 }),
};

//: The named start states of the default world (tradewar.data.build.start_states).
const START_STATES = [["pre-war-2017", "pre-war-2017: US and Chinese tariffs of 2017"]];

function today() { return new Date().toISOString().slice(0, 10); }

function blankScenario() {
  return {
    name: "my-scenario", title: "My scenario", baseline: "default", start: "data",
    model: { kind: "caliendo-parro", deficits: "fixed" },
    actions: [Object.assign({ date: today(), label: "US tariff on China" }, NEW_ACTION.tariff())],
  };
}

// the variables of a gravity formula: "trade ~ ln_DIST + CNTG | exporter + importer" -> [ln_DIST, CNTG]
function formulaVariables(formula) {
  const right = String(formula || "").split("~")[1] || "";
  return right.split("|")[0].split("+").map((v) => v.trim()).filter((v) => /^[A-Za-z_][\w]*$/.test(v));
}

// One of several ways of giving a thing (a rate set or added; a cost change, a partial effect
// or regressors ...): the way the draft gives it, else the one chosen last (a way whose fields
// are still empty). ways: [[way, label, its fields]]; `carry`: the value moves to the new way's
// first field.
const chosenWays = new WeakMap();
function wayField(owner, field, text, ways, carry = false) {
  const given = ways.find(([, , keys]) => keys.some((k) => owner[k] !== undefined));
  const remembered = (chosenWays.get(owner) || {})[field];
  const way = given ? given[0] : remembered !== undefined ? remembered : ways[0][0];
  const select = labelled(text, h("select", {
    dataset: { field },
    onchange: (e) => {
      const from = ways.find(([w]) => w === way)[2];
      const value = carry && from.length ? owner[from[0]] : undefined;
      for (const [, , keys] of ways) for (const k of keys) delete owner[k];
      const to = ways.find(([w]) => w === e.target.value);
      if (value !== undefined && to[2].length) owner[to[2][0]] = value;
      chosenWays.set(owner, Object.assign(chosenWays.get(owner) || {}, { [field]: e.target.value }));
      rerender();
    },
  }, ways.map(([w, label]) => h("option", { value: w, selected: w === way }, label))));
  return [way, select];
}

function tariffFields(draft, i, world, a, path) {
  const sectors = sectorsOf(a.sectors, world);
  const [mode, rate] = wayField(a, `actions[${i}].rate_mode`, "Rate", [["add", "raise by", ["add"]], ["set", "set to", ["set"]]], true);
  const [coverage, covered] = wayField(a, `actions[${i}].coverage_mode`, "Imports covered", [
    ["all", "all imports of these sectors", []],
    ["share", "a share of each sector's imports", ["covered_share"]],
    ["usd", "a value of imports", ["coverage_usd", "coverage_by_sector"]]]);
  const fields = [countryField(draft, path("imposer"), "Imposed by", world),
    countriesField(draft, path("partners"), "On goods from", world),
    sectorsField(draft, path("sectors"), world, ["add", "set", "covered_share", "coverage_by_sector"]),
    rate, ...bySectorField(draft, path(mode), mode === "add" ? "Tariff points" : "Tariff", sectors), covered];
  if (coverage === "share") {
    fields.push(...bySectorField(draft, path("covered_share"), "Share covered", sectors, { attrs: { min: 0, max: 100 } }));
  } else if (coverage === "usd") {
    fields.push(billionsField(draft, path("coverage_usd"), "Imports covered a year"),
      ...bySectorField(draft, path("coverage_by_sector"), "Split across sectors", sectors,
        { none: "in proportion to imports", single: false, attrs: { min: 0, max: 100 } }));
  }
  return fields;
}

function exportControlFields(draft, i, world, a, path) {
  const [measure, how] = wayField(a, `actions[${i}].measure_mode`, "The control", [
    ["coverage_share", "a share of the flow blocked", ["coverage_share"]],
    ["coverage_usd", "a value blocked a year", ["coverage_usd"]],
    ["tariff_equivalent", "a tariff equivalent", ["tariff_equivalent"]]]);
  const amount = {
    coverage_share: () => percentField(draft, path("coverage_share"), "Share of the flow blocked", { min: 0, max: 100 }),
    coverage_usd: () => billionsField(draft, path("coverage_usd"), "Value blocked a year"),
    tariff_equivalent: () => percentField(draft, path("tariff_equivalent"), "Tariff equivalent", { min: 0 }),
  }[measure]();
  return [countryField(draft, path("exporter"), "Exporter", world),
    countriesField(draft, path("partners"), "To", world), sectorsField(draft, path("sectors"), world), how, amount,
    selectField(draft, path("rents"), "Scarcity rents go to", [["exporter", "the exporter"], ["importer", "the importer"], ["none", "nobody"]])];
}

function tradeCostFields(draft, i, world, a, path) {
  const [measure, how] = wayField(a, `actions[${i}].measure_mode`, "The change", [
    ["change", "a cost change", ["change"]],
    ["partial_effect", "a partial effect (log change of trade)", ["partial_effect"]],
    ["regressors", "regressors set to values", ["regressors"]],
    ["regressors_of_year", "regressors of another year", ["regressors_of_year", "variables"]]]);
  const names = formulaVariables(draft.trade_costs && draft.trade_costs.formula);
  const amount = {
    change: () => [percentField(draft, path("change"), "Cost change")],
    partial_effect: () => [numberField(draft, path("partial_effect"), "Log change of trade at constant prices")],
    regressors: () => [namedNumbersField(draft, path("regressors"), "Regressors of the trade_costs formula, set to", names)],
    regressors_of_year: () => [numberField(draft, path("regressors_of_year"), "Year of their values", { step: 1 }),
      namesField(draft, path("variables"), `Variables (names${names.length ? `: ${names.join(", ")}` : ""})`)],
  }[measure]();
  return [countriesField(draft, path("exporters"), "Exporters", world),
    countriesField(draft, path("importers"), "Importers", world), sectorsField(draft, path("sectors"), world),
    how, ...amount, checkField(draft, path("symmetric"), "Both directions")];
}

function purchaseFields(draft, i, world, a, path) {
  const [commitment, how] = wayField(a, `actions[${i}].commitment_mode`, "Commitment", [
    ["amount", "a change of purchases", ["amount_usd"]],
    ["level", "a level of purchases", ["level_usd", "reference_year", "reference_usd"]]]);
  const amount = commitment === "amount"
    ? [billionsField(draft, path("amount_usd"), "Extra purchases a year")]
    : [billionsField(draft, path("level_usd"), "Purchases a year"),
      numberField(draft, path("reference_year"), "Stated against the year (optional)", { step: 1 }),
      billionsField(draft, path("reference_usd"), "Purchases in that year")];
  return [countryField(draft, path("buyer"), "Buyer", world), countryField(draft, path("seller"), "Seller", world),
    sectorsField(draft, path("sectors"), world), how, ...amount,
    percentField(draft, path("compliance"), "Share carried out", { min: 0, max: 100 })];
}

function currencyFields(draft, i, world, a, path) {
  return [countryField(draft, path("country"), "Country", world),
    percentField(draft, path("change"), "Depreciation against the dollar"),
    selectField(draft, path("model_as"), "Modelled as", [["recorded", "recorded (no real effect)"], ["trade_balance", "a trade-balance change"], ["tariff_equivalent", "a tariff equivalent"]]),
    billionsField(draft, path("balance_change_usd"), "Trade-balance change a year")];
}

const ACTION_FIELDS = {
  tariff: tariffFields, export_control: exportControlFields, trade_cost: tradeCostFields,
  purchase_commitment: purchaseFields, currency: currencyFields,
};

// the fields of an action's kind; each form gets the action and the path of its fields
function actionFields(draft, i, world) {
  const a = draft.actions[i];
  const form = ACTION_FIELDS[a.kind];
  return form ? form(draft, i, world, a, (...p) => ["actions", i, ...p])
    : [h("p", { className: "muted" }, `edit this ${a.kind} action in YAML`)];
}

function actionCard(draft, i, world) {
  const a = draft.actions[i];
  return h("div", { className: "card action", dataset: { index: i, field: `actions[${i}]` } },
    h("div", { className: "row spread" },
      h("strong", {}, `Action ${i + 1}`),
      h("button", { className: "danger", onclick: () => { draft.actions.splice(i, 1); rerender(); } }, "Remove")),
    h("div", { className: "fields" },
      labelled("Kind", bound(draft, ["actions", i, "kind"], (v) => h("select", {
        onchange: (e) => {
          const keep = { date: a.date, label: a.label, note: a.note };
          draft.actions[i] = Object.assign(keep, NEW_ACTION[e.target.value]());
          rerender();
        },
      }, KINDS.map((k) => h("option", { value: k, selected: k === v }, k.replace("_", " ")))))),
      actionDate(draft, i, world),
      textField(draft, ["actions", i, "label"], "Label"),
      ...actionFields(draft, i, world),
      h("div", { className: "wide" }, textField(draft, ["actions", i, "note"], "Note"))));
}

// the year of the world the draft starts from when it starts from the data as it is, else null
function dataStartYear(draft, world) {
  const start = draft.start === undefined ? (draft.extends ? null : "data") : draft.start;
  return start === "data" && world && world.year ? world.year : null;
}

// an action's date, with a warning (not an error: the scenario is valid) when it falls before the
// year of the data the story starts from
function actionDate(draft, i, world) {
  const field = textField(draft, ["actions", i, "date"], "Date", { type: "date" });
  const input = field.querySelector("input");
  const warning = h("span", { className: "field-warning", role: "status" });
  const check = () => {
    const year = dataStartYear(draft, world);
    const early = year !== null && /^\d{4}-/.test(input.value) && Number(input.value.slice(0, 4)) < year;
    warning.hidden = !early;
    warning.textContent = early ? `Before the data year ${year}: the story starts from the world of ${year}, ` +
      `its tariffs included, and this action is added on top of it.` : "";
  };
  input.addEventListener("input", check);
  input.addEventListener("change", check);
  check();
  field.append(warning);
  return field;
}

// where the story starts: the data year, a named state, another (built-in) scenario's state on a
// date, or (extending a scenario) its start; a start of actions of its own is kept as it is
// (edited in YAML)
function startFields(draft, library, world) {
  const inherits = draft.start === undefined && draft.extends;
  const start = draft.start === undefined ? "data" : draft.start;
  const form = inherits ? "inherit" : typeof start === "string" ? start
    : start.scenario !== undefined ? "scenario" : start.actions !== undefined ? "actions" : start.state || "data";
  const builtins = library.filter((s) => s.builtin);
  const choices = [...(draft.extends ? [["inherit", `as ${draft.extends} starts`]] : []),
    ["data", world && world.year ? `the data year (${world.year}) as it is` : "the data year as it is"], ...START_STATES, ["scenario", "another scenario's state on a date"]];
  if (form === "actions") choices.push(["actions", "actions of its own (edit them in YAML)"]);
  else if (!choices.some(([v]) => v === form)) choices.push([form, form]);
  const select = labelled("Start from", h("select", {
    dataset: { field: "start" },
    onchange: (e) => {
      const first = builtins[0] || {};
      if (e.target.value === "inherit") delete draft.start;
      else draft.start = e.target.value === "scenario" ? { scenario: first.name, date: first.last_date || undefined } : e.target.value;
      rerender();
    },
  }, choices.map(([v, t]) => h("option", { value: v, selected: v === form }, t))));
  if (form !== "scenario") return [select];
  const chosen = builtins.find((s) => s.name === start.scenario);
  return [select,
    selectField(draft, ["start", "scenario"], "Scenario", builtins.map((s) => [s.name, `${s.name} – ${s.title}`]), {
      onchange: (e) => {
        draft.start.scenario = e.target.value;
        const other = builtins.find((s) => s.name === e.target.value);
        if (!draft.start.date && other) draft.start.date = other.last_date || undefined;
        rerender();
      } }),
    textField(draft, ["start", "date"], "Its state on", { type: "date" }),
    chosen && chosen.first_date ? h("p", { className: "muted hint wide" },
      `${chosen.name}'s actions run from ${chosen.first_date} to ${chosen.last_date}; the start holds those dated up to this day, and this scenario's actions come after it.`) : null];
}

function modelFields(draft, world) {
  const model = () => draft.model || (draft.model = {});
  const fields = [
    selectField(draft, ["model", "kind"], "Model", [["caliendo-parro", "Caliendo–Parro (input–output)"], ["armington", "Armington"],
      ["ossa", "Ossa (2014)"], ["gravity", "structural gravity (one sector)"]], {
      onchange: (e) => {
        model().kind = e.target.value;
        if (e.target.value !== "gravity") { delete model().ge; delete model().reference; }
        rerender();
      } }),
    selectField(draft, ["model", "deficits"], "Deficits", [["fixed", "fixed"], ["zero", "zero"], ["multiplicative", "multiplicative"]])];
  if (draft.model && draft.model.kind === "gravity") {
    fields.push(selectField(draft, ["model", "ge"], "General equilibrium", [["full", "full"], ["conditional", "conditional"], ["book", "as the book computes it"]]),
      world.countries ? selectField(draft, ["model", "reference"], "Importer whose IMR is fixed", [["", "(none)"], ...world.countries.map((c) => [c.code, c.code])])
        : textField(draft, ["model", "reference"], "Importer whose IMR is fixed (code)"));
  }
  fields.push(...bySectorField(draft, ["model", "elasticities"], "Trade elasticity θ", world.sectors,
    { scale: 1, unit: "", none: "the data's", attrs: { min: 0 } }));
  return fields;
}

// the trade_costs section: a gravity table whose trade costs are estimated by PPML; the world
// is then built from it (one sector, its countries)
function tradeCostsCard(draft, tables, columns) {
  const on = h("label", { className: "check" }, h("input", { type: "checkbox", checked: !!draft.trade_costs, dataset: { field: "trade_costs_on" },
      onchange: (e) => {
        if (e.target.checked) {
          draft.trade_costs = { dataset: tables.length ? tables[0].name : undefined };
          draft.model = Object.assign({}, draft.model, { kind: "gravity" });
        } else {
          delete draft.trade_costs;
        }
        rerender();
      } }), "Estimate trade costs from a gravity table (PPML); the world is built from it");
  const tc = draft.trade_costs;
  if (!tc) return h("div", { className: "card", dataset: { field: "trade_costs" } }, on);
  const path = (key) => ["trade_costs", key];
  const [elasticity, which] = wayField(tc, "trade_costs.elasticity_mode", "Elasticity", [
    ["sigma", "σ, of substitution", ["sigma"]], ["theta", "θ, of trade (σ − 1)", ["theta"]]]);
  const shown = (columns || []).filter((c) => !/_FE\d+$/.test(c));
  return h("div", { className: "card", dataset: { field: "trade_costs" } }, on,
    h("div", { className: "fields" },
      selectField(draft, path("dataset"), "Gravity table", tables.map((d) => [d.name, `${d.name} – ${d.description.slice(0, 40)}`]), {
        onchange: (e) => { tc.dataset = e.target.value; rerender(); } }),
      h("div", { className: "wide" }, textField(draft, path("formula"), "Formula (pyfixest)", { placeholder: "trade ~ ln_DIST + CNTG | exporter + importer" }),
        shown.length ? h("p", { className: "muted hint" }, `columns: ${shown.join(", ")}`) : null),
      which, numberField(draft, path(elasticity), elasticity === "sigma" ? "σ" : "θ", { min: 0 }),
      numberField(draft, path("year"), "Year of the baseline flows (panels)", { step: 1 }),
      selectField(draft, path("flows"), "Baseline flows", [["observed", "observed"], ["fitted", "fitted by PPML"]]),
      checkField(draft, path("international_only"), "Estimate on international flows only"),
      textField(draft, path("vcov"), "Standard errors", { placeholder: "hetero, iid or cluster:COLUMN" }),
      textField(draft, path("exporter"), "Exporter column", { placeholder: "exporter" }),
      textField(draft, path("importer"), "Importer column", { placeholder: "importer" }),
      textField(draft, path("trade"), "Trade column", { placeholder: "trade" })));
}

// the world of the draft, as the forms need it: countries, sectors, goods; a world built from a
// gravity table has one sector and the table's countries: listed for a built-in table with the
// usual exporter and importer columns, typed otherwise
async function draftWorld(draft) {
  const tc = draft.trade_costs;
  if (tc) {
    const usual = (!tc.exporter || tc.exporter === "exporter") && (!tc.importer || tc.importer === "importer");
    const table = tc.dataset && usual ? await dataset(tc.dataset).catch(() => null) : null;
    return { countries: (table && table.countries) || null, sectors: ["all"], goods: ["all"] };
  }
  const baseline = typeof draft.baseline === "object" ? draft.baseline.name : draft.baseline || "default";
  return dataset(baseline).catch(() => dataset("default"));
}

// id: a built-in or stored scenario to open; from: a draft of the news reader ({scenario, fill_in})
async function builderView(id, from) {
  const [sets, library, loaded] = await Promise.all([
    datasets(), api("scenarios"), id ? api(`scenarios/${id}`) : Promise.resolve(null)]);
  const worlds = sets.filter((d) => d.returns === "Baseline" && d.kind !== "format");
  const tables = sets.filter((d) => d.returns === "DataFrame");
  let draft;
  let storedId = null;
  if (loaded && loaded.builtin) {
    draft = { name: `${loaded.name}-copy`, title: `${loaded.title} (copy)`, extends: loaded.name, actions: [] };
  } else if (loaded) {
    draft = JSON.parse(JSON.stringify(loaded.scenario));
    storedId = loaded.id;
  } else if (from && from.scenario) {
    draft = JSON.parse(JSON.stringify(from.scenario));
  } else {
    draft = blankScenario();
  }
  const messages = h("div", { id: "messages" });
  const form = h("div", { id: "builder" });
  const openBox = h("div", { id: "open-fields" });
  const mine = generation;
  // what to give in each open field: the draft's own comment (from the news page)
  const notes = Object.fromEntries(((from && from.fill_in) || []).map((p) => [p.field, p.message]));
  const markOpen = () => {
    for (const node of form.querySelectorAll(".fill-note")) node.remove();
    for (const input of form.querySelectorAll("[data-field]")) {
      const field = input.dataset.field;
      const open = valueAt(draft, fieldPath(field)) === FILL_IN;
      input.classList.toggle("fill-in", open);
      if (open) {
        const label = input.closest("label");
        const unit = /\(%\)|\(\$ billion\)/.exec(label?.textContent || "");
        const note = notes[field] || "the report does not say";
        const said = unit && (unit[0] === "(%)" ? /percentage points|%/ : /billions of dollars/).test(note);
        label?.append(h("span", { className: "fill-note" },
          `fill in: ${note}`, unit && !said ? ` (here in ${unit[0].slice(1, -1)})` : ""));
      }
    }
    const open = openFields(draft);
    fill(openBox, open.length ? h("div", { className: "fill-box", role: "status" },
      h("strong", {}, `${open.length} field(s) to fill in`), ": what the report does not say.",
      h("ul", {}, open.map((field) => h("li", { dataset: { open: field } }, h("code", {}, field),
        notes[field] ? `: ${notes[field]}` : "",
        fieldTarget(form, field)?.dataset.field === field ? "" : " (not in the form: edit the YAML)")))) : null);
  };
  form.addEventListener("input", markOpen);
  form.addEventListener("change", markOpen);

  rerender = async () => {
    const world = await draftWorld(draft);
    const table = draft.trade_costs && draft.trade_costs.dataset;
    const columns = table ? (await dataset(table).catch(() => ({}))).columns : null;
    if (mine !== generation) return;
    const actions = (draft.actions || []).map((a, i) => actionCard(draft, i, world));
    fill(form,
      h("div", { className: "card" }, h("div", { className: "fields" },
        textField(draft, ["name"], "Name (a-z, 0-9, -)", { pattern: "[a-z0-9][a-z0-9\\-]*" }),
        textField(draft, ["title"], "Title"),
        draft.trade_costs ? h("p", { className: "muted" }, "World: built from the gravity table below")
          : selectField(draft, ["baseline"], "World (data)", worlds.map((d) => [d.name, `${d.name} – ${d.description.slice(0, 40)}`]), {
            onchange: (e) => { draft.baseline = e.target.value; rerender(); } }),
        ...startFields(draft, library, world),
        ...modelFields(draft, world),
        draft.extends ? labelled("Extends", h("input", { value: draft.extends, readOnly: true, dataset: { field: "extends" } })) : null)),
      tradeCostsCard(draft, tables, columns),
      h("h2", {}, "Actions"),
      actions.length ? actions : h("p", { className: "muted" }, "No actions of its own."),
      h("div", { className: "row" },
        h("button", { id: "add-action", onclick: () => {
          draft.actions = draft.actions || [];
          draft.actions.push(Object.assign({ date: today() }, NEW_ACTION.tariff()));
          rerender();
        } }, "+ Add an action")));
    markOpen();
  };

  const clearErrors = () => {
    messages.replaceChildren();
    for (const node of form.querySelectorAll(".invalid")) node.classList.remove("invalid");
    for (const node of form.querySelectorAll(".field-error")) node.remove();
  };
  const markErrors = (err) => {
    clearErrors();
    // each problem's field in words (its label on the form) beside its path
    for (const p of err.problems || []) {
      const target = problemTarget(form, p);
      const label = target && target.closest("label, fieldset");
      const card = target && target.closest(".action");
      const words = label ? [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || n.tagName === "LEGEND")
        .map((n) => n.textContent).join("").trim() : "";
      if (words) p.label = card ? `Action ${Number(card.dataset.index) + 1}, ${words}` : words;
    }
    messages.append(problemList(err));
    for (const p of err.problems || []) {
      const target = problemTarget(form, p);
      if (!target) {
        messages.querySelector(".problems ul")?.children[err.problems.indexOf(p)]
          ?.append(h("span", { className: "muted" }, " (not on the form: fix it in the YAML)"));
        continue;
      }
      target.classList.add("invalid");
      (target.closest("label, fieldset") || target).append(h("span", { className: "field-error" }, p.message));
    }
    messages.scrollIntoView({ behavior: "smooth" });
  };
  const act = (work) => async () => {
    clearErrors();
    try { await work(); } catch (err) { if (err instanceof ApiError) markErrors(err); else throw err; }
  };

  // a new scenario under the name of a saved one: replace that one, or rename this one
  const askReplace = async (err) => {
    const name = draft.name;
    const other = (await api("scenarios")).find((sc) => !sc.builtin && sc.name === name);
    markErrors(err);
    messages.append(h("div", { className: "row", id: "name-taken" },
      other ? h("button", { id: "replace-saved", className: "danger", onclick: act(async () => {
        const saved = await api(`scenarios/${other.id}`, { method: "PUT", json: { scenario: draft } });
        storedId = saved.id;
        messages.replaceChildren(h("p", { className: "ok" }, `Replaced the saved ${saved.name}.`));
      }) }, `Replace the saved ${name}`) : null,
      h("button", { id: "rename", onclick: () => {
        const input = form.querySelector("[data-field='name']");
        input.focus(); input.select();
      } }, "Give this one another name")));
  };

  // the name of a file whose import loaded nothing (the form is as it was), else null
  let importFailed = null;
  // a scenario file's data as far as the reader takes it: a top-level `key: value` line it refuses
  // (an unknown data set) is left out and read again, then given back as written (shown, marked
  // invalid); [data, {key: value as written}]
  const readAsFarAsPossible = async (text) => {
    const lines = text.split("\n");
    const rejected = {};
    for (let tries = 0; ; tries += 1) {
      try {
        const read = await api("scenarios/read", { method: "POST", json: { yaml: lines.join("\n") } });
        return [read.scenario, rejected];
      } catch (err) {
        if (!(err instanceof ApiError) || tries >= 5) throw err;
        const bad = (err.problems || []).map((p) => [p.line, /^([A-Za-z_]\w*):\s*(\S[^#]*?)\s*$/.exec(lines[p.line - 1] || "")]);
        if (!bad.length || bad.some(([, m]) => !m)) throw err;
        for (const [line, m] of bad) {
          rejected[m[1]] = m[2].replace(/^(['"])(.*)\1$/, "$2");
          lines[line - 1] = "";
        }
      }
    }
  };

  const fileInput = h("input", { type: "file", id: "import-file", accept: ".yaml,.yml,.json", hidden: true,
    onchange: act(async () => {
      const file = fileInput.files[0];
      if (!file) return;
      const text = await file.text();
      fileInput.value = "";
      let checked;
      importFailed = file.name;
      try {
        checked = await api("scenarios/validate", { method: "POST", json: { yaml: text } });
      } catch (err) {
        // an invalid scenario is loaded as written, so that its errors are corrected in the form
        if (!(err instanceof ApiError) || err.error.title !== "invalid scenario") throw err;
        const [read, rejected] = await readAsFarAsPossible(text);
        draft = read;
        storedId = null;
        // the other fields' errors too: the draft checked without the values the reader refused
        const rest = JSON.parse(JSON.stringify(draft));
        for (const key of Object.keys(rejected)) delete rest[key];
        const more = Object.keys(rejected).length
          ? await api("scenarios/validate", { method: "POST", json: { scenario: rest } }).then(() => [], (e) => e.problems || [])
          : [];
        const seen = new Set(err.problems.map((p) => `${p.field}|${p.message}`));
        for (const p of more) if (!seen.has(`${p.field}|${p.message}`)) { err.problems.push(p); seen.add(`${p.field}|${p.message}`); }
        Object.assign(draft, rejected);
        importFailed = null;
        err.error.title = `${file.name} is loaded with its errors: ${err.error.title}`;
        await rerender();
        throw err;
      }
      importFailed = null;
      draft = checked.scenario;
      storedId = null;
      await rerender();
      messages.replaceChildren(h("p", { className: "ok" }, `Imported ${file.name}: ${checked.actions} action(s).`));
    }) });

  show(
    h("h1", {}, storedId ? `Edit ${draft.title || draft.name}` : from && from.error ? "Fix the scenario of a failed run" : from ? "Review the draft from the news" : "Build a scenario"),
    h("p", { className: "muted" }, "Who acts, against whom, on which sectors, how much, and when. ",
      "Rates are in percentage points; money in billions of US dollars a year."),
    h("div", { className: "row" },
      h("button", { id: "validate", onclick: act(async () => {
        const checked = await api("scenarios/validate", { method: "POST", json: { scenario: draft } });
        messages.replaceChildren(h("p", { className: "ok" }, `Valid: ${checked.actions} action(s).`,
          importFailed ? ` This is the form as it was before: importing ${importFailed} failed and loaded nothing.` : ""));
      }) }, "Check"),
      h("button", { id: "save", onclick: act(async () => {
        let saved;
        try {
          saved = storedId
            ? await api(`scenarios/${storedId}`, { method: "PUT", json: { scenario: draft } })
            : await api("scenarios", { method: "POST", json: { scenario: draft } });
        } catch (err) {
          if (!(err instanceof ApiError) || err.status !== 409) throw err;
          await askReplace(err);
          return;
        }
        storedId = saved.id;
        messages.replaceChildren(h("p", { className: "ok" }, `Saved as ${saved.name}.`));
      }) }, "Save"),
      h("button", { id: "run", className: "primary", onclick: act(async () => {
        await startRun({ scenario: draft });
      }) }, "Run"),
      h("button", { id: "import", onclick: () => fileInput.click() }, "Import YAML"),
      h("button", { id: "export", onclick: act(async () => {
        const response = await request(`${API}/scenarios/export`, { method: "POST", json: { scenario: draft } });
        if (!response.ok) throw new ApiError(response.status, await response.json());
        const link = h("a", { href: URL.createObjectURL(await response.blob()), download: `${draft.name || "scenario"}.yaml` });
        document.body.append(link); link.click(); link.remove();
      }) }, "Export YAML"),
      fileInput),
    openBox, messages, form);
  await rerender();
  if (from && from.error) markErrors(new ApiError(422, { error: from.error }));
}
