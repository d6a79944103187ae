"""The merged unit's view as a dict with a pandas table: one row per predecessor's target, with the merged
figure against it (presentation only; everything is computed by the core)."""

from . import _chitieu


class MergedView(dict):
    """`merged_view(...)`: the core's record (unit, as_of, weights, predecessors, indicators) as a dict,
    with `to_pandas()`.

    >>> import chitieu
    >>> v = chitieu.merged_view("86", "2026-01-01")
    >>> v.to_pandas()["plan"].unique().tolist()
    ['tra_vinh']
    """

    def rows(self):
        """One dict per predecessor's target: indicator, plan, adopted_by, target, year, comparator, value,
        merged_year, merged_value, rule, attained, reason."""
        out = []
        for ind in self["indicators"]:
            merged = ind.get("merged")
            base = {
                "indicator": ind["indicator"],
                "unit": ind["unit"],
                "merged_year": ind.get("year"),
                "merged_value": merged["value"] if merged else None,
                "rule": merged["rule"] if merged else None,
                "missing": ", ".join(ind["missing"]),
            }
            for t in ind["targets"]:
                a = t.get("achievement")
                out.append({
                    **base,
                    "plan": t["plan"],
                    "adopted_by": t["adopted_by"],
                    "target": t["target"],
                    "year": t.get("year"),
                    "comparator": t["comparator"],
                    "value": t["value"],
                    "attained": a["attained"] if a else None,
                    "reason": t.get("reason"),
                })
        return out

    def to_pandas(self):
        """The rows as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.rows())


def merged_view(unit, as_of, observations=None, plans=None, weights=None):
    """The merged view of a successor province on `as_of` (see `_chitieu.merged_view`), with `to_pandas()`.

    >>> import chitieu
    >>> v = chitieu.merged_view("tỉnh Vĩnh Long", "2026-01-01")
    >>> sorted(p["unit"]["name"] for p in v["predecessors"])
    ['Bến Tre', 'Trà Vinh', 'Vĩnh Long']
    """
    return MergedView(_chitieu.merged_view(unit, as_of, observations, plans, weights))
