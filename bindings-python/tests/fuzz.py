"""The standing fuzz campaign of the Python package: seeded mutation of real documents and random numpy
arrays, fed through the installed wheel to every reader and bulk entry point.

    python tests/fuzz.py                          # 10,000 cases per target, seed 2025
    python tests/fuzz.py --cases 100000 --seed 7  # or: make -C bindings-python fuzz CASES=100000
    python tests/fuzz.py --seconds 60 --targets extract_plan,evaluate_cells

Targets and what they are fed:

- ``plan_json``: the bundled plans' JSON (``chitieu.load_plan(id).to_json()``), damaged, to ``Plan.from_json``;
- ``observations_json`` and ``observations_csv``: the bundled observations as JSON and as spreadsheet CSV
  (``;`` and ``,``, Vietnamese headers and decimal commas), damaged, to ``Observations.from_json`` /
  ``from_csv``, with and without a plan;
- ``observations_frame``: pandas frames with misspelled, duplicated and missing columns and odd cells
  (infinities, text, Decimal, None, lone surrogates) to ``Observations.from_pandas`` (skipped without pandas);
- ``numbers``: Vietnamese numbers, percentages and amounts, damaged, to ``parse_number``, ``parse_percent``
  and ``parse_amount``;
- ``extract_plan``: windows of the seed texts in ``$CHITIEU_ROOT/tests/seeds`` (and the plans' quotes),
  damaged (lone surrogates included), to ``extract_plan``; ``draft_json``: drafts' JSON to ``Draft.from_json``;
- ``evaluate_cells`` and ``rollup_ratio_of_sums``: random arrays of wrong shapes and dtypes, NaN, infinities,
  Fortran order and strided views, codes that are not codes, counts out of range.

A case fails when it raises anything but a ``chitieu.ChitieuError`` (a ``TypeError`` from the generator's own
inputs never happens: readers get ``str``, bulk calls get arrays and ints), takes more than a second, or
breaks an invariant: a plan, observations or draft that loads does not read back to the same JSON or does not
pickle; a drafted quote is not its text; ``extract_plan`` raised; a number read is not finite; a bulk result
has the wrong shape, or written into Fortran-ordered ``out`` arrays differs from a fresh result. A crash
ends the process (the exit status is not 0). Memory growth is a failure too: the resident set at the end of a
target more than ``--max-growth`` MB above what it was after the first cases.

Prints, per target, ``cases N, failures F`` with the time and resident memory, then the first failures with
what to rerun them; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import decimal
import json
import math
import os
import pathlib
import pickle
import random
import resource
import sys
import time
import traceback
from typing import Any, Callable, Dict, List, Optional, Tuple

import numpy as np

import chitieu

SLOW = 1.0  # seconds: a case over this is a failure
REPLACEMENT = "\ufffd"

# Tokens real documents and real mistakes are made of.
TOKENS = [
    "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e308", "-1", "0", "0,9", "90,5", "1.060,5", "477.905",
    "99999999999999999999999", "9" * 400, "-0", "0.0001", "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "{", "}",
    "[", "]", ":", "null", "true", "false", "\"value\": ", "\"year\": \"2023\"", "\"year\": 1e9", "%", "2030", "2025",
    "1899", "năm", "Đến năm 2025", "tối thiểu", "trên", "dưới", "khoảng", "ít nhất", "đạt", "giảm", "tăng",
    "100%", "80-90%", "2030%", "tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "cấp tỉnh", "cấp huyện", "cấp xã",
    "\u00a0", "\u200b", "\ufeff", "\x00", "\ud800", "\udc80", "\udfff", "\ud83d\ude00", "\U0001f600", "é", "Đ",
    "\\u0000", "\\ud800", "\\", "'", "/", "-", "+", ".", "unit", "indicator", "value", "denominator", "numerator",
    "tier", "date", "2023-06-30", "30/06/2023", "2023-02-30", "province", "district", "commune", "at_least",
    "at_most", "reach", "about", "more_than", "less_than", "higher_is_better", "percent", "rank", "count",
]
UNICODE = ["\ud800", "\udbff", "\udc00", "\udfff", "\ufffd", "\u0300", "\u2028", "\x85", "\x7f", "\U0010ffff"]


# ---------------------------------------------------------------------------------------------- mutation


def mutate(rng: random.Random, text: str, tokens: List[str] = TOKENS) -> str:
    """One to eight damages (mostly one or two, so that some documents still read): cut, overwrite, insert a
    token, repeat a span, swap two spans, truncate."""
    for _ in range(rng.choice([1, 1, 1, 1, 2, 2, 3, 5, 8])):
        n = len(text)
        i = rng.randrange(n + 1)
        j = min(n, i + rng.choice([1, 1, 2, 5, 20, 100, 1000]))
        op = rng.random()
        if op < 0.2:
            text = text[:i] + text[j:]
        elif op < 0.4:
            text = text[:i] + rng.choice(tokens) + text[i + 1:]
        elif op < 0.6:
            text = text[:i] + rng.choice(tokens) + text[i:]
        elif op < 0.7:
            text = text[:i] + text[i:j] * rng.randint(2, 5) + text[j:]
        elif op < 0.8 and n > 2:
            k = rng.randrange(n)
            a, b = sorted((i, k))
            text = text[:a] + text[b:b + (j - i)] + text[a + (j - i):b] + text[a:a + (j - i)] + text[b + (j - i):]
        elif op < 0.85:
            text = text[:i]
        elif op < 0.95:
            text = text[:i] + chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0x80, 0xd7ff),
                                               rng.randint(0xe000, 0x10ffff)])) + text[i + 1:]
        else:
            text = text[:i] + rng.choice(UNICODE) + text[i:]
    return text


def replaced(text: str) -> str:
    """The text as the core reads it: each lone surrogate as U+FFFD."""
    return "".join(REPLACEMENT if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


class Broken(Exception):
    """An invariant that does not hold."""


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Broken(what)


# ---------------------------------------------------------------------------------------------- corpus


class Corpus:
    """The real documents the mutations start from."""

    def __init__(self) -> None:
        self.plans = [chitieu.load_plan(i) for i in chitieu.list_plans()]
        self.plan_texts = [p.to_json() for p in self.plans]
        obs = chitieu.bundled_observations()
        self.obs_text = obs.to_json()
        self.obs_records = obs.records
        self.csv_texts = [self._csv(obs.records, ";", decimal_comma=True, vietnamese=True),
                          self._csv(obs.records[:40], ",", decimal_comma=False, vietnamese=False),
                          self._csv(obs.records[:40], "\t", decimal_comma=True, vietnamese=False)]
        root = pathlib.Path(os.environ.get("CHITIEU_ROOT", pathlib.Path(__file__).resolve().parents[2]))
        seeds = sorted((root / "tests" / "seeds").glob("*.txt"))
        self.seed_texts = [s.read_text(encoding="utf-8") for s in seeds]
        if not self.seed_texts:
            raise SystemExit(f"no seed texts in {root / 'tests' / 'seeds'}: set CHITIEU_ROOT to the repository")
        self.quotes = [t["quote"] for p in self.plans for t in p.targets if t.get("quote")]
        self.draft_texts = [chitieu.extract_plan(t[:6000]).to_json() for t in self.seed_texts]
        self.numbers = ["11,5", "477.905", "1.060,5", "1,060.5", "90,5%", "90 %", "477.905 triệu đồng",
                        "1.060,5 tỷ đồng", "12 nghìn đồng", "0,5", "100", "2.147.483.648", "-3,25", "1e5"]

    @staticmethod
    def _csv(records: List[Dict[str, Any]], sep: str, decimal_comma: bool, vietnamese: bool) -> str:
        head = ["đơn vị", "chỉ tiêu", "năm", "giá trị", "nguồn"] if vietnamese else \
            ["unit", "indicator", "year", "value", "source"]
        lines = [sep.join(head)]
        for r in records:
            value = repr(r["value"])
            if decimal_comma:
                value = '"' + value.replace(".", ",") + '"'
            source = (r.get("source") or "").replace('"', "'")
            lines.append(sep.join([r["unit"], r["indicator"], str(r.get("year") or r.get("date")), value,
                                   f'"{source}"']))
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------- readers


def case_plan_json(rng: random.Random, c: Corpus) -> bool:
    text = mutate(rng, rng.choice(c.plan_texts))
    try:
        plan = chitieu.Plan.from_json(text)
    except chitieu.ChitieuError:
        return False
    again = chitieu.Plan.from_json(plan.to_json())
    check(again.to_json() == plan.to_json(), "a plan read back differs")
    check(pickle.loads(pickle.dumps(plan)).to_json() == plan.to_json(), "a plan does not pickle")
    return True


def case_observations_json(rng: random.Random, c: Corpus) -> bool:
    text = mutate(rng, c.obs_text)
    plan = rng.choice(c.plans) if rng.random() < 0.3 else None
    try:
        obs = chitieu.Observations.from_json(text, plan)
    except chitieu.ChitieuError:
        return False
    again = chitieu.Observations.from_json(obs.to_json())
    check(again.records == obs.records, "observations read back differ")
    check(all(math.isfinite(r["value"]) for r in obs.records), "a value read is not finite")
    check(pickle.loads(pickle.dumps(obs)).records == obs.records, "observations do not pickle")
    return True


def case_observations_csv(rng: random.Random, c: Corpus) -> bool:
    text = mutate(rng, rng.choice(c.csv_texts))
    plan = rng.choice(c.plans) if rng.random() < 0.3 else None
    try:
        obs = chitieu.Observations.from_csv(text, plan)
    except chitieu.ChitieuError:
        return False
    check(all(math.isfinite(r["value"]) for r in obs.records), "a value read is not finite")
    check(chitieu.Observations.from_json(obs.to_json()).records == obs.records, "CSV observations do not read back")
    return True


FRAME_LABELS = ["unit", "indicator", "year", "date", "tier", "value", "numerator", "denominator", "source", "note",
                "denominater", "Value", "giá trị", "", "value ", 0, 1.5, None]
ODD_CELLS = [np.inf, -np.inf, np.nan, None, "x", "", "2023", "năm 2023", "\ud800", "a\udc80b", 10**400, 2**70, -1,
             1e308, True, decimal.Decimal("1.5"), decimal.Decimal("NaN"), [1, 2], {"a": 1}, "2023-06-30", 0.9, 190.0]


def case_observations_frame(rng: random.Random, c: Corpus) -> bool:
    import pandas as pd

    rows = rng.sample(c.obs_records, rng.randint(0, 6))
    fields = ["unit", "indicator", "year", "value"] + rng.sample(["tier", "numerator", "denominator", "source"], 2)
    data = [[r.get(f) for f in fields] for r in rows]
    labels: List[Any] = list(fields)
    for _ in range(rng.randint(0, 3)):
        op = rng.random()
        if op < 0.4 and labels:
            labels[rng.randrange(len(labels))] = rng.choice(FRAME_LABELS)
        elif op < 0.7 and data:
            data[rng.randrange(len(data))][rng.randrange(len(labels))] = rng.choice(ODD_CELLS)
        elif labels:
            k = rng.randrange(len(labels))
            del labels[k]
            data = [row[:k] + row[k + 1:] for row in data]
    index = rng.choice([None, [f"r{i}" for i in range(len(data))], list(range(100, 100 + len(data)))])
    frame = pd.DataFrame(data, columns=labels, index=index)
    plan = rng.choice(c.plans) if rng.random() < 0.3 else None
    try:
        obs = chitieu.Observations.from_pandas(frame, plan)
    except chitieu.ChitieuError as e:
        check(all("observations[" not in p["path"] for p in e.problems), f"a frame problem not in frame terms: {e}")
        return False
    check(all(math.isfinite(r["value"]) for r in obs.records), "a value read is not finite")
    return True


def case_numbers(rng: random.Random, c: Corpus) -> bool:
    text = mutate(rng, rng.choice(c.numbers + TOKENS[:20]))[:200]
    read = False
    for fn in (chitieu.parse_number, chitieu.parse_percent, chitieu.parse_amount):
        try:
            value = fn(text)
        except chitieu.ChitieuError:
            continue
        read = True
        check(isinstance(value, int) or math.isfinite(value), f"{fn.__name__} gave {value!r}")
    return read


def case_extract_plan(rng: random.Random, c: Corpus) -> bool:
    if rng.random() < 0.15:
        text = mutate(rng, " ".join(rng.sample(c.quotes, rng.randint(1, 5))))
    else:
        seed = rng.choice(c.seed_texts)
        start = rng.randrange(len(seed))
        text = mutate(rng, seed[start:start + rng.choice([200, 1000, 4000])])
    try:
        draft = chitieu.extract_plan(text)
    except Exception as e:  # noqa: BLE001 - extract_plan is documented never to fail
        raise Broken(f"extract_plan raised {type(e).__name__}: {e}") from e
    check(len(draft.targets) == len(draft.plan.targets), "one draft entry per target")
    clean = replaced(text)
    for t, d in zip(draft.plan.targets, draft.targets):
        check(replaced(text[d["start"]:d["end"]]) == t["quote"], f"quote {t['quote']!r} is not its text")
        check(clean[d["start"]:d["end"]] == t["quote"], "offsets")
    check(pickle.loads(pickle.dumps(draft)).to_json() == draft.to_json(), "a draft does not pickle")
    return True


def case_draft_json(rng: random.Random, c: Corpus) -> bool:
    text = mutate(rng, rng.choice(c.draft_texts))
    try:
        draft = chitieu.Draft.from_json(text)
    except chitieu.ChitieuError:
        return False
    check(chitieu.Draft.from_json(draft.to_json()).to_json() == draft.to_json(), "a draft read back differs")
    check(pickle.loads(pickle.dumps(draft)).to_json() == draft.to_json(), "a loaded draft does not pickle")
    check(chitieu.Plan.from_json(draft.plan.to_json()).to_json() == draft.plan.to_json(),
          "a loaded draft's plan does not load")
    return True


# ---------------------------------------------------------------------------------------------- bulk

FLOATS = [0.0, 1.0, -1.0, 62.0, 90.0, 100.0, 2020.0, 2025.0, 2030.0, 1e-300, 1e300, -1e300, 1e155, np.nan, np.inf,
          -np.inf, 5e-324, 2.0**53]


def numbers_array(rng: random.Random, shape: Tuple[int, ...], base: Optional[float] = None) -> Any:
    """Numbers of `shape`, mostly sound (years, shares), some extreme, in a random dtype and layout."""
    size = int(np.prod(shape)) if shape else 1
    if base is None:
        values = np.array([rng.choice(FLOATS) if rng.random() < 0.1 else rng.uniform(-10, 110)
                           for _ in range(size)], dtype=np.float64)
    else:
        values = np.array([rng.choice(FLOATS) if rng.random() < 0.05 else base + rng.uniform(-3, 3)
                           for _ in range(size)], dtype=np.float64)
    a = values.reshape(shape) if shape else values.reshape(())
    return layout(rng, a)


def layout(rng: random.Random, a: np.ndarray) -> Any:
    op = rng.random()
    if op < 0.45:
        return a
    if op < 0.55:
        return np.asfortranarray(a)
    if op < 0.62 and a.ndim >= 1:
        big = np.repeat(a, 2, axis=0)  # a strided view of the same values
        return big[::2]
    if op < 0.67:
        return a.astype(np.float32)
    if op < 0.72:
        return a.tolist()
    if op < 0.76:
        return a.astype(object)
    if op < 0.79:
        return np.nan_to_num(a, posinf=1e9, neginf=-1e9).astype(np.int64) if np.isfinite(a).all() else a
    if op < 0.81:
        return a.astype(">f8")  # big-endian
    if op < 0.83:
        return a.astype(str)
    if op < 0.85:
        return a.astype(complex)
    if op < 0.87:
        return a.astype(bool)
    if op < 0.89 and a.ndim >= 1:
        return a.reshape(a.shape + (1,))
    if op < 0.91:
        return np.zeros((0,) * max(1, a.ndim))
    return a


CODE_VALUES = [0, 1, 2, 3, 4, 5, 6, 9, -1, 255, 256, 2**31, 2**64 - 1, 2**70, -(2**70), 3.0, 3.9, 0.5, -0.0, np.nan,
               np.inf, True]


def codes_array(rng: random.Random, n: int, valid: List[int]) -> Any:
    items = [rng.choice(valid) if rng.random() < 0.9 else rng.choice(CODE_VALUES) for _ in range(n)]
    op = rng.random()
    if op < 0.3:
        try:
            return np.array(items, dtype=rng.choice([np.uint8, np.int8, np.int64, np.uint64, np.float64]))
        except (OverflowError, ValueError):
            return items
    if op < 0.4:
        return np.array(items, dtype=object)
    if op < 0.45:
        return [str(i) for i in items]
    return items


def call_bulk(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The result, or None when refused with a ChitieuError."""
    try:
        return fn(*args, **kwargs)
    except chitieu.ChitieuError:
        return None


