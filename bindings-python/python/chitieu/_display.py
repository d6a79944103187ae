"""Presentation only: data frames, HTML tables for Jupyter. Every number shown comes from the core."""

from __future__ import annotations

import html
from typing import Any, Dict, List, Optional, Tuple

from . import _chitieu

#: Status codes in the bulk API's numeric order (``evaluate_cells(...)["category"]``).
_STATUS_CODES = [
    "target_achieved",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "not_assessable",
]

#: Status categories in the bulk API's numeric order, each with its words (English, from the core's label
#: table) and the colour every report uses.
CATEGORIES: List[Tuple[str, str, str]] = [
    (code, _chitieu.label("status", code, "en") or code, _chitieu.status_colour(code)) for code in _STATUS_CODES
]

#: Comparator names in the bulk API's numeric order (``evaluate_cells(comparator=...)``).
COMPARATORS: List[str] = ["at_least", "more_than", "reach", "at_most", "less_than", "about"]

#: Polarity names and the bulk API's codes.
POLARITIES: Dict[str, int] = {"higher_is_better": 1, "lower_is_better": -1}


def _label(domain: str, code: Optional[str], lang: str = "vi") -> str:
    """A code in words from the core's label table (the code itself when the table lacks it)."""
    if code is None:
        return ""
    return _chitieu.label(domain, code, lang) or code


def _text(key: str, lang: str = "vi") -> str:
    """A fixed word of tables and reports, from the core's label table."""
    return _label("text", key, lang)
_SYMBOLS = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "about": "≈"}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pandas is optional
        raise ImportError(
            "to_pandas() needs pandas, which is not installed: pip install pandas "
            "(without it, the same data is available as lists of dicts: .targets, .milestones(), .flat_rows())"
        ) from e
    return pandas


def frame(records: List[Dict[str, Any]], what: str = "tables") -> Any:
    """A DataFrame of a list of flat dicts."""
    pd = _pandas()
    return pd.DataFrame.from_records(records) if records else pd.DataFrame()


#: The coded columns of a scorecard's flat rows and the domain of the label table their codes are in.
_CODED = {
    "status": "status",
    "status_reason": "not_assessable",
    "comparator": "comparator",
    "tier": "tier",
    "unit": "unit",
    "method": "method",
    "milestone_kind": "milestone_kind",
}


def labelled_frame(records: List[Dict[str, Any]], lang: str) -> Any:
    """A scorecard's flat rows with their codes in words (labels from the core's table, in ``lang``) and a
    ``name`` column with the indicator's name in that language."""
    words = _chitieu.labels(lang)
    rows = []
    for r in records:
        row = dict(r)
        for column, domain in _CODED.items():
            code = row.get(column)
            if isinstance(code, str):
                row[column] = words.get(domain, {}).get(code, code)
        rows.append(row)
    df = frame(rows)
    if len(df):
        df.insert(0, "name", df["name_vi"] if lang == "vi" else df["name_en"])
    return df


def targets_frame(plan: Any) -> Any:
    """The plan's targets, one row each, with the indicator's names, unit and polarity beside them."""
    pd = _pandas()
    indicators = {i["id"]: i for i in plan.indicators}
    rows = []
    for t in plan.targets:
        ind = indicators.get(t["indicator"], {})
        rows.append(
            {
                "id": t["id"],
                "indicator": t["indicator"],
                "name_vi": ind.get("name_vi"),
                "name_en": ind.get("name_en"),
                "pillar": ind.get("pillar"),
                "year": t.get("year"),
                "tier": t.get("tier"),
                "comparator": t["comparator"],
                "value": t["value"],
                "unit": ind.get("unit"),
                "polarity": ind.get("polarity"),
                "tolerance": t.get("tolerance"),
                "quote": t["quote"],
                "note": t.get("note"),
            }
        )
    df = pd.DataFrame.from_records(rows)
    if "year" in df:
        df["year"] = df["year"].astype("Int64")
    return df


def observations_frame(observations: Any) -> Any:
    """Observations, one row each, in the long form `Observations.from_pandas` reads."""
    pd = _pandas()
    records = observations.records
    columns = ["unit", "indicator", "year", "date", "tier", "value", "numerator", "denominator", "source", "note"]
    # Every field the records have, those the list above does not name too: nothing is left out.
    columns += list(dict.fromkeys(k for r in records for k in r if k not in columns))
    df = pd.DataFrame.from_records(records, columns=columns)
    df["year"] = df["year"].astype("Int64")
    return df.dropna(axis=1, how="all").reset_index(drop=True) if len(df) else df


