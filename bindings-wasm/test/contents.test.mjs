// What each module's code comes from: the dashboard module (`chitieu/core`) holds none of the reader's code and
// crates, nor the register's or the bulk columns'; the reader module (`chitieu/reader`) none of the
// calculations'; the bulk module (`chitieu/bulk`) none of the scorecards' or the readers'. Read from the
// function names of the WebAssembly "name" section, which the tests' build keeps (wasm-bindgen keeps it;
// the release build's wasm-opt drops it, and there the test says it is skipped). A regression of 3 Dec 2026:
// `parseAmount` composed its words (NFC), which put unicode-normalization's tables into the dashboard module,
// 64 KB gzipped (a fifth of it), unseen until a size was measured by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { pkg } from "./package.mjs";

/** An unsigned LEB128 at `at` of `bytes`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** The function names of a module's "name" section (subsection 1), or null when it has none. */
function functionNames(wasm) {
  const sections = WebAssembly.Module.customSections(new WebAssembly.Module(wasm), "name");
  if (sections.length === 0) return null;
  const bytes = new Uint8Array(sections[0]);
  const names = [];
  const decoder = new TextDecoder();
  let at = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 1) {
      let count;
      let i = at;
      [count, i] = leb(bytes, i);
      for (let k = 0; k < count; k++) {
        let length;
        [, i] = leb(bytes, i);
        [length, i] = leb(bytes, i);
        names.push(decoder.decode(bytes.subarray(i, i + length)));
        i += length;
      }
    }
    at = end;
  }
  return names;
}

/** The crates (and the core's rooms, `chitieu::extract`, and the binding's files, `chitieu_wasm::projection`) a module's
 * functions come from. */
function sources(names) {
  const found = new Set();
  for (const name of names) {
    // "chitieu::io::number::parse_amount::h…", "<chitieu::model::plan::Plan as serde_core::de::Deserialize>::…",
    // "core[c5930c85]::num::…": the path the name opens with, its hash dropped.
    const path = name.replace(/^<(&(mut )?)?(dyn )?/, "").replace(/\[[0-9a-f]+\]/g, "");
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(::([a-z_][a-z0-9_]*))?(::([a-z_][a-z0-9_]*))?/.exec(path);
    if (!m) continue;
    found.add(m[1]);
    if (m[1] === "chitieu" && m[3]) {
      found.add(`chitieu::${m[3]}`);
      if (m[5]) found.add(`chitieu::${m[3]}::${m[5]}`);
    }
    // The binding's own files ("chitieu_wasm::projection::project::h…"), which a module's features choose.
    if (m[1] === "chitieu_wasm" && m[3]) found.add(`chitieu_wasm::${m[3]}`);
  }
  return found;
}

const MODULES = {
  // The dashboard module: no reader (text, Word, HTML, PDF), no register, no bundled data, no Unicode
  // normalisation.
  chitieu_core: ["chitieu::extract", "chitieu::document", "chitieu::io::register", "chitieu::calc::succession",
    "chitieu::io::bundled", "chitieu::calc::bulk", "chitieu::calc::workload", "unicode_normalization", "zip",
    "quick_xml", "html5gum", "lopdf", "encoding_rs", "flate2",
    // nor the one-shot calculations' bindings, nor the csv crate's reader, records and serde (csv-core's
    // parser is read by the core's own records, 5 Dec 2026: 3.6 KB gzipped)
    "chitieu_wasm::milestone_once", "chitieu_wasm::projection", "chitieu_wasm::number", "csv"],
  // The one-shot calculations alone: none of the plans' loaders, scorecards, alignments, labels or readers.
  chitieu_scalar: ["chitieu::scorecard", "chitieu::label", "chitieu::alignment", "chitieu::report", "chitieu::extract",
    "chitieu::document", "chitieu::io::plan", "chitieu::io::register", "csv", "csv_core", "unicode_normalization",
    "zip"],
  // The reader alone: none of the calculations, scorecards, labels or spreadsheets.
  chitieu_reader: ["chitieu::scorecard", "chitieu::label", "chitieu::alignment", "chitieu::report", "statrs", "csv",
    "csv_core", "unicode_normalization", "lopdf"],
  // The bulk columns alone: none of the scorecards, labels, spreadsheets, readers or plan loaders.
  chitieu_bulk: ["chitieu::scorecard", "chitieu::label", "chitieu::alignment", "chitieu::report", "chitieu::extract",
    "chitieu::document", "chitieu::io::plan", "chitieu::io::register", "statrs", "csv", "csv_core",
    "unicode_normalization", "zip"],
};

