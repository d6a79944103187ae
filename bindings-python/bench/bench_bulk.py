"""Benchmark of the numpy bulk API on the national workload (`make -C bindings-python bench`).

Prints, for the core's deterministic national workload (seed 2025, as core/benches/national.rs):
1. `chitieu.evaluate_cells` cells/s, best of N, timed around the whole Python call (array checks,
   conversions and the numpy result arrays included);
2. fresh output arrays against reused ones (goal: at least 0.8);
3. the Rust core's cells/s on the same cells (one core), read from the report of
   `cargo run --release -p chitieu --example national_workload` (`--core-report FILE`), run by the same
   make target on the same machine just before, and the ratio (the bulk API uses every core);
4. a straightforward vectorised numpy implementation of the same rules (milestone linear, attained for
   each comparator, gap, percent of target, progress from baseline, growth-rate ratio, category,
   score), checked to agree with the bulk API, and the speed ratio (goal: at least 5 times);
5. `import chitieu` in milliseconds (fresh interpreters, best of N, minus a bare interpreter's start).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time

import numpy as np

import chitieu


def best_of(n, fn):
    best = float("inf")
    out = None
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def numpy_rules(w):
    """The bulk rules written directly in numpy, as an analyst would (linear milestones)."""
    B, V = w["baseline"][:, None], w["target"][:, None]
    t0, T = w["baseline_t"][:, None], w["target_t"][:, None]
    t, y = w["times"][None, :], w["values"]
    d = w["polarity"].astype(float)[:, None]
    comp = w["comparator"][:, None]
    higher = d > 0

    def eq(a, b):
        return (a == b) | (np.abs(a - b) <= 1e-9 * np.maximum(np.abs(a), np.abs(b)))

    with np.errstate(all="ignore"):
        s = (t - t0) / (T - t0)
        line = np.where(s <= 0, B, np.where(s >= 1, V, B + (V - B) * s))
        milestone = np.where(t < t0, np.nan, np.where(T > t0, line, V))
        e = eq(y, V)
        tol = 0.05 * np.abs(V)
        dist = np.abs(y - V)
        floor = (comp == 0) | ((comp == 2) & higher)
        ceiling = (comp == 3) | ((comp == 2) & ~higher)
        att = np.select(
            [floor, comp == 1, ceiling, comp == 4, comp == 5],
            [(y > V) | e, (y > V) & ~e, (y < V) | e, (y < V) & ~e, (dist <= tol) | eq(dist, tol)],
            False,
        )
        present = np.isfinite(y)
        att &= present
        attained = np.where(present, att.astype(np.uint8), np.uint8(2))
        gap = d * (V - y)
        pot = np.where(higher, 100.0 * y / V, np.where(y == 0, np.nan, 100.0 * V / y))
        pot = np.where(~present | (y < 0) | (V < 0) | (higher & (V == 0)), np.nan, pot)
        progress = np.where(eq(V, B), np.nan, (y - B) / (V - B) + 0.0)
        never = (T <= t0) | (B <= 0) | (V <= 0) | (np.abs(V - B) <= 0.01 * np.maximum(np.abs(V), np.abs(B)))
        assessable = present & ~att & ~never & (t > t0) & (y > 0)
        required = (V / B) ** (1.0 / (T - t0)) - 1.0
        ratio = np.where(assessable, ((y / B) ** (1.0 / (t - t0)) - 1.0) / required, np.nan)
        category = np.select(
            [att, np.isnan(ratio), ratio >= 0.95, ratio >= 0.6, ratio >= 0],
            [0, 5, 1, 2, 3],
            4,
        ).astype(np.uint8)
        score = np.interp(ratio, [-0.6, 0.0, 0.6, 0.95, 1.3], [-5.0, -2.5, 0.0, 2.5, 5.0])
        score = np.where(att, 5.0, np.where(np.isnan(ratio), np.nan, score))
    return {
        "milestone": milestone, "attained": attained, "gap": gap, "percent_of_target": pot,
        "progress_from_baseline": progress, "ratio": ratio, "score": score, "category": category,
    }


def verdict(met):
    return "met" if met else "NOT met"


def import_ms(n):
    def run(code):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t

    bare = min(run("pass") for _ in range(n))
    full = min(run("import chitieu") for _ in range(n))
    return (full - bare) * 1e3, full * 1e3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--core-report", help="output of `cargo run --release -p chitieu --example national_workload`")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    w = chitieu.national_workload(2025)
    cells = w["values"].size
    cols = [w[k] for k in ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity", "times", "values"]]
    print(f"workload: {w['values'].shape[0]} series x {w['values'].shape[1]} years = {cells} cells (seed 2025)")

    fresh_s, bulk = best_of(args.repeat, lambda: chitieu.evaluate_cells(*cols))
    print(f"numpy bulk API, fresh output arrays each call: best of {args.repeat} {fresh_s * 1e3:.1f} ms, "
          f"{cells / fresh_s / 1e6:.1f} million cells/s")
    # Repeated calls pass the previous result as `out`, as the core's benchmark reuses its columns.
    bulk_s, _ = best_of(args.repeat, lambda: chitieu.evaluate_cells(*cols, out=bulk))
    bulk_rate = cells / bulk_s
    print(f"numpy bulk API (chitieu.evaluate_cells, linear, out= reused): best of {args.repeat} {bulk_s * 1e3:.1f} ms, "
          f"{bulk_rate / 1e6:.1f} million cells/s")
    print(f"fresh / reused output arrays: {bulk_s / fresh_s:.2f} (goal at least 0.8: {verdict(bulk_s / fresh_s >= 0.8)})")

    if args.core_report:
        text = open(args.core_report, encoding="utf-8").read()
        m = re.search(r"evaluate: best of \d+ ([\d.]+) ms, ([\d.]+) million cells/s", text)
        if m:
            core_rate = float(m.group(2)) * 1e6
            print(f"Rust core (national_workload example, same cells, one core): {float(m.group(1)):.1f} ms, "
                  f"{core_rate / 1e6:.1f} million cells/s")
            print(f"bulk API (every core) / core (one core) throughput: {bulk_rate / core_rate:.2f}")
        else:
            print("core report: no 'evaluate:' line found")

    np_s, ref = best_of(3, lambda: numpy_rules(w))
    agree = {}
    for k, v in ref.items():
        got = bulk[k]
        if v.dtype.kind == "f":
            same = np.isclose(got, v, rtol=1e-9, atol=1e-12, equal_nan=True)
        else:
            same = got == v
        agree[k] = int((~same).sum())
    print(f"plain numpy implementation of the same rules: best of 3 {np_s * 1e3:.1f} ms, "
          f"{cells / np_s / 1e6:.1f} million cells/s; differing cells per column: {agree}")
    print(f"bulk API speed-up over plain numpy: {np_s / bulk_s:.1f}x (goal at least 5x: {verdict(np_s / bulk_s >= 5)})")

    rollup_s, _ = best_of(args.repeat, lambda: chitieu.rollup_ratio_of_sums(
        w["numerators"], w["denominators"], w["group"], w["groups"], scale=100.0))
    print(f"roll-up communes -> provinces (rollup_ratio_of_sums): {rollup_s * 1e3:.1f} ms for "
          f"{w['numerators'].size} cells")

    extra, total = import_ms(10)
    print(f"import chitieu: {extra:.0f} ms over a bare interpreter start ({total:.0f} ms in all), best of 10")


if __name__ == "__main__":
    main()