def case_evaluate_cells(rng: random.Random, c: Corpus) -> bool:
    n, m = rng.randint(0, 6), rng.randint(0, 6)
    off = lambda: max(0, n + (rng.choice([-1, 1]) if rng.random() < 0.05 else 0))  # noqa: E731
    base_t = numbers_array(rng, (off(),), 2020.0)
    target_t = numbers_array(rng, (off(),), 2026.0)
    cols = dict(
        baseline_t=base_t, baseline=numbers_array(rng, (off(),)), target_t=target_t,
        target=numbers_array(rng, (off(),)), comparator=codes_array(rng, off(), [0, 1, 2, 3, 4, 5]),
        polarity=codes_array(rng, off(), [1, -1]), times=numbers_array(rng, (m,), 2024.0),
    )
    shape = rng.choice([(n, m)] * 6 + [(m, n), (n * m,), (n, m, 1), (n + 1, m), ()])
    cols["values"] = numbers_array(rng, shape)
    curve = rng.choice(["linear"] * 4 + ["compound", "logistic", "step", "auto", "cubic", "\ud800"])
    bounds = rng.choice([None, None, (0.0, 100.0), (100.0, 0.0), (np.nan, 1.0), (-1e300, 1e300)])
    fresh = call_bulk(chitieu.evaluate_cells, **cols, curve=curve, bounds=bounds)
    if fresh is None:
        return False
    n, m = len(np.asarray(cols["baseline"])), len(np.asarray(cols["times"]))
    check(fresh["milestone"].shape == (n, m) and fresh["curve_used"].shape == (n,),
          f"result shape {fresh['milestone'].shape}, not {(n, m)}")
    # The same cells written into Fortran-ordered (or strided) arrays.
    make = rng.choice([np.asfortranarray, lambda v: np.repeat(np.zeros_like(v), 2, axis=0)[::2]])
    out = {k: make(np.zeros_like(v)) for k, v in fresh.items()}
    again = chitieu.evaluate_cells(**cols, curve=curve, bounds=bounds, out=out)
    check(again is out, "out is returned")
    for key, want in fresh.items():
        check(np.array_equal(out[key], want, equal_nan=True), f"out[{key!r}] differs from a fresh result")
    return True


