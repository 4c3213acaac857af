// tradewar's web app: the news page. Paste a report; its events are highlighted in the text,
// each highlight tied to its row of the events table; the draft scenario opens in the builder
// with the fields the report does not give flagged beside them. Loaded after app.js.
"use strict";

const EVENT_COLOURS = {
  tariff_increase: "tariff", tariff_cut: "tariff", retaliation: "tariff",
  export_control: "control", sanction: "control",
  purchase_cut: "trade", purchase_commitment: "trade", currency_intervention: "trade",
  talks_held: "talks", talks_stalled: "talks", talks_scheduled: "talks",
  deal_reached: "talks", deal_broken: "talks", market_reaction: "market",
};

routes.push(
  [/^#\/news$/, () => newsView()],
  [/^#\/draft$/, () => draftView()],
);

// the text cut where any sentence of an event starts or ends: [start, end, event indexes]
// (offsets count Unicode code points, as Python does; Array.from splits the text so)
function segments(chars, events) {
  const cuts = new Set([0, chars.length]);
  events.forEach((e) => e.mentions.forEach(([a, b]) => { cuts.add(a); cuts.add(b); }));
  const points = [...cuts].filter((c) => c >= 0 && c <= chars.length).sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const [a, b] = [points[k], points[k + 1]];
    const covering = events.flatMap((e, i) => (e.mentions.some(([s, t]) => s <= a && b <= t) ? [i] : []));
    out.push([a, b, covering]);
  }
  return out;
}

function eventLabel(e) {
  const who = [e.actor || "?", e.target ? `→ ${e.target}` : ""].join(" ").trim();
  return `${e.kind.replace(/_/g, " ")} (${who})`;
}

function rate(e) {
  const p = (v) => `${+(v * 100).toPrecision(4)}%`;
  if (e.rate_to != null) return e.rate_from != null ? `${p(e.rate_from)} → ${p(e.rate_to)}` : `to ${p(e.rate_to)}`;
  return e.rate_change != null ? `+${p(e.rate_change)}` : "–";
}

function select(index, from) {
  for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
  const row = document.getElementById(`event-${index}`);
  const marks = [...document.querySelectorAll("mark.event")].filter((m) => m.dataset.events.split(" ").includes(String(index)));
  row?.classList.add("selected");
  marks.forEach((m) => m.classList.add("selected"));
  (from === "text" ? row : marks[0])?.scrollIntoView({ behavior: "smooth", block: "center" });
}

function markedText(text, events) {
  const chars = Array.from(text);
  return h("div", { className: "report-text", id: "report-text" }, segments(chars, events).map(([a, b, covering]) => {
    const piece = chars.slice(a, b).join("");
    if (!covering.length) return piece;
    const first = events[covering[0]];
    const go = () => select(covering[0], "text");
    return h("mark", {
      className: `event ${EVENT_COLOURS[first.kind] || ""}`,
      tabIndex: 0, role: "link",
      title: covering.map((i) => `${i + 1}. ${eventLabel(events[i])}`).join("\n"),
      dataset: { events: covering.join(" ") },
      onclick: go, onkeydown: (ev) => { if (ev.key === "Enter") go(); },
    }, piece, h("sup", {}, covering.map((i) => i + 1).join(",")));
  }));
}

function eventsTable(events) {
  return h("div", { className: "scroll" }, h("table", { className: "data events", id: "events" },
    h("tr", {}, ["#", "date", "event", "actor", "target", "value", "rate", "sectors", "status", "confidence", "sentence"].map((t) => h("th", {}, t))),
    events.map((e, i) => h("tr", { id: `event-${i}`, dataset: { event: i, kind: e.kind }, onclick: () => select(i, "table") },
      h("td", {}, String(i + 1)),
      h("td", { title: e.date_text || "" }, e.date || "–", e.date_precision && e.date_precision !== "day" ? ` (${e.date_precision})` : ""),
      h("td", {}, h("span", { className: `badge ${EVENT_COLOURS[e.kind] || ""}` }, e.kind.replace(/_/g, " "))),
      h("td", {}, e.actor || "–"), h("td", {}, [e.target || "–", e.companies.length ? ` (${e.companies.join(", ")})` : ""].join("")),
      h("td", {}, e.value_usd != null ? money(e.value_usd) : "–"), h("td", {}, rate(e)),
      h("td", {}, e.sectors.join(", ") || "–"), h("td", {}, e.status.replace("_", " ")),
      h("td", { title: "the probability (0-1) that a reader would list the event: a model of labelled reports, calibrated on the reports it was not fitted on; on new reports it has run 0.07 high on average, up to 0.12" }, e.confidence != null ? e.confidence.toFixed(2) : "–"),
      h("td", { className: "sentence", title: e.notes.join("\n") }, e.sentence)))));
}

// a draft's hint, written for its YAML file (rates as fractions, money in US dollars), in the
// units of the builder's fields (rates in percent, money in billions of dollars)
function formHint(message) {
  const percent = (v) => String(+(Number(v) * 100).toPrecision(12));
  return String(message || "")
    .replace(/as a fraction, e\.g\. (-?[\d.]+)/g, (m, v) => `in percentage points, e.g. ${percent(v)}`)
    .replace(/\bas a fraction\b/g, "in percentage points")
    .replace(/give the change \(negative/g, "give the change in percentage points (negative")
    .replace(/coverage_share: 0-1/g, "choose 'a share of the flow blocked' (0–100 %)")
    .replace(/\bUSD a year\b/g, "billions of dollars a year");
}

function keepDraft(draft) {
  const fillIn = draft.fill_in.map((p) => Object.assign({}, p, { message: formHint(p.message) }));
  sessionStorage.setItem("tradewar-draft", JSON.stringify({ scenario: draft.scenario, fill_in: fillIn }));
}

function draftPanel(body, request) {
  const draft = body.draft;
  if (!draft) {
    return h("section", { className: "card", id: "draft" }, h("h2", {}, "Draft scenario"),
      h("p", { className: "muted" }, "No event of this report is one a scenario can hold (talks, deals and markets are told, not modelled)."));
  }
  const saved = h("div", { id: "draft-messages" });
  const yamlLink = () => {
    const link = h("a", { href: URL.createObjectURL(new Blob([draft.yaml], { type: "application/yaml" })), download: `${draft.scenario.name || "news-draft"}.yaml` });
    document.body.append(link); link.click(); link.remove();
  };
  return h("section", { className: "card", id: "draft" },
    h("h2", {}, `Draft scenario: ${(draft.scenario.actions || []).length} action(s)`),
    draft.fill_in.length
      ? h("div", { className: "fill-box" }, h("strong", {}, `${draft.fill_in.length} field(s) to fill in`), ": what the report does not say.",
        h("ul", { id: "news-fill-in" }, draft.fill_in.map((p) => h("li", {}, `line ${p.line}: `, h("code", {}, p.field), `: ${p.message}`))))
      : h("p", { className: "ok" }, "Every field is given: it can run as it is."),
    h("div", { className: "row" },
      h("button", { id: "news-builder", className: "primary", onclick: () => { keepDraft(draft); location.hash = "#/draft"; } }, "Open in the builder"),
      h("button", { id: "news-save", onclick: async () => {
        try {
          const answer = await api("news", { method: "POST", json: Object.assign({}, request, { save: true }) });
          fill(saved, h("p", { className: "ok" }, `Saved as ${answer.saved.name}: `, h("a", { href: `#/builder/${answer.saved.id}` }, "edit it"), " or find it in the library."));
        } catch (err) { fill(saved, problemList(err)); }
      } }, "Save as a scenario"),
      h("button", { id: "news-yaml", onclick: yamlLink }, "Download YAML")),
    saved,
    h("details", {}, h("summary", {}, "The draft as YAML (each action under its sentence)"), h("pre", { className: "yaml" }, draft.yaml)));
}

function newsResult(body, request) {
  const report = body.report;
  const events = report.events;
  return [
    h("p", { className: "muted", id: "news-summary" },
      `${events.length} event(s)`, report.date ? ` · report of ${report.date} (${report.date_source})` : " · no date: relative dates unresolved",
      report.unknown.length ? ` · names not in the tables: ${report.unknown.join(", ")}` : ""),
    report.notes.length ? h("ul", { className: "muted" }, report.notes.map((n) => h("li", {}, n))) : null,
    events.length ? h("section", { className: "card" }, h("h2", {}, "Key points"), h("ol", {}, report.key_points.map((k) => h("li", {}, k)))) : null,
    h("div", { className: "news" },
      h("section", { className: "card" }, h("h2", {}, "The report"), h("p", { className: "muted" }, "Sentences that tell an event are marked: click one to find its row."), markedText(body.text, events)),
      h("section", { className: "card" }, h("h2", {}, "Events"), events.length ? eventsTable(events) : h("p", { className: "muted" }, "None found."),
        report.doubtful.length ? h("details", { id: "news-doubtful" },
          h("summary", {}, `${report.doubtful.length} left out as doubtful (score below the threshold)`),
          h("ul", { className: "muted" }, report.doubtful.map((e) => h("li", {},
            `${e.confidence.toFixed(2)} · ${e.kind.replace(/_/g, " ")} · ${e.actor || "?"} → ${e.target || "–"}: ${e.sentence}`)))) : null)),
    draftPanel(body, request),
  ];
}

async function newsView() {
  const text = h("textarea", { id: "news-text", rows: 12, placeholder: "Paste a news report on a trade conflict…", dataset: { field: "text" } });
  const date = h("input", { id: "news-date", type: "date", dataset: { field: "date" } });
  const name = h("input", { id: "news-name", placeholder: "news-2019-05-17", pattern: "[a-z0-9][a-z0-9-]*", dataset: { field: "name" } });
  const out = h("div", { id: "news-result" });
  const read = async () => {
    const request = { text: text.value };
    if (date.value) request.date = date.value;
    if (name.value) request.name = name.value;
    fill(out, h("p", { className: "muted" }, "Reading…"));
    try {
      fill(out, newsResult(await api("news", { method: "POST", json: request }), request));
    } catch (err) { fill(out, problemList(err)); }
  };
  show(
    h("h1", {}, "Read the news"),
    h("p", { className: "muted" }, "A report on a trade conflict in; its events out, dated, with a draft scenario to review and run. ",
      "The reader is rule-based and offline; it lists what it could not place rather than guess."),
    h("div", { className: "card" },
      labelled("Report", text),
      h("div", { className: "fields" }, labelled("Its date (when the text has no dateline)", date), labelled("Draft's name (optional)", name)),
      h("div", { className: "row", style: "margin-top:.6rem" },
        h("button", { id: "news-read", className: "primary", onclick: read }, "Read"),
        h("button", { id: "news-example", onclick: async () => {
          const example = await api("news/example");
          text.value = example.text; date.value = example.date;
        } }, "Try the example (CNBC, May 2019)"))),
    out);
}

async function draftView() {
  const kept = sessionStorage.getItem("tradewar-draft");
  if (!kept) { location.hash = "#/news"; return; }
  await builderView(null, JSON.parse(kept));
}
