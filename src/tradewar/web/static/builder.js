// tradewar's web app: the scenario builder (forms bound to a scenario's fields, each named as
// the API names it, so that an error is shown beside its field). Loaded after app.js.
"use strict";

const KINDS = ["tariff", "export_control", "trade_cost", "purchase_commitment", "currency"];

const NEW_ACTION = {
  tariff: () => ({ kind: "tariff", imposer: "USA", partners: ["CHN"], sectors: "goods", add: 0.1 }),
  export_control: () => ({ kind: "export_control", exporter: "USA", partners: ["CHN"], sectors: ["electronics"], coverage_share: 0.3 }),
  trade_cost: () => ({ kind: "trade_cost", exporters: ["USA"], importers: ["CHN"], sectors: "all", change: 0.1 }),
  purchase_commitment: () => ({ kind: "purchase_commitment", buyer: "CHN", seller: "USA", sectors: ["agriculture"], amount_usd: 10e9 }),
  currency: () => ({ kind: "currency", country: "CHN", change: 0.02 }),
};

function today() { return new Date().toISOString().slice(0, 10); }

function blankScenario() {
  return {
    name: "my-scenario", title: "My scenario", baseline: "default", start: "data",
    model: { kind: "caliendo-parro", deficits: "fixed" },
    actions: [Object.assign({ date: today(), label: "US tariff on China" }, NEW_ACTION.tariff())],
  };
}

// one form field bound to a path of the draft; data-field is the path as the API names it
function bound(draft, path, build) {
  const field = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
  const get = () => path.reduce((node, key) => (node == null ? undefined : node[key]), draft);
  const set = (value) => {
    let node = draft;
    for (const key of path.slice(0, -1)) {
      if (node[key] == null || typeof node[key] !== "object") node[key] = {};
      node = node[key];
    }
    if (value === undefined) delete node[path[path.length - 1]];
    else node[path[path.length - 1]] = value;
  };
  const input = build(get(), set);
  input.dataset.field = field;
  return input;
}

function labelled(text, input) {
  const wrap = h("label", { dataset: { for: input.dataset.field } }, text, input);
  return wrap;
}

function textField(draft, path, text, attrs = {}) {
  return labelled(text, bound(draft, path, (value, set) => h("input", Object.assign({
    value: value == null ? "" : String(value),
    oninput: (e) => set(e.target.value === "" ? undefined : e.target.value),
  }, attrs))));
}

function selectField(draft, path, text, options, attrs = {}) {
  return labelled(text, bound(draft, path, (value, set) => {
    const select = h("select", Object.assign({ onchange: (e) => set(e.target.value || undefined) }, attrs),
      options.map(([v, t]) => h("option", { value: v, selected: v === value }, t)));
    if (value !== undefined && !options.some(([v]) => v === value)) {
      select.append(h("option", { value, selected: true }, String(value)));
    }
    return select;
  }));
}

// a fraction shown as a percentage (0.1 ↔ 10)
function percentField(draft, path, text, attrs = {}) {
  return labelled(`${text} (%)`, bound(draft, path, (value, set) => h("input", Object.assign({
    type: "number", step: "any",
    value: typeof value === "number" ? String(+(value * 100).toPrecision(12)) : "",
    oninput: (e) => set(e.target.value === "" ? undefined : Number(e.target.value) / 100),
  }, attrs))));
}

// US dollars shown in billions
function billionsField(draft, path, text) {
  return labelled(`${text} ($ billion)`, bound(draft, path, (value, set) => h("input", {
    type: "number", step: "any",
    value: typeof value === "number" ? String(+(value / 1e9).toPrecision(12)) : "",
    oninput: (e) => set(e.target.value === "" ? undefined : Number(e.target.value) * 1e9),
  })));
}

function countryField(draft, path, text, world) {
  return selectField(draft, path, text, world.countries.map((c) => [c.code, `${c.code} – ${c.name}`]));
}