def case_rollup(rng: random.Random, c: Corpus) -> bool:
    units, times = rng.randint(0, 6), rng.randint(0, 5)
    groups = rng.choice([0, 1, 2, 3, 5, 8, 8, 8, -1, 2**32, 2**33, 10**12, 2**64 - 1, 2**64, 2**80])
    num = numbers_array(rng, rng.choice([(units, times)] * 5 + [(times, units), (units * times,), (units, times, 1), ()]))
    shape = np.shape(num)  # as numpy reads it: a list made of a (0, 3) array is (0,)
    den = numbers_array(rng, shape if rng.random() < 0.9 else (units * times,))
    group = codes_array(rng, units, list(range(max(1, min(groups, 8)) if isinstance(groups, int) and groups > 0 else 1)))
    kwargs: Dict[str, Any] = {"scale": rng.choice([1.0, 100.0, np.nan, -1.0, 1e308])}
    if len(shape) != 2 or rng.random() < 0.2:
        kwargs["times"] = rng.choice([times, times, 0, 1, -1, 10**12, 2**64])
    out = call_bulk(chitieu.rollup_ratio_of_sums, num, den, group, groups, **kwargs)
    if out is None:
        return False
    want_times = kwargs.get("times", shape[1] if len(shape) == 2 else 1)
    check(out.shape == (groups, want_times), f"result shape {out.shape}, not ({groups}, {want_times})")
    return True


