// The dashboard: every number on the page comes from the chitieu WebAssembly package; this file only
// picks what to show and draws it. It loads the package's dashboard module (`chitieu/core`, without the plan
// reader); the reader (`chitieu/reader`) is a module of its own, fetched the first time a text is read, and
// the reader with PDF (`chitieu/pdf`) another, fetched the first time a PDF is opened. The bundled plans and
// observations are JSON files beside the package's modules (plans.js).
import init, { Scorecard, Plan, methodLabel, labels } from "/pkg/web/core.js";
import { bundledObservations, listPlans, loadPlan } from "./plans.js";

/** The plan readers, each loaded and instantiated on first use (one fetch, however often it is asked for):
 * `reader` (text, Word, web pages) and `pdf` (the same with the PDF reader, a larger module, fetched only
 * when a PDF is opened). */
const readers = new Map();
function loadReader(name) {
  if (!readers.has(name)) {
    readers.set(name, import(`/pkg/web/${name}.js`)
      .then(async (module) => {
        await module.default();
        return module;
      })
      .catch((e) => {
        readers.delete(name); // a failed fetch is tried again with the next click
        throw e;
      }));
  }
  return readers.get(name);
}
import { renderAlignment } from "./alignment.js";

const fmt = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
};
const num = (v, unit) => (v === null || v === undefined ? "—" : `${fmt.format(v)}${unit ? " " + unit : ""}`);

await init();

// Every word on the page comes from the package's one table of labels (`labels("vi")`, the core's).
const WORDS = labels("vi");
const STATUS_VI = WORDS.status;
const COMPARATOR_VI = WORDS.comparator;
const TIER_VI = { ...WORDS.tier, "": WORDS.text.whole_unit };
const KIND_VI = WORDS.milestone_kind;
const UNIT_VI = WORDS.unit;

const state = { plan: null, data: null, observations: await bundledObservations(), card: null };
const params = new URLSearchParams(location.search);
$("#as-of").value = params.get("asOf") ?? new Date().toISOString().slice(0, 10);

for (const id of listPlans()) {
  const plan = loadPlan(id);
  const doc = plan.toObject().document;
  plan.free();
  $("#plan").append(el("option", { value: id }, `${id} — ${doc.number ?? doc.kind}`));
}
$("#plan").value = params.get("plan") ?? listPlans()[0];

/** The draft read from pasted text, in the plan picker as "draft". */
const DRAFT = "draft";

function selectPlan() {
  state.plan?.free();
  state.plan = $("#plan").value === DRAFT ? Plan.fromObject(state.draft.plan) : loadPlan($("#plan").value);
  state.data = state.plan.toObject();
  $("#plan-title").textContent = `${state.data.document.title} (${state.data.jurisdiction.name})`;
  const withYears = state.data.indicators.filter((i) => state.data.targets.some((t) => t.indicator === i.id && t.year !== null));
  $("#indicator").replaceChildren(...withYears.map((i) => el("option", { value: i.id }, i.name_vi)));
  if (params.get("indicator") && withYears.some((i) => i.id === params.get("indicator"))) $("#indicator").value = params.get("indicator");
  renderPillars();
  renderScorecard();
  selectIndicator();
  renderAlignment(state.plan);
}

function selectIndicator() {
  const ind = $("#indicator").value;
  const tiers = [...new Set(state.data.targets.filter((t) => t.indicator === ind && t.year !== null).map((t) => t.tier ?? ""))];
  $("#tier").replaceChildren(...tiers.map((t) => el("option", { value: t }, TIER_VI[t])));
  if (params.get("tier") !== null && tiers.includes(params.get("tier"))) $("#tier").value = params.get("tier");
  renderChart();
}

