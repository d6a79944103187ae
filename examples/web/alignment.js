// The dashboard's alignment section: the chosen plan against a reference (the national resolution by
// default, or another bundled plan), row by row with the verdict. Every number comes from the package.
import { alignment, labels } from "/pkg/web/core.js";
import { listNationalPlans, listPlans, loadPlan } from "./plans.js";

// The words come from the package's table of labels (the core's), read once the module is initialised.
let words;
const WORDS = () => (words ??= labels("vi"));
const fmt = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const $ = (sel) => document.querySelector(sel);
const cell = (text, attrs = {}) => {
  const td = document.createElement("td");
  for (const [k, v] of Object.entries(attrs)) td.setAttribute(k, String(v));
  td.textContent = text;
  return td;
};
const side = (s) => (s ? `${WORDS().comparator[s.comparator]} ${fmt.format(s.value)}${s.basis === "interpolated" ? ` (${WORDS().milestone_kind.interpolated})` : ""}` : "—");

let current = null;

/** Fills the reference picker once: the national documents first, then the bundled plans. */
function fillReferences() {
  const picker = $("#align-other");
  if (picker.options.length) return;
  for (const id of [...listNationalPlans(), ...listPlans()]) {
    const option = document.createElement("option");
    option.value = id;
    option.textContent = id;
    picker.append(option);
  }
  picker.addEventListener("change", () => current && renderAlignment(current));
}

/** Renders the alignment of `plan` (a Plan object, not freed here) against the chosen reference. */
export function renderAlignment(plan) {
  current = plan;
  fillReferences();
  const other = loadPlan($("#align-other").value);
  const a = alignment(plan, other);
  other.free();
  const counts = a.summary.reduce((acc, s) => {
    for (const k of Object.keys(WORDS().verdict)) acc[k] = (acc[k] ?? 0) + s[k];
    return acc;
  }, {});
  $("#align-summary").textContent = Object.entries(WORDS().verdict).map(([k, words]) => `${words}: ${counts[k] ?? 0}`).join(" · ")
    + (a.warnings.length ? ` · cảnh báo: ${a.warnings.join(", ")}` : "");
  $("#align-summary").dataset.rows = String(a.rows.length);
  $("#alignment tbody").replaceChildren(...a.rows.map((r) => {
    const tr = document.createElement("tr");
    tr.dataset.indicator = r.indicator;
    tr.dataset.verdict = r.verdict;
    tr.append(
      cell(r.name || r.indicator), cell(r.tier ? WORDS().tier[r.tier] : ""), cell(r.year ?? ""),
      cell(side(r.first)), cell(side(r.second)), cell(WORDS().verdict[r.verdict], { class: `verdict ${r.verdict}` }),
      cell(r.difference === null || r.difference === undefined ? "—" : fmt.format(r.difference)),
      cell(r.warnings.join(", ")),
    );
    return tr;
  }));
}
