"""A fixed-seed slice of the fuzz campaign (tests/fuzz.py): a few hundred cases per target, every target."""

import fuzz


def test_fuzz_slice():
    lines = []
    results = fuzz.run(cases=300, seed=2025, out=lines.append)
    print("\n".join(lines))
    assert {r.target for r in results} >= {"plan_json", "observations_json", "observations_csv", "numbers",
                                           "extract_plan", "draft_json", "evaluate_cells", "rollup_ratio_of_sums"}
    assert all(r.cases == 300 for r in results)
    assert sum(r.failed for r in results) == 0, "\n".join(lines)
