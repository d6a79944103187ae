"""A bundled plan's targets, milestones and scorecard, from Python: the notebook walkthrough.ipynb as
a script.

    python examples/python/scorecard.py                       # Trà Vinh, as of today
    python examples/python/scorecard.py can_tho --as-of 2025-12-31
    python examples/python/scorecard.py --csv > card.csv      # the scorecard as CSV
    python examples/python/scorecard.py --plot chart.png      # also draw one indicator

Needs the chitieu wheel (see the README); pandas and matplotlib are optional.
"""

import argparse
import datetime
import sys

import chitieu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", nargs="?", default=chitieu.DEFAULT_PLAN, choices=chitieu.list_plans())
    parser.add_argument("--as-of", default=datetime.date.today().isoformat(), help="YYYY-MM-DD (default: today)")
    parser.add_argument("--csv", action="store_true", help="print the scorecard as CSV and stop")
    parser.add_argument("--plot", metavar="PNG", help="draw the first indicator with targets to this file")
    args = parser.parse_args()

    plan = chitieu.load_plan(args.plan)
    observations = chitieu.bundled_observations()
    try:
        card = chitieu.scorecard(plan, observations, as_of=args.as_of)
    except chitieu.ChitieuError as e:
        print(f"error [{e.code}] {e.path}: {e}", file=sys.stderr)
        return 2
    if args.csv:
        sys.stdout.write(card.to_csv())
        return 0

    doc = plan.document
    print(f"{plan.id}: {doc['title']}")
    print(f"{plan.jurisdiction['name']} · {doc.get('number') or doc['kind']} · signed {doc.get('signed_on')}")
    print(f"{len(plan.indicators)} indicators, {len(plan.targets)} targets\n")

    # Targets: the plan's own words.
    print("Targets")
    for t in plan.targets[:8]:
        name = plan.indicator(t["indicator"])["name_vi"]
        print(f"  {t.get('year') or '—'} {t.get('tier') or '':9} {t['comparator']:9} {t['value']:>8g}  {name}")
    if len(plan.targets) > 8:
        print(f"  ... and {len(plan.targets) - 8} more")

    # Milestones 2025-2030 of each indicator that has a path.
    print("\nMilestones 2025-2030 (stated by the plan, interpolated, or held)")
    seen = set()
    for t in plan.targets:
        key = (t["indicator"], t.get("tier"))
        if key in seen or t.get("year") is None:
            continue
        seen.add(key)
        try:
            ms = plan.milestones(t["indicator"], times=list(range(2025, 2031)), tier=t.get("tier"))
        except chitieu.MilestoneError:
            continue  # starts after 2025 or has a single target year
        cells = " ".join(f"{m['value']:7.1f}{'*' if m['kind'] == 'stated' else ' '}" for m in ms)
        print(f"  {t['indicator'][:28]:28} {t.get('tier') or '':9} {cells}")

    # The scorecard.
    o = card.overall
    mean = "n/a" if o["mean_score"] is None else f"{o['mean_score']:.2f}"
    print(f"\nScorecard as of {card.as_of}: {o['attained']} of {o['targets']} targets attained, mean score {mean}")
    for p in card.pillars:
        score = "insufficient data" if p["mean_score"] is None else f"{p['mean_score']:.2f}"
        print(f"  {p['name_vi'][:50]:50} {p['attained']:>2}/{p['targets']:<2} {score}")
    for r in card.flat_rows():
        latest = "—" if r["latest_value"] is None else f"{r['latest_value']:g} ({r['latest_year']})"
        print(f"  {r['target'][:34]:34} {latest:>14}  {r['status']}")

    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        first = next(t for t in plan.targets if len(plan.targets_of(t["indicator"])) > 1)
        ax = chitieu.plot_indicator(plan, first["indicator"], tier=first.get("tier"), observations=observations)
        ax.figure.savefig(args.plot, dpi=120, bbox_inches="tight")
        print(f"\nchart of {first['indicator']} written to {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