def _e(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _num(value: Optional[float], digits: int = 2) -> str:
    if value is None:
        return "—"
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


_STYLE = (
    "<style>.chitieu td,.chitieu th{padding:2px 8px;text-align:left;vertical-align:top}"
    ".chitieu .n{text-align:right;font-variant-numeric:tabular-nums}"
    ".chitieu .s{color:#fff;border-radius:3px;padding:0 4px;white-space:nowrap}</style>"
)


def plan_html(plan: Any) -> str:
    """The plan as an HTML table: document, then each target with the document's own words."""
    doc = plan.document
    period = plan.period
    indicators = {i["id"]: i for i in plan.indicators}
    head = (
        f"<div class='chitieu'>{_STYLE}<h4>{_e(doc.get('title'))}</h4>"
        f"<p><b>{_e(plan.jurisdiction.get('name'))}</b> · {_e(doc.get('number') or doc.get('kind'))}"
        f" · {_e(doc.get('issuer'))} · {_e(doc.get('signed_on'))} · "
        f"{_e(period.get('from') or '')}–{_e(period.get('to'))}"
        f"{' → ' + _e(period.get('horizon')) if period.get('horizon') else ''}"
        f" · {len(plan.targets)} targets</p>"
    )
    rows = []
    for t in plan.targets:
        ind = indicators.get(t["indicator"], {})
        polarity = ind.get("polarity")
        symbol = _SYMBOLS.get(t["comparator"]) or ("≥" if polarity == "higher_is_better" else "≤")
        rows.append(
            "<tr>"
            f"<td>{_e(ind.get('name_vi'))}<br><small>{_e(t['indicator'])}</small></td>"
            f"<td>{_e(t.get('year') or '')}</td><td>{_e(_label('tier', t.get('tier')))}</td>"
            f"<td class='n'>{_e(symbol)} {_e(_num(t['value']))} {_e(_label('unit', ind.get('unit')))}</td>"
            f"<td><small>“{_e(t['quote'])}”</small></td></tr>"
        )
    table = (
        f"<table><thead><tr><th>{_e(_text('indicator'))}</th><th>{_e(_text('year'))}</th>"
        f"<th>{_e(_text('tier'))}</th><th>{_e(_text('target_value'))}</th><th>{_e(_text('source'))}</th></tr>"
        "</thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )
    return head + table


def status_badge(code: str, lang: str = "vi") -> str:
    """A status in words (from the core's label table) on its colour."""
    colour = _chitieu.status_colour(code) if code in _STATUS_CODES else "#6e7781"
    return f"<span class='s' style='background:{colour}'>{_e(_label('status', code, lang))}</span>"


def scorecard_html(card: Any, lang: str = "vi") -> str:
    """The scorecard as HTML: a summary per pillar, then one row per target with status in words and colour.
    Every word is from the core's label table, in ``lang``; numbers are written the way of that language."""
    t = lambda key: _e(_text(key, lang))  # noqa: E731
    num = _num if lang == "vi" else (lambda v: "—" if v is None else f"{v:,.2f}".rstrip("0").rstrip("."))
    o = card.overall
    mean = "—" if o.get("mean_score") is None else num(o["mean_score"])
    parts = [
        f"<div class='chitieu'>{_STYLE}<h4>{t('scorecard')} {_e(card.plan)} · {_e(card.unit)} · "
        f"{t('as_of')} {_e(card.as_of)}</h4>",
        f"<p>{t('attained_of')}: {o['attained']} / {o['targets']} · {t('mean_score')}: {mean} (−5..5)</p>",
        f"<table><thead><tr><th>{t('pillar')}</th><th>{t('indicators')}</th><th>{t('assessable')}</th>"
        f"<th>{t('attained_of')}</th><th>{t('mean_score')}</th></tr></thead><tbody>",
    ]
    for p in card.pillars:
        score = _label("reason", p.get("reason"), lang) if p.get("mean_score") is None else num(p["mean_score"])
        name = p["name_vi"] if lang == "vi" else p["name_en"]
        parts.append(
            f"<tr><td>{_e(name)}</td>"
            f"<td class='n'>{p['indicators']}</td><td class='n'>{p['assessable']}</td>"
            f"<td class='n'>{p['attained']} / {p['targets']}</td><td class='n'>{_e(score)}</td></tr>"
        )
    parts.append(
        f"</tbody></table><table><thead><tr><th>{t('indicator')}</th><th>{t('year')}</th><th>{t('tier')}</th>"
        f"<th>{t('target_value')}</th><th>{t('milestone')}</th><th>{t('latest')}</th><th>{t('status')}</th>"
        f"<th>{t('score')}</th></tr></thead><tbody>"
    )
    for r in card.flat_rows():
        latest = "—" if r["latest_value"] is None else f"{num(r['latest_value'])} ({r['latest_year']})"
        if r.get("latest_value") is not None and not r.get("latest_source"):
            latest += f" <small>{t('illustrative')}</small>"
        if r.get("proxy"):
            latest += f" <small>{t('proxy')} {_e(r.get('observed_unit'))}</small>"
        name = r["name_vi"] if lang == "vi" else r["name_en"]
        unit = _label("unit", r["unit"], lang)
        reason = r.get("status_reason")
        parts.append(
            f"<tr><td>{_e(name)}<br><small>{_e(r['indicator'])}</small></td>"
            f"<td>{_e(r['year'] or '')}</td><td>{_e(_label('tier', r['tier'], lang))}</td>"
            f"<td class='n'>{_e(_label('comparator', r['comparator'], lang))} {_e(num(r['target_value']))} {_e(unit)}</td>"
            f"<td class='n'>{_e(num(r['milestone']))}</td><td class='n'>{latest}</td>"
            f"<td>{status_badge(r['status'], lang)}"
            f"{'<br><small>' + _e(_label('not_assessable', reason, lang)) + '</small>' if reason else ''}</td>"
            f"<td class='n'>{_e(num(r['score']))}</td></tr>"
        )
    parts.append("</tbody></table></div>")
    return "".join(parts)


# Drafts read from a document's text: words for the reader's reasons, a review table, a data frame.

#: A draft target below this confidence is highlighted in the HTML review view.
LOW_CONFIDENCE = 0.8

_UNUSED_WORDS = {
    "year": "a year",
    "date": "part of a date",
    "document_number": "part of a document number",
    "section_number": "a section or list number",
    "service_level": "a level of online public service",
    "age": "an age",
    "count": "a count of tasks, solutions or platforms",
    "technology": "a technology's name",
    "place_name": "part of a place's name",
    "page_furniture": "page furniture (time, views, rating, comment)",
    "budget": "an amount read into the budget",
    "reporting": "a deadline read into the reporting calendar",
    "share_above100": "a share above 100%",
    "range_bound": "the lower bound of a range (the target takes the upper)",
    "no_unit": "no unit the reader knows as a target's",
    "restated": "a target said again (drafted once)",
    "national": "the nation's target, not the plan's",
    "comparison": "a change against a base year beside a figure",
}


def reason_words(reason: Dict[str, Any]) -> str:
    """One reason of a draft target (a dict with a ``kind``) in words."""
    kind = reason.get("kind")
    if kind == "unmatched_indicator":
        return f"indicator not recognised, new id made from “{reason.get('phrase')}”"
    if kind == "weak_indicator_match":
        return (
            f"weak indicator match: “{reason.get('phrase')}” → {reason.get('indicator')}"
            f" (similarity {float(reason.get('score') or 0):.2f})"
        )
    if kind == "comparator_carried":
        return f"comparator {reason.get('comparator')} carried from “{reason.get('words')}”"
    if kind == "comparator_guessed":
        return f"comparator {reason.get('comparator')} guessed: {reason.get('why')}"
    if kind == "unit_guessed":
        return f"unit guessed: {reason.get('unit')}"
    if kind == "year_missing":
        return "no year given"
    if kind == "year_guessed":
        return f"year {reason.get('year')} taken from the plan's period"
    if kind == "year_from_context":
        return f"year {reason.get('year')} stated earlier in the text, not in the figure's clause"
    if kind == "tier_guessed":
        return f"tier {reason.get('tier')} inferred from a city word"
    if kind == "aspiration":
        return "“phấn đấu”: an aspiration, not a firm commitment"
    if kind == "duplicate":
        return f"stated twice (also {reason.get('other')})"
    extra = ", ".join(f"{k}={v}" for k, v in reason.items() if k != "kind")
    return f"{kind}{': ' + extra if extra else ''}"


def unused_words(reason: str) -> str:
    """Why a number was not used as a target, in words."""
    return _UNUSED_WORDS.get(reason, reason.replace("_", " "))


def _draft_rows(draft: Any) -> List[Dict[str, Any]]:
    plan = draft.plan
    indicators = {i["id"]: i for i in plan.indicators}
    rows = []
    for t, d in zip(plan.targets, draft.targets):
        ind = indicators.get(t["indicator"], {})
        rows.append(
            {
                "id": t["id"],
                "indicator": t["indicator"],
                "name_vi": ind.get("name_vi"),
                "year": t.get("year"),
                "tier": t.get("tier"),
                "comparator": t["comparator"],
                "value": t["value"],
                "unit": ind.get("unit"),
                "confidence": d["confidence"],
                "reasons": "; ".join(reason_words(r) for r in d.get("reasons", [])),
                "quote": t["quote"],
                "start": d["start"],
                "end": d["end"],
            }
        )
    return rows


def draft_frame(draft: Any) -> Any:
    """The drafted targets, one row each, with confidence and the reasons in words."""
    pd = _pandas()
    columns = ["id", "indicator", "name_vi", "year", "tier", "comparator", "value", "unit", "confidence",
               "reasons", "quote", "start", "end"]
    df = pd.DataFrame.from_records(_draft_rows(draft), columns=columns)
    df["year"] = df["year"].astype("Int64")
    return df


def draft_html(draft: Any) -> str:
    """A review view of a draft: what it found (low confidence highlighted, reasons in words), the numbers
    it saw and did not use, and its notes. Every text is escaped."""
    plan = draft.plan
    doc = plan.document
    rows = _draft_rows(draft)
    unsure = sum(1 for r in rows if r["reasons"])
    low = sum(1 for r in rows if r["confidence"] < LOW_CONFIDENCE)
    parts = [
        f"<div class='chitieu'>{_STYLE}<h4>Draft: {_e(doc.get('title') or plan.id)}</h4>",
        f"<p><b>{_e(plan.jurisdiction.get('name'))}</b> · {_e(doc.get('number') or doc.get('kind'))}"
        f" · {_e(doc.get('signed_on') or 'no date')} · {len(rows)} targets, {unsure} to check"
        f" ({low} below {LOW_CONFIDENCE:.0%} confidence) · {len(draft.unused_numbers)} numbers not used</p>",
    ]
    if draft.notes:
        parts.append("<ul>" + "".join(f"<li>{_e(n)}</li>" for n in draft.notes) + "</ul>")
    parts.append(
        "<table><thead><tr><th>chỉ tiêu</th><th>năm</th><th>cấp</th><th>target</th><th>confidence</th>"
        "<th>to check</th><th>quote</th></tr></thead><tbody>"
    )
    for r in rows:
        symbol = _SYMBOLS.get(r["comparator"], "=")
        flag = " style='background:#fff3cd'" if r["confidence"] < LOW_CONFIDENCE else ""
        parts.append(
            f"<tr{flag}><td>{_e(r['name_vi'])}<br><small>{_e(r['indicator'])}</small></td>"
            f"<td>{_e(r['year'] or '')}</td><td>{_e(r['tier'] or '')}</td>"
            f"<td class='n'>{_e(symbol)} {_e(_num(r['value']))} {_e(r['unit'])}</td>"
            f"<td class='n'>{r['confidence']:.2f}</td><td><small>{_e(r['reasons'])}</small></td>"
            f"<td><small>“{_e(r['quote'])}” [{r['start']}:{r['end']}]</small></td></tr>"
        )
    parts.append("</tbody></table>")
    unused = draft.unused_numbers
    if unused:
        parts.append(
            "<details><summary>Numbers seen and not used</summary><table><thead><tr><th>number</th>"
            "<th>why</th><th>at</th></tr></thead><tbody>"
        )
        for u in unused:
            parts.append(
                f"<tr><td>{_e(u['text'])}</td><td>{_e(unused_words(u['reason']))}</td>"
                f"<td class='n'>{u['start']}</td></tr>"
            )
        parts.append("</tbody></table></details>")
    parts.append("</div>")
    return "".join(parts)
