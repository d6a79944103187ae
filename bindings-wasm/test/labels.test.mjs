// Words a person reads, from the core's one table: the same words as Python's `chitieu.labels` and the
// command's, in Vietnamese (the default) and English; a bad domain, code or language is a ChitieuError.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chitieu as c } from "./package.mjs";

test("label by domain and code, Vietnamese by default", () => {
  assert.equal(c.label("status", "target_achieved"), "Đã đạt");
  assert.equal(c.label("status", "target_achieved", "en"), "achieved");
  assert.equal(c.label("comparator", "at_least", "vi"), "tối thiểu");
  assert.equal(c.label("tier", "commune", "en"), "commune");
  assert.equal(c.label("verdict", "looser"), "thấp hơn");
  assert.equal(c.label("method", "mean_yearly_rate", "vi"), c.methodLabel("mean_yearly_rate", "vi"));
  assert.equal(c.label("tier", "hamlet"), undefined);
  // Regression: the district tier's end (1 July 2025) came without words at first.
  assert.equal(c.label("reason", "tier_abolished", "en"), "the district tier ended on 1 July 2025");
  assert.equal(c.label("not_assessable", "tier_abolished", "vi"), "cấp huyện đã kết thúc hoạt động từ 1/7/2025");
});

test("the whole table in one language", () => {
  const vi = c.labels();
  const en = c.labels("en");
  assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
  assert.equal(en.comparator.at_least, "at least");
  assert.equal(vi.unit.percent_of_grdp, "% GRDP");
  assert.equal(vi.text.whole_unit, "toàn đơn vị");
  for (const cat of ["target_achieved", "substantial_progress", "moderate_progress", "limited_progress", "deterioration", "not_assessable"]) {
    assert.ok(vi.status[cat] && en.status[cat], cat);
    assert.match(c.statusColour(cat), /^#[0-9a-f]{6}$/);
  }
  assert.equal(c.statusColour("deterioration"), "#c62828");
  // The merged view's reasons (the unit picker shows them) have words in the table, not in the dashboard.
  for (const r of ["rank_not_combined", "missing_figures", "no_common_year", "part_of_predecessor", "combine_failed"]) {
    assert.ok(vi.merge_reason[r] && en.merge_reason[r], r);
  }
  assert.equal(vi.merge_reason.rank_not_combined, "thứ hạng không gộp");
});

test("bad arguments name themselves", () => {
  const bad = (f, path) => assert.throws(f, (e) => e.name === "ChitieuError" && e.path === path);
  bad(() => c.label("colour", "x"), "domain");
  bad(() => c.labels("fr"), "lang");
  bad(() => c.label("status", "target_achieved", "fr"), "lang");
  bad(() => c.statusColour("great"), "category");
});
