"""Presentation of an alignment (a plan against another): a DataFrame and an HTML table. The verdicts and
numbers come from the core; this module only lays them out."""

from typing import Any, Dict, List

from ._display import _STYLE, _SYMBOLS, _e, _num, frame

#: The verdicts in words, and the colour of each in the HTML table.
VERDICTS = {
    "stricter": ("stricter", "#1b7f3b"),
    "equal": ("equal", "#555555"),
    "looser": ("looser", "#b3261e"),
    "only_first": ("only in the first", "#6b5b00"),
    "only_second": ("only in the second", "#6b5b00"),
    "incomparable": ("incomparable", "#8a3ffc"),
}


def alignment_frame(rows: List[Dict[str, Any]]) -> Any:
    """The flat rows as a pandas DataFrame."""
    return frame(rows, "alignments")


def _side(comparator: str, value: Any, basis: str) -> str:
    if value is None:
        return "—"
    text = f"{_e(_SYMBOLS.get(comparator, ''))} {_e(_num(value))}"
    return text + (" <small>(interpolated)</small>" if basis == "interpolated" else "")


def alignment_html(alignment: Any) -> str:
    """The alignment as HTML: counts per pillar, then one row per indicator, tier and year."""
    parts = [
        f"<div class='chitieu'>{_STYLE}<h4>{_e(alignment.first)} against {_e(alignment.second)}</h4>",
    ]
    if alignment.warnings:
        parts.append(f"<p>warnings: {_e(', '.join(alignment.warnings))}</p>")
    heads = "".join(f"<th>{_e(words)}</th>" for words, _ in VERDICTS.values())
    parts.append(f"<table><thead><tr><th>pillar</th>{heads}</tr></thead><tbody>")
    for c in alignment.summary:
        cells = "".join(f"<td class='n'>{c[k]}</td>" for k in VERDICTS)
        parts.append(f"<tr><td>{_e(c['pillar'])}</td>{cells}</tr>")
    parts.append(
        "</tbody></table><table><thead><tr><th>indicator</th><th>tier</th><th>year</th>"
        f"<th>{_e(alignment.first)}</th><th>{_e(alignment.second)}</th><th>verdict</th><th>difference</th>"
        "<th>warnings</th></tr></thead><tbody>"
    )
    for r in alignment.flat_rows():
        words, colour = VERDICTS.get(r["verdict"], (r["verdict"], "#000000"))
        parts.append(
            f"<tr><td>{_e(r['name'])}<br><small>{_e(r['indicator'])}</small></td><td>{_e(r['tier'])}</td>"
            f"<td>{_e(r['year'] or '')}</td>"
            f"<td class='n'>{_side(r['first_comparator'], r['first_value'], r['first_basis'])}</td>"
            f"<td class='n'>{_side(r['second_comparator'], r['second_value'], r['second_basis'])}</td>"
            f"<td style='color:{colour}'>{_e(words)}</td><td class='n'>{_e(_num(r['difference']))}</td>"
            f"<td>{_e(r['warnings'])}</td></tr>"
        )
    parts.append("</tbody></table></div>")
    return "".join(parts)