function renderScorecard() {
  state.card?.free();
  const built = Scorecard.build(state.plan, state.observations, $("#as-of").value);
  state.card = built;
  const card = built.toObject();
  const o = card.overall;
  $("#summary").textContent = `Ngày đánh giá ${card.as_of}: đã đạt ${o.attained}/${o.targets} chỉ tiêu; `
    + `đánh giá được ${o.assessable}/${o.indicators} chỉ số; điểm bình quân ${num(o.mean_score)}.`;
  $("#scorecard tbody").replaceChildren(...card.rows.map((r) => {
    const unit = UNIT_VI[r.unit];
    const milestone = r.milestone?.value ?? null;
    const latest = r.latest?.value ?? null;
    const cat = r.status.category;
    // The method that judges the row (one per kind of indicator), in the package's own Vietnamese words.
    const method = r.method;
    return el("tr", { "data-target": r.target, "data-indicator": r.indicator },
      el("td", {}, r.name_vi),
      el("td", {}, r.year ?? "—"),
      el("td", {}, TIER_VI[r.tier ?? ""]),
      el("td", { class: "num" }, `${COMPARATOR_VI[r.comparator]} ${num(r.target_value, unit)}`),
      el("td", { class: "num milestone", "data-value": milestone ?? "" }, num(milestone, unit)),
      el("td", { class: "num latest", "data-value": latest ?? "" },
        latest === null ? "—" : `${num(latest, unit)} (${r.latest.year}${r.latest.source ? "" : ", minh hoạ"}${r.proxy ? ", số liệu tỉnh" : ""})`),
      el("td", { class: "method", "data-method": method }, methodLabel(method, "vi")),
      el("td", {}, el("span", { class: `status s-${cat}`, "data-status": cat }, STATUS_VI[cat])),
      el("td", { class: "num score", "data-value": r.status.score ?? "" }, num(r.status.score)));
  }));
  state.cardData = card;
}

function renderPillars() {
  const d = state.data;
  $("#pillars").replaceChildren(...d.pillars.map((p) => {
    const rows = d.targets.filter((t) => d.indicators.find((i) => i.id === t.indicator)?.pillar === p.id).map((t) => {
      const i = d.indicators.find((x) => x.id === t.indicator);
      return el("tr", {}, el("td", {}, i.name_vi), el("td", {}, t.year ?? "—"), el("td", {}, TIER_VI[t.tier ?? ""]),
        el("td", { class: "num" }, `${COMPARATOR_VI[t.comparator]} ${num(t.value, UNIT_VI[i.unit])}`));
    });
    return el("div", { class: "pillar", "data-pillar": p.id }, el("h3", {}, `${p.name_vi} (${rows.length})`),
      el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Chỉ tiêu"), el("th", {}, "Năm"), el("th", {}, "Cấp"), el("th", {}, "Mục tiêu"))),
        el("tbody", {}, ...rows)));
  }));
}

function renderChart() {
  const ind = $("#indicator").value;
  const tier = $("#tier").value || null;
  const indicator = state.data.indicators.find((i) => i.id === ind);
  const row = state.cardData.rows.find((r) => r.indicator === ind && (r.tier ?? null) === tier);
  let path;
  try {
    path = state.plan.indicatorPath(ind, tier, row?.baseline ?? null, state.cardData.settings);
  } catch (e) {
    // One target year and no baseline before it: there is no path to draw, only the target.
    $("#milestones tbody").replaceChildren();
    $("#chart").replaceChildren(el("p", { class: "no-path", "data-code": e.code ?? "" },
      `Chưa vẽ được lộ trình: cần số liệu gốc hoặc ít nhất hai năm chỉ tiêu (${e.code ?? e}).`));
    return;
  }
  try {
    const [start] = path.span();
    const end = 2030;
    const years = [];
    for (let y = Math.ceil(start); y <= end; y++) years.push(y);
    const yearly = path.milestones(years);
    const fine = [];
    for (let t = start; t < end; t += 0.05) fine.push(t);
    fine.push(end);
    const curve = path.milestones(fine);
    const targets = state.data.targets.filter((t) => t.indicator === ind && (t.tier ?? null) === tier && t.year !== null);
    const obs = row?.observed_unit ? state.observations.series(row.observed_unit, ind, tier) : [];
    const unit = UNIT_VI[indicator.unit];

    $("#milestones tbody").replaceChildren(...yearly.map((m) => el("tr", { "data-year": m.t },
      el("td", {}, m.t), el("td", { class: "num", "data-value": m.value }, num(m.value, unit)), el("td", {}, KIND_VI[m.kind]))));
    drawChart({ curve, targets, obs, x0: Math.min(2020, start, ...obs.map((o) => o.year ?? 2020)), x1: end, share: unit.startsWith("%") });
  } finally {
    path.free();
  }
}

