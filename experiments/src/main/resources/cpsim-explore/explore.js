// cpsim explore: the page. Everything the user or a file says is put in the page as text (textContent),
// never as markup; the server is the only thing it talks to.
"use strict";

const state = { scenarios: [], scenario: null, limits: null, run: null, events: null, live: {}, result: null, chart: null };
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("data-")) e.setAttribute(k, v); else e[k] = v;
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c)));
  return e;
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = { error: response.status + " " + response.statusText }; }
  if (!response.ok) { const err = new Error(body.error || response.statusText); err.field = body.field; err.status = response.status; throw err; }
  return body;
}

function number(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return "n/a";
  const a = Math.abs(v);
  return a >= 10000 ? Math.round(v).toLocaleString("en-GB") : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

// ---- 1. Choose and change ----------------------------------------------------------------------

async function loadScenarios() {
  const body = await api("/api/scenarios");
  state.scenarios = body.scenarios;
  renderScenarioList();
  const preferred = state.scenarios.find((s) => s.id === "england-baseline") || state.scenarios[0];
  if (preferred) { $("scenario").value = preferred.id; await chooseScenario(preferred.id); }
}

function renderScenarioList() {
  const filter = $("scenario-filter").value.trim().toLowerCase();
  const select = $("scenario");
  const chosen = select.value;
  select.replaceChildren();
  const groups = new Map();
  for (const s of state.scenarios) {
    if (filter && !(s.id + " " + s.name + " " + (s.description || "")).toLowerCase().includes(filter)) continue;
    const g = s.group || "scenarios";
    if (!groups.has(g)) groups.set(g, el("optgroup", { label: g }));
    groups.get(g).append(el("option", { value: s.id, title: s.description || "" }, s.id.split("/").pop() + (s.description ? " - " + s.description : "")));
  }
  for (const g of groups.values()) select.append(g);
  if (chosen) select.value = chosen;
}

async function chooseScenario(id) {
  clearErrors();
  try {
    const s = await api("/api/scenario?id=" + encodeURIComponent(id));
    state.scenario = s;
    $("scenario-description").textContent = s.name + ": " + (s.description || "") + " (" + s.reportingYears + " years from " + s.reportingStart + ")";
    $("years").max = s.reportingYears;
    $("years").value = Math.min(s.reportingYears, 3);
    renderValues();
    renderLevers();
  } catch (e) { showError(e); }
}

function renderValues() {
  const filter = $("values-filter").value.trim().toLowerCase();
  const body = $("values").tBodies[0];
  body.replaceChildren();
  for (const v of state.scenario.values) {
    if (filter && !(v.path + " " + v.value + " " + v.source).toLowerCase().includes(filter)) continue;
    body.append(el("tr", {}, el("td", {}, v.path + " = " + v.value), el("td", { class: "kind" }, v.kind), el("td", {}, v.source, el("span", { class: "origin" }, " " + v.origin))));
  }
  for (const t of state.scenario.timeline) {
    for (const c of t.changes) {
      if (filter && !(c.path + " " + c.value + " " + c.source + " " + t.date).toLowerCase().includes(filter)) continue;
      body.append(el("tr", { class: "dated" }, el("td", {}, t.date + ": " + c.path + " = " + c.value), el("td", { class: "kind" }, c.kind), el("td", {}, c.source, el("span", { class: "origin" }, " " + c.origin))));
    }
  }
}

function renderLevers() {
  const box = $("levers");
  box.replaceChildren();
  for (const l of state.scenario.levers) {
    const row = el("div", { class: "lever" + (l.available ? "" : " unavailable"), "data-lever": l.id });
    row.append(el("label", { htmlFor: "lever-" + l.id }, l.label));
    if (!l.available) {
      row.append(el("p", { class: "note" }, "Not in this scenario as one value (" + l.path + ")."));
      box.append(row);
      continue;
    }
    if (l.kind === "regime") {
      const select = el("select", { id: "lever-" + l.id });
      select.append(el("option", { value: "" }, "as in the scenario"), el("option", { value: "prescribed" }, "prescribed timescales throughout"),
        el("option", { value: "local_framework" }, "a local framework from the date below"));
      const date = el("input", { id: "lever-regimeDate", type: "date", value: "2011-03-01", hidden: true });
      select.addEventListener("change", () => { date.hidden = select.value !== "local_framework"; row.classList.toggle("moved", select.value !== ""); });
      row.append(select, date, el("span", { class: "error", "data-for": "regimeDate" }));
    } else {
      const neutral = l.kind === "percent" ? 100 : Number(l.current);
      const slider = el("input", { id: "lever-" + l.id, type: "range", min: l.min, max: l.max, step: l.step, value: neutral });
      slider.dataset.neutral = String(neutral);
      const shown = el("output", { htmlFor: "lever-" + l.id }, sliderText(l, neutral));
      slider.addEventListener("input", () => { shown.textContent = sliderText(l, Number(slider.value)); row.classList.toggle("moved", Number(slider.value) !== neutral); });
      row.append(slider, shown);
    }
    row.append(el("p", { class: "note" }, l.help + ". In the scenario: " + l.path + " = " + l.current + (l.changesOverTime ? " (and changed on dates)" : "") + ". Source: " + l.source));
    row.append(el("span", { class: "error", "data-for": l.id }));
    box.append(row);
  }
}

function sliderText(l, v) { return l.kind === "percent" ? v + "%" : String(v); }

function levers() {
  const out = {};
  for (const l of state.scenario.levers) {
    if (!l.available) continue;
    const input = $("lever-" + l.id);
    if (l.kind === "regime") {
      if (input.value) { out.regime = input.value; if (input.value === "local_framework") out.regimeDate = $("lever-regimeDate").value; }
    } else if (Number(input.value) !== Number(input.dataset.neutral)) {
      out[l.id] = Number(input.value);
    }
  }
  return out;
}

function clearErrors() { for (const e of document.querySelectorAll(".error")) e.textContent = ""; }

function showError(e) {
  const field = e.field || "";
  const spot = document.querySelector('.error[data-for="' + CSS.escape(field) + '"]') || document.querySelector('.error[data-for=""]');
  spot.textContent = e.message;
}

async function run() {
  clearErrors();
  const request = {
    scenario: state.scenario.id, name: $("name").value.trim(), description: $("description").value.trim(),
    replications: Number($("replications").value), years: $("years").value === "" ? null : Number($("years").value), levers: levers(),
  };
  try {
    const started = await api("/api/runs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
    location.hash = "run=" + started.id;
    watch(started.id);
    refreshPast();
  } catch (e) { showError(e); }
}

// ---- 2. Run and watch ----------------------------------------------------------------------------

const LIVE = [
  { title: "Assessment queue", unit: "referrals", series: [["assessments_open_mean", "waiting for or in assessment"], ["cases_awaiting_allocation_at_end", "awaiting a social worker"]] },
  { title: "Caseloads", unit: "cases per worker", series: [["sw_caseload_per_case_holder", "mean"], ["sw_caseload_p90", "90th percentile"]] },
  { title: "Stress", unit: "stress units", series: [["sw_stress_mean", "mean"], ["sw_stress_p90", "90th percentile"]] },
  { title: "Vacancies", unit: "% of funded posts", series: [["sw_vacancy_rate_fte_pct", "vacancy rate"]] },
  { title: "Children at significant harm", unit: "children", series: [["need_significant_harm_at_end", "at significant harm"]] },
];
const COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#f47738"];

function resetLive() {
  const box = $("live");
  box.replaceChildren();
  state.live = { months: [], charts: [] };
  for (const spec of LIVE) {
    const div = el("div", { class: "live-chart" });
    box.append(div);
    const chart = new uPlot({
      title: spec.title, width: 330, height: 170, legend: { show: true, live: false },
      scales: { x: { time: false } },
      axes: [{ values: (u, ticks) => ticks.map((t) => state.live.months[t] || "") }, { label: spec.unit, size: 50 }],
      series: [{ label: "month", value: (u, v) => (v == null ? "" : state.live.months[v] || "") }].concat(spec.series.map(([, label], i) => ({ label, stroke: COLOURS[i], width: 1.5 }))),
    }, [[]].concat(spec.series.map(() => [])), div);
    state.live.charts.push({ spec, chart });
  }
}

function addMonth(m) {
  state.live.months.push(m.period);
  const xs = state.live.months.map((_, i) => i);
  for (const { spec, chart } of state.live.charts) {
    chart.__data = chart.__data || spec.series.map(() => []);
    spec.series.forEach(([id], i) => chart.__data[i].push(m[id]));
    chart.setData([xs].concat(chart.__data));
  }
}

function watch(id) {
  if (state.events) state.events.close();
  resetLive();
  state.run = id;
  $("status").textContent = "Starting " + id + "...";
  $("progress").value = 0;
  const events = new EventSource("/api/runs/" + encodeURIComponent(id) + "/events");
  state.events = events;
  events.addEventListener("month", (e) => addMonth(JSON.parse(e.data)));
  events.addEventListener("progress", (e) => showProgress(JSON.parse(e.data)));
  events.addEventListener("done", (e) => { events.close(); showProgress(JSON.parse(e.data)); openResult(id); refreshPast(); });
  events.addEventListener("failed", (e) => { events.close(); const p = JSON.parse(e.data); $("status").textContent = "Failed: " + p.message; refreshPast(); });
  // A run this server did not start (made before a restart, or by cpsim compare): no live view, just the answer.
  events.addEventListener("gone", () => { events.close(); $("status").textContent = "Nothing running."; openResult(id); });
}

function showProgress(p) {
  $("progress").max = Math.max(1, p.total);
  $("progress").value = p.done;
  const eta = p.etaSeconds == null ? "" : ", about " + Math.ceil(p.etaSeconds) + " s left";
  const what = p.state === "done" ? "Finished in " + p.elapsedSeconds.toFixed(1) + " s" : p.state === "failed" ? "Failed: " + p.message : "Running";
  $("status").textContent = what + ": " + p.variant + " against " + p.baseline + ", " + p.done + " of " + p.total + " replications" + (p.state === "running" ? eta : "") + ".";
}

// ---- 3. Read the answer --------------------------------------------------------------------------

async function openResult(id) {
  try {
    const r = await api("/api/runs/" + encodeURIComponent(id) + "/results");
    state.result = r;
    $("answer-body").hidden = false;
    $("answer-title").textContent = r.scenarios.slice(1).join(", ") + " against " + r.scenarios[0] + ": " + r.replications + " paired replications, seed " + r.seed + " (" + r.id + ")";
    const select = $("indicator");
    select.replaceChildren();
    for (const s of r.series) select.append(el("option", { value: s.indicator }, s.indicator));
    // The outcome that matters most first: child-days at significant harm without protection.
    if (r.series.some((s) => s.indicator === "harm_days_per_10k")) select.value = "harm_days_per_10k";
    drawAnswer();
    const body = $("differences").tBodies[0];
    body.replaceChildren();
    $("year").textContent = r.year;
    for (const d of r.differences) {
      const ci = d.diff_ci_low == null ? "" : number(d.diff_ci_low) + " to " + number(d.diff_ci_high);
      body.append(el("tr", { "data-indicator": d.indicator }, el("td", { title: d.unit }, d.indicator), el("td", {}, number(d.baseline_mean)), el("td", {}, number(d.variant_mean)),
        el("td", {}, number(d.diff_mean)), el("td", {}, ci)));
    }
    const costs = $("costs").tBodies[0];
    costs.replaceChildren();
    for (const c of r.costEffectiveness.filter((c) => !String(c.period).includes("M"))) {
      const ci = c.ci_low == null ? "" : number(c.ci_low) + " to " + number(c.ci_high);
      costs.append(el("tr", {}, el("td", {}, c.period), el("td", {}, number(c.cost_diff_mean)), el("td", {}, number(c.harm_days_avoided_mean)),
        el("td", {}, number(c.cost_per_harm_day_avoided)), el("td", {}, ci)));
    }
    $("zip").href = "/runs/" + encodeURIComponent(r.id) + "/zip";
    $("command").textContent = r.command;
    $("brief-links").replaceChildren();
    if (r.brief) showBriefLinks({ html: "/runs/" + r.id + "/brief.html", pdf: r.briefPdf ? "/runs/" + r.id + "/brief.pdf" : null });
  } catch (e) { $("answer-title").textContent = e.message; }
}

function drawAnswer() {
  const r = state.result;
  const s = r.series.find((x) => x.indicator === $("indicator").value) || r.series[0];
  $("indicator-definition").textContent = s.definition + " (" + s.unit + "). Lines: means over replications; bands: 95% intervals.";
  const names = Object.keys(s.byScenario);
  const periods = names.length ? s.byScenario[names[0]].period : [];
  const data = [periods.map((_, i) => i)];
  const series = [{ label: "year", value: (u, v) => (v == null ? "" : periods[v] || "") }];
  const bands = [];
  names.forEach((name, k) => {
    const c = s.byScenario[name];
    const colour = COLOURS[k % COLOURS.length];
    data.push(c.ci_low, c.ci_high, c.mean);
    const base = 1 + 3 * k;
    series.push({ label: name + " 95% low", stroke: colour, width: 0, points: { show: false } },
      { label: name + " 95% high", stroke: colour, width: 0, points: { show: false } },
      { label: name, stroke: colour, width: 2 });
    bands.push({ series: [base + 1, base], fill: colour + "33" });
  });
  const box = $("answer-chart");
  box.replaceChildren();
  box.dataset.scenarios = names.join(",");
  box.dataset.indicator = s.indicator;
  const key = el("p", { class: "key" });
  names.forEach((name, k) => key.append(el("span", { class: "swatch", "data-colour": String(k % COLOURS.length) }), name + " (mean, 95% band)  "));
  const width = Math.max(320, Math.min(1000, (box.clientWidth || 700) - 10));
  state.chart = new uPlot({
    title: s.indicator, width, height: 320, bands, legend: { show: false },
    scales: { x: { time: false } },
    axes: [{ values: (u, ticks) => ticks.map((t) => (Number.isInteger(t) ? periods[t] || "" : "")) }, { label: s.unit, size: 60 }],
    series,
  }, data, box);
  box.append(key);
}

async function makeBrief() {
  $("brief-links").textContent = "Writing the brief...";
  try { showBriefLinks(await api("/api/runs/" + encodeURIComponent(state.result.id) + "/brief", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })); }
  catch (e) { $("brief-links").textContent = e.message; }
}

function showBriefLinks(b) {
  const p = $("brief-links");
  p.replaceChildren(el("a", { href: b.html, target: "_blank", rel: "noopener" }, "brief (HTML)"));
  if (b.pdf) p.append(" ", el("a", { href: b.pdf, target: "_blank", rel: "noopener" }, "brief (PDF)"));
  else if (b.pdfMessage) p.append(" " + b.pdfMessage);
}

async function refreshPast() {
  try {
    const body = await api("/api/runs");
    state.limits = body.limits;
    $("replications").max = body.limits.maxReplications;
    const list = $("past");
    list.replaceChildren();
    for (const r of body.runs) {
      const a = el("a", { href: "#run=" + r.id }, r.id);
      a.addEventListener("click", () => watch(r.id));
      list.append(el("li", { "data-run": r.id }, a, " " + (r.variant || "") + " vs " + (r.baseline || "") + (r.state === "done" ? "" : " (" + r.state + ")")));
    }
  } catch (e) { /* the list is a convenience; the run itself reports its own errors */ }
}

document.addEventListener("DOMContentLoaded", () => {
  $("scenario-filter").addEventListener("input", renderScenarioList);
  $("scenario").addEventListener("change", () => chooseScenario($("scenario").value));
  $("values-filter").addEventListener("input", renderValues);
  $("run").addEventListener("click", run);
  $("indicator").addEventListener("change", drawAnswer);
  $("brief").addEventListener("click", makeBrief);
  resetLive();
  loadScenarios();
  refreshPast();
  // A link to a run (#run=<id>, as the past runs list makes) opens it.
  const linked = /^#run=([A-Za-z0-9._-]+)$/.exec(location.hash);
  if (linked) watch(linked[1]);
});
