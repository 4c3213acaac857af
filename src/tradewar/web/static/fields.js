// tradewar's web app: form fields bound to a draft scenario. Each input is named (data-field)
// as the API names its field (actions[0].add.electronics), so that an error the API reports is
// shown beside it; a control of the form alone (a choice between ways of giving a field) is
// named after the field with a suffix (actions[0].add_by). Loaded after app.js, before builder.js.
"use strict";

let rerender = () => {};

// ["actions", 0, "add"] -> "actions[0].add"
function fieldName(path) {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

// "actions[0].add" -> ["actions", 0, "add"]
function fieldPath(field) {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function valueAt(data, path) {
  return path.reduce((node, key) => (node == null ? undefined : node[key]), data);
}

// set (or, with undefined, remove) the value at a path of the draft, making the objects above it
function setAt(draft, path, value) {
  let node = draft;
  for (const key of path.slice(0, -1)) {
    if (node[key] == null || typeof node[key] !== "object") node[key] = {};
    node = node[key];
  }
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
}

// one form field bound to a path of the draft
function bound(draft, path, build) {
  const input = build(valueAt(draft, path), (value) => setAt(draft, path, value));
  input.dataset.field = fieldName(path);
  return input;
}

function labelled(text, input) {
  return h("label", { dataset: { for: input.dataset.field } }, text, input);
}

const asNumber = (text) => (text === "" ? undefined : Number(text));
// a number shown scaled (a fraction as a percentage, dollars in billions), without float noise
const scaled = (value, scale) => (typeof value === "number" ? String(+(value * scale).toPrecision(12)) : "");

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

// a number, shown times `scale` (a fraction as a percentage: scale 100)
// a value that is not a number (imported as written: "1e300", "lots") is shown as it is, a number
// written as text as that number; what is not one is marked until a number is typed
function numberField(draft, path, text, attrs = {}, scale = 1) {
  return labelled(text, bound(draft, path, (value, set) => {
    const written = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
    if (Number.isFinite(written)) { set(written); value = written; }
    const odd = value != null && typeof value !== "number";
    return h("input", Object.assign({
      type: odd ? "text" : "number", step: "any", value: odd ? String(value) : scaled(value, scale),
      className: odd ? "not-a-number" : "", title: odd ? `not a number: ${value}` : "",
      oninput: (e) => {
        const typed = e.target.value.trim() === "" ? undefined : Number(e.target.value);
        e.target.classList.toggle("not-a-number", typed !== undefined && !Number.isFinite(typed));
        set(typed === undefined ? undefined : Number.isFinite(typed) ? typed / scale : e.target.value);
      },
    }, attrs));
  }));
}

// a fraction shown as a percentage (0.1 ↔ 10)
function percentField(draft, path, text, attrs = {}) {
  return numberField(draft, path, `${text} (%)`, attrs, 100);
}

// US dollars shown in billions
function billionsField(draft, path, text, attrs = {}) {
  return numberField(draft, path, `${text} ($ billion)`, attrs, 1e-9);
}

function checkField(draft, path, text, onchange) {
  return labelled(text, bound(draft, path, (v, set) => h("input", {
    type: "checkbox", checked: !!v,
    onchange: (e) => { set(e.target.checked || undefined); if (onchange) onchange(e.target.checked); },
  })));
}

// names typed as a list: "USA, CAN" ↔ ["USA", "CAN"]; `keywords` ("all", "goods") stand alone
function namesField(draft, path, text, keywords = []) {
  return labelled(text, bound(draft, path, (value, set) => h("input", {
    value: Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value),
    oninput: (e) => {
      const typed = e.target.value.trim();
      const names = typed.split(/[\s,]+/).filter(Boolean);
      set(keywords.includes(typed) ? typed : names.length ? names : undefined);
    },
  })));
}

// a world's countries are listed for a data set; a world built from a gravity table names them
// as typed (its countries are the table's)
function countryField(draft, path, text, world) {
  if (!world.countries) return textField(draft, path, `${text} (code)`);
  return selectField(draft, path, text, world.countries.map((c) => [c.code, `${c.code} – ${c.name}`]));
}

// several countries, or "all"
function countriesField(draft, path, text, world) {
  if (!world.countries) return namesField(draft, path, `${text} (codes, or all)`, ["all"]);
  return labelled([text, h("span", { className: "multi-hint" }, " (Ctrl/⌘ for several)")], bound(draft, path, (value, set) => {
    const chosen = value === "all" ? [] : [].concat(value || []);
    return h("select", {
      multiple: true,
      onchange: (e) => {
        const picked = [...e.target.selectedOptions].map((o) => o.value);
        set(picked.includes("all") ? "all" : picked);
      },
    }, h("option", { value: "all", selected: value === "all" }, "all other countries"),
    world.countries.map((c) => h("option", { value: c.code, selected: chosen.includes(c.code) }, `${c.code} – ${c.name}`)));
  }));
}

// the sectors an action names: a list, or every (goods) sector of the world
function sectorsOf(value, world) {
  if (value === "goods") return world.goods;
  if (value === "all" || value === undefined) return world.sectors;
  return [].concat(value);
}

// the sectors of an action; choosing them keeps only the chosen ones' entries of `perSector`
// (the action's {sector: value} fields), which the form then shows again
function sectorsField(draft, path, world, perSector = []) {
  return labelled(["Sectors", h("span", { className: "multi-hint" }, " (Ctrl/⌘ for several)")], bound(draft, path, (value, set) => {
    const chosen = typeof value === "string" ? [value] : value || [];
    return h("select", {
      multiple: true,
      onchange: (e) => {
        const picked = [...e.target.selectedOptions].map((o) => o.value);
        set(picked.includes("goods") ? "goods" : picked.includes("all") ? "all" : picked);
        const keep = sectorsOf(valueAt(draft, path), world);
        for (const key of perSector) {
          const map = valueAt(draft, [...path.slice(0, -1), key]);
          if (map && typeof map === "object") for (const s of Object.keys(map)) if (!keep.includes(s)) delete map[s];
        }
        if (perSector.length) rerender();
      },
    }, h("option", { value: "goods", selected: chosen.includes("goods") }, "all goods sectors"),
    h("option", { value: "all", selected: chosen.includes("all") }, "all sectors"),
    world.sectors.filter((s) => s !== "goods" && s !== "all")
      .map((s) => h("option", { value: s, selected: chosen.includes(s) }, s)));
  }));
}

// A number for every sector, or one per sector ({sector: number}); `none` (a label) when the
// field may be left out, `single: false` when it is a map or nothing. `sectors`: the sectors to
// show a number for (those of a map that are not among them are shown too, so that the API's
// error about them has a place). scale 100 shows fractions as percentages.
function bySectorField(draft, path, text, sectors, { scale = 100, unit = "%", none = null, single = true, attrs = {} } = {}) {
  const field = fieldName(path);
  const value = valueAt(draft, path);
  const isMap = typeof value === "object" && value !== null;
  const form = isMap ? "sector" : value === undefined && none ? "none" : "one";
  const choices = [...(none ? [["none", none]] : []), ...(single ? [["one", "the same for every sector"]] : []),
    ["sector", "by sector"]];
  const toggle = labelled(`${text}: how`, h("select", {
    dataset: { field: `${field}_by` },
    onchange: (e) => {
      const now = valueAt(draft, path);
      const values = now && typeof now === "object" ? Object.values(now) : [];
      if (e.target.value === "none") setAt(draft, path, undefined);
      else if (e.target.value === "one") setAt(draft, path, values.length ? values[0] : typeof now === "number" ? now : undefined);
      else setAt(draft, path, Object.fromEntries(sectors.map((s) => [s, typeof now === "number" ? now : undefined])
        .filter(([, v]) => v !== undefined)));
      rerender();
    },
  }, choices.map(([v, t]) => h("option", { value: v, selected: v === form }, t))));
  const suffix = unit ? ` (${unit})` : "";
  if (form === "none") return [toggle];
  if (form === "one") return [toggle, numberField(draft, path, `${text}${suffix}`, attrs, scale)];
  const shown = [...sectors, ...Object.keys(value).filter((s) => !sectors.includes(s))];
  const box = h("fieldset", { className: "by-sector", dataset: { field } },
    h("legend", {}, `${text} by sector${suffix}; an empty one is 0`),
    h("div", { className: "fields" }, shown.map((s) => numberField(draft, [...path, s], s, attrs, scale))));
  return [toggle, box];
}

// {name: number} with names typed (e.g. regressors of a gravity equation); `names`: suggestions
function namedNumbersField(draft, path, text, names = []) {
  const field = fieldName(path);
  const value = valueAt(draft, path) || {};
  const list = `${field}-names`;
  const rename = (from, to) => {
    const renamed = Object.fromEntries(Object.entries(valueAt(draft, path) || {}).map(([k, v]) => [k === from ? to : k, v]));
    setAt(draft, path, renamed);
    rerender();
  };
  const rows = Object.keys(value).map((name) => h("div", { className: "row named" },
    h("input", { value: name, list, "aria-label": "name", dataset: { name: field }, onchange: (e) => {
      const to = e.target.value.trim();
      if (to && !(to in (valueAt(draft, path) || {}))) rename(name, to);
      else e.target.value = name;
    } }),
    bound(draft, [...path, name], (v, set) => h("input", { type: "number", step: "any", "aria-label": `${name}: value`,
      value: scaled(v, 1), oninput: (e) => set(asNumber(e.target.value)) })),
    h("button", { type: "button", onclick: () => {
      const rest = Object.assign({}, valueAt(draft, path));
      delete rest[name];
      setAt(draft, path, rest);
      rerender();
    } }, "×")));
  const unused = names.filter((n) => !(n in value));
  return h("fieldset", { className: "by-sector", dataset: { field } }, h("legend", {}, text),
    h("datalist", { id: list }, names.map((n) => h("option", { value: n }))),
    rows.length ? rows : h("p", { className: "muted" }, "none yet"),
    h("button", { type: "button", dataset: { add: field }, onclick: () => {
      const now = valueAt(draft, path) || {};
      let name = unused[0] || "variable";
      for (let k = 2; name in now; k += 1) name = `variable${k}`;
      setAt(draft, path, Object.assign({}, now, { [name]: 0 }));
      rerender();
    } }, "+ add"));
}

const FILL_IN = "FILL-IN";

// the fields of a news draft that the report does not give (their value is FILL-IN)
function openFields(value, field = "") {
  if (value === FILL_IN) return [field];
  if (Array.isArray(value)) return value.flatMap((v, i) => openFields(v, `${field}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => openFields(v, field ? `${field}.${k}` : k));
  }
  return [];
}

// the form field of an API field name, or of the nearest field above it; null when neither
// is on the form (an action the form does not show, a key the format does not know)
function fieldTarget(root, field) {
  while (field) {
    const target = root.querySelector(`[data-field="${CSS.escape(field)}"]`);
    if (target) return target;
    const above = field.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
    if (above === field) return null;
    field = above;
  }
  return null;
}

// where to show a problem: its field; for one about a whole part ("'covered_share' must lie in
// [0, 1]" at actions[0]) that names one of that part's fields, that field; for an unknown key
// ("unknown field 'titel'; did you mean 'title'?" at titel), the field beside it that it names
function problemTarget(root, problem) {
  const field = problem.field || "";
  const exact = root.querySelector(`[data-field="${CSS.escape(field)}"]`);
  const parent = field.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "");
  const join = (above, name) => (above ? `${above}.${name}` : name);
  const named = [...new Set([...(problem.message || "").matchAll(/'([a-z_]+)'/g)].map((m) => m[1]))]
    .map((name) => root.querySelector(`[data-field="${CSS.escape(join(field, name))}"]`)
      || (exact ? null : root.querySelector(`[data-field="${CSS.escape(join(parent, name))}"]`)))
    .filter(Boolean);
  if (named.length === 1 && (!exact || exact.classList.contains("card"))) return named[0];
  return exact || fieldTarget(root, field);
}
