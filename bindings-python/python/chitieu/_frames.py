"""Data frames in: a long-form pandas DataFrame as the JSON records the core's loader reads.

The Rust side (``src/frame.rs``) checks the column labels, calls the core and names every problem's row
and column in the frame's terms; this module only turns cells into JSON values.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, List, Optional, Sequence, Tuple

_SURROGATE = re.compile("[\ud800-\udfff]")

# A cell JSON cannot carry: (kind, row position, field, repr of the value, character offset, code point).
BadCell = Tuple[str, int, str, str, int, int]


def _check_frame(frame: Any) -> None:
    if not hasattr(frame, "columns") or not hasattr(frame, "itertuples") or not hasattr(frame, "iloc"):
        raise TypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")


def column_labels(frame: Any) -> List[str]:
    """The frame's column labels as text, in order."""
    _check_frame(frame)
    return [str(c) for c in frame.columns]


def row_label(frame: Any, position: int) -> str:
    """The index label of the row at `position`: what the frame shows and ``df.loc`` finds."""
    return str(frame.index[position])


def _cell(value: Any) -> Any:
    """A cell as a JSON scalar (None, bool, int, float or str); NaN, None, NaT and pd.NA are blank (None)."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        try:
            if value != value:  # NaT
                return None
        except (TypeError, ValueError):
            pass
        return value.isoformat()[:10]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()  # numpy scalar -> Python
        except (TypeError, ValueError):
            pass
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        # Past float's range JSON would carry a number no reader can hold: an infinity, reported as such.
        try:
            return value if abs(value) < 2**63 else float(value)
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    if isinstance(value, float):
        return None if math.isnan(value) else _whole(value)
    if hasattr(value, "__float__") and not isinstance(value, (bytes, bytearray)):
        try:
            number = float(value)  # Decimal, Fraction, ...
        except (TypeError, ValueError, OverflowError):
            return str(value)
        return None if math.isnan(number) else _whole(number)
    return str(value)


def _whole(number: float) -> Any:
    """A whole float as an int: pandas keeps an integer column with a blank as floats (2023.0), and an integer
    field of the format (a year, a rank's field) reads 2023, not 2023.0; a number field reads either alike."""
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def records_json(frame: Any, positions: Sequence[int], fields: Sequence[str]) -> Tuple[str, Optional[BadCell]]:
    """The frame's rows as a JSON array of observation records, in row order, from the columns at
    `positions` (whose labels are `fields`); or the first cell JSON cannot carry.

    A blank cell leaves its field out, except a blank ``value``, which is written as ``null``: the core skips
    that row with a ``blank_cell`` warning (a missing value is not zero), as it does for CSV.
    """
    _check_frame(frame)
    columns = frame.iloc[:, list(positions)]
    records = []
    for r, row in enumerate(columns.itertuples(index=False, name=None)):
        record = {}
        for field, raw in zip(fields, row):
            value = _cell(raw)
            if isinstance(value, float) and math.isinf(value):
                return "", ("non_finite", r, field, _short(raw), 0, 0)
            if isinstance(value, str):
                bad = _SURROGATE.search(value)
                if bad:
                    return "", ("invalid_text", r, field, "", bad.start(), ord(bad.group()))
            if value is not None or field == "value":
                record[field] = value
        records.append(record)
    return json.dumps(records, ensure_ascii=False), None


def _short(value: Any) -> str:
    try:
        text = repr(value.item() if hasattr(value, "item") and not isinstance(value, str) else value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
