"""Draft a plan from the plain text of a plan document, list what to check, and save it as JSON for review.

    python examples/python/draft_plan.py tests/seeds/tra_vinh.txt               # the draft, what to check
    python examples/python/draft_plan.py plan.txt --out plan.json               # save the plan to review
    python examples/python/draft_plan.py tests/seeds/can_tho.txt --check can_tho  # agreement with a bundled plan

Needs the chitieu wheel (see the README). After review, `chitieu.Plan.from_json(pathlib.Path("plan.json"))` loads
it: a `str` is always read as the JSON text itself, a file is given as a `pathlib.Path`.
"""

import argparse
import pathlib
import sys

import chitieu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", type=pathlib.Path, help="the document as UTF-8 plain text")
    parser.add_argument("--out", type=pathlib.Path, help="write the drafted plan's JSON here")
    parser.add_argument("--check", metavar="PLAN", choices=chitieu.list_plans(),
                        help="compare with a bundled (reviewed) plan: precision and recall")
    args = parser.parse_args()

    draft = chitieu.extract_plan(args.text)  # a pathlib.Path: the file, read as UTF-8
    text = args.text.read_text(encoding="utf-8")  # the text the offsets index
    plan = draft.plan
    doc = plan.document
    print(repr(draft))
    print(f"{plan.jurisdiction['name']} · {doc.get('number') or doc['kind']} · {doc.get('signed_on') or 'no date'}")
    if plan.budget:
        print(f"budget: {plan.budget['total']:,} đồng".replace(",", "."))
    for t, d in zip(plan.targets, draft.targets):
        assert text[d["start"]:d["end"]] == t["quote"]
        mark = "?" if d.get("reasons") else " "
        print(f"{mark} {d['confidence']:.2f} {t['id']:<45} {t['comparator']:<9} {t['value']:g}")
        for r in d.get("reasons", []):
            details = ", ".join(f"{k}: {v}" for k, v in r.items() if k != "kind")
            print(f"         {r['kind'].replace('_', ' ')}{' (' + details + ')' if details else ''}")
    for note in draft.notes:
        print(f"note: {note}")
    if args.check:
        a = chitieu.agreement(draft, chitieu.load_plan(args.check))
        print(f"against {args.check}: precision {a['precision']:.3f}, recall {a['recall']:.3f} "
              f"({a['matched']} of {a['drafted']} drafted, {a['reviewed']} reviewed)")
        if min(a["precision"], a["recall"]) < 0.95:
            return 1
    if args.out:
        args.out.write_text(plan.to_json(), encoding="utf-8")
        chitieu.Plan.from_json(args.out)  # what a reviewer will load (args.out is a pathlib.Path)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
