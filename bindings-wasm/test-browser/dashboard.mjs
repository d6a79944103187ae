// End to end in headless Chromium (Debian's): serve examples/web/ on 127.0.0.1, pick a plan and an
// indicator, read the numbers the page shows and compare them with the same package computed in Node,
// check the Vietnamese text, and save a screenshot to test-output/dashboard.png. The page loads the dashboard
// module (chitieu_core_bg.wasm), the bundled plans and observations as JSON files (`chitieu/bundled`), and
// no reader until a text is pasted. Then paste a seed plan's
// text, compare the drafted targets shown with the package's extractPlan in Node, download the draft, load it
// into the dashboard, and save test-output/paste.png; open the unit picker; open a Word file and a PDF of a
// plan (the PDF fetches the reader with PDF) and check they give the targets of its text; last, evaluate bulk
// columns with `chitieu/bulk`, fetched then, as Node's full module does.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const c = require("../pkg");
const here = new URL("..", import.meta.url).pathname;
const PLAN = "tra_vinh";
const INDICATOR = "work_files_online";
const TIER = "province";
const AS_OF = "2026-11-22";

const server = spawn(process.execPath, [new URL("../../examples/web/serve.mjs", import.meta.url).pathname, "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const base = await new Promise((resolve, reject) => {
  server.stdout.once("data", (d) => resolve(String(d).trim().split("\n")[0]));
  server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let checks = 0;
const check = (fn) => { fn(); checks += 1; };
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // Which WebAssembly modules the page fetched, in order.
  const fetched = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) fetched.push(new URL(r.url()).pathname); });
  // Which data files it fetched (`chitieu/bundled`: the dashboard module holds no bundled data).
  const dataFiles = [];
  page.on("request", (r) => { if (r.url().includes("/pkg/web/data/")) dataFiles.push(new URL(r.url()).pathname); });

  await page.goto(`${base}?asOf=${AS_OF}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  // The user picks a plan, then an indicator and a tier.
  await page.selectOption("#plan", "can_tho");
  await page.selectOption("#plan", PLAN);
  await page.selectOption("#indicator", INDICATOR);
  await page.selectOption("#tier", TIER);

  // The same computation through the package in Node.
  const plan = c.loadPlan(PLAN);
  const obs = c.bundledObservations();
  const card = c.scorecard(plan, obs, AS_OF);
  const row = card.rows.find((r) => r.indicator === INDICATOR && r.tier === TIER);
  const path = plan.indicatorPath(INDICATOR, TIER, row.baseline, card.settings);

  // Milestones: every year shown, value for value.
  const shown = await page.$$eval("#milestones tbody tr", (rows) =>
    rows.map((r) => ({ year: Number(r.dataset.year), value: Number(r.children[1].dataset.value), text: r.children[1].textContent })));
  const expected = path.milestones(shown.map((s) => s.year));
  check(() => assert.ok(shown.length >= 5 && shown.at(-1).year === 2030, `milestone years ${shown.map((s) => s.year)}`));
  shown.forEach((s, i) => check(() => {
    assert.ok(Math.abs(s.value - expected[i].value) <= 1e-9 * Math.abs(expected[i].value), `${s.year}: ${s.value} vs ${expected[i].value}`);
    // The text is Vietnamese-formatted ("80,67 %"); read back with the package's own Vietnamese reader.
    assert.ok(Math.abs(c.parseNumber(s.text.replace(/[^\d.,-]/g, "")) - expected[i].value) < 0.006, `${s.text}`);
  }));
  // Targets and observations are marked on the chart.
  const marks = await page.$$eval("circle.target-mark", (cs) => cs.map((e) => [Number(e.dataset.year), Number(e.dataset.value)]));
  const targets = plan.targetsOf(INDICATOR).filter((t) => t.tier === TIER).map((t) => [t.year, t.value]);
  check(() => assert.deepEqual(marks, targets));
  const curvePoints = await page.$eval("path.milestone-path", (p) => p.getAttribute("d").split("L").length);
  check(() => assert.ok(curvePoints > 100));

  // Scorecard: one row per target, milestones, latest values, statuses and scores as the core has them.
  const rows = await page.$$eval("#scorecard tbody tr", (trs) => trs.map((tr) => ({
    target: tr.dataset.target,
    indicator: tr.dataset.indicator,
    milestone: tr.querySelector(".milestone").dataset.value,
    latest: tr.querySelector(".latest").dataset.value,
    method: tr.querySelector(".method").dataset.method,
    methodWords: tr.querySelector(".method").textContent,
    status: tr.querySelector(".status").dataset.status,
    words: tr.querySelector(".status").textContent,
    colour: getComputedStyle(tr.querySelector(".status")).backgroundColor,
    score: tr.querySelector(".score").dataset.value,
  })));
  check(() => assert.equal(rows.length, card.rows.length));
  const asNumber = (s) => (s === "" ? null : Number(s));
  rows.forEach((r, i) => check(() => {
    const want = card.rows[i];
    assert.equal(r.target, want.target);
    assert.equal(asNumber(r.milestone), want.milestone?.value ?? null);
    assert.equal(asNumber(r.latest), want.latest?.value ?? null);
    assert.equal(r.status, want.status.category);
    assert.equal(asNumber(r.score), want.status.score);
    assert.ok(r.words.length > 0);
    // The method of the row, in the package's Vietnamese words (methodLabel), not a table of the page's own.
    assert.equal(r.method, want.method);
    assert.equal(r.methodWords, c.methodLabel(want.method, "vi"));
  }));
  // Trà Vinh's labour productivity ("tăng bình quân trên 11,5%/năm") is a yearly rate: its rows say so.
  const yearlyRows = rows.filter((r) => r.indicator === "labour_productivity_growth");
  const yearlyWords = c.methodLabel("mean_yearly_rate", "vi");
  check(() => assert.ok(yearlyRows.length >= 1, "Trà Vinh's labour-productivity rows"));
  yearlyRows.forEach((r) => check(() => {
    assert.equal(r.method, "mean_yearly_rate");
    assert.equal(r.methodWords, yearlyWords);
    assert.ok(r.methodWords.includes("tốc độ bình quân năm") && r.methodWords !== c.methodLabel("mean_yearly_rate", "en"), r.methodWords);
  }));
  // Each kind's method has its own words; the other rows of the plan are not labelled as yearly rates.
  check(() => assert.ok(rows.filter((r) => r.methodWords === yearlyWords).every((r) => r.method === "mean_yearly_rate")));
  const colours = new Map(rows.map((r) => [r.status, r.colour]));
  check(() => assert.ok(new Set(colours.values()).size === colours.size, "each status has its own colour"));
  check(() => assert.ok(rows.some((r) => r.status === "target_achieved" && r.words === "Đã đạt") || rows.every((r) => r.status !== "target_achieved")));

  // Targets by pillar: every target of the plan, under its pillar, with the pillar's Vietnamese name.
  const data = plan.toObject();
  const pillars = await page.$$eval(".pillar", (ps) => ps.map((p) => ({ id: p.dataset.pillar, title: p.querySelector("h3").textContent, rows: p.querySelectorAll("tbody tr").length })));
  check(() => assert.deepEqual(pillars.map((p) => p.id), data.pillars.map((p) => p.id)));
  check(() => assert.equal(pillars.reduce((n, p) => n + p.rows, 0), data.targets.length));
  pillars.forEach((p, i) => check(() => assert.ok(p.title.startsWith(data.pillars[i].name_vi), `${p.title} / ${data.pillars[i].name_vi}`)));

  // Alignment: the plan against the national resolution (the default reference), row for row as the package has it.
  const nation = c.loadPlan("nq57_2024");
  const aligned = c.alignment(plan, nation);
  nation.free();
  const alignRows = await page.$$eval("#alignment tbody tr", (trs) => trs.map((tr) => [tr.dataset.indicator, tr.dataset.verdict]));
  check(() => assert.deepEqual(alignRows, aligned.rows.map((r) => [r.indicator, r.verdict])));
  check(() => assert.ok(alignRows.some(([, v]) => v === "looser"), "Trà Vinh's digital economy in 2030 is below the nation's"));

  // Vietnamese text renders: the page says it is Vietnamese, UTF-8, and shows the plan's own words.
  const lang = await page.getAttribute("html", "lang");
  check(() => assert.equal(lang, "vi"));
  const text = await page.textContent("body");
  check(() => assert.ok(text.includes(data.document.title), "the plan's title"));
  check(() => assert.ok(text.includes("Chỉ tiêu theo trụ cột") && text.includes("Lộ trình chỉ tiêu đến năm 2030")));
  const charset = await page.evaluate(() => document.characterSet);
  check(() => assert.equal(charset, "UTF-8"));
  check(() => assert.deepEqual(errors, []));

  // The dashboard ran on the module without the reader: neither the reader nor the full module was fetched.
  check(() => assert.deepEqual(fetched, ["/pkg/web/chitieu_core_bg.wasm"]));
  // Its plans and observations came as JSON files: the six plans once each, for the picker, and the observations.
  const planFiles = [...c.listPlans(), ...c.listNationalPlans()].map((id) => `/pkg/web/data/plans/${id}.json`);
  check(() => assert.deepEqual(dataFiles.sort(), [...planFiles, "/pkg/web/data/observations.json"].sort()));

  mkdirSync(`${here}test-output`, { recursive: true });
  await page.screenshot({ path: `${here}test-output/dashboard.png`, fullPage: true });
  path.free();
  plan.free();

  // ---- Paste a plan: the user pastes a seed's text and clicks; the page shows the draft. ----
  const seed = readFileSync(new URL(`../../tests/seeds/${PLAN}.txt`, import.meta.url), "utf8");
  const draft = c.extractPlan(seed);
  await page.fill("#paste-text", seed);
  await page.click("#paste-run");
  await page.waitForSelector("#draft tbody tr");
  // The first reading fetched the reader's module, once.
  check(() => assert.deepEqual(fetched, ["/pkg/web/chitieu_core_bg.wasm", "/pkg/web/chitieu_reader_bg.wasm"]));
  const count = Number(await page.getAttribute("#draft-count", "data-count"));
  check(() => assert.equal(count, draft.targets.length));
  const drafted = await page.$$eval("#draft tbody tr", (trs) => trs.map((tr) => ({
    target: tr.dataset.target, year: tr.dataset.year, tier: tr.dataset.tier, comparator: tr.dataset.comparator,
    value: Number(tr.dataset.value), unit: tr.dataset.unit, confidence: Number(tr.dataset.confidence),
    low: tr.classList.contains("low"), name: tr.querySelector(".indicator").textContent,
    shown: tr.querySelector(".value").textContent, reasons: tr.querySelector(".reasons").textContent, quote: tr.title,
  })));
  check(() => assert.equal(drafted.length, draft.targets.length));
  const units = new Map(draft.plan.indicators.map((i) => [i.id, i]));
  const chars = Array.from(seed);
  drafted.forEach((r, i) => check(() => {
    const t = draft.plan.targets[i];
    const d = draft.targets[i];
    const ind = units.get(t.indicator);
    assert.deepEqual([r.target, r.year, r.tier, r.comparator, r.value, r.unit, r.confidence],
      [t.id, String(t.year ?? ""), t.tier ?? "", t.comparator, t.value, ind.unit, d.confidence]);
    assert.equal(r.low, d.confidence < 0.8);
    assert.equal(r.name, ind.name_vi); // Vietnamese names as the core has them
    assert.equal(c.parseNumber(r.shown), t.value); // "11,5" read back with the Vietnamese reader
    assert.equal(r.quote, chars.slice(d.start, d.end).join(""));
    assert.equal(r.quote, t.quote);
    assert.equal(r.reasons === "—", (d.reasons ?? []).length === 0);
  }));
  // A few values as the user reads them: "Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% ... cấp huyện và 60% ... cấp xã".
  const workFiles = drafted.filter((r) => r.year === "2025" && r.quote.includes("hồ sơ công việc cấp")).map((r) => [r.tier, r.comparator, r.shown]);
  check(() => assert.deepEqual(workFiles, [["province", "at_least", "90"], ["district", "at_least", "80"], ["commune", "at_least", "60"]]));
  check(() => assert.ok(drafted.some((r) => r.reasons.includes("lấy từ đầu danh sách")), "a carried comparator in words"));
  const summary = await page.textContent("#paste-summary");
  check(() => assert.ok(summary.includes("số 50/KH-UBND") && summary.includes("477.905.000.000 đồng"), summary));

  // Download the draft plan as JSON: the same plan as the package's draft.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#paste-download")]);
  const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
  check(() => assert.deepEqual(saved, draft.plan));
  check(() => assert.equal(download.suggestedFilename(), `${draft.plan.id}.draft.json`));

  // Load it into the dashboard as if it were a bundled plan: pillars, scorecard, milestones follow.
  await page.click("#paste-load");
  const picked = await page.$eval("#plan", (s) => [s.value, s.selectedOptions[0].textContent]);
  check(() => assert.deepEqual(picked, ["draft", "bản nháp — 50/KH-UBND"]));
  const draftPlan = c.Plan.fromObject(draft.plan);
  const draftCard = c.scorecard(draftPlan, obs, AS_OF);
  const loadedRows = await page.$$eval("#scorecard tbody tr", (trs) => trs.map((tr) => [tr.dataset.target, tr.querySelector(".status").dataset.status]));
  check(() => assert.deepEqual(loadedRows, draftCard.rows.map((r) => [r.target, r.status.category])));
  const loadedPillars = await page.$$eval(".pillar", (ps) => ps.reduce((n, p) => n + p.querySelectorAll("tbody tr").length, 0));
  check(() => assert.equal(loadedPillars, draft.targets.length));
  const milestoneRows = await page.$$eval("#milestones tbody tr", (rows) => rows.length);
  check(() => assert.ok(milestoneRows >= 5, `milestones of the draft: ${milestoneRows}`));
  const loadedTitle = await page.textContent("#plan-title");
  check(() => assert.ok(loadedTitle.includes(draft.plan.document.title), loadedTitle));
  draftPlan.free();
  check(() => assert.deepEqual(errors, []));

  // Low confidence is highlighted: Cần Thơ's text has targets the reader is unsure of (a guessed tier).
  const canTho = c.extractPlan(readFileSync(new URL("../../tests/seeds/can_tho.txt", import.meta.url), "utf8"));
  const lowWanted = canTho.targets.map((d) => d.confidence < 0.8);
  check(() => assert.ok(lowWanted.some(Boolean)));
  await page.fill("#paste-text", readFileSync(new URL("../../tests/seeds/can_tho.txt", import.meta.url), "utf8"));
  await page.click("#paste-run");
  await page.waitForFunction((n) => document.querySelector("#draft-count")?.dataset.count === String(n), canTho.targets.length);
  const lowShown = await page.$$eval("#draft tbody tr", (trs) => trs.map((tr) => [tr.classList.contains("low"), getComputedStyle(tr).backgroundColor]));
  check(() => assert.deepEqual(lowShown.map(([low]) => low), lowWanted));
  check(() => assert.ok(lowShown.every(([low, bg]) => (bg !== "rgba(0, 0, 0, 0)") === low), "low rows, and only they, have a background"));
  check(() => assert.deepEqual(errors, []));
  // A second reading used the reader already loaded.
  check(() => assert.deepEqual(fetched, ["/pkg/web/chitieu_core_bg.wasm", "/pkg/web/chitieu_reader_bg.wasm"]));
  await page.screenshot({ path: `${here}test-output/paste.png`, fullPage: true });

  // ---- The unit picker: opening it fetches the full module (with the register), once; Vĩnh Long's merged
  // view lists its predecessors and as many target rows as the package's mergedView in Node. ----
  await page.click("#units-section summary");
  await page.waitForSelector("#unit option", { state: "attached" });
  check(() => assert.deepEqual(fetched.slice(2), ["/pkg/web/chitieu_bg.wasm"]));
  const newProvinces = await page.$$eval("#unit optgroup:first-child option", (os) => os.length);
  check(() => assert.equal(newProvinces, c.unitsOn("2025-07-01", "province").length));
  check(() => assert.equal(newProvinces, 34));
  await page.selectOption("#unit", "86@2025-07-01");
  await page.waitForSelector("#unit-view table tbody tr");
  const unitText = await page.textContent("#unit-view");
  check(() => assert.ok(["Trà Vinh", "Bến Tre", "Vĩnh Long"].every((n) => unitText.includes(n)), unitText));
  const dayShown = await page.evaluate(() => document.querySelector("#as-of")?.value || new Date().toISOString().slice(0, 10));
  const view = c.mergedView("86", dayShown >= "2025-07-01" ? dayShown : "2025-07-01", obs);
  const unitRows = await page.$$eval("#unit-view table tbody tr", (trs) => trs.length);
  check(() => assert.equal(unitRows, view.indicators.reduce((n, i) => n + i.targets.length, 0)));
  // A unit before the reform says what it became.
  await page.selectOption("#unit", "84@2025-06-30");
  await page.waitForFunction(() => document.querySelector("#unit-view").textContent.includes("Từ 1/7/2025 thuộc"));
  const oldUnitText = await page.textContent("#unit-view");
  check(() => assert.ok(oldUnitText.includes("86 "), oldUnitText));
  check(() => assert.deepEqual(errors, []));

  // ---- Open a file: the Word file made from Cần Thơ's text is read by the reader already loaded; the PDF
  // fetches the reader with PDF, once; both give the targets of the text. A scan says so. ----
  const documents = new URL("../../tests/documents/", import.meta.url).pathname;
  const rowsShown = () => page.$$eval("#draft tbody tr", (trs) => trs.map((tr) =>
    [tr.dataset.year, tr.dataset.tier, tr.dataset.comparator, Number(tr.dataset.value), tr.dataset.unit, tr.title]));
  const canThoUnits = new Map(canTho.plan.indicators.map((i) => [i.id, i.unit]));
  const canThoRows = canTho.plan.targets.map((t) => [String(t.year ?? ""), t.tier ?? "", t.comparator, t.value, canThoUnits.get(t.indicator)]);
  const before = fetched.length;
  for (const [file, module] of [["can_tho.docx", []], ["can_tho.pdf", ["/pkg/web/chitieu_pdf_bg.wasm"]]]) {
    await page.fill("#paste-text", "");
    await page.evaluate(() => { document.querySelector("#draft-count")?.removeAttribute("data-count"); });
    await page.setInputFiles("#paste-file", `${documents}${file}`);
    await page.waitForFunction((n) => document.querySelector("#draft-count")?.dataset.count === String(n), canTho.targets.length);
    const shownRows = await rowsShown();
    check(() => assert.deepEqual(shownRows.map((r) => r.slice(0, 5)), canThoRows, file));
    // Each row's quote is the target's words as the file gives them.
    check(() => assert.ok(shownRows.every((r) => r[5].length > 10 && /\d/.test(r[5])), file));
    check(() => assert.deepEqual(fetched.slice(before), module, file));
  }
  await page.setInputFiles("#paste-file", `${documents}scanned.pdf`);
  await page.waitForFunction(() => document.querySelector("#paste-summary .error"));
  const scanned = await page.textContent("#paste-summary");
  check(() => assert.ok(scanned.includes("pdf_without_text"), scanned));
  check(() => assert.deepEqual(fetched.slice(before), ["/pkg/web/chitieu_pdf_bg.wasm"]));
  check(() => assert.deepEqual(errors, []));

  // ---- The bulk columns (`chitieu/bulk`): a module of their own, which the page above never fetched; in the
  // browser they give the bits Node's full module gives. ----
  check(() => assert.ok(!fetched.includes("/pkg/web/chitieu_bulk_bg.wasm"), fetched.join(" ")));
  const table = {
    baseline_t: [2022, 2019, 2021], baseline: [0, 0, 40], target_t: [2025, 2030, 2025], target: [11.5, 30, 20],
    comparator: [1, 2, 3], polarity: [1, 1, -1], times: [2021, 2022, 2023, 2024],
    values: [NaN, 7.9, 6.2, 6.8, NaN, 5, 12, 18, 40, 25, NaN, 15], kind: [1, 2, 3], field: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34],
  };
  const inBrowser = await page.evaluate(async (t) => {
    const bulk = await import("/pkg/web/bulk.js");
    await bulk.default();
    const out = bulk.evaluateBulk({ ...t, values: new Float64Array(t.values), kind: new Uint8Array(t.kind), field: new Uint32Array(t.field) });
    // The same table in a BulkWorkspace, written and read through views of the module's memory.
    const ws = new bulk.BulkWorkspace(3, 4);
    const inputs = ws.inputs();
    for (const [key, column] of Object.entries(t)) inputs[key].set(column);
    ws.evaluate();
    // Arrays of numbers, NaN as null, to cross back to Node.
    const plain = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v].map((x) => (Number.isNaN(x) ? null : x))]));
    const result = [plain(out), plain(ws.outputs())];
    ws.free();
    return result;
  }, table).then(([out, workspace]) => {
    check(() => assert.deepEqual(workspace, out));
    return out;
  });
  const inNode = c.evaluateBulk({ ...table, values: new Float64Array(table.values), kind: new Uint8Array(table.kind), field: new Uint32Array(table.field) });
  check(() => assert.deepEqual(inBrowser, Object.fromEntries(Object.entries(inNode).map(([k, v]) => [k, [...v].map((x) => (Number.isNaN(x) ? null : x))]))));
  check(() => assert.equal(inBrowser.ratio[9], 3));
  check(() => assert.deepEqual(fetched.slice(-1), ["/pkg/web/chitieu_bulk_bg.wasm"]));
  check(() => assert.deepEqual(errors, []));
  obs.free();
  console.log(`dashboard: ${checks} checks passed in headless Chromium; screenshots test-output/dashboard.png, test-output/paste.png`);
} finally {
  await browser.close();
  server.kill();
}