// several countries, or "all"
function countriesField(draft, path, text, world) {
  return labelled(`${text} (Ctrl/⌘ for several)`, bound(draft, path, (value, set) => {
    const chosen = value === "all" ? [] : [].concat(value || []);
    const select = h("select", {
      multiple: true,
      onchange: (e) => {
        const picked = [...e.target.selectedOptions].map((o) => o.value);
        set(picked.includes("all") ? "all" : picked);
      },
    }, h("option", { value: "all", selected: value === "all" }, "all other countries"),
    world.countries.map((c) => h("option", { value: c.code, selected: chosen.includes(c.code) }, `${c.code} – ${c.name}`)));
    return select;
  }));
}

function sectorsField(draft, path, world) {
  return labelled("Sectors (Ctrl/⌘ for several)", bound(draft, path, (value, set) => {
    const chosen = typeof value === "string" ? [value] : value || [];
    return h("select", {
      multiple: true,
      onchange: (e) => {
        const picked = [...e.target.selectedOptions].map((o) => o.value);
        set(picked.includes("goods") ? "goods" : picked.includes("all") ? "all" : picked);
      },
    }, h("option", { value: "goods", selected: chosen.includes("goods") }, "all goods sectors"),
    h("option", { value: "all", selected: chosen.includes("all") }, "all sectors"),
    world.sectors.map((s) => h("option", { value: s, selected: chosen.includes(s) }, s)));
  }));
}

function rateFields(draft, i) {
  const action = draft.actions[i];
  const mode = action.set !== undefined ? "set" : "add";
  const value = action[mode];
  const modeSelect = h("select", {
    dataset: { field: `actions[${i}].rate_mode` },
    onchange: (e) => {
      const v = action.add !== undefined ? action.add : action.set;
      delete action.add; delete action.set;
      action[e.target.value] = v === undefined ? 0.1 : v;
      rerender();
    },
  }, h("option", { value: "add", selected: mode === "add" }, "raise by"),
  h("option", { value: "set", selected: mode === "set" }, "set to"));
  const fields = [labelled("Rate", modeSelect)];
  if (typeof value === "object" && value !== null) {
    fields.push(h("p", { className: "muted" }, "rates by sector: edit them in YAML"));
  } else {
    fields.push(percentField(draft, ["actions", i, mode], "Tariff points"));
  }
  return fields;
}

function actionFields(draft, i, world) {
  const a = draft.actions[i];
  const path = (...p) => ["actions", i, ...p];
  switch (a.kind) {
    case "tariff":
      return [countryField(draft, path("imposer"), "Imposed by", world),
        countriesField(draft, path("partners"), "On goods from", world),
        sectorsField(draft, path("sectors"), world), ...rateFields(draft, i),
        percentField(draft, path("covered_share"), "Share of imports covered", { min: 0, max: 100 }),
        billionsField(draft, path("coverage_usd"), "or: imports covered")];
    case "export_control":
      return [countryField(draft, path("exporter"), "Exporter", world),
        countriesField(draft, path("partners"), "To", world), sectorsField(draft, path("sectors"), world),
        percentField(draft, path("coverage_share"), "Share of the flow blocked", { min: 0, max: 100 }),
        billionsField(draft, path("coverage_usd"), "or: value blocked a year"),
        percentField(draft, path("tariff_equivalent"), "or: tariff equivalent"),
        selectField(draft, path("rents"), "Scarcity rents go to", [["exporter", "the exporter"], ["importer", "the importer"], ["none", "nobody"]])];
    case "trade_cost":
      return [countriesField(draft, path("exporters"), "Exporters", world),
        countriesField(draft, path("importers"), "Importers", world), sectorsField(draft, path("sectors"), world),
        percentField(draft, path("change"), "Cost change"),
        labelled("Both directions", bound(draft, path("symmetric"), (v, set) => h("input", {
          type: "checkbox", checked: !!v, onchange: (e) => set(e.target.checked || undefined) })))];
    case "purchase_commitment":
      return [countryField(draft, path("buyer"), "Buyer", world), countryField(draft, path("seller"), "Seller", world),
        sectorsField(draft, path("sectors"), world),
        billionsField(draft, path("amount_usd"), "Extra purchases a year"),
        percentField(draft, path("compliance"), "Share carried out", { min: 0, max: 100 })];
    case "currency":
      return [countryField(draft, path("country"), "Country", world),
        percentField(draft, path("change"), "Depreciation against the dollar"),
        selectField(draft, path("model_as"), "Modelled as", [["recorded", "recorded (no real effect)"], ["trade_balance", "a trade-balance change"], ["tariff_equivalent", "a tariff equivalent"]]),
        billionsField(draft, path("balance_change_usd"), "Trade-balance change a year")];
    default:
      return [h("p", { className: "muted" }, `edit this ${a.kind} action in YAML`)];
  }
}