function drawChart({ curve, targets, obs, x0, x1, share }) {
  const W = 760, H = 300, L = 56, R = 16, T = 16, B = 32;
  const values = [...curve.map((m) => m.value), ...targets.map((t) => t.value), ...obs.map((o) => o.value)];
  let lo = Math.min(...values), hi = Math.max(...values);
  if (share) { lo = Math.min(0, lo); hi = Math.max(100, hi); }
  if (hi === lo) { hi += 1; lo -= 1; }
  const pad = (hi - lo) * 0.05;
  lo -= share ? 0 : pad; hi += share ? 0 : pad;
  const x = (t) => L + ((t - x0) / (x1 - x0)) * (W - L - R);
  const y = (v) => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("width", W);
  svg.setAttribute("height", H);
  const add = (tag, attrs, text) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    add("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e3e7ec" });
    add("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, fmt.format(v));
  }
  for (let t = Math.ceil(x0); t <= x1; t++) add("text", { x: x(t), y: H - 10, "text-anchor": "middle" }, t);
  add("path", { d: curve.map((m, i) => `${i ? "L" : "M"}${x(m.t).toFixed(1)},${y(m.value).toFixed(1)}`).join(""),
    fill: "none", stroke: "#2c6fbb", "stroke-width": 2.5, class: "milestone-path" });
  for (const t of targets) {
    add("circle", { cx: x(t.year), cy: y(t.value), r: 6, fill: "#c0262d", class: "target-mark", "data-year": t.year, "data-value": t.value })
      .append(Object.assign(document.createElementNS(ns, "title"), { textContent: t.quote }));
  }
  for (const o of obs) {
    const t = o.year ?? Number(o.date.slice(0, 4));
    add("rect", { x: x(t) - 5, y: y(o.value) - 5, width: 10, height: 10, fill: "#1b7f3b", class: "observation-mark", "data-value": o.value });
  }
  $("#chart").replaceChildren(svg);
}

// ---- Paste a plan: the text is read by the package's extractPlan; this only shows the draft. ----

/** Why a drafted target needs a look, in words. */
function reasonVi(r) {
  switch (r.kind) {
    case "unmatched_indicator": return `không khớp chỉ tiêu đã biết: «${r.phrase}»`;
    case "weak_indicator_match": return `khớp chưa chắc với «${r.indicator}» (độ giống ${fmt.format(r.score)})`;
    case "comparator_carried": return `so sánh «${COMPARATOR_VI[r.comparator]}» lấy từ đầu danh sách: «${r.words}»`;
    case "comparator_guessed": return `so sánh «${COMPARATOR_VI[r.comparator]}» là phỏng đoán: ${r.why}`;
    case "unit_guessed": return `đơn vị là phỏng đoán: ${UNIT_VI[r.unit] || r.unit}`;
    case "year_missing": return "không rõ năm";
    case "year_guessed": return `năm ${r.year} lấy từ thời kỳ kế hoạch`;
    case "year_from_context": return `năm ${r.year} lấy từ câu hoặc giai đoạn nêu trước đó`;
    case "tier_guessed": return `cấp là phỏng đoán: ${TIER_VI[r.tier]}`;
    case "aspiration": return "«phấn đấu»: mục tiêu phấn đấu";
    case "range": return `khoảng ${fmt.format(r.low)}–${fmt.format(r.high)}: lấy mức cao, mức thấp là tối thiểu`;
    case "duplicate": return `trùng với chỉ tiêu ${r.other}`;
    default: return r.kind;
  }
}
/** Below this confidence a drafted target is highlighted for review (a presentation choice). */
const LOW_CONFIDENCE = 0.8;
const pct = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 0 });

/** Reads the pasted text. */
async function readPasted() {
  const text = $("#paste-text").value;
  await readWith("reader", (extractPlan) => extractPlan(text));
}

/** Reads an opened file (a Word file, a web page, a PDF or text): a PDF with the PDF reader's module. */
async function readFile() {
  const file = $("#paste-file").files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const pdf = /\.pdf$/i.test(file.name) || new TextDecoder().decode(bytes.subarray(0, 5)) === "%PDF-";
  await readWith(pdf ? "pdf" : "reader", (extractPlan) => extractPlan(bytes, file.name));
}