/** Rooms of the core each module holds, beside the binding and `chitieu::io`: the names are read. */
const NEEDED = {
  chitieu_core: ["chitieu::model", "chitieu::scorecard", "csv_core"],
  chitieu_scalar: ["chitieu::calc::milestone", "chitieu::calc::projection", "chitieu::io::number"],
  chitieu_reader: ["chitieu::model", "chitieu::extract"],
  chitieu_bulk: ["chitieu::calc::bulk", "chitieu::calc::workload"],
};

for (const [module, forbidden] of Object.entries(MODULES)) {
  const names = functionNames(readFileSync(new URL(`web/${module}_bg.wasm`, pkg)));
  test(`${module} holds none of ${forbidden.join(", ")}`, { skip: names === null && "no name section (release build)" },
    () => {
      const found = sources(names);
      // The names are read: the module's own code and the core's rooms it needs are there.
      for (const f of ["chitieu_wasm", "chitieu::io", ...NEEDED[module]]) assert.ok(found.has(f), `${f}: ${[...found].join(" ")}`);
      assert.deepEqual(forbidden.filter((f) => found.has(f)), []);
    });
}

/** A function name of the standard library's lowercase of every script. */
const lowercasesWithTheTable = (name) => name.includes("conversions::to_lower") || name.startsWith("<str>::to_lowercase");
const dashboard = functionNames(readFileSync(new URL("web/chitieu_core_bg.wasm", pkg)));
test("the dashboard module lowercases without the standard library's table of every script (13 KB)",
  { skip: dashboard === null && "no name section (release build)" }, () => {
    // `char::to_lowercase` and `str::to_lowercase` reach the table through
    // `core::unicode::unicode_data::conversions::to_lower`; the core lowercases with `model::letter_case` (the
    // Latin letters), 4 Dec 2026. The full module, whose reader still lowercases with the standard library,
    // shows the name is read (the test below).
    assert.deepEqual(dashboard.filter(lowercasesWithTheTable), []);
    assert.ok(dashboard.some((n) => n.includes("letter_case")), "the names are read");
  });

const full = functionNames(readFileSync(new URL("web/chitieu_bg.wasm", pkg)));
test("the names are read as the tests above expect: the full module holds the reader, the register, normalisation, the one-shot calculations' bindings and the lowercase table",
  { skip: full === null && "no name section (release build)" }, () => {
    const found = sources(full);
    for (const f of ["chitieu::extract", "chitieu::document", "chitieu::calc::succession", "chitieu::calc::bulk",
      "unicode_normalization", "zip", "chitieu_wasm::milestone_once", "chitieu_wasm::projection", "chitieu_wasm::number",
      "csv_core"]) {
      assert.ok(found.has(f), f);
    }
    assert.ok(full.some(lowercasesWithTheTable));
  });

test("the dashboard module holds none of the bundled data, which the full module and chitieu/bundled's files hold", () => {
  const [core, everything] = ["chitieu_core_bg.wasm", "chitieu_bg.wasm"].map((f) => readFileSync(new URL(`web/${f}`, pkg)));
  const catalogue = JSON.parse(readFileSync(new URL("web/data/catalogue.json", pkg), "utf8"));
  const observations = JSON.parse(readFileSync(new URL("web/data/observations.json", pkg), "utf8"));
  // Words only the data has: each plan's title, an indicator's name in the catalogue, an observation's source.
  const words = [catalogue.indicators[0].name_vi, observations.observations[0].source];
  for (const file of readdirSync(new URL("web/data/plans/", pkg))) {
    words.push(JSON.parse(readFileSync(new URL(`web/data/plans/${file}`, pkg), "utf8")).document.title);
  }
  assert.equal(words.length, 8); // six plans (five seeds, one national document)
  for (const word of words) {
    assert.ok(typeof word === "string" && word.length > 20, String(word));
    assert.ok(everything.includes(Buffer.from(word)), `the full module holds ${word}`);
    assert.ok(!core.includes(Buffer.from(word)), `the dashboard module holds ${word}`);
  }
});
