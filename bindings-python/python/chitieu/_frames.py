"""Data frames in: a long-form pandas DataFrame as the JSON records the core's loader reads."""

from __future__ import annotations

import json
import math
from typing import Any

_COLUMNS = ("unit", "indicator", "year", "date", "tier", "value", "numerator", "denominator", "source", "note")


def _cell(value: Any) -> Any:
    """A cell as a JSON value; NaN, None and NaT are blank (``None``)."""
    if value is None:
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        try:
            if value != value:  # NaT
                return None
        except (TypeError, ValueError):
            pass
        return value.isoformat()[:10]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar -> Python
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else value
    return value


def records_json(frame: Any) -> str:
    """The frame's rows as a JSON array of observation records, in row order.

    Only the columns of the observation format are taken (others are left out). A blank cell leaves its
    field out, except a blank ``value``, which is written as ``null``: the core skips that row with a
    ``blank_cell`` warning at ``observations[i].value`` (a missing value is not zero), as it does for CSV.
    """
    if not hasattr(frame, "to_dict") or not hasattr(frame, "columns"):
        raise TypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")
    columns = [c for c in frame.columns if str(c) in _COLUMNS]
    records = []
    for row in frame[columns].to_dict(orient="records"):
        record = {}
        for key, raw in row.items():
            value = _cell(raw)
            if value is not None or str(key) == "value":
                record[str(key)] = value
        records.append(record)
    # allow_nan: an infinity goes through as written and the core reports it as non_finite.
    return json.dumps(records, ensure_ascii=False, allow_nan=True)
