// The unit picker: old (until 30 June 2025) and new provinces, what each became or came from, and the
// merged view of a successor province. Every number comes from the chitieu WebAssembly package
// (its `register` feature, in the full module, fetched the first time the section is opened: the dashboard
// module leaves the register's 1.17 MB out); this file only picks what to show.

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
};
const fmt = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

let unitsOn, successors, predecessors, mergedView, observations, WORDS;
const asOf = () => $("#as-of")?.value || new Date().toISOString().slice(0, 10);
const BEFORE = "2025-06-30";
const AFTER = "2025-07-01";

function fillPicker() {
  const picker = $("#unit");
  picker.replaceChildren();
  for (const [label, day] of [["Tỉnh, thành từ 1/7/2025", AFTER], ["Tỉnh, thành đến 30/6/2025", BEFORE]]) {
    const group = el("optgroup", { label });
    for (const u of unitsOn(day, "province")) group.append(el("option", { value: `${u.code}@${day}` }, `${u.code} ${u.name}`));
    picker.append(group);
  }
}

function showUnit() {
  const [code, day] = $("#unit").value.split("@");
  const out = $("#unit-view");
  out.replaceChildren();
  const after = asOf() >= AFTER ? asOf() : AFTER;
  try {
    if (day === BEFORE) {
      const now = successors(code, after, BEFORE);
      out.append(el("p", {}, `Từ 1/7/2025 thuộc: ${now.map((s) => `${s.unit.code} ${s.unit.name}`).join(", ")}`));
      return;
    }
    const from = predecessors(code, after);
    if (!from.length) return;
    out.append(el("p", {}, `Hợp nhất từ: ${from.map((p) => p.unit.name).join(", ")}`));
    const view = mergedView(code, after, observations);
    const body = el("tbody");
    for (const ind of view.indicators) {
      const merged = ind.merged ? `${fmt.format(ind.merged.value)} (${ind.year}, ${ind.merged.rule})` : WORDS.merge_reason[ind.reason] ?? "—";
      for (const t of ind.targets) {
        const judged = t.achievement ? (t.achievement.attained ? "Đạt" : "Chưa đạt") : WORDS.merge_reason[t.reason] ?? "—";
        body.append(el("tr", {}, el("td", {}, ind.indicator), el("td", {}, t.plan), el("td", {}, String(t.year ?? "")),
          el("td", {}, `${WORDS.comparator[t.comparator] ?? t.comparator} ${fmt.format(t.value)}`), el("td", {}, merged), el("td", {}, judged)));
      }
    }
    out.append(el("table", {}, el("thead", {}, el("tr", {}, ...["Chỉ tiêu", "Kế hoạch", "Năm", "Mục tiêu",
      "Số liệu gộp", "Đánh giá"].map((h) => el("th", {}, h)))), body));
  } catch (e) {
    out.append(el("p", {}, `${e.code ?? "error"}: ${e.message}`));
  }
}

/** Loads the full module (with the register) once, then fills the picker. */
let opened;
async function open() {
  opened ??= import("/pkg/web/index.js").then(async (m) => {
    await m.default();
    ({ unitsOn, successors, predecessors, mergedView } = m);
    observations = m.bundledObservations();
    WORDS = m.labels("vi");
    fillPicker();
    $("#unit").addEventListener("change", showUnit);
    $("#as-of")?.addEventListener("change", showUnit);
    showUnit();
  }).catch((e) => {
    opened = undefined; // a failed fetch is tried again the next time the section is opened
    $("#unit-view").replaceChildren(el("p", {}, `${e.code ?? "error"}: ${e.message}`));
  });
  return opened;
}
$("#units-section").addEventListener("toggle", () => {
  if ($("#units-section").open) open();
});