/** Drafts with reader module `name` (`read` calls its extractPlan) and shows the draft for review. */
async function readWith(name, read) {
  let draft;
  try {
    if (!readers.has(name)) $("#paste-summary").textContent = "Đang tải bộ đọc văn bản…";
    const { extractPlan } = await loadReader(name);
    draft = read(extractPlan);
  } catch (e) {
    $("#paste-summary").replaceChildren(el("span", { class: "error" }, `Không đọc được (${e.code ?? e}).`));
    return;
  }
  state.draft = draft;
  const d = draft.plan;
  const low = draft.targets.filter((t) => t.confidence < LOW_CONFIDENCE).length;
  const unused = draft.unused_numbers?.length ?? 0;
  const where = [d.document.number && `số ${d.document.number}`, d.jurisdiction.name, d.document.signed_on && `ngày ${d.document.signed_on}`]
    .filter(Boolean).join(", ");
  $("#paste-summary").replaceChildren(el("span", { id: "draft-count", "data-count": draft.targets.length },
    `Đọc được ${draft.targets.length} chỉ tiêu${where ? ` (${where})` : ""}; ${low} cần xem kỹ (độ tin cậy dưới ${pct.format(LOW_CONFIDENCE)}); `
    + `${unused} con số không dùng làm chỉ tiêu${d.budget ? `; tổng kinh phí ${num(d.budget.total, "đồng")}` : ""}.`));
  $("#draft tbody").replaceChildren(...draft.targets.map((dt, i) => {
    const t = d.targets[i];
    const ind = d.indicators.find((x) => x.id === t.indicator);
    const reasons = (dt.reasons ?? []).map(reasonVi);
    return el("tr", { class: dt.confidence < LOW_CONFIDENCE ? "low" : "", "data-target": t.id, "data-year": t.year ?? "",
      "data-tier": t.tier ?? "", "data-comparator": t.comparator, "data-value": t.value, "data-unit": ind?.unit ?? "",
      "data-confidence": dt.confidence, title: t.quote },
    el("td", {}, i + 1),
    el("td", { class: "indicator" }, ind?.name_vi ?? t.indicator),
    el("td", {}, t.year ?? "—"),
    el("td", {}, TIER_VI[t.tier ?? ""]),
    el("td", {}, COMPARATOR_VI[t.comparator]),
    el("td", { class: "num value" }, fmt.format(t.value)),
    el("td", {}, UNIT_VI[ind?.unit] || ind?.unit || ""),
    el("td", { class: "num confidence" }, pct.format(dt.confidence)),
    el("td", { class: "reasons" }, reasons.length ? reasons.join("; ") : "—"));
  }));
  $("#draft").hidden = draft.targets.length === 0;
  $("#draft-notes").replaceChildren(...(draft.notes ?? []).map((n) => el("li", {}, n)));
  $("#paste-load").disabled = draft.targets.length === 0;
  $("#paste-download").disabled = false;
}

function loadDraft() {
  // The draft as if it were a bundled plan: checked by Plan.fromObject like any plan's data.
  let plan;
  try {
    plan = Plan.fromObject(state.draft.plan);
  } catch (e) {
    const problems = (e.problems ?? []).slice(0, 5).map((p) => `${p.path}: ${p.message}`).join("; ");
    $("#paste-summary").append(el("span", { class: "error" }, ` Bản nháp chưa dùng được: ${e.code ?? e}${problems ? ` (${problems})` : ""}.`));
    return;
  }
  plan.free();
  const doc = state.draft.plan.document;
  const label = `bản nháp — ${doc.number ?? state.draft.plan.id}`;
  const option = $(`#plan option[value="${DRAFT}"]`) ?? $("#plan").appendChild(el("option", { value: DRAFT }));
  option.textContent = label;
  $("#plan").value = DRAFT;
  selectPlan();
  $("#plan").scrollIntoView();
}

function downloadDraft() {
  const blob = new Blob([JSON.stringify(state.draft.plan, null, 2) + "\n"], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: `${state.draft.plan.id || "draft"}.draft.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

$("#paste-run").addEventListener("click", readPasted);
$("#paste-file").addEventListener("change", readFile);
$("#paste-load").addEventListener("click", loadDraft);
$("#paste-download").addEventListener("click", downloadDraft);
$("#plan").addEventListener("change", selectPlan);
$("#indicator").addEventListener("change", selectIndicator);
$("#tier").addEventListener("change", renderChart);
$("#as-of").addEventListener("change", () => { renderScorecard(); renderChart(); });
selectPlan();
document.body.dataset.ready = "true";
