"""Reads the Standing Committee's commune resolutions (1654..1687/NQ-UBTVQH15) as text: which old
communes (whole, or part of their area) form each new commune.

Used by make_register.py, which bundles what this finds for the provinces it checks and compares it with
the machine-drafted mapping of the source repository. Standard library only.
"""
import re
import unicodedata

# The five Vietnamese tone marks as combining characters (NFD). Their place inside a syllable is a
# spelling convention ("Hòa" / "Hoà"), so a name's key keeps them at the end of each syllable.
TONES = "\u0300\u0301\u0303\u0309\u0323"
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}


def key(name, roman=False):
    """The matching key of a name: NFD, lower case, each syllable's tone mark at its end, one space."""
    words = []
    for word in unicodedata.normalize("NFD", name).lower().split():
        tones = "".join(c for c in word if c in TONES)
        base = "".join(c for c in word if c not in TONES)
        if roman and base in ROMAN:
            base = ROMAN[base]
        words.append(base + tones)
    return " ".join(words)


COMMUNE_KINDS = {"xã": "commune", "phường": "ward", "thị trấn": "township", "đặc khu": "special_zone"}
DISTRICT_KINDS = {"huyện": "rural_district", "quận": "urban_district", "thị xã": "town", "thành phố": "provincial_city"}


def split_prefix(full, kinds):
    """("Phường 5", COMMUNE_KINDS) -> ("ward", "5"): the kind named by the prefix, and the bare name."""
    text = " ".join(full.replace("<br>", " ").split())
    low = text.lower()
    for prefix in sorted(kinds, key=len, reverse=True):
        if low.startswith(prefix + " "):
            return kinds[prefix], text[len(prefix) + 1 :].strip()
    raise ValueError(f"no known prefix in {full!r}")


def unglue(s):
    """Repairs words run together by the PDF-to-text conversion ("Tam Bìnhthành", "xãPhú", "Avà")."""
    s = s.replace("\\", "").replace("<br>", " ")
    s = re.sub(r"\*\*", " ** ", s)
    out = []
    for i, c in enumerate(s):
        if i and c.isupper() and s[i - 1].islower():
            out.append(" ")
        out.append(c)
    s = "".join(out)
    words = r"thành|và|sau|của|các|xã|phường|là|khoản|một phần|phần còn lại|thị trấn"
    glued = re.compile(r"(?<=[^\W\d_])(?=(?:%s)(?![^\W\d_]))" % words)
    while glued.search(s):
        s = glued.sub(" ", s)
    s = re.sub(r"(?<=\S)\(", " (", s)
    s = re.sub(r",(?=\S)", ", ", s)
    s = re.sub(r"\)(?=[^\W\d_])", ") ", s)
    return " ".join(s.split())


def clauses(text):
    """The numbered clauses of Article 1 as (number, text), in order."""
    text = unicodedata.normalize("NFC", text)
    start = text.find("**Điều 1")
    end = text.find("**Điều 2")
    body = text[start:end].replace("\\", "")
    # The clauses follow the article's heading and its preamble ("... như sau:").
    body = body[body.find("như sau:") + len("như sau:") :] if "như sau:" in body else body[body.find("**", 2) + 2 :]
    found, current = [], None
    # Clause numbers run 1, 2, 3...; a number out of sequence is part of the text.
    for m in re.finditer(r"(?:^|\n|\s)(\d+)\.\s*(?=[^\d\s])", body):
        n = int(m.group(1))
        if current is None and n == 1 or current is not None and n == current[0] + 1:
            if current is not None:
                found.append((current[0], body[current[1] : m.start()]))
            current = (n, m.end())
    if current is not None:
        found.append((current[0], body[current[1] :]))
    return [(n, unglue(t)) for n, t in found]


MARKERS = [
    (r"toàn bộ (?:diện tích tự nhiên(?:,| và)? )?(?:quy mô dân(?: số)? )?(?:của )*", "<W>"),
    (r"một phần (?:diện tích tự nhiên(?:,| và)? )?(?:quy mô dân(?: số)? )?(?:của )*", "<P>"),
    (r"phần còn lại (?:của )*", "<R>"),
]
ITEM_KIND = re.compile(r"^(?:các )?(xã|phường|thị trấn|đặc khu) (?=\S)|^(Phường|Xã|Thị trấn) (?=\S)")


def parse_clause(number, text):
    """One clause: {"number", "new_kind", "new_name", "items": [{"share", "kind", "name", "qualifier"}]}
    or None when the clause forms no new unit (the closing count)."""
    m = re.match(
        r"Sắp xếp (.*?) thành (xã|phường|đặc khu) mới có tên gọi là (?:\*\* )?(xã|phường|đặc khu) (?:\*\* )?(.*?)(?: \*\*)? ?\.?$",
        text,
    )
    if not m:
        return None
    src = m.group(1)
    src = re.sub(r" ?sau khi (?:thực hiện )?sắp xếp theo quy định tại (?:các )?khoản ?(?:\d+|,|và|khoản|\s)+(?:của )?Điều này", "", src)
    for pattern, marker in MARKERS:
        src = re.sub(pattern, " " + marker + " ", src)
    items = []
    for share_marker, part in re.findall(r"<([WPR])>(.*?)(?=<[WPR]>|$)", src):
        share = "whole" if share_marker == "W" else "part"
        items.extend(split_items(part, share))
    return {"number": number, "new_kind": COMMUNE_KINDS[m.group(3)], "new_name": m.group(4).strip(), "items": items}


def split_items(part, share):
    """"các xã A, B (huyện X) và thị trấn C" -> items, each with the kind of the last kind word."""
    held = []
    part = re.sub(r"\(([^)]*)\)", lambda m: "(" + m.group(1).replace(",", ";") + ")", part)
    pieces = [p.strip() for p in re.split(r",| và ", part)]
    kind = None
    items = []
    for piece in pieces:
        piece = re.sub(r"^(?:và|các) ", "", piece).strip()
        if not piece:
            continue
        qualifier = None
        q = re.search(r"\(([^)]*)\)\s*$", piece)
        if q:
            qualifier = q.group(1).replace(";", ",").strip()
            piece = piece[: q.start()].strip()
        km = ITEM_KIND.match(piece)
        if km:
            kind = COMMUNE_KINDS[(km.group(1) or km.group(2)).lower()]
            piece = piece[km.end() :].strip()
        items.append({"share": share, "kind": kind, "name": piece, "qualifier": qualifier})
    del held
    return items


def unchanged(text):
    """The closing clause's list of units that were not rearranged: [(kind, name, qualifier)]."""
    m = re.search(r"không thực hiện sắp xếp là (.*?)\.?$", text)
    if not m:
        return []
    return [(i["kind"], i["name"], i["qualifier"]) for i in split_items(m.group(1), "whole")]


def qualifier_parts(qualifier):
    """"huyện Châu Thành, tỉnh Trà Vinh" -> (district kind, district key, province key)."""
    if not qualifier:
        return None, None, None
    district_kind = district = province = None
    for bit in qualifier.split(","):
        bit = bit.strip()
        low = bit.lower()
        if low.startswith("tỉnh "):
            province = key(bit[5:])
            continue
        for prefix, kind in DISTRICT_KINDS.items():
            if low.startswith(prefix + " "):
                district_kind, district = kind, key(bit[len(prefix) + 1 :], roman=True)
    return district_kind, district, province
