#!/usr/bin/env python3
"""Builds the bundled register of Vietnamese administrative units (units.tsv, successions.tsv) from a local
snapshot of the MIT-licensed repository dvhcvn/20250701, and checks it. Standard library only.

Usage:
    make_register.py SNAPSHOT [--out DIR] [--report FILE]

SNAPSHOT is either a work tree of https://github.com/dvhcvn/20250701 or its git directory (a bare
clone); nothing is fetched from the network. The files are written to --out (default: this script's
folder) and the check of the commune mappings against the resolutions' text to --report (default:
check_report.md in the same folder). See README.md for what each file holds and where it comes from.
"""
import argparse
import collections
import csv
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import resolutions as res  # noqa: E402

SOURCE = "https://github.com/dvhcvn/20250701"
OLD_END = "2025-06-30"
NEW_START = "2025-07-01"
HUE_START = "2025-01-01"

# The five successor provinces of the seed plans. Their resolutions (Tây Ninh 1682, Đồng Tháp 1663, Gia Lai
# 1664, Vĩnh Long 1687, Cần Thơ 1668) are read in full: every old commune is taken from the text, and each
# place where the source's machine mapping says otherwise was read by hand (REVIEWED).
SEED_SUCCESSORS = {"80": 1682, "82": 1663, "52": 1664, "86": 1687, "92": 1668}

# Old communes whose text reading differs from the machine mapping, read by hand: the text is right.
REVIEWED = {
    "27739": "1682 §3 puts xã Vĩnh Thạnh (huyện Tân Hưng) in xã Tân Hưng; §2 forms xã Vĩnh Thạnh of others",
    "21727": "1664 §27 puts xã Ân Nghĩa (Hoài Ân) whole in xã Kim Sơn; §37 and §40 split xã An Nghĩa (An Lão)",
    "23710": "1664 §88 puts xã Adơk (A Dơk, Đăk Đoa) in xã Ia Băng; the machine took it for xã Ia Dơk (Đức Cơ)",
    "28924": "1687 §68 puts xã Hòa Lộc (Mỏ Cày Bắc) in xã Tân Thành Bình; §20's Hòa Lộc is Tam Bình's",
    "31240": "1668 §43 puts xã Thạnh An in xã Thạnh Quới; §42's Thạnh An is the thị trấn",
    "31379": "1668 §57 puts xã Phú Tân (Châu Thành, Hậu Giang) in xã Phú Hữu; §80's is Sóc Trăng's",
    "31588": "1668 §83 puts xã Hưng Phú (Mỹ Tú) whole in xã Long Hưng; the machine added phường Hưng Phú",
    "31771": "1668 §87 puts xã Vĩnh Thành (Thạnh Trị) in xã Vĩnh Lợi; the machine put it in xã Vĩnh Thạnh",
    "30622": "1654 §31 puts xã Tân Phú (Châu Thành, An Giang) in xã Vĩnh An; the machine put it in Đồng Tháp",
}

