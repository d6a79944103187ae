// Plans as they arrive, through the package: the Word file and the web page made from the Cần Thơ seed
// (tests/documents/, see its README) give the targets of the text, as Uint8Array and ArrayBuffer; so does
// the PDF, through `chitieu/pdf` (the other modules leave the PDF reader out and say where it is, with
// `format_unsupported`); every bad input of issue 12 is a ChitieuError with the core's code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chitieu as c, entry } from "./package.mjs";

const reader = await entry("reader", "chitieu_reader_bg.wasm");
const pdf = await entry("pdf", "chitieu_pdf_bg.wasm");

const doc = (name) => new Uint8Array(readFileSync(new URL(`../../tests/documents/${name}`, import.meta.url)));
const seed = readFileSync(new URL("../../tests/seeds/can_tho.txt", import.meta.url), "utf8");

/** The (year, tier, comparator, value, unit) keys of a plan's targets. */
function keys(plan) {
  const unit = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  return plan.targets.map((t) => `${t.year}|${t.tier}|${t.comparator}|${t.value.toFixed(6)}|${unit.get(t.indicator)}`);
}
const expected = keys(c.extractPlan(seed).plan);

/** Asserts that `fn` throws a ChitieuError with `code`, and returns it. */
function throwsCode(fn, code) {
  let caught;
  assert.throws(fn, (e) => {
    caught = e;
    return e instanceof Error && e.name === "ChitieuError" && e.code === code && e.message.length > 0;
  });
  return caught;
}

test("the Word file and the web page give the targets of the text, as bytes of any kind", () => {
  assert.ok(expected.length >= 20);
  for (const name of ["can_tho.docx", "can_tho.html"]) {
    const bytes = doc(name);
    assert.deepEqual(keys(c.extractPlan(bytes, name).plan), expected, name);
    assert.deepEqual(keys(c.extractPlan(bytes).plan), expected, `${name} without a hint`);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    assert.deepEqual(keys(c.extractPlan(buffer, name).plan), expected, `${name} as an ArrayBuffer`);
  }
  // Text as bytes: UTF-8, and UTF-16 with its byte order mark.
  assert.deepEqual(keys(c.extractPlan(new TextEncoder().encode(seed)).plan), expected);
  const utf16 = new Uint8Array(2 + seed.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < seed.length; i++) {
    const u = seed.charCodeAt(i);
    utf16[2 + 2 * i] = u & 0xff;
    utf16[3 + 2 * i] = u >> 8;
  }
  assert.deepEqual(keys(c.extractPlan(utf16, "can_tho.txt").plan), expected);
  // The quotes are in the text read from the page, at their character offsets.
  const draft = c.extractPlan(doc("can_tho.html"));
  assert.equal(draft.targets.length, draft.plan.targets.length);
});

test("a PDF: its targets through `chitieu/pdf`; the other modules say where the PDF reader is", () => {
  const draft = pdf.extractPlan(doc("can_tho.pdf"), "can_tho.pdf");
  assert.deepEqual(keys(draft.plan), expected);
  assert.deepEqual(keys(pdf.extractPlan(doc("can_tho.pdf")).plan), expected, "without a hint");
  // A Node Buffer (readFileSync's) is a Uint8Array.
  const buffer = readFileSync(new URL("../../tests/documents/can_tho.pdf", import.meta.url));
  assert.deepEqual(keys(pdf.extractPlan(buffer, "can_tho.pdf").plan), expected, "a Buffer");
  // Every quote is the text read from the PDF at its character offsets (the text of the plan's target).
  assert.equal(draft.targets.length, draft.plan.targets.length);
  throwsCode(() => pdf.extractPlan(doc("encrypted.pdf")), "encrypted_pdf");
  const scan = throwsCode(() => pdf.extractPlan(doc("scanned.pdf")), "pdf_without_text");
  assert.match(scan.message, /optical character recognition/);
  // The PDF module reads the other formats as the reader does.
  for (const name of ["can_tho.docx", "can_tho.html"]) assert.deepEqual(keys(pdf.extractPlan(doc(name), name).plan), expected, name);
  for (const module of [c, reader]) {
    for (const name of ["can_tho.pdf", "encrypted.pdf", "scanned.pdf"]) {
      const e = throwsCode(() => module.extractPlan(doc(name), name), "format_unsupported");
      assert.match(e.message, /PDF/);
      assert.match(e.message, /chitieu\/pdf/);
    }
  }
});

test("every bad input of issue 12 is a typed error", () => {
  throwsCode(() => c.extractPlan(new Uint8Array(0)), "empty_input");
  throwsCode(() => c.extractPlan(new TextEncoder().encode(" \n\t ")), "empty_input");
  const png = throwsCode(() => c.extractPlan(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])), "binary_input");
  assert.equal(png.path, "bytes[6]");
  throwsCode(() => c.extractPlan(doc("not_a_zip.docx"), "not_a_zip.docx"), "not_a_docx");
  throwsCode(() => c.extractPlan(new TextEncoder().encode("PK\u0003\u0004 cut short"), "plan.docx"), "not_a_docx");
  const tcvn = throwsCode(() => c.extractPlan(doc("can_tho_tcvn3.txt")), "legacy_encoding");
  assert.match(tcvn.message, /TCVN3/);
  assert.match(tcvn.message, /UniKey/);
  assert.match(tcvn.path, /^bytes\[\d+\]$/);
  assert.match(throwsCode(() => c.extractPlan(doc("can_tho_vni.txt")), "legacy_encoding").message, /VNI/);
  // 50 MB of text is refused, not read.
  const line = new TextEncoder().encode("- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n");
  const big = new Uint8Array(50 * 1024 * 1024);
  for (let i = 0; i + line.length <= big.length; i += line.length) big.set(line, i);
  big.fill(0x20, big.length - (big.length % line.length));
  throwsCode(() => c.extractPlan(big), "too_large");
  // Neither a string nor bytes.
  for (const bad of [42, {}, [1, 2], new Uint16Array(2)]) throwsCode(() => c.extractPlan(bad), "wrong_type");
});

test("arbitrary bytes never trap, in the full module or the PDF module", () => {
  let state = 12;
  const rand = (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const prefixes = ["", "%PDF-1.5\n", "PK\u0003\u0004", "<!DOCTYPE html><table><tr><td>"].map((p) => new TextEncoder().encode(p));
  const real = [doc("can_tho.docx"), doc("can_tho.html"), doc("can_tho.pdf")];
  for (let i = 0; i < 300; i++) {
    let bytes;
    if (i % 3 === 0) {
      bytes = real[rand(real.length)].slice();
      for (let k = 0; k < 1 + rand(8); k++) bytes[rand(bytes.length)] = rand(256);
      bytes = bytes.slice(0, bytes.length - rand(2000));
    } else {
      const p = prefixes[rand(prefixes.length)];
      bytes = new Uint8Array(p.length + rand(600));
      bytes.set(p);
      for (let k = p.length; k < bytes.length; k++) bytes[k] = rand(256);
    }
    // The full module, and the PDF module, which reads what the others refuse as PDF.
    for (const module of [c, pdf]) {
      try {
        const draft = module.extractPlan(bytes);
        assert.equal(draft.targets.length, draft.plan.targets.length);
      } catch (e) {
        assert.equal(e.name, "ChitieuError", String(e));
        assert.ok(typeof e.code === "string" && e.code.length > 0);
      }
    }
  }
});
