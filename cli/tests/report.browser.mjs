// The HTML report in headless Chromium: it renders, every number on the page equals the scorecard's
// JSON (exactly in data-value, and as written in words: Vietnamese or English decimals, rounded), and it
// prints to a PDF. Run by `make test-cli`:
//   node cli/tests/report.browser.mjs target/debug/chitieu [--screenshot docs/report.png]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import assert from "node:assert/strict";

const bin = resolve(process.argv[2] ?? "target/debug/chitieu");
const shotAt = process.argv.indexOf("--screenshot");
const screenshot = shotAt > 0 ? resolve(process.argv[shotAt + 1]) : null;
const dir = mkdtempSync(join(tmpdir(), "chitieu-report-"));
const chromium = (args) =>
  execFileSync(
    "/usr/bin/chromium",
    [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", `--user-data-dir=${join(dir, "profile")}`, ...args,
    ],
    { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 },
  );
const chitieu = (args) => execFileSync(bin, args, { encoding: "utf8", maxBuffer: 64 << 20 });

/** The number a person reads back from the page's text, in the report's language. */
const readBack = (text, lang) => {
  const t = text.replace(/%$/, "").trim();
  return Number(lang === "vi" ? t.replaceAll(".", "").replace(",", ".") : t);
};
const decimals = { target_value: 2, milestone: 2, latest: 2, percent_of_target: 1, score: 1 };
const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];

let checked = 0;
try {
  for (const [plan, asOf] of [["can_tho", "2026-11-22"], ["tra_vinh", "2025-12-31"]]) {
    const card = JSON.parse(chitieu(["scorecard", plan, "--as-of", asOf, "--format", "json"]));
    for (const lang of ["vi", "en"]) {
      const page = join(dir, `${plan}.${lang}.html`);
      chitieu(["scorecard", plan, "--as-of", asOf, "--format", "html", "--lang", lang, "--out", page]);
      const dom = chromium(["--dump-dom", `file://${page}`]);
      assert.match(dom, new RegExp(`<html lang="${lang}">`));
      // Each target's row: the same targets in the same order, each number equal to the JSON's.
      const rows = [...dom.matchAll(/<tr data-target="([^"]+)">([\s\S]*?)<\/tr>/g)].filter((m) => m[2].includes('data-status'));
      assert.equal(rows.length, card.rows.length, `${plan} ${lang}: one row per target`);
      rows.forEach(([, id, cells], i) => {
        const row = card.rows[i];
        assert.equal(id, row.target);
        const status = cells.match(/data-status="([^"]+)"/)[1];
        assert.equal(status, row.status.category);
        const json = {
          target_value: row.target_value,
          milestone: row.milestone?.value,
          latest: row.latest?.value,
          percent_of_target: row.achievement?.percent_of_target,
          score: row.status.score,
        };
        const shown = {};
        for (const m of cells.matchAll(/<td class="n" data-quantity="([a-z_]+)" data-value="([^"]+)">([^<]*)/g)) {
          const [, q, v, text] = m;
          shown[q] = Number(v);
          assert.equal(Number(v), json[q], `${plan} ${lang} ${row.target} ${q}: data-value`);
          if (q !== "target_value" && q !== "latest") {
            // As written: rounded to its places (a half either way at the last place).
            const err = Math.abs(readBack(text, lang) - json[q]);
            assert.ok(err <= 0.5 * 10 ** -decimals[q] + 1e-9, `${plan} ${lang} ${row.target} ${q}: "${text}" for ${json[q]}`);
          }
          checked++;
        }
        for (const [q, v] of Object.entries(json)) {
          if (v !== null && v !== undefined) assert.ok(q in shown, `${plan} ${lang} ${row.target}: ${q} missing from the page`);
        }
      });
      // The summary's mean scores.
      for (const s of [...card.pillars, card.overall]) {
        const tr = dom.match(new RegExp(`<tr data-pillar="${s.pillar ?? ""}">([\\s\\S]*?)</tr>`));
        assert.ok(tr, `${plan}: summary of ${s.pillar}`);
        const v = attr(tr[1], "data-value");
        assert.equal(v === undefined ? null : Number(v), s.mean_score ?? null);
      }
      // The header: the as-of date and the reporting period from the plan's calendar.
      assert.match(dom, lang === "vi" ? /Ngày đánh giá:<\/b> \d\d\/\d\d\/\d{4}/ : /As of:<\/b> \d{4}-\d\d-\d\d/);
      assert.match(dom, /data-field="reporting_period"/);
      assert.ok((dom.match(/<figure data-indicator=/g) ?? []).length > 0, "milestone charts");
      // Printed on A4.
      const pdf = join(dir, `${plan}.${lang}.pdf`);
      chromium(["--no-pdf-header-footer", `--print-to-pdf=${pdf}`, `file://${page}`]);
      const bytes = readFileSync(pdf);
      assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
      assert.ok(statSync(pdf).size > 20_000, `${pdf}: ${statSync(pdf).size} bytes`);
      const pages = (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 2, `${plan} ${lang}: ${pages} A4 pages`);
      console.log(`ok ${plan} ${lang}: ${rows.length} rows, PDF ${pages} pages, ${statSync(pdf).size} bytes`);
    }
  }
  if (screenshot) {
    const page = join(dir, "tra_vinh.vi.html");
    chromium(["--hide-scrollbars", "--window-size=900,1250", `--screenshot=${screenshot}`, `file://${page}`]);
    console.log(`screenshot ${screenshot}`);
  }
  console.log(`report in Chromium: ${checked} numbers equal the JSON's`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