PROVINCE_PREFIXES = {"tỉnh": "Tỉnh", "thành phố": "Thành phố"}
DISTRICT_PREFIXES = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố"}
COMMUNE_PREFIXES = {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn", "đặc khu": "Đặc khu"}


def nfc(s):
    return unicodedata.normalize("NFC", " ".join(s.replace("<br>", " ").split()))


def official(full, prefixes):
    """"Thị Trấn  Mỹ Long" -> ("Thị trấn", "Mỹ Long"): the prefix spelled as in the official lists."""
    full = nfc(full)
    low = full.lower()
    for p in sorted(prefixes, key=len, reverse=True):
        if low.startswith(p + " "):
            return prefixes[p], full[len(p) + 1 :].strip()
    raise ValueError(f"no known prefix in {full!r}")


class Snapshot:
    """The files of the source repository, from a work tree or a git directory."""

    def __init__(self, path):
        self.commit = None
        if os.path.isdir(os.path.join(path, "objects")):
            self.tmp = tempfile.TemporaryDirectory()
            self.commit = git(path, "rev-parse", "HEAD").strip()
            data = subprocess.run(
                ["git", "--git-dir", path, "archive", "HEAD", "input", "output", "mapping", "LICENSE"],
                check=True,
                capture_output=True,
            ).stdout
            tarfile.open(fileobj=io.BytesIO(data)).extractall(self.tmp.name)
            self.root = self.tmp.name
        else:
            self.root = path
            if os.path.isdir(os.path.join(path, ".git")):
                self.commit = git(os.path.join(path, ".git"), "rev-parse", "HEAD").strip()

    def text(self, rel):
        with open(os.path.join(self.root, rel), encoding="utf-8") as f:
            return unicodedata.normalize("NFC", f.read())

    def json(self, rel):
        return json.loads(self.text(rel))


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


# ----------------------------------------------------------------------------------------------------------
# Provinces


def old_provinces(snap):
    """{code: (prefix, name)} of the 63 provinces in force until 30 June 2025 (output/NN.json)."""
    out = {}
    for f in sorted(os.listdir(os.path.join(snap.root, "output"))):
        m = re.fullmatch(r"(\d\d)\.json", f)
        if m:
            out[m.group(1)] = official(snap.json("output/" + f)["address"], PROVINCE_PREFIXES)
    assert len(out) == 63, len(out)
    return out


def new_provinces(snap):
    """{code: (prefix, name)} of the 34 provinces from 1 July 2025 (Công văn 915/CTK-CSCL)."""
    out = {}
    for row in csv.DictReader(io.StringIO(snap.text("input/docs/915_CTK-CSCL.csv"))):
        name = nfc(row["Tên 34 tỉnh sau sáp nhập"])
        prefix, bare = official(name, PROVINCE_PREFIXES) if name.lower().startswith("thành phố ") else ("Tỉnh", name)
        out[row["Mã số"].strip()] = (prefix, bare)
    assert len(out) == 34, len(out)
    assert sum(p == "Thành phố" for p, _ in out.values()) == 6
    return out


def province_groups(snap, old, new):
    """The 23 merges and 11 unchanged units, read from the list of 60-NQ/TW (which Resolution
    202/2025/QH15 enacted), as {new code: [old codes]} and [unchanged codes]."""
    text = snap.text("input/docs/60-NQ_TW.md")
    part1 = text[text.index("**I- ") : text.index("**II- ")]
    part2 = text[text.index("**II- ") :]
    by_name = {res.key(n): c for c, (_, n) in old.items()}
    unchanged = []
    for m in re.finditer(r"\d+\\?\.\s+(?:Tỉnh|Thành phố)\s+([^.\n]+)\.", part1):
        unchanged.append(by_name[res.key(m.group(1))])
    groups = {}
    for m in re.finditer(r"\d+\\?\.\s+Hợp nhất (.*?)[;,] lấy tên là (.*?),", part2.replace("\n", " "), re.S):
        members = re.split(r",\s*|\s+và\s+", m.group(1))
        codes = [by_name[res.key(re.sub(r"^(?:tỉnh|thành phố)\s+", "", x.strip(), flags=re.I))] for x in members]
        new_name = re.sub(r"^(?:tỉnh|thành phố)\s+", "", m.group(2).strip(), flags=re.I)
        new_code = next(c for c, (_, n) in new.items() if res.key(n) == res.key(new_name))
        groups[new_code] = sorted(codes)
    assert len(unchanged) == 11 and len(groups) == 23, (len(unchanged), len(groups))
    assert sum(len(v) for v in groups.values()) == 52
    assert sorted(unchanged + [c for v in groups.values() for c in v]) == sorted(old)
    # Cross-check with the machine mapping of each old province (output/NN.json).
    for new_code, members in groups.items():
        for c in members:
            got = {r["province_code"] for r in snap.json(f"output/{c}.json")["result"]}
            assert got == {new_code}, (c, got, new_code)
    return groups, unchanged


# ----------------------------------------------------------------------------------------------------------
# Districts and communes before 1 July 2025


def old_units(snap):
    """Districts {code: (prefix, name, province)} and communes {code: (prefix, name, district)}."""
    districts, communes = {}, {}
    out = os.path.join(snap.root, "output")
    for p in sorted(os.listdir(out)):
        if not os.path.isdir(os.path.join(out, p)):
            continue
        for entry in sorted(os.listdir(os.path.join(out, p))):
            path = os.path.join(out, p, entry)
            if entry.endswith(".json"):  # a district without communes (an island district)
                prefix, name = official(snap.json(f"output/{p}/{entry}")["address"].split(",")[0], DISTRICT_PREFIXES)
                districts[entry[:-5]] = (prefix, name, p)
                continue
            for f in sorted(os.listdir(path)):
                parts = [x.strip() for x in snap.json(f"output/{p}/{entry}/{f}")["address"].split(",")]
                if parts[0].lower().startswith("huyện "):  # "Huyện Kiên Hải, Xã Hòn Tre, ...": swapped
                    parts[0], parts[1] = parts[1], parts[0]
                dprefix, dname = official(parts[1], DISTRICT_PREFIXES)
                districts.setdefault(entry, (dprefix, dname, p))
                assert districts[entry][:2] == (dprefix, dname), (entry, parts)
                cprefix, cname = official(parts[0], COMMUNE_PREFIXES)
                communes[f[:-5]] = (cprefix, cname, entry)
    return districts, communes


# ----------------------------------------------------------------------------------------------------------
# Communes from 1 July 2025


def new_communes(snap, new):
    """{code: (prefix, name, province)} of the 3,321 communes (Công văn 1027/CTK-CSCL)."""
    by_name = {res.key(n): c for c, (_, n) in new.items()}
    out = {}
    for line in snap.text("input/docs/1027_CTK-CSCL.md").splitlines():
        m = re.match(r"\|\s*\d+\s*\|\s*(\d{5})\s*\|(.*?)\|(.*?)\|\s*$", line)
        if not m:
            continue
        prov = re.sub(r"^(?:tỉnh|thành phố|tp)\s+", "", nfc(m.group(3)), flags=re.I)
        prefix, name = official(m.group(2), COMMUNE_PREFIXES)
        name = re.sub(r"\s*-\s*", " - ", name)
        out[m.group(1)] = (prefix, name, by_name[res.key(prov)])
    assert len(out) == 3321, len(out)
    return out


# ----------------------------------------------------------------------------------------------------------
# Old communes to new: the machine mapping, and the resolutions' text for the provinces checked


def machine_links(snap):
    """{old code: [new codes]} from mapping/splits.json (drafted by a language model, corrected by hand)."""
    out = {}
    for prov in snap.json("mapping/splits.json")["data"]:
        for unit in prov.get("level3s", []) + prov.get("level2s", []):
            old = unit.get("level3_id") or unit.get("level2_id")
            out[old] = [s["new_id"] for s in unit["splits"]]
    return out


def resolution_of(snap, number):
    text = snap.text(f"input/docs/{number}_NQ-UBTVQH15.md")
    return text


class Resolver:
    """Finds the old commune a resolution names, among the communes of the provinces merged into the
    new one. Names are compared loosely (spellings differ between acts: "Qưới" / "Quới", "Sỹ" / "Sĩ",
    "K' Dang" / "KDang"), then narrowed by the district named in brackets, by the districts of the other
    communes of the same clause, and by exact spelling."""

    def __init__(self, districts, communes, provinces, members):
        self.districts = districts
        self.communes = communes
        self.provinces = provinces
        self.by_loose = collections.defaultdict(list)
        for code, (prefix, name, d) in communes.items():
            if districts[d][2] in members:
                self.by_loose[loose(name)].append(code)

    def district(self, code):
        return self.communes[code][2]

    def candidates(self, item):
        want = loose(item["name"])
        found = self.by_loose.get(want, [])
        if not found:  # one letter apart ("Chơ GLong" / "Chơ Long")
            found = [c for k, cs in self.by_loose.items() if near(k, want) for c in cs]
        if item["kind"]:
            found = [c for c in found if res.COMMUNE_KINDS[self.communes[c][0].lower()] == item["kind"]]
        dkind, dkey, pkey = res.qualifier_parts(item["qualifier"])
        if dkey:
            found = [c for c in found if loose(self.districts[self.district(c)][1]) == loose(dkey)]
        if pkey:
            found = [c for c in found if loose(self.provinces[self.districts[self.district(c)][2]][1]) == loose(pkey)]
        return found

    def resolve_clause(self, items, prefer_code=None):
        """Each item's old commune code, or None where the text leaves more than one possible."""
        cands = [self.candidates(i) for i in items]
        if prefer_code:
            cands = [[c for c in cs if c == prefer_code] or cs for cs in cands]
        changed = True
        while changed:
            changed = False
            context = {self.district(cs[0]) for cs in cands if len(cs) == 1}
            for n, cs in enumerate(cands):
                if len(cs) < 2:
                    continue
                narrowed = [c for c in cs if self.district(c) in context]
                if len(narrowed) != 1:
                    exact = [c for c in (narrowed or cs) if res.key(self.communes[c][1]) == res.key(items[n]["name"])]
                    narrowed = exact if len(exact) == 1 else narrowed
                if len(narrowed) == 1:
                    cands[n] = narrowed
                    changed = True
        # Last, the district most of the clause's communes could be in.
        counts = collections.Counter(d for cs in cands for d in {self.district(c) for c in cs})
        out = []
        for cs in cands:
            if len(cs) > 1:
                best = max(counts[self.district(c)] for c in cs)
                top = [c for c in cs if counts[self.district(c)] == best]
                cs = top if best >= 2 and len(top) == 1 else cs
            out.append(cs[0] if len(cs) == 1 else None)
        return out


def loose(name):
    """A name without marks, spaces or apostrophes, đ as d, y as i; a Roman ward number as digits."""
    words = res.key(name).split()
    # "Phường III", "Hòa Tú II": a Roman number (the whole name, or a word after the first) as digits.
    words = [res.ROMAN.get(w, w) if n or len(words) == 1 else w for n, w in enumerate(words)]
    text = unicodedata.normalize("NFD", " ".join(words)).replace("đ", "d")
    text = "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))
    return text.replace("y", "i")


def near(a, b):
    """Whether two texts are one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def resolution_numbers(snap, new):
    """{new province code: number of its commune resolution}, from the resolutions' Article 1 titles."""
    out = {}
    for number in range(1654, 1688):
        text = resolution_of(snap, number)
        title = re.search(r"Điều 1\. Sắp xếp các đơn vị hành chính cấp xã của (?:tỉnh|thành phố) ([^*]+?)\*\*", text, re.I)
        codes = [c for c, (_, n) in new.items() if res.key(n) == res.key(title.group(1))]
        assert len(codes) == 1 and codes[0] not in out, (number, title.group(1))
        out[codes[0]] = number
    assert len(out) == 34
    return out


def read_resolution(snap, number, new_code, new, communes_new, resolver):
    """[(old code, new code, share, clause)] for one province, with the problems found."""
    text = resolution_of(snap, number)
    new_by_name = collections.defaultdict(list)
    for code, (prefix, name, prov) in communes_new.items():
        if prov == new_code:
            new_by_name[(res.COMMUNE_KINDS[prefix.lower()], res.key(name))].append(code)
    links, problems = [], []
    clauses = res.clauses(text)
    for number_in, clause_text in clauses:
        parsed = res.parse_clause(number_in, clause_text)
        if parsed is None:
            for kind, name, qualifier in res.unchanged(clause_text):
                item = {"kind": kind, "name": name, "qualifier": qualifier, "share": "whole"}
                target = new_by_name.get((kind, res.key(name)), [])
                old = resolver.resolve_clause([item], prefer_code=target[0] if target else None)[0]
                if old is None or len(target) != 1:
                    problems.append(f"clause {number_in}: unchanged {kind} {name!r} ({qualifier}) not found")
                    continue
                links.append((old, target[0], "whole", str(number_in)))
            continue
        target = new_by_name.get((parsed["new_kind"], res.key(parsed["new_name"])), [])
        if len(target) != 1:
            problems.append(f"clause {number_in}: new {parsed['new_kind']} {parsed['new_name']!r} not in the list")
            continue
        olds = resolver.resolve_clause(parsed["items"])
        for item, old in zip(parsed["items"], olds):
            if old is None:
                problems.append(f"clause {number_in}: old {item['kind']} {item['name']!r} ({item['qualifier']}) not found")
                continue
            links.append((old, target[0], item["share"], str(number_in)))
    return links, problems


def check_province(links, machine, communes_old, districts, members, new_code, communes_new):
    """Compares the links read from the text with the machine mapping: every old commune of the merged
    provinces must appear, in the same new communes, whole exactly when it went to one new commune."""
    text_of = collections.defaultdict(dict)
    for old, new, share, _ in links:
        text_of[old][new] = share
    olds = [c for c, (_, _, d) in communes_old.items() if districts[d][2] in members]
    agree, disagree = [], []
    for old in sorted(olds):
        from_text = text_of.get(old, {})
        from_machine = set(machine.get(old, []))
        shares = set(from_text.values())
        consistent = (shares == {"whole"} and len(from_text) == 1) or (shares == {"part"} and len(from_text) > 1)
        if from_text and set(from_text) == from_machine and consistent:
            agree.append(old)
        else:
            disagree.append((old, from_text, sorted(from_machine)))
    formed = {new for _, new, _, _ in links}
    all_new = {c for c, (_, _, p) in communes_new.items() if p == new_code}
    return agree, disagree, sorted(all_new - formed)


# ----------------------------------------------------------------------------------------------------------
# Writing


def header(title, lines):
    return "".join(f"# {line}\n" if line else "#\n" for line in [title, ""] + lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("snapshot")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=here)
    ap.add_argument("--report", default=os.path.join(here, "check_report.md"))
    args = ap.parse_args()
    snap = Snapshot(args.snapshot)

    old = old_provinces(snap)
    new = new_provinces(snap)
    groups, unchanged = province_groups(snap, old, new)
    districts, communes_old = old_units(snap)
    communes_new = new_communes(snap, new)
    machine = machine_links(snap)

    # Every old commune and island district has a machine mapping; one into a commune of another province
    # than its own province's successor is wrong on its face, and is left out (and reported).
    group_of = {c: n for n, cs in groups.items() for c in cs}
    group_of.update({c: c for c in unchanged})
    crossing = []
    for old_code, news in machine.items():
        prov = districts[old_code][2] if len(old_code) == 3 else districts[communes_old[old_code][2]][2]
        for n in [n for n in news if communes_new[n][2] != group_of[prov]]:
            crossing.append((old_code, n))
            news.remove(n)
    with_communes = {d for _, _, d in communes_old.values()}
    assert set(machine) == set(communes_old) | {d for d in districts if d not in with_communes}

    numbers = resolution_numbers(snap, new)
    assert all(numbers[c] == n for c, n in SEED_SUCCESSORS.items())
    readings, report = {}, []
    for new_code, number in sorted(numbers.items()):
        members = groups.get(new_code, [new_code])
        resolver = Resolver(districts, communes_old, old, members)
        links, problems = read_resolution(snap, number, new_code, new, communes_new, resolver)
        agree, disagree, missing_new = check_province(
            links, machine, communes_old, districts, members, new_code, communes_new
        )
        trusted = set(agree) | {d[0] for d in disagree if d[0] in REVIEWED}
        if new_code in SEED_SUCCESSORS:
            assert {d[0] for d in disagree} <= set(REVIEWED), [d for d in disagree if d[0] not in REVIEWED]
        readings[new_code] = (number, [link for link in links if link[0] in trusted])
        report.append((new_code, number, members, links, agree, disagree, missing_new, problems))

    units = unit_rows(old, new, groups, unchanged, districts, communes_old, communes_new)
    succ = succession_rows(groups, readings, machine, districts, communes_old)
    write(args.out, snap, units, succ)
    write_report(args.report, snap, report, old, new, communes_old, communes_new, districts, crossing)
    print(f"units: {len(units)}, successions: {len(succ)}")


def unit_rows(old, new, groups, unchanged, districts, communes_old, communes_new):
    rows = []
    for code, (prefix, name) in sorted(old.items()):
        if code == "46":  # Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025.
            rows.append((code, "Tỉnh Thừa Thiên Huế", "", "", "2024-12-31"))
            rows.append((code, f"{prefix} {name}", "", HUE_START, ""))
        elif code in unchanged:
            rows.append((code, f"{prefix} {name}", "", "", ""))
        else:
            rows.append((code, f"{prefix} {name}", "", "", OLD_END))
    for code, (prefix, name) in sorted(new.items()):
        if code in groups:
            rows.append((code, f"{prefix} {name}", "", NEW_START, ""))
    for code, (prefix, name, prov) in sorted(districts.items()):
        rows.append((code, f"{prefix} {name}", prov, "", OLD_END))
    for code, (prefix, name, dist) in sorted(communes_old.items()):
        rows.append((code, f"{prefix} {name}", dist, "", OLD_END))
    for code, (prefix, name, prov) in sorted(communes_new.items()):
        rows.append((code, f"{prefix} {name}", prov, NEW_START, ""))
    return rows


def succession_rows(groups, readings, machine, districts, communes_old):
    """The rows of successions.tsv: provinces (checked), then each old commune or island district with the
    links read from its resolution where they are trusted (checked), else the machine mapping (unverified)."""
    rows = [("46", "46", HUE_START, "whole", "checked", "175/2024/QH15")]
    for new_code, members in sorted(groups.items()):
        for c in members:
            rows.append((c, new_code, NEW_START, "whole", "checked", "202/2025/QH15"))
    from_text = collections.defaultdict(list)
    for number, links in readings.values():
        for old_code, new_code, share, clause in links:
            from_text[old_code].append((old_code, new_code, NEW_START, share, "checked", f"{number}/NQ-UBTVQH15§{clause}"))
    number_of = {}
    for new_code, (number, _) in readings.items():
        for c in groups.get(new_code, [new_code]):
            number_of[c] = number
    for old_code in sorted(machine):
        if old_code in from_text:
            rows.extend(sorted(from_text[old_code], key=lambda r: r[1]))
            continue
        province = districts[old_code][2] if len(old_code) == 3 else districts[communes_old[old_code][2]][2]
        news = machine[old_code]
        share = "whole" if len(news) == 1 else "part"
        for n in sorted(news):
            rows.append((old_code, n, NEW_START, share, "unverified", f"{number_of[province]}/NQ-UBTVQH15"))
    return rows


def write(out, snap, units, succ):
    commit = snap.commit or "(work tree; commit not recorded)"
    common = [
        f"Source: {SOURCE} (MIT licence), commit {commit}.",
        "Made by core/data/register/make_register.py from a local snapshot of the source; see README.md.",
        "Tab-separated, UTF-8 (NFC); lines starting with # are comments; the first other line names the columns.",
    ]
    with open(os.path.join(out, "units.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(
            header(
                "Administrative units of Viet Nam: the 63 provinces until 30 June 2025 and the 34 from 1 July 2025,"
                " the districts and communes until 30 June 2025, the communes from 1 July 2025.",
                common
                + [
                    "code: the official code (province 2 digits, district 3, commune 5); a code is reused, so a unit is"
                    " its code with its validity.",
                    "name: the official name with its kind as prefix (Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã,"
                    " Phường, Thị trấn, Đặc khu).",
                    "parent: the code of the unit it belongs to, valid on the same days (empty for a province).",
                    "valid_from / valid_to: the first and last day in force (inclusive); empty when open or not recorded.",
                ],
            )
        )
        f.write("code\tname\tparent\tvalid_from\tvalid_to\n")
        for r in units:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(out, "successions.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(
            header(
                "Successions: which unit's area went to which new unit, whole or in part.",
                common
                + [
                    "from: the code of the old unit, valid on the day before `on`; to: the code of the new unit, valid"
                    " on `on`.",
                    "share: whole (all of its area and population) or part (một phần diện tích tự nhiên, quy mô dân"
                    " số; or the rest of it, phần còn lại).",
                    "status: checked (read from the legal act's text: in full for the five successor provinces of the"
                    " seed plans, elsewhere where that reading agrees with the source's mapping) or unverified (the"
                    " source's mapping, drafted by a language model and corrected by hand, not confirmed here).",
                    "basis: the legal act's number, and after § the clause of its Article 1 that was read.",
                ],
            )
        )
        f.write("from\tto\ton\tshare\tstatus\tbasis\n")
        for r in succ:
            f.write("\t".join(r) + "\n")


def write_report(path, snap, report, old, new, communes_old, communes_new, districts, crossing):
    lines = [
        "# Commune mappings checked against the resolutions' text",
        "",
        f"Made by make_register.py from {SOURCE} at commit {snap.commit or '(work tree)'}.",
        "For each province, every old commune of the provinces merged into it is looked up in the links read",
        "from its resolution's text (resolutions.py) and in the source's machine-drafted mapping",
        "(mapping/splits.json): they agree when both name the same new communes, and the text says",
        "*whole* exactly when the old commune went to one new commune.",
        "",
        "| new province | resolution | old provinces | links read | old communes agreeing | disagreeing | new communes not formed |",
        "|---|---|---|---|---|---|---|",
    ]
    for new_code, number, members, links, agree, disagree, missing_new, problems in report:
        lines.append(
            f"| {new_code} {new[new_code][1]} | {number}/NQ-UBTVQH15 | "
            + ", ".join(f"{c} {old[c][1]}" for c in members)
            + f" | {len(links)} | {len(agree)} | {len(disagree)} | {len(missing_new)} |"
        )
    for new_code, number, members, links, agree, disagree, missing_new, problems in report:
        if not (disagree or problems or missing_new):
            continue
        lines += ["", f"## {new[new_code][1]} ({number}/NQ-UBTVQH15)", ""]
        lines += [f"- text not read: {p}" for p in problems]
        for old_code, from_text, from_machine in disagree:
            prefix, name, d = communes_old[old_code]
            lines.append(
                f"- {old_code} {prefix} {name} ({districts[d][0]} {districts[d][1]}): text "
                + (", ".join(f"{n} {communes_new[n][1]} ({s})" for n, s in sorted(from_text.items())) or "nothing")
                + "; machine "
                + (", ".join(f"{n} {communes_new[n][1]}" for n in from_machine) or "nothing")
            )
        lines += [f"- new commune not formed by any clause read: {c} {communes_new[c][1]}" for c in missing_new]
    if crossing:
        lines += ["", "## Machine links into another province, left out", ""]
        for old_code, n in crossing:
            prefix, name, d = communes_old[old_code]
            lines.append(
                f"- {old_code} {prefix} {name} ({districts[d][0]} {districts[d][1]}, {old[districts[d][2]][1]})"
                f" -> {n} {communes_new[n][0]} {communes_new[n][1]} ({new[communes_new[n][2]][1]})"
            )
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