# Each case returns whether its input was accepted (True) or refused with a ChitieuError (False).
TARGETS: Dict[str, Callable[[random.Random, Corpus], bool]] = {
    "plan_json": case_plan_json,
    "observations_json": case_observations_json,
    "observations_csv": case_observations_csv,
    "observations_frame": case_observations_frame,
    "numbers": case_numbers,
    "extract_plan": case_extract_plan,
    "draft_json": case_draft_json,
    "evaluate_cells": case_evaluate_cells,
    "rollup_ratio_of_sums": case_rollup,
}
READERS = ["plan_json", "observations_json", "observations_csv", "observations_frame", "numbers", "extract_plan",
           "draft_json"]


# ---------------------------------------------------------------------------------------------- running


def rss_mb() -> float:
    """The resident set now (Linux /proc), else the peak so far (resource)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_mb()


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


class Result:
    def __init__(self, target: str) -> None:
        self.target = target
        self.cases = 0
        self.accepted = 0
        self.failures: List[Tuple[int, str]] = []
        self.failed = 0
        self.seconds = 0.0
        self.slowest = 0.0
        self.rss_start = self.rss_warm = self.rss_end = self.peak = 0.0

    def line(self) -> str:
        return (f"{self.target}: cases {self.cases}, failures {self.failed} ({self.accepted} accepted, the others "
                f"refused with a ChitieuError; {self.seconds:.1f} s, slowest case "
                f"{self.slowest * 1000:.0f} ms, RSS {self.rss_start:.0f} MB at start, {self.rss_warm:.0f} MB after "
                f"warm-up, {self.rss_end:.0f} MB at end, peak {self.peak:.0f} MB)")


def run_target(target: str, cases: Optional[int], seconds: Optional[float], seed: int, max_growth: float,
               corpus: Corpus) -> Result:
    fn = TARGETS[target]
    rng = random.Random(f"{seed}:{target}")
    result = Result(target)
    result.rss_start = rss_mb()
    warm = min(500, max(1, (cases or 10_000) // 10))
    start = time.perf_counter()
    i = 0
    while (cases is None or i < cases) and (seconds is None or time.perf_counter() - start < seconds):
        t0 = time.perf_counter()
        failure = None
        try:
            # The generator's own casts of extremes (inf to int, 1e300 to float32) are meant: no warnings.
            with np.errstate(all="ignore"):
                result.accepted += bool(fn(rng, corpus))
        except Broken as e:
            failure = f"broken: {e}"
        except Exception as e:  # noqa: BLE001 - every other kind is a failure
            if isinstance(e, chitieu.ChitieuError):
                failure = f"uncaught {type(e).__name__} outside a reader call: {e}"
            else:
                failure = f"{type(e).__name__} outside the hierarchy: {str(e)[:300]}\n{traceback.format_exc(limit=3)}"
        took = time.perf_counter() - t0
        result.slowest = max(result.slowest, took)
        if failure is None and took > SLOW:
            failure = f"slow: {took:.2f} s"
        if failure is not None:
            result.failed += 1
            if len(result.failures) < 5:
                result.failures.append((i, failure))
        i += 1
        if i == warm:
            result.rss_warm = rss_mb()
    result.cases = i
    result.seconds = time.perf_counter() - start
    result.rss_end = rss_mb()
    if i < warm:
        result.rss_warm = result.rss_start
    result.peak = peak_mb()
    growth = result.rss_end - result.rss_warm
    if growth > max_growth:
        result.failed += 1
        result.failures.append((i, f"memory grew {growth:.0f} MB after warm-up (limit {max_growth:.0f} MB)"))
    return result


def run(targets: Optional[List[str]] = None, cases: Optional[int] = 10_000, seconds: Optional[float] = None,
        seed: int = 2025, max_growth: float = 64.0, out: Callable[[str], None] = print) -> List[Result]:
    """Runs each target; prints one line per target; returns the results (for tests)."""
    names = targets or list(TARGETS)
    try:
        import pandas  # noqa: F401
    except ImportError:
        names = [n for n in names if n != "observations_frame"]
    corpus = Corpus()
    results = []
    for name in names:
        r = run_target(name, cases, seconds, seed, max_growth, corpus)
        out(r.line())
        for i, failure in r.failures:
            out(f"  case {i} (rerun: --targets {name} --seed {seed} --cases {i + 1}): {failure}")
        results.append(r)
    return results


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=None, help="cases per target (default 10,000; with --seconds, no limit)")
    parser.add_argument("--seconds", type=float, default=None, help="seconds per target")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--targets", default="", help=f"comma-separated, of: {', '.join(TARGETS)} (default all)")
    parser.add_argument("--max-growth", type=float, default=64.0, help="MB of resident memory a target may add after warm-up")
    args = parser.parse_args(argv)
    targets = [t for t in args.targets.split(",") if t] or None
    unknown = [t for t in targets or [] if t not in TARGETS]
    if unknown:
        parser.error(f"unknown targets {unknown}; expected {', '.join(TARGETS)}")
    cases = args.cases if args.cases is not None else (None if args.seconds else 10_000)
    out = lambda line: print(line, flush=True)  # noqa: E731
    out(f"chitieu {chitieu.__version__} from {pathlib.Path(chitieu.__file__).parent}; seed {args.seed}")
    results = run(targets, cases, args.seconds, args.seed, args.max_growth, out)
    failed = sum(r.failed for r in results)
    total = sum(r.cases for r in results)
    out(f"fuzz: {total} cases, {failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