let rerender = () => {};

const FILL_IN = "FILL-IN";

// "actions[0].add" -> ["actions", 0, "add"]
function fieldPath(field) {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function valueAt(data, path) {
  return path.reduce((node, key) => (node == null ? undefined : node[key]), data);
}

// the fields of a news draft that the report does not give (their value is FILL-IN)
function openFields(value, field = "") {
  if (value === FILL_IN) return [field];
  if (Array.isArray(value)) return value.flatMap((v, i) => openFields(v, `${field}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => openFields(v, field ? `${field}.${k}` : k));
  }
  return [];
}

// the form field of an API field name, or of the nearest field above it
function fieldTarget(root, field) {
  let target = null;
  while (field && !(target = root.querySelector(`[data-field="${CSS.escape(field)}"]`))) {
    field = field.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
  }
  return target;
}

// id: a built-in or stored scenario to open; from: a draft of the news reader ({scenario, fill_in})
async function builderView(id, from) {
  const [sets, loaded] = await Promise.all([
    datasets(), id ? api(`scenarios/${id}`) : Promise.resolve(null)]);
  const worlds = sets.filter((d) => d.returns === "Baseline" && d.kind !== "format");
  let draft;
  let storedId = null;
  if (loaded && loaded.builtin) {
    draft = { name: `${loaded.name}-copy`, title: `${loaded.title} (copy)`, extends: loaded.name, actions: [] };
  } else if (loaded) {
    draft = JSON.parse(JSON.stringify(loaded.scenario));
    storedId = loaded.id;
  } else if (from) {
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
        label?.append(h("span", { className: "fill-note" },
          `fill in: ${notes[field] || "the report does not say"}`, unit ? ` (here in ${unit[0].slice(1, -1)})` : ""));
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
    const baseline = typeof draft.baseline === "object" ? draft.baseline.name : draft.baseline || "default";
    const world = await dataset(baseline).catch(() => dataset("default"));
    if (mine !== generation) return;
    const actions = (draft.actions || []).map((a, i) => h("div", { className: "card action", dataset: { index: i } },
      h("div", { className: "row spread" },
        h("strong", {}, `Action ${i + 1}`),
        h("button", { className: "danger", onclick: () => { draft.actions.splice(i, 1); rerender(); } }, "Remove")),
      h("div", { className: "fields" },
        labelled("Kind", bound(draft, ["actions", i, "kind"], (v) => h("select", {
          onchange: (e) => {
            const keep = { date: a.date, label: a.label };
            draft.actions[i] = Object.assign(keep, NEW_ACTION[e.target.value]());
            rerender();
          },
        }, KINDS.map((k) => h("option", { value: k, selected: k === v }, k.replace("_", " ")))))),
        textField(draft, ["actions", i, "date"], "Date", { type: "date" }),
        textField(draft, ["actions", i, "label"], "Label"),
        ...actionFields(draft, i, world))));
    fill(form,
      h("div", { className: "card" }, h("div", { className: "fields" },
        textField(draft, ["name"], "Name (a-z, 0-9, -)", { pattern: "[a-z0-9][a-z0-9-]*" }),
        textField(draft, ["title"], "Title"),
        selectField(draft, ["baseline"], "World (data)", worlds.map((d) => [d.name, `${d.name} – ${d.description.slice(0, 40)}`]), {
          onchange: (e) => { draft.baseline = e.target.value; rerender(); } }),
        labelled("Start", bound(draft, ["start"], (v, set) => h("input", {
          value: typeof v === "string" ? v : JSON.stringify(v || "data"), list: "starts",
          oninput: (e) => set(e.target.value || undefined) }))),
        selectField(draft, ["model", "kind"], "Model", [["caliendo-parro", "Caliendo–Parro (input–output)"], ["armington", "Armington"], ["ossa", "Ossa (2014)"]]),
        selectField(draft, ["model", "deficits"], "Deficits", [["fixed", "fixed"], ["zero", "zero"], ["multiplicative", "multiplicative"]]),
        draft.extends ? labelled("Extends", h("input", { value: draft.extends, readOnly: true, dataset: { field: "extends" } })) : null),
      h("datalist", { id: "starts" }, ["data", "pre-war-2017"].map((s) => h("option", { value: s })))),
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
    messages.append(problemList(err));
    for (const p of err.problems || []) {
      const target = fieldTarget(form, p.field || "");
      if (!target) continue;
      target.classList.add("invalid");
      target.closest("label")?.append(h("span", { className: "field-error" }, p.message));
    }
    messages.scrollIntoView({ behavior: "smooth" });
  };
  const act = (work) => async () => {
    clearErrors();
    try { await work(); } catch (err) { if (err instanceof ApiError) markErrors(err); else throw err; }
  };

  const fileInput = h("input", { type: "file", accept: ".yaml,.yml,.json", hidden: true,
    onchange: act(async () => {
      const file = fileInput.files[0];
      if (!file) return;
      const text = await file.text();
      const checked = await api("scenarios/validate", { method: "POST", json: { yaml: text } });
      draft = checked.scenario;
      storedId = null;
      messages.replaceChildren(h("p", { className: "ok" }, `Imported ${file.name}: ${checked.actions} action(s).`));
      rerender();
    }) });

  show(
    h("h1", {}, storedId ? `Edit ${draft.title || draft.name}` : from ? "Review the draft from the news" : "Build a scenario"),
    h("p", { className: "muted" }, "Who acts, against whom, on which sectors, how much, and when. ",
      "Rates are in percentage points; money in billions of US dollars a year."),
    h("div", { className: "row" },
      h("button", { id: "validate", onclick: act(async () => {
        const checked = await api("scenarios/validate", { method: "POST", json: { scenario: draft } });
        messages.replaceChildren(h("p", { className: "ok" }, `Valid: ${checked.actions} action(s).`));
      }) }, "Check"),
      h("button", { id: "save", onclick: act(async () => {
        const saved = storedId
          ? await api(`scenarios/${storedId}`, { method: "PUT", json: { scenario: draft } })
          : await api("scenarios", { method: "POST", json: { scenario: draft } });
        storedId = saved.id;
        messages.replaceChildren(h("p", { className: "ok" }, `Saved as ${saved.name}.`));
      }) }, "Save"),
      h("button", { id: "run", className: "primary", onclick: act(async () => {
        await startRun({ scenario: draft });
      }) }, "Run"),
      h("button", { onclick: () => fileInput.click() }, "Import YAML"),
      h("button", { id: "export", onclick: act(async () => {
        const response = await request(`${API}/scenarios/export`, { method: "POST", json: { scenario: draft } });
        if (!response.ok) throw new ApiError(response.status, await response.json());
        const link = h("a", { href: URL.createObjectURL(await response.blob()), download: `${draft.name || "scenario"}.yaml` });
        document.body.append(link); link.click(); link.remove();
      }) }, "Export YAML"),
      fileInput),
    openBox, messages, form);
  await rerender();
}
